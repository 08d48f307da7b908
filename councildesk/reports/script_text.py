"""Every script printed right in the PDF: each run in a font that has its glyphs, right-to-left runs
shaped and in display order, and a visible marker (never a blank box) for a character no font has."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from councildesk.paths import resource
from councildesk.reports.paragraph_memo import MemoParagraph

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


@lru_cache(maxsize=1)
def _base_letters() -> frozenset[str]:
    """`_base_chars` as one-character strings: a text's set of characters less these is what the
    base font lacks (the dashes and accents of most texts leave nothing)."""
    return frozenset(map(chr, _base_chars()))


def needs_script_pass(text: str) -> bool:
    """Whether `text` holds anything the base font cannot draw as typed (another script, RTL)."""
    if text.isascii():
        return False
    return bool(_RTL.search(text)) or any(not _invisible(c) for c in set(text).difference(_base_letters()))


def right_to_left(text: str) -> bool:
    """Whether `text` holds Hebrew or Arabic script (the HTML edition isolates such names)."""
    return not text.isascii() and bool(_RTL.search(text))


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


def _shaped(text: str) -> str:
    """Arabic joined into its contextual forms, still in typing order: the lines are put in display
    order only once the paragraph is wrapped (see `Paragraph.drawPara`)."""
    if _ARABIC.search(text):
        import arabic_reshaper  # only when there is Arabic to shape

        text = arabic_reshaper.reshape(text)
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
    """Paragraph markup with the text between its tags passed through `_shaped` and `_runs`."""
    if not needs_script_pass(markup):
        return markup
    parts = _MARKUP.split(markup)
    for n in range(0, len(parts), 2):  # even parts are text, odd ones tags
        text = html.unescape(parts[n])
        if needs_script_pass(text):
            parts[n] = _runs(_shaped(text))
    return "".join(parts)


def base_is_rtl(markup: str) -> bool | None:
    """A paragraph's base direction by its first strong letter (UAX #9 rules P2–P3, as `dir="auto"`
    decides in the HTML edition): True right to left, False left to right, None when it holds no
    right-to-left letter (nothing to reorder: such paragraphs print exactly as reportlab prints them)."""
    if markup.isascii() or not _RTL.search(markup):
        return None
    from bidi import get_base_level

    return bool(get_base_level(html.unescape(_MARKUP.sub("", markup))) == 1)


_OBJECT = "\ufffc"  # stands for an image or anchor in a line: a neutral, it moves with its neighbours


def display_order[T](pieces: Sequence[tuple[str, T]], rtl: bool) -> list[tuple[str, T]]:
    """One line's `pieces` (text and what it belongs to, in typing order) in the order they are drawn,
    left to right: UAX #9 resolved on the line with the paragraph's base direction `rtl`, each
    right-to-left run reversed, mirrored characters (brackets) mirrored. A piece may come back in
    several parts (a frag holding a Latin word inside Hebrew)."""
    from bidi import algorithm as uba  # python-bidi's own UAX #9; it keeps what each character carries

    storage = uba.get_empty_storage()
    storage["base_level"], storage["base_dir"] = (1, "R") if rtl else (0, "L")
    uba.get_embedding_levels("".join(text for text, _owner in pieces), storage)
    chars = iter(storage["chars"])
    for n, (text, _owner) in enumerate(pieces):
        for _char in text:
            next(chars)["piece"] = n
    # The steps of python-bidi's get_display, which returns only the text: here each character keeps
    # the piece it came from through the reordering.
    for step in (
        uba.explicit_embed_and_overrides,
        uba.resolve_weak_types,
        uba.resolve_neutral_types,
        uba.resolve_implicit_levels,
        uba.reorder_resolved_levels,
        uba.apply_mirroring,
    ):
        step(storage, False)
    runs: list[tuple[int, list[str]]] = []
    for char in storage["chars"]:
        if runs and runs[-1][0] == char["piece"]:
            runs[-1][1].append(char["ch"])
        else:
            runs.append((char["piece"], [char["ch"]]))
    return [("".join(text), pieces[n][1]) for n, text in runs]


def _visual_words(words: list[str], rtl: bool) -> list[str]:
    """One line of a single-style paragraph, its words in display order (each RTL word reversed)."""
    return _visual_text(" ".join(words), rtl).split(" ")


@lru_cache(maxsize=4096)
def _visual_text(text: str, rtl: bool) -> str:
    # Cached: a name in every roll-call table of a year's minutes is one line, the same each time.
    return "".join(part for part, _owner in display_order([(text, None)], rtl))


def _visual_lines(para: Any, rtl: bool) -> Any:
    """A copy of reportlab's broken lines `para` (typing order) with each line in display order."""
    if para.kind == 0:  # one style: a line is its unused width and its words
        return para.clone(lines=[(space, _visual_words(words, rtl)) for space, words in para.lines])
    lines = []
    for line in para.lines:
        pieces = [(_OBJECT if hasattr(f, "cbDefn") else f.text, f) for f in line.words]
        words = [
            frag if hasattr(frag, "cbDefn") else frag.clone(text=text)
            for text, frag in display_order(pieces, rtl)
        ]
        lines.append(line.clone(words=words))
    return para.clone(lines=lines)


