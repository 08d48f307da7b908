"""Voting-record exports: PDFs read back with pypdf, CSV parsed back, and the command line end to end."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from councildesk.cli import main
from councildesk.exchange.records_csv import agreement_csv, record_csv, safe_cell, search_csv
from councildesk.reports.agreement_report import agreement_pdf
from councildesk.reports.record_report import RecordReportHeader, record_pdf
from councildesk.services.container import Services
from councildesk.services.voting_record_dto import RecordFilter
from tests.records_fixture import build_council


def pdf_text(data: bytes) -> str:
    """Text of every page with runs of whitespace (table-cell wrapping) folded to one space."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def test_record_pdf_carries_summary_filters_dissents_and_recusals(services: Services) -> None:
    c = build_council(services)
    flt = RecordFilter(text="order")
    cy = services.voting_records
    data = record_pdf(
        cy.summary(c.c, flt),
        cy.full_record(c.c, flt),
        flt.describe(),
        RecordReportHeader("Springfield", "Town Council"),
        invariant=True,
    )
    text = " ".join(pdf_text(data).split())
    assert "Voting record of Cy Cedar" in text
    assert "Text: order" in text
    assert "Brother sells fire trucks" in text  # the recusal and its reason
    assert "Order on the budget" in text and "Resolution on tree planting" not in text
    whole = " ".join(pdf_text(record_pdf(cy.summary(c.c), cy.full_record(c.c), [], invariant=True)).split())
    assert "Dissents (1)" in whole and "Ordinance on downtown parking" in whole
    assert "2 of 3 decided yes/no votes" in whole
    assert record_pdf(cy.summary(c.c), cy.full_record(c.c), [], invariant=True) == record_pdf(
        cy.summary(c.c), cy.full_record(c.c), [], invariant=True
    )


def test_record_pdf_prints_markup_and_accents_as_text(services: Services) -> None:
    c = build_council(services)
    services.people.update_person(c.a, display_name="Łukasz <b>Nguyễn</b> & Sienkiewicz")
    data = record_pdf(
        services.voting_records.summary(c.a), services.voting_records.full_record(c.a), [], invariant=True
    )
    assert "Łukasz <b>Nguyễn</b> & Sienkiewicz" in pdf_text(data)


def test_agreement_pdf_and_csv(services: Services) -> None:
    c = build_council(services)
    m = services.voting_records.agreement()
    text = pdf_text(agreement_pdf(m, invariant=True))
    assert "Who votes with whom" in text and "3 split votes" in text
    assert "Ada Alder and Ben Birch: 1 of 3 (33.3%)" in " ".join(text.split())
    rows = list(csv.DictReader(io.StringIO(agreement_csv(m))))
    pairs = {(r["member_a"], r["member_b"]): (int(r["agreed"]), int(r["votes_together"])) for r in rows}
    assert pairs[("Ada Alder", "Ben Birch")] == (1, 3)
    assert pairs[("Ben Birch", "Eve Elm")] == (1, 1)
    assert len(pairs) == 6 and c.d not in m.person_ids
    empty = services.voting_records.agreement(date_from=m.date_from or None, date_to=None, body_id=None)
    assert empty.split_votes == 3


def test_record_and_search_csv(services: Services) -> None:
    c = build_council(services)
    rows = list(csv.DictReader(io.StringIO(record_csv(services.voting_records.full_record(c.a)))))
    assert [(r["date"], r["vote"], r["with_majority"]) for r in rows] == [
        ("2020-01-10", "yes", "yes"),
        ("2020-02-10", "yes", "yes"),
        ("2020-02-10", "no", ""),
        ("2021-03-10", "yes", "no"),
    ]
    hits = list(csv.DictReader(io.StringIO(search_csv(services.voting_records.search("parking").hits))))
    assert {h["source"] for h in hits} >= {"agenda item", "matter", "motion"}
    assert all("[" in h["snippet"] for h in hits)


@pytest.mark.parametrize("value", ['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)"])
def test_csv_cells_never_become_formulas(value: str) -> None:
    assert safe_cell(value) == "'" + value
    assert safe_cell("Plain") == "Plain"


def test_command_line_exports(
    demo: tuple[Services, int], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services, _ = demo
    services.db.close()  # the command opens the file itself
    pdf, table, matrix = tmp_path / "r.pdf", tmp_path / "r.csv", tmp_path / "m.pdf"
    assert main(["--db", str(db_path), "record", "Pamela Schwartz", "-o", str(pdf)]) == 0
    assert "Secure Communities" in pdf_text(pdf.read_bytes())
    assert (
        main(
            [
                "--db",
                str(db_path),
                "record",
                "2",
                "--from",
                "2011-08-10",
                "--to",
                "2011-08-31",
                "-o",
                str(table),
            ]
        )
        == 0
    )
    rows = list(csv.DictReader(io.StringIO(table.read_text("utf-8-sig"))))
    assert {r["date"] for r in rows} == {"2011-08-18"}
    assert main(["--db", str(db_path), "agreement", "-o", str(matrix)]) == 0
    assert "Who votes with whom" in pdf_text(matrix.read_bytes())
    capsys.readouterr()
    assert main(["--db", str(db_path), "search", "Secure Communities"]) == 0
    out = capsys.readouterr().out
    assert "meeting 2, item 7" in out and "[Secure]" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["record", "Nobody Atall", "-o", "x.pdf"], "No member who has voted is called 'Nobody Atall'."),
        (["record", "Ward", "-o", "x.pdf"], "matches several members"),
        (["record", "2", "--from", "18/08/2011"], "is not a date"),
        (["record", "2", "-o", "x.docx"], "must end in .pdf or .csv"),
        (["agreement", "--body", "99"], "There is no body 99."),
        (["search", "secure", "-o", "x.pdf"], "must end in .csv"),
    ],
)
def test_command_line_refusals(
    demo: tuple[Services, int],
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    services, _ = demo
    services.db.close()
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    assert main(["--db", str(db_path), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not any(tmp_path.glob("x.*")) and not any(tmp_path.glob(".x.*"))


def test_command_line_matter_history(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_council(services)
    services.db.close()
    assert main(["--db", str(db_path), "history", "o-20-002"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "O-20-002: Ordinance on downtown parking — introduced"
    assert "2020-01-10  Springfield Town Council, item 2 (meeting 1): referred" in out[1]
    assert any("amended and adopted" in line for line in out)
    assert "      Cy Cedar: no" in out
    assert main(["--db", str(db_path), "history", "Z-99"]) == 1
    assert "There is no matter 'Z-99'" in capsys.readouterr().err
