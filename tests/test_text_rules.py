"""Text is cleaned where it is stored: controls removed, broken characters and overlong text refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from councildesk.db.engine import Database
from councildesk.db.models import AgendaItem, Person
from councildesk.domain.errors import UserError
from councildesk.domain.text_rules import clean_text, collapse_blank_lines
from councildesk.exchange.popolo_read import import_popolo
from councildesk.exchange.popolo_write import export_popolo
from councildesk.services.container import Services
from tests.helpers import table_dump


def test_controls_and_escape_sequences_are_removed_tab_and_newline_kept() -> None:
    typed = "Budget\x00 \x1b[31mhearing\x1b[0m\r\nline two\ttab\x07\x7f\x85 done\x1b]0;title\x07"
    assert clean_text(typed, "the item's title", 1000) == "Budget hearing\nline two\ttab done"


def test_a_lone_surrogate_is_refused_naming_the_field() -> None:
    with pytest.raises(
        UserError, match=r"^The text of the item's title holds a broken character at position 4"
    ):
        clean_text("abc\ud800", "the item's title", 1000)


def test_every_service_write_is_cleaned_on_the_way_in(demo: tuple[Services, int], db: Database) -> None:
    services, meeting_id = demo
    item = services.agenda.add_item(meeting_id, "Zoning\x1b[1m appeal\x00", body="first\x0cpage")
    assert item.title == "Zoning appeal"
    person = services.people.create_person("Ada\x08 Lovelace", residence="12 Main St\x1b[K")
    with db.reading() as s:
        stored = s.get(AgendaItem, item.id)
        assert stored is not None and (stored.title, stored.body) == ("Zoning appeal", "firstpage")
        assert s.scalar(select(Person.residence).where(Person.id == person.id)) == "12 Main St"


def test_a_broken_character_anywhere_is_refused_and_changes_nothing(
    demo: tuple[Services, int], db: Database
) -> None:
    services, meeting_id = demo
    before = table_dump(db)
    with pytest.raises(UserError, match="the item's title holds a broken character"):
        services.agenda.add_item(meeting_id, "Fine title \udc80")
    with pytest.raises(UserError, match="the agenda item's body holds a broken character"):
        services.agenda.add_item(meeting_id, "Fine title", body="broken \ud800 body")
    assert table_dump(db) == before


def test_the_length_rule_is_the_column_length_on_sqlite_too(demo: tuple[Services, int], db: Database) -> None:
    services, _ = demo
    before = table_dump(db)
    with pytest.raises(UserError, match=r"the person's residence is 201 characters long; at most 200 fit"):
        services.people.create_person("Grace Hopper", residence="x" * 201)
    with pytest.raises(UserError, match=r"10,001 characters long; at most 10,000 fit"):
        services.matters.create_matter("2011-99", "t" * 10_001)
    assert table_dump(db) == before


def test_runs_of_blank_lines_collapse_for_printing() -> None:
    assert collapse_blank_lines("a" + "\n" * 3000 + "b") == "a\n\nb"
    assert collapse_blank_lines("a\n\nb\nc") == "a\n\nb\nc"
    assert collapse_blank_lines("a\n \n\t\n\nb") == "a\n\nb"


def test_an_import_with_a_lone_surrogate_is_one_sentence_and_changes_nothing(
    demo: tuple[Services, int], db: Database, tmp_path: Path
) -> None:
    services, _ = demo
    exported = export_popolo(services.exchange, tmp_path / "out")
    data = json.loads(exported.read_text())
    person = data["persons"][0]
    person["name"] = person["extras"]["councildesk"]["display_name"] = "City \ud800 Clerk"  # valid JSON
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data))
    before = table_dump(db)
    with pytest.raises(UserError, match=r"broken\.json.*the person's display name holds a broken character"):
        import_popolo(services.exchange, broken)
    assert table_dump(db) == before
