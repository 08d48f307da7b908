"""The agenda item's matter (find and link one, or create it) and the matter's sponsors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.enums import MatterKind
from councildesk.services.container import Services
from councildesk.services.dto import AgendaItemDTO, MatterDTO
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from councildesk.ui.item_actions import ItemActions
from councildesk.ui.matter_list_model import MatterListModel
from councildesk.ui.person_completer import PersonCompleter
from councildesk.ui.row_view import row_view
from councildesk.ui.sponsor_table_model import COL_NAME, PERSON_ID_ROLE, SponsorTableModel

NO_MATTER = QT_TRANSLATE_NOOP(
    "sponsors_editor", "No matter is linked to this item. Find one by number or title, or create it below."
)


class SponsorsEditor(QWidget):
    def __init__(self, services: Services, ops: ItemActions, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self._item: AgendaItemDTO | None = None
        self._matter: MatterDTO | None = None

        # -- the matter ------------------------------------------------------------------
        self.matter_label = QLabel(translate("sponsors_editor", NO_MATTER))
        self.matter_label.setWordWrap(True)
        self.matter_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.matter_label.setAccessibleName(translate("SponsorsEditor", "Linked matter"))
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(
            translate("SponsorsEditor", "Find a matter by number or title, then Enter")
        )
        self.find_edit.setAccessibleName(translate("SponsorsEditor", "Find matter"))
        self.matters = MatterListModel(services, self)
        completer = QCompleter(self.matters, self.find_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.find_edit.setCompleter(completer)
        self.find_edit.textEdited.connect(self.matters.search)
        self.find_edit.returnPressed.connect(self._link_found)
        self.link_button = QPushButton(translate("SponsorsEditor", "&Link"))
        self.link_button.setAccessibleName(translate("SponsorsEditor", "Link matter"))
        self.link_button.clicked.connect(self._link_found)
        self.unlink_button = QPushButton(translate("SponsorsEditor", "&Unlink"))
        self.unlink_button.setAccessibleName(translate("SponsorsEditor", "Unlink matter"))
        self.unlink_button.clicked.connect(self._unlink)
        self.new_identifier = QLineEdit()
        self.new_identifier.setPlaceholderText(translate("SponsorsEditor", "Number, e.g. R-11-034"))
        self.new_identifier.setAccessibleName(translate("SponsorsEditor", "New matter number"))
        self.new_identifier.setMinimumWidth(170)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(translate("SponsorsEditor", "Title of the new matter"))
        self.new_title.setAccessibleName(translate("SponsorsEditor", "New matter title"))
        self.new_title.returnPressed.connect(self._create)
        self.new_kind = QComboBox()
        self.new_kind.setAccessibleName(translate("SponsorsEditor", "New matter kind"))
        for kind in MatterKind:
            self.new_kind.addItem(label(kind), kind)
        self.create_button = QPushButton(translate("SponsorsEditor", "&Create and link"))
        self.create_button.setAccessibleName(translate("SponsorsEditor", "Create matter and link it"))
        self.create_button.clicked.connect(self._create)

        matter_box = QGroupBox(translate("SponsorsEditor", "Matter"))
        mlay = QVBoxLayout(matter_box)
        mlay.addWidget(self.matter_label)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.link_button)
        find_row.addWidget(self.unlink_button)
        mlay.addLayout(find_row)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_identifier)
        new_row.addWidget(self.new_title, 2)
        new_row.addWidget(self.new_kind)
        new_row.addWidget(self.create_button)
        mlay.addLayout(new_row)

        # -- sponsors --------------------------------------------------------------------
        self.sponsor_model = SponsorTableModel(self)
        self.table = row_view(QTableView(), self.sponsor_model, translate("SponsorsEditor", "Sponsors"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        remove_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self._remove_sponsor)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.sponsor_name = QLineEdit()
        self.sponsor_name.setPlaceholderText(
            translate("SponsorsEditor", "Sponsor's name (a known person, or someone new)")
        )
        self.sponsor_name.setAccessibleName(translate("SponsorsEditor", "Sponsor name"))
        self.people = PersonCompleter(services, self.sponsor_name)
        self.sponsor_name.returnPressed.connect(self._add_sponsor)
        self.sponsor_title = QLineEdit()
        self.sponsor_title.setPlaceholderText(
            translate("SponsorsEditor", "Title, for a non-member (e.g. Police Chief)")
        )
        self.sponsor_title.setAccessibleName(translate("SponsorsEditor", "Non-member sponsor title"))
        self.sponsor_title.returnPressed.connect(self._add_sponsor)
        self.primary_check = QCheckBox(translate("SponsorsEditor", "&Primary"))
        self.primary_check.setAccessibleName(translate("SponsorsEditor", "Add as primary sponsor"))
        self.add_button = QPushButton(translate("SponsorsEditor", "&Add sponsor"))
        self.add_button.setAccessibleName(translate("SponsorsEditor", "Add sponsor"))
        self.add_button.clicked.connect(self._add_sponsor)
        self.make_primary_button = QPushButton(translate("SponsorsEditor", "Make p&rimary"))
        self.make_primary_button.setAccessibleName(
            translate("SponsorsEditor", "Make selected sponsor primary")
        )
        self.make_primary_button.clicked.connect(self._make_primary)
        self.remove_button = QPushButton(translate("SponsorsEditor", "Re&move sponsor"))
        self.remove_button.setAccessibleName(translate("SponsorsEditor", "Remove selected sponsor"))
        self.remove_button.clicked.connect(self._remove_sponsor)

        self.sponsor_box = QGroupBox(translate("SponsorsEditor", "Sponsors"))
        slay = QVBoxLayout(self.sponsor_box)
        slay.addWidget(self.table, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.sponsor_name, 2)
        add_row.addWidget(self.sponsor_title, 2)
        add_row.addWidget(self.primary_check)
        add_row.addWidget(self.add_button)
        slay.addLayout(add_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.make_primary_button)
        buttons.addWidget(self.remove_button)
        slay.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(matter_box)
        layout.addWidget(self.sponsor_box, 1)
        self._editing = [
            self.find_edit,
            self.link_button,
            self.unlink_button,
            self.new_identifier,
            self.new_title,
            self.new_kind,
            self.create_button,
            self.sponsor_name,
            self.sponsor_title,
            self.primary_check,
            self.add_button,
            self.make_primary_button,
            self.remove_button,
        ]

    # -- showing ------------------------------------------------------------------------
    def show_item(self, item: AgendaItemDTO | None, matter: MatterDTO | None) -> None:
        self._item, self._matter = item, matter
        if matter is None:
            self.matter_label.setText(translate("sponsors_editor", NO_MATTER))
        else:
            self.matter_label.setText(
                f"<b>{_esc(matter.identifier)}</b> — {_esc(matter.title)} "
                f"<i>({label(matter.kind).lower()}, {label(matter.status).lower()})</i>"
            )
        self.sponsor_model.set_sponsors(matter.sponsors if matter else ())
        self.sponsor_box.setEnabled(matter is not None)
        self.unlink_button.setEnabled(matter is not None and self.link_button.isEnabled())

    def set_read_only(self, read_only: bool, why: str) -> None:
        for widget in self._editing:
            widget.setEnabled(not read_only)
            widget.setToolTip(why if read_only else "")
        self.unlink_button.setEnabled(not read_only and self._matter is not None)

    def selected_person_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.sponsor_model.index(rows[0].row(), 0).data(PERSON_ID_ROLE) if rows else None

    # -- the matter ---------------------------------------------------------------------
    def _link_found(self) -> None:
        if self._item is None:
            return
        text = self.find_edit.text().strip()
        if not text:
            return
        matter = self.matters.find(text)
        if matter is None:
            self.ops.report(
                fmt(
                    translate("SponsorsEditor", "No matter is numbered {split}; create it below."),
                    split=text.split(" — ")[0],
                )
            )
            return
        if self.ops.change_item(
            self._item,
            "matter_id",
            matter.id,
            fmt(translate("SponsorsEditor", "Link {identifier}"), identifier=matter.identifier),
        ):
            self.find_edit.clear()

    def _unlink(self) -> None:
        if self._item is not None and self._matter is not None:
            self.ops.change_item(
                self._item,
                "matter_id",
                None,
                fmt(translate("SponsorsEditor", "Unlink {identifier}"), identifier=self._matter.identifier),
            )

    def _create(self) -> None:
        if self._item is None:
            return
        kind = MatterKind(self.new_kind.currentData())  # Qt hands enum data back as plain text
        if self.ops.create_matter(self._item, self.new_identifier.text(), self.new_title.text(), kind):
            self.new_identifier.clear()
            self.new_title.clear()

    # -- sponsors -----------------------------------------------------------------------
    def _add_sponsor(self) -> None:
        if self._matter is None:
            return
        name = self.sponsor_name.text().strip()
        if not name:
            self.ops.report(translate("SponsorsEditor", "Type the sponsor's name first."))
            return
        primary = self.primary_check.isChecked()
        person = self.people.person_for(name)
        if person is not None:
            done = self.ops.add_sponsor(self._matter, person.id, person.display_name, primary)
        else:
            # Someone not on record yet: a non-member added on the spot, with their title.
            done = self.ops.add_new_sponsor(self._matter, name, self.sponsor_title.text(), primary)
        if done:
            self.sponsor_name.clear()
            self.sponsor_title.clear()
            self.primary_check.setChecked(False)
            self.sponsor_name.setFocus()

    def _remove_sponsor(self) -> None:
        person_id = self.selected_person_id()
        if self._matter is not None and person_id is not None and self.remove_button.isEnabled():
            self.ops.remove_sponsor(self._matter, person_id)

    def _make_primary(self) -> None:
        person_id = self.selected_person_id()
        if self._matter is not None and person_id is not None:
            self.ops.make_primary(self._matter, person_id)


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
