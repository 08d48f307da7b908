"""The History panel's Before → after column in French: field labels, codes as labels, people by name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from councildesk.services.dto import AuditEntryDTO
from councildesk.ui import i18n
from councildesk.ui.history_panel import describe_changes


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install("fr")
    yield
    i18n.install("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def entry(action: str, entity: str, before: object, after: object) -> AuditEntryDTO:
    dumped = [json.dumps(v) if v is not None else None for v in (before, after)]
    return AuditEntryDTO(1, datetime(2011, 8, 18, 19, 5), "clerk", action, entity, 7, *dumped)


NAMES = {3: "Pamela Schwartz", 4: "David J. Narkewicz"}


def test_changes_read_in_french(french: None) -> None:
    changed = entry(
        "update",
        "motion",
        {"disposition": "pending", "mover_id": None},
        {"disposition": "adopted", "mover_id": 3},
    )
    assert (
        describe_changes(changed, NAMES.get)
        == "sort\xa0: En suspens → Adoptée; proposeur\xa0: — → Pamela Schwartz"
    )
    created = entry("create", "agenda_item", None, {"id": 7, "title": "Règlement", "consent": True})
    assert (
        describe_changes(created) == "ordre du jour de consentement\xa0: oui; titre\xa0: Règlement"
    )  # the id is the What column's
    ballots = entry("ballots", "vote", None, {"3": ["yes", ""], "4": ["recused", "conflict"]})
    assert (
        describe_changes(ballots, NAMES.get)
        == "Pamela Schwartz\xa0: Pour; David J. Narkewicz\xa0: Récusation — conflict"
    )


def test_english_names_the_fields_in_words(qapp: QApplication) -> None:
    changed = entry("update", "agenda_item", {"started_at": None}, {"started_at": "2011-08-18T19:43:00"})
    assert describe_changes(changed) == "started at: — → 2011-08-18 19:43:00"
