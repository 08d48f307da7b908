"""A small dialog to name an agenda item and choose its kind (Enter accepts, Esc cancels)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from councildesk.domain.enums import AgendaItemKind
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import translate


class AgendaItemDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        caption: str,
        title: str = "",
        kind: AgendaItemKind = AgendaItemKind.OTHER,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(caption)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setAccessibleName(translate("AgendaItemDialog", "Item title"))
        self.title_edit.setPlaceholderText(
            translate("AgendaItemDialog", "e.g. Resolution on the Secure Communities program")
        )
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(translate("AgendaItemDialog", "Item kind"))
        for k in AgendaItemKind:
            self.kind_combo.addItem(label(k), k.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("AgendaItemDialog", "&Title:"), self.title_edit)
        form.addRow(translate("AgendaItemDialog", "&Kind:"), self.kind_combo)
        form.addRow(buttons)
        self.title_edit.setFocus()
        self.resize(480, self.sizeHint().height())

    def title(self) -> str:
        return self.title_edit.text()

    def kind(self) -> AgendaItemKind:
        return AgendaItemKind(self.kind_combo.currentData())
