"""The agenda item's own fields: title, kind, text, discussion summary, action taken, consent flag."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from councildesk.domain.enums import AgendaItemKind
from councildesk.services.dto import AgendaItemDTO
from councildesk.ui.commit_text_edit import CommitTextEdit
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import translate

# Asked to change one field of the shown item: (field, new value, old value).
FieldChange = Callable[[str, Any, Any], None]


class ItemDetailsView(QWidget):
    """Each field is committed on its own (Enter or leaving the field) as one undoable change."""

    def __init__(self, change: FieldChange, parent: Any = None) -> None:
        super().__init__(parent)
        self._change = change
        self._item: AgendaItemDTO | None = None

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(translate("ItemDetailsView", "Item title"))
        self.title_edit.editingFinished.connect(self._title_finished)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(translate("ItemDetailsView", "Item kind"))
        for kind in AgendaItemKind:
            self.kind_combo.addItem(label(kind), kind)
        self.kind_combo.activated.connect(self._kind_chosen)
        self.consent_check = QCheckBox(translate("ItemDetailsView", "On the consent agenda"))
        self.consent_check.setAccessibleName(translate("ItemDetailsView", "Consent agenda"))
        self.consent_check.clicked.connect(self._consent_clicked)
        self.body_edit = self._text_field(
            translate("ItemDetailsView", "Item text"),
            "body",
            translate("ItemDetailsView", "Text of the item as it appears on the agenda"),
        )
        self.discussion_edit = self._text_field(
            translate("ItemDetailsView", "Discussion summary"),
            "discussion",
            translate("ItemDetailsView", "Summary of the discussion, for the minutes (Ctrl+Enter saves)"),
        )
        self.action_edit = self._text_field(
            translate("ItemDetailsView", "Action taken"),
            "action_text",
            translate("ItemDetailsView", "e.g. Adopted unanimously"),
        )
        self.action_edit.setMaximumHeight(70)

        form = QFormLayout(self)
        form.addRow(translate("ItemDetailsView", "&Title"), self.title_edit)
        form.addRow(translate("ItemDetailsView", "&Kind"), self.kind_combo)
        form.addRow("", self.consent_check)
        form.addRow(translate("ItemDetailsView", "Item te&xt"), self.body_edit)
        form.addRow(translate("ItemDetailsView", "&Discussion"), self.discussion_edit)
        form.addRow(translate("ItemDetailsView", "Action ta&ken"), self.action_edit)
        for field, buddy in (
            (0, self.title_edit),
            (1, self.kind_combo),
            (3, self.body_edit),
            (4, self.discussion_edit),
            (5, self.action_edit),
        ):
            item = form.itemAt(field, QFormLayout.ItemRole.LabelRole)
            caption = item.widget() if item is not None else None
            if isinstance(caption, QLabel):
                caption.setBuddy(buddy)  # Alt+letter in the caption jumps to the field
        self.setFocusProxy(self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.consent_check)
        QWidget.setTabOrder(self.consent_check, self.body_edit)
        QWidget.setTabOrder(self.body_edit, self.discussion_edit)
        QWidget.setTabOrder(self.discussion_edit, self.action_edit)

    def _text_field(self, name: str, field: str, placeholder: str) -> CommitTextEdit:
        edit = CommitTextEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.committed.connect(lambda text: self._commit(field, text))
        return edit

    # -- showing ------------------------------------------------------------------------
    def show_item(self, item: AgendaItemDTO | None) -> None:
        self._item = item
        if item is None:
            for edit in (self.body_edit, self.discussion_edit, self.action_edit):
                edit.show_text("")
            self.title_edit.clear()
            self.consent_check.setChecked(False)
            return
        if self.title_edit.text() != item.title:
            self.title_edit.setText(item.title)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(item.kind))
        self.consent_check.setChecked(item.consent)
        self.body_edit.show_text(item.body)
        self.discussion_edit.show_text(item.discussion)
        self.action_edit.show_text(item.action_text)

    def set_read_only(self, read_only: bool, why: str) -> None:
        for widget in (self.title_edit, self.body_edit, self.discussion_edit, self.action_edit):
            widget.setReadOnly(
                read_only
            )  # read-only, not disabled: the text can still be selected and copied
            widget.setToolTip(why if read_only else "")
        for control in (self.kind_combo, self.consent_check):
            control.setEnabled(not read_only)
            control.setToolTip(why if read_only else "")

    # -- committing ---------------------------------------------------------------------
    def _commit(self, field: str, value: Any) -> None:
        if self._item is None:
            return
        old = getattr(self._item, field)
        if value != old:
            self._change(field, value, old)

    def _title_finished(self) -> None:
        if self._item is not None and self.title_edit.text().strip() != self._item.title:
            self._commit("title", self.title_edit.text())
            if self._item is not None:  # refused: show the stored title again
                self.title_edit.setText(self._item.title)

    def _kind_chosen(self, index: int) -> None:
        self._commit("kind", AgendaItemKind(self.kind_combo.itemData(index)))

    def _consent_clicked(self, checked: bool) -> None:
        self._commit("consent", checked)
