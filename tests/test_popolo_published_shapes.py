"""Popolo files as legislatures, rosters and scrapers publish them: optional fields left out, vote
events nested in motions, voters not in the file, records in any order, parties and areas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from councildesk.db import models as m
from councildesk.db.engine import Database
from councildesk.exchange.popolo_read import import_popolo
from councildesk.exchange.popolo_write import export_popolo
from councildesk.services.container import Services


def write(tmp_path: Path, doc: Any, name: str = "popolo.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


NESTED = {
    "persons": [{"id": f"p{i}", "name": f"Member {i}"} for i in range(1, 6)],
    "organizations": [{"id": "hc", "name": "House of Commons", "classification": "Legislature"}],
    "motions": [
        {
            "id": "m1",
            "organization_id": "hc",
            "text": "That the Bill be now read a second time.",
            "vote_events": [
                {
                    "id": "ve1",
                    "start_date": "2013-01-01T12:00:00Z",
                    "result": "pass",
                    "counts": [
                        {"option": "yes", "value": 3},
                        {"option": "no", "value": 1},
                        {"option": "absent", "value": 1},
                    ],
                    "votes": [
                        {"voter_id": "p1", "option": "yes", "group_id": "party-a"},
                        {"voter_id": "p2", "option": "yes"},
                        {"voter_id": "p3", "option": "YES"},
                        {"voter_id": "p4", "option": "no"},
                        {"voter_id": "p5", "option": "absent"},
                        {"voter_id": "stranger-99", "option": "not voting"},
                    ],
                }
            ],
        }
    ],
}


def test_vote_event_nested_in_its_motion_keeps_every_vote_and_count(db: Database, tmp_path: Path) -> None:
    preview = import_popolo(Services(db).exchange, write(tmp_path, NESTED))
    assert preview.created["ballot"] == 6 and preview.created["vote"] == 1
    # The voter the file does not list is made, and the warning names them.
    assert any("person 'stranger-99' is not in the file" in w for w in preview.warnings)
    with db.reading() as s:
        vote = s.scalars(select(m.Vote)).one()
        assert (vote.yes_count, vote.no_count, vote.abstain_count) == (3, 1, 0)
        motion = s.get(m.Motion, vote.motion_id)
        assert motion is not None and motion.text.startswith("That the Bill")
        # The motion's date comes from its vote event, not 1970.
        item = s.get(m.AgendaItem, motion.agenda_item_id)
        assert item is not None
        meeting = s.get(m.Meeting, item.meeting_id)
        assert meeting is not None and meeting.scheduled_start.year == 2013
        options = sorted(b.option.value for b in s.scalars(select(m.Ballot)))
        assert options == ["absent", "no", "present", "yes", "yes", "yes"]
    exported = json.loads(export_popolo(Services(db).exchange, tmp_path / "out").read_text())
    (ve,) = exported["vote_events"]
    assert next(v for v in ve["votes"] if v["voter_id"] == "p1")["group_id"] == "party-a"
    again = import_popolo(Services(db).exchange, write(tmp_path, NESTED))
    assert sum(again.created.values()) == 0


def test_counts_without_ballots_keep_absent_and_not_voting(db: Database, tmp_path: Path) -> None:
    doc = {
        "vote_events": [
            {
                "id": "v",
                "organization_id": "council",
                "start_date": "2020-03-04",
                "motion": {"text": "To adopt the budget"},
                "counts": [
                    {"option": "yes", "value": 7},
                    {"option": "no", "value": 2},
                    {"option": "absent", "value": 1},
                    {"option": "not voting", "value": 2},
                    {"option": "excused", "value": 1},
                ],
            }
        ]
    }
    preview = import_popolo(Services(db).exchange, write(tmp_path, doc))
    # No result in the file: decided from the counts, with a warning, and left out on export.
    assert any("no result is given; recorded as pass from its counts" in w for w in preview.warnings)
    exported = json.loads(export_popolo(Services(db).exchange, tmp_path / "out").read_text())
    (ve,) = exported["vote_events"]
    assert "result" not in ve
    assert {c["option"]: c["value"] for c in ve["counts"]} == {
        "yes": 7,
        "no": 2,
        "abstain": 0,
        "absent": 1,
        "not voting": 2,
        "excused": 1,
    }


ROSTER = {
    "organizations": [
        # The child comes before its parent: it is linked all the same.
        {"id": "exec", "name": "Office of the Mayor", "classification": "executive", "parent_id": "city"},
        {"id": "city", "name": "Springfield City Council", "classification": "council"},
        {"id": "greens", "name": "Green Party", "classification": "party"},
    ],
    "persons": [
        {
            "id": "ann",
            "name": "Ann Lee",
            "image": "https://example.org/ann.jpg",
            "identifiers": [{"scheme": "state-roster", "identifier": "A-17"}],
            "links": [{"url": "https://example.org/ann"}],
        },
        {"id": "bo", "name": "Bo Diaz"},
        {"id": "cy", "name": "Cy Park"},
    ],
    "memberships": [
        {"person_id": "ann", "organization_id": "city", "role": "MAYOR", "on_behalf_of_id": "greens"},
        {"person_id": "bo", "organization_id": "city", "role": "Deputy Mayor"},
        {"person_id": "cy", "organization_id": "city", "role": "Councillor", "start_date": "2019"},
        {"person_id": "cy", "organization_id": "greens", "role": "member", "start_date": "2018-06"},
    ],
}


def test_roster_without_dates_keeps_mayors_and_deputies(db: Database, tmp_path: Path) -> None:
    preview = import_popolo(Services(db).exchange, write(tmp_path, ROSTER))
    assert preview.created["membership"] == 4
    assert sum("no start date" in w for w in preview.warnings) == 2
    with db.reading() as s:
        roles = {
            (s.get(m.Person, ms.person_id).display_name, ms.role.value)  # type: ignore[union-attr]
            for ms in s.scalars(select(m.Membership))
        }
        assert {("Ann Lee", "mayor"), ("Bo Diaz", "deputy_mayor"), ("Cy Park", "member")} <= roles
        bodies = {b.name: b for b in s.scalars(select(m.Body))}
        assert bodies["Green Party"].classification.value == "party"
        assert bodies["Office of the Mayor"].parent_id == bodies["Springfield City Council"].id
        cy = {
            ms.start_date.isoformat() for ms in s.scalars(select(m.Membership)) if ms.start_date.year < 2020
        }
        assert cy == {"2019-01-01", "2018-06-01"}
    out = json.loads(export_popolo(Services(db).exchange, tmp_path / "out").read_text())
    ms = {(x["person_id"], x["organization_id"]): x for x in out["memberships"]}
    assert ms[("ann", "city")]["role"] == "MAYOR" and ms[("ann", "city")]["on_behalf_of_id"] == "greens"
    assert "start_date" not in ms[("ann", "city")]
    assert ms[("cy", "city")]["start_date"] == "2019" and ms[("cy", "greens")]["start_date"] == "2018-06"
    ann = next(p for p in out["persons"] if p["id"] == "ann")
    assert ann["image"] == "https://example.org/ann.jpg" and ann["identifiers"][0]["identifier"] == "A-17"
    # The same council imported twice creates nothing new.
    again = import_popolo(Services(db).exchange, write(tmp_path, ROSTER))
    assert sum(again.created.values()) == 0


def test_agenda_item_before_its_meeting_and_motion_dates(db: Database, tmp_path: Path) -> None:
    doc = {
        "organizations": [{"id": "c", "name": "Council"}],
        "events": [
            {"id": "i2", "name": "Sub-item", "classification": "agenda item", "parent_id": "i1"},
            {"id": "i1", "name": "Budget", "classification": "agenda item", "parent_id": "mtg"},
            {
                "id": "mtg",
                "name": "Regular meeting",
                "start_date": "2021-05-04T19:00:00",
                "organization_id": "c",
            },
            {
                "id": "lp",
                "name": "2019–2023 term",
                "classification": "legislative period",
                "start_date": "2019",
                "organization_id": "c",
            },
        ],
        "motions": [
            {
                "id": "a",
                "text": "Motion with a context date",
                "organization_id": "c",
                "context": {"date": "2021-06-01"},
            },
            {"id": "b", "text": "Motion with no date at all", "organization_id": "c"},
        ],
        "areas": [{"id": "ward-1", "name": "Ward 1"}],
    }
    preview = import_popolo(Services(db).exchange, write(tmp_path, doc))
    assert preview.created["meeting"] == 3  # the real one, and one each for the loose motions
    assert any("'2019–2023 term' is a legislative period, not a meeting" in w for w in preview.warnings)
    assert any("1 areas are not records CouncilDesk keeps" in w for w in preview.warnings)
    assert any(
        "motion 'b': no date is given; the meeting holding it is dated 2019-01-01" in w
        for w in preview.warnings
    )
    with db.reading() as s:
        items = {i.title: i for i in s.scalars(select(m.AgendaItem))}
        assert items["Sub-item"].parent_id == items["Budget"].id
        starts = sorted(x.scheduled_start.date().isoformat() for x in s.scalars(select(m.Meeting)))
        assert "2021-06-01" in starts and "1970-01-01" not in starts
    out = json.loads(export_popolo(Services(db).exchange, tmp_path / "out").read_text())
    (council,) = out["organizations"]
    assert council["legislative_periods"][0]["name"] == "2019–2023 term"


def test_a_lone_area_is_skipped_with_its_name(db: Database, tmp_path: Path) -> None:
    area = {"id": "ocd-division/country:ca", "name": "Canada", "classification": "country"}
    preview = import_popolo(Services(db).exchange, write(tmp_path, area, "area.json"))
    assert preview.warnings == ["area.json: 'Canada' is an area (a place), not a body; skipped."]
    assert sum(preview.created.values()) == 0
