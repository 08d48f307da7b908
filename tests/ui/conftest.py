"""GUI fixtures: isolated settings, the real main window over a fresh database, modal-dialog helpers."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from councildesk.db.engine import Database
from councildesk.services.container import Services
from tests.helpers import CHANGE_LOG_TABLES, table_dump

# The offscreen platform says this whenever a top-level window's size hints change; it is not a
# problem of ours, and every other Qt warning still fails the test (qt_log_level_fail=WARNING).
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Never the user's own settings: an ini file in the test's folder."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot: Any, settings: QSettings) -> Iterator[Callable[[Services], Any]]:
    from councildesk.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def make(services: Services, *, resize: bool = True) -> MainWindow:
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        if resize:  # else keep the geometry the settings restored
            window.resize(1400, 850)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # window shortcuts (Ctrl+Z …) need the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.undo_stack.clear()  # commands hold closures over services; drop them before the db closes


def when_modal(callback: Callable[[QWidget], None], *, timeout_ms: int = 20000) -> None:
    """Run `callback(dialog)` as soon as a modal dialog is up (the code under test is blocked in exec()).

    A dialog that is still open long after the callback ran is closed, so that a key that
    missed its target fails the test instead of hanging the whole run.
    """
    waited = [0]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or isinstance(widget, QProgressDialog):  # progress is watched, not answered
            waited[0] += 20
            if waited[0] > timeout_ms:
                raise AssertionError("no modal dialog appeared")
            QTimer.singleShot(20, poll)
            return
        try:
            callback(widget)
        except BaseException:
            widget.close()  # never leave the code under test blocked in exec()
            raise
        QTimer.singleShot(STUCK_DIALOG_MS, lambda: _close_if_stuck(widget))

    QTimer.singleShot(0, poll)


STUCK_DIALOG_MS = 15000


def _close_if_stuck(widget: QWidget) -> None:
    try:
        stuck = widget.isVisible() and QApplication.activeModalWidget() is widget
    except RuntimeError:  # already deleted: it closed as it should
        return
    if stuck:
        widget.close()
        seconds = STUCK_DIALOG_MS // 1000
        raise AssertionError(f"{type(widget).__name__} was still open {seconds} s after the test acted")


def accept_message(qtbot: Any, seen: list[str], button: QMessageBox.StandardButton | None = None) -> None:
    """Record the text of the next message box and close it (with `button`, or its default)."""

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), f"expected a message box, got {type(widget).__name__}"
        seen.append(widget.text())
        if button is not None:
            widget.button(button).click()
        else:
            qtbot.keyClick(widget, Qt.Key.Key_Escape)

    when_modal(answer)


def type_into_dialog(qtbot: Any, text: str, *, then: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type into the focused field of the next modal dialog, then press Enter."""

    def answer(widget: QWidget) -> None:
        from PySide6.QtWidgets import QLineEdit

        # Offscreen, a new dialog is not always activated, so its focus may not be set yet.
        target = widget.focusWidget() or widget.findChild(QLineEdit) or widget
        if hasattr(target, "selectAll"):
            target.selectAll()
        qtbot.keyClicks(target, text)
        qtbot.keyClick(target, then)

    when_modal(answer)


def refocus(qtbot: Any, widget: QWidget) -> None:
    """After a modal dialog the offscreen platform does not hand activation back; a desktop does."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()


def without_audit(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table except the audit log and its hash chain (which rightly grow with each undo and redo).

    The full-text index's own b-tree pages (FTS5 shadow tables) also differ after a delete and
    re-insert of the same text, so those are left out; the indexed rows themselves are compared.
    So are row versions: an undo is a new version of the row (a copy read before it is outdated).
    """
    dump = table_dump(db, frozenset({"row_version"}))
    for name in list(dump):
        if name in (*CHANGE_LOG_TABLES, "sqlite_sequence") or name.endswith(
            ("_data", "_idx", "_docsize", "_config")
        ):
            dump.pop(name)
    return dump


def approve_by_sql(db_path: Path, meeting_id: int) -> None:
    """Lock a meeting the way an approval would, behind the services' back (as the brief asks)."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("UPDATE meeting SET minutes_status='approved' WHERE id=?", (meeting_id,))
        conn.commit()
    finally:
        conn.close()
