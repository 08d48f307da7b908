"""A long tagged table of text cells drawn straight on the canvas: each cell wrapped once, split by rows."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.rl_config import spaceShrinkage

from councildesk.reports.page_template import esc, smallest_content_height
from councildesk.reports.script_text import Paragraph, needs_script_pass
from councildesk.reports.tagging import Node, structure_of
from councildesk.reports.text_show import face_font, show_line, word_width

# A cell is text (newlines break its lines) or runs of text, each starting on a new line, each in
# a face of the cell's font family: "" as the style says, "b" bold, "i" italic.
Run = tuple[str, str]
Cell = str | tuple[Run, ...]
FACE_TAGS = {"": ("", ""), "b": ("<b>", "</b>"), "i": ("<i>", "</i>")}
# Padding as reportlab's Table pads a cell: left, right, top, bottom.
PAD_X, PAD_Y = 6.0, 3.0


class Unwrappable(ValueError):
    """A cell the greedy wrapper leaves to a Paragraph (see `wrap_runs`)."""


@dataclass(frozen=True)
class RowLook:
    """How the table looks: the cells' and the header's paragraph styles, fills and rules."""

    cell: ParagraphStyle
    head: ParagraphStyle
    head_back: Color
    stripe: Color
    rule: Color
    rule_width: float = 0.3


# One wrapped line: its font, its text, and the word spacing that fits it (reportlab lets a line's
# spaces shrink by `spaceShrinkage` rather than break it; 0 when they need not).
Line = tuple[str, str, float]


def wrap_runs(runs: Sequence[Run], width: float, style: ParagraphStyle) -> list[Line]:
    """The lines reportlab's Paragraph breaks `runs` into at `width` (greedy, at spaces, spaces
    shrinking by up to `spaceShrinkage`); Unwrappable for what only a Paragraph prints right."""
    lines = _wrapped(tuple(runs), width, style.fontName, style.fontSize)
    if lines is None:
        raise Unwrappable(runs)
    return list(lines)


@lru_cache(maxsize=1 << 16)
def _wrapped(runs: tuple[Run, ...], width: float, family: str, size: float) -> tuple[Line, ...] | None:
    # Cached: dates, votes, results and sides repeat on every page, and the same items and motions
    # in every member's record drawn by one process.
    lines: list[Line] = []
    segments = [(face_font(family, face), part) for text, face in runs for part in text.split("\n")]
    for n, (font, text) in enumerate(segments):
        if not text.isprintable() or (not text.isascii() and needs_script_pass(text)):
            return None  # another script, right to left, a control or special space: a Paragraph's
        words = text.split()
        if not words:
            if n < len(segments) - 1:
                lines.append((font, "", 0.0))  # a break at the start of a line makes an empty line
            continue
        measured = word_width(font, size)
        space = measured(" ")
        shrink = spaceShrinkage * space
        line: list[str] = []
        used = -space
        for word in words:
            wide = measured(word)
            if wide > width:
                return None  # reportlab splits a long word inside, by its own rules
            grown = used + space + wide
            if line and grown > width + shrink * len(line):
                lines.append(_line(font, line, width - used))
                line, used = [word], wide
            else:
                line.append(word)
                used = grown
        lines.append(_line(font, line, width - used))
    return tuple(lines)


def _line(font: str, words: list[str], spare: float) -> Line:
    # A line wider than its room (by shrinking spaces) is drawn with its spaces that much narrower.
    gaps = len(words) - 1
    return font, " ".join(words), spare / gaps if spare < -1e-8 and gaps > 0 else 0.0


def cell_markup(cell: Cell) -> str:
    """The Paragraph markup of a cell (what a cell the wrapper leaves is printed from)."""
    runs = ((cell, ""),) if isinstance(cell, str) else cell
    return "<br/>".join(f"{FACE_TAGS[face][0]}{esc(text)}{FACE_TAGS[face][1]}" for text, face in runs)


@dataclass(eq=False)
class _Laid:
    """One drawn row: its height, each cell's lines or Paragraph, and the table row it belongs to
    (a row taller than a page is laid as several, one per page, all of one table row)."""

    height: float
    cells: list[list[Line] | Paragraph]
    row: int  # the table row (0: the header)


@dataclass(eq=False)
class _Layout:
    """What the pieces of one split table share: the rows as laid out, once, and their tags."""

    widths: list[float]
    look: RowLook
    head: _Laid
    rows: list[_Laid]
    tops: list[float]  # tops[i]: the height of rows[:i]
    table: Node | None = None
    row_nodes: dict[int, tuple[Node, list[Node]]] = field(default_factory=dict)


class RowTable(Flowable):  # type: ignore[misc]
    """A table of text cells under one header row, looking as the record's reportlab Table looked
    (grid, shaded header, striped rows, top-aligned cells) for a fraction of the work: each cell is
    wrapped once, a split is a pair of row ranges, and rows are drawn straight on the canvas.

    Tagged like TaggedTable: one Table element for all pieces, a TR per row, TH (Scope Column) for
    the header, TD for cells; the header repeated on a later page is an artifact, so is every fill
    and rule. Cells needing more than plain wrapping (another script, right to left, a word wider
    than its column) are printed by script_text's Paragraph, in the same style.
    """

    pdf_silent = True  # TaggedFrame leaves the tags to the table itself

    def __init__(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        look: RowLook,
        *,
        page_room: float | None = None,
    ) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # as reportlab's Table
        self.width = sum(widths)
        room = smallest_content_height() if page_room is None else page_room
        self._layout = _lay_out(header, rows, list(widths), look, room)
        self._start, self._stop = 0, len(self._layout.rows)
        self.continued = False
        self.height = self._height_of(self._start, self._stop)

    def _height_of(self, start: int, stop: int) -> float:
        tops = self._layout.tops
        return float(self._layout.head.height + tops[stop] - tops[start])

    def _piece(self, start: int, stop: int, continued: bool) -> RowTable:
        # A new flowable, not a copy: reportlab marks a flowable it put off to the next page, and a
        # piece must not inherit that mark (a second postponement is a layout error).
        piece: RowTable = RowTable.__new__(RowTable)
        Flowable.__init__(piece)
        piece.hAlign, piece.width, piece._layout = self.hAlign, self.width, self._layout
        piece._start, piece._stop, piece.continued = start, stop, continued
        piece.height = piece._height_of(start, stop)
        return piece

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        tops = self._layout.tops
        room = availHeight - self._layout.head.height + tops[self._start]
        stop = min(bisect_right(tops, room + 1e-6) - 1, self._stop)
        if stop <= self._start:
            return []  # not even one row under the header: the next frame
        if stop >= self._stop:
            return [self]
        return [self._piece(self._start, stop, self.continued), self._piece(stop, self._stop, True)]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        layout = self._layout
        log = structure_of(canvas)
        rows = [layout.head, *layout.rows[self._start : self._stop]]
        x = [0.0, *accumulate(layout.widths)]
        y = [self.height]
        for laid in rows:
            y.append(y[-1] - laid.height)
        code: list[str] = canvas._code
        canvas.saveState()
        if log is not None:
            code.append("/Artifact BMC")
        fills = [(0, layout.look.head_back)] + [
            (n, layout.look.stripe) for n, laid in enumerate(rows) if n and laid.row % 2 == 0
        ]
        for n, colour in fills:
            canvas.setFillColor(colour)
            canvas.rect(0, y[n + 1], self.width, rows[n].height, stroke=0, fill=1)
        if log is not None:
            code.append("EMC")
        canvas.setFillColor(layout.look.cell.textColor)
        look = layout.look
        bodies = _cell_bodies(canvas)
        for n, laid in enumerate(rows):
            nodes = self._cell_nodes(log, laid)
            style = look.head if laid is layout.head else look.cell
            size = _size_ops(style.fontSize, style.leading)
            top = y[n] - PAD_Y
            for col, cell in enumerate(laid.cells):
                if nodes is None:
                    if log is not None:
                        code.append("/Artifact BMC")
                else:
                    log.mark(canvas, nodes[col])  # type: ignore[union-attr]
                left = x[col] + PAD_X
                if isinstance(cell, Paragraph):
                    cell.drawOn(canvas, left, top - cell.height)
                elif cell:
                    # A cell's text operators but its position are those of every cell of the same
                    # lines in the document (dates, votes and results repeat on every page).
                    key = (tuple(cell), size)
                    body = bodies.get(key)
                    if body is None:
                        body = bodies[key] = _text_body(canvas, cell, size)
                    code.append(f"BT 1 0 0 1 {fp_str(left, top - style.fontSize)} Tm {body}")
                if log is not None:
                    code.append("EMC")
        if log is not None:
            code.append("/Artifact BMC")
        canvas.setStrokeColor(layout.look.rule)
        canvas.setLineWidth(layout.look.rule_width)
        path = [f"{fp_str(0, v)} m {fp_str(self.width, v)} l" for v in y]
        path += [f"{fp_str(h, y[0])} m {fp_str(h, y[-1])} l" for h in x]
        code.append(" ".join(path) + " S")
        if log is not None:
            code.append("EMC")
        canvas.restoreState()

    def _cell_nodes(self, log: Any, laid: _Laid) -> list[Node] | None:
        """The structure nodes of `laid`'s cells; None where they are furniture (no log, or the
        header repeated on a later page)."""
        layout = self._layout
        if log is None or (laid is layout.head and self.continued):
            return None
        if layout.table is None:
            layout.table = log.top("Table")
        known = layout.row_nodes.get(laid.row)
        if known is None:  # the first (often only) page of this row
            role, attrs = ("TH", {"Scope": "Column"}) if laid.row == 0 else ("TD", {})
            cells = [Node(role, dict(attrs)) for _ in laid.cells]
            known = layout.row_nodes[laid.row] = (Node("TR", kids=list(cells)), cells)
            layout.table.kids.append(known[0])
            if laid.row and laid.row - 1 in layout.row_nodes:
                del layout.row_nodes[laid.row - 1]  # rows come in order: the last one is all we keep
        return known[1]


@lru_cache(maxsize=64)
def _size_ops(font_size: float, leading: float) -> str:
    """What follows a font's name to set it: its size, and the leading between lines."""
    return f"{fp_str(font_size)} Tf {fp_str(leading)} TL"


