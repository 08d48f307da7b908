"""Motions and votes: every refusal names the problem and leaves the database exactly as it was."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from councildesk.db.engine import Database
from councildesk.domain.enums import (
    AttendanceStatus,
    BallotOption,
    MotionDisposition,
    MotionKind,
    ThresholdBase,
    ThresholdFraction,
    VoteMethod,
)
from councildesk.domain.enums import VoteResult as R
from councildesk.domain.errors import NotFoundError
from councildesk.domain.rules import Threshold
from councildesk.services.container import Services
from tests.builders import Council, small_council
from tests.helpers import refused, table_dump


@pytest.fixture
def council(services: Services) -> Council:
    return small_council(services)


@pytest.fixture
def motion_id(services: Services, council: Council) -> int:
    return services.motions.make_motion(
        council.item_id, "To repave Main Street.", mover_id=council.a, seconder_id=council.b
    ).id


# -- motions -------------------------------------------------------------------------------


def test_a_motion_records_mover_and_seconder(services: Services, council: Council) -> None:
    m = services.motions.make_motion(
        council.item_id, "  To adopt.  ", mover_id=council.a, seconder_id=council.c
    )
    assert (m.text, m.mover_name, m.seconder_name, m.disposition) == (
        "To adopt.",
        "Ann Able",
        "Cara Cole",
        MotionDisposition.PENDING,
    )
    amendment = services.motions.make_motion(
        council.item_id, "Strike 'Main'.", parent_motion_id=m.id, mover_id=council.b
    )
    assert amendment.kind.value == "amendment"
    assert [x.id for x in services.motions.list_motions(council.item_id)] == [m.id, amendment.id]


def test_motion_refusals(db: Database, services: Services, council: Council) -> None:
    make = services.motions.make_motion
    item = council.item_id
    refused(
        db,
        lambda: make(item, "X", mover_id=council.a, seconder_id=council.a),
        "The mover cannot also second the motion.",
    )
    refused(
        db,
        lambda: make(item, "X", mover_id=council.d),
        "Dan Dunn is not recorded as present and cannot be the mover.",
    )
    refused(
        db,
        lambda: make(item, "X", mover_id=council.a, seconder_id=council.e),
        "Eve Ellis is not recorded as present and cannot be the seconder.",
    )
    refused(
        db,
        lambda: make(item, "X", mover_id=council.outsider),
        "Olive Outsider is not a voting member of Testville Council and cannot be the mover.",
    )
    refused(
        db,
        lambda: make(item, "X", mover_id=council.clerk),
        "Carl Clerk is not a voting member of Testville Council and cannot be the mover.",
    )
    refused(db, lambda: make(item, "X", mover_id=999), "There is no person 999.", NotFoundError)
    refused(db, lambda: make(item, "   ", mover_id=council.a), "The motion's text cannot be empty.")
    refused(db, lambda: make(999, "X"), "There is no agenda item 999.", NotFoundError)
    refused(
        db, lambda: make(item, "X", kind=MotionKind.AMENDMENT), "Choose the motion this amendment amends."
    )


def test_motion_update_refusals(db: Database, services: Services, council: Council, motion_id: int) -> None:
    update = services.motions.update_motion
    refused(db, lambda: update(motion_id, seconder_id=council.a), "The mover cannot also second the motion.")
    refused(
        db,
        lambda: update(motion_id, mover_id=council.d),
        "Dan Dunn is not recorded as present and cannot be the mover.",
    )
    refused(db, lambda: update(999, text="X"), "There is no motion 999.", NotFoundError)
    updated = update(motion_id, seconder_id=council.c)
    assert updated.seconder_name == "Cara Cole"


# -- unanimous votes -----------------------------------------------------------------------


def test_unanimous_vote_stores_a_ballot_for_every_voting_member(
    services: Services, council: Council, motion_id: int
) -> None:
    vote = services.votes.record_unanimous(motion_id)
    options = {b.person_id: b.option for b in vote.ballots}
    assert options == {
        council.a: BallotOption.YES,
        council.b: BallotOption.YES,
        council.c: BallotOption.YES,
        council.d: BallotOption.ABSENT,
        council.e: BallotOption.EXCUSED,
    }  # the non-voting clerk gets no ballot
    assert [b.person_name for b in vote.ballots] == [
        "Ann Able",
        "Ben Baker",
        "Cara Cole",
        "Dan Dunn",
        "Eve Ellis",
    ]
    assert vote.unanimous and vote.result is R.PASS and vote.warning is None
    assert (vote.tally.yes, vote.tally.no, vote.tally.absent, vote.tally.excused) == (3, 0, 1, 1)
    assert vote.method is VoteMethod.UNANIMOUS_CONSENT
    assert services.votes.get_vote(vote.id) == vote  # what was returned is what was stored
    assert services.motions.get_motion(motion_id).disposition is MotionDisposition.ADOPTED


def test_unanimous_vote_needs_someone_present(
    db: Database, services: Services, council: Council, motion_id: int
) -> None:
    for pid in (council.a, council.b, council.c):
        services.meetings.set_attendance(council.meeting_id, pid, None)
    refused(
        db,
        lambda: services.votes.record_unanimous(motion_id),
        "Record attendance first: no voting member is marked present.",
    )


def test_seed_meeting_vote_is_nine_to_nothing(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    record = services.records.load(meeting_id)
    [resolution] = [e for e in record.items if e.matter is not None]
    [vote] = resolution.motions[0].votes
    assert len(vote.ballots) == 9 and vote.tally.yes == 9 and vote.unanimous


# -- roll calls ----------------------------------------------------------------------------


def _ballots(council: Council, **changes: Any) -> dict[int, Any]:
    ballots: dict[int, Any] = {
        council.a: "yes",
        council.b: "no",
        council.c: "yes",
        council.d: "absent",
        council.e: "excused",
    }
    for key, value in changes.items():
        ballots[getattr(council, key)] = value
    return ballots


def test_roll_call_records_each_member(services: Services, council: Council, motion_id: int) -> None:
    vote = services.votes.record_roll_call(motion_id, _ballots(council))
    assert vote.method is VoteMethod.ROLL_CALL
    assert (vote.tally.yes, vote.tally.no) == (2, 1)
    assert vote.result is vote.computed_result is R.PASS and not vote.unanimous
    again = services.votes.get_vote(vote.id)
    assert again == vote


def test_roll_call_refusals(db: Database, services: Services, council: Council, motion_id: int) -> None:
    roll = services.votes.record_roll_call
    missing = _ballots(council)
    del missing[council.b]
    refused(db, lambda: roll(motion_id, missing), "The roll call has no vote for Ben Baker.")
    refused(
        db,
        lambda: roll(motion_id, {**_ballots(council), 999: "yes"}),
        "There is no person 999.",
        NotFoundError,
    )
    refused(
        db,
        lambda: roll(motion_id, {**_ballots(council), council.outsider: "yes"}),
        "Olive Outsider is not a voting member of Testville Council on 5 March 2024 and cannot vote.",
    )
    refused(
        db,
        lambda: roll(motion_id, _ballots(council, d="yes")),
        "Dan Dunn is recorded as absent and cannot vote yes.",
    )
    refused(
        db,
        lambda: roll(motion_id, _ballots(council, e="no")),
        "Eve Ellis is recorded as excused and cannot vote no.",
    )
    refused(
        db, lambda: roll(motion_id, _ballots(council, c="recused")), "Give the reason Cara Cole is recused."
    )
    refused(
        db,
        lambda: roll(motion_id, _ballots(council, c=("recused", "  "))),
        "Give the reason Cara Cole is recused.",
    )
    refused(db, lambda: roll(motion_id, _ballots(council, c="maybe")), "'maybe' is not a ballot option.")
    refused(db, lambda: roll(999, _ballots(council)), "There is no motion 999.", NotFoundError)


def test_recusal_with_a_reason_leaves_the_present_base(
    services: Services, council: Council, motion_id: int
) -> None:
    vote = services.votes.record_roll_call(
        motion_id,
        _ballots(council, b=("recused", "Owns the paving company")),
        threshold=Threshold(ThresholdFraction.MAJORITY, ThresholdBase.PRESENT),
    )
    assert [b.note for b in vote.ballots if b.option is BallotOption.RECUSED] == ["Owns the paving company"]
    assert vote.result is R.PASS  # 2 of the 2 present and not recused


def test_a_second_vote_on_a_motion_is_refused(
    db: Database, services: Services, council: Council, motion_id: int
) -> None:
    services.votes.record_unanimous(motion_id)
    message = "This motion already has a recorded vote; delete that vote first to record it again."
    refused(db, lambda: services.votes.record_unanimous(motion_id), message)
    refused(db, lambda: services.votes.record_roll_call(motion_id, _ballots(council)), message)
    refused(db, lambda: services.votes.record_voice_vote(motion_id, 3, 0), message)


def test_delete_vote_reopens_the_motion(services: Services, council: Council, motion_id: int) -> None:
    vote = services.votes.record_roll_call(motion_id, _ballots(council, a="no", c="no"))
    assert services.motions.get_motion(motion_id).disposition is MotionDisposition.FAILED
    services.votes.delete_vote(vote.id)
    motion = services.motions.get_motion(motion_id)
    assert motion.disposition is MotionDisposition.PENDING and motion.votes == ()
    services.votes.record_unanimous(motion_id)


def test_deleting_the_vote_on_an_amended_motion_reopens_it(
    services: Services, council: Council, motion_id: int
) -> None:
    amendment = services.motions.make_motion(
        council.item_id, "Add 'and Elm'.", parent_motion_id=motion_id, mover_id=council.c
    )
    services.votes.record_voice_vote(amendment.id, 3, 0)
    vote = services.votes.record_unanimous(motion_id)
    assert services.motions.get_motion(motion_id).disposition is MotionDisposition.ADOPTED_AS_AMENDED
    services.votes.delete_vote(vote.id)
    assert services.motions.get_motion(motion_id).disposition is MotionDisposition.PENDING


# -- voice votes ---------------------------------------------------------------------------


def test_voice_vote_counts(db: Database, services: Services, council: Council, motion_id: int) -> None:
    voice = services.votes.record_voice_vote
    refused(db, lambda: voice(motion_id, 3, 1), "4 votes were counted but only 3 voting members are present.")
    refused(
        db, lambda: voice(motion_id, 2, 1, 1), "4 votes were counted but only 3 voting members are present."
    )
    refused(db, lambda: voice(motion_id, -1, 0), "Vote counts cannot be negative.")
    vote = voice(motion_id, 2, 1)
    assert (vote.tally.yes, vote.tally.no, vote.ballots, vote.result) == (2, 1, (), R.PASS)


# -- declared results ----------------------------------------------------------------------


def test_a_declared_result_that_disagrees_is_kept_and_explained(
    services: Services, council: Council, motion_id: int
) -> None:
    vote = services.votes.record_roll_call(
        motion_id,
        _ballots(council, a="no"),
        declared_result=R.PASS,
        threshold=Threshold(ThresholdFraction.TWO_THIRDS),
    )
    assert vote.result is R.PASS and vote.declared_result is R.PASS and vote.computed_result is R.FAIL
    assert vote.warning == (
        "The declared result (pass) disagrees with the arithmetic: "
        "1–2 under two thirds of votes cast is a fail."
    )
    assert services.motions.get_motion(motion_id).disposition is MotionDisposition.ADOPTED
    assert services.votes.get_vote(vote.id).warning == vote.warning


def test_a_declared_result_that_agrees_has_no_warning(
    services: Services, council: Council, motion_id: int
) -> None:
    vote = services.votes.record_voice_vote(motion_id, 1, 2, declared_result=R.FAIL)
    assert vote.result is R.FAIL and vote.warning is None


def test_preview_does_not_write(db: Database, services: Services, council: Council, motion_id: int) -> None:
    before = table_dump(db)
    tally, result = services.votes.preview(motion_id, _ballots(council))
    assert (tally.yes, tally.no, result) == (2, 1, R.PASS)
    assert table_dump(db) == before


# -- late arrivals and early departures ----------------------------------------------------


def test_members_who_left_or_had_not_arrived_do_not_vote(
    db: Database, services: Services, council: Council
) -> None:
    m = council.meeting_id
    services.meetings.call_to_order(m, datetime(2024, 3, 5, 19, 0))
    services.meetings.set_attendance(
        m, council.a, AttendanceStatus.PRESENT, left_at=datetime(2024, 3, 5, 20, 30)
    )
    services.meetings.set_attendance(
        m, council.c, AttendanceStatus.PRESENT, arrived_at=datetime(2024, 3, 5, 19, 45)
    )
    early, late = datetime(2024, 3, 5, 19, 30), datetime(2024, 3, 5, 21, 0)
    refused(
        db,
        lambda: services.motions.make_motion(council.item_id, "X", mover_id=council.a, made_at=late),
        "Ann Able left at 20:30 and cannot be the mover.",
    )
    refused(
        db,
        lambda: services.motions.make_motion(council.item_id, "X", mover_id=council.c, made_at=early),
        "Cara Cole arrived at 19:45 and cannot be the mover.",
    )
    first = services.motions.make_motion(council.item_id, "To adopt.", mover_id=council.b, made_at=early).id
    second = services.motions.make_motion(council.item_id, "To adjourn.", mover_id=council.b, made_at=late).id
    refused(
        db,
        lambda: services.votes.record_roll_call(second, _ballots(council), taken_at=late),
        "Ann Able left at 20:30 and cannot vote yes.",
    )
    refused(
        db,
        lambda: services.votes.record_voice_vote(second, 3, 0, taken_at=late),
        "3 votes were counted but only 2 voting members are present.",
    )
    vote = services.votes.record_unanimous(first, taken_at=early)
    assert {b.person_id: b.option.value for b in vote.ballots} == {
        council.a: "yes",
        council.b: "yes",
        council.c: "absent",
        council.d: "absent",
        council.e: "excused",
    }
    vote = services.votes.record_unanimous(second, taken_at=late)
    assert [b.person_id for b in vote.ballots if b.option is BallotOption.YES] == [council.b, council.c]


def test_without_a_time_after_the_meeting_nobody_is_dropped(services: Services, council: Council) -> None:
    """Typed in the next morning with no vote time: the departure time cannot be compared, so the
    attendance marks decide, as they did before times were recorded."""
    m = council.meeting_id
    services.meetings.set_attendance(
        m, council.a, AttendanceStatus.PRESENT, left_at=datetime(2024, 3, 5, 20, 30)
    )
    motion = services.motions.make_motion(council.item_id, "To adopt.", mover_id=council.a)
    assert services.motions.update_motion(motion.id, seconder_id=council.b).mover_name == "Ann Able"
    vote = services.votes.record_unanimous(motion.id)
    assert vote.tally.yes == 3
