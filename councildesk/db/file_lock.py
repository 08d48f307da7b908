"""A lock file beside the database so that only one running CouncilDesk writes to it."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from pathlib import Path

from councildesk.domain.errors import DatabaseInUseError

try:  # POSIX: an advisory lock the kernel drops when the process dies, so no stale locks.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class DatabaseLock:
    """Holds an exclusive lock on `<database>.lock` until released or the process ends."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path_for(database)
        self._fd: int | None = None

    def acquire(self) -> None:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                self._lock(fd)
            except OSError:
                holder = self._describe_holder()
                os.close(fd)
                raise DatabaseInUseError(
                    f"{self.path.with_suffix('').name} is already open in another CouncilDesk "
                    f"({holder}); close it there first."
                ) from None
            # The previous holder unlinks the file on release; if that happened between our open
            # and our lock, we hold a lock on a file nobody else will see, so start again.
            if self._still_linked(fd):
                break
            os.close(fd)
        owner = {"pid": os.getpid(), "host": socket.gethostname(), "user": _os_user()}
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(owner).encode())
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
        finally:
            os.close(fd)  # closing drops the lock
        # Another process may already hold it again; a leftover file itself is harmless.
        with contextlib.suppress(OSError):
            self.path.unlink()

    def _still_linked(self, fd: int) -> bool:
        try:
            on_disk = os.stat(self.path)
        except OSError:
            return False
        mine = os.fstat(fd)
        return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)

    @property
    def held(self) -> bool:
        return self._fd is not None

    @staticmethod
    def _lock(fd: int) -> None:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover - Windows
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _describe_holder(self) -> str:
        try:
            owner = json.loads(self.path.read_text() or "{}")
        except (OSError, ValueError):
            owner = {}
        if not owner:
            return "process unknown"
        return f"process {owner.get('pid')} of {owner.get('user')} on {owner.get('host')}"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


os_user = _os_user
