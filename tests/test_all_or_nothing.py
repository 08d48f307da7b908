"""A load of many steps commits once: a failure half-way leaves the database as it was."""

from __future__ import annotations

import pytest

from councildesk.db.engine import Database
from councildesk.domain.errors import UserError
from councildesk.sample.demo import load_demo
from councildesk.services.container import Services
from councildesk.services.person_service import PersonService
from tests.helpers import table_dump


def test_a_demo_that_fails_half_way_leaves_the_database_unchanged(
    services: Services, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = table_dump(db)
    real = PersonService.create_person
    calls = []

    def fails_at_the_fifth(self: PersonService, display_name: str, **fields: object) -> object:
        calls.append(display_name)
        if len(calls) == 5:
            raise UserError("The disk is full.")  # what a real fault half-way looks like to the loader
        return real(self, display_name, **fields)

    monkeypatch.setattr(PersonService, "create_person", fails_at_the_fifth)
    with pytest.raises(UserError, match="disk is full"):
        load_demo(services)
    assert len(calls) == 5
    assert table_dump(db) == before
    monkeypatch.undo()
    load_demo(services)  # and the same database takes the whole demo afterwards
    assert len(services.meetings.list_meetings()) == 3


def test_an_inner_refusal_undoes_only_its_own_part(services: Services, db: Database) -> None:
    with db.transaction():
        kept = services.people.create_person("Kept Person")
        with pytest.raises(UserError, match="residence"):
            services.people.create_person("Refused", residence="x" * 201)  # refused when written
        assert services.people.count() == 1
    assert services.people.count() == 1
    assert services.people.get_person(kept.id).display_name == "Kept Person"
