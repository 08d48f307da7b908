"""The History panel: the audit log of the meeting or agenda item in view, filterable, newest first."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.enums import BallotOption
from councildesk.domain.errors import UserError
from councildesk.domain.history_fields import FIELDS
from councildesk.services.audit_service import changed_fields, field_enum
from councildesk.services.container import Services
from councildesk.services.dto import AuditEntryDTO
from councildesk.ui.desk_dock import follow_desk
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from councildesk.ui.list_table_model import Index, ListTableModel
from councildesk.ui.ui_context import RecordChange

if TYPE_CHECKING:
    from councildesk.ui.main_window import MainWindow

# One whole phrase per action, so that each language puts the record where it belongs
# ("added meeting 5", "Ajout : séance 5"); the record's noun is declared below.
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("HistoryTableModel", "added {what} {id}"),
    "update": QT_TRANSLATE_NOOP("HistoryTableModel", "changed {what} {id}"),
    "delete": QT_TRANSLATE_NOOP("HistoryTableModel", "removed {what} {id}"),
    "ballots": QT_TRANSLATE_NOOP("HistoryTableModel", "ballots of {what} {id}"),
}
# The tables the audit log names, as a clerk calls the record.
RECORDS = {
    "body": QT_TRANSLATE_NOOP("HistoryTableModel", "body"),
    "person": QT_TRANSLATE_NOOP("HistoryTableModel", "person"),
    "post": QT_TRANSLATE_NOOP("HistoryTableModel", "seat"),
    "membership": QT_TRANSLATE_NOOP("HistoryTableModel", "membership"),
    "meeting": QT_TRANSLATE_NOOP("HistoryTableModel", "meeting"),
    "attendance": QT_TRANSLATE_NOOP("HistoryTableModel", "attendance"),
    "matter": QT_TRANSLATE_NOOP("HistoryTableModel", "matter"),
    "sponsorship": QT_TRANSLATE_NOOP("HistoryTableModel", "sponsorship"),
    "agenda_item": QT_TRANSLATE_NOOP("HistoryTableModel", "agenda item"),
    "speaker": QT_TRANSLATE_NOOP("HistoryTableModel", "speaker"),
    "meeting_video": QT_TRANSLATE_NOOP("HistoryTableModel", "meeting video"),
    "kept_minutes_files": QT_TRANSLATE_NOOP("HistoryTableModel", "approved minutes' files"),
    "chair_phrase": QT_TRANSLATE_NOOP("HistoryTableModel", "chair's phrase"),
    "speaking_limit": QT_TRANSLATE_NOOP("HistoryTableModel", "speaking limit"),
    "motion": QT_TRANSLATE_NOOP("HistoryTableModel", "motion"),
    "vote": QT_TRANSLATE_NOOP("HistoryTableModel", "vote"),
    "ballot": QT_TRANSLATE_NOOP("HistoryTableModel", "ballot"),
    "document": QT_TRANSLATE_NOOP("HistoryTableModel", "document"),
    "minutes_approval": QT_TRANSLATE_NOOP("HistoryTableModel", "minutes approval"),
    "correction": QT_TRANSLATE_NOOP("HistoryTableModel", "correction"),
    "external_id": QT_TRANSLATE_NOOP("HistoryTableModel", "external id"),
    "roll call": QT_TRANSLATE_NOOP("HistoryTableModel", "roll call"),  # what an import preview read
}


def record_noun(table: str) -> str:
    """A table's rows as a clerk calls them, in the window's language ('agenda_item': 'point de
    l'ordre du jour')."""
    noun = RECORDS.get(table)
    return translate("HistoryTableModel", noun) if noun else table.replace("_", " ")


def describe_what(entry: AuditEntryDTO) -> str:
    """'added meeting 5' / 'Ajout : séance 5' / 'Se agregó: sesión 5'."""
    what = record_noun(entry.entity)
    phrase = ACTIONS.get(entry.action)
    if phrase is None:
        return f"{entry.action} {what} {entry.entity_id or ''}".strip()
    return fmt(translate("HistoryTableModel", phrase), what=what, id=entry.entity_id or "").strip()


# Fields that hold a person's id: the person's name is shown.
PERSON_FIELDS = frozenset(
    {"person_id", "mover_id", "seconder_id", "presiding_person_id", "recording_person_id", "yielded_to_id"}
)
# What a new or removed row's fields repeat from the What column, or never meant to a reader.
UNSHOWN = frozenset({"id", "row_version"})

PersonName = Callable[[int], str | None]


def field_label(field: str) -> str:
    """'title' as the window calls it: 'titre', 'título'."""
    text = FIELDS.get(field)
    return translate("HistoryFields", text) if text else field.replace("_", " ")


def _value(value: Any, entity: str = "", field: str = "", person: PersonName | None = None) -> str:
    """A logged value as a reader reads it: a label for a code, a name for a person's id, Yes/No."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("HistoryFields", "yes") if value else translate("HistoryFields", "no")
    if field in PERSON_FIELDS and isinstance(value, int) and person is not None:
        return person(value) or str(value)
    if isinstance(value, str) and (enum := field_enum(entity, field)) is not None:
        try:
            return label(enum(value))
        except ValueError:  # a value the enumeration no longer has: shown as stored
            return value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value).replace("T", " ") if isinstance(value, str) and len(value) == 19 else str(value)


