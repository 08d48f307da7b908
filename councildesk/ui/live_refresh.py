"""On a server, other clients' committed changes refresh this window; its status bar names who else is here.

The channel's socket wakes a QSocketNotifier in the event loop (no thread, no polling). A change
is shown at once unless the clerk is typing in one of this window's fields: then the views wait
until the field is left, so that nothing typed is overwritten. A dialog keeps its own text, so the
window behind it refreshes while it is open.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from councildesk.services.live_service import LiveChannel, Notice
from councildesk.ui.i18n import fmt
from councildesk.ui.ui_context import RecordChange, RecordKind

if TYPE_CHECKING:
    from councildesk.ui.main_window import MainWindow

log = logging.getLogger("councildesk.ui")

# What each table's rows are, for the views (an unknown table refreshes everything).
TABLE_KINDS: dict[str, frozenset[RecordKind]] = {
    "meeting": frozenset({RecordKind.MEETING}),
    "attendance": frozenset({RecordKind.ATTENDANCE}),
    "agenda_item": frozenset({RecordKind.AGENDA, RecordKind.ITEM}),
    "matter": frozenset({RecordKind.ITEM}),
    "sponsorship": frozenset({RecordKind.SPONSORS}),
    "speaker": frozenset({RecordKind.SPEAKERS}),
    "motion": frozenset({RecordKind.MOTIONS}),
    "vote": frozenset({RecordKind.VOTES}),
    "ballot": frozenset({RecordKind.VOTES}),
    "document": frozenset({RecordKind.DOCUMENTS}),
    "person": frozenset({RecordKind.PEOPLE}),
    "body": frozenset({RecordKind.BODIES}),
    "post": frozenset({RecordKind.BODIES}),
    "membership": frozenset({RecordKind.BODIES}),
    "minutes_approval": frozenset({RecordKind.MEETING}),
    "correction": frozenset({RecordKind.MEETING}),
}
# The part of the item panel each kind of record is shown in.
ITEM_SCOPES: tuple[tuple[frozenset[RecordKind], str], ...] = (
    (frozenset({RecordKind.SPEAKERS}), "speakers"),
    (frozenset({RecordKind.MOTIONS, RecordKind.VOTES}), "motions"),
    (frozenset({RecordKind.DOCUMENTS}), "documents"),
    (frozenset({RecordKind.SPONSORS}), "matter"),
)
# A client that vanished without a word (a crash, a cable) leaves pg_stat_activity with its
# connection; this slow re-read is what notices it.
PRESENCE_RECHECK_MS = 15000
# How often a window whose live connection was lost tries to open it again.
RECONNECT_MS = 5000


def record_changes(notice: Notice) -> list[RecordChange]:
    """The records-changed announcements a notice stands for, one per meeting it names."""
    kinds: set[RecordKind] = set()
    for table in notice.tables:
        kinds |= TABLE_KINDS.get(table, frozenset(RecordKind))
    if notice.meeting_ids is None:
        return [RecordChange(None, frozenset(kinds))]
    return [RecordChange(m, frozenset(kinds)) for m in sorted(notice.meeting_ids)]


def typing_in(widget: QWidget | None) -> bool:
    """Whether `widget` is a field the clerk can type a record's text into."""
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


