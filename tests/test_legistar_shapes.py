"""Legistar Web API captures as cities export them: every record shape, told from its keys, in a file,
folder or zip; vote values by meaning (legistar_votes.py); status, history and attachments kept."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from councildesk.db import models as m
from councildesk.db.engine import Database
from councildesk.exchange.legistar import import_legistar
from councildesk.exchange.vocab import option_of
from councildesk.services.container import Services
from councildesk.services.record_extras import read_extras

LAMETRO_EVENT = "lametro_legistar-api_event-2907_board_2024-09-26.json"
LAMETRO_MATTERS = "lametro_legistar-api_matters_minutes-candidates.json"
OAKLAND = "oakland_legistar-api_eventitems_event-8172_public-safety_2019-04-23.json"
MEMBERS = [(11, "Ann Lee"), (12, "Bo Diaz"), (13, "Cy Park"), (14, "Di Moss"), (15, "Ed Ruiz")]


def item(ident: int, seq: int, title: str, **more: Any) -> dict[str, Any]:
    return {
        "EventItemId": ident,
        "EventItemEventId": 5,
        "EventItemAgendaSequence": seq,
        "EventItemAgendaNumber": str(seq),
        "EventItemTitle": title,
        "EventItemMatterAttachments": [],
        **more,
    }


EVENTS = [
    {
        "EventId": 5,
        "EventBodyId": 138,
        "EventBodyName": "City Council",
        "EventDate": "2020-02-04T00:00:00",
        "EventTime": "6:30 PM",
        "EventLocation": "Council Chamber",
        "EventItems": [
            item(50, 1, "Call to order"),
            item(
                51,
                2,
                "An ordinance on parking",
                EventItemActionName="Adopted",
                EventItemMover="Ann Lee",
                EventItemMoverId=11,
                EventItemSeconder="Bo Diaz",
                EventItemSeconderId=12,
                EventItemPassedFlag=1,
                EventItemRollCallFlag=1,
                EventItemMatterId=900,
                EventItemMatterFile="20-0001",
                EventItemMatterType="Ordinance",
                EventItemMatterStatus="Passed",
                EventItemMatterAttachments=[
                    {
                        "MatterAttachmentId": 7,
                        "MatterAttachmentName": "Staff report",
                        "MatterAttachmentHyperlink": "https://example.legistar.com/a/7.pdf",
                        "MatterAttachmentFileName": "7.pdf",
                    }
                ],
            ),
            item(52, 3, "Public hearing on the budget", EventItemActionName="Hearing Held"),
        ],
    }
]
VOTES = [
    {"VoteId": i, "VoteEventItemId": 51, "VotePersonId": p, "VotePersonName": n, "VoteValueName": v}
    for i, ((p, n), v) in enumerate(
        zip(MEMBERS, ["In Favor", "In Favor", "Opposed", "In Favor", "Opposed"], strict=True)
    )
]
PERSONS = [
    {"PersonId": p, "PersonFullName": n, "PersonFirstName": n.split()[0], "PersonLastName": n.split()[1]}
    for p, n in MEMBERS
]
BODIES = [{"BodyId": 138, "BodyName": "City Council", "BodyTypeName": "Primary Legislative Body"}]
OFFICES = [
    {
        "OfficeRecordId": 100 + p,
        "OfficeRecordPersonId": p,
        "OfficeRecordFullName": n,
        "OfficeRecordBodyId": 138,
        "OfficeRecordBodyName": "City Council",
        "OfficeRecordTitle": "Council President" if p == 11 else "Council Member",
        "OfficeRecordStartDate": "2019-01-01T00:00:00",
        "OfficeRecordEndDate": None,
    }
    for p, n in MEMBERS
]


def write(folder: Path, files: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_text(json.dumps(data))
    return folder


# Names say nothing true: the shape must come from the keys.
MISLEADING = {"a.json": VOTES, "events-items.json": EVENTS, "votes.json": PERSONS, "x.json": BODIES}


def check_whole(db: Database) -> None:
    with db.reading() as s:
        meeting = s.scalars(select(m.Meeting)).one()
        assert meeting.scheduled_start.isoformat() == "2020-02-04T18:30:00"
        titles = s.scalars(select(m.AgendaItem.title).order_by(m.AgendaItem.position)).all()
        assert titles == ["Call to order", "An ordinance on parking", "Public hearing on the budget"]
        vote = s.scalars(select(m.Vote)).one()
        assert vote.result.value == "pass" and vote.method.value == "roll_call"
        options = sorted(b.option.value for b in s.scalars(select(m.Ballot)))
        assert options == ["no", "no", "yes", "yes", "yes"]
        motions = s.scalars(select(m.Motion)).all()
        assert len(motions) == 1  # the hearing held is what happened, not a motion left pending
        hearing = s.scalars(select(m.AgendaItem).where(m.AgendaItem.title.like("Public hearing%"))).one()
        assert hearing.action_text == "Hearing Held"
        people = s.scalars(select(m.Person).order_by(m.Person.display_name)).all()
        assert (people[0].display_name, people[0].family_name) == ("Ann Lee", "Lee")
        assert s.scalars(select(m.Body.name)).all() == ["City Council"]
        matter = s.scalars(select(m.Matter)).one()
        assert matter.status.value == "adopted"
        extras = read_extras(s, "legistar")
        documents = s.scalars(select(m.Document)).all()
        assert [(d.matter_id, d.title, d.url, d.file_name) for d in documents] == [
            (matter.id, "Staff report", "https://example.legistar.com/a/7.pdf", "7.pdf")
        ]
        assert extras[("matter", matter.id)]["status"] == "Passed"


def test_events_with_nested_items_and_in_favor_opposed_votes_import_whole(
    db: Database, tmp_path: Path
) -> None:
    preview = import_legistar(Services(db).exchange, write(tmp_path / "capture", MISLEADING))
    check_whole(db)
    assert not [w for w in preview.warnings if "vote value" in w], preview.warnings
    again = import_legistar(Services(db).exchange, tmp_path / "capture")
    assert sum(again.created.values()) == 0 and sum(again.updated.values()) == 0


def test_the_same_capture_as_a_zip(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "capture.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in MISLEADING.items():
            archive.writestr(f"city/{name}", json.dumps(data))
    import_legistar(Services(db).exchange, path)
    check_whole(db)


def test_office_records_become_terms_with_their_roles(db: Database, tmp_path: Path) -> None:
    import_legistar(Services(db).exchange, write(tmp_path / "c", {**MISLEADING, "offices.json": OFFICES}))
    with db.reading() as s:
        roles = sorted(
            (p, r.value, str(d))
            for p, r, d in s.execute(
                select(m.Person.display_name, m.Membership.role, m.Membership.start_date).join(
                    m.Membership, m.Membership.person_id == m.Person.id
                )
            )
        )
    assert roles[0] == ("Ann Lee", "president", "2019-01-01") and len(roles) == 5
    assert {r for _p, r, _d in roles[1:]} == {"member"}


# Every spelling in the table, as cities write them, with the option it must give.
SPELLED = {
    "In Favor": "yes",
    "Aye": "yes",
    "Yes": "yes",
    "Affirmative": "yes",
    "Opposed": "no",
    "Nay": "no",
    "No": "no",
    "Abstain": "abstain",
    "Absent": "absent",
    "Medical": "excused",
    "Maternity": "excused",
    "Excused": "excused",
    "Conflict": "recused",
    "Recused": "recused",
    "Non-voting": "present",
    "Present": "present",
    "Suspended": "absent",
}


def test_the_table_covers_every_spelling_tested() -> None:
    assert {v: found[0].value for v in SPELLED if (found := option_of(v))} == SPELLED


@pytest.mark.parametrize(("value", "option"), sorted(SPELLED.items()))
def test_every_vote_value_maps_by_meaning(db: Database, tmp_path: Path, value: str, option: str) -> None:
    votes = [{**VOTES[0], "VoteValueName": value}]
    preview = import_legistar(Services(db).exchange, write(tmp_path, {"e.json": EVENTS, "v.json": votes}))
    with db.reading() as s:
        assert s.scalars(select(m.Ballot.option)).one().value == option
    assert not [w for w in preview.warnings if "vote value" in w]


def test_an_unknown_vote_value_is_kept_with_its_text_and_a_warning(db: Database, tmp_path: Path) -> None:
    votes = [{**VOTES[0], "VoteValueName": "Maybe Later"}, *VOTES[1:]]
    preview = import_legistar(Services(db).exchange, write(tmp_path, {"e.json": EVENTS, "v.json": votes}))
    with db.reading() as s:
        ballots = {b.option.value + ":" + b.note for b in s.scalars(select(m.Ballot))}
    assert "other:Maybe Later" in ballots and len(ballots) == 3
    assert any("'Maybe Later' has no meaning" in w for w in preview.warnings)


def test_histories_and_attachments_in_their_own_files(db: Database, tmp_path: Path) -> None:
    matters = [
        {
            "MatterId": 900,
            "MatterFile": "20-0001",
            "MatterName": "Parking",
            "MatterStatusName": "In Committee",
        }
    ]
    histories = [
        {
            "MatterHistoryId": 1,
            "MatterHistoryMatterId": 900,
            "MatterHistoryActionDate": "2020-01-10T00:00:00",
            "MatterHistoryActionName": "Amended",
            "MatterHistoryActionBodyName": "Transportation Committee",
            "MatterHistoryEventId": 4,
        }
    ]
    attachments = [
        {
            "MatterAttachmentId": 9,
            "MatterAttachmentMatterId": 900,
            "MatterAttachmentName": "Map",
            "MatterAttachmentHyperlink": "https://example.legistar.com/a/9.pdf",
        }
    ]
    items = [item(60, 1, "Parking", EventItemEventId=4, EventItemActionName="Amended")]
    folder = write(
        tmp_path, {"m.json": matters, "h.json": histories, "at.json": attachments, "i.json": items}
    )
    preview = import_legistar(Services(db).exchange, folder)
    with db.reading() as s:
        matter = s.scalars(select(m.Matter)).one()
        start = s.scalars(select(m.Meeting.scheduled_start)).one()
        assert s.scalars(select(m.Motion)).all() == []
        extras = read_extras(s, "legistar")[("matter", matter.id)]
        assert matter.status.value == "referred"
        document = s.execute(
            select(
                m.Document.matter_id,
                m.Document.title,
                m.Document.url,
                m.Document.file_name,
                m.Document.media_type,
                m.Document.size,
                m.Document.sha256,
            )
        ).one()
        matter_id = matter.id
    assert extras["history"] == [
        {"date": "2020-01-10", "action": "Amended", "body": "Transportation Committee"}
    ]
    # The attachment is a document of its matter: title and link, no bytes and so no SHA-256.
    assert (document.matter_id, document.title, document.url) == (
        matter_id,
        "Map",
        "https://example.legistar.com/a/9.pdf",
    )
    assert (document.file_name, document.media_type, document.size, document.sha256) == (
        "9.pdf",
        "application/pdf",
        0,
        "",
    )
    assert "attachments" not in extras
    assert start.date().isoformat() == "2020-01-10"  # from the history, not the file name
    assert any("from its matter history" in w for w in preview.warnings)


def test_events_are_in_the_bodys_zone(db: Database, tmp_path: Path) -> None:
    services = Services(db)
    services.bodies.create_body("City Council", 9, time_zone="America/Los_Angeles")
    import_legistar(services.exchange, write(tmp_path / "c", {"e.json": EVENTS}))
    from councildesk.exchange.popolo_write import export_popolo

    doc = json.loads(export_popolo(services.exchange, tmp_path / "out").read_text())
    starts = [e["start_date"] for e in doc["events"] if e.get("classification") == "meeting"]
    assert starts == ["2020-02-04T18:30:00-08:00"]


def test_the_lametro_event_object_and_matters_import(db: Database, shared_data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "metro"
    folder.mkdir()
    for name in (LAMETRO_EVENT, LAMETRO_MATTERS):
        (folder / name).write_bytes((shared_data / name).read_bytes())
    import_legistar(Services(db).exchange, folder)
    with db.reading() as s:
        meeting = s.scalars(select(m.Meeting)).one()
        assert meeting.scheduled_start.isoformat() == "2024-09-26T10:00:00"
        assert s.scalars(select(m.Body.name)).one() == "Board of Directors - Regular Board Meeting"
        matter = s.scalars(select(m.Matter)).one()
        assert (matter.identifier, matter.status.value) == ("2024-1026", "adopted")
        assert read_extras(s, "legistar")[("matter", matter.id)]["status"] == "Passed"


def test_the_oakland_items_keep_matter_status_and_attachments(db: Database, shared_data: Path) -> None:
    import_legistar(Services(db).exchange, shared_data / OAKLAND)
    with db.reading() as s:
        statuses = sorted(st.value for st in s.scalars(select(m.Matter.status)))
        links = s.scalars(select(m.Document.url).where(m.Document.matter_id.is_not(None))).all()
    assert statuses.count("adopted") == 2 and statuses.count("referred") == 1
    rows = json.loads((shared_data / OAKLAND).read_text())
    in_file = {a["MatterAttachmentId"] for r in rows for a in r["EventItemMatterAttachments"] or []}
    assert len(links) == len(in_file) == 10 and all(link.startswith("http") for link in links)
