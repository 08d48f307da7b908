"""A site of one body (`--body`): its member pages count that body's votes and attendance only."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from councildesk.db.engine import open_database
from councildesk.publish.site import PublishOptions, person_path, publish
from councildesk.sample.generator import generate
from councildesk.services.container import Services
from councildesk.services.voting_record_dto import RecordFilter


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """A generated year of a city: a council and its committees, members sitting on several."""
    folder = tmp_path_factory.mktemp("body-city")
    database = open_database(folder / "city.db")
    generate(database, years=1, seed=1)
    yield Services(database)
    database.close()


def _seated(page: Path) -> list[tuple[str, str]]:
    """(year, meetings seated) of each row of a member page's attendance table."""
    table = page.read_text("utf-8").split('<h2 id="attendance">', 1)[1].split("</table>", 1)[0]
    return re.findall(r'<tr><th scope="row">(\d{4})</th><td>(\d+)</td>', table)


def _votes(page: Path) -> int:
    """The number of votes a member page's heading counts."""
    heading = page.read_text("utf-8").split('<h2 id="votes">', 1)[1].split("</h2>", 1)[0]
    return int(re.findall(r"\d+", heading)[0])


def test_a_body_site_counts_that_bodys_votes_and_attendance_only(city: Services, tmp_path: Path) -> None:
    records = city.voting_records
    council = min(b.id for b in city.bodies.list_bodies())
    committee = next(b for b in city.bodies.list_bodies() if b.id != council)
    on_both = {ms.person_id for ms in city.bodies.list_memberships() if ms.body_id == council}
    on_both &= {ms.person_id for ms in city.bodies.list_memberships() if ms.body_id == committee.id}
    # A member who voted on both bodies: the whole record is more than the committee's part of it.
    person = next(
        p
        for p in sorted(on_both)
        if 0 < len(records.full_record(p, RecordFilter(body_id=committee.id))) < len(records.full_record(p))
    )
    options = PublishOptions(body_id=committee.id, include_drafts=True, today=date(2026, 1, 1))
    result = publish(city, tmp_path / "site", options)
    assert result.meetings == len(city.meetings.list_meetings(body_id=committee.id))
    page = tmp_path / "site" / person_path(person)
    mine = RecordFilter(body_id=committee.id)
    assert _votes(page) == len(records.full_record(person, mine))
    years = records.attendance_history(person, mine)
    assert _seated(page) == [(str(y.year), str(y.seated)) for y in years]
    every = records.attendance_history(person)
    assert sum(y.seated for y in years) < sum(y.seated for y in every)  # the council's meetings left out