def _ballot(value: Any) -> str:
    """A stored ballot ['yes', 'note'] as 'Pour — note'."""
    if not isinstance(value, list) or not value:
        return _value(value)
    try:
        shown = label(BallotOption(value[0]))
    except ValueError:
        shown = str(value[0])
    return f"{shown} — {value[1]}" if len(value) > 1 and value[1] else shown


def _ballots(before: Any, after: Any, person: PersonName | None) -> str:
    """Each member's ballot (by name) as the roll call recorded or changed it."""
    old = before if isinstance(before, dict) else {}
    new = after if isinstance(after, dict) else {}
    colon = translate("HistoryFields", "{field}: {value}")
    parts = []
    for key in sorted(set(old) | set(new), key=lambda k: int(k) if str(k).isdigit() else 0):
        who = (person(int(key)) if person is not None and str(key).isdigit() else None) or str(key)
        was, now = old.get(key), new.get(key)
        if was is None:
            parts.append(fmt(colon, field=who, value=_ballot(now)))
        elif now is None:
            parts.append(fmt(colon, field=who, value=f"{_ballot(was)} → —"))
        elif was != now:
            parts.append(fmt(colon, field=who, value=f"{_ballot(was)} → {_ballot(now)}"))
    return "; ".join(parts)


def describe_changes(entry: AuditEntryDTO, person: PersonName | None = None) -> str:
    """'titre : Ancien → Nouveau; consentement : non → oui' (a new or removed row: its fields' values),
    each field by its label and each value as the window shows it."""
    if entry.action == "ballots":  # {person id: [option, note]}: each member's ballot by name
        before = json.loads(entry.before) if entry.before else {}
        after = json.loads(entry.after) if entry.after else {}
        return _ballots(before, after, person)
    parts = []
    colon = translate("HistoryFields", "{field}: {value}")
    for field, before, after in changed_fields(entry):
        if not field:  # a value that is not a row's fields: shown as stored
            parts.append(_value(after))
            continue
        if entry.action in ("create", "delete") and field in UNSHOWN:
            continue

        def shown(value: Any, field: str = field) -> str:
            return _value(value, entry.entity, field, person)

        if entry.action == "create":
            value = shown(after)
        elif entry.action == "delete":
            value = shown(before)
        else:
            value = f"{shown(before)} → {shown(after)}"
        parts.append(fmt(colon, field=field_label(field), value=value))
    return "; ".join(parts)


