"""Bounded rendering: runs of line breaks collapse and each field is capped with a marker in every
report, so a meeting whose fields hold thousands of line breaks prints in seconds; the record keeps
every character as typed."""

from __future__ import annotations

import io
import time

from pypdf import PdfReader
from sqlalchemy import select

from councildesk.db import models as m
from councildesk.reports.agenda import agenda_pdf
from councildesk.reports.minutes import minutes_pdf
from councildesk.services.container import Services
from councildesk.services.report_text import MAX_FIELD_LINES, SHORTENED, printable_text

BREAKS = "Begins.\n" + "\n" * 3000 + "Ends."


def flood(services: Services, meeting_id: int) -> None:
    """3,000 line breaks in nine text fields of one meeting, written as an import or a paste would."""
    with services.db.transaction() as s:
        meeting = s.get(m.Meeting, meeting_id)
        assert meeting is not None
        meeting.notices = BREAKS
        meeting.location = "City Hall"
        item = s.scalars(select(m.AgendaItem).where(m.AgendaItem.meeting_id == meeting_id)).first()
        assert item is not None
        item.title, item.body, item.discussion, item.action_text = (
            "Flooded item" + BREAKS,
            BREAKS,
            BREAKS,
            BREAKS,
        )
        motion = s.scalars(
            select(m.Motion).join(m.AgendaItem).where(m.AgendaItem.meeting_id == meeting_id)
        ).first()
        assert motion is not None
        motion.text = BREAKS
        speaker = s.scalars(
            select(m.Speaker).join(m.AgendaItem).where(m.AgendaItem.meeting_id == meeting_id)
        ).first()
        if speaker is not None:
            speaker.summary = BREAKS
        matter = s.scalars(select(m.Matter)).first()
        assert matter is not None
        matter.full_text = BREAKS


def test_three_thousand_line_breaks_in_nine_fields_print_in_seconds(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    flood(services, meeting_id)
    started = time.monotonic()
    pdf = minutes_pdf(services.minutes.minutes(meeting_id))
    agenda = agenda_pdf(services.minutes.agenda(meeting_id))
    took = time.monotonic() - started
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    agenda_pages = len(PdfReader(io.BytesIO(agenda)).pages)
    print(f"\nminutes with 9 flooded fields: {pages} pages, agenda {agenda_pages}; both in {took:.1f} s")
    assert pages < 20
    with services.db.reading() as s:
        assert s.get(m.Meeting, meeting_id).notices == BREAKS  # type: ignore[union-attr]


def test_a_field_past_the_cap_is_cut_with_the_marker() -> None:
    text = "\n".join(f"line {i}" for i in range(5000))
    shown = printable_text(text)
    assert shown.endswith(SHORTENED)
    assert shown.count("\n") == MAX_FIELD_LINES
    assert printable_text("a\n\n\n\n\nb") == "a\n\nb"
    assert printable_text("short, and left alone") == "short, and left alone"
