"""The voting-record PDF read back: identifiers never broken inside, and an outline by section and year."""

from __future__ import annotations

from datetime import date

from councildesk.reports.record_report import RecordReportHeader, record_pdf
from councildesk.services.container import Services
from tests.minutes_helpers import outline_titles, pdf_text
from tests.records_fixture import build_council

LONG_ID = "ORD-2025-000017"


def test_identifiers_stay_whole_and_the_outline_has_every_year(services: Services) -> None:
    council = build_council(services)
    records = services.voting_records
    rows = records.full_record(council.c)
    assert rows
    # Ballots of two years, each with an identifier wider than the Matter column's default share.
    rows = [
        r._replace(matter_identifier=LONG_ID, taken_on=date(2023 + n % 2, 5, 1)) for n, r in enumerate(rows)
    ]
    rows.sort(key=lambda r: r.taken_on)
    pdf = record_pdf(records.summary(council.c), rows, [], RecordReportHeader("Springfield", "Town Council"))
    text = pdf_text(pdf)
    assert text.count(LONG_ID) == len(rows)  # each on one line, never "ORD-2025-0 / 00017"
    titles = outline_titles(pdf)
    assert "Summary" in titles and "Every ballot" in titles
    assert "2023" in titles and "2024" in titles
