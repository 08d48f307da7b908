"""A long tagged table after a heading kept with it: each cell measured once, the PDF unchanged."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table

from councildesk.reports import tagging
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


def test_each_cell_of_a_long_table_is_measured_once_and_drawn_once(monkeypatch: pytest.MonkeyPatch) -> None:
    assert make_styles()["h2"].keepWithNext  # what makes reportlab measure the whole table first
    wraps: dict[int, int] = {}
    real = RLParagraph.wrap

    def counted(self: RLParagraph, width: float, height: float) -> tuple[float, float]:
        wraps[id(self)] = wraps.get(id(self), 0) + 1
        return real(self, width, height)  # type: ignore[no-any-return]

    monkeypatch.setattr(RLParagraph, "wrap", counted)
    pdf = _ballots_pdf()
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 5
    cells = sorted(wraps.values())
    assert cells[len(cells) // 2] == 2  # was 4: measured whole, again in each page's room, on its split
    # The repeated header row is measured on every page; a body cell never more than twice.
    assert sum(1 for n in cells if n > 2) <= 3


def test_a_long_table_lays_out_as_reportlab_lays_it_out(monkeypatch: pytest.MonkeyPatch) -> None:
    ours = _ballots_pdf()
    monkeypatch.setattr(tagging.TaggedTable, "_calc", Table._calc)  # reportlab's own, measuring afresh
    assert _ballots_pdf() == ours
