"""A long tagged table after a heading kept with it: each cell's lines broken once, the PDF unchanged."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table

from councildesk.reports import script_text, tagging
from councildesk.reports.page_template import PageFrame, PdfMeta, build_pdf, make_styles
from councildesk.reports.script_text import Paragraph
from councildesk.reports.tagging import TaggedTable


def _ballots_pdf() -> bytes:
    """A heading kept with a 200-row table of wrapped cells (a member's year of ballots)."""
    st = make_styles()
    rows = [[Paragraph(h, st["cellhead"]) for h in ("Date", "Motion", "Vote")]]
    rows += [
        [
            Paragraph(f"2011-08-{n % 28 + 1:02d}", st["cell"]),
            Paragraph(
                f"Motion {n} to adopt the resolution on item {n}, as amended " * (1 + n % 3), st["cell"]
            ),
            Paragraph("yes" if n % 4 else "no", st["cell"]),
        ]
        for n in range(200)
    ]
    story = [
        Paragraph("2011 (200 ballots)", st["h2"]),
        TaggedTable(rows, colWidths=[80, 300, 60], repeatRows=1),
    ]
    frame = PageFrame(municipality="Town", body_name="Council", running_title="Record", footer_lines=("f",))
    return build_pdf(story, frame, PdfMeta(title="Record", author="Town", subject="s"), invariant=True)


def test_each_cell_of_a_long_table_breaks_its_lines_once(monkeypatch: pytest.MonkeyPatch) -> None:
    assert make_styles()["h2"].keepWithNext  # what makes reportlab measure the whole table first
    breaks: dict[int, int] = {}
    real = RLParagraph.breakLines

    def counted(self: RLParagraph, widths: list[float]) -> object:
        breaks[id(self)] = breaks.get(id(self), 0) + 1
        return real(self, widths)

    monkeypatch.setattr(RLParagraph, "breakLines", counted)
    pdf = _ballots_pdf()
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 5
    cells = sorted(breaks.values())
    # Was 4: measured whole, again in each page's room and on its split, then again to be drawn.
    assert cells[len(cells) // 2] == 1
    assert sum(1 for n in cells if n > 1) <= 3  # the header row, repeated on every page


def test_a_long_table_lays_out_as_reportlab_lays_it_out(monkeypatch: pytest.MonkeyPatch) -> None:
    ours = _ballots_pdf()
    # reportlab's own, measuring and breaking lines afresh each time
    monkeypatch.setattr(tagging.TaggedTable, "_calc", Table._calc)
    monkeypatch.setattr(script_text.Paragraph, "wrap", RLParagraph.wrap)
    assert _ballots_pdf() == ours
