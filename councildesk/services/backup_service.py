"""Backups nobody has to think about: online copies, automatic rotating backups, and restore with checks."""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from councildesk.db import migrate
from councildesk.db.backup import backup_order, backup_sqlite_file, prune_backups, timestamped_name
from councildesk.db.engine import Database, quick_check
from councildesk.db.models import AuditLog
from councildesk.domain.errors import SchemaTooNewError, UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

log = logging.getLogger("councildesk.backup")

DEFAULT_KEEP = 10
SQLITE_HEADER = b"SQLite format 3\x00"
_NAME = re.compile(r"-(\d{4}-\d{2}-\d{2}T\d{6})(?:-\d+)?-(.+)$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    replaced_copy: Path
    schema: str | None


class BackupService:
    """Backups of an open SQLite database, kept in `<database folder>/backups/`, newest `keep` of them."""

    def __init__(self, db: Database, keep: int = DEFAULT_KEEP) -> None:
        self.db = db
        self.keep = keep
        # What the records looked like when the file was opened (or at the last automatic backup):
        # closing without a change since then needs no new copy of a file that may be 30 MB.
        self._backed_up_marker: int | None = self.change_marker()

    def change_marker(self) -> int | None:
        """The newest audit entry's id (every change writes one), 0 for none; None when unreadable."""
        try:
            with self.db.reading() as s:
                return int(s.scalar(select(func.coalesce(func.max(AuditLog.id), 0))) or 0)
        except SQLAlchemyError:
            return None  # unknown: the next automatic backup is taken to be safe

    # -- where -----------------------------------------------------------------------------------

    def _database_path(self) -> Path:
        if self.db.path is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services",
                    "Back up a PostgreSQL database with pg_dump; CouncilDesk backs up SQLite files.",
                )
            )
        return self.db.path

    @property
    def folder(self) -> Path:
        return self._database_path().parent / "backups"

    # -- backing up ------------------------------------------------------------------------------

    def backup_now(self, reason: str = "manual") -> Path:
        """Copy the live database (safe while it is open) into the backups folder, then rotate."""
        path = self._database_path()
        self.folder.mkdir(parents=True, exist_ok=True)
        name = timestamped_name(path, reason)
        stamp = backup_order(self.folder / name, path.stem)
        assert stamp is not None
        # Two backups within one second keep both, numbered after any of that second (even rotated ones).
        same_second = [
            o[1] for p in self.folder.glob(f"{path.stem}-{stamp[0]}*.db") if (o := backup_order(p, path.stem))
        ]
        n = max(same_second, default=0) + 1
        target = self.folder / (name if n == 1 else name.replace(f"-{reason}", f"-{n}-{reason}", 1))
        backup_sqlite_file(path, target)
        log.info("backed up %s to %s", path, target)
        self.rotate()
        return target

    def backup_on_close(self) -> Path | None:
        """The automatic backup when the window closes; a failure is logged, never blocks closing."""
        if self.db.path is None or not self.db.path.exists():
            return None
        marker = self.change_marker()
        if marker is not None and marker == self._backed_up_marker:
            log.info("no change since the database was opened or last backed up; no backup on close")
            return None
        try:
            path = self.backup_now("on-close")
        except UserError as error:
            log.warning("automatic backup on close failed: %s", error)
            return None
        self._backed_up_marker = marker
        return path

    def rotate(self, keep: int | None = None) -> list[Path]:
        """Delete all but the newest `keep` backups of this database; returns the deleted files."""
        return prune_backups(self.folder, self._database_path().stem, keep if keep is not None else self.keep)

    def list_backups(self) -> list[BackupInfo]:
        """Automatic and manual backups in the backups folder, newest first."""
        if self.db.path is None or not self.folder.is_dir():
            return []
        out = []
        stem = self.db.path.stem
        for p in self.folder.glob(f"{stem}-*.db"):
            order = backup_order(p, stem)
            found = _NAME.search(p.stem)
            if order is None or not found:
                continue
            created = datetime.strptime(order[0], "%Y-%m-%dT%H%M%S")
            out.append((order, BackupInfo(p, created, found[2], p.stat().st_size)))
        return [info for _order, info in sorted(out, key=lambda pair: pair[0], reverse=True)]

    def copy_name(self) -> str:
        """A time-stamped file name for a copy the clerk saves elsewhere (File ▸ Backup)."""
        if self.db.path is None:  # a server's database: pg_dump's custom format
            return timestamped_name(Path(f"{self.db.engine.url.database or 'postgres'}.dump"), "backup")
        return timestamped_name(self._database_path(), "backup")

    def copy_to(self, destination: Path) -> Path:
        """Copy the live database into `destination`, a file the clerk chose (pg_dump on a server)."""
        if self.db.path is None:
            from councildesk.db.pg_tools import dump

            return dump(self.db.engine.url, Path(destination))
        return backup_sqlite_file(self._database_path(), Path(destination))

    # -- restoring -------------------------------------------------------------------------------

    def restore(self, source: Path) -> RestoreResult:
        """Replace the open database's contents with a backup file, keeping the replaced file beside it.

        The pages are copied with SQLite's backup API into the live file, so other connections (the
        window's) see the restored records at their next read instead of a file swapped under them.
        """
        target = self._database_path()
        source = Path(source).resolve()
        if source == target.resolve():
            raise UserError(QT_TRANSLATE_NOOP("services", "A database cannot be restored from itself."))
        schema = check_backup_file(source)
        stamp = datetime.now().strftime("%Y-%m-%dT%H%M%S")
        replaced = target.with_name(f"{target.stem}.replaced-{stamp}{target.suffix or '.db'}")
        n = 1
        while replaced.exists():
            n += 1
            replaced = target.with_name(f"{target.stem}.replaced-{stamp}-{n}{target.suffix or '.db'}")
        backup_sqlite_file(target, replaced)
        self.db.engine.dispose()  # no pooled connection may hold a read snapshot of the old pages
        try:
            src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            try:
                dst = sqlite3.connect(target, timeout=10)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
        except sqlite3.Error as error:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services",
                    "Could not restore {source_name} ({error}); the database is unchanged, and a "
                    "copy of it is at {replaced}.",
                ),
                source_name=source.name,
                error=error,
                replaced=replaced,
            ) from None
        self._backed_up_marker = None  # the records were replaced wholesale: the next close backs up
        quick_check(target)
        if schema != migrate.head_revision():
            migrate.upgrade_to_head(self.db.engine, target)
        log.info("restored %s from %s (previous file kept as %s)", target, source, replaced)
        return RestoreResult(source, replaced, schema)


def check_backup_file(path: Path) -> str | None:
    """Refuse a file that is not a sound CouncilDesk database of a schema this version knows."""
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("services", "There is no backup file {path}."), path=path)
    with path.open("rb") as f:
        if f.read(16) != SQLITE_HEADER:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services", "{path_name} is not a CouncilDesk database (not an SQLite file)."
                ),
                path_name=path.name,
            )
    quick_check(path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "meeting" not in tables:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "{path_name} is an SQLite file but not a CouncilDesk database."
                    ),
                    path_name=path.name,
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise UserError(
            QT_TRANSLATE_NOOP("services", "{path_name} cannot be read ({error})."),
            path_name=path.name,
            error=error,
        ) from None
    schema = row[0] if row else None
    known = migrate.known_revisions()
    if schema is not None and schema not in known:
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "services",
                "{path_name} was written by a newer CouncilDesk (schema {schema}); install "
                "that version to restore it.",
            ),
            path_name=path.name,
            schema=schema,
        )
    return schema
