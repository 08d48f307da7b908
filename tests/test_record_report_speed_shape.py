"""The voting record's row table read back: PDF/UA, Table/TR/TH/TD, row order, reportlab's own line
breaks, a row taller than a page, other scripts and hostile cells."""

from __future__ import annotations

import io
import random
import subprocess
from datetime import date
from pathlib import Path

import pikepdf
from pdfua import validate
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from councildesk.reports.page_template import PageFrame, PdfMeta, build_pdf, make_styles
from councildesk.reports.record_report import HEAD_BACK, STRIPE, RecordReportHeader, record_pdf
from councildesk.reports.row_table import Cell, RowLook, RowTable, Unwrappable, wrap_runs
from councildesk.reports.script_text import Paragraph
from councildesk.services.container import Services
from tests.records_fixture import build_council

HEADS = ["Date", "Item", "Vote"]


def _look() -> RowLook:
    styles = make_styles()
    return RowLook(styles["cell"], styles["cellhead"], HEAD_BACK, STRIPE, colors.grey)


def _table_pdf(rows: list[list[Cell]], widths: tuple[float, ...] = (80, 300, 90)) -> bytes:
    st = make_styles()
    story = [Paragraph("Ballots", st["h2"]), RowTable(HEADS, rows, list(widths), _look())]
    frame = PageFrame(municipality="Town", body_name="Council", running_title="Record", footer_lines=("f",))
    return build_pdf(story, frame, PdfMeta(title="Record", author="Town", subject="s"), invariant=True)


