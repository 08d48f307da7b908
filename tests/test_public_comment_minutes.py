"""Public comment in the minutes: how many spoke, the limit frozen with the meeting, yielded time."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from councildesk.domain.enums import SpeakerKind
from councildesk.domain.minutes_language import MinutesLanguage
from councildesk.reports.minutes import minutes_pdf
from councildesk.reports.minutes_html import minutes_html
from councildesk.reports.minutes_words import Words
from councildesk.services.container import Services
from tests.approved_before_upgrade import verify_after_upgrade
from tests.minutes_helpers import pdf_text

RESIDENTS = ("Amy Bookbinder", "Emma Roderick", "Ned Ketch", "Rosa Lind", "Paul Wendt", "Ida Moss")
RESIDENTS += ("Lou Fenn", "Kay Arno", "Sam Ruiz", "Tom Hale", "Joy Pratt")  # eleven in all


def timed_comment(services: Services, meeting_id: int, limit: int = 180) -> int:
    """Eleven residents timed under the body's limit, the first yielding to the second."""
    meeting = services.meetings.get_meeting(meeting_id)
    services.speakers.set_time_limit(meeting.body_id, SpeakerKind.PUBLIC_COMMENT, limit)
    item_id = services.agenda.add_item(meeting_id, "Public comment").id
    ids = []
    for n, name in enumerate(RESIDENTS):
        speaker = services.speakers.add_speaker(item_id, name, residence="Leeds")
        at = meeting.scheduled_start + timedelta(minutes=10 + 3 * n)
        services.speakers.update_speaker(speaker.id, started_at=at, duration_seconds=150)
        ids.append(speaker.id)
    services.speakers.yield_time(ids[0], ids[1])
    return item_id


def flat(text: str) -> str:
    return " ".join(text.split())


def printed(services: Services, meeting_id: int) -> str:
    doc = services.minutes.minutes(meeting_id)
    if doc.approval is not None:  # less the record chain head, which every logged change moves
        doc = replace(doc, approval=replace(doc.approval, chain_head=""))
    return flat(pdf_text(minutes_pdf(doc, invariant=True)))


