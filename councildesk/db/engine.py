"""Open a CouncilDesk database: engine, pragmas, integrity check, lock file and migrations."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from councildesk.db import file_check, migrate, row_version, text_guard
from councildesk.db.approval_lock import is_lock_violation
from councildesk.db.faults import database_error_sentence
from councildesk.db.file_lock import DatabaseLock
from councildesk.db.server_role import ServerRole, detect_server_role
from councildesk.domain.errors import LockedError, StaleEdit, UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

log = logging.getLogger("councildesk.db")

BUSY_TIMEOUT_MS = 5000


class Database:
    """An open database: hands out sessions; owns the engine and (for writers) the lock file."""

    def __init__(self, engine: Engine, path: Path | None, lock: DatabaseLock | None) -> None:
        self.engine = engine
        self.path = path
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        text_guard.install(self._sessions)
        row_version.install(self._sessions)
        # The session of the outermost open transaction, per thread, so that a multi-step load
        # (the demo, an import) wraps many service calls in one all-or-nothing transaction.
        self._open = threading.local()
        # On a server: the signed-in role and what it may do (a reader's client opens read only).
        self.server_role: ServerRole | None = None
        # The file's integrity: the check still due (None: none is), and whether the file may be
        # marked CLEAN when this writer closes it (db/file_check.py).
        self.check_due: str | None = None
        self._trusted = False

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def writable(self) -> bool:
        if self.server_role is not None:
            return self.server_role.may_write
        return self._lock is not None or not self.is_sqlite

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls everything back on error.

        Inside another transaction of this database (same thread) it joins that one under a
        savepoint: its own failure undoes only its part, and nothing is committed until the
        outermost block ends, so a load of many steps is all-or-nothing.
        A refusal by the approval-lock triggers becomes a LockedError, and an expected database
        fault (busy, full, read-only …) a UserError naming the database.
        """
        if not self.writable:  # opened read only (a councilor, or a second copy): nothing may change
            raise UserError(
                QT_TRANSLATE_NOOP("db", "This database is open read only; nothing can be changed in it.")
            )
        outer: Session | None = getattr(self._open, "session", None)
        if outer is not None:
            with outer.begin_nested():
                yield outer
            return
        try:
            with self._sessions() as session, session.begin():
                self._open.session = session
                try:
                    yield session
                finally:
                    self._open.session = None
        except DBAPIError as error:
            raise self._translated(error) from None
        except StaleDataError:
            # Another connection changed or deleted the row between this one's read and its write
            # (the services' own check names who; this is the moment both wrote at once).
            raise StaleEdit(
                QT_TRANSLATE_NOOP(
                    "db",
                    "Someone else changed this record at the same moment; your change was not saved. "
                    "Reload it and try again.",
                )
            ) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only; nothing it does is committed.

        Inside an open transaction it reads through that transaction, so it sees its changes.
        """
        outer: Session | None = getattr(self._open, "session", None)
        if outer is not None:
            yield outer
            return
        try:
            with self._sessions() as session:
                try:
                    yield session
                finally:
                    session.rollback()
        except DBAPIError as error:
            raise self._translated(error) from None

    def _translated(self, error: DBAPIError) -> BaseException:
        if is_lock_violation(error):
            return LockedError(
                QT_TRANSLATE_NOOP(
                    "db", "The minutes of this meeting are approved and locked; record a correction instead."
                )
            )
        return database_error_sentence(error, str(self.path or self.url)) or error

    def run_due_check(self) -> None:
        """Run the integrity check still due (safe in a thread); a damaged file raises a UserError."""
        due = self.check_due
        if due is None or self.path is None:
            return
        file_check.run_check(self.path, due)
        self.check_due = None
        self._trusted = True

    def close(self) -> None:
        if self._trusted and self._lock is not None and self.path is not None:
            try:  # a normal close of a file that passed its check: the next open need not check it
                with self.engine.begin() as conn:
                    conn.exec_driver_sql(f"PRAGMA user_version={file_check.CLEAN}")
            except DBAPIError as error:
                log.warning("could not mark %s closed cleanly: %s", self.path, error)
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin, so that
        # migrations (DDL) are transactional too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("WAL journal not available for %s (got %s)", path, mode)
        cursor.execute("PRAGMA synchronous=FULL")  # these are official records
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def quick_check(path: Path) -> None:
    """Refuse a damaged file before anything writes to it (whatever its mark: a restore's target)."""
    file_check.quick_check(path)


def open_database(
    target: str | Path,
    *,
    write: bool = True,
    upgrade: bool = True,
    backup_dir: Path | None = None,
    defer_check: bool = False,
) -> Database:
    """Open (creating if needed) a SQLite file or a PostgreSQL URL at the current schema.

    A writer takes the lock file first, so that two copies of CouncilDesk never write the same
    file. An older schema is backed up, then upgraded; a newer one is refused. A file is checked
    when its mark says a check is due (db/file_check.py); with `defer_check` the caller runs
    `run_due_check()` itself (the window, after its first paint) and nothing is migrated before.
    """
    text = str(target)
    if "://" in text:
        engine = create_engine(text, pool_pre_ping=True)
        database = Database(engine, None, None)
        from councildesk.db import change_notice  # a server only: files have no other clients to tell

        change_notice.install(database._sessions, engine)
    else:
        path = Path(text).expanduser().resolve()
        if not path.parent.is_dir():
            raise UserError(
                QT_TRANSLATE_NOOP("db", "The folder {parent} does not exist."), parent=path.parent
            )
        if not write and not path.exists():
            raise UserError(QT_TRANSLATE_NOOP("db", "There is no database at {path}."), path=path)
        lock = DatabaseLock(path) if write else None
        if lock is not None:
            lock.acquire()
        try:
            due = None
            if path.exists() and path.stat().st_size > 0:
                due = file_check.check_due(file_check.read_mark(path), writer=write)
                if due is not None and not (defer_check and file_check.is_sqlite_file(path)):
                    file_check.run_check(path, due)
                    due = None
            database = Database(_sqlite_engine(path), path, lock)
            database.check_due = due
            database._trusted = due is None
        except BaseException:
            if lock is not None:
                lock.release()
            raise
    try:
        if database.path is None:
            database.server_role = detect_server_role(database.engine)
            database._sessions.configure(info={"server_role": database.server_role})  # for the audit log
        if upgrade and database.writable:
            if database.check_due and migrate.current_revision(database.engine) != migrate.head_revision():
                database.run_due_check()  # a deferred check still comes before an upgrade writes
            migrate.upgrade_to_head(database.engine, database.path, backup_dir)
        elif not database.writable:
            # A reader cannot upgrade, and queries against an older or empty schema would fail
            # with SQL errors mid-way; refuse up front in a sentence instead.
            migrate.require_current_schema(database.engine, database.path)
        else:
            migrate.require_known_schema(database.engine, database.path)
    except DBAPIError as error:
        database._trusted = False
        database.close()
        if database.path is not None:  # damage the skipped check would have named: name it now
            file_check.run_check(database.path, file_check.QUICK)
        raise database._translated(error) from None
    except BaseException:
        database._trusted = False
        database.close()
        raise
    if database.path is not None and database.writable:
        with database.engine.begin() as conn:  # a crash from here on leaves the file OPEN
            conn.exec_driver_sql(f"PRAGMA user_version={file_check.OPEN}")
    return database
