"""Write a finished report to disk safely: beside the target first, then renamed into place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from councildesk.domain.errors import UserError


def write_atomically(path: Path, data: bytes) -> Path:
    """An interrupted or failed export never leaves half a PDF where the old one was."""
    path = Path(path).expanduser()
    folder = path.resolve().parent
    if not folder.is_dir():
        raise UserError(f"The folder {folder} does not exist.")
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as error:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        raise UserError(f"Could not write {path}: {error.strerror or error}.") from None
    return path
