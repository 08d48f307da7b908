"""The window in Spanish and in French at 1366×768: every screen drawn, menus translated, no text cut.

Set COUNCILDESK_SHOTS=/some/folder to keep the screenshots and look at them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget

from councildesk.ui import i18n
from councildesk.ui.screenshot import ITEM_TABS, first_substantive_item


@pytest.fixture(params=["es", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def shots_folder(tmp_path: Path) -> Path:
    keep = os.environ.get("COUNCILDESK_SHOTS")
    return Path(keep) if keep else tmp_path


def cut_texts(window: QWidget) -> list[str]:
    """Visible buttons, tool buttons, tabs and one-line labels whose text is wider than their room."""
    cut: list[str] = []
    for button in window.findChildren(QAbstractButton):
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not text or not button.isVisible() or button.width() == 0:
            continue
        needed = button.fontMetrics().horizontalAdvance(text)
        room = button.contentsRect().width()
        if button.icon().isNull() and needed > room:
            cut.append(f"{type(button).__name__} {text!r}: {needed} px in {room}")
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for i in range(bar.count()):
            text = bar.tabText(i).replace("&&", "\0").replace("&", "").replace("\0", "&")
            if bar.fontMetrics().horizontalAdvance(text) > bar.tabRect(i).width():
                cut.append(f"tab {text!r}")
    for label in window.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap() and label.textFormat() != Qt.TextFormat.RichText:
            text = label.text().replace("&", "")
            one_line = "\n" not in text and "<" not in text
            if one_line and label.fontMetrics().horizontalAdvance(text) > label.width() + 1:
                cut.append(f"label {text!r}")
    return cut


def test_each_main_screen_in_the_language_with_nothing_cut(
    language: str, demo: Any, qtbot: Any, tmp_path: Path
) -> None:
    from councildesk.ui.main_window import MainWindow

    services, meeting_id = demo
    window = MainWindow(services, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.resizeDocks([window.navigator_dock], [240], Qt.Orientation.Horizontal)
    window.show()
    qtbot.waitExposed(window)
    window.show_meeting(meeting_id)
    item_id = first_substantive_item(services, meeting_id)
    assert item_id is not None
    window.meeting_view.agenda.select_item(item_id)

    menus = [action.text() for action in window.menuBar().actions()]
    expected = {"es": "&Archivo", "fr": "&Fichier"}[language]
    assert menus[0] == expected, menus
    assert all(i18n.translate("MainActions", t) != t for t in ("&File", "&Meeting", "&Help"))

    folder = shots_folder(tmp_path)
    problems: dict[str, list[str]] = {}
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        pages = ITEM_TABS if tab == 0 else ("",)
        for page in pages:
            if page:
                window.meeting_view.item_panel.show_tab(ITEM_TABS.index(page))
            QApplication.processEvents()
            name = f"{language}_{tab}{'_' + page if page else ''}"
            assert window.grab().save(str(folder / f"{name}.png"))
            if cut := cut_texts(window):
                problems[name] = cut
    assert not problems, problems