def _pdfua(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "t.pdf"
    path.write_bytes(data)
    report = validate(str(path))
    return [f.rule_id for f in report.findings] + [o.rule_id for o in report.skipped]


def _elements(node: pikepdf.Object, role: str) -> list[pikepdf.Object]:
    kids = node.get("/K")
    kids = kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
    found = []
    for kid in kids:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            found += [kid] if pikepdf.Name("/" + role) == kid.S else []
            found += _elements(kid, role)
    return found


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_long_record_is_pdf_ua_with_rows_and_header_cells_in_row_order(
    services: Services, tmp_path: Path
) -> None:
    council = build_council(services)
    records = services.voting_records
    base = records.full_record(council.c)
    assert base
    # 300 ballots over two years, each motion named so its row can be found in the text.
    rows = [
        base[n % len(base)]._replace(
            taken_on=date(2023 + n // 150, 1 + n % 12, 1 + n % 28), motion_text=f"To adopt M{n:04d} as read"
        )
        for n in range(300)
    ]
    rows.sort(key=lambda r: (r.taken_on, r.motion_text))
    pdf = record_pdf(records.summary(council.c), rows, [], RecordReportHeader("Springfield"), invariant=True)
    assert _pdfua(pdf, tmp_path) == []
    text = _text(pdf)
    found = [text.find(r.motion_text.split()[2]) for r in rows]
    assert -1 not in found and found == sorted(found)  # every row, in the order of the ballots
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) > 5
        root = doc.Root.StructTreeRoot
        tables = _elements(root, "Table")
        ballot_rows = [tr for t in tables[1:] for tr in _elements(t, "TR")]  # the first: the summary
        assert len(ballot_rows) == len(rows) + 2  # each year's table: its header row once
        heads = [tr for tr in ballot_rows if _elements(tr, "TH")]
        assert len(heads) == 2
        assert all(str(th.A.Scope) == "/Column" for tr in heads for th in _elements(tr, "TH"))
        assert all(len(_elements(tr, "TD")) == 7 for tr in ballot_rows if tr not in heads)
        # The header printed again on later pages is furniture: each year's header is marked once.
        nums = root.ParentTree.Nums
        marked = [str(e.S) for i in range(0, len(nums), 2) for e in nums[i + 1]]
        assert marked.count("/TH") == 2 * 7 + 5  # two ballot tables' headers, the summary's row heads
        pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
        shown = sum(1 for t in pages if all(h in t for h in ("Date", "Matter", "Motion", "Side")))
        assert shown >= len(doc.pages) - 1  # yet printed atop every page of ballots


def test_cells_break_into_the_lines_reportlab_breaks_them_into() -> None:
    style = make_styles()["cell"]
    words = ["a", "to", "the", "Council", "ordinance", "amended", "ORD-2025-017", "–", "é", "Wednesday"]
    pick = random.Random(19)
    compared = 0
    for _ in range(400):
        text = " ".join(pick.choice(words) for _ in range(pick.randint(0, 40)))
        if pick.random() < 0.3:
            text = text.replace(" ", "\n", 2)
        note = " ".join(pick.choice(words) for _ in range(pick.randint(1, 12)))
        runs = ((text, ""), (note, "i")) if pick.random() < 0.4 else ((text, ""),)
        width = pick.choice([48.0, 61.5, 90.0, 140.0])
        markup = "<br/>".join(t.replace("\n", "<br/>") if f == "" else f"<i>{t}</i>" for t, f in runs)
        paragraph = Paragraph(markup, style)
        paragraph.wrap(width, 1e6)
        para = paragraph.blPara
        theirs = (
            [" ".join(words) for _space, words in para.lines]
            if para.kind == 0
            else ["".join(w.text for w in line.words).strip() for line in para.lines]
        )
        try:
            ours = [text for _font, text, _spacing in wrap_runs(runs, width, style)]
        except Unwrappable:  # a word wider than the column: printed by that Paragraph itself
            fonts = {"": style.fontName, "i": "DejaVuSans-Oblique"}
            assert any(stringWidth(w, fonts[f], style.fontSize) > width for t, f in runs for w in t.split())
            continue
        compared += 1
        assert ours == theirs, runs
    assert compared > 200


def test_a_row_taller_than_a_page_goes_on_over_the_next_pages(tmp_path: Path) -> None:
    tall = "\n".join(f"line {n}" for n in range(150))  # 150 lines: more than two pages
    pdf = _table_pdf(
        [["2024-01-01", "Before", "Yes"], ["2024-01-02", tall, "No"], ["2024-01-03", "After", "Yes"]]
    )
    assert _pdfua(pdf, tmp_path) == []
    text = _text(pdf)
    assert all(f"line {n}\n" in text + "\n" for n in range(150))
    assert text.index("Before") < text.index("line 0") < text.index("line 149") < text.index("After")
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) >= 3
        cells = _elements(doc.Root.StructTreeRoot, "TD")
        assert len(cells) == 9  # the tall row is one row, its cells marked on each of its pages
        kids = cells[4].K
        assert isinstance(kids, pikepdf.Array) and len(kids) >= 3


def test_other_scripts_print_shaped_and_hostile_text_prints_as_typed(tmp_path: Path) -> None:
    hostile = "<b>Council</b> &amp; \u202eboard"
    long_word = "https://example.org/" + "x" * 200  # wider than its column: broken inside, as before
    rows: list[list[Cell]] = [
        ["2024-01-01", "שלום עולם council", "Yes"],
        ["2024-01-02", "مرحبا بالعالم", "No"],
        ["2024-01-03", "市议会 会议", "Yes"],
        ["2024-01-04", hostile, "Yes"],
        ["2024-01-05", long_word, (("Yes", ""), ("in\tpart", "i"))],
    ]
    table = RowTable(HEADS, rows, [80, 300, 90], _look())
    laid = table._layout.rows
    assert all(isinstance(r.cells[1], Paragraph) for r in laid[:3])  # the script pass prints them
    pdf = _table_pdf(rows, (80, 150, 90))
    assert _pdfua(pdf, tmp_path) == []
    path = tmp_path / "scripts.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "שלום" in text and "市议会" in text
    assert "ﺑﺎﻟﻌﺎﻟﻢ" in text or "بالعالم" in text  # joined forms, or read back to their letters
    assert "<b>Council</b> &amp;" in text  # markup characters are text, never markup
    assert "x" * 30 in text.replace("\n", "") and text.count("x") >= 200
