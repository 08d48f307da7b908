"""The same service rules on SQLite and on PostgreSQL: length limits, stale edits, one vote per motion."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from councildesk.db.engine import open_database
from councildesk.domain.enums import AttendanceStatus, BallotOption, NumberingStyle, SpeakerKind
from councildesk.domain.errors import StaleEdit, UserError
from councildesk.domain.house_style import HouseStyle
from councildesk.domain.meeting_times import TimeKind
from councildesk.domain.minutes_language import MinutesLanguage
from councildesk.services.container import Services
from councildesk.services.dto import MatterDTO
from tests.builders import DAY, Council, small_council
from tests.helpers import refused, table_dump
from tests.pg_server import pg_admin_url, pg_url  # noqa: F401 - fixtures


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh SQLite file or a fresh PostgreSQL database (same tests, both backends)."""
    if request.param == "sqlite":
        return str(tmp_path / "council.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def services(target: str) -> Iterator[Services]:
    with open_database(target) as db:
        yield Services(db)


@pytest.fixture
def other_desk(target: str, services: Services) -> Iterator[Services]:
    """A second clerk's desk: on a server its own engine and connections; a SQLite file has one
    writer at a time (the lock file), so there the other change is another session of that writer."""
    if "://" not in target:
        yield Services(services.db)
        return
    with open_database(target) as db:
        yield Services(db)


@pytest.fixture
def council(services: Services) -> Council:
    return small_council(services)


def test_a_301_character_name_is_a_sentence_and_changes_nothing(services: Services) -> None:
    refused(
        services.db,
        lambda: services.people.create_person("N" * 301),
        "A person's name can be at most 300 characters long.",
    )


def test_a_10000_character_speaker_is_a_sentence_and_changes_nothing(
    services: Services, council: Council
) -> None:
    refused(
        services.db,
        lambda: services.speakers.add_speaker(council.item_id, "S" * 10_000),
        "The text of the speaker's name is 10,000 characters long; at most 300 fit. "
        "Shorten it or attach the full text as a document.",
    )


def test_a_10000_character_meeting_title_is_a_sentence(services: Services, council: Council) -> None:
    with pytest.raises(UserError, match="meeting's title is 10,000 characters long; at most 300 fit"):
        services.meetings.update_meeting(council.meeting_id, title="T" * 10_000)


def test_an_edit_from_an_outdated_copy_is_refused_naming_the_change(
    services: Services, council: Council
) -> None:
    seen = services.agenda.get_item(council.item_id)
    services.agenda.update_item(council.item_id, title="Order to repave Main Street and Elm Street")
    with pytest.raises(
        StaleEdit, match=r"changed this agenda item's title at \d\d:\d\d; your change was not saved\.$"
    ):
        services.agenda.update_item(
            council.item_id, title="Order to repave Main St.", expected_version=seen.row_version
        )
    assert services.agenda.get_item(council.item_id).title == "Order to repave Main Street and Elm Street"
    # From the copy as it is now, the same change goes through.
    current = services.agenda.get_item(council.item_id)
    services.agenda.update_item(
        council.item_id, title="Order to repave Main St.", expected_version=current.row_version
    )
    with pytest.raises(StaleEdit):
        services.agenda.delete_item(council.item_id, expected_version=current.row_version)


def test_renumbering_after_another_item_is_added_does_not_outdate_a_copy(
    services: Services, council: Council
) -> None:
    seen = services.agenda.get_item(council.item_id)
    services.agenda.add_item(council.meeting_id, "Moment of silence", position=0)
    assert services.agenda.get_item(council.item_id).number != seen.number
    services.agenda.update_item(council.item_id, title="Order to repave", expected_version=seen.row_version)


def test_a_second_roll_call_of_one_motion_is_a_sentence(services: Services, council: Council) -> None:
    motion = services.motions.make_motion(
        council.item_id, "To adopt", mover_id=council.a, seconder_id=council.b
    )
    ballots = {pid: BallotOption.YES for pid in (council.a, council.b, council.c)}
    ballots |= {council.d: BallotOption.ABSENT, council.e: BallotOption.EXCUSED}
    services.votes.record_roll_call(motion.id, ballots)
    refused(
        services.db,
        lambda: services.votes.record_roll_call(motion.id, ballots),
        "This motion already has a recorded vote; delete that vote first to record it again.",
    )


# Each kind of record a clerk edits in the meeting window: a change made from the copy one desk
# read, after the other desk changed that record, is refused naming the change, and changes nothing.
STALE = r"changed {what} at \d\d:\d\d; your change was not saved\.$"


def refused_as_stale(services: Services, call: Callable[[], object], what: str) -> None:
    """`call` raises StaleEdit naming `what` was changed (and when), and changes nothing at all."""
    before = table_dump(services.db)
    with pytest.raises(StaleEdit, match=STALE.format(what=what)):
        call()
    assert table_dump(services.db) == before


def test_meeting_details_edited_from_an_outdated_copy_are_refused(
    services: Services, other_desk: Services, council: Council
) -> None:
    seen = services.meetings.get_meeting(council.meeting_id)
    other_desk.meetings.update_meeting(council.meeting_id, location="Council Chamber, Room 200")
    refused_as_stale(
        services,
        lambda: services.meetings.update_meeting(
            council.meeting_id, title="Regular meeting", expected_version=seen.row_version
        ),
        "this meeting's location",
    )
    current = services.meetings.get_meeting(council.meeting_id)
    done = services.meetings.update_meeting(
        council.meeting_id, title="Regular meeting", expected_version=current.row_version
    )
    assert (done.title, done.location) == ("Regular meeting", "Council Chamber, Room 200")


def test_a_speaker_edited_from_an_outdated_copy_is_refused(
    services: Services, other_desk: Services, council: Council
) -> None:
    seen = services.speakers.add_speaker(council.item_id, "Amy Bookbinder")
    other_desk.speakers.update_speaker(seen.id, summary="Against the repaving")
    refused_as_stale(
        services,
        lambda: services.speakers.update_speaker(
            seen.id, residence="Leeds", expected_version=seen.row_version
        ),
        "this speaker's summary",
    )


def test_a_motion_edited_from_an_outdated_copy_is_refused(
    services: Services, other_desk: Services, council: Council
) -> None:
    seen = services.motions.make_motion(council.item_id, "To adopt", mover_id=council.a, seconder_id=None)
    other_desk.motions.update_motion(seen.id, text="To adopt as amended")
    refused_as_stale(
        services,
        lambda: services.motions.update_motion(
            seen.id, seconder_id=council.c, expected_version=seen.row_version
        ),
        "this motion's text",
    )


def test_attendance_recorded_at_another_desk_is_not_overwritten(
    services: Services, other_desk: Services, council: Council
) -> None:
    rows = {row.person_id: row for row in services.meetings.attendance(council.meeting_id)}
    absent = rows[council.d]  # recorded absent when the desk read the roll
    assert absent.row_version > 0 and rows[council.clerk].row_version == 0
    other_desk.meetings.set_attendance(council.meeting_id, council.d, AttendanceStatus.PRESENT)
    other_desk.meetings.set_attendance(council.meeting_id, council.clerk, AttendanceStatus.PRESENT)
    for person_id, row in ((council.d, absent), (council.clerk, rows[council.clerk])):
        # The second one the desk saw as not recorded: someone recording it since counts too.
        refused_as_stale(
            services,
            lambda person_id=person_id, version=row.row_version: services.meetings.set_attendance(
                council.meeting_id, person_id, AttendanceStatus.EXCUSED, expected_version=version
            ),
            "this .*",
        )


def test_a_person_edited_from_an_outdated_copy_is_refused(
    services: Services, other_desk: Services, council: Council
) -> None:
    seen = services.people.get_person(council.outsider)
    other_desk.people.update_person(council.outsider, title="Chief of Police")
    refused_as_stale(
        services,
        lambda: services.people.update_person(
            council.outsider, email="chief@testville.gov", expected_version=seen.row_version
        ),
        "this person's title",
    )


def versions(matter: MatterDTO) -> dict[tuple[str, int], int]:
    """The sponsorships as a desk read them, as the sponsor services take them."""
    return {("sponsorship", sp.sponsorship_id): sp.row_version for sp in matter.sponsors}


@pytest.fixture
def sponsored(services: Services, council: Council) -> MatterDTO:
    matter = services.matters.create_matter("R-24-001", "Repave Main Street")
    return services.matters.set_sponsors(matter.id, council.a, [council.b, council.c])


def test_sponsors_changed_at_another_desk_are_not_overwritten(
    services: Services, other_desk: Services, council: Council, sponsored: MatterDTO
) -> None:
    seen = versions(sponsored)
    other_desk.matters.make_primary(sponsored.id, council.c)  # Cara, primary now; Ann a co-sponsor
    for call in (
        lambda: services.matters.make_primary(sponsored.id, council.b, expected=seen),
        lambda: services.matters.add_sponsor(sponsored.id, council.d, primary=True, expected=seen),
        lambda: services.matters.remove_sponsor(sponsored.id, council.a, expected=seen),
        lambda: services.matters.add_new_sponsor(
            sponsored.id, "Pat Page", "Fire Chief", primary=True, expected=seen
        ),
    ):
        refused_as_stale(services, call, "this sponsor's role as primary or co-sponsor")
    # A co-sponsor added beside theirs touches none of their rows: it goes through.
    done = services.matters.add_sponsor(sponsored.id, council.d, expected=seen)
    assert [(sp.person_id, sp.is_primary) for sp in done.sponsors] == [
        (council.c, True),
        (council.a, False),
        (council.b, False),
        (council.d, False),
    ]


def test_a_sponsor_removed_at_another_desk_is_one_sentence_and_changes_nothing(
    services: Services, other_desk: Services, council: Council, sponsored: MatterDTO
) -> None:
    seen = versions(sponsored)
    other_desk.matters.remove_sponsor(sponsored.id, council.b)
    for call in (
        lambda: services.matters.remove_sponsor(sponsored.id, council.b, expected=seen),
        lambda: services.matters.make_primary(sponsored.id, council.b, expected=seen),
    ):
        before = table_dump(services.db)
        with pytest.raises(
            StaleEdit, match=r"removed this sponsor at \d\d:\d\d; your change was not saved\.$"
        ) as gone:
            call()
        assert gone.value.gone and table_dump(services.db) == before


def test_a_body_edited_from_an_outdated_copy_is_refused(
    services: Services, other_desk: Services, council: Council
) -> None:
    seen = services.bodies.get_body(council.body_id)
    other_desk.bodies.set_house_style(council.body_id, HouseStyle(language=MinutesLanguage.FR))
    refused_as_stale(
        services,
        lambda: services.bodies.update_body(
            council.body_id, name="Testville City Council", expected_version=seen.row_version
        ),
        "this body's minutes language",
    )
    current = services.bodies.get_body(council.body_id)
    services.bodies.update_body(
        council.body_id,
        name="Testville City Council",
        minutes_language=MinutesLanguage.EN,
        numbering_style=NumberingStyle.OUTLINE,
        expected_version=current.row_version,
    )
    assert services.bodies.house_style(council.body_id).language is MinutesLanguage.EN
    assert services.agenda.get_item(council.item_id).number == "I"  # the open meeting renumbered


def test_meeting_times_corrected_from_an_outdated_copy_are_refused_all_together(
    services: Services, other_desk: Services, council: Council
) -> None:
    services.meetings.call_to_order(council.meeting_id, DAY.replace(hour=19))
    motion = services.motions.make_motion(council.item_id, "To adopt", mover_id=council.a, seconder_id=None)
    rows = {row.kind: row for row in services.times.timeline(council.meeting_id)}
    seen = {(row.table, row.record_id): row.row_version for row in rows.values()}
    other_desk.times.set_time(TimeKind.MOTION, motion.id, DAY.replace(hour=19, minute=20))
    changes = [
        (TimeKind.CALL_TO_ORDER, council.meeting_id, DAY.replace(hour=19, minute=2)),
        (TimeKind.MOTION, motion.id, DAY.replace(hour=19, minute=25)),
    ]
    refused_as_stale(
        services, lambda: services.times.set_times(council.meeting_id, changes, seen), "this motion's time"
    )
    # Two times of the meeting's own row, from the copy as it is now: checked once, both stored.
    now = {(row.table, row.record_id): row.row_version for row in services.times.timeline(council.meeting_id)}
    both = [
        (TimeKind.CALL_TO_ORDER, council.meeting_id, DAY.replace(hour=19, minute=2)),
        (TimeKind.ADJOURNMENT, council.meeting_id, DAY.replace(hour=21)),
    ]
    assert [row.at for row in services.times.set_times(council.meeting_id, both, now)] == [
        at for _, _, at in both
    ]
    other_desk.motions.delete_motion(motion.id)
    before = table_dump(services.db)
    with pytest.raises(StaleEdit, match=r"removed this motion at \d\d:\d\d; your change was not saved\.$"):
        services.times.set_times(council.meeting_id, changes[1:], seen)
    assert table_dump(services.db) == before


def test_a_time_limit_changed_or_lifted_at_another_desk_is_not_overwritten(
    services: Services, other_desk: Services, council: Council
) -> None:
    kind = SpeakerKind.PUBLIC_COMMENT
    none_read = services.speakers.limits_as_read(council.item_id)
    assert kind not in none_read
    other_desk.speakers.set_time_limit(council.body_id, kind, 180)  # a limit where this desk saw none
    refused_as_stale(
        services,
        lambda: services.speakers.set_time_limit(council.body_id, kind, 120, expected_version=0),
        "this time limit",
    )
    assert services.speakers.limits_as_read(council.item_id)[kind][0] == 180  # theirs stands
    _seconds, version = services.speakers.limits_as_read(council.item_id)[kind]
    other_desk.speakers.set_time_limit(council.body_id, kind, 240)
    refused_as_stale(
        services,
        lambda: services.speakers.set_time_limit(council.body_id, kind, 120, expected_version=version),
        "this time limit's duration",
    )
    _seconds, version = services.speakers.limits_as_read(council.item_id)[kind]
    other_desk.speakers.set_time_limit(council.body_id, kind, None)
    before = table_dump(services.db)
    with pytest.raises(
        StaleEdit, match=r"removed this time limit at \d\d:\d\d; your change was not saved\.$"
    ):
        services.speakers.set_time_limit(council.body_id, kind, 120, expected_version=version)
    assert table_dump(services.db) == before
    assert services.speakers.set_time_limit(council.body_id, kind, 120, expected_version=0) == {kind: 120}
