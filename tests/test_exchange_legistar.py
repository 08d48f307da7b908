"""Legistar Web API import: the real Oakland EventItems file, a full Events/Votes/RollCalls set, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from councildesk.db import models as m
from councildesk.db.engine import Database
from councildesk.domain.errors import UserError
from councildesk.exchange.legistar import import_legistar
from councildesk.services.container import Services
from tests.helpers import table_dump

OAKLAND = "oakland_legistar-api_eventitems_event-8172_public-safety_2019-04-23.json"


def test_oakland_event_items_import_with_movers_seconders_actions(db: Database, shared_data: Path) -> None:
    preview = import_legistar(Services(db).exchange, shared_data / OAKLAND)
    assert preview.created["agenda_item"] == 15 and preview.created["motion"] == 7
    with db.reading() as s:
        meeting = s.scalars(select(m.Meeting)).one()
        assert meeting.scheduled_start.date().isoformat() == "2019-04-23"
        rows = s.execute(
            select(
                m.AgendaItem.number,
                m.AgendaItem.action_text,
                m.Motion.mover_id,
                m.Motion.seconder_id,
                m.Matter.identifier,
            )
            .join(m.Motion, m.Motion.agenda_item_id == m.AgendaItem.id)
            .join(m.Matter, m.Matter.id == m.AgendaItem.matter_id)
            .order_by(m.AgendaItem.position)
        ).all()
        names = {p.id: p.display_name for p in s.scalars(select(m.Person))}
        got = [(r.number, r.action_text, names[r.mover_id], names[r.seconder_id], r.identifier) for r in rows]
        assert got[0] == ("1", "Approved", "Rebecca Kaplan", "Loren Taylor", "18-1646")
        assert got[2] == ("3", "Continued", "Rebecca Kaplan", "Nikki Bas", "18-1371")
        assert got[3][2:4] == ("Loren Taylor", "Nikki Bas")
        assert got[5][2:] == ("Noel Gallo", "Loren Taylor", "18-1634")
        assert sorted(names.values()) == ["Loren Taylor", "Nikki Bas", "Noel Gallo", "Rebecca Kaplan"]
        votes = s.scalars(select(m.Vote)).all()
        assert len(votes) == 6 and {v.result.value for v in votes} == {"pass"}
    assert any("passed flag" in w for w in preview.warnings)
    assert any("from the file name" in w for w in preview.warnings)
    again = import_legistar(Services(db).exchange, shared_data / OAKLAND)
    assert sum(again.created.values()) == 0 and sum(again.updated.values()) == 0


def full_set(tmp_path: Path, **change: object) -> Path:
    data = {
        "Events": [
            {
                "EventId": 5,
                "EventBodyId": 138,
                "EventBodyName": "City Council",
                "EventDate": "2020-02-04T00:00:00",
                "EventTime": "6:30 PM",
                "EventLocation": "Council Chamber",
            }
        ],
        "EventItems": [
            {
                "EventItemId": 50,
                "EventItemEventId": 5,
                "EventItemAgendaSequence": 1,
                "EventItemAgendaNumber": "S-1",
                "EventItemTitle": "An ordinance on parking",
                "EventItemActionName": "Adopted",
                "EventItemMoverId": 1,
                "EventItemMover": "Ann Lee",
                "EventItemSeconderId": 2,
                "EventItemSeconder": "Bo Diaz",
                "EventItemPassedFlag": 1,
                "EventItemRollCallFlag": 1,
                "EventItemMatterId": 900,
                "EventItemMatterFile": "20-0001",
                "EventItemMatterType": "Ordinance",
            }
        ],
        "Matters": [
            {"MatterId": 900, "MatterFile": "20-0001", "MatterName": "Parking", "MatterTypeName": "Ordinance"}
        ],
        "MatterSponsors": [
            {
                "MatterSponsorMatterId": 900,
                "MatterSponsorName": "Ann Lee",
                "MatterSponsorNameId": 1,
                "MatterSponsorSequence": 0,
            }
        ],
        "Votes": [
            {"VoteEventItemId": 50, "VotePersonId": 1, "VotePersonName": "Ann Lee", "VoteValueName": "Aye"},
            {"VoteEventItemId": 50, "VotePersonId": 2, "VotePersonName": "Bo Diaz", "VoteValueName": "Aye"},
            {"VoteEventItemId": 50, "VotePersonId": 3, "VotePersonName": "Cy Park", "VoteValueName": "Nay"},
            {
                "VoteEventItemId": 50,
                "VotePersonId": 4,
                "VotePersonName": "Di Moss",
                "VoteValueName": "Recused",
            },
        ],
        "RollCalls": [
            {
                "RollCallEventItemId": 50,
                "RollCallPersonId": p,
                "RollCallPersonName": n,
                "RollCallValueName": v,
            }
            for p, n, v in [
                (1, "Ann Lee", "Present"),
                (2, "Bo Diaz", "Present"),
                (3, "Cy Park", "Present"),
                (4, "Di Moss", "Absent"),
            ]
        ],
    }
    for key, value in change.items():
        data[key] = value  # type: ignore[assignment]
    path = tmp_path / "legistar.json"
    path.write_text(json.dumps(data))
    return path


def test_full_set_with_votes_sponsors_and_roll_call(db: Database, tmp_path: Path) -> None:
    import_legistar(Services(db).exchange, full_set(tmp_path))
    with db.reading() as s:
        meeting = s.scalars(select(m.Meeting)).one()
        assert meeting.scheduled_start.isoformat() == "2020-02-04T18:30:00"
        assert s.scalars(select(m.Body.name)).one() == "City Council"
        vote = s.scalars(select(m.Vote)).one()
        assert vote.method.value == "roll_call"
        options = sorted(b.option.value for b in s.scalars(select(m.Ballot)))
        assert options == ["no", "recused", "yes", "yes"]
        assert sorted(a.status.value for a in s.scalars(select(m.Attendance))) == [
            "absent",
            "present",
            "present",
            "present",
        ]
        sponsorship = s.scalars(select(m.Sponsorship)).one()
        assert sponsorship.is_primary
        assert s.scalars(select(m.Matter.kind)).one().value == "ordinance"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"Votes": [{"VoteEventItemId": 77, "VotePersonName": "Ann Lee", "VoteValueName": "Aye"}]},
            "'VoteEventItemId': 77 is not an event item in the file",
        ),
        (
            {"Events": [{"EventId": 5, "EventDate": "2020-02-04", "EventTime": "25:99 PM"}]},
            "is not a time of day",
        ),
        ({"Events": []}, "event 5 is not in the file and its date is unknown"),
        (
            {
                "EventItems": [
                    {
                        "EventItemId": 50,
                        "EventItemEventId": 5,
                        "EventItemMover": "Ann Lee",
                        "EventItemSeconder": "Ann Lee",
                        "EventItemPassedFlag": 1,
                    }
                ]
            },
            "cannot be stored",
        ),
        ({"EventItems": "nope"}, "field 'EventItems': expected a list"),
    ],
)
def test_bad_legistar_input_is_refused(db: Database, tmp_path: Path, change: dict, message: str) -> None:
    path = full_set(tmp_path, **change)
    before = table_dump(db)
    with pytest.raises(UserError, match=message):
        import_legistar(Services(db).exchange, path)
    assert table_dump(db) == before
