"""The Minutes tab never shows a forged approval silently: a broken record chain is a red banner."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from councildesk.services.container import Services
from councildesk.ui.minutes_view import BAD_STYLE, OK_STYLE
from tests.minutes_helpers import pdf_text
from tests.ui.minutes_view_helpers import show_meeting, shown_minutes_view

pytestmark = pytest.mark.gui
FOUR_AUGUST = 1  # approved by the demo


def test_approved_minutes_over_a_broken_chain_show_the_warning_and_export_refuses(
    qtbot: QtBot, demo: tuple[Services, int], db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, _ = demo
    errors: list[str] = []
    widget = shown_minutes_view(qtbot, services, errors)
    show_meeting(qtbot, widget, FOUR_AUGUST)
    assert widget.status_label.styleSheet() == OK_STYLE

    # Someone deletes an audit entry behind CouncilDesk's back (the append-only trigger dropped first).
    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER trg_audit_log_append_only_delete")
    con.execute("DELETE FROM audit_log WHERE id = 3")
    con.commit()
    con.close()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.document.status() == QPdfDocument.Status.Ready)
    banner = widget.status_label.text()
    assert banner.startswith("The record chain of this file is broken (audit entry 3 ")
    assert "cannot be trusted" in banner and widget.status_label.styleSheet() == BAD_STYLE
    assert widget.status_label.isVisible()
    page = " ".join(pdf_text(widget.pdf_bytes).split())
    assert "Warning: The record chain of this file is broken (audit entry 3 " in page  # on the page too
    assert errors == []

    # Export still refuses approved minutes the chain cannot vouch for.
    target = tmp_path / "minutes.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    widget.export_action.trigger()
    assert not target.exists()
    assert errors and "record chain of this file is broken" in errors[-1]
    qtbot.wait(50)
    widget.grab().save(str(tmp_path / "minutes_broken_chain.png"))
