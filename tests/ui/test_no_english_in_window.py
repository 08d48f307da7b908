"""The window in French and in Spanish shows no English: every screen, menu, action and dialog, walked.

Over a copy of the demo whose bodies print their minutes in the window's language (as a French or
Spanish council's would), the walk shows each workspace tab and item tab with every dock open,
triggers every action of every menu and of the toolbar, and opens each "…" button of the screens
and of the dialogs those open; every text on show is checked (english_finder.py says how).
Set COUNCILDESK_SHOTS=/some/folder to keep a screenshot of each screen and dialog.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QTabWidget, QWidget

from councildesk.ui import i18n
from councildesk.ui.minutes_view import MinutesView
from councildesk.ui.screenshot import ITEM_TABS, first_substantive_item
from tests.ui.english_finder import ALLOWED, EnglishFinder, minutes_in, plain, record_texts
from tests.ui.window_walk import Walk


@pytest.fixture(params=["fr", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def every_action(window: Any) -> list[tuple[str, QAction]]:
    """(menu path, action) of each entry of each menu and of the toolbar, once each."""
    found: list[tuple[str, QAction]] = []
    seen: set[int] = set()

    def visit(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                visit(sub, f"{path} ▸ {plain(action.text())}")
            elif not action.isSeparator() and id(action) not in seen:
                seen.add(id(action))
                found.append((f"{path} ▸ {plain(action.text())}", action))

    for action in window.menuBar().actions():
        if isinstance(action.menu(), QMenu):
            visit(action.menu(), plain(action.text()))
    for action in window.main_actions.toolbar.actions():
        if not action.isSeparator() and id(action) not in seen:
            seen.add(id(action))
            found.append((f"toolbar ▸ {plain(action.text())}", action))
    return found


def the_workspace(window: Any, walk: Walk) -> int:
    """Each workspace tab (the Meeting tab with each item tab) and each tab inside it read, what
    their buttons open followed."""
    screens = 0
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        pages = ITEM_TABS if tab == 0 else ("",)
        for page in pages:
            if page:
                window.meeting_view.item_panel.show_tab(ITEM_TABS.index(page))
            QApplication.processEvents()
            where = plain(window.tabs.tabText(tab)) + (f" ▸ {page}" if page else "")
            page_widget: QWidget = window.tabs.currentWidget()
            inner = [
                t
                for t in page_widget.findChildren(QTabWidget)
                if t is not window.meeting_view.item_panel.tabs
            ]
            for state in [None, *((t, i) for t in inner for i in range(t.count()) if t.isVisibleTo(window))]:
                name = where
                if state is not None:
                    state[0].setCurrentIndex(state[1])
                    QApplication.processEvents()
                    name = f"{where} ▸ {plain(state[0].tabText(state[1]))}"
                walk.check(name, window)
                walk.shoot(name, window)
                screens += 1
                walk.follow(name, page_widget, 0)
    for dock in window.findChildren(QDockWidget):
        if dock.isVisible():
            walk.follow(plain(dock.windowTitle()), dock, 0)
    return screens


def test_every_screen_and_dialog_speaks_the_window_language(
    language: str, demo: Any, db_path: Path, make_window: Any
) -> None:
    services, meeting_id = demo
    minutes_in(services, language)
    finder = EnglishFinder(language, record_texts(db_path), ALLOWED)
    shots = Path(os.environ["COUNCILDESK_SHOTS"]) / language if os.environ.get("COUNCILDESK_SHOTS") else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    walk = Walk(finder, shots)

    window = make_window(services)
    window.resize(1366, 768)
    window.show_meeting(meeting_id)
    item_id = first_substantive_item(services, meeting_id)
    assert item_id is not None
    window.meeting_view.agenda.select_item(item_id)
    # A motion with no vote yet, so that the roll call and the voice vote open.
    pending = services.motions.make_motion(item_id, "Que le conseil adopte le point.")
    window.meeting_view.item_panel.motions.show_item(item_id, meeting_id)
    window.meeting_view.item_panel.motions.select_motion(pending.id)
    for dock in (window.history_dock, window.chamber_dock, window.chair_script_dock):
        dock.show()
    walk.run("chamber display", window.chamber_desk.open)

    screens = the_workspace(window, walk)
    # The docks were read above; closed, so that each action is not followed by their refreshes.
    window.chamber_desk.close_display()
    for dock in (window.history_dock, window.chamber_dock, window.chair_script_dock):
        dock.hide()
    actions = every_action(window)
    skipped = {id(window.main_actions.quit_action)}
    for where, action in actions:
        if id(action) in skipped or not action.isEnabled():
            continue
        window.activateWindow()
        walk.run(where, action.trigger)
        walk.check_text(where, "status bar", window.statusBar().currentMessage())
        window.tabs.setCurrentIndex(0)
    walk.check("after every action", window)  # what the actions left on show (status bar, title)

    # Approved minutes open what a draft's cannot: Verify, Record a correction…, Sign and export….
    approved = next(
        m.id
        for m in services.meetings.list_meetings(newest_first=False)
        if m.minutes_status.value == "approved"
    )
    window.show_meeting(approved)
    minutes = window.findChild(MinutesView)
    window.tabs.setCurrentWidget(minutes)
    for action in (minutes.verify_action, minutes.correct_action, minutes.sign_action):
        if action.isEnabled():
            walk.run(f"approved ▸ {plain(action.text())}", action.trigger)
            walk.check(f"approved ▸ {plain(action.text())}", window)

    # The walk reached what it is for: the screens, the actions and the dialogs behind them.
    assert screens >= len(ITEM_TABS) + 2
    assert len(actions) >= 40, [where for where, _ in actions]
    assert len(walk.opened) >= 30, walk.opened
    report = "\n".join(f"{where}:\n  " + "\n  ".join(lines) for where, lines in walk.problems.items())
    if os.environ.get("COUNCILDESK_WALK_REPORT"):
        Path(os.environ["COUNCILDESK_WALK_REPORT"]).write_text(
            report
            + "\n\nTIMES\n"
            + "\n".join(f"{t:.2f} {w}" for t, w in sorted(walk.times)[-15:])
            + "\n\nOPENED\n"
            + "\n".join(walk.opened),
            encoding="utf-8",
        )
    assert not walk.problems, report


def test_the_finder_tells_english_from_french(qapp: QApplication) -> None:
    finder = EnglishFinder("fr", {"Approval of the minutes of the meeting of 4 August 2011"})
    assert finder.english_in("&Make motion") is not None  # a source the catalogue translates otherwise
    assert finder.english_in("Ajout : motion 5 by the clerk") is not None  # English words
    assert finder.english_in("&Proposer") is None
    assert finder.english_in("2 Approval of the minutes of the meeting of 4 August 2011") is None  # a record
    assert finder.english_in("Point 2 : proposition « Approval of the minutes of the meet… »") is None
