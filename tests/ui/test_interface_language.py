"""The interface language: the setting, the system default, the catalogues installed, the View menu choice."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from councildesk.ui import app_settings, i18n
from tests.ui.conftest import accept_message


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs, the next test starts in English again."""
    yield
    i18n.install("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_system_language_is_followed_when_there_is_a_catalogue_for_it() -> None:
    assert i18n.resolve("system", QLocale("fr_CA")) == "fr"
    assert i18n.resolve("system", QLocale("es_PR")) == "es"
    assert i18n.resolve("system", QLocale("de_DE")) == "en"  # no German catalogue: English
    assert i18n.resolve("es", QLocale("fr_CA")) == "es"  # the clerk's choice wins


def test_the_setting_defaults_to_the_system_and_refuses_a_strange_value(settings: QSettings) -> None:
    assert app_settings.INTERFACE_LANGUAGE.read(settings) == "system"
    settings.setValue("ui/language", "klingon")
    assert app_settings.INTERFACE_LANGUAGE.read(settings) == "system"
    app_settings.INTERFACE_LANGUAGE.write(settings, "fr")
    assert app_settings.INTERFACE_LANGUAGE.read(settings) == "fr"


def test_fmt_puts_values_by_name_and_survives_a_damaged_translation() -> None:
    assert i18n.fmt("{who} moved {item}", who="Ms. Ruiz", item="7.2") == "Ms. Ruiz moved 7.2"
    assert i18n.fmt("{who} propose {chose}", who="M. Roy") == "M. Roy propose {chose}"
    assert i18n.fmt("{0} {} {who", who="x") == "{0} {} {who"


def test_english_plurals_need_no_catalogue() -> None:
    assert i18n.translate("MainWindow", "%n section(s)", "", 1) == "1 section"
    assert i18n.translate("MainWindow", "%n section(s)", "", 3) == "3 sections"
    assert i18n.translate("RecordsView", "%n match(es)", "", 2) == "2 matches"


def test_spanish_installs_qt_own_buttons_and_english_removes_them(english_after: None) -> None:
    assert i18n.install("es") == "es"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    assert i18n.install("en") == "en"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_view_menu_saves_the_choice_and_says_it_applies_at_the_next_start(
    qtbot: Any, settings: QSettings, demo: Any, make_window: Any
) -> None:
    services, _ = demo
    window = make_window(services)
    menu = window.main_actions.language_menu
    assert [a.text() for a in menu.actions()] == ["System language", "English", "Español", "Français"]
    assert menu.choice_actions["system"].isChecked()
    seen: list[str] = []
    accept_message(qtbot, seen)
    menu.choice_actions["fr"].trigger()
    assert seen == ["The window will be in Français the next time CouncilDesk starts."]
    assert app_settings.INTERFACE_LANGUAGE.read(settings) == "fr"
    assert menu.choice_actions["fr"].isChecked()
