"""A refusal raised in a service reaches the clerk in the interface language, through Qt's catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from councildesk.domain.messages import installed_translate
from councildesk.services.container import Services
from councildesk.ui import i18n
from tests.ui.conftest import accept_message


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "Une instance a besoin d'au moins un siège."),
        ("es", "Un órgano necesita al menos un escaño."),
        ("en", "A body needs at least one seat."),
    ],
)
def test_a_refused_change_shows_its_sentence_in_the_interface_language(
    qtbot: Any, make_window: Any, services: Services, english_after: None, lang: str, expected: str
) -> None:
    i18n.install(lang)
    window = make_window(services)
    body = services.bodies.create_body("City Council", 9)
    seen: list[str] = []
    accept_message(qtbot, seen)
    result = window.context.push(
        "Change seats",
        lambda: services.bodies.update_body(body.id, seat_count=0),
        lambda _: None,
        meeting_id=None,
        kinds=(),
    )
    assert result is None
    assert seen == [expected]
    assert window.statusBar().currentMessage() == expected


def test_english_takes_the_lookup_away_again(qapp: QApplication, english_after: None) -> None:
    i18n.install("fr")
    assert installed_translate() is not None
    i18n.install("en")
    assert installed_translate() is None  # English sentences are the source: nothing to look up
