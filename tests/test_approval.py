"""Approving minutes: refusals, the lock, the fingerprint, tamper detection and corrections."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from councildesk.cli import main
from councildesk.domain.enums import AgendaItemKind, ApprovalManner, MatterStatus, MinutesStatus
from councildesk.domain.errors import LockedError, UserError
from councildesk.reports.minutes import minutes_pdf
from councildesk.services.approval_service import VerificationStatus
from councildesk.services.container import Services
from councildesk.services.minutes_snapshot import canonical_json, fingerprint
from councildesk.services.snapshot_format import CURRENT_FORMAT
from councildesk.services.stored_facts import stored_facts
from tests.helpers import table_dump
from tests.minutes_helpers import page_texts, pdf_text

FOUR_AUGUST, SEPT = 1, 3


def _drop_triggers(db_path: Path, table: str) -> sqlite3.Connection:
    conn = sqlite3.connect(db_path)
    names = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name=?", (table,))
    ]
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
    return conn


def test_demo_has_approved_and_locked_four_august_minutes_linked_to_the_vote(
    demo: tuple[Services, int],
) -> None:
    services, seed = demo
    approval = services.approvals.approval(FOUR_AUGUST)
    assert approval is not None
    assert approval.approving_meeting_id == seed
    assert approval.manner is ApprovalManner.AS_READ
    assert approval.approved_on == date(2011, 8, 18)
    approval_item = next(
        e for e in services.records.load(seed).items if e.item.kind is AgendaItemKind.APPROVAL_OF_MINUTES
    )
    assert approval.approving_vote_id == approval_item.motions[0].votes[0].id
    assert services.meetings.get_meeting(FOUR_AUGUST).minutes_status is MinutesStatus.APPROVED
    assert services.approvals.verify(FOUR_AUGUST).status is VerificationStatus.OK
    with services.db.reading() as s:
        record = services.records.load(FOUR_AUGUST)
        assert approval.sha256 == fingerprint(canonical_json(record, CURRENT_FORMAT, stored_facts(s, record)))


def test_approval_locks_the_meeting_in_services_and_database(
    demo: tuple[Services, int], db_path: Path
) -> None:
    services, seed = demo
    services.approvals.approve(seed, at_meeting_id=SEPT, manner=ApprovalManner.AS_CORRECTED)
    before = table_dump(services.db)
    item = services.agenda.list_items(seed)[0]
    with pytest.raises(LockedError, match="approved and locked"):
        services.agenda.update_item(item.id, title="Changed")
    with pytest.raises(LockedError):
        services.meetings.update_meeting(seed, location="Elsewhere")
    with pytest.raises(LockedError):
        services.agenda.add_item(seed, "Late item")
    with sqlite3.connect(db_path) as conn, pytest.raises(sqlite3.DatabaseError, match="approved and locked"):
        conn.execute("UPDATE ballot SET option = 'no' WHERE vote_id IN (SELECT id FROM vote)")
    assert table_dump(services.db) == before


def test_approval_refuses_an_already_approved_meeting(demo: tuple[Services, int]) -> None:
    services, _ = demo
    before = table_dump(services.db)
    with pytest.raises(UserError, match="already approved; record a correction instead"):
        services.approvals.approve(FOUR_AUGUST, at_meeting_id=SEPT)
    assert table_dump(services.db) == before


@pytest.mark.parametrize("approving", [FOUR_AUGUST, 2])
def test_approval_refuses_an_earlier_or_the_same_meeting(demo: tuple[Services, int], approving: int) -> None:
    services, seed = demo
    before = table_dump(services.db)
    with pytest.raises(UserError, match="can only be approved at a later meeting"):
        services.approvals.approve(seed, at_meeting_id=approving)
    assert table_dump(services.db) == before


def test_approval_refuses_bad_inputs_and_changes_nothing(demo: tuple[Services, int]) -> None:
    services, seed = demo
    council = services.bodies.list_bodies()[0]
    other_body = services.bodies.create_body("Planning Board", 5)
    later_elsewhere = services.meetings.create_meeting(other_body.id, datetime(2011, 10, 1, 19))
    open_meeting = services.meetings.create_meeting(council.id, datetime(2011, 9, 15, 19))
    failed_vote = services.records.load(SEPT).items[-1].motions[0].votes[0]
    before = table_dump(services.db)
    cases = [
        (dict(meeting_id=seed, at_meeting_id=later_elsewhere.id), "same body"),
        (dict(meeting_id=open_meeting.id, at_meeting_id=SEPT), "has not been adjourned"),
        (dict(meeting_id=seed, at_meeting_id=SEPT, on=date(2011, 8, 30)), "is before the approving meeting"),
        (dict(meeting_id=seed, at_meeting_id=SEPT, approving_vote_id=failed_vote.id), "did not pass"),
        (
            dict(meeting_id=seed, at_meeting_id=open_meeting.id, approving_vote_id=failed_vote.id),
            "was not taken at",
        ),
        (dict(meeting_id=999, at_meeting_id=SEPT), "There is no meeting 999"),
    ]
    for kwargs, message in cases:
        meeting_id = kwargs.pop("meeting_id")
        with pytest.raises(UserError, match=message):
            services.approvals.approve(meeting_id, **kwargs)  # type: ignore[arg-type]
    assert table_dump(services.db) == before


def test_verify_catches_a_ballot_changed_directly_in_the_file(
    demo: tuple[Services, int], db_path: Path
) -> None:
    services, _ = demo
    conn = _drop_triggers(db_path, "ballot")
    with conn:
        changed = conn.execute(
            "UPDATE ballot SET option = 'yes' WHERE option = 'no' AND vote_id IN (SELECT v.id FROM vote v "
            "JOIN motion m ON m.id = v.motion_id JOIN agenda_item a ON a.id = m.agenda_item_id "
            "WHERE a.meeting_id = ?)",
            (FOUR_AUGUST,),
        ).rowcount
    conn.close()
    assert changed == 1
    result = services.approvals.verify(FOUR_AUGUST)
    assert result.status is VerificationStatus.TAMPERED
    assert result.sentence.startswith("TAMPERED")
    assert (
        "item 1.1 › motion 1 › vote 1 › ballot of Ward 1 Councilor › option: 'no' → 'yes'"
        in result.differences
    )
    assert result.approved_sha256 != result.current_sha256
    # The minutes printed from the altered records say so at the top.
    assert "have changed since approval; this copy shows the minutes as approved" in pdf_text(
        minutes_pdf(services.minutes.minutes(FOUR_AUGUST))
    )


def test_verify_catches_matter_text_edited_in_the_file(demo: tuple[Services, int], db_path: Path) -> None:
    services, _ = demo
    with sqlite3.connect(db_path) as conn:  # matters are not trigger-locked: they span meetings
        conn.execute("UPDATE matter SET title = 'Something else' WHERE identifier = 'O-11-021'")
    result = services.approvals.verify(FOUR_AUGUST)
    assert result.status is VerificationStatus.TAMPERED
    assert result.differences == (
        "item 1.1 › matter › title: 'Order to accept a sample road-repair grant' → 'Something else'",
    )


def test_verify_catches_a_rewritten_snapshot_or_status(demo: tuple[Services, int], db_path: Path) -> None:
    services, _ = demo
    conn = _drop_triggers(db_path, "minutes_approval")
    with conn:
        conn.execute("UPDATE minutes_approval SET snapshot = snapshot || ' '")
    conn.close()
    assert "stored approved snapshot" in services.approvals.verify(FOUR_AUGUST).sentence
    conn = _drop_triggers(db_path, "meeting")
    with conn:
        conn.execute("UPDATE meeting SET minutes_status = 'draft' WHERE id = ?", (FOUR_AUGUST,))
    conn.close()
    assert "no longer marked approved" in services.approvals.verify(FOUR_AUGUST).sentence


def test_matters_in_approved_minutes_keep_their_text_and_sponsors(demo: tuple[Services, int]) -> None:
    services, _ = demo
    matter = services.matters.find_matters("O-11-021")[0]
    before = table_dump(services.db)
    with pytest.raises(LockedError, match="appears in the approved minutes of 4 August 2011"):
        services.matters.update_matter(matter.id, full_text="New text")
    with pytest.raises(LockedError, match="sponsors cannot change"):
        services.matters.set_sponsors(matter.id, None, [])
    assert table_dump(services.db) == before
    # Its status can still move on at later meetings, and that does not disturb the fingerprint.
    services.matters.update_matter(matter.id, status=MatterStatus.ADOPTED)
    assert services.approvals.verify(FOUR_AUGUST).ok


def test_corrections_are_listed_logged_and_never_change_the_fingerprint(demo: tuple[Services, int]) -> None:
    services, _ = demo
    approved = services.approvals.approval(FOUR_AUGUST)
    assert approved is not None
    item = services.agenda.list_items(FOUR_AUGUST)[1]
    correction = services.approvals.record_correction(
        FOUR_AUGUST,
        reason="The grant amount was misstated",
        before="a sample road-repair grant",
        after="a sample road-repair grant of $40,000",
        made_on=date(2011, 9, 1),
        agenda_item_id=item.id,
    )
    assert services.approvals.approval(FOUR_AUGUST) == approved
    assert services.approvals.verify(FOUR_AUGUST).ok
    entries = services.audit.entries(entity="correction", entity_id=correction.id)
    assert entries and "misstated" in (entries[0].after or "")
    pages = page_texts(minutes_pdf(services.minutes.minutes(FOUR_AUGUST), invariant=True))
    text = " ".join(pages)
    assert "Correction 1 (recorded 1 September 2011): this entry was corrected after approval" in text
    assert "Corrections after approval" in text
    assert "Reason: The grant amount was misstated" in text
    assert "As approved: a sample road-repair grant" in text
    assert "Corrected to read: a sample road-repair grant of $40,000" in text
    for page in pages:
        assert approved.sha256 in page


def test_corrections_are_refused_for_drafts_and_bad_input(demo: tuple[Services, int]) -> None:
    services, seed = demo
    before = table_dump(services.db)
    with pytest.raises(UserError, match="still a draft"):
        services.approvals.record_correction(seed, reason="x", before="a", after="b")
    with pytest.raises(UserError, match="reason for the correction cannot be empty"):
        services.approvals.record_correction(FOUR_AUGUST, reason="  ", before="a", after="b")
    with pytest.raises(UserError, match="before the approval"):
        services.approvals.record_correction(
            FOUR_AUGUST, reason="x", before="a", after="b", made_on=date(2011, 8, 1)
        )
    with pytest.raises(UserError, match="is not part of the meeting"):
        item = services.agenda.list_items(seed)[0]
        services.approvals.record_correction(
            FOUR_AUGUST, reason="x", before="a", after="b", agenda_item_id=item.id
        )
    assert table_dump(services.db) == before


def test_fingerprint_is_stable_across_reopening(demo: tuple[Services, int], db_path: Path) -> None:
    from councildesk.db.engine import open_database

    services, _ = demo
    first = canonical_json(services.records.load(FOUR_AUGUST), 1)
    services.db.close()
    with open_database(db_path) as db:
        assert canonical_json(Services(db).records.load(FOUR_AUGUST), 1) == first
        assert Services(db).approvals.verify(FOUR_AUGUST).ok


def test_cli_approve_verify_and_correct(
    demo: tuple[Services, int], db_path: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    services, seed = demo
    services.db.close()  # the command line opens the file itself
    db = str(db_path)
    assert main(["--db", db, "verify", str(seed)]) == 3
    assert main(["--db", db, "approve", str(seed), "--at", str(FOUR_AUGUST)]) == 1
    assert "later meeting" in capsys.readouterr().err
    assert main(["--db", db, "approve", str(seed), "--at", str(SEPT), "--as-corrected"]) == 0
    assert "now locked" in capsys.readouterr().out
    assert main(["--db", db, "verify", str(seed)]) == 0
    assert capsys.readouterr().out.startswith("OK:")
    assert (
        main(
            [
                "--db",
                db,
                "correct",
                str(seed),
                "--reason",
                "Spelling",
                "--before",
                "Sienkewicz",
                "--after",
                "Sienkiewicz",
                "--on",
                "2011-09-02",
            ]
        )
        == 0
    )
    out = tmp_path / "minutes.pdf"
    assert main(["--db", db, "minutes", str(seed), "-o", str(out), "--paper", "a4"]) == 0
    assert "Corrected to read: Sienkiewicz" in pdf_text(out.read_bytes())
    assert main(["--db", db, "agenda", str(seed), "-o", str(tmp_path / "agenda.pdf")]) == 0
    assert "Agenda — Regular Meeting" in pdf_text((tmp_path / "agenda.pdf").read_bytes())
    assert main(["--db", db, "minutes", str(seed), "-o", str(tmp_path / "no" / "such.pdf")]) == 1
    assert "does not exist" in capsys.readouterr().err
    conn = _drop_triggers(db_path, "speaker")
    with conn:
        conn.execute("UPDATE speaker SET name = 'Someone Else' WHERE name = 'Amy Bookbinder'")
    conn.close()
    capsys.readouterr()
    assert main(["--db", db, "verify", str(seed)]) == 1
    out_text = capsys.readouterr().out
    assert out_text.startswith("TAMPERED")
    assert "'Amy Bookbinder' → 'Someone Else'" in out_text


def test_snapshot_round_trips_to_the_same_record(demo: tuple[Services, int]) -> None:
    from councildesk.services.minutes_snapshot import record_from_snapshot

    services, _ = demo
    for meeting_id in (FOUR_AUGUST, 2, SEPT):
        record = services.records.load(meeting_id)
        assert record_from_snapshot(canonical_json(record, 1), record) == record


def test_approved_minutes_print_as_approved_after_a_shared_record_changes(demo: tuple[Services, int]) -> None:
    services, _ = demo
    schwartz = services.people.find_by_name("Pamela Schwartz")
    assert schwartz is not None
    services.people.update_person(schwartz.id, display_name="Pamela Schwartz-Renamed")
    text = pdf_text(minutes_pdf(services.minutes.minutes(FOUR_AUGUST), invariant=True))
    assert "Pamela Schwartz (Ward 4)" in text and "Renamed" not in text
    # A rename in People is not a change to these minutes: no warning on the page, and Verify
    # reports it as its own status, never as tampering.
    assert "changed since approval" not in text
    result = services.approvals.verify(FOUR_AUGUST)
    assert result.status is VerificationStatus.RENAMED
    assert result.renamed == ("person 'Pamela Schwartz' → 'Pamela Schwartz-Renamed'",)
