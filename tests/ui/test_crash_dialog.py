"""The problem report dialog: read-only details to copy; an uncaught error lands in it and in the log."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from councildesk.app import install_crash_handler
from councildesk.ui.crash_dialog import AFTER_CRASH, CrashDialog
from tests.ui.conftest import when_modal

REPORT = "Fatal Python error: Segmentation fault\n\nCurrent thread 0x00007f (most recent call first):\n"


def test_the_details_are_read_only_and_copy_puts_them_on_the_clipboard(qtbot: Any, tmp_path: Path) -> None:
    dialog = CrashDialog(AFTER_CRASH, REPORT)
    qtbot.addWidget(dialog)
    dialog.resize(1366 // 2, 768 // 2)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.details_edit.isReadOnly()
    assert dialog.details_edit.toPlainText() == REPORT
    QApplication.clipboard().clear()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == REPORT
    assert dialog.grab().save(str(tmp_path / "crash_dialog.png"))
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_an_uncaught_error_is_logged_and_shown_with_its_traceback(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_crash_handler()

    shown: list[str] = []

    def read(widget: QWidget) -> None:
        assert isinstance(widget, CrashDialog)
        shown.append(widget.details_edit.toPlainText())
        widget.close_button.click()

    try:
        raise KeyError("motion 7")
    except KeyError as error:
        when_modal(read)
        with caplog.at_level(logging.ERROR, logger="councildesk.app"):
            sys.excepthook(type(error), error, error.__traceback__)
    assert len(shown) == 1 and "KeyError: 'motion 7'" in shown[0] and "test_crash_dialog.py" in shown[0]
    assert "KeyError: 'motion 7'" in caplog.text
