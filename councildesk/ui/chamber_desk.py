"""The desk's side of the chamber display: View ▸ Chamber display, "Show on display", and the feed.

The feed follows the desk without a click: the meeting and the item in view, every records-changed
announcement, the open roll call's count after each key and the speaker's clock. What it shows is
what the clerk picked in "Show on display" ("Follow the desk" picks the latest thing happening).
On a second screen (a projector) the display goes full screen there, and follows when one is
plugged in or pulled out; with one screen it is an ordinary window, so the desk stays usable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QComboBox, QDockWidget, QFormLayout, QPushButton, QWidget

from councildesk.domain.errors import UserError
from councildesk.domain.messages import installed_language
from councildesk.services.dto import ItemRecord, MeetingRecord
from councildesk.ui.chamber_display import ChamberDisplay
from councildesk.ui.chamber_scene import SHOW_LABELS, LiveRollCall, LiveSpeaker, Scene, Show, build
from councildesk.ui.enum_labels import label_in
from councildesk.ui.i18n import Translate, translate, translator_in
from councildesk.ui.speaker_timer import SpeakerTimer
from councildesk.ui.ui_context import RecordChange
from councildesk.ui.vote_dialog import VoteDialog

if TYPE_CHECKING:
    from councildesk.ui.main_window import MainWindow

WINDOWED_SIZE = (1280, 720)  # beside the desk on a single screen


class ChamberDesk(QWidget):
    """The "Show on display" control and the feed that keeps the display current."""

    def __init__(self, window: MainWindow, timer: SpeakerTimer) -> None:
        super().__init__(window)
        self.window_ = window
        self.services = window.services
        self.timer = timer
        self.display: ChamberDisplay | None = None
        self.record: MeetingRecord | None = None
        self.item_id: int | None = None
        self.roll_call: VoteDialog | None = None
        self.room_language = installed_language()  # until a meeting is loaded: its body's minutes language

        self.show_combo = QComboBox(self)
        self.show_combo.setAccessibleName(translate("ChamberDesk", "Show on display"))
        for show, text in SHOW_LABELS.items():
            self.show_combo.addItem(translate("chamber_scene", text), show.value)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.screen_combo = QComboBox(self)
        self.screen_combo.setAccessibleName(translate("ChamberDesk", "Display screen"))
        self.screen_combo.activated.connect(lambda _i: self.place())
        self.open_button = QPushButton(translate("ChamberDesk", "Open display"), self)
        self.open_button.clicked.connect(self.toggle)
        form = QFormLayout(self)
        form.addRow(translate("ChamberDesk", "Show on &display:"), self.show_combo)
        form.addRow(translate("ChamberDesk", "&Screen:"), self.screen_combo)
        form.addRow(self.open_button)

        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        self._list_screens()

        window.meetingChanged.connect(lambda mid: self.show_meeting(mid or None))
        view = window.meeting_view
        view.agenda.currentItemChanged.connect(self.show_item)
        view.item_panel.motions.rollCallOpened.connect(self.follow_roll_call)
        window.context.records.changed.connect(self.records_changed)
        timer.ticked.connect(self.refresh)

    # -- what to show ---------------------------------------------------------------------
    def chosen(self) -> Show:
        return Show(self.show_combo.currentData())

    def choose(self, show: Show) -> None:
        self.show_combo.setCurrentIndex(self.show_combo.findData(show.value))

    def show_meeting(self, meeting_id: int | None) -> None:
        self.item_id = None
        self.record = None
        if meeting_id is not None and self.display is not None:
            self._load(meeting_id)
        self.refresh()

    def show_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        self.refresh()

    def records_changed(self, change: RecordChange) -> None:
        meeting_id = self.window_.current_meeting_id()
        if self.display is not None and meeting_id is not None and change.meeting_id in (None, meeting_id):
            self._load(meeting_id)
            self.refresh()

    def follow_roll_call(self, dialog: VoteDialog) -> None:
        self.roll_call = dialog
        dialog.view.tallyChanged.connect(self.refresh)
        dialog.finished.connect(lambda _r: self._roll_call_closed(dialog))
        self.refresh()

    def _roll_call_closed(self, dialog: VoteDialog) -> None:
        if self.roll_call is dialog:
            self.roll_call = None
        self.refresh()

    def _load(self, meeting_id: int) -> None:
        try:
            self.record = self.services.records.load(meeting_id)
            style = self.services.bodies.house_style(self.record.meeting.body_id)
            self.room_language = style.language.editions[0]
        except UserError:  # the meeting was just deleted: show nothing rather than stale text
            self.record = None

    def _item(self) -> ItemRecord | None:
        if self.record is None or self.item_id is None:
            return None
        return next((i for i in self.record.items if i.item.id == self.item_id), None)

    def _live_roll(self) -> LiveRollCall | None:
        dialog = self.roll_call
        if dialog is None or not dialog.isVisible():
            return None
        view = dialog.view
        answers = []
        for row in range(view.model.rowCount()):
            choice = view.model.choice(row)
            answers.append(
                (view.model.member(row).person_name, label_in(self.tr_room, choice[0]) if choice else "")
            )
        return LiveRollCall(view.motion, tuple(answers), view.live_tally, len(view.model.missing()))

    def _live_speaker(self) -> LiveSpeaker | None:
        t = self.timer
        if not t.running or t.speaker is None:
            return None
        return LiveSpeaker(t.speaker, t.remaining(), t.elapsed(), t.phase())

    @property
    def tr_room(self) -> Translate:
        """The room reads the council's language (its minutes' first), not the clerk's window language."""
        return translator_in(self.room_language)

    def scene(self) -> Scene:
        roll, speaker = self._live_roll(), self._live_speaker()
        return build(self.chosen(), self.record, self._item(), roll, speaker, self.tr_room)

    def refresh(self) -> None:
        if self.display is not None:
            self.display.show_scene(self.scene())

    # -- the window and its screen ----------------------------------------------------------
    def toggle(self) -> None:
        if self.display is None:
            self.open()
        else:
            self.close_display()

    def open(self) -> ChamberDisplay:
        if self.display is None:
            self.display = ChamberDisplay()
            self.display.destroyed.connect(self._display_gone)
            meeting_id = self.window_.current_meeting_id()
            if meeting_id is not None:
                self._load(meeting_id)
            self.item_id = self.window_.meeting_view.agenda.current_item_id()
        self.open_button.setText(translate("ChamberDesk", "Close display"))
        self.place()
        self.refresh()
        return self.display

    def close_display(self) -> None:
        if self.display is not None:
            self.display.close()
            self.display.deleteLater()
        self._display_gone()

    def _display_gone(self) -> None:
        self.display = None
        self.open_button.setText(translate("ChamberDesk", "Open display"))

    def _list_screens(self) -> None:
        keep = self.screen_combo.currentData()
        self.screen_combo.clear()
        desk = self.window_.screen()
        for screen in QGuiApplication.screens():
            size = screen.geometry().size()
            self.screen_combo.addItem(f"{screen.name()} ({size.width()}×{size.height()})", screen.name())
        names = [s.name() for s in QGuiApplication.screens()]
        others = [n for n in names if desk is None or n != desk.name()]
        wanted = keep if keep in names else (others[0] if others else names[0] if names else None)
        if wanted is not None:
            self.screen_combo.setCurrentIndex(self.screen_combo.findData(wanted))

    def target_screen(self) -> QScreen | None:
        name = self.screen_combo.currentData()
        return next(
            (s for s in QGuiApplication.screens() if s.name() == name), QGuiApplication.primaryScreen()
        )

    def place(self) -> None:
        """Full screen on a screen of its own; a window beside the desk when it would cover the desk."""
        display, screen = self.display, self.target_screen()
        if display is None or screen is None:
            return
        display.setScreen(screen)
        if screen is not self.window_.screen():
            display.setGeometry(screen.geometry())
            display.showFullScreen()
        else:
            display.showNormal()
            display.resize(*WINDOWED_SIZE)
        self.window_.activateWindow()  # the clerk's next key goes to the desk, not the room's screen
        self.refresh()

    def _screen_added(self, _screen: QScreen) -> None:
        if self.target_screen() is self.window_.screen():
            self.screen_combo.setCurrentIndex(-1)  # not the clerk's pick: let the new screen take it
        self._list_screens()  # a projector plugged in becomes the display's screen
        self.place()

    def _screen_removed(self, _screen: QScreen) -> None:
        self._list_screens()  # the projector pulled out: back to a window on the desk's screen
        self.place()


def install_chamber_display(window: MainWindow) -> ChamberDesk:
    """View ▸ Chamber display (Ctrl+Shift+C) and the "Show on display" dock beside the item."""
    timer = window.meeting_view.item_panel.speakers.timer
    desk = ChamberDesk(window, timer)
    dock = QDockWidget(translate("chamber_desk", "Chamber display"), window)
    dock.setObjectName("ChamberDock")
    dock.setWidget(desk)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    action = QAction(translate("chamber_desk", "&Chamber display"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+C"))
    action.setStatusTip(translate("chamber_desk", "Open the room's display and choose what it shows"))

    def toggled() -> None:
        if desk.display is None:
            dock.show()
            desk.open()
        else:
            desk.close_display()

    action.triggered.connect(toggled)
    window.add_menu_actions("View", [action])
    window.chamber_desk = desk  # type: ignore[attr-defined]
    window.chamber_dock = dock  # type: ignore[attr-defined]
    window.chamber_action = action  # type: ignore[attr-defined]
    return desk
