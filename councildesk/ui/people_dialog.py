"""Edit ▸ People: find, add and edit people — members, staff, speakers and outside sponsors alike."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.errors import NotFoundError
from councildesk.services.dto import PersonDTO
from councildesk.ui.dto_table_model import DtoTableModel
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from councildesk.ui.row_view import row_view
from councildesk.ui.ui_context import RecordKind, UiContext
from councildesk.ui.undo_support import IdMap

FIELDS = (
    ("display_name", QT_TRANSLATE_NOOP("people_dialog", "&Name")),
    ("honorific", QT_TRANSLATE_NOOP("people_dialog", "&Honorific")),
    ("title", QT_TRANSLATE_NOOP("people_dialog", "&Title")),
    ("affiliation", QT_TRANSLATE_NOOP("people_dialog", "&Affiliation")),
    ("residence", QT_TRANSLATE_NOOP("people_dialog", "&Residence")),
    ("email", QT_TRANSLATE_NOOP("people_dialog", "&Email")),
)
LIMIT = 1000


class PeopleDialog(QDialog):
    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PeopleDialog", "People"))
        self.context = context
        self.services = context.services
        self.undo_stack = context.undo_stack
        self.report_error = context.report_error
        self.ids = IdMap()
        self.editing: PersonDTO | None = None

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(translate("PeopleDialog", "Find by name, title or affiliation…"))
        self.filter_edit.setAccessibleName(translate("PeopleDialog", "Find people"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = DtoTableModel(
            [
                (translate("PeopleDialog", "Name"), lambda p: p.display_name),
                (translate("PeopleDialog", "Title"), lambda p: p.title),
                (translate("PeopleDialog", "Affiliation"), lambda p: p.affiliation),
                (translate("PeopleDialog", "Residence"), lambda p: p.residence),
            ],
            self._load,
            self,
        )
        self.table = row_view(QTableView(self), self.model, translate("PeopleDialog", "People"))
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.filter_edit.textChanged.connect(lambda _: self.model.refresh())

        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        self.form_title = QLabel(translate("PeopleDialog", "<b>New person</b>"), self)
        form.addRow(self.form_title)
        for name, text in FIELDS:
            edit = QLineEdit(self)
            shown = translate("people_dialog", text)
            edit.setAccessibleName(shown.replace("&", ""))
            self.edits[name] = edit
            form.addRow(fmt(translate("PeopleDialog", "{field}:"), field=shown), edit)
        self.edits["residence"].setPlaceholderText(translate("PeopleDialog", "e.g. Leeds"))
        self.edits["affiliation"].setPlaceholderText(translate("PeopleDialog", "e.g. ACLU of Massachusetts"))
        self.new_button = QPushButton(translate("PeopleDialog", "&New person"), self)
        self.new_button.clicked.connect(self.new_person)
        self.new_button.setAutoDefault(False)
        self.save_button = QPushButton(translate("PeopleDialog", "&Save"), self)
        self.save_button.setDefault(True)  # Enter in any field saves
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.filter_edit)
        left.addWidget(self.table)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(form, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.resize(980, 560)
        self.new_person()
        self.filter_edit.setFocus()

    def _load(self) -> list[PersonDTO]:
        return self.services.people.find_people(self.filter_edit.text(), limit=LIMIT)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        person = self.model.row(current.row()) if current.isValid() else None
        if person is not None:
            self.show_person(person)

    def show_person(self, person: PersonDTO) -> None:
        self.editing = person
        self.form_title.setText(f"<b>{person.display_name}</b>")
        for name, edit in self.edits.items():
            edit.setText(getattr(person, name))

    def new_person(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.form_title.setText(translate("PeopleDialog", "<b>New person</b>"))
        for edit in self.edits.values():
            edit.clear()
        self.edits["display_name"].setFocus()

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}

    def save(self) -> None:
        values = self.values()
        people = self.services.people
        ids = self.ids
        if self.editing is None:
            original: list[int] = []
            name = values.pop("display_name")

            def do() -> PersonDTO:
                person = people.create_person(name, **{k: v for k, v in values.items() if v})
                if original:
                    ids.remap(original[0], person.id)
                else:
                    original.append(person.id)
                return person

            result = self.context.push(
                fmt(translate("PeopleDialog", "Add {name}"), name=name.strip()),
                do,
                lambda _: people.delete_person(ids.resolve(original[0])),
                self.model.refresh,
                meeting_id=None,
                kinds=(RecordKind.PEOPLE,),
            )
        else:
            old = self.editing
            changes = {k: v for k, v in values.items() if getattr(old, k) != v}
            if not changes:
                return
            # Made from the person as shown: refused and offered if someone changed them since.
            result = self.context.push_edit(
                fmt(translate("PeopleDialog", "Edit {display_name}"), display_name=old.display_name),
                lambda version, values: people.update_person(
                    ids.resolve(old.id), expected_version=version, **values
                ),
                changes,
                {k: getattr(old, k) for k in changes},
                self._reread,
                version=old.row_version,
                meeting_id=None,
                kinds=(RecordKind.PEOPLE,),
            )
        if result is not None:
            self._select(result.id)

    def _reread(self) -> None:
        """After an edit, its undo or redo, or a reload: the list and the form show what is stored,
        so that the next edit is made from it."""
        self.model.refresh()
        if self.editing is not None:
            try:
                self.show_person(self.services.people.get_person(self.ids.resolve(self.editing.id)))
            except NotFoundError:
                self.new_person()

    def _select(self, person_id: int) -> None:
        def later() -> None:
            row = self.model.row_of_id(person_id)
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))

        QTimer.singleShot(0, later)
