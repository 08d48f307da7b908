"""Paragraphs of plain, bold and italic text broken into lines and drawn straight on the canvas.

reportlab's Paragraph parses its markup, then breaks and draws each line through machinery made for
every feature it has (links, images, justification, bullets, fonts changing size); for the text
agendas and minutes are mostly made of (user text after a bold label) that machinery is most of a
page's cost. `paragraph` makes a QuickParagraph for such text, laid out as Paragraph lays it out
(the same lines: greedy, at spaces, which may shrink by up to `spaceShrinkage`; the first baseline
a font size under the top, each next one a leading lower), and a Paragraph for anything else.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.rl_config import spaceShrinkage

from councildesk.reports.page_template import esc
from councildesk.reports.script_text import Paragraph, needs_script_pass
from councildesk.reports.tagging import STYLE_ROLES
from councildesk.reports.text_show import face_font, show_line, word_width

# The markup esc() and the reports' own words make: faces, line breaks and five entities.
_TOKEN = re.compile(r"<(/?)([bi])>|(<br/>)|&(amp|lt|gt|quot|#39);|([^<&]+)")
_ENTITY = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "#39": "'"}
_SPACE = re.compile(r"(\s+)")

Run = tuple[str, str]  # text ("\n" a line break) and its face: "", "b", "i" or "bi"
Word = tuple[Run, ...]  # a word's pieces of text, each in its face
# One line: its runs, its natural width, the word spacing that fits it (0 when none is needed), and
# whether a break in the text ends it (a split paragraph's second part keeps those).
Line = tuple[tuple[Run, ...], float, float, bool]


def paragraph(markup: str, style: ParagraphStyle, bullet: str | None = None) -> Flowable:
    """A flowable printing `markup` in `style` (after `bullet`, a list item's): a QuickParagraph
    when it can, else a Paragraph."""
    runs = _runs(markup)
    if runs is None or not _plain_style(style) or (bullet is not None and not _bullet_fits(bullet, style)):
        return Paragraph(markup, style, bulletText=bullet)
    return QuickParagraph(markup, runs, style, bullet)


@lru_cache(maxsize=1 << 14)
def _runs(markup: str) -> tuple[Run, ...] | None:
    """The text of `markup` in runs of one face; None for markup or text only a Paragraph prints right."""
    runs: list[Run] = []
    bold = italic = 0
    at = 0
    for token in _TOKEN.finditer(markup):
        if token.start() != at:
            return None  # a tag or entity of any other kind
        at = token.end()
        closing, face, brk, entity, text = token.groups()
        if face:
            change = -1 if closing else 1
            if face == "b":
                bold += change
            else:
                italic += change
            if bold < 0 or italic < 0:
                return None
            continue
        piece = "\n" if brk else _ENTITY[entity] if entity else text
        if piece != "\n" and (not piece.isprintable() or (not piece.isascii() and needs_script_pass(piece))):
            return None  # another script, right to left, a control or a special space
        runs.append((piece, "b" * (bold > 0) + "i" * (italic > 0)))
    if at != len(markup) or bold or italic or not any(t.strip() for t, _f in runs):
        return None
    return tuple(runs)


def _plain_style(style: ParagraphStyle) -> bool:
    return (
        style.alignment in (TA_LEFT, TA_CENTER)
        and not style.firstLineIndent
        and not style.wordWrap
        and not style.textTransform
        and not getattr(style, "autoLeading", "")
        and not getattr(style, "endDots", None)
        and not style.backColor
        and not style.borderWidth
    )


def _bullet_fits(bullet: str, style: ParagraphStyle) -> bool:
    """Whether `bullet` ends before the text begins (else Paragraph narrows the first line)."""
    if style.bulletAnchor != "start" or not bullet.isprintable() or needs_script_pass(bullet):
        return False
    wide = word_width(style.bulletFontName, style.bulletFontSize)(bullet)
    return bool(style.bulletIndent + wide + 0.6 * style.bulletFontSize <= style.leftIndent)


def _segments(runs: tuple[Run, ...]) -> list[list[tuple[Word, str | None]]]:
    """The text between line breaks, each as its words: a word's pieces and the face of the white
    space before it (None for a segment's first word), as Paragraph measures that space."""
    segments: list[list[tuple[Word, str | None]]] = [[]]
    word: list[Run] = []
    gap: str | None = None

    def flush() -> None:
        nonlocal word, gap
        if word:
            segments[-1].append((tuple(word), gap if segments[-1] else None))
            word, gap = [], None

    for text, face in runs:
        if text == "\n":
            flush()
            segments.append([])
            gap = None
            continue
        for n, part in enumerate(_SPACE.split(text)):
            if n % 2:  # white space ends the word before it; the first space after a word counts
                flush()
                if gap is None and segments[-1]:
                    gap = face
            elif part:
                word.append((part, face))
    flush()
    return segments


@lru_cache(maxsize=1 << 16)
def _broken(runs: tuple[Run, ...], width: float, family: str, size: float) -> tuple[Line, ...] | None:
    """The lines of `runs` at `width`; None when a word is wider than a line (a Paragraph splits it)."""
    lines: list[Line] = []
    segments = _segments(runs)
    last = len(segments) - 1

    def measure(text: str, face: str) -> float:
        return word_width(face_font(family, face), size)(text)

    for n, words in enumerate(segments):
        if not words:
            if n < last:
                lines.append(((), 0.0, 0.0, True))  # a break at the start of a line makes an empty line
            continue
        pieces: list[Run] = []
        used = shrinkable = 0.0
        gaps = 0
        for word, gap_face in words:
            wide = sum(measure(text, face) for text, face in word)
            if wide > width:
                return None
            gap = measure(" ", gap_face) if pieces and gap_face is not None else 0.0
            grown = used + gap + wide
            if pieces and grown > width + shrinkable + spaceShrinkage * gap:
                lines.append(_line(pieces, used, width, gaps, False))
                pieces, used, shrinkable, gaps = list(word), wide, 0.0, 0
                continue
            if pieces and gap_face is not None:
                pieces.append((" ", gap_face))
                shrinkable += spaceShrinkage * gap
                gaps += 1
            pieces.extend(word)
            used = grown
        lines.append(_line(pieces, used, width, gaps, n < last))
    return tuple(lines)


def _line(pieces: list[Run], used: float, width: float, gaps: int, hard: bool) -> Line:
    """A line's pieces with neighbours in one face joined; a line wider than its room (by shrinking
    spaces) is drawn with its spaces that much narrower."""
    joined: list[Run] = []
    for text, face in pieces:
        if joined and joined[-1][1] == face:
            joined[-1] = (joined[-1][0] + text, face)
        else:
            joined.append((text, face))
    spare = width - used
    return tuple(joined), used, spare / gaps if spare < -1e-8 and gaps else 0.0, hard


def _rejoined(lines: tuple[Line, ...]) -> tuple[Run, ...]:
    """The runs that break into `lines` again (at another width: other lines)."""
    runs: list[Run] = []
    for n, (pieces, _used, _spacing, hard) in enumerate(lines):
        runs.extend(pieces)
        if n < len(lines) - 1:
            runs.append(("\n" if hard else " ", pieces[-1][1] if pieces else ""))
    return tuple(runs)


_FACE_TAGS = {"": ("", ""), "b": ("<b>", "</b>"), "i": ("<i>", "</i>"), "bi": ("<b><i>", "</i></b>")}


def _markup(runs: tuple[Run, ...]) -> str:
    """Paragraph markup of `runs`: what a part of a split paragraph prints should it need a Paragraph."""
    return "".join(
        "<br/>" if text == "\n" else _FACE_TAGS[face][0] + esc(text) + _FACE_TAGS[face][1]
        for text, face in runs
    )


class QuickParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of runs of text in one family and size, drawn on the canvas line by line."""

    def __init__(
        self, markup: str, runs: tuple[Run, ...], style: ParagraphStyle, bullet: str | None = None
    ) -> None:
        super().__init__()
        self.markup, self.runs, self.style, self.bullet = markup, runs, style, bullet
        self._lines: tuple[Line, ...] | None = None
        self._at: float | None = None  # the width the lines were broken at
        self._paragraph: Paragraph | None = None  # what prints a paragraph the quick lines cannot
        # Its structure role, as tagging gives a Paragraph in this style (a tag() given later wins).
        self.__dict__["pdf_role"] = STYLE_ROLES.get(style.name.split("|")[0], "P")

    def _room(self, avail_width: float) -> float:
        return float(avail_width - self.style.leftIndent - self.style.rightIndent)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._paragraph is None and self._at != availWidth:
            st = self.style
            self._lines = _broken(self.runs, self._room(availWidth), st.fontName, st.fontSize)
            self._at = availWidth
            if self._lines is None:
                self._paragraph = Paragraph(self.markup, st, bulletText=self.bullet)
        if self._paragraph is not None:
            self.width, self.height = self._paragraph.wrap(availWidth, availHeight)
        else:
            self.width, self.height = availWidth, len(self._lines or ()) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self._paragraph is not None:
            return list(self._paragraph.split(availWidth, availHeight))
        lines = self._lines or ()
        fits = int(availHeight / self.style.leading)
        if fits == 0 or (fits <= 1 and not getattr(self.style, "allowOrphans", 0)):
            return []
        if len(lines) <= fits:
            return [self]
        if not getattr(self.style, "allowWidows", 1) and len(lines) == fits + 1:
            if len(lines) <= 3:
                return []
            fits -= 1
        return [self._part(lines[:fits], availWidth, self.bullet), self._part(lines[fits:], availWidth)]

    def _part(self, lines: tuple[Line, ...], width: float, bullet: str | None = None) -> QuickParagraph:
        """One part of this paragraph: its lines as broken at `width`, broken again at another."""
        runs = _rejoined(lines)
        part = QuickParagraph(_markup(runs), runs, self.style, bullet)
        part.__dict__["pdf_role"] = self.__dict__["pdf_role"]
        part._lines, part._at = lines, width
        part.wrap(width, len(lines) * self.style.leading)
        return part

    def draw(self) -> None:
        canvas: Any = self.canv
        if self._paragraph is not None:
            self._paragraph.drawOn(canvas, 0, 0)
            return
        st = self.style
        room = self._room(self.width)
        size = f"{fp_str(st.fontSize)} Tf"
        out = ["BT"]
        y = self.height - st.fontSize
        current = ""
        for pieces, natural, spacing, _hard in self._lines or ():
            x = st.leftIndent + (max(room - natural, 0.0) / 2 if st.alignment == TA_CENTER else 0.0)
            out.append(f"1 0 0 1 {fp_str(x, y)} Tm")
            fonts = ((face_font(st.fontName, face), text) for text, face in pieces)
            current = show_line(out, canvas, fonts, spacing, size, current)
            y -= st.leading
        out.append("ET")
        canvas.saveState()
        if self.bullet is not None and self._lines:
            # Where Paragraph draws it: at the bullet indent, on the first line's baseline.
            mark = canvas.beginText(
                st.bulletIndent, self.height - st.fontSize + getattr(st, "bulletOffsetY", 0)
            )
            mark.setFont(st.bulletFontName, st.bulletFontSize)
            mark.setFillColor(getattr(st, "bulletColor", st.textColor))
            mark.textOut(self.bullet)
            canvas.drawText(mark)
        canvas.setFillColor(st.textColor)
        canvas._code.append(" ".join(out))
        canvas.restoreState()

    def getPlainText(self) -> str:
        return "".join(" " if text == "\n" else text for text, _face in self.runs)
