"""Record correction… : the reason, the text as approved and as corrected, the date and the item."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from councildesk.services.dto import MeetingRecord


class CorrectionDialog(QDialog):
    """Collects a correction to approved minutes; it is appended, never replacing the approved text."""

    def __init__(self, record: MeetingRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Called on OK; the dialog closes only when it returns True, so a refused entry is kept.
        self.on_submit: Callable[[], bool] | None = None
        self.setWindowTitle("Record correction")
        layout = QVBoxLayout(self)
        note = QLabel(
            "The approved minutes stay as they were approved. The correction is listed beside the entry and "
            "in a Corrections section, with its reason, and written to the audit log.",
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.item_combo = QComboBox(self)
        self.item_combo.setAccessibleName("Agenda item corrected")
        self.item_combo.addItem("The minutes as a whole", None)
        for entry in record.items:
            self.item_combo.addItem(f"{entry.item.number}. {entry.item.title}"[:120], entry.item.id)
        form.addRow("&Entry:", self.item_combo)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName("Reason")
        form.addRow("&Reason:", self.reason_edit)
        self.before_edit = QPlainTextEdit(self)
        self.before_edit.setAccessibleName("Text as approved")
        self.before_edit.setTabChangesFocus(True)
        form.addRow("As &approved:", self.before_edit)
        self.after_edit = QPlainTextEdit(self)
        self.after_edit.setAccessibleName("Corrected text")
        self.after_edit.setTabChangesFocus(True)
        form.addRow("Corrected &to:", self.after_edit)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        today = date.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        form.addRow("&Date:", self.date_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.record_button = buttons.addButton("Record correction", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()

    def values(self) -> dict[str, object]:
        d = self.date_edit.date()
        return {
            "reason": self.reason_edit.text(),
            "before": self.before_edit.toPlainText(),
            "after": self.after_edit.toPlainText(),
            "made_on": date(d.year(), d.month(), d.day()),
            "agenda_item_id": self.item_combo.currentData(),
        }

    def accept(self) -> None:
        if self.on_submit is None or self.on_submit():
            super().accept()