class LiveRefresh(QObject):
    """Hears the channel for `window` and applies what it hears, now or when typing ends."""

    def __init__(self, window: MainWindow, channel: LiveChannel) -> None:
        super().__init__(window)
        self.window = window
        self.channel = channel
        self._origin = window.services.live.origin
        self._pending: list[RecordChange] = []
        self._pending_who: set[str] = set()
        self._who: list[str] = []
        # Monotonic times a notice was last heard and a change last shown (tests measure them).
        self.heard_at = 0.0
        self.last_applied_at = 0.0
        self.presence = QLabel(window)
        self.presence.setObjectName("presenceNote")
        self.presence.hide()
        window.statusBar().addPermanentWidget(self.presence)
        self.recheck = QTimer(self)
        self.recheck.setInterval(PRESENCE_RECHECK_MS)
        self.recheck.timeout.connect(self.show_presence)
        self.reconnect = QTimer(self)
        self.reconnect.setInterval(RECONNECT_MS)
        self.reconnect.timeout.connect(self._reconnect)
        self.notifier = self._attach(channel)
        window.meetingChanged.connect(self._meeting_changed)
        # The channel in use, in a holder that outlives self: it is destroyed with the window.
        holder = self._holder = [channel]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            app.aboutToQuit.connect(lambda: holder[0].close())
        window.destroyed.connect(lambda: holder[0].close())
        window.installEventFilter(self)
        self._meeting_changed(window.current_meeting_id() or 0)

    def _attach(self, channel: LiveChannel) -> QSocketNotifier:
        self.channel = channel
        notifier = QSocketNotifier(channel.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._readable)
        self.recheck.start()
        return notifier

    # -- hearing ------------------------------------------------------------------------
    def _readable(self) -> None:
        self.heard_at = time.monotonic()
        try:
            notices, moved = self.channel.read()
        except OSError as error:
            log.warning("live refresh lost its connection: %s", error)
            self.notifier.setEnabled(False)
            self.recheck.stop()
            self.channel.close()
            self.presence.hide()
            self.window.statusBar().showMessage(
                self.tr("Lost the live connection to the server; trying again (F5 reloads meanwhile)."), 0
            )
            self.reconnect.start()
            return
        theirs = [n for n in notices if n.origin != self._origin]
        changes = [c for n in theirs for c in record_changes(n)]
        if changes:
            self._pending.extend(changes)
            self._pending_who.update(n.who for n in theirs)
            self._apply_unless_typing()
        if moved or changes:
            self.show_presence()

    def _reconnect(self) -> None:
        try:
            channel = self.window.services.live.open_channel()
        except Exception as error:  # noqa: BLE001 - the server is still away: try again later
            log.info("live refresh still cannot reach the server: %s", error)
            return
        if channel is None:
            return
        self.reconnect.stop()
        self.notifier.deleteLater()
        self.notifier = self._attach(channel)
        self._holder[0] = channel
        self.window.statusBar().showMessage(self.tr("Live connection to the server restored."), 5000)
        # What others did meanwhile was not heard: every view reads its records again.
        self._pending.append(RecordChange(None, frozenset(RecordKind)))
        self._pending_who.add(self.tr("Another desk"))
        self._meeting_changed(self.window.current_meeting_id() or 0)
        self._apply_unless_typing()

    def _apply_unless_typing(self) -> None:
        if not self._pending:
            return
        focus = QApplication.focusWidget()
        if focus is not None and self.window.isAncestorOf(focus) and typing_in(focus):
            self.window.statusBar().showMessage(
                fmt(
                    self.tr("{who} changed these records; the changes show when you leave this field."),
                    who=", ".join(sorted(self._pending_who)),
                ),
                5000,
            )
            return
        pending, self._pending = self._pending, []
        self._pending_who.clear()
        self.apply(pending)

    def apply(self, changes: list[RecordChange]) -> None:
        """Announce the changes as records changed, and re-read the meeting on show if they touch it."""
        shown = self.window.current_meeting_id()
        for change in changes:
            self.window.context.records.changed.emit(change)
        touched: set[RecordKind] = set()
        for change in changes:
            if shown is not None and change.meeting_id in (None, shown):
                touched |= change.kinds
        # The views' own listeners re-read the header, the navigator and an item's own fields;
        # what a view re-reads only after its own changes is re-read here, each part once.
        view = self.window.meeting_view
        if touched & {RecordKind.AGENDA, RecordKind.ITEM, RecordKind.MOTIONS, RecordKind.VOTES}:
            view.agenda.refresh()  # titles, numbers, order and the motions' outcomes shown in it
        if touched & {RecordKind.ATTENDANCE, RecordKind.PEOPLE, RecordKind.BODIES}:
            view.attendance.refresh()
        if not touched & {RecordKind.AGENDA, RecordKind.ITEM}:  # else the item panel's listener did
            for kinds, scope in ITEM_SCOPES:
                if touched & kinds:
                    view.item_panel.refresh(scope)
        self.last_applied_at = time.monotonic()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self._pending:
            self._apply_unless_typing()

    # -- presence -----------------------------------------------------------------------
    def _meeting_changed(self, meeting_id: int) -> None:
        try:
            self.channel.announce(meeting_id or None, self.window.services.live.person_id)
        except Exception as error:  # noqa: BLE001 - a dropped connection; the next read says so
            log.info("could not announce the meeting on show: %s", error)
        self.show_presence()

    def show_presence(self) -> None:
        """Name the other clients that have the meeting on show open (hidden when none has)."""
        shown = self.window.current_meeting_id()
        try:
            self._who = self.window.services.live.who_is_here(self.channel, shown) if shown else []
        except Exception as error:  # noqa: BLE001 - the server went away; the next read says so
            log.info("could not read who else is here: %s", error)
            self._who = []
        if self._who:
            self.presence.setText(fmt(self.tr("Also in this meeting: {names}"), names=", ".join(self._who)))
        self.presence.setVisible(bool(self._who))
        if self.channel.has_backlog():
            QTimer.singleShot(0, self._readable)

    def others_here(self) -> list[str]:
        return list(self._who)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.close()  # the others' status bars drop this desk now, not when the program ends
        return False

    def close(self) -> None:
        self.notifier.setEnabled(False)
        self.recheck.stop()
        self.reconnect.stop()
        self.channel.close()


def install_live_refresh(window: MainWindow) -> LiveRefresh | None:
    """Live refresh for a window on a server; nothing for a file."""
    channel = window.services.live.open_channel()
    if channel is None:
        return None
    return LiveRefresh(window, channel)  # the window owns it (found with findChild)
