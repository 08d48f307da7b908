"""One writer per database file: a lock file beside it and a lock on the database file itself."""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
from pathlib import Path

from councildesk.domain.errors import DatabaseInUseError
from councildesk.domain.faults import os_error_sentence
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger("councildesk.db")

try:  # POSIX: an advisory lock the kernel drops when the process dies, so no stale locks.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class DatabaseLock:
    """Holds an exclusive lock for one database file until released or the process ends.

    Two locks, taken in this order:

    * `<database>.lock` beside the resolved path, which also records who holds it so a refusal
      can name them. A symlink or a second spelling of the path resolves to the same file.
    * a `flock` on the database file itself, which is what makes the lock belong to the file's
      identity (device and inode): a hard link under another name meets the same lock, where
      a lock file per name would let two writers in (each with its own WAL, losing commits).
      On Linux `flock` and SQLite's own `fcntl` byte-range locks are independent, so this lock
      does not interfere with SQLite's.
    """

    def __init__(self, database: Path) -> None:
        self.database = Path(database).resolve()
        self.path = lock_path_for(self.database)
        self._fd: int | None = None
        self._db_fd: int | None = None

    def acquire(self) -> None:
        fd = self._acquire_lock_file()
        try:
            self._db_fd = self._lock_database_file()
        except BaseException:
            self._drop_lock_file(fd)
            raise
        self._fd = fd
        self._record_owner(fd)

    def release(self) -> None:
        if self._db_fd is not None:
            db_fd, self._db_fd = self._db_fd, None
            os.close(db_fd)
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        self._drop_lock_file(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _acquire_lock_file(self) -> int:
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)  # the umask decides the mode
            except OSError as error:
                raise os_error_sentence(error, f"the lock file {self.path}") from None
            try:
                self._lock(fd)
            except OSError:
                holder = self._describe_holder()
                os.close(fd)
                raise DatabaseInUseError(
                    QT_TRANSLATE_NOOP(
                        "db",
                        "{database_name} is already open in another CouncilDesk ({holder}); close it "
                        "there first.",
                    ),
                    database_name=self.database.name,
                    holder=holder,
                ) from None
            except BaseException:
                os.close(fd)
                raise
            # The previous holder unlinks the file on release; if that happened between our open
            # and our lock, we hold a lock on a file nobody else will see, so start again.
            if self._still_linked(fd):
                return fd
            os.close(fd)

    def _drop_lock_file(self, fd: int) -> None:
        # Unlink while still holding the lock, then close: closing first would let a newcomer
        # lock this inode and pass the "still linked" check just before we unlink it, while a
        # third process creates a fresh file and locks that too — two holders.
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            with contextlib.suppress(OSError):
                if self._still_linked(fd):
                    self.path.unlink()
        finally:
            os.close(fd)

    def _lock_database_file(self) -> int | None:
        if fcntl is None:  # pragma: no cover - Windows locks are mandatory and would block SQLite
            return None
        try:
            # O_CREAT: a new database is an empty file to SQLite, and the lock needs an inode.
            fd = os.open(self.database, os.O_RDONLY | os.O_CREAT, 0o666)
        except OSError as error:
            raise os_error_sentence(error, f"the database {self.database}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise DatabaseInUseError(
                QT_TRANSLATE_NOOP(
                    "db",
                    "{database_name} is already open in another CouncilDesk under another name "
                    "(a hard link or a copy of the path); close it there first.",
                ),
                database_name=self.database.name,
            ) from None
        return fd

    def _record_owner(self, fd: int) -> None:
        owner = {"pid": os.getpid(), "host": socket.gethostname(), "user": _os_user()}
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, json.dumps(owner).encode())
            os.fsync(fd)
        except OSError as error:
            # Who holds the lock is only for the refusal's wording; the lock itself is held.
            log.warning("could not record the lock holder in %s: %s", self.path, error.strerror)

    def _still_linked(self, fd: int) -> bool:
        try:
            on_disk = os.stat(self.path)
        except OSError:
            return False
        mine = os.fstat(fd)
        return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)

    @staticmethod
    def _lock(fd: int) -> None:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover - Windows
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _describe_holder(self) -> Message:
        """Who holds the lock, as the refusal names them ('process 41 of ana on clerk-pc')."""
        try:
            owner = json.loads(self.path.read_text() or "{}")
        except (OSError, ValueError):
            owner = {}
        if not owner:
            return Message(QT_TRANSLATE_NOOP("db", "process unknown"))
        return Message(
            QT_TRANSLATE_NOOP("db", "process {pid} of {user} on {host}"),
            {"pid": owner.get("pid"), "user": owner.get("user"), "host": owner.get("host")},
        )


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


os_user = _os_user
