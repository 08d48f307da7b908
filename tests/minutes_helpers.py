"""Helpers for the minutes tests and benchmark: PDF text read back with pypdf, a large meeting."""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timedelta

from pypdf import PdfReader

from councildesk.domain.enums import AgendaItemKind, BallotOption, MatterKind
from councildesk.services.container import Services


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text with runs of whitespace made single spaces (lines wrap anywhere)."""
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def pdf_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def outline_titles(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    titles: list[str] = []

    def walk(entries: list) -> None:  # type: ignore[type-arg]
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                titles.append(entry.title)

    walk(reader.outline)
    return titles


def build_big_meeting(services: Services, *, items: int, members: int = 9, roll_call_every: int = 1) -> int:
    """A body of `members`, one adjourned meeting with `items` resolutions, each moved, discussed
    and voted on: every `roll_call_every`-th item by a split roll call, the others unanimously."""
    body = services.bodies.create_body(f"Test Council of {members}", members, municipality="Testville")
    people = []
    for n in range(members):
        post = services.bodies.add_post(body.id, f"Seat {n + 1}")
        person = services.people.create_person(f"Councilor Number {n + 1}")
        services.bodies.add_membership(person.id, body.id, date(2020, 1, 1), post_id=post.id)
        people.append(person)
    start = datetime(2021, 3, 4, 19, 0)
    meeting = services.meetings.create_meeting(body.id, start, location="Council Chamber")
    services.meetings.mark_all_present(meeting.id)
    services.meetings.call_to_order(meeting.id, start)
    section = services.agenda.add_item(meeting.id, "Resolutions", kind=AgendaItemKind.SECTION)
    for i in range(items):
        matter = services.matters.create_matter(
            f"R-21-{i:03d}",
            f"Resolution number {i + 1} on a matter of local importance",
            kind=MatterKind.RESOLUTION,
            full_text=f"Resolved, that resolution {i + 1} be adopted. " * 6,
        )
        services.matters.set_sponsors(matter.id, people[i % members].id, [people[(i + 1) % members].id])
        item = services.agenda.add_item(
            meeting.id,
            f"Resolution number {i + 1} on a matter of local importance",
            kind=AgendaItemKind.RESOLUTION,
            parent_id=section.id,
            matter_id=matter.id,
        )
        services.agenda.update_item(
            item.id, discussion=f"Members discussed resolution {i + 1} at some length. " * 3
        )
        services.speakers.add_speaker(
            item.id, name=f"Resident {i + 1}", residence="Testville", summary="Spoke."
        )
        motion = services.motions.make_motion(
            item.id,
            f"To adopt resolution {i + 1}.",
            mover_id=people[0].id,
            seconder_id=people[1].id,
            made_at=start + timedelta(minutes=i),
        )
        when = start + timedelta(minutes=i, seconds=30)
        if i % roll_call_every == 0:
            ballots = {p.id: BallotOption.YES for p in people}
            ballots[people[-1].id] = BallotOption.NO
            services.votes.record_roll_call(motion.id, ballots, taken_at=when)
        else:
            services.votes.record_unanimous(motion.id, taken_at=when)
    services.meetings.adjourn(meeting.id, start + timedelta(hours=3))
    return meeting.id
