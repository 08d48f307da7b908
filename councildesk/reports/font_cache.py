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
import zlib
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger("councildesk.reports")


class _Scale:
    """Font units to PDF's thousandths of an em (reportlab keeps a lambda, which cannot be pickled)."""

    def __init__(self, units_per_em: int) -> None:
        self.units = units_per_em
        self.mult = 1000 / units_per_em

    def __call__(self, x: float) -> float:
        return x if self.units == 1000 else x * self.mult


class EmbeddedFont(TTFont):  # type: ignore[misc]
    """A TrueType font that splits text already in its document's subsets without reportlab's loop."""

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        # Nearly every string drawn is made of characters the document has printed before, all in its
        # first subset: their codes are looked up at once. New characters, other subsets and the
        # no-break space (printed as a space) go through reportlab's loop, one character at a time.
        state = self.state.get(doc)
        if state is not None and isinstance(text, str) and "\xa0" not in text:
            assigned = state.assignments
            try:
                codes = bytes([assigned[code] for code in map(ord, text)])
            except (KeyError, ValueError):  # a new character, or a code past the first subset
                pass
            else:
                return [(0, codes)] if codes else []
        return list(super().splitString(text, doc, encoding))

    def addObjects(self, doc: Any) -> None:
        # Each subset's /Widths, 256 numbers reportlab formats one call each (0.6 ms a subset), is
        # written as the text it had in the first document that embedded the same subset. (The
        # document's subsets are read before reportlab forgets them.)
        state = self.state.get(doc)
        named = state is not None and state.internalName is not None
        subsets = (
            [(self.getSubsetInternalName(n, doc)[1:], s) for n, s in enumerate(state.subsets)]
            if named
            else []
        )
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for name, subset in subsets:
            font = fonts[name]
            font.Widths = self.face.makeSubset.widths(subset, font.Widths, doc)


class _Program(bytes):
    """A subset's font program, and the same deflated once for every document that embeds it."""

    _deflated: bytes | None = None

    def deflated(self) -> bytes:
        if self._deflated is None:
            self._deflated = zlib.compress(self)
        return self._deflated


class _Subsets:
    """A face's makeSubset, remembered: documents printing the same characters in the same order (most
    agendas and minutes of a body) embed the same subset, and making one costs 2 ms."""

    KEPT = 64  # subsets kept per face, about 30 kB each and as much again deflated

    def __init__(self, make: Any) -> None:
        self.make = make
        self.made: dict[tuple[int, ...], _Program] = {}
        self.widths_text: dict[tuple[int, ...], bytes] = {}

    def __call__(self, subset: list[int]) -> _Program:
        key = tuple(subset)
        program = self.made.get(key)
        if program is None:
            if len(self.made) >= self.KEPT:
                del self.made[next(iter(self.made))]
            program = self.made[key] = _Program(self.make(subset))
        return program

    def widths(self, subset: list[int], array: Any, doc: Any) -> bytes:
        """The PDF text of the subset's widths `array` (which only the subset decides), remembered."""
        key = tuple(subset)
        text = self.widths_text.get(key)
        if text is None:
            if len(self.widths_text) >= self.KEPT:
                del self.widths_text[next(iter(self.widths_text))]
            text = self.widths_text[key] = array.format(doc)
        return text


def _embedding_deflated(add_subset_objects: Any) -> Any:
    """A face's addSubsetObjects writing a remembered program deflated (the deflating, 3.5 ms of each
    meeting's PDF, done once per subset): into a document reportlab does not compress itself, whose
    streams qpdf deflates as they are saved (reports/tagging.finish) to the same bytes, and passes
    one already deflated through unchanged."""

    def add(doc: Any, fontname: str, subset: list[int]) -> Any:
        descriptor = add_subset_objects(doc, fontname, subset)
        if not doc.compression:
            program = doc.idToObject[doc.idToObject[descriptor.name]["FontFile2"].name]
            if isinstance(program.content, _Program) and "Filter" not in program.dictionary:
                program.content = program.content.deflated()
                program.dictionary["Filter"] = pdfdoc.PDFName("FlateDecode")
        return descriptor

    return add


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
            font = EmbeddedFont.__new__(EmbeddedFont)
            font.__dict__.update(attributes)
            font.state = WeakKeyDictionary()  # what each document subsets: nothing yet
            return _remembering(font)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ValueError, TypeError):
        pass
    font = EmbeddedFont(name, str(path))
    font.face._pdfScale = _Scale(font.face.unitsPerEm)
    attributes = {k: v for k, v in vars(font).items() if k != "state"}
    _store(cached, pickle.dumps(attributes, protocol=pickle.HIGHEST_PROTOCOL))
    return _remembering(font)


def _remembering(font: EmbeddedFont) -> EmbeddedFont:
    """`font` with its face remembering the subsets it makes (set after pickling: not cached on disk)."""
    font.face.makeSubset = _Subsets(font.face.makeSubset)
    font.face.addSubsetObjects = _embedding_deflated(font.face.addSubsetObjects)
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
