"""The main window: menus, shortcuts, new meeting, header, live mode, settings, files, dialogs, app wiring."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from councildesk.domain.enums import MeetingKind, MeetingStatus
from councildesk.services.container import Services
from councildesk.ui.bodies_dialog import BodiesDialog, BodyFormDialog, TermDialog
from councildesk.ui.meeting_dialog import MeetingHeaderDialog, NewMeetingDialog, next_thursday_evening
from councildesk.ui.people_dialog import PeopleDialog
from councildesk.ui.shortcuts_dialog import ShortcutsDialog
from tests.ui.conftest import refocus, type_into_dialog, when_modal, without_audit

pytestmark = pytest.mark.gui
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_next_thursday_is_never_today() -> None:
    assert next_thursday_evening(date(2026, 11, 26)) == datetime(2026, 12, 3, 19, 0)  # a Thursday
    assert next_thursday_evening(date(2026, 11, 28)) == datetime(2026, 12, 3, 19, 0)  # a Saturday
    assert next_thursday_evening(date(2026, 11, 25)) == datetime(2026, 11, 26, 19, 0)


def test_menus_and_every_shortcut_listed_without_clashes(qtbot: Any, make_window: Any, demo: Any) -> None:
    services, seed = demo
    window = make_window(services)
    window.show_meeting(seed)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:5] == ["File", "Edit", "Meeting", "Agenda", "View"] and titles[-1] == "Help"
    listed = window.main_actions.all_shortcuts()
    listed_keys = {keys for keys, _ in listed}
    for expected in ("Ctrl+Shift+N", "Ctrl+Z", "Ins", "Ctrl+]", "Ctrl+[", "Alt+Up", "F8", "Ctrl+Q", "Ctrl+/"):
        assert any(expected in keys.split(", ") for keys in listed_keys), expected
    # Every action in a menu with a shortcut is listed (the list is built from the actions).
    in_menus = [
        a
        for m in window.findChildren(type(window.menu("File")))
        for a in m.actions()
        if not a.shortcut().isEmpty() and not a.isSeparator()
    ]
    assert {a.shortcut().toString(QKeySequence.SequenceFormat.NativeText) for a in in_menus} <= {
        k for keys in listed_keys for k in keys.split(", ")
    }
    # No two window-wide actions share a key: Qt would then run neither.
    window_wide: dict[str, str] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue
        for key in action.shortcuts():
            text = key.toString()
            assert window_wide.setdefault(text, action.text()) == action.text(), f"{text} is used twice"

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        assert ("Ctrl+Shift+N", "Meeting ▸ New meeting") in dialog.texts()
        qtbot.keyClicks(dialog.filter_edit, "indent")
        visible = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
        assert [dialog.table.item(r, 1).text() for r in visible] == ["Agenda ▸ Indent"]
        dialog.reject()

    when_modal(check)
    qtbot.keyClick(window.meeting_view.agenda.tree, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)


def test_new_meeting_by_keyboard_with_defaults_then_undo_and_redo(
    qtbot: Any, make_window: Any, demo: Any
) -> None:
    services, _seed = demo
    window = make_window(services)
    before = without_audit(services.db)
    seen: dict[str, Any] = {}

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        seen.update(dialog.values())
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    when_modal(accept)
    qtbot.keyClick(window.navigator, Qt.Key.Key_N, CTRL_SHIFT)
    assert seen["kind"] is MeetingKind.REGULAR
    assert seen["scheduled_start"] == next_thursday_evening(date.today())
    assert seen["location"].startswith("City Council Chambers")  # where this body last met
    new_id = window.current_meeting_id()
    assert new_id is not None
    meeting = services.meetings.get_meeting(new_id)
    assert (
        meeting.body_name == "Northampton City Council" and meeting.scheduled_start == seen["scheduled_start"]
    )
    start = seen["scheduled_start"]
    # Dates read as a clerk writes them: 'Thu 3 Dec', no leading zero.
    assert window.navigator.currentIndex().data().startswith(f"{start:%a} {start.day} {start:%b} · Regular")
    assert window.windowTitle().startswith("Northampton City Council, ")

    refocus(qtbot, window.navigator)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert without_audit(services.db) == before
    assert window.current_meeting_id() is None
    assert window.meeting_view.empty_label.isVisible()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Z, CTRL_SHIFT)
    assert window.current_meeting_id() is not None
    assert (
        services.meetings.get_meeting(window.current_meeting_id()).scheduled_start == seen["scheduled_start"]
    )


def test_new_meeting_remembers_the_last_place(
    qtbot: Any, make_window: Any, demo: Any, settings: QSettings
) -> None:
    services, _seed = demo
    window = make_window(services)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        dialog.place_edit.selectAll()
        qtbot.keyClicks(dialog.place_edit, "JFK Middle School auditorium")
        qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)

    when_modal(fill)
    window.main_actions.new_meeting_action.trigger()
    assert settings.value("meeting/last_place") == "JFK Middle School auditorium"
    dialog = NewMeetingDialog(services, window, last_place=str(settings.value("meeting/last_place")))
    assert dialog.place_edit.text() == "JFK Middle School auditorium"


def test_header_edit_and_live_mode_round_trip(qtbot: Any, make_window: Any, demo: Any) -> None:
    services, seed = demo
    council = services.meetings.get_meeting(seed).body_id
    meeting = services.meetings.create_meeting(council, datetime(2011, 9, 15, 19, 0))
    window = make_window(services)
    window.show_meeting(meeting.id)
    start = without_audit(services.db)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, MeetingHeaderDialog)
        qtbot.keyClicks(dialog.place_edit, "Council Chambers")
        dialog.presiding_combo.setFocus()
        qtbot.keyClicks(dialog.presiding_combo, "David")
        qtbot.keyClicks(dialog.notices_edit, "Meeting recorded by Northampton Community Television.")
        dialog.accept()

    when_modal(edit)
    qtbot.keyClick(window.navigator, Qt.Key.Key_D, CTRL_SHIFT)
    got = services.meetings.get_meeting(meeting.id)
    assert got.location == "Council Chambers" and got.presiding_name == "David J. Narkewicz"
    assert got.notices == "Meeting recorded by Northampton Community Television."
    assert "Presiding: David J. Narkewicz" in window.meeting_view.details_label.text()

    refocus(qtbot, window.navigator)
    qtbot.mouseClick(window.meeting_view.call_button, Qt.MouseButton.LeftButton)
    got = services.meetings.get_meeting(meeting.id)
    assert got.status is MeetingStatus.IN_PROGRESS and got.called_to_order_at is not None
    assert "called to order" in window.meeting_view.clock_label.text()
    qtbot.keyClick(window.navigator, Qt.Key.Key_J, CTRL_SHIFT)  # adjourn, which asks first
    qtbot.keyClick(window.meeting_view.adjourn_question, Qt.Key.Key_Return)
    assert services.meetings.get_meeting(meeting.id).status is MeetingStatus.ADJOURNED
    for _ in range(3):
        window.undo_stack.undo()
    assert without_audit(services.db) == start


def test_adjourning_before_call_to_order_is_refused(qtbot: Any, make_window: Any, demo: Any) -> None:
    services, seed = demo
    council = services.meetings.get_meeting(seed).body_id
    meeting = services.meetings.create_meeting(council, datetime(2011, 9, 15, 19, 0))
    window = make_window(services)
    window.show_meeting(meeting.id)
    assert not window.meeting_view.adjourn_button.isEnabled()
    messages: list[str] = []

    def close(dialog: QWidget) -> None:
        messages.append(dialog.text())  # type: ignore[attr-defined]
        dialog.close()

    when_modal(close)
    window.meeting_view.adjourn()  # the action is disabled; reached some other way, the service refuses
    assert messages == ["The meeting has not been called to order yet."]
    assert window.undo_stack.count() == 0


def test_approved_meeting_shows_banner_with_date_and_refuses_header_edit(
    qtbot: Any, make_window: Any, demo: Any
) -> None:
    services, seed = demo
    first = services.meetings.list_meetings(newest_first=False)[0]
    assert services.meetings.get_meeting(first.id).locked
    window = make_window(services)
    window.show_meeting(first.id)
    view = window.meeting_view
    assert view.banner.text() == (
        "Minutes approved on 18 August 2011 — read only; record corrections in the Minutes tab."
    )
    assert not view.edit_header_action.isEnabled() and not view.call_button.isEnabled()
    before = without_audit(services.db)
    view.edit_header()  # as if reached some other way: it explains instead
    assert "approved, so it is read only" in window.statusBar().currentMessage()
    assert without_audit(services.db) == before
    window.show_meeting(seed)
    assert not view.banner.isVisible() and view.edit_header_action.isEnabled()


def test_geometry_and_recent_files_are_remembered(
    qtbot: Any, make_window: Any, demo: Any, settings: QSettings
) -> None:
    services, seed = demo
    window = make_window(services)
    window.show_meeting(seed)
    window.resize(780, 600)  # a size that fits the (800×800 offscreen) screen is restored
    window.close()
    assert settings.value("recent/files") == [str(services.db.path)]
    again = make_window(services, resize=False)
    assert again.height() == 600 and 700 <= again.width() <= 800  # the window frame may differ a little
    assert again.remembered_meeting() == seed
    again.switcher.remember_recent("/elsewhere/other.db")
    assert again.switcher.recent_files() == ["/elsewhere/other.db", str(services.db.path)]
    again.switcher.fill_recent_menu()
    texts = [a.text() for a in again.switcher.recent_menu.actions()]
    assert texts == ["/elsewhere/other.db", str(services.db.path)]
    assert not any(a.isEnabled() for a in again.switcher.recent_menu.actions())  # missing, and the one open


def test_backup_writes_a_consistent_copy(
    qtbot: Any, make_window: Any, demo: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, _seed = demo
    window = make_window(services)
    target = tmp_path / "copy.db"
    # The file dialog is the system edge; everything after it is real.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.main_actions.backup_action.trigger()
    assert target.exists()
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM meeting").fetchone()[0] == 3
    assert "Backed up to" in window.statusBar().currentMessage()


def test_new_and_open_database_ask_the_app_to_switch(
    qtbot: Any, make_window: Any, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(services)
    requested: list[str] = []
    window.databaseRequested.connect(requested.append)
    fresh = tmp_path / "fresh.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(fresh), "")))
    window.main_actions.new_db_action.trigger()
    assert requested == [str(fresh)]
    existing = services.db.path
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(existing), "")))
    messages: list[str] = []

    def close(dialog: QWidget) -> None:
        messages.append(dialog.text())  # type: ignore[attr-defined]
        dialog.close()

    when_modal(close)
    window.main_actions.new_db_action.trigger()
    assert messages == [f"{existing} already exists; open it with File ▸ Open… instead."]
    assert requested == [str(fresh)]


def test_app_controller_creates_the_demo_on_first_launch_and_refuses_a_busy_file(
    qtbot: Any, tmp_path: Path, settings: QSettings
) -> None:
    from councildesk.app import AppController

    controller = AppController(settings)
    target = tmp_path / "first.db"
    try:
        assert controller.open(target, demo_if_new=True)
        qtbot.addWidget(controller.window)
        assert controller.window.current_meeting_id() is not None  # a working council at once
        assert [b.name for b in controller.window.services.bodies.list_bodies()] == [
            "Northampton City Council"
        ]
        second = AppController(settings)
        messages: list[str] = []

        def close(dialog: QWidget) -> None:
            messages.append(dialog.text())  # type: ignore[attr-defined]
            dialog.close()

        when_modal(close)
        assert second.open(target) is False
        assert len(messages) == 1 and "CouncilDesk" in messages[0]
        # Switching to a new, empty database gives a new window over it; the old one is closed.
        old = controller.window
        controller.switch(str(tmp_path / "empty.db"))
        qtbot.addWidget(controller.window)
        assert controller.window is not old
        assert controller.window.services.bodies.list_bodies() == []
    finally:
        if controller.window is not None:
            controller.window.undo_stack.clear()
            controller.window.close()
        controller.close()


def test_screenshot_command_writes_a_png(tmp_path: Path) -> None:
    db = tmp_path / "shot.db"
    out = tmp_path / "shot.png"
    cli = [sys.executable, "-m", "councildesk", "--db", str(db)]
    subprocess.run([*cli, "demo"], check=True, capture_output=True, timeout=120)
    result = subprocess.run(
        [*cli, "screenshot", str(out), "--meeting", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() >= 700


def test_people_dialog_adds_and_edits_with_undo(qtbot: Any, make_window: Any, services: Services) -> None:
    window = make_window(services)
    dialog = PeopleDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    before = without_audit(services.db)
    dialog.new_button.click()
    qtbot.keyClicks(dialog.edits["display_name"], "Amy Bookbinder")
    qtbot.keyClicks(dialog.edits["residence"], "Leeds")
    qtbot.keyClick(dialog.edits["residence"], Qt.Key.Key_Return)
    amy = services.people.find_by_name("Amy Bookbinder")
    assert amy is not None and amy.residence == "Leeds"
    qtbot.waitUntil(lambda: dialog.editing is not None and dialog.editing.id == amy.id)
    dialog.edits["residence"].selectAll()
    qtbot.keyClicks(dialog.edits["residence"], "Florence")
    qtbot.keyClick(dialog.edits["residence"], Qt.Key.Key_Return)
    assert services.people.get_person(amy.id).residence == "Florence"
    window.undo_stack.undo()
    assert services.people.get_person(amy.id).residence == "Leeds"
    window.undo_stack.undo()
    assert without_audit(services.db) == before
    assert dialog.model.rowCount() == 0

    messages: list[str] = []

    def close(box: QWidget) -> None:
        messages.append(box.text())  # type: ignore[attr-defined]
        box.close()

    dialog.new_button.click()
    when_modal(close)
    dialog.save_button.click()
    assert messages == ["The person's name cannot be empty."]
    assert without_audit(services.db) == before


def test_bodies_dialog_body_seat_and_term_with_undo(qtbot: Any, make_window: Any, services: Services) -> None:
    window = make_window(services)
    dialog = BodiesDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    before = without_audit(services.db)

    def new_body(form: QWidget) -> None:
        assert isinstance(form, BodyFormDialog)
        qtbot.keyClicks(form.name_edit, "Northampton City Council")
        form.seats_spin.setValue(9)
        form.accept()

    when_modal(new_body)
    dialog.new_body_button.click()
    council = services.bodies.list_bodies()[0]
    assert council.seat_count == 9
    type_into_dialog(qtbot, "Ward 4")
    dialog.add_post_button.click()
    assert [p.label for p in services.bodies.list_posts(council.id)] == ["Ward 4"]

    def term(form: QWidget) -> None:
        assert isinstance(form, TermDialog)
        form.person_combo.setFocus()
        qtbot.keyClicks(form.person_combo.lineEdit(), "Pamela Schwartz")
        form.seat_combo.setCurrentIndex(form.seat_combo.findText("Ward 4"))
        form.start_edit.setDate(form.start_edit.date().fromString("2010-01-04", "yyyy-MM-dd"))
        form.accept()

    when_modal(term)
    dialog.add_term_button.click()
    members = services.bodies.members_on(council.id, date(2011, 8, 18))
    assert [(m.person_name, m.post_label) for m in members] == [("Pamela Schwartz", "Ward 4")]
    assert dialog.terms_model.rowCount() == 1
    # The new person and their term were one step for the clerk: one undo takes back both.
    window.undo_stack.undo()
    assert services.people.find_by_name("Pamela Schwartz") is None
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert without_audit(services.db) == before


def test_dialog_models_pass_qt_model_tester(qtmodeltester: Any, demo: Any) -> None:
    from councildesk.ui.dto_table_model import DtoTableModel

    services, _seed = demo
    model = DtoTableModel(
        [("Name", lambda p: p.display_name), ("Title", lambda p: p.title)], services.people.find_people
    )
    qtmodeltester.check(model, force_py=True)
    model.refresh()


def test_focus_shortcuts_reach_every_pane(qtbot: Any, make_window: Any, demo: Any) -> None:
    services, seed = demo
    window = make_window(services)
    window.show_meeting(seed)
    focus = window.meeting_view.agenda.tree
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.navigator
    qtbot.keyClick(window.navigator, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.meeting_view.attendance.table
    qtbot.keyClick(window.meeting_view.attendance.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.meeting_view.agenda.tree
    qtbot.keyClick(window.meeting_view.agenda.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.filter_edit
    qtbot.keyClicks(window.filter_edit, "Chambers")
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    assert window.navigator_model.rowCount() == 3
    assert QApplication.focusWidget() is window.navigator


def test_every_control_in_the_meeting_view_has_an_accessible_name(make_window: Any, demo: Any) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QHeaderView, QLineEdit

    services, seed = demo
    window = make_window(services)
    window.show_meeting(seed)
    mine = [
        window.filter_edit,
        window.navigator,
        *window.meeting_view.attendance.findChildren(QAbstractButton),
        *window.meeting_view.attendance.findChildren(QAbstractItemView),
        *window.meeting_view.agenda.findChildren(QAbstractItemView),
        window.meeting_view.edit_button,
        window.meeting_view.call_button,
        window.meeting_view.adjourn_button,
    ]
    # Qt's own parts of a view (corner button, headers) are announced with the view itself.
    mine = [w for w in mine if not w.objectName().startswith("qt_") and not isinstance(w, QHeaderView)]
    unnamed = [
        w
        for w in mine
        if isinstance(w, (QAbstractButton, QAbstractItemView, QLineEdit))
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert unnamed == []


def test_refused_term_leaves_no_new_person_behind(qtbot: Any, make_window: Any, demo: Any) -> None:
    services, _seed = demo
    window = make_window(services)
    dialog = BodiesDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    before = without_audit(services.db)
    messages: list[str] = []

    def term(form: QWidget) -> None:
        assert isinstance(form, TermDialog)
        qtbot.keyClicks(form.person_combo.lineEdit(), "Newcomer Councilor")
        form.seat_combo.setCurrentIndex(form.seat_combo.findText("Ward 4"))  # Pamela Schwartz's seat
        form.start_edit.setDate(form.start_edit.date().fromString("2011-01-01", "yyyy-MM-dd"))
        form.accept()

        def close(box: QWidget) -> None:
            messages.append(box.text())  # type: ignore[attr-defined]
            box.close()
            when_modal(back)

        when_modal(close)

    def back(form: QWidget) -> None:
        """The refused term's dialog comes back with what was typed (before, it was lost)."""
        assert isinstance(form, TermDialog)
        kept.append(form.person_combo.currentText())
        form.reject()

    kept: list[str] = []
    when_modal(term)
    dialog.add_term_button.click()
    assert messages == ["Pamela Schwartz already holds the seat Ward 4 during that term."]
    assert kept == ["Newcomer Councilor"]
    assert services.people.find_by_name("Newcomer Councilor") is None
    assert without_audit(services.db) == before


def test_first_launch_without_a_database_opens_the_window_on_the_demo(tmp_path: Path) -> None:
    """`councildesk` with no command: the real application, in its own process, with its own folders."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # QSettings: never the user's own
        "XDG_DATA_HOME": str(tmp_path / "data"),  # platformdirs: the default database and the log
    }
    errors = tmp_path / "stderr.txt"
    with errors.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "councildesk"], env=env, stdout=subprocess.DEVNULL, stderr=err
        )
    database = tmp_path / "data" / "CouncilDesk" / "councildesk.db"
    try:
        names: list[str] = []
        for _ in range(300):  # up to 30 s on a slow machine
            if proc.poll() is not None:
                break
            if database.exists():
                try:
                    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
                        names = [r[0] for r in conn.execute("SELECT name FROM body")]
                except sqlite3.Error:
                    names = []
                if names:
                    break
            time.sleep(0.1)
        assert proc.poll() is None, errors.read_text()
        assert names == ["Northampton City Council"]
        assert (tmp_path / "data" / "CouncilDesk" / "logs" / "councildesk.log").exists()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
