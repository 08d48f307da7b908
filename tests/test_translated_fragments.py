"""No English piece inside a translated refusal: record nouns, field names, months and database reasons."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from councildesk.cli import language
from councildesk.db.engine import open_database
from councildesk.db.faults import database_error_sentence
from councildesk.domain.errors import NotFoundError, StaleEdit
from councildesk.domain.messages import QT_TRANSLATE_NOOP, install_translate
from councildesk.services.container import Services
from councildesk.services.stale_edit import _when
from tests.builders import small_council


@pytest.fixture
def french() -> Iterator[None]:
    language.install("fr")
    yield
    install_translate(None)


def test_a_stale_edit_reads_in_french_with_the_field_and_the_record_named_in_french(
    tmp_path: Path, french: None
) -> None:
    with open_database(str(tmp_path / "council.db")) as db:
        services = Services(db)
        council = small_council(services)
        seen = services.agenda.get_item(council.item_id)
        services.agenda.update_item(council.item_id, title="Order to repave Elm Street and Oak Street")
        with pytest.raises(StaleEdit) as refused:
            services.agenda.update_item(council.item_id, title="Repave", expected_version=seen.row_version)
    assert re.search(
        r" a modifié le titre de ce point de l'ordre du jour à \d\d h \d\d; "
        r"votre modification n'a pas été enregistrée\.$",
        refused.value.message,
    ), refused.value.message
    assert "agenda item" in str(refused.value)  # the English sentence is kept for the log


def test_an_earlier_day_is_written_with_the_month_in_the_readers_language(french: None) -> None:
    assert _when(datetime(2011, 8, 18, 19, 42)).translated() == "le 18 août 2011 à 19 h 42"
    install_translate(None)
    assert _when(datetime(2011, 8, 18, 19, 42)).translated() == "on 18 August 2011 at 19:42"
    language.install("es")
    assert _when(datetime(2011, 8, 18, 7, 5)).translated() == "el 18 de agosto de 2011 a las 07:05"


def test_a_missing_record_is_named_by_a_french_noun(tmp_path: Path, french: None) -> None:
    with open_database(str(tmp_path / "council.db")) as db, pytest.raises(NotFoundError) as missing:
        Services(db).meetings.get_meeting(4242)
    assert "séance" in missing.value.message and "meeting" not in missing.value.message


def test_a_database_fault_gives_its_reason_in_french(french: None) -> None:
    error = database_error_sentence(sqlite3.OperationalError("database or disk is full"), "/srv/c.db")
    assert error is not None
    assert error.message.endswith("le disque est plein; libérez de l'espace et réessayez.")
    assert str(error).endswith("the disk is full; free some space and try again.")


def test_a_day_inside_a_refusal_reads_in_the_readers_language(french: None) -> None:
    from datetime import date

    from councildesk.domain.errors import LockedError
    from councildesk.services.guards import day_of

    assert day_of(date(2011, 8, 18)).translated() == "18 août 2011"
    error = LockedError(
        QT_TRANSLATE_NOOP(
            "services",
            "The minutes of the meeting of {long_date} are approved and locked; record a correction instead.",
        ),
        long_date=day_of(date(2011, 8, 18)),
    )
    assert "18 août 2011" in error.message and str(error).startswith(
        "The minutes of the meeting of 18 August 2011"
    )