class HistoryTableModel(ListTableModel):
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("Columns", "When"),
        QT_TRANSLATE_NOOP("Columns", "Who"),
        QT_TRANSLATE_NOOP("Columns", "What"),
        QT_TRANSLATE_NOOP("Columns", "Before → after"),
    )

    def __init__(self, parent: QWidget | None = None, person: PersonName | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntryDTO] = []
        self.person = person

    def set_entries(self, entries: list[AuditEntryDTO]) -> None:
        self.beginResetModel()
        self._rows = entries
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry: AuditEntryDTO | None = self.row_at(index)
        if entry is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return f"{entry.at:%Y-%m-%d %H:%M:%S}"
        if column == 1:
            return entry.who
        if column == 2:
            return describe_what(entry)
        return describe_changes(entry, self.person)


class HistoryPanel(QWidget):
    """Follows the window: the meeting on show, or the agenda item selected when "This item only" is on."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.meeting_id: int | None = None
        self.item_id: int | None = None
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(translate("HistoryPanel", "Filter history (field, value, user)…"))
        self.filter_edit.setAccessibleName(translate("HistoryPanel", "Filter history"))
        self.filter_edit.setClearButtonEnabled(True)
        self.item_only = QCheckBox(translate("HistoryPanel", "This &item only"), self)
        self.item_only.setAccessibleName(
            translate("HistoryPanel", "History of the selected agenda item only")
        )
        self.count_label = QLabel(self)
        self._names: dict[int, str | None] = {}
        self.model = HistoryTableModel(self, self._person_name)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("HistoryPanel", "History: who changed what, when"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)  # a pause in typing, then one query
        self._timer.timeout.connect(self.refresh)
        self.filter_edit.textChanged.connect(lambda _: self._timer.start())
        self.item_only.toggled.connect(lambda _: self.refresh())
        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.item_only)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.table)

    def _person_name(self, person_id: int) -> str | None:
        """A logged person's name, read once per refresh (None for a person since deleted)."""
        if person_id not in self._names:
            try:
                self._names[person_id] = self.services.people.get_person(person_id).display_name
            except UserError:
                self._names[person_id] = None
        return self._names[person_id]

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id, self.item_id = meeting_id, None
        self.refresh()

    def show_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        if self.item_only.isChecked():
            self.refresh()

    def records_changed(self, change: RecordChange) -> None:
        if self.isVisible() and (change.meeting_id is None or change.meeting_id == self.meeting_id):
            self.refresh()

    def refresh(self) -> None:
        if self.meeting_id is None:
            entries: list[AuditEntryDTO] = []
        else:
            item = self.item_id if self.item_only.isChecked() else None
            try:
                entries = self.services.audit.history(
                    self.meeting_id, item_id=item, text=self.filter_edit.text()
                )
            except UserError:  # the item was just deleted (or undone away): show the whole meeting
                entries = self.services.audit.history(self.meeting_id, text=self.filter_edit.text())
        self._names.clear()  # a name may have been corrected since
        self.model.set_entries(entries)
        self.count_label.setText(translate("HistoryPanel", "%n change(s)", "", len(entries)))


def install_history_panel(window: MainWindow) -> HistoryPanel:
    """View ▸ History: a dock under the workspace, refreshed from the records-changed signal."""
    panel = HistoryPanel(window.services, window)
    dock = QDockWidget(translate("history_panel", "History"), window)
    dock.setObjectName("HistoryDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()  # opened from the View menu (Ctrl+Shift+H); the workspace keeps its room by default
    action = dock.toggleViewAction()
    action.setText(translate("history_panel", "&History"))
    action.setShortcut("Ctrl+Shift+H")
    action.setStatusTip(translate("history_panel", "Show who changed what in this meeting, and when"))
    window.add_menu_actions("View", [action])
    follow_desk(window, panel, dock)
    window.history_dock = dock  # type: ignore[attr-defined]
    window.history_panel = panel  # type: ignore[attr-defined]
    return panel
