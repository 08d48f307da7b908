"""The fingerprint of approved minutes means one thing forever: a pinned format 1, verified per approval."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from councildesk.cli import main
from councildesk.db.engine import open_database
from councildesk.db.migrate import alembic_config, head_revision
from councildesk.domain.enums import BallotOption
from councildesk.domain.errors import UserError
from councildesk.reports.minutes import minutes_pdf
from councildesk.services.approval_service import VerificationStatus, latest_approval
from councildesk.services.approved_minutes import Agreement, compare_with_snapshot
from councildesk.services.container import Services
from councildesk.services.dto import BallotDTO, MeetingRecord, MotionDTO
from councildesk.services.snapshot_format import V1_FIELDS, canonical_json, fingerprint
from tests.fingerprint_record import hand_built_record
from tests.minutes_helpers import pdf_text

FOUR_AUGUST, SEPT = 1, 3

# SHA-256 of format 1's canonical bytes for the hand-built record. It was computed with the code
# that approved minutes before formats were numbered, so it also pins that format 1 is that code.
GOLDEN_V1 = "fe56b1690d7c86a064e584602ede19fb74100404b1b7e4dde4452376fbbb6cf9"

# What format 1 knowingly leaves out of today's DTOs (see snapshot_format.LEFT_OUT_V1).
NOT_IN_FORMAT_1 = {
    "MeetingRecord": {"approvals", "corrections"},
    "MeetingDTO": {"status", "minutes_status", "row_version"},  # row_version: see SpeakerDTO
    "MatterDTO": {"status"},
    "AgendaItemDTO": {"row_version"},  # a counter for concurrent edits, not content
    "AttendanceDTO": {"row_version"},
    "MotionDTO": {"row_version"},
    "BodyDTO": {"row_version"},
    "SponsorDTO": {"sponsorship_id", "row_version"},  # which row, and its version: see SpeakerDTO
    # A ballot imported as 'other' is in the minutes as its ballot (option and note, which every
    # format covers); its count is only those ballots counted again.
    "Tally": {"other"},
    # A linked document's address: printed since format 3, which covers it.
    "DocumentDTO": {"url"},
    # How a speaker signed up: kept for the desk and the display, never printed. To whom they
    # yielded and the limit that applied: printed since format 4, which covers them. The row's
    # version is a counter for concurrent edits, not content.
    "SpeakerDTO": {"sign_up", "yielded_to_id", "limit_seconds", "row_version"},
}


@dataclass(frozen=True)
class NotedMotion(MotionDTO):
    """MotionDTO as it would be after gaining a field: the change the old fingerprint broke on."""

    note: str = ""


@dataclass(frozen=True)
class WeightedBallot(BallotDTO):
    weight: int = 1


def _grown(record: MeetingRecord, note: str = "added after approval") -> MeetingRecord:
    """`record` with every motion and ballot carrying a field format 1 has never heard of."""

    def motion(m: MotionDTO) -> NotedMotion:
        votes = tuple(
            replace(v, ballots=tuple(WeightedBallot(**_values(b), weight=2) for b in v.ballots))
            for v in m.votes
        )
        return NotedMotion(**{**_values(m), "votes": votes}, note=note)

    items = tuple(replace(e, motions=tuple(motion(m) for m in e.motions)) for e in record.items)
    return replace(record, items=items)


def _values(dto: object) -> dict[str, object]:
    # A shallow copy of a DTO's fields (asdict would turn nested DTOs into dicts).
    return {f.name: getattr(dto, f.name) for f in dataclasses.fields(dto)}  # type: ignore[arg-type]


def test_golden_fingerprint_of_a_hand_built_record() -> None:
    text = canonical_json(hand_built_record(), 1)
    assert fingerprint(text) == GOLDEN_V1
    assert text.startswith('{"format":1,"minutes":{"attendance":[')
    # The approval state, approvals, corrections and the matter's later status stay out.
    for left_out in ('"approvals"', '"corrections"', '"minutes_status"', '"adopted","title":"Order'):
        assert left_out not in text
    assert "€40,000" in text and "“in good time”" in text  # UTF-8 kept, not escaped


def test_a_field_added_to_a_dto_leaves_the_format_1_fingerprint_unchanged() -> None:
    record = hand_built_record()
    grown = _grown(record)
    assert isinstance(grown.items[0].motions[0], NotedMotion)
    assert fingerprint(canonical_json(grown, 1)) == GOLDEN_V1
    # …while a field format 1 does cover still counts, so the test above can fail.
    motion = grown.items[0].motions[0]
    reworded = replace(grown, items=(replace(grown.items[0], motions=(replace(motion, text="Other"),)),))
    assert fingerprint(canonical_json(reworded, 1)) != GOLDEN_V1


def test_every_dto_field_is_in_format_1_or_knowingly_left_out() -> None:
    """A DTO that gains a field fails here, asking for a decision: format 1 ignores the field (old
    approvals keep verifying); to fingerprint it, add format 2 to snapshot_format.FORMATS."""
    for cls, covered in V1_FIELDS.items():
        fields = {f.name for f in dataclasses.fields(cls)}
        assert set(covered) <= fields, f"{cls.__name__} lost a field format 1 names"
        left_out = NOT_IN_FORMAT_1.get(cls.__name__, set())
        assert fields - set(covered) == left_out, (
            f"{cls.__name__} gained {sorted(fields - set(covered) - left_out)}"
        )


def test_an_approval_made_under_format_1_verifies_ok_after_the_dtos_gain_fields(
    demo: tuple[Services, int],
) -> None:
    services, _ = demo
    # The demo approves under the current format; a format-1 approval of the same record is this.
    version = 1
    snapshot = canonical_json(services.records.load(FOUR_AUGUST), version)
    sha = fingerprint(snapshot)
    grown = _grown(services.records.load(FOUR_AUGUST))
    assert compare_with_snapshot(snapshot, sha, version, grown).agreement is Agreement.SAME
    # A changed ballot in the grown record is still caught, named by its path.
    item = next(e for e in grown.items if e.motions and e.motions[0].votes)
    vote = item.motions[0].votes[0]
    was = vote.ballots[0].option
    flipped = replace(
        vote.ballots[0], option=BallotOption.NO if was is BallotOption.YES else BallotOption.YES
    )
    motion = replace(
        item.motions[0],
        votes=(replace(vote, ballots=(flipped, *vote.ballots[1:])), *item.motions[0].votes[1:]),
    )
    changed = replace(
        grown,
        items=tuple(replace(e, motions=(motion, *e.motions[1:])) if e is item else e for e in grown.items),
    )
    found = compare_with_snapshot(snapshot, sha, version, changed)
    assert found.agreement is Agreement.CHANGED
    option = f"option: {was.value!r} → {flipped.option.value!r}"
    expected = f"motion 1 › vote 1 › ballot of {flipped.person_name} › {option}"
    assert [line for line in found.differences if line.endswith(expected)] == list(found.differences)


def _printed(services: Services) -> bytes:
    """The approved minutes as printed, less the record chain head, which every logged change moves."""
    doc = services.minutes.minutes(FOUR_AUGUST)
    assert doc.approval is not None
    return minutes_pdf(replace(doc, approval=replace(doc.approval, chain_head="")), invariant=True)


def test_renaming_a_person_after_approval_is_reported_as_a_rename_not_tampering(
    demo: tuple[Services, int],
) -> None:
    services, _ = demo
    before = _printed(services)
    schwartz = services.people.find_by_name("Pamela Schwartz")
    assert schwartz is not None
    services.people.update_person(schwartz.id, display_name="Pamela Schwartz-Renamed")
    result = services.approvals.verify(FOUR_AUGUST)
    assert result.status is VerificationStatus.RENAMED
    assert result.text_intact and not result.ok
    assert result.sentence.startswith(
        "Approved text unchanged; 1 shared record renamed since approval: "
        "person 'Pamela Schwartz' → 'Pamela Schwartz-Renamed'."
    )
    assert result.renamed == ("person 'Pamela Schwartz' → 'Pamela Schwartz-Renamed'",)
    assert result.differences == ()
    # The approved minutes print exactly as before the rename: same bytes, no warning.
    assert _printed(services) == before


def test_renamed_person_body_and_seat_are_listed_and_the_printed_minutes_stay_the_same(
    demo: tuple[Services, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services, _ = demo
    before = _printed(services)
    council = services.bodies.list_bodies()[0]
    schwartz = services.people.find_by_name("Pamela Schwartz")
    sponsor = services.people.find_by_name("Ward 3 Councilor")  # sponsors a matter on the agenda
    assert schwartz is not None and sponsor is not None
    services.people.update_person(schwartz.id, display_name="Pam Schwartz")
    services.people.update_person(sponsor.id, title="Council President")
    services.bodies.update_body(council.id, name="City Council of Northampton")
    with sqlite3.connect(db_path) as conn:  # seats are not locked; another tool may rename one
        conn.execute("UPDATE post SET label = 'Ward Four' WHERE label = 'Ward 4'")
    result = services.approvals.verify(FOUR_AUGUST)
    assert result.status is VerificationStatus.RENAMED, result.sentence
    assert "4 shared records renamed since approval" in result.sentence
    assert set(result.renamed) == {
        "body 'Northampton City Council' → 'City Council of Northampton'",
        "person 'Pamela Schwartz' → 'Pam Schwartz'",
        f"person 'Ward 3 Councilor': title {sponsor.title!r} → 'Council President'",
        "seat 'Ward 4' → 'Ward Four'",
    }
    after = _printed(services)
    assert after == before
    assert "Pamela Schwartz (Ward 4)" in pdf_text(after) and "Ward Four" not in pdf_text(after)
    services.db.close()
    assert main(["--db", str(db_path), "verify", str(FOUR_AUGUST)]) == 4
    out = capsys.readouterr().out
    assert out.startswith("Approved text unchanged; 4 shared records renamed since approval:")
    assert "TAMPERED" not in out


def test_a_rename_beside_a_changed_ballot_is_still_tampered(
    demo: tuple[Services, int], db_path: Path
) -> None:
    services, _ = demo
    ward1 = services.people.find_by_name("Ward 1 Councilor")
    assert ward1 is not None
    services.people.update_person(ward1.id, display_name="Ward One Councilor")
    conn = sqlite3.connect(db_path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='ballot'"):
        conn.execute(f"DROP TRIGGER {name}")
    with conn:
        conn.execute("UPDATE ballot SET option = 'yes' WHERE option = 'no' AND person_id = ?", (ward1.id,))
    conn.close()
    result = services.approvals.verify(FOUR_AUGUST)
    assert result.status is VerificationStatus.TAMPERED
    # Named as approved, and only what the ballot changed: the rename is listed apart.
    assert result.differences == (
        "item 1.1 › motion 1 › vote 1 › ballot of Ward 1 Councilor › option: 'no' → 'yes'",
        "item 1.1 › motion 1 › vote 1 › tally › no: 1 → 0",
        "item 1.1 › motion 1 › vote 1 › tally › yes: 6 → 7",
    )
    assert (
        "Also 1 shared record renamed since approval: person 'Ward 1 Councilor' → 'Ward One Councilor'"
        in result.sentence
    )
    assert "have changed since approval" in pdf_text(minutes_pdf(services.minutes.minutes(FOUR_AUGUST)))


def test_approvals_from_before_format_numbers_upgrade_as_format_1_and_verify(
    services: Services, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from councildesk.sample.demo import load_demo
    from councildesk.services import approval_service

    # An older CouncilDesk approved under format 1 and wrote no snapshot_format column.
    monkeypatch.setattr(approval_service, "CURRENT_FORMAT", 1)
    load_demo(services)
    monkeypatch.undo()
    services.db.close()
    head = head_revision()
    with sqlite3.connect(db_path) as conn:
        conn.execute("ALTER TABLE minutes_approval DROP COLUMN snapshot_format")
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
    # The real migration 0003 adds the column; the later revisions are already in the file.
    engine = create_engine(f"sqlite:///{db_path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (head,))
    engine.dispose()
    with open_database(db_path, backup_dir=db_path.parent / "kept") as db:
        with db.reading() as s:
            approval = latest_approval(s, FOUR_AUGUST)
            assert approval is not None and approval.snapshot_format == 1
        result = Services(db).approvals.verify(FOUR_AUGUST)
        assert result.status is VerificationStatus.OK and result.snapshot_format == 1, result.sentence


def test_an_approval_in_a_format_this_version_does_not_know_is_refused_in_one_sentence(
    demo: tuple[Services, int], db_path: Path
) -> None:
    services, _ = demo
    conn = sqlite3.connect(db_path)
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='minutes_approval'"
    ):
        conn.execute(f"DROP TRIGGER {name}")
    with conn:
        conn.execute("UPDATE minutes_approval SET snapshot_format = 9")
    conn.close()
    with pytest.raises(UserError, match="approved with fingerprint format 9, which this version"):
        services.approvals.verify(FOUR_AUGUST)
