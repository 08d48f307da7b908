"""Letterhead… : the municipality line, the seal image and the clerk's title printed on minutes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from councildesk.ui.app_settings import CLERK_TITLE, LOGO_PATH, MUNICIPALITY, load_minutes_settings
from councildesk.ui.i18n import fmt, translate


class LetterheadDialog(QDialog):
    """Edits the letterhead settings; they apply to every minutes and agenda PDF from this computer."""

    def __init__(self, store: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LetterheadDialog", "Letterhead"))
        self.store = store
        current = load_minutes_settings(store)
        form = QFormLayout(self)
        self.municipality_edit = QLineEdit(current.municipality, self)
        self.municipality_edit.setPlaceholderText(
            translate("LetterheadDialog", "The body's own municipality")
        )
        form.addRow(translate("LetterheadDialog", "&Municipality line:"), self.municipality_edit)
        self.logo_edit = QLineEdit(current.logo_path, self)
        self.logo_edit.setPlaceholderText(translate("LetterheadDialog", "No seal"))
        choose = QPushButton(translate("LetterheadDialog", "C&hoose…"), self)
        choose.clicked.connect(self._choose_logo)
        row = QHBoxLayout()
        row.addWidget(self.logo_edit, 1)
        row.addWidget(choose)
        # A row that is a layout gets a plain label whose "&" would show as typed; this label's
        # buddy is the field, so Alt+S reaches it.
        seal_label = QLabel(translate("LetterheadDialog", "&Seal or logo image:"), self)
        seal_label.setBuddy(self.logo_edit)
        form.addRow(seal_label, row)
        self.clerk_edit = QLineEdit(current.clerk_title, self)
        form.addRow(translate("LetterheadDialog", "Clerk's &title:"), self.clerk_edit)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("LetterheadDialog", "Seal or logo image"),
            "",
            translate("LetterheadDialog", "Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.logo_edit.setText(path)

    def accept(self) -> None:
        logo = self.logo_edit.text().strip()
        if logo and (not Path(logo).is_file() or QImageReader(logo).size().isEmpty()):
            self.problem.setText(
                fmt(
                    translate(
                        "LetterheadDialog",
                        "{logo} is not a PNG or JPEG image that can be read; choose another file.",
                    ),
                    logo=logo,
                )
            )
            return
        MUNICIPALITY.write(self.store, self.municipality_edit.text().strip())
        LOGO_PATH.write(self.store, logo)
        CLERK_TITLE.write(self.store, self.clerk_edit.text().strip() or CLERK_TITLE.default)
        super().accept()