# Per document: the text operators of each cell's lines (but their position), by lines and size.
_BODIES: WeakKeyDictionary[Any, dict[tuple[tuple[Line, ...], str], str]] = WeakKeyDictionary()


def _cell_bodies(canvas: Canvas) -> dict[tuple[tuple[Line, ...], str], str]:
    doc = canvas._doc
    known = _BODIES.get(doc)
    if known is None:
        known = _BODIES[doc] = {}
    return known


def _text_body(canvas: Canvas, lines: Sequence[Line], size: str) -> str:
    """The operators showing a cell's lines after its text matrix (the first baseline a font size
    under the cell's top, where reportlab's Paragraph puts it, each next one a leading lower)."""
    out: list[str] = []
    current = ""
    for font, text, spacing in lines:
        current = show_line(out, canvas, ((font, text),), spacing, size, current)
        out.append("T*")
    out.append("ET")
    return " ".join(out)


def _lay_out(
    header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: list[float], look: RowLook, room: float
) -> _Layout:
    head = _lay_row(0, list(header), widths, look.head)
    laid: list[_Laid] = []
    for number, row in enumerate(rows, start=1):
        cells = [((c, ""),) if isinstance(c, str) else c for c in row]
        one = _lay_row(number, cells, widths, look.cell)
        laid += _page_sized(one, room - head.height, look.cell) if one.height > room - head.height else [one]
    return _Layout(widths, look, head, laid, [0.0, *accumulate(r.height for r in laid)])


