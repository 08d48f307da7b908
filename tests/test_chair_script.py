"""The chair's script: the right names for a motion, the count announced, the body's own wording."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from councildesk.domain.enums import AgendaItemKind, BallotOption, SpeakerKind
from councildesk.domain.errors import UserError
from councildesk.services.chair_script import BLANK, printed, script
from councildesk.services.container import Services


def lines(services: Services, meeting_id: int, item_id: int) -> list[str]:
    record = services.records.load(meeting_id)
    entry = next(e for e in record.items if e.item.id == item_id)
    body_id = record.meeting.body_id
    phrases = services.chair_script.phrases(body_id)
    return [line.text for line in script(entry, phrases, services.speakers.time_limits(body_id))]


def members(services: Services, meeting_id: int) -> list[object]:
    return [m for m in services.meetings.attendance(meeting_id) if m.voting]


def test_the_script_for_a_motion_reads_the_mover_the_seconder_and_the_count(
    demo: tuple[Services, int],
) -> None:
    services, meeting_id = demo
    voters = members(services, meeting_id)
    item = services.agenda.add_item(
        meeting_id, "Order to repair the Main Street bridge", kind=AgendaItemKind.ORDER
    )
    assert lines(services, meeting_id, item.id)[-1] == "Is there a motion?"
    mover, seconder = voters[2], voters[3]
    motion = services.motions.make_motion(item.id, "To adopt the order.", mover_id=mover.person_id)  # type: ignore[attr-defined]
    assert f"It has been moved by {mover.person_name}. Is there a second?" in lines(
        services, meeting_id, item.id
    )  # type: ignore[attr-defined]
    services.motions.update_motion(motion.id, seconder_id=seconder.person_id)  # type: ignore[attr-defined]
    text = lines(services, meeting_id, item.id)
    assert f"It has been moved by {mover.person_name} and seconded by {seconder.person_name}." in text  # type: ignore[attr-defined]
    assert text[-2:] == ["Is there any discussion?", "The clerk will call the roll."]
    ballots = {
        m.person_id: (BallotOption.YES if i < 7 else BallotOption.NO, "") for i, m in enumerate(voters)
    }  # type: ignore[attr-defined]
    services.votes.record_roll_call(motion.id, ballots)
    assert lines(services, meeting_id, item.id)[-1] == "The motion carries, 7 to 2."


def test_public_comment_names_the_limit_and_each_speaker(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    body_id = services.meetings.get_meeting(meeting_id).body_id
    services.speakers.set_time_limit(body_id, SpeakerKind.PUBLIC_COMMENT, 180)
    item = services.agenda.add_item(meeting_id, "Public comment", kind=AgendaItemKind.PUBLIC_COMMENT)
    services.speakers.add_speaker(item.id, "Amy Bookbinder", residence="Leeds")
    text = lines(services, meeting_id, item.id)
    assert "We now open public comment. Each speaker has 3 minutes." in text
    assert text[-1] == "Amy Bookbinder of Leeds, you have the floor."


def test_the_body_words_its_own_phrases(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    body_id = services.meetings.get_meeting(meeting_id).body_id
    services.chair_script.set_phrase(body_id, "ask_motion", "Do I hear a motion?")
    item = services.agenda.add_item(meeting_id, "Communication from the mayor")
    assert lines(services, meeting_id, item.id)[-1] == "Do I hear a motion?"
    services.chair_script.set_phrase(body_id, "ask_motion", None)
    assert lines(services, meeting_id, item.id)[-1] == "Is there a motion?"
    with pytest.raises(UserError, match="cannot be empty"):
        services.chair_script.set_phrase(body_id, "ask_motion", "   ")


def test_the_chairs_agenda_prints_every_item_with_blanks(demo: tuple[Services, int], tmp_path: Path) -> None:
    from councildesk.reports.chair_agenda import chair_agenda_pdf

    services, meeting_id = demo
    item = services.agenda.add_item(
        meeting_id, "Order to repair the Main Street bridge", kind=AgendaItemKind.ORDER
    )
    services.motions.make_motion(item.id, "To adopt the order.")
    record = services.records.load(meeting_id)
    phrases = services.chair_script.phrases(record.meeting.body_id)
    pdf = chair_agenda_pdf(record, printed(record, phrases, {}), invariant=True)
    (tmp_path / "chair.pdf").write_bytes(pdf)
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert "Chair's agenda" in text
    assert "We now take up item 4.1, Resolution condemning the federal" in text
    assert f"It has been moved by {BLANK} and seconded by {BLANK}." in text
    assert "The motion carries unanimously." in text  # the seed's resolution, as recorded
