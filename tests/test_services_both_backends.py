"""The same service rules on SQLite and on PostgreSQL: length limits, stale edits, one vote per motion."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from councildesk.db.engine import open_database
from councildesk.domain.enums import BallotOption
from councildesk.domain.errors import StaleEdit, UserError
from councildesk.services.container import Services
from tests.builders import Council, small_council
from tests.helpers import refused
from tests.pg_server import pg_admin_url, pg_url  # noqa: F401 - fixtures


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def services(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Services]:
    """Services over a fresh SQLite file or a fresh PostgreSQL database (same tests, both backends)."""
    if request.param == "sqlite":
        target = str(tmp_path / "council.db")
        with open_database(target) as db:
            yield Services(db)
        return
    url = request.getfixturevalue("pg_url")
    with open_database(url) as db:
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
