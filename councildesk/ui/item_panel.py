"""The item panel: everything recorded under one agenda item, in tabs, every change undoable.

Embedded by the main window: `set_item(id)` shows an item (None: an empty state),
`set_read_only(True)` for approved minutes, and `changed` is emitted after every change so the
agenda tree can refresh.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from councildesk.domain.errors import NotFoundError
from councildesk.services.dto import AgendaItemDTO
from councildesk.ui.enum_labels import label
from councildesk.ui.exhibits_view import ExhibitsView
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from councildesk.ui.item_actions import ItemActions
from councildesk.ui.item_details_view import ItemDetailsView
from councildesk.ui.motions_view import MotionsView
from councildesk.ui.speakers_view import SpeakersView
from councildesk.ui.sponsors_editor import SponsorsEditor
from councildesk.ui.ui_context import RecordChange, RecordKind, UiContext

LOCKED_WHY = QT_TRANSLATE_NOOP(
    "item_panel", "The minutes of this meeting are approved and locked; record a correction instead."
)
READ_ONLY_WHY = QT_TRANSLATE_NOOP(
    "item_panel", "This database is open read only; nothing can be changed in it."
)
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "item_panel",
    "Choose an agenda item to record its details, sponsors, exhibits, speakers, motions and votes.",
)
TAB_DETAILS, TAB_MATTER, TAB_EXHIBITS, TAB_SPEAKERS, TAB_MOTIONS = range(5)


class ItemPanel(QWidget):
    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        services = context.services
        self.services = services
        self.undo_stack = context.undo_stack
        self._item: AgendaItemDTO | None = None
        self._read_only_requested = False
        self.read_only = False
        self._meeting_locked = False
        self.ops = ItemActions(context, self._after_change)
        context.records.changed.connect(self._records_changed)

        self.header = QLabel()
        self.header.setAccessibleName(translate("ItemPanel", "Agenda item"))
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.lock_label = QLabel(
            fmt(translate("ItemPanel", "<b>Read only.</b> {why}"), why=translate("item_panel", LOCKED_WHY))
        )
        self.lock_label.setStyleSheet("color: #92400e; padding: 2px 0;")
        self.lock_label.setAccessibleName(translate("ItemPanel", "Read only"))
        self.lock_label.hide()

        self.details = ItemDetailsView(self._change_field)
        self.sponsors = SponsorsEditor(services, self.ops)
        self.exhibits = ExhibitsView(services, self.ops)
        self.speakers = SpeakersView(services, self.ops)
        self.motions = MotionsView(services, self.ops)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("ItemPanel", "Item sections"))
        # Tabs are reached with Alt+1 … Alt+5: letters are left to the fields inside the tabs.
        for number, (view, title) in enumerate(
            (
                (self.details, translate("ItemPanel", "Details")),
                (self.sponsors, translate("ItemPanel", "Matter && sponsors")),
                (self.exhibits, translate("ItemPanel", "Exhibits")),
                (self.speakers, translate("ItemPanel", "Speakers")),
                (self.motions, translate("ItemPanel", "Motions && votes")),
            ),
            start=1,
        ):
            self.tabs.addTab(view, title)
            self.tabs.setTabToolTip(number - 1, f"Alt+{number}")
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self, lambda i=number - 1: self.show_tab(i))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.empty = QLabel(translate("item_panel", EMPTY_TEXT))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(translate("ItemPanel", "No agenda item chosen"))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.lock_label)
        layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.set_item(None)

    # -- the contract ------------------------------------------------------------------
    def set_item(self, item_id: int | None) -> None:
        """Show an agenda item (None: the empty state)."""
        item = None
        if item_id is not None:
            try:
                item = self.services.agenda.get_item(item_id)
            except NotFoundError:
                item = None  # deleted meanwhile (e.g. by undo in the agenda): show nothing
        self._item = item
        self.ops.meeting_id = item.meeting_id if item is not None else None
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Approved minutes: everything can be read and copied, nothing edited."""
        self._read_only_requested = read_only
        self._apply_read_only()

    def item_id(self) -> int | None:
        return self._item.id if self._item else None

    # -- refreshing --------------------------------------------------------------------
    def refresh(self, scope: str | None = None) -> None:
        """Reload what is shown; `scope` ("speakers", "motions", "documents", "matter") limits it
        to the part a change touched, so that live entry stays quick on busy items."""
        if scope is not None and self._item is not None:
            if scope == "speakers":
                self.speakers.show_item(self._item.id)
            elif scope == "motions":
                self.motions.show_item(self._item.id)
            elif scope == "documents":
                self.exhibits.show_item(self._item.id)
            elif scope == "matter" and self._item.matter_id is not None:
                self.sponsors.show_item(self._item, self.services.matters.get_matter(self._item.matter_id))
            else:
                self.refresh()
                return
            self._update_tab_titles()
            return
        item = self._item
        if item is not None:
            try:
                item = self.services.agenda.get_item(item.id)
            except NotFoundError:
                item = None
        self._item = item
        if item is None:
            self.stack.setCurrentWidget(self.empty)
            self.details.show_item(None)
            return
        meeting = self.services.meetings.get_meeting(item.meeting_id)
        self._meeting_locked = meeting.locked
        matter = self.services.matters.get_matter(item.matter_id) if item.matter_id else None
        number = f"{escape(item.number)} " if item.number else ""
        self.header.setText(
            f"<span style='font-size:13pt'><b>{number}{escape(item.title)}</b></span>"
            f"<br><span style='color:#555'>{escape(label(item.kind))}"
            + (translate("ItemPanel", " · consent agenda") if item.consent else "")
            + (f" · {escape(matter.identifier)}" if matter else "")
            + "</span>"
        )
        self.details.show_item(item)
        self.sponsors.show_item(item, matter)
        self.exhibits.show_item(item.id)
        self.speakers.show_item(item.id)
        self.motions.show_item(item.id, item.meeting_id)  # with the meeting: roll, threshold
        self._update_tab_titles()
        self.stack.setCurrentIndex(1)
        self._apply_read_only()

    def _records_changed(self, change: RecordChange) -> None:
        """A move or renumbering elsewhere (the agenda tree) changes this item's number in the header."""
        if self._item is not None and change.touches(RecordKind.AGENDA, RecordKind.ITEM):
            self.refresh()

    def _update_tab_titles(self) -> None:
        speakers = self.speakers.model.rowCount()
        motions = len(self.motions.model.motions())
        exhibits = self.exhibits.model.rowCount()
        self.tabs.setTabText(
            TAB_EXHIBITS,
            fmt(translate("ItemPanel", "Exhibits ({exhibits})"), exhibits=exhibits)
            if exhibits
            else translate("ItemPanel", "Exhibits"),
        )
        self.tabs.setTabText(
            TAB_SPEAKERS,
            fmt(translate("ItemPanel", "Speakers ({speakers})"), speakers=speakers)
            if speakers
            else translate("ItemPanel", "Speakers"),
        )
        self.tabs.setTabText(
            TAB_MOTIONS,
            fmt(translate("ItemPanel", "Motions && votes ({motions})"), motions=motions)
            if motions
            else translate("ItemPanel", "Motions && votes"),
        )

    def _apply_read_only(self) -> None:
        locked = self._read_only_requested or self._meeting_locked
        self.read_only = locked
        # A database opened read only is not "approved": say which it is.
        why = translate("item_panel", LOCKED_WHY if self._meeting_locked else READ_ONLY_WHY) if locked else ""
        self.lock_label.setText(fmt(translate("ItemPanel", "<b>Read only.</b> {why}"), why=why))
        self.lock_label.setVisible(locked and self._item is not None)
        for view in (self.details, self.sponsors, self.exhibits, self.speakers, self.motions):
            view.set_read_only(locked, why)

    def _after_change(self, scope: str) -> None:
        self.refresh(None if scope == "item" else scope)
        self.changed.emit()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._tab_changed(index)

    def _tab_changed(self, index: int) -> None:
        target = self._landing(index)
        if target is not None:
            target.setFocus()

    def _landing(self, index: int) -> QWidget | None:
        """The field the clerk most likely wants in each tab (None: leave focus where it is)."""
        targets: dict[int, QWidget] = {
            TAB_SPEAKERS: self.speakers.name_edit,
            TAB_MOTIONS: self.motions.tree if self.read_only else self.motions.text_edit,
        }
        target = targets.get(index)
        return target if target is not None and target.isEnabled() else None

    def focusInEvent(self, event: QFocusEvent) -> None:
        # The window's "go to the item panel" shortcut lands here: pass focus into the open tab.
        target = self._landing(self.tabs.currentIndex()) or self.tabs.currentWidget()
        if self.stack.currentIndex() == 1 and target is not None:
            target.setFocus()
        super().focusInEvent(event)

    # -- the item's own fields -----------------------------------------------------------
    def _change_field(self, field: str, value: Any, _old: Any) -> None:
        if self._item is not None:
            self.ops.change_item(self._item, field, value)