def test_the_minutes_say_how_many_spoke_the_limit_and_who_yielded(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    timed_comment(services, meeting_id)
    text = printed(services, meeting_id)
    assert "Eleven residents spoke; the chair limited comment to three minutes." in text
    assert "Amy Bookbinder of Leeds — yielded their time to Emma Roderick" in text
    html = flat(minutes_html(services.minutes.minutes(meeting_id)))
    assert "<p>Eleven residents spoke; the chair limited comment to three minutes.</p>" in html
    assert "— yielded their time to Emma Roderick" in html


def test_the_sentence_in_spanish(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    body_id = services.meetings.get_meeting(meeting_id).body_id
    style = services.bodies.house_style(body_id)
    services.bodies.set_house_style(body_id, replace(style, language=MinutesLanguage.ES))
    timed_comment(services, meeting_id)
    text = printed(services, meeting_id)
    assert "Intervinieron once residentes; la presidencia limitó las intervenciones a tres minutos." in text
    assert "Amy Bookbinder de Leeds — cedió su tiempo a Emma Roderick" in text


def test_durations_and_numbers_follow_each_language() -> None:
    en, es, fr = Words("en"), Words("es"), Words("fr")
    assert [en.duration(s) for s in (60, 180, 90, 150, 30)] == [
        "one minute",
        "three minutes",
        "one minute and 30 seconds",
        "two minutes and 30 seconds",
        "30 seconds",
    ]
    assert (es.duration(60), fr.duration(60), fr.duration(61)) == (
        "un minuto",
        "une minute",
        "une minute et une seconde",
    )
    assert (en.number(12), en.number(13), fr.number(11)) == ("twelve", "13", "onze")


def test_untimed_speakers_print_no_limit_sentence(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = services.agenda.add_item(meeting_id, "Public comment").id
    services.speakers.add_speaker(item_id, "Amy Bookbinder", residence="Leeds")
    services.speakers.set_time_limit(
        services.meetings.get_meeting(meeting_id).body_id, SpeakerKind.PUBLIC_COMMENT, 180
    )
    assert "limited comment" not in printed(services, meeting_id)  # never timed: no limit applied


def approve(services: Services, meeting_id: int) -> None:
    meeting = services.meetings.get_meeting(meeting_id)
    later = services.meetings.create_meeting(meeting.body_id, meeting.scheduled_start + timedelta(days=14))
    services.approvals.approve(meeting_id, at_meeting_id=later.id)


def test_a_later_change_of_the_bodys_limit_leaves_the_minutes_as_they_were(
    demo: tuple[Services, int], db_path: Path
) -> None:
    services, meeting_id = demo
    timed_comment(services, meeting_id)
    body_id = services.meetings.get_meeting(meeting_id).body_id
    # Frozen with the speakers when they were timed: a change before approval does not move it…
    services.speakers.set_time_limit(body_id, SpeakerKind.PUBLIC_COMMENT, 240)
    assert "limited comment to three minutes." in printed(services, meeting_id)
    approve(services, meeting_id)
    approved = printed(services, meeting_id)
    # …nor one after it.
    services.speakers.set_time_limit(body_id, SpeakerKind.PUBLIC_COMMENT, 120)
    services.speakers.set_time_limit(body_id, SpeakerKind.PUBLIC_COMMENT, None)
    assert printed(services, meeting_id) == approved
    assert "Eleven residents spoke; the chair limited comment to three minutes." in approved
    result = services.approvals.verify(meeting_id)
    assert result.ok and result.snapshot_format == 4, result.sentence
    # Format 4 fingerprints the frozen limit: changed past the triggers, it is tampering.
    with sqlite3.connect(db_path) as conn:
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='speaker'"
        ):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE speaker SET limit_seconds = 60 WHERE limit_seconds = 180")
    result = services.approvals.verify(meeting_id)
    assert result.status.value == "tampered"
    assert any(d.endswith("limit_seconds: 180 → 60") for d in result.differences), result.differences


def test_an_approval_made_before_frozen_limits_verifies_after_the_upgrade(
    services: Services, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Approved under format 3 on the schema before frozen limits (the real downgrade of 0014).
    checked = verify_after_upgrade(
        services, db_path, monkeypatch, old_format=3, revision="0013", gone=("speaker", "limit_seconds")
    )
    assert checked.ok and [(v.status.value, v.snapshot_format) for v in checked.meetings] == [("ok", 3)]


def test_a_yield_and_a_frozen_limit_travel_with_approved_minutes(tmp_path: Path) -> None:
    from councildesk.cli import main
    from councildesk.wiring import open_services

    db, fresh = str(tmp_path / "a.db"), str(tmp_path / "fresh.db")
    assert main(["--db", db, "demo"]) == 0
    services = open_services(Path(db))
    try:
        timed_comment(services, 2)
    finally:
        services.db.close()
    assert main(["--db", db, "approve", "2", "--at", "3", "--on", "2011-09-01"]) == 0
    assert main(["--db", db, "export", "ocd", str(tmp_path / "ocd")]) == 0
    assert main(["--db", fresh, "init"]) == 0
    assert main(["--db", fresh, "import", "ocd", str(tmp_path / "ocd")]) == 0
    # The snapshot names the speaker yielded to by the export's key, read back as the new row's id.
    assert main(["--db", fresh, "verify", "--all"]) == 0
    with sqlite3.connect(fresh) as conn:
        rows = conn.execute(
            "SELECT s.limit_seconds, t.name FROM speaker s JOIN speaker t ON t.id = s.yielded_to_id"
        ).fetchall()
    assert rows == [(180, "Emma Roderick")]
