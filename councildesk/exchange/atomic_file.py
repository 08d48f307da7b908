"""Write an export file all at once: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from councildesk.domain.errors import UserError


def write_atomically(path: Path, data: bytes) -> None:
    """A failure part-way never leaves half a file (nor clobbers the old one)."""
    folder = path.resolve().parent
    if not folder.is_dir():
        raise UserError(f"The folder {folder} does not exist.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as error:
        raise UserError(f"Cannot write in {folder}: {error.strerror}.") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"Cannot write {path}: {error.strerror}.") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