def _lay_row(number: int, cells: Sequence[Cell], widths: list[float], style: ParagraphStyle) -> _Laid:
    laid: list[list[Line] | Paragraph] = []
    height = 0.0
    for cell, width in zip(cells, widths, strict=True):
        runs = ((cell, ""),) if isinstance(cell, str) else cell
        inner = width - 2 * PAD_X
        try:
            lines = wrap_runs(runs, inner, style)
            laid.append(lines)
            height = max(height, len(lines) * style.leading)
        except Unwrappable:
            paragraph = Paragraph(cell_markup(runs), style)
            height = max(height, paragraph.wrap(inner, 1e9)[1])
            laid.append(paragraph)
    return _Laid(height + 2 * PAD_Y, laid, number)


def _page_sized(row: _Laid, room: float, style: ParagraphStyle) -> list[_Laid]:
    """A row taller than a page's room as rows of at most that height, one per page, each holding
    the next lines of every cell."""
    per_page = max(1, math.floor((room - 2 * PAD_Y) / style.leading))
    height = per_page * style.leading
    pieces: list[_Laid] = []
    rest = list(row.cells)
    while any(isinstance(c, Paragraph) or c for c in rest):
        now: list[list[Line] | Paragraph] = []
        for n, cell in enumerate(rest):
            if isinstance(cell, Paragraph):
                # A paragraph that cannot split (nothing fits) is printed whole on this page.
                parts = (cell.split(cell.width, height) if cell.height > height else []) or [cell]
                for part in parts:
                    part.wrap(cell.width, 1e9)
                now.append(parts[0])
                rest[n] = parts[1] if len(parts) > 1 else []
            else:
                now.append(cell[:per_page])
                rest[n] = cell[per_page:]
        tallest = max(c.height if isinstance(c, Paragraph) else len(c) * style.leading for c in now)
        pieces.append(_Laid(tallest + 2 * PAD_Y, now, row.row))
    return pieces
