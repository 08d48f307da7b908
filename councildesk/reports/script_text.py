"""Every script printed right in the PDF: each run in a font that has its glyphs, right-to-left runs
shaped and in display order, and a visible marker (never a blank box) for a character no font has."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph as _Paragraph

from councildesk.paths import resource

BASE = "DejaVuSans"  # registered by page_template.register_fonts; covers Latin, Greek, Cyrillic, Vietnamese
# Tried in order: the script's own font first (Arabic and Hebrew are also in DejaVu Sans, but Noto
# draws them as their readers expect), then whichever font has the character.
# Each is read only when a text needs it (the CJK font takes about a second to read): English
# minutes never load one.
FALLBACKS = (
    ("NotoSansArabic", "NotoSansArabic-Regular.ttf"),
    ("NotoSansHebrew", "NotoSansHebrew-Regular.ttf"),
    ("Symbola", "Symbola-Emoji.ttf"),  # emoji and symbols, in outline (PDF has no colour glyphs here)
    ("DroidSansFallback", "DroidSansFallback-CJK.ttf"),  # Chinese, Japanese, Korean
)
SCRIPT_FONTS = (
    (
        "NotoSansArabic",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    ),
    ("NotoSansHebrew", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
)
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_MARKUP = re.compile(r"(<[^>]*>)")


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with characters beyond U+FFFF as UTF-16 surrogate pairs, as PDF
    requires: reportlab writes them as odd-length hex ('<1F44D>'), which readers reject, so an emoji
    printed right would copy, search and read aloud as nothing. Characters up to U+FFFF are written as
    reportlab writes them (English minutes stay byte-identical)."""
    text = str(_reportlab_cmap(fontname, subset))
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            pair = chr(code).encode("utf-16-be").hex().upper()
            text = text.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{pair}>")
    return text


_reportlab_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@lru_cache(maxsize=1)
def _base_chars() -> frozenset[int]:
    """The characters of the base font (registered with the styles, before any paragraph)."""
    return frozenset(pdfmetrics.getFont(BASE).face.charToGlyph)


@cache
def _font_chars(name: str) -> frozenset[int]:
    """The characters of fallback font `name`, registering it on first use."""
    if name not in pdfmetrics.getRegisteredFontNames():
        file = dict(FALLBACKS)[name]
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
        # One face for every style: <b> around a name in another script keeps its font.
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def _invisible(char: str) -> bool:
    """Joiners, variation selectors and other format characters: nothing to draw, nothing to mark."""
    return unicodedata.category(char) == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F


@lru_cache(maxsize=8192)
def font_for(char: str) -> str | None:
    """The font to draw `char` in, or None when no font we ship has it."""
    code = ord(char)
    for name, ranges in SCRIPT_FONTS:
        if any(lo <= code <= hi for lo, hi in ranges) and code in _font_chars(name):
            return name
    if code in _base_chars():
        return BASE
    return next((name for name, _file in FALLBACKS if code in _font_chars(name)), None)


def needs_script_pass(text: str) -> bool:
    """Whether `text` holds anything the base font cannot draw as typed (another script, RTL)."""
    if text.isascii():
        return False
    base = _base_chars()
    return bool(_RTL.search(text)) or any(ord(c) not in base and not _invisible(c) for c in text)


def right_to_left(text: str) -> bool:
    """Whether `text` holds Hebrew or Arabic script (the HTML edition isolates such names)."""
    return bool(_RTL.search(text))


def marker(char: str) -> str:
    """'[U+1F6D8]': what prints instead of a character no font has."""
    return f"[U+{ord(char):04X}]"


def unprintable(texts: Iterable[str]) -> list[str]:
    """The characters in `texts` that no font we ship can draw, each once, in the order met."""
    seen: dict[str, None] = {}
    for text in texts:
        if text and needs_script_pass(text):
            for char in text:
                if (
                    char not in seen
                    and not _invisible(char)
                    and not char.isspace()
                    and font_for(char) is None
                ):
                    seen[char] = None
    return list(seen)


def _visual(text: str) -> str:
    """Arabic joined into its contextual forms, then every right-to-left run in display order (the
    paragraph itself runs left to right: the minutes' languages are)."""
    if _ARABIC.search(text):
        import arabic_reshaper  # only when there is Arabic to shape

        text = arabic_reshaper.reshape(text)
    if _RTL.search(text):
        from bidi import get_display

        text = get_display(text, base_dir="L")
    return text


def _runs(text: str) -> str:
    """Plain `text` as escaped markup, each run wrapped in <font name=…> unless in the base font."""
    out: list[str] = []
    current, run = BASE, ""

    def flush() -> None:
        if run:
            body = escape(run)
            out.append(body if current == BASE else f'<font name="{current}">{body}</font>')

    for char in text:
        if _invisible(char):
            continue
        font = font_for(char)
        if font is None:
            char, font = marker(char), BASE
        elif (
            font != current
            and (char.isspace() or unicodedata.category(char)[0] in "PZ")
            and (current == BASE or ord(char) in _font_chars(current))
        ):
            font = current  # spaces and punctuation stay in the run they are in, when its font has them
        if font != current:
            flush()
            current, run = font, ""
        run += char
    flush()
    return "".join(out)


def script_markup(markup: str) -> str:
    """Paragraph markup with the text between its tags passed through `_visual` and `_runs`."""
    if not needs_script_pass(markup):
        return markup
    parts = _MARKUP.split(markup)
    for n in range(0, len(parts), 2):  # even parts are text, odd ones tags
        text = html.unescape(parts[n])
        if needs_script_pass(text):
            parts[n] = _runs(_visual(text))
    return "".join(parts)


class Paragraph(_Paragraph):  # type: ignore[misc]
    """A reportlab Paragraph whose text prints in every script (see `script_markup`)."""

    def __init__(self, text: str | None, style: object = None, *args: object, **kwargs: object) -> None:
        # reportlab makes the halves of a split paragraph with text None and its parsed fragments.
        super().__init__(script_markup(text) if isinstance(text, str) else text, style, *args, **kwargs)
