"""Parsed TrueType faces kept between runs, so that a command does not parse the same fonts each time.

reportlab reads every table of a face on each load (about 20 ms for each DejaVu Sans face, a tenth
of a `councildesk minutes` run); the parsed face, pickled in the user's cache folder, loads in a
few milliseconds. The cache file is named after the font file's size and modification time and
reportlab's version, so a changed font or library is parsed afresh; any unreadable cache is too.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
import tempfile
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger("councildesk.reports")


class _Scale:
    """Font units to PDF's thousandths of an em (reportlab keeps a lambda, which cannot be pickled)."""

    def __init__(self, units_per_em: int) -> None:
        self.units = units_per_em
        self.mult = 1000 / units_per_em

    def __call__(self, x: float) -> float:
        return x if self.units == 1000 else x * self.mult


def cache_folder() -> Path:
    from platformdirs import user_cache_path

    return Path(user_cache_path("CouncilDesk", appauthor=False)) / "fonts"


def ttfont(name: str, path: Path) -> TTFont:
    """The font `name` from the TrueType file `path`, its parsed face from the cache when current."""
    st = path.stat()
    python = f"{sys.version_info[0]}{sys.version_info[1]}"
    key = f"{path.stem}-{st.st_size}-{st.st_mtime_ns}-rl{reportlab.Version}-py{python}.pickle"
    try:
        cached = cache_folder() / key
        attributes = pickle.loads(cached.read_bytes())
        if isinstance(attributes, dict) and attributes.get("fontName") == name:
            font = TTFont.__new__(TTFont)
            font.__dict__.update(attributes)
            font.state = WeakKeyDictionary()  # what each document subsets: nothing yet
            return font
    except (OSError, pickle.PickleError, EOFError, AttributeError, ValueError, TypeError):
        pass
    font = TTFont(name, str(path))
    font.face._pdfScale = _Scale(font.face.unitsPerEm)
    attributes = {k: v for k, v in vars(font).items() if k != "state"}
    _store(cached, pickle.dumps(attributes, protocol=pickle.HIGHEST_PROTOCOL))
    return font


def _store(target: Path, data: bytes) -> None:
    """Write beside the target and rename: a parallel run never reads half a file."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".font-")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except OSError as error:  # a read-only home: parse each time, as before
        log.info("font cache not written (%s)", error)
