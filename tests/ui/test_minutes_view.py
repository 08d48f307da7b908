"""The Minutes tab driven with qtbot: preview, export, print, approve, verify and corrections."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from councildesk.domain.enums import MinutesStatus
from councildesk.domain.errors import LockedError
from councildesk.services.container import Services
from councildesk.ui.approve_minutes_dialog import ApproveMinutesDialog
from councildesk.ui.correction_dialog import CorrectionDialog
from councildesk.ui.minutes_view import MinutesView
from councildesk.ui.ui_context import UiContext
from tests.helpers import table_dump
from tests.minutes_helpers import pdf_text

pytestmark = pytest.mark.gui
FOUR_AUGUST, SEPT = 1, 3


@pytest.fixture
def view(qtbot: QtBot, demo: tuple[Services, int]) -> tuple[MinutesView, list[str]]:
    services, seed = demo
    errors: list[str] = []
    widget = MinutesView(UiContext(services, QUndoStack(), errors.append))
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_meeting(seed)
    qtbot.waitUntil(lambda: widget.document.status() == QPdfDocument.Status.Ready)
    return widget, errors


def test_preview_loads_pages_and_shows_draft_state(
    view: tuple[MinutesView, list[str]], tmp_path: Path
) -> None:
    widget, errors = view
    assert widget.document.pageCount() >= 2
    assert "DRAFT" in widget.status_label.text()
    assert widget.approve_action.isEnabled()
    assert not widget.verify_action.isEnabled() and not widget.correct_action.isEnabled()
    widget.grab().save(str(tmp_path / "minutes_view.png"))
    widget.set_meeting(None)
    assert widget.document.pageCount() == 0
    assert not widget.export_action.isEnabled()
    assert errors == []


def test_paper_choice_rerenders_in_a4(qtbot: QtBot, view: tuple[MinutesView, list[str]]) -> None:
    widget, _ = view
    widget.paper_combo.setFocus()
    qtbot.keyClick(widget.paper_combo, Qt.Key.Key_Down)
    assert widget.paper_combo.currentText() == "A4"
    qtbot.waitUntil(lambda: widget.document.status() == QPdfDocument.Status.Ready)
    size = widget.document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (595, 842)


def test_export_writes_the_pdf(
    qtbot: QtBot, view: tuple[MinutesView, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget, errors = view
    target = tmp_path / "minutes"  # no suffix: the view adds .pdf
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    qtbot.keyClick(widget.pdf_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    written = tmp_path / "minutes.pdf"
    assert written.exists()
    assert "Adopted unanimously, 9–0" in pdf_text(written.read_bytes())
    assert errors == []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "agenda.pdf"), ""))
    widget.agenda_action.trigger()
    assert "Agenda — Regular Meeting" in pdf_text((tmp_path / "agenda.pdf").read_bytes())


def test_export_to_a_missing_folder_reports_one_sentence(
    view: tuple[MinutesView, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget, errors = view
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "gone" / "m.pdf"), "")
    )
    widget.export_action.trigger()
    assert len(errors) == 1 and "does not exist" in errors[0]


def test_print_renders_every_page(view: tuple[MinutesView, list[str]], tmp_path: Path) -> None:
    widget, errors = view
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a file stands in for the printer
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert widget.print_to(printer) == widget.document.pageCount()
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    assert errors == []


def test_approve_through_the_dialog_locks_the_meeting(
    qtbot: QtBot, view: tuple[MinutesView, list[str]], tmp_path: Path
) -> None:
    widget, errors = view
    services = widget.services
    assert widget.meeting is not None
    seed = widget.meeting.id
    approved: list[int] = []
    widget.minutesApproved.connect(approved.append)
    widget.approve_action.trigger()
    dialog = widget.last_dialog
    assert isinstance(dialog, ApproveMinutesDialog)
    qtbot.waitExposed(dialog)
    assert dialog.meeting_combo.count() == 1  # only 1 September is later than 18 August
    assert dialog.approved_on() == date(2011, 9, 1)
    qtbot.mouseClick(dialog.as_corrected, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert approved == [seed]
    assert services.meetings.get_meeting(seed).minutes_status is MinutesStatus.APPROVED
    assert list(services.kept_files.keys([seed])) == [seed]  # drawn once, for every publish to copy
    with pytest.raises(LockedError):
        services.agenda.add_item(seed, "Late item")
    qtbot.waitUntil(lambda: widget.document.status() == QPdfDocument.Status.Ready)
    assert "Approved on 1 September 2011" in widget.status_label.text()
    assert "Approved on 1 September 2011" in pdf_text(widget.pdf_bytes)
    assert not widget.approve_action.isEnabled() and widget.verify_action.isEnabled()
    widget.verify_action.trigger()
    assert widget.status_label.text().startswith("OK:")
    widget.grab().save(str(tmp_path / "minutes_view_approved.png"))


def test_a_refused_approval_keeps_the_dialog_open_and_changes_nothing(
    qtbot: QtBot, view: tuple[MinutesView, list[str]]
) -> None:
    widget, errors = view
    before = table_dump(widget.services.db)
    widget.approve_action.trigger()
    dialog = widget.last_dialog
    assert isinstance(dialog, ApproveMinutesDialog)
    dialog.date_edit.setDate(QDate(2011, 8, 25))  # before the approving meeting
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "is before the approving meeting" in errors[0]
    assert dialog.isVisible()
    assert table_dump(widget.services.db) == before
    dialog.reject()


def test_verify_shows_tampering_and_corrections_are_recorded(
    qtbot: QtBot, view: tuple[MinutesView, list[str]], db_path: Path
) -> None:
    widget, errors = view
    widget.set_meeting(FOUR_AUGUST)
    qtbot.waitUntil(lambda: widget.document.status() == QPdfDocument.Status.Ready)
    assert widget.correct_action.isEnabled()
    widget.correct_action.trigger()
    dialog = widget.last_dialog
    assert isinstance(dialog, CorrectionDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.reason_edit, "Wrong grant name")
    qtbot.keyClicks(dialog.before_edit, "road-repair grant")
    qtbot.keyClicks(dialog.after_edit, "bridge-repair grant")
    dialog.item_combo.setCurrentIndex(2)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert "Corrected to read: bridge-repair grant" in pdf_text(widget.pdf_bytes)
    with sqlite3.connect(db_path) as conn:
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='motion'"
        ):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE motion SET text = 'Something else'")
    widget.meeting_data_changed()
    qtbot.waitUntil(lambda: "changed since approval" in widget.status_label.text())
    widget.verify_action.trigger()
    assert widget.status_label.text().startswith("TAMPERED")
    assert "'To adopt the order (sample).' → 'Something else'" in widget.status_label.text()


def test_letterhead_settings_are_saved_and_printed(
    qtbot: QtBot, demo: tuple[Services, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QColor, QImage

    from councildesk.ui.letterhead_dialog import LetterheadDialog

    services, seed = demo
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    errors: list[str] = []
    widget = MinutesView(UiContext(services, QUndoStack(), errors.append), store=store)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_meeting(seed)
    seal = tmp_path / "seal.png"
    image = QImage(60, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    assert image.save(str(seal))
    widget.letterhead_action.trigger()
    dialog = widget.last_letterhead
    assert isinstance(dialog, LetterheadDialog)
    qtbot.waitExposed(dialog)
    dialog.municipality_edit.clear()
    qtbot.keyClicks(dialog.municipality_edit, "Town of <Test> & Co")
    dialog.logo_edit.setText(str(tmp_path / "not-an-image.png"))
    dialog.accept()
    assert dialog.isVisible()
    assert "not a PNG or JPEG image" in dialog.problem.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(seal), ""))
    for button in dialog.findChildren(QPushButton):
        if button.text() == "C&hoose…":
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.logo_edit.text() == str(seal)
    dialog.accept()
    assert not dialog.isVisible()
    assert "Town of <Test> & Co" in pdf_text(widget.pdf_bytes)
    assert store.value("minutes/logo_path") == str(seal)
    qtbot.keyClick(widget.paper_combo, Qt.Key.Key_Down)
    assert store.value("minutes/paper") == "a4"
    again = MinutesView(UiContext(services, QUndoStack(), errors.append), store=store)
    qtbot.addWidget(again)
    assert again.settings().paper.value == "a4" and again.settings().municipality == "Town of <Test> & Co"
    assert errors == []


def test_print_dialog_path_prints_on_the_chosen_paper(
    qtbot: QtBot, view: tuple[MinutesView, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog

    import councildesk.ui.minutes_view as module

    widget, errors = view
    out = tmp_path / "printer.pdf"

    class FakePrintDialog:  # the system print dialog is the edge we stand in for
        DialogCode = QPrintDialog.DialogCode

        def __init__(self, printer: QPrinter, _parent: object) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def setWindowTitle(self, _title: str) -> None:
            pass

        def exec(self) -> QPrintDialog.DialogCode:
            return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(module, "QPrintDialog", FakePrintDialog)
    widget.paper_combo.setCurrentIndex(widget.paper_combo.findText("A4"))
    qtbot.waitUntil(lambda: widget.document.status() == QPdfDocument.Status.Ready)
    qtbot.keyClick(widget.pdf_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    assert len(pages) == widget.document.pageCount()
    assert (round(float(pages[0].mediabox.width)), round(float(pages[0].mediabox.height))) == (595, 842)
    assert errors == []
