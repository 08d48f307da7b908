"""Popolo export/import: byte-identical round trip, the specification's own examples, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from councildesk.db import models as m
from councildesk.db.engine import Database, open_database
from councildesk.domain.errors import UserError
from councildesk.exchange.popolo_read import classify, import_popolo
from councildesk.exchange.popolo_write import export_popolo
from councildesk.services.container import Services
from tests.helpers import table_dump


def count(db: Database, model: type) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_demo_round_trip_is_byte_identical(demo, tmp_path: Path) -> None:
    services, _ = demo
    first = export_popolo(services.exchange, tmp_path / "a")
    data = json.loads(first.read_text())
    assert {k: len(v) for k, v in data.items() if v} == {
        "bills": 3,
        "events": 13,  # 3 meetings and 10 agenda items
        "memberships": 10,
        "motions": 5,
        "organizations": 1,
        "persons": 14,
        "posts": 9,
        "speeches": 3,
        "vote_events": 5,
    }
    with open_database(tmp_path / "b.db") as other:
        import_popolo(Services(other).exchange, first)
        second = export_popolo(Services(other).exchange, tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()


def test_recused_keeps_its_name_in_popolo(demo, tmp_path: Path) -> None:
    services, _ = demo
    data = json.loads(export_popolo(services.exchange, tmp_path / "a").read_text())
    options = {v["option"] for ve in data["vote_events"] for v in ve["votes"]}
    assert "recused" in options and options <= {
        "yes",
        "no",
        "abstain",
        "absent",
        "excused",
        "recused",
        "not voting",
    }
    speakers = {s["attribution_text"] for s in data["speeches"]}
    assert speakers == {"William C. Newman", "Amy Bookbinder", "Emma Roderick"}


def test_spec_vote_event_imports_counts_and_options(db: Database, shared_data: Path) -> None:
    preview = import_popolo(Services(db).exchange, shared_data / "popolo-spec-examples" / "vote_event.json")
    assert any("2 groups were added together; the groups' results are kept" in w for w in preview.warnings)
    with db.reading() as s:
        vote = s.scalars(select(m.Vote)).one()
        assert (vote.yes_count, vote.no_count, vote.abstain_count) == (28, 39, 1)
        assert vote.result.value == "fail"
        ballot = s.scalars(select(m.Ballot)).one()
        voter = s.get(m.Person, ballot.person_id)
        assert voter is not None and (voter.display_name, ballot.option.value) == ("Albert Ho", "yes")
        motion = s.scalars(select(m.Motion)).one()
        assert motion.text == "根據《立法會（權力及特權）條例》動議的議案"
        assert motion.disposition.value == "failed"


@pytest.mark.parametrize(
    ("name", "created"),
    [
        # record_extra: the fields CouncilDesk has no column for (images, links, identifiers …).
        ("person.json", {"person": 1, "record_extra": 1}),
        ("organization.json", {"body": 1, "record_extra": 1}),
        ("membership.json", {"body": 1, "person": 1, "membership": 1, "record_extra": 1}),
        ("post.json", {"body": 1, "post": 1, "record_extra": 1}),
        # A legislative session is a period, not a meeting: kept with its organization.
        ("event.json", {"body": 1, "record_extra": 1}),
        (
            "motion.json",
            {"body": 1, "person": 1, "meeting": 1, "agenda_item": 1, "motion": 1, "record_extra": 1},
        ),
        (
            "speech.json",
            {"body": 1, "person": 1, "meeting": 1, "agenda_item": 1, "speaker": 1, "record_extra": 1},
        ),
    ],
)
def test_spec_examples_import_with_right_counts(
    db: Database, shared_data: Path, name: str, created: dict
) -> None:
    preview = import_popolo(Services(db).exchange, shared_data / "popolo-spec-examples" / name)
    assert dict(preview.created) == created
    again = import_popolo(Services(db).exchange, shared_data / "popolo-spec-examples" / name)
    assert sum(again.created.values()) == 0


def test_spec_person_fields(db: Database, shared_data: Path) -> None:
    import_popolo(Services(db).exchange, shared_data / "popolo-spec-examples" / "person.json")
    with db.reading() as s:
        person = s.scalars(select(m.Person)).one()
        assert (person.display_name, person.email) == ("Mr. John Q. Public, Esq.", "jqpublic@xyz.example.com")


@pytest.mark.parametrize("name", ["vote.json", "count.json"])
def test_lone_fragments_are_refused(db: Database, shared_data: Path, name: str) -> None:
    before = table_dump(db)
    with pytest.raises(UserError, match=f"{name}: a lone Popolo"):
        import_popolo(Services(db).exchange, shared_data / "popolo-spec-examples" / name)
    assert table_dump(db) == before


def test_classify_spec_examples(shared_data: Path) -> None:
    kinds = {
        p.name: classify(json.loads(p.read_text()))
        for p in (shared_data / "popolo-spec-examples").glob("*.json")
    }
    assert kinds == {
        "count.json": "count",
        "event.json": "events",
        "membership.json": "memberships",
        "motion.json": "motions",
        "organization.json": "organizations",
        "person.json": "persons",
        "post.json": "posts",
        "speech.json": "speeches",
        "vote.json": "vote",
        "vote_event.json": "vote_events",
    }


def test_an_option_outside_the_table_is_other_and_a_missing_one_names_file_record_field(
    db: Database, tmp_path: Path
) -> None:
    doc = {
        "persons": [{"id": "a", "name": "Ann Lee"}],
        "organizations": [{"id": "c", "name": "Council", "classification": "council"}],
        "vote_events": [
            {
                "id": "x",
                "organization_id": "c",
                "start_date": "2020-01-02T19:00:00",
                "result": "pass",
                "votes": [{"voter_id": "a", "option": "yes"}] * 0 + [{"voter_id": "a", "option": "maybe"}],
            }
        ],
    }
    path = tmp_path / "votes.json"
    path.write_text(json.dumps(doc))
    preview = import_popolo(Services(db).exchange, path)
    with db.reading() as s:
        assert [(b.option.value, b.note) for b in s.scalars(select(m.Ballot))] == [("other", "maybe")]
    said = "field 'votes[0].option': the vote value 'maybe' has no meaning"
    assert any(said in w for w in preview.warnings)
    doc["vote_events"][0]["votes"] = [{"voter_id": "a", "option": None}]
    path.write_text(json.dumps(doc))
    before = table_dump(db)
    with pytest.raises(UserError) as error:
        import_popolo(Services(db).exchange, path)
    assert (
        str(error.value)
        == "votes.json, vote_event 'x', field 'votes[0].option': None is not a known vote option."
    )
    assert table_dump(db) == before


def test_duplicate_people_are_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    path.write_text(json.dumps({"persons": [{"id": "a", "name": "Ann"}, {"id": "a", "name": "Ann Again"}]}))
    with pytest.raises(UserError, match="the id 'a' is used by two person records"):
        import_popolo(Services(db).exchange, path)
    assert count(db, m.Person) == 0


def test_wrong_types_are_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"persons": {"id": "a"}}))
    with pytest.raises(UserError, match=r"p.json: this is not a Popolo object this import reads"):
        import_popolo(Services(db).exchange, path)
    path.write_text(json.dumps({"persons": [{"id": "a", "name": "Ann", "email": ["x"]}]}))
    with pytest.raises(UserError, match="person 'a', field 'email': expected text, found a list"):
        import_popolo(Services(db).exchange, path)
    path.write_text(json.dumps({"persons": [{"id": "a", "name": None}]}))
    with pytest.raises(UserError, match="person 'a', field 'name': a value is required"):
        import_popolo(Services(db).exchange, path)


def test_the_popolo_file_is_one_object_a_line_and_the_same_twice(tmp_path: Path) -> None:
    """Written with json's C encoder, object by object: still one JSON value, byte-stable."""
    from councildesk.exchange.assemble import write_json_collections

    doc = {"people": [{"name": "Ada", "id": "p2"}, {"id": "p1", "name": "Ngô"}], "areas": []}
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    write_json_collections(first, doc)
    write_json_collections(second, dict(reversed(doc.items())))
    assert first.read_bytes() == second.read_bytes()
    text = first.read_text("utf-8")
    assert json.loads(text) == doc
    assert text.splitlines() == [
        "{",
        '"areas": [],',
        '"people": [',
        '{"id": "p2", "name": "Ada"},',
        '{"id": "p1", "name": "Ngô"}',
        "]",
        "}",
    ]
