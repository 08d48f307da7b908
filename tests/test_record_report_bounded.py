"""The voting-record and agreement reports print a hostile long note or title bounded, quickly,
while the record and its CSV keep every character."""

from __future__ import annotations

import io
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pypdf

from councildesk.exchange.records_csv import record_csv
from councildesk.reports.agreement_report import agreement_pdf
from councildesk.reports.record_report import record_pdf
from councildesk.services.container import Services

LONG = "See the letter.\n" + "\n".join(f"line {n}" for n in range(3_000))


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_a_long_ballot_note_and_motion_print_bounded(demo: tuple[Services, int], db_path: Path) -> None:
    services, _ = demo
    with closing(sqlite3.connect(db_path)) as conn:
        ballot, person, motion = conn.execute(
            "SELECT b.id, b.person_id, m.id FROM ballot b JOIN vote v ON v.id = b.vote_id "
            "JOIN motion m ON m.id = v.motion_id JOIN agenda_item a ON a.id = m.agenda_item_id "
            "JOIN meeting g ON g.id = a.meeting_id WHERE g.minutes_status = 'draft' LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE ballot SET note = ? WHERE id = ?", (LONG, ballot))
        conn.execute(
            "UPDATE motion SET text = ? WHERE id = ?", ("To adopt.\n" + "\n" * 3_000 + "end", motion)
        )
        conn.commit()
    rows = services.voting_records.full_record(person)
    summary = services.voting_records.summary(person)
    started = time.process_time()
    pages, text = pdf_text(record_pdf(summary, rows, []))
    assert time.process_time() - started < 5
    assert pages <= 3  # a table cell holds a few hundred characters of the note, never 3,000 lines
    assert "full text in the record" in text.replace("\n", " ")
    assert "line 10" in text and "line 2999" not in text
    assert "To adopt." in text and "end" in text  # blank lines collapsed, nothing cut
    assert "line 2999" in record_csv(rows)  # the export keeps every character
    assert any(r.note == LONG for r in services.voting_records.full_record(person))


def test_the_agreement_report_prints_a_hostile_body_name_literally(demo: tuple[Services, int]) -> None:
    services, _ = demo
    m = services.voting_records.agreement()
    hostile = type(m)(
        m.person_ids,
        m.names,
        m.agree,
        m.together,
        m.split_votes,
        body_name="<b>Council</b> &amp; \u202eboard",
    )
    started = time.process_time()
    _, text = pdf_text(agreement_pdf(hostile))
    assert time.process_time() - started < 5
    assert "<b>Council</b> &amp;" in text
