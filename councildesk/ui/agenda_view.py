"""Agenda panel: the tree of sections and items and every undoable action on it (add, edit, nest, move)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.enums import AgendaItemKind
from councildesk.services.dto import AgendaItemDTO
from councildesk.ui.agenda_item_dialog import AgendaItemDialog
from councildesk.ui.agenda_tree_model import COL_KIND, COL_NUMBER, COL_STARTED, COL_TITLE, AgendaTreeModel
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.ui_context import RecordKind, UiContext
from councildesk.ui.undo_support import IdMap


class KindDelegate(QStyledItemDelegate):
    """Edits an item's kind with a combo box of the agenda kinds."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(translate("KindDelegate", "Item kind"))
        for kind in AgendaItemKind:
            combo.addItem(label(kind), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AgendaView(QWidget):
    """The agenda tree; `actions` go into the Agenda menu and work while the tree has focus."""

    currentItemChanged = Signal(object)  # item id or None
    changed = Signal()

    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        services = self.services = context.services
        self.undo_stack = context.undo_stack
        self.report_error = context.report_error
        self.explain_locked = context.explain_locked
        self.ids = IdMap()
        self.read_only = False
        self.meeting_id: int | None = None
        self._last_emitted: int | None = None
        self._last_meeting: int | None = -1  # so that the first set_meeting always announces

        self.model = AgendaTreeModel(services, self._edit_from_model, self._move_from_drop, self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(translate("AgendaView", "Agenda"))
        self.tree.setAccessibleDescription(
            translate(
                "AgendaView",
                "Agenda items. Insert adds, Shift+Insert adds a sub-item, F2 renames, Delete deletes, "
                "Ctrl+] indents, Ctrl+[ outdents, Alt+Up and Alt+Down move.",
            )
        )
        self.tree.setItemDelegateForColumn(COL_KIND, KindDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_NUMBER, COL_KIND, COL_STARTED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.doubleClicked.connect(lambda _: self.edit_item_dialog())

        self.heading = QLabel(translate("AgendaView", "<b>Agenda</b>"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)

        self.actions_by_name: dict[str, QAction] = {}
        self.add_action = self._action(
            "add",
            translate("AgendaView", "&Add item…"),
            "Insert",
            self.add_item,
            translate("AgendaView", "Add an item after the selected one"),
        )
        self.add_sub_action = self._action(
            "add_sub",
            translate("AgendaView", "Add &sub-item…"),
            "Shift+Insert",
            self.add_sub_item,
            translate("AgendaView", "Add an item under the selected one"),
        )
        self.edit_action = self._action(
            "edit",
            translate("AgendaView", "&Edit item…"),
            "Alt+Return",
            self.edit_item_dialog,
            translate("AgendaView", "Edit title and kind"),
        )
        self.rename_action = self._action(
            "rename",
            translate("AgendaView", "&Rename"),
            "F2",
            self.rename_inline,
            translate("AgendaView", "Rename the item in place"),
        )
        self.delete_action = self._action(
            "delete",
            translate("AgendaView", "&Delete item"),
            "Delete",
            self.delete_item,
            translate("AgendaView", "Delete the item"),
        )
        self.indent_action = self._action(
            "indent",
            translate("AgendaView", "&Indent"),
            "Ctrl+]",
            self.indent,
            translate("AgendaView", "Make it a sub-item of the item above"),
        )
        self.outdent_action = self._action(
            "outdent",
            translate("AgendaView", "&Outdent"),
            "Ctrl+[",
            self.outdent,
            translate("AgendaView", "Move it out of its section"),
        )
        self.up_action = self._action(
            "up",
            translate("AgendaView", "Move &up"),
            "Alt+Up",
            lambda: self.shift(-1),
            translate("AgendaView", "Move the item up"),
        )
        self.down_action = self._action(
            "down",
            translate("AgendaView", "Move do&wn"),
            "Alt+Down",
            lambda: self.shift(1),
            translate("AgendaView", "Move the item down"),
        )
        self.start_action = self._action(
            "start",
            translate("AgendaView", "&Start item"),
            "F8",
            self.start_item,
            translate("AgendaView", "Stamp the time this item is taken up"),
        )
        self.pull_action = self._action(
            "pull",
            translate("AgendaView", "&Pull off consent"),
            "Ctrl+Shift+K",
            self.pull_from_consent,
            translate("AgendaView", "Take the item off the consent agenda, to be considered on its own"),
        )
        for action in self.actions_by_name.values():
            # These keys mean something else in text fields, so they act only inside the tree.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.tree.addAction(action)
        self.start_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.tree.installEventFilter(self)
        self.set_meeting(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In a read-only meeting the editing keys are disabled; say why instead of doing nothing."""
        if watched is self.tree and self.read_only and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            pressed = QKeySequence(event.keyCombination())
            if any(
                a.shortcut().matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                for a in self.actions_by_name.values()
            ):
                self.explain_locked()
                return True
        return super().eventFilter(watched, event)

    def _action(self, name: str, text: str, key: str, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"agenda_{name}")
        action.setShortcut(QKeySequence(key))
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.actions_by_name[name] = action
        return action

    def actions_for_menu(self) -> list[QAction]:
        return list(self.actions_by_name.values())

    # -- state ------------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None, read_only: bool = False) -> None:
        if meeting_id != self.meeting_id:
            self.ids = IdMap()
        self.meeting_id = meeting_id
        self.read_only = read_only
        self.model.read_only = read_only
        self.model.set_meeting(meeting_id)
        self.tree.expandAll()
        for action in self.actions_by_name.values():
            action.setEnabled(meeting_id is not None and not read_only)
        self.tree.setDragEnabled(not read_only)
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, COL_TITLE))
        self._emit_current()

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.current_item_id()
        self.model.refresh()
        self.tree.expandAll()
        index = self.model.index_of(keep, COL_TITLE) if keep is not None else QModelIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, COL_TITLE)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        self._emit_current()

    def current_item(self) -> AgendaItemDTO | None:
        return self.model.item(self.tree.currentIndex())

    def current_item_id(self) -> int | None:
        item = self.current_item()
        return item.id if item else None

    def select_item(self, item_id: int) -> None:
        index = self.model.index_of(self.ids.resolve(item_id), COL_TITLE)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._emit_current()

    def _emit_current(self) -> None:
        """Tell the item panel when the selected item really changes (not on every refresh)."""
        now = self.current_item_id()
        if now != self._last_emitted or self._last_meeting != self.meeting_id:
            self._last_emitted, self._last_meeting = now, self.meeting_id
            self.currentItemChanged.emit(now)

    def _after_change(self, select: Callable[[], int | None] | None = None) -> Callable[[], None]:
        def done() -> None:
            self.refresh(select() if select else None)
            self.changed.emit()

        return done

    def _may_edit(self) -> bool:
        if self.meeting_id is None:
            return False
        if self.read_only:
            self.explain_locked()
            return False
        return True

    # -- commands ---------------------------------------------------------------------
    def _create(self, title: str, kind: AgendaItemKind, parent_id: int | None, position: int | None) -> bool:
        """Add the item as an undoable step; False when the service refused it (its dialog comes back)."""
        meeting_id = self.meeting_id
        assert meeting_id is not None
        ids = self.ids
        original: list[int] = []

        def do() -> AgendaItemDTO:
            item = self.services.agenda.add_item(
                meeting_id,
                title,
                kind=kind,
                parent_id=ids.resolve(parent_id) if parent_id is not None else None,
                position=position,
            )
            if original:
                ids.remap(original[0], item.id)
            else:
                original.append(item.id)
            return item

        def undo(_: Any) -> None:
            self.services.agenda.delete_item(ids.resolve(original[0]))

        added = self.context.push(
            fmt(translate("AgendaView", "Add “{title}”"), title=title.strip()),
            do,
            undo,
            self._after_change(lambda: ids.resolve(original[0]) if original else None),
            meeting_id=self.meeting_id,
            kinds=(RecordKind.AGENDA,),
        )
        return added is not None

    def add_item(self) -> None:
        if not self._may_edit():
            return
        current = self.current_item()
        dialog = AgendaItemDialog(self, translate("AgendaView", "Add agenda item"))
        # After the selected item, at its level (Shift+Insert puts it inside instead).
        where: tuple[int | None, int | None] = (
            (current.parent_id, current.position + 1) if current else (None, None)
        )
        # A refused item (one plain sentence) brings the dialog back with what was typed.
        while dialog.exec() and not self._create(dialog.title(), dialog.kind(), *where):
            pass
        self.tree.setFocus()  # back to the agenda, ready for the next key

    def add_sub_item(self) -> None:
        if not self._may_edit():
            return
        current = self.current_item()
        if current is None:
            self.add_item()
            return
        dialog = AgendaItemDialog(
            self,
            fmt(
                translate("AgendaView", "Add sub-item under {number} {title}"),
                number=current.number,
                title=current.title,
            ),
        )
        while dialog.exec() and not self._create(dialog.title(), dialog.kind(), current.id, None):
            pass
        self.tree.setFocus()

    def update_item(self, item_id: int, changes: dict[str, Any], text: str | None = None) -> bool:
        """Change fields of one item as an undoable step; the old values are its undo."""
        if not self._may_edit():
            return False
        item = self.model.item_by_id(self.ids.resolve(item_id))
        if item is None:
            return False
        old = {key: getattr(item, key) for key in changes}
        ids, original = self.ids, item.id
        agenda = self.services.agenda
        # The change is made from the item as shown: refused if another clerk changed it since.
        result = self.context.push_edit(
            text or fmt(translate("AgendaView", "Edit “{title}”"), title=item.title),
            lambda version, values: agenda.update_item(
                ids.resolve(original), expected_version=version, **values
            ),
            changes,
            old,
            self._after_change(lambda: ids.resolve(original)),
            version=item.row_version,
            meeting_id=self.meeting_id,
            kinds=(RecordKind.AGENDA,),
        )
        return result is not None

    def _edit_from_model(self, item_id: int, changes: dict[str, Any]) -> bool:
        # Defer: the model is being edited right now, and the change resets it.
        QTimer.singleShot(0, lambda: self.update_item(item_id, changes))
        return True

    def rename_inline(self) -> None:
        item = self.current_item()
        if self._may_edit() and item is not None:
            self.tree.edit(self.model.index_of(item.id, COL_TITLE))

    def edit_item_dialog(self) -> None:
        item = self.current_item()
        if item is None or not self._may_edit():
            return
        dialog = AgendaItemDialog(
            self,
            fmt(translate("AgendaView", "Edit item {number}"), number=item.number),
            item.title,
            item.kind,
        )
        while dialog.exec():
            changes: dict[str, Any] = {}
            if dialog.title() != item.title:
                changes["title"] = dialog.title()
            if dialog.kind() is not item.kind:
                changes["kind"] = dialog.kind()
            if not changes or self.update_item(item.id, changes):
                return  # done; a refused change brings the dialog back as typed

    def _move(self, text: str, item_id: int, move: Callable[[int], AgendaItemDTO]) -> None:
        item = self.model.item_by_id(item_id)
        if item is None:
            return
        ids, original = self.ids, item.id
        old_parent, old_position = item.parent_id, item.position
        self.context.push(
            f"{text} “{item.title}”",
            lambda: move(ids.resolve(original)),
            lambda _: self.services.agenda.move_item(
                ids.resolve(original), ids.resolve(old_parent) if old_parent else None, old_position
            ),
            self._after_change(lambda: ids.resolve(original)),
            meeting_id=self.meeting_id,
            kinds=(RecordKind.AGENDA,),
        )

    def indent(self) -> None:
        item = self.current_item()
        if item is not None and self._may_edit():
            self._move(translate("AgendaView", "Indent"), item.id, self.services.agenda.indent)

    def outdent(self) -> None:
        item = self.current_item()
        if item is not None and self._may_edit():
            self._move(translate("AgendaView", "Outdent"), item.id, self.services.agenda.outdent)

    def shift(self, delta: int) -> None:
        item = self.current_item()
        if item is None or not self._may_edit():
            return
        siblings = self.model.children_of(item.parent_id)
        if not 0 <= siblings.index(item.id) + delta < len(siblings):
            where = "first" if delta < 0 else "last"
            self.report_status(
                fmt(
                    translate("AgendaView", "“{title}” is already the {where} item at its level."),
                    title=item.title,
                    where=where,
                )
            )
            return
        self._move(translate("AgendaView", "Move"), item.id, lambda i: self.services.agenda.shift(i, delta))

    def _move_from_drop(self, item_id: int, parent_id: int | None, position: int) -> None:
        def later() -> None:
            if self._may_edit():
                self._move(
                    translate("AgendaView", "Move"),
                    item_id,
                    lambda i: self.services.agenda.move_item(i, parent_id, position),
                )

        QTimer.singleShot(0, later)  # not while the view is still handling the drop

    def report_status(self, message: str) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(message, 8000)

    def start_item(self) -> None:
        item = self.current_item()
        if item is None or not self._may_edit():
            return
        ids, original, old = self.ids, item.id, item.started_at
        self.context.push(
            fmt(translate("AgendaView", "Start “{title}”"), title=item.title),
            lambda: self.services.agenda.mark_started(ids.resolve(original)),
            lambda _: self.services.agenda.update_item(ids.resolve(original), started_at=old),
            self._after_change(lambda: ids.resolve(original)),
            meeting_id=self.meeting_id,
            kinds=(RecordKind.AGENDA,),
        )

    def pull_from_consent(self) -> None:
        item = self.current_item()
        if item is None or not self._may_edit():
            return
        if not item.consent:
            self.report_status(
                fmt(translate("AgendaView", "“{title}” is not on the consent agenda."), title=item.title)
            )
            return
        ids, original = self.ids, item.id
        old_parent, old_position = item.parent_id, item.position
        agenda = self.services.agenda
        self.context.push(
            fmt(translate("AgendaView", "Pull “{title}” off consent"), title=item.title),
            lambda: agenda.pull_from_consent(ids.resolve(original)),
            lambda _: agenda.return_to_consent(
                ids.resolve(original), ids.resolve(old_parent) if old_parent else None, old_position
            ),
            self._after_change(lambda: ids.resolve(original)),
            meeting_id=self.meeting_id,
            kinds=(RecordKind.AGENDA, RecordKind.ITEM),
        )

    # -- delete, with an undo that puts everything back exactly -----------------------------
    def _subtree(self, item_id: int) -> list[AgendaItemDTO]:
        found: list[AgendaItemDTO] = []

        def walk(i: int) -> None:
            item = self.model.item_by_id(i)
            if item is not None:
                found.append(item)
            for child in self.model.children_of(i):
                walk(child)

        walk(item_id)
        return found

    def _recorded_under(self, items: list[AgendaItemDTO]) -> tuple[int, int, int]:
        motions = votes = speakers = 0
        for it in items:
            for motion in self.services.motions.list_motions(it.id):
                motions += 1
                votes += len(motion.votes)
            speakers += len(self.services.speakers.list_speakers(it.id))
        return motions, votes, speakers

    def delete_item(self) -> None:
        item = self.current_item()
        if item is None or not self._may_edit():
            return
        subtree = self._subtree(item.id)
        motions, votes, speakers = self._recorded_under(subtree)
        if motions or votes or speakers or len(subtree) > 1:
            parts = []
            if len(subtree) > 1:
                parts.append(translate("AgendaView", "%n sub-item(s)", "", len(subtree) - 1))
            if motions:
                parts.append(translate("AgendaView", "%n motion(s)", "", motions))
            if votes:
                parts.append(translate("AgendaView", "%n vote(s)", "", votes))
            if speakers:
                parts.append(translate("AgendaView", "%n speaker(s)", "", speakers))
            answer = QMessageBox.question(
                self,
                translate("AgendaView", "Delete agenda item"),
                fmt(
                    translate(
                        "AgendaView",
                        "Delete item {number} “{title}” with its {join}? Edit ▸ Undo brings it all back.",
                    ),
                    number=item.number,
                    title=item.title,
                    join=", ".join(parts),
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        ids, original = self.ids, item.id
        agenda = self.services.agenda

        def do() -> Any:
            # Snapshot at the moment of deleting (it also serves every later redo), then delete.
            saved = agenda.snapshot(ids.resolve(original))
            agenda.delete_item(ids.resolve(original))
            return saved

        self.context.push(
            fmt(translate("AgendaView", "Delete “{title}”"), title=item.title),
            do,
            lambda saved: agenda.restore(saved),
            self._after_change(lambda: ids.resolve(original)),
            meeting_id=self.meeting_id,
            kinds=(RecordKind.AGENDA,),
        )