class Paragraph(MemoParagraph):
    """A reportlab Paragraph whose text prints in every script (see `script_markup`), wrapped in
    typing order, each line then drawn in display order. A paragraph that runs right to left is
    right-aligned, its bullet (if any) on its right."""

    _rtl: bool | None = None  # see base_is_rtl
    _rtl_bullet: str | None = None  # the bullet reportlab would draw on the left

    def __init__(self, text: str | None, style: Any = None, *args: Any, **kwargs: Any) -> None:
        # reportlab makes the halves of a split paragraph with text None and its parsed fragments.
        if isinstance(text, str):
            self._rtl = base_is_rtl(text)
            if self._rtl and style is not None:
                style, kwargs = self._mirrored(style, kwargs)
            text = script_markup(text)
        super().__init__(text, style, *args, **kwargs)

    def _mirrored(self, style: Any, kwargs: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        """The style of a right-to-left paragraph: right-aligned where it would be left-aligned, and
        room on the right for its bullet, which it draws itself (see `drawPara`)."""
        changes: dict[str, Any] = {"alignment": TA_RIGHT} if style.alignment == TA_LEFT else {}
        if kwargs.get("bulletText"):
            self._rtl_bullet = kwargs.pop("bulletText")
            changes["rightIndent"] = style.rightIndent + max(style.leftIndent - style.bulletIndent, 0)
        if not changes:
            return style, kwargs
        return ParagraphStyle(f"{style.name}|rtl", parent=style, **changes), kwargs

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # A table measures each cell, then wraps it again at the same width to draw it, and a block
        # kept together is wrapped whole and then piece by piece: the lines are already broken.
        if self.__dict__.get("_wrapped_at") == availWidth and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        for n, part in enumerate(parts):
            if part is not self:
                part._rtl = self._rtl
                part._rtl_bullet = None if n else self._rtl_bullet
        return parts

    def drawPara(self, debug: int = 0) -> None:
        if self._rtl is None:
            super().drawPara(debug)
            return
        logical: Any = self.__dict__["blPara"]  # set by wrap (reportlab declares no type for it)
        self.blPara = _visual_lines(logical, self._rtl)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical  # a later wrap or split works on the typing order
        if self._rtl_bullet and logical.lines:
            self._draw_bullet_right(logical)

    def _draw_bullet_right(self, para: Any) -> None:
        """The bullet beside the first line's right end, where a right-to-left list item begins."""
        style, canvas = self.style, self.canv
        first = para if para.kind == 0 else para.lines[0]
        # The first line's baseline, found as reportlab's drawPara finds it.
        drop = (
            first.fontSize if rl_config.paraFontSizeHeightOffset else getattr(first, "ascent", first.fontSize)
        )
        y = self.height - drop + getattr(style, "bulletOffsetY", 0)
        size = style.bulletFontSize
        x = self.width - style.rightIndent + 0.6 * size
        canvas.saveState()
        canvas.setFont(style.bulletFontName, size)
        canvas.setFillColor(getattr(style, "bulletColor", style.textColor))
        canvas.drawString(x, y, self._rtl_bullet)
        canvas.restoreState()


def draw_line(canvas: Any, x: float, y: float, text: str, size: float, *, right: bool = False) -> None:
    """One line of page furniture (a running header, a footer) at baseline `y`, starting at `x` (or
    ending there, `right`): as canvas.drawString draws it when the base font prints it as typed, else
    as a one-line Paragraph, so a Hebrew or Arabic name in a header is shaped, in its own font and in
    display order like the story's."""
    if not needs_script_pass(text):
        (canvas.drawRightString if right else canvas.drawString)(x, y, text)
        return
    style = ParagraphStyle(
        "furniture", fontName=BASE, fontSize=size, leading=size * 1.2, textColor=canvas._fillColorObj
    )
    line = Paragraph(escape(text), style)
    line.wrap(10_000, size * 4)
    width = max(line.getActualLineWidths0(), default=0) + 0.01
    _width, height = line.wrap(width, size * 4)  # exactly its width: its alignment cannot move it
    line.drawOn(canvas, x - width if right else x, y - height + size)
