"""People are matched across imports by external id, then identifiers, then name (the dry run says
so, and --new-person or --match-person decide otherwise); the same council twice creates nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from councildesk.cli import main
from councildesk.db import models as m
from councildesk.db.engine import Database, open_database
from councildesk.exchange.ocd_read import import_ocd
from councildesk.exchange.popolo_read import import_popolo
from councildesk.services.container import Services


def write(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def roster(*people: dict[str, Any]) -> dict[str, Any]:
    return {
        "organizations": [{"id": "council", "name": "Springfield City Council"}],
        "persons": list(people),
        "memberships": [
            {"id": f"ms-{p['id']}", "person_id": p["id"], "organization_id": "council", "start_date": "2024"}
            for p in people
        ],
    }


def people(where: Path | Database) -> list[tuple[int, str]]:
    if isinstance(where, Path):
        with open_database(where) as db:
            return people(db)
    with where.reading() as s:
        return [
            (i, n) for i, n in s.execute(select(m.Person.id, m.Person.display_name).order_by(m.Person.id))
        ]


def typed_in(db_path: Path, tmp_path: Path, count: int) -> tuple[list[int], Path]:
    """`count` people named Pamela Schwartz typed in by hand, and a roster file naming her once."""
    with open_database(db_path) as db:
        ids = [Services(db).people.create_person("Pamela Schwartz").id for _ in range(count)]
    return ids, write(tmp_path / "roster.json", roster({"id": "p1", "name": "Pamela Schwartz"}))


def members(db_path: Path) -> list[int]:
    with open_database(db_path) as db, db.reading() as s:
        return list(s.scalars(select(m.Membership.person_id)))


def run(db_path: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--db", str(db_path), *args]) == 0
    return capsys.readouterr().out


def test_identifiers_match_across_files_and_formats_whatever_the_spelling(
    db_path: Path, tmp_path: Path
) -> None:
    state = {"scheme": "state-roster", "identifier": "SR-1041"}
    first = roster({"id": "a1", "name": "Pamela Schwartz", "identifiers": [state]})
    # Another publisher's ids and spelling, in OCD: the shared identifier says who she is.
    ocd = {"_type": "person", "_id": "ocd-person/9f0c", "name": "Pam  Schwartz", "identifiers": [state]}
    with open_database(db_path) as db:
        exchange = Services(db).exchange
        import_popolo(exchange, write(tmp_path / "a.json", first))
        dry = import_ocd(exchange, write(tmp_path / "person_9f0c.json", ocd), dry_run=True)
        assert dry.created["person"] == 0 and dry.skipped["person"] == 1, dry.text()
        ((person_id, _),) = people(db)
        assert dry.notes == [
            f"would use the existing person Pamela Schwartz (id {person_id}) for 'Pam Schwartz': "
            "the same state-roster identifier SR-1041"
        ]
        done = import_ocd(exchange, tmp_path / "person_9f0c.json")
        assert done.created["person"] == 0 and done.notes[0].startswith("used the existing person")
        # A different identifier of the same scheme is someone else, though the name is the same.
        other = dict(ocd, _id="ocd-person/77aa", name="Pamela Schwartz")
        other["identifiers"] = [{"scheme": "state-roster", "identifier": "SR-2000"}]
        third = import_ocd(exchange, write(tmp_path / "person_77aa.json", other))
        assert third.created["person"] == 1
        assert f"the existing Pamela Schwartz (id {person_id}) has other identifiers" in third.warnings[0]
    assert [name for _, name in people(db_path)] == ["Pamela Schwartz", "Pamela Schwartz"]


def test_a_name_match_is_said_in_the_dry_run_and_new_person_makes_a_separate_one(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (typed,), path = typed_in(db_path, tmp_path, 1)
    out = run(db_path, "import", "popolo", str(path), "--dry-run", capsys=capsys)
    assert (
        f"  note: would use the existing person Pamela Schwartz (id {typed}) for 'Pamela Schwartz' — "
        "pass --new-person 'Pamela Schwartz' to create a separate one\n"
    ) in out
    assert "would create 1 body and 1 membership" in out and people(db_path) == [(typed, "Pamela Schwartz")]
    out = run(db_path, "import", "popolo", str(path), "--new-person", "pamela schwartz", capsys=capsys)
    assert "created 1 body, 1 membership and 1 person" in out and "note:" not in out
    (_, _), (separate, _) = people(db_path)
    assert members(db_path) == [separate]


def test_ambiguous_names_warn_and_match_person_chooses(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (first, second), path = typed_in(db_path, tmp_path, 2)
    out = run(db_path, "import", "popolo", str(path), "--dry-run", capsys=capsys)
    assert (
        f"several existing people are named 'Pamela Schwartz' (ids {first} and {second}); a new person "
        "would be created — pass --match-person 'Pamela Schwartz=ID' to use one of them."
    ) in out
    assert "would create 1 body, 1 membership and 1 person" in out
    extra = ("--match-person", f"Pamela Schwartz={second}", "--new-person", "Pat Doe")
    out = run(db_path, "import", "popolo", str(path), *extra, capsys=capsys)
    assert "created 1 body and 1 membership" in out
    assert "no person in the file is named 'Pat Doe'; --new-person 'Pat Doe' had nothing to do" in out
    assert members(db_path) == [second] and len(people(db_path)) == 2
    assert main(["--db", str(db_path), "import", "popolo", str(path), "--match-person", "Pamela"]) == 2


def test_the_same_council_twice_creates_nothing_new(db_path: Path, tmp_path: Path) -> None:
    doc = roster(
        {"id": "p1", "name": "Pamela Schwartz", "identifiers": [{"scheme": "wikidata", "identifier": "Q1"}]},
        {"id": "p2", "name": "Dan Ellis"},
    )
    # Two people of one name in one file are two people, not one matched twice.
    doc["persons"].append({"id": "p3", "name": "Dan Ellis"})
    doc["memberships"].append(
        {"id": "ms-p3", "person_id": "p3", "organization_id": "council", "start_date": "2024"}
    )
    path = write(tmp_path / "council.json", doc)
    with open_database(db_path) as db:
        exchange = Services(db).exchange
        assert import_popolo(exchange, path).created["person"] == 3
        again = import_popolo(exchange, path)
        assert sum(again.created.values()) == 0 and not again.updated and not again.warnings, again.text()
        assert again.skipped["person"] == 3 and again.notes == []
        # The same council from another publisher (its own ids): identifiers, then names, find them.
        other = roster(
            {
                "id": "x9",
                "name": "Pamela Schwartz",
                "identifiers": [{"scheme": "wikidata", "identifier": "Q1"}],
            }
        )
        elsewhere = import_popolo(exchange, write(tmp_path / "other.json", other))
        assert elsewhere.created["person"] == 0 and elsewhere.created["body"] == 0, elsewhere.text()
        assert len(people(db)) == 3
