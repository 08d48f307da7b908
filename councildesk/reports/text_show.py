"""Words measured once and the PDF operators that show a line's text, for text drawn on the canvas."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas


@cache
def word_width(font: str, size: float) -> Callable[[str], float]:
    """A word's width in `font` at `size`, each word measured once."""
    known: dict[str, float] = {}
    measure = getFont(font).stringWidth

    def width(word: str) -> float:
        found = known.get(word)
        if found is None:
            found = known[word] = measure(word, size)
        return found

    return width


@cache
def face_font(family: str, face: str) -> str:
    """The font of `face` ("" as is, "b", "i" or "bi") in the family of font `family`, as
    Paragraph's <b> and <i> pick it (bold inside a bold style stays bold)."""
    if not face:
        return family
    name, bold, italic = ps2tt(family)
    return str(tt2ps(name, bold | ("b" in face), italic | ("i" in face)))


# Per document: each text's operators, by font and text (a font's subsets are the document's).
_SHOWN: WeakKeyDictionary[Any, dict[tuple[str, str], list[tuple[str, str]]]] = WeakKeyDictionary()


def shown(canvas: Canvas, font: str, text: str) -> list[tuple[str, str]]:
    """`text` as `font`'s subsets of the canvas's document show it: each subset's PDF font name and
    the operator showing its part of the text."""
    doc = canvas._doc
    known = _SHOWN.get(doc)
    if known is None:
        known = _SHOWN[doc] = {}
    found = known.get((font, text))
    if found is None:
        face = getFont(font)
        found = known[(font, text)] = [
            (face.getSubsetInternalName(subset, doc), f"({canvas._escape(chunk)}) Tj")
            for subset, chunk in face.splitString(text, doc)
        ]
    return found


def show_line(
    out: list[str], canvas: Canvas, pieces: Iterable[tuple[str, str]], spacing: float, size: str, current: str
) -> str:
    """Append to `out` the operators showing one line's pieces (font, text), its spaces `spacing`
    wider (or narrower); `size` follows each font's name ("9.5 Tf"). Returns the subset font last
    set, `current` being the one set before."""
    if spacing:
        out.append(f"{fp_str(spacing)} Tw")
    for font, text in pieces:
        for name, op in shown(canvas, font, text):
            if name != current:
                out.append(f"{name} {size}")
                current = name
            out.append(op)
    if spacing:
        out.append("0 Tw")
    return current
