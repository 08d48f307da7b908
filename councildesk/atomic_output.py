"""Every file CouncilDesk writes appears whole or not at all: a temporary name beside it, then a rename."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

PART = ".part"  # every temporary name ends so, and starts with a dot: hidden, and easy to recognise


def created_mode() -> int:
    """The mode a plain open() would give a new file (0o666 less the umask).

    mkstemp creates 0600 files; an export shared on a network folder must read like any other file.
    The umask is read from /proc where it can be, because os.umask() sets it while reading it,
    which another thread creating a file at that moment would feel.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _folder_of(path: Path) -> Path:
    folder = path.absolute().parent
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("councildesk", "The folder {folder} does not exist."), folder=folder
        )
    return folder


@contextmanager
def atomic_path(path: Path, mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary file beside `path` to write; renamed onto `path` when the block ends well.

    On any failure (a full disk, a writer that raises) the temporary file is removed and an old
    `path` is left as it was. OSErrors become one sentence naming the file. The file gets `mode`,
    else what the umask gives a new file.
    """
    path = Path(path).expanduser()
    folder = _folder_of(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PART, dir=folder)
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("councildesk", "Cannot write in {folder}: {value}."),
            folder=folder,
            value=error.strerror or error,
        ) from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())  # the bytes are on disk before the name says the file is complete
        os.chmod(tmp, created_mode() if mode is None else mode)
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("councildesk", "Could not write {path}: {value}."),
            path=path,
            value=error.strerror or error,
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes, mode: int | None = None) -> Path:
    """Write `data` to `path` whole, or leave nothing (and the old file untouched)."""
    path = Path(path).expanduser()
    with atomic_path(path, mode) as tmp, tmp.open("wb") as f:
        f.write(data)
    return path


@contextmanager
def staged_folder(folder: Path) -> Iterator[Path]:
    """Yield a hidden folder beside `folder` to write a set of files into; when the block ends
    well, each file is renamed into `folder` (created if need be), so that a failure part-way
    (a full disk) leaves none of them, rather than the first half of an export."""
    folder = Path(folder).expanduser()
    parent = _folder_of(folder)
    if folder.exists() and not folder.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("councildesk", "{folder} is a file, not a folder."), folder=folder)
    try:
        stage = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=PART, dir=parent))
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("councildesk", "Cannot write in {parent}: {value}."),
            parent=parent,
            value=error.strerror or error,
        ) from None
    try:
        yield stage
        folder.mkdir(exist_ok=True)
        mode = created_mode()
        for file in sorted(stage.rglob("*")):
            target = folder / file.relative_to(stage)
            if file.is_dir():
                target.mkdir(exist_ok=True)
                continue
            os.chmod(file, mode)
            os.replace(file, target)  # a rename within one file system: no new space is needed
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("councildesk", "Could not write into {folder}: {value}."),
            folder=folder,
            value=error.strerror or error,
        ) from None
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def leftovers(folder: Path) -> list[Path]:
    """Temporary files or folders an interrupted write left in `folder` (for tests and checks)."""
    return [p for p in Path(folder).rglob(f".*{PART}")]
