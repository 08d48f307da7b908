"""Times live or afterwards: typed times, the default stamp of a meeting typed in later, and time warnings."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from councildesk.domain.enums import AttendanceStatus
from councildesk.domain.errors import UserError
from councildesk.domain.meeting_times import (
    TimedEntry,
    TimeKind,
    next_stamp,
    on_meeting_day,
    parse_time_of_day,
    time_warnings,
)
from councildesk.services.container import Services
from tests.builders import DAY, small_council

# -- domain ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("17:30", time(17, 30)),
        ("5:30 pm", time(17, 30)),
        ("6:43 p.m.", time(18, 43)),
        ("12:05 am", time(0, 5)),
        ("1843", time(18, 43)),
        ("9", time(9, 0)),
        ("18.43", time(18, 43)),
    ],
)
def test_typed_times_are_read_as_clerks_write_them(typed: str, expected: time) -> None:
    assert parse_time_of_day(typed) == expected


@pytest.mark.parametrize("typed", ["", "25:00", "13:00 pm", "half past five", "17:61"])
def test_a_time_that_is_not_one_is_one_sentence(typed: str) -> None:
    with pytest.raises(UserError, match="not a time of day"):
        parse_time_of_day(typed)


def test_a_time_after_midnight_belongs_to_the_next_day() -> None:
    called = datetime(2017, 2, 28, 19, 0)
    assert on_meeting_day(date(2017, 2, 28), "00:15", not_before=called) == datetime(2017, 3, 1, 0, 15)
    assert on_meeting_day(date(2017, 2, 28), "18:43", not_before=called) == datetime(2017, 2, 28, 18, 43)


def test_live_stamps_take_the_clock_and_afterwards_ones_move_on_from_the_scheduled_start() -> None:
    start = datetime(2017, 2, 28, 17, 30)
    clock = datetime(2026, 12, 1, 19, 57, 12, 5)
    assert next_stamp(start, None, clock) == start
    assert next_stamp(start, datetime(2017, 2, 28, 17, 30), clock) == datetime(2017, 2, 28, 17, 31)
    assert next_stamp(start, datetime(2017, 2, 28, 17, 0), clock) == start  # an arrival before the start
    live = datetime(2017, 2, 28, 17, 41, 9, 77)
    assert next_stamp(start, datetime(2017, 2, 28, 17, 50), live) == datetime(2017, 2, 28, 17, 41, 9)


def test_times_outside_the_meeting_or_out_of_order_are_warned_about() -> None:
    day = date(2017, 2, 28)
    called, adjourned = datetime(2017, 2, 28, 17, 30), datetime(2017, 2, 28, 18, 43)
    entries = [
        TimedEntry("Motion A", datetime(2017, 2, 28, 17, 40)),
        TimedEntry("Vote on A", datetime(2017, 2, 28, 17, 35)),
        TimedEntry("Vote on B", datetime(2026, 12, 1, 19, 57)),
        TimedEntry("Ann arrives", datetime(2017, 2, 28, 17, 20), in_sequence=False),
    ]
    warnings = time_warnings(day, called, adjourned, entries)
    assert warnings == [
        "Vote on A at 17:35 is out of order: it comes after motion A at 17:40.",
        "Vote on B at 19:57 on 2026-12-01 is after the adjournment at 18:43.",
        "Ann arrives at 17:20 is before the call to order at 17:30.",
    ]
    assert time_warnings(day, called, adjourned, entries[:1]) == []


# -- services --------------------------------------------------------------------------


def test_a_meeting_typed_in_afterwards_is_stamped_from_its_scheduled_start(services: Services) -> None:
    """Before, every stamp took the computer's clock: a 2024 meeting was "called to order" today."""
    c = small_council(services)
    meeting = services.meetings.call_to_order(c.meeting_id)
    assert meeting.called_to_order_at == DAY
    motion = services.motions.make_motion(c.item_id, "To approve", mover_id=c.a, seconder_id=c.b)
    assert motion.made_at == datetime(2024, 3, 5, 19, 1)
    vote = services.votes.record_unanimous(motion.id)
    assert vote.taken_at == datetime(2024, 3, 5, 19, 2)
    item = services.agenda.mark_started(c.item_id)
    assert item.started_at == datetime(2024, 3, 5, 19, 3)
    assert services.meetings.adjourn(c.meeting_id).adjourned_at == datetime(2024, 3, 5, 19, 4)
    assert services.meetings.adjourn(c.meeting_id, datetime(2024, 3, 5, 20, 15)).adjourned_at == datetime(
        2024, 3, 5, 20, 15
    )


