"""The window's integrity check: after the first paint, in a thread; damage is named and the app ends."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from councildesk.db import file_check
from tests.test_file_check import demo_file, scribble_last_page
from tests.ui.conftest import accept_message

pytestmark = [pytest.mark.gui]


def unmarked_demo(path: Path) -> Path:
    """A file from before the mark (UNKNOWN), so its open has a check due; its last pages hold a
    table nothing in CouncilDesk reads, so that damage there is found by the check alone."""
    demo_file(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE unread (x BLOB)")
        conn.executemany("INSERT INTO unread VALUES (?)", [(b"x" * 1000,) for _ in range(100)])
        conn.commit()
        conn.execute(f"PRAGMA user_version={file_check.UNKNOWN}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_a_sound_file_opens_then_passes_its_check_and_is_closed_clean(
    qtbot: Any, tmp_path: Path, settings: QSettings
) -> None:
    from councildesk.app import AppController

    path = unmarked_demo(tmp_path / "c.db")
    controller = AppController(settings)
    try:
        assert controller.open(path)
        db = controller.db
        assert db is not None and db.check_due == file_check.QUICK  # not run before the window
        qtbot.waitUntil(lambda: db.check_due is None, timeout=10000)
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.close()
    assert file_check.read_mark(path) == file_check.CLEAN


def test_damage_found_after_the_paint_is_named_and_ends_the_application(
    qtbot: Any, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from councildesk.app import AppController

    path = unmarked_demo(tmp_path / "c.db")
    scribble_last_page(path)
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))  # the test's event loop stays
    controller = AppController(settings)
    seen: list[str] = []
    try:
        assert controller.open(path)
        accept_message(qtbot, seen)
        qtbot.waitUntil(lambda: bool(exits), timeout=10000)
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.close()
    assert exits == [1]
    assert seen and seen[0].startswith(f"{path} is ") and "damaged" in seen[0]
    assert file_check.read_mark(path) != file_check.CLEAN  # the next open checks it again
