"""Minutes tab ▸ Sign and export…: a signed PDF that pyHanko's validator accepts; drafts cannot be signed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from councildesk.reports.pdf_signature import check_signed_pdf, new_trial_key
from councildesk.services.container import Services
from tests.ui.minutes_view_helpers import show_meeting, shown_minutes_view

pytestmark = pytest.mark.gui
FOUR_AUGUST = 1  # approved by the demo
EIGHTEEN_AUGUST = 2  # a draft
PASSPHRASE = "correct horse battery"


def test_sign_and_export_writes_a_signed_pdf_and_a_wrong_passphrase_writes_nothing(
    qtbot: QtBot, demo: tuple[Services, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, _ = demo
    key = tmp_path / "clerk.p12"
    new_trial_key(key, "City Clerk, Northampton", PASSPHRASE)
    errors: list[str] = []
    widget = shown_minutes_view(qtbot, services, errors)
    show_meeting(qtbot, widget, EIGHTEEN_AUGUST)
    assert not widget.sign_action.isEnabled()  # a draft is never signed
    show_meeting(qtbot, widget, FOUR_AUGUST)
    assert widget.sign_action.isEnabled()

    target = tmp_path / "signed.pdf"
    typed = [PASSPHRASE]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(key), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (typed[0], True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    widget.sign_action.trigger()
    assert errors == []
    result = check_signed_pdf(target.read_bytes(), file_name=target.name)
    assert result.ok and result.signer == "City Clerk, Northampton", result.sentence
    assert widget.status_label.text().startswith(f"Wrote {target}, signed by City Clerk, Northampton")
    qtbot.wait(50)
    widget.grab().save(str(tmp_path / "minutes_signed.png"))

    other = tmp_path / "other.pdf"
    typed[0] = "not the passphrase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), "PDF files (*.pdf)"))
    widget.sign_action.trigger()
    assert errors == ["The passphrase for clerk.p12 is wrong, or the file is not a signing key."]
    assert not other.exists()