def test_a_member_who_left_still_votes_on_a_record_typed_in_the_next_day(services: Services) -> None:
    """The clock of the morning after must not judge who was in the room (the meeting is "in progress")."""
    c = small_council(services)
    services.meetings.call_to_order(c.meeting_id, DAY)
    services.meetings.set_attendance(
        c.meeting_id,
        c.c,
        AttendanceStatus.PRESENT,
        left_at=datetime(2024, 3, 5, 22, 0),
    )
    motion = services.motions.make_motion(c.item_id, "To approve", mover_id=c.a, seconder_id=c.c)
    vote = services.votes.record_unanimous(motion.id)
    assert vote.tally.yes == 3


def test_times_are_corrected_one_by_one_and_odd_ones_are_warned_about(services: Services) -> None:
    c = small_council(services)
    services.meetings.call_to_order(c.meeting_id, datetime(2024, 3, 5, 19, 0))
    motion = services.motions.make_motion(c.item_id, "To approve", mover_id=c.a, seconder_id=c.b)
    vote = services.votes.record_unanimous(motion.id, taken_at=datetime(2031, 1, 1, 9, 0))
    services.meetings.adjourn(c.meeting_id, datetime(2024, 3, 5, 20, 0))
    warnings = services.times.warnings(c.meeting_id)
    assert warnings == [
        'Item 1: vote on "To approve" at 09:00 on 2031-01-01 is after the adjournment at 20:00.'
    ]
    row = services.times.set_time(TimeKind.VOTE, vote.id, datetime(2024, 3, 5, 19, 20))
    assert row.at == datetime(2024, 3, 5, 19, 20)
    assert services.times.warnings(c.meeting_id) == []
    kinds = [r.kind for r in services.times.timeline(c.meeting_id)]
    assert kinds == [
        TimeKind.CALL_TO_ORDER,
        TimeKind.ITEM_START,
        TimeKind.MOTION,
        TimeKind.VOTE,
        TimeKind.ADJOURNMENT,
    ]
    with pytest.raises(UserError, match="called to order"):
        other = services.meetings.create_meeting(c.body_id, DAY)
        services.times.set_time(TimeKind.ADJOURNMENT, other.id, DAY)
    entry = services.audit.entries(entity="vote", entity_id=vote.id)[0]
    assert entry.action == "update" and "19:20" in (entry.after or "")


def test_an_import_with_a_vote_years_after_the_adjournment_warns(services: Services, tmp_path: Path) -> None:
    """Before, such an import gave no warning and the minutes contradicted themselves."""
    from councildesk.db.engine import open_database
    from councildesk.services.exchange_records import ParsedImport

    c = small_council(services)
    services.meetings.call_to_order(c.meeting_id, datetime(2024, 3, 5, 19, 0))
    motion = services.motions.make_motion(c.item_id, "To repave", mover_id=c.a, seconder_id=c.b)
    services.votes.record_unanimous(motion.id, taken_at=datetime(2024, 3, 5, 19, 30))
    services.meetings.adjourn(c.meeting_id, datetime(2024, 3, 5, 20, 0))
    recs = services.exchange.records("ocd")
    for rec in recs:
        if rec.table == "vote":
            rec.values["taken_at"] = "2031-06-01T10:00:00"
    target_db = open_database(tmp_path / "target.db")
    try:
        preview = Services(target_db).exchange.apply(ParsedImport(recs, "ocd", "votes.json"), dry_run=True)
    finally:
        target_db.close()
    (warning,) = preview.warnings
    assert warning == (
        'meeting of 2024-03-05: Item 1: vote on "To repave" at 10:00 on 2031-06-01 '
        "is after the adjournment at 20:00."
    )
