"""Every script shown in a browser: our fonts, cut to the characters used; a marker where no font has one."""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics

from councildesk.paths import resource
from councildesk.reports.font_subset import hollow, subset
from councildesk.reports.page_template import register_fonts
from councildesk.reports.script_text import BASE, SCRIPT_FONTS, font_for, marker


@dataclass(frozen=True)
class WebFont:
    name: str  # script_text's name for it
    family: str  # the CSS family
    file: str
    licence: str  # the file beside the font
    terms: str
    shapes: bool  # its glyphs keep their numbers (font_subset.hollow): its shaping tables name them


_OFL = ("LICENSE-Noto-OFL.txt", "SIL Open Font License 1.1")
WEB_FONTS = (
    WebFont("NotoSansArabic", "CouncilDesk Arabic", "NotoSansArabic-Regular.ttf", *_OFL, shapes=True),
    WebFont("NotoSansHebrew", "CouncilDesk Hebrew", "NotoSansHebrew-Regular.ttf", *_OFL, shapes=True),
    WebFont(
        "Symbola",
        "CouncilDesk Emoji",
        "Symbola-Emoji.ttf",
        "LICENSE-Symbola.txt",
        "free for any use",
        shapes=False,
    ),
    WebFont(
        "DroidSansFallback",
        "CouncilDesk CJK",
        "DroidSansFallback-CJK.ttf",
        "LICENSE-DroidSansFallback.txt",
        "Apache License 2.0",
        shapes=False,
    ),
)
# Last in a page's font-family list: the reader's own fonts draw whatever they can.
FAMILIES = ", ".join(f'"{f.family}"' for f in WEB_FONTS)

_TEXT = re.compile(r"(<style.*?</style>|<script.*?</script>|<[^>]*>)", re.S)


@lru_cache(maxsize=8192)
def _font_of(char: str) -> str | None:
    """BASE for a character the reader's own fonts have (DejaVu Sans' and what draws nothing: spaces,
    joiners, variation selectors), the font we ship for it, or None when no font has it."""
    if char.isspace() or unicodedata.category(char) == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F:
        return BASE
    register_fonts()  # the base font's characters first: only for a page beyond Latin
    return font_for(char)


def shown_text(page: str, needed: dict[str, set[str]]) -> str:
    """`page` (HTML) with each character of its text that no font has as '[U+XXXX]'; the characters
    each shipped font must draw are added to `needed` (by font name). Tags, styles and scripts stay."""
    try:  # a C-speed test: Western European letters, dashes and curly quotes all have a system font
        page.encode("cp1252")
        return page
    except UnicodeEncodeError:
        pass
    # The page's distinct characters (the text is walked only when one of them has no font).
    missing = False
    for char in set(page):
        if char >= "\u0250":
            font = _font_of(char)
            if font is None:
                missing = True
            elif font != BASE:
                needed.setdefault(font, set()).add(char)
    if not missing:
        return page
    parts = _TEXT.split(page)
    for n in range(0, len(parts), 2):  # even parts are text, odd ones tags, styles and scripts
        parts[n] = "".join(marker(c) if c >= "\u0250" and _font_of(c) is None else c for c in parts[n])
    return "".join(parts)


@cache
def _font_bytes(file: str) -> bytes:
    return resource("fonts", file).read_bytes()


def font_file(font: WebFont, chars: Iterable[str]) -> bytes:
    """The bytes to ship for `font`: only what draws `chars` (a CJK name takes a few kB, not 2.8 MB)."""
    chars = [c for c in chars if font_for(c) == font.name]  # font_for has read the font's cmap
    glyphs = pdfmetrics.getFont(font.name).face.charToGlyph
    cut = hollow if font.shapes else subset
    return cut(_font_bytes(font.file), glyphs, (ord(c) for c in chars))


def unicode_range(font: WebFont, chars: Iterable[str]) -> str:
    """The characters a browser takes this font for: its script's blocks (a run of Arabic stays in one
    font, to be joined), or exactly `chars`."""
    if font.shapes:
        ranges = dict(SCRIPT_FONTS)[font.name]
        return ", ".join(f"U+{lo:04X}-{hi:04X}" for lo, hi in ranges)
    return ", ".join(f"U+{ord(c):04X}" for c in sorted(chars))


def font_face(font: WebFont, chars: Iterable[str], url: str) -> str:
    """One @font-face rule, naming the font and its licence (the rule travels with the font)."""
    chars = list(chars)
    return (
        f"/* {font.file}, cut down to what these pages draw; {font.terms} ({font.licence}) */\n"
        f'@font-face {{ font-family: "{font.family}"; src: url({url}) format("truetype"); '
        f"font-display: swap; unicode-range: {unicode_range(font, chars)}; }}\n"
    )


def embedded_faces(needed: dict[str, set[str]]) -> str:
    """@font-face rules with each needed font inside the page (data: URLs): one file, no request."""
    rules = []
    for font in WEB_FONTS:
        if font.name in needed:
            data = base64.b64encode(font_file(font, needed[font.name])).decode("ascii")
            rules.append(font_face(font, needed[font.name], f"data:font/ttf;base64,{data}"))
    return "".join(rules)


def file_name(font: WebFont, data: bytes) -> str:
    """A subset's name carries its content's digest: a browser never keeps a stale one for new text."""
    stem = font.file.removesuffix(".ttf")
    return f"{stem}-{hashlib.sha256(data).hexdigest()[:10]}.ttf"


def with_fonts(page: str) -> str:
    """A self-contained HTML page with its unprintable characters marked and the fonts it needs inside
    its first <style>."""
    needed: dict[str, set[str]] = {}
    page = shown_text(page, needed)
    if not needed:
        return page
    return page.replace("</style>", embedded_faces(needed) + "</style>", 1)
