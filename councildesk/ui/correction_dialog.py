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
from councildesk.ui.i18n import translate


class CorrectionDialog(QDialog):
    """Collects a correction to approved minutes; it is appended, never replacing the approved text."""

    def __init__(self, record: MeetingRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Called on OK; the dialog closes only when it returns True, so a refused entry is kept.
        self.on_submit: Callable[[], bool] | None = None
        self.setWindowTitle(translate("CorrectionDialog", "Record correction"))
        layout = QVBoxLayout(self)
        note = QLabel(
            translate(
                "CorrectionDialog",
                "The approved minutes stay as they were approved. The correction is listed beside the "
                "entry and "
                "in a Corrections section, with its reason, and written to the audit log.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.item_combo = QComboBox(self)
        self.item_combo.setAccessibleName(translate("CorrectionDialog", "Agenda item corrected"))
        self.item_combo.addItem(translate("CorrectionDialog", "The minutes as a whole"), None)
        for entry in record.items:
            self.item_combo.addItem(f"{entry.item.number}. {entry.item.title}"[:120], entry.item.id)
        form.addRow(translate("CorrectionDialog", "&Entry:"), self.item_combo)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName(translate("CorrectionDialog", "Reason"))
        form.addRow(translate("CorrectionDialog", "&Reason:"), self.reason_edit)
        self.before_edit = QPlainTextEdit(self)
        self.before_edit.setAccessibleName(translate("CorrectionDialog", "Text as approved"))
        self.before_edit.setTabChangesFocus(True)
        form.addRow(translate("CorrectionDialog", "As &approved:"), self.before_edit)
        self.after_edit = QPlainTextEdit(self)
        self.after_edit.setAccessibleName(translate("CorrectionDialog", "Corrected text"))
        self.after_edit.setTabChangesFocus(True)
        form.addRow(translate("CorrectionDialog", "Corrected &to:"), self.after_edit)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        today = date.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        form.addRow(translate("CorrectionDialog", "&Date:"), self.date_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.record_button = buttons.addButton(
            translate("CorrectionDialog", "Record correction"), QDialogButtonBox.ButtonRole.AcceptRole
        )
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
