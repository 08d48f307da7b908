"""The problem report dialog: what went wrong, in a read-only box the clerk can copy, with Copy and Close."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate

AFTER_CRASH = QT_TRANSLATE_NOOP(
    "crash_dialog",
    "CouncilDesk closed unexpectedly last time. Everything saved before then is safe in the database. "
    "If you report the problem, copy these details into your message.",
)
AFTER_ERROR = QT_TRANSLATE_NOOP(
    "crash_dialog",
    "CouncilDesk hit an unexpected problem. Everything saved before it is safe in the database. "
    "If you report the problem, copy these details into your message.",
)


def after_crash(saved_as: object) -> str:
    """What the next start says of a hard crash, in the interface language."""
    return fmt(
        translate("crash_dialog", "{after_crash} The report is saved as {saved_as}."),
        after_crash=translate("crash_dialog", AFTER_CRASH),
        saved_as=saved_as,
    )


def after_error() -> str:
    return translate("crash_dialog", AFTER_ERROR)


class CrashDialog(QDialog):
    """Shows `details` read-only; Copy puts them on the clipboard, Close dismisses the dialog."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CrashDialog", "CouncilDesk — problem report"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        self.message_label = QLabel(message, self)
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.details_edit = QPlainTextEdit(self)
        self.details_edit.setReadOnly(True)
        self.details_edit.setPlainText(details)
        self.details_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_edit.setAccessibleName(translate("CrashDialog", "Problem details"))
        layout.addWidget(self.details_edit, 1)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(translate("CrashDialog", "&Copy details"), self)
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def copy(self) -> None:
        clipboard = QApplication.clipboard()
        clipboard.setText(self.details_edit.toPlainText())
        self.copy_button.setText(translate("CrashDialog", "&Copied"))
