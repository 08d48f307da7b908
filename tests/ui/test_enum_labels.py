"""Enumeration labels and the History panel follow the interface language; the minutes keep the body's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from enum import StrEnum

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from councildesk.domain import enums
from councildesk.domain.enums import AttendanceStatus, BallotOption, MeetingKind, MembershipRole, VoteResult
from councildesk.ui import i18n
from councildesk.ui.enum_labels import LABELS, label


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install("fr")
    yield
    i18n.install("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def every_member() -> list[StrEnum]:
    kinds = [
        k for k in vars(enums).values() if isinstance(k, type) and issubclass(k, StrEnum) and k is not StrEnum
    ]
    return [member for kind in kinds for member in kind]


def test_every_enumeration_value_is_declared_for_the_window() -> None:
    missing = [
        f"{type(m).__name__}.{m.name}" for m in every_member() if LABELS.get((type(m), m)) != enums.label(m)
    ]
    assert not missing, "add these to councildesk/ui/enum_labels.py:\n" + "\n".join(missing)


def test_labels_read_in_french_and_one_english_word_reads_apart_by_enumeration(french: None) -> None:
    assert label(BallotOption.YES) == "Pour"
    assert label(AttendanceStatus.PRESENT) == "Présent"
    assert label(BallotOption.PRESENT) == "Présent, sans voter"  # same English, another meaning
    assert label(MeetingKind.SPECIAL) == "Extraordinaire"
    assert label(MembershipRole.CLERK) == "Greffier"
    assert label(VoteResult.PASS) == "Adoptée"
    untranslated = [f"{type(m).__name__}.{m.name}" for m in every_member() if label(m) == enums.label(m)]
    # Words French writes as English does (Communication, Absent, Proclamation, Abstention …).
    assert len(untranslated) < 15, untranslated


def test_the_minutes_keep_their_own_language_while_the_window_is_in_french(french: None) -> None:
    from councildesk.reports.minutes_words import Words

    assert label(MeetingKind.SPECIAL) == "Extraordinaire"
    assert Words("en").label(MeetingKind.SPECIAL) == "Special"
    assert Words("es").label(MeetingKind.SPECIAL) == "extraordinaria"


def test_english_is_the_domain_label(qapp: QApplication) -> None:
    i18n.install("en")
    assert label(MeetingKind.EXECUTIVE_SESSION) == "Executive session"
    assert label(BallotOption.NO) == "No"


def test_the_history_what_column_reads_in_the_languages_word_order(qapp: QApplication) -> None:
    from councildesk.services.dto import AuditEntryDTO
    from councildesk.ui.history_panel import describe_what

    added = AuditEntryDTO(1, datetime(2024, 3, 5, 19, 20), "mlopez", "create", "meeting", 5, None, "{}")
    changed = AuditEntryDTO(2, datetime(2024, 3, 5, 19, 21), "mlopez", "update", "agenda_item", 7, "{}", "{}")
    assert describe_what(added) == "added meeting 5"
    i18n.install("fr")
    try:
        assert describe_what(added) == "Ajout\u00a0: séance 5"
        assert describe_what(changed) == "Modification\u00a0: point de l'ordre du jour 7"
        i18n.install("es")
        assert describe_what(changed) == "Se cambió: punto del orden del día 7"
    finally:
        i18n.install("en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_dates_times_and_thresholds_in_the_window_follow_its_language(french: None) -> None:
    from councildesk.domain.house_style import HouseStyle
    from councildesk.domain.rules import Threshold
    from councildesk.ui.enum_labels import describe_threshold
    from councildesk.ui.local_dates import long_date, short_date, window_style

    day = datetime(2011, 8, 18, 19, 0)
    assert long_date(day, weekday=True) == "jeudi 18 août 2011"
    assert short_date(day, weekday=True, with_year=False) == "jeu. 18 août"
    assert window_style(HouseStyle()).time(day) == "19\u00a0h\u00a000"  # an English body's clock, in French
    assert describe_threshold(Threshold()) == "majorité des voix exprimées"
    i18n.install("en")
    assert long_date(day, weekday=True) == "Thursday 18 August 2011"
    assert window_style(HouseStyle()).time(day) == "7:00 p.m."
