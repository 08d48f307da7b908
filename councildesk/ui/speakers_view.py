"""Speakers of an agenda item: add one in a single line, reorder, time them (Start, Stop, Next), delete.

Start stamps the speaker and runs the clock against the body's limit for that kind of speaker;
Stop records how long they spoke; Next stops the speaker and starts the one below. The clock's
warnings (one minute left, time up) show here and on the chamber display.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.enums import SignUp, SpeakerKind, Stance
from councildesk.domain.speaking_time import TimePhase, clock_text
from councildesk.services.container import Services
from councildesk.services.dto import SpeakerDTO
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.item_actions import ItemActions
from councildesk.ui.person_completer import PersonCompleter
from councildesk.ui.row_view import row_view
from councildesk.ui.speaker_table_model import (
    COL_KIND,
    COL_NAME,
    COL_ORDER,
    COL_STANCE,
    COL_STARTED,
    COL_SUMMARY,
    SpeakerTableModel,
)
from councildesk.ui.speaker_timer import SpeakerTimer


class SpeakersView(QWidget):
    def __init__(
        self,
        services: Services,
        ops: ItemActions,
        parent: Any = None,
        timer: SpeakerTimer | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self._item_id: int | None = None
        self.read_only = False
        self.timer = timer or SpeakerTimer(parent=self)
        self._limits: dict[SpeakerKind, int] = {}  # the body's, read with the item
        self._limit_versions: dict[SpeakerKind, int] = {}  # their rows' versions, read with them
        # The limit for a kind of speaker in seconds (None: unlimited).
        self.limit_for: Callable[[SpeakerKind], int | None] = self._limits_get

        # -- the one-line entry ------------------------------------------------------------
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("SpeakersView", "Name"))
        self.name_edit.setAccessibleName(translate("SpeakersView", "Speaker name"))
        self.people = PersonCompleter(services, self.name_edit)
        self.affiliation_edit = QLineEdit()
        self.affiliation_edit.setPlaceholderText(translate("SpeakersView", "Affiliation"))
        self.affiliation_edit.setAccessibleName(translate("SpeakersView", "Speaker affiliation"))
        self.residence_edit = QLineEdit()
        self.residence_edit.setPlaceholderText(translate("SpeakersView", "of (residence)"))
        self.residence_edit.setAccessibleName(translate("SpeakersView", "Speaker residence"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(translate("SpeakersView", "Speaker kind"))
        for kind in SpeakerKind:
            self.kind_combo.addItem(label(kind), kind)
        self.sign_up_combo = QComboBox()
        self.sign_up_combo.setAccessibleName(translate("SpeakersView", "Signed up"))
        self.sign_up_combo.addItem(translate("SpeakersView", "Walk-up"), SignUp.WALK_UP)
        self.sign_up_combo.addItem(translate("SpeakersView", "Card"), SignUp.CARD)
        self.stance_combo = QComboBox()
        self.stance_combo.setAccessibleName(translate("SpeakersView", "Speaker stance"))
        self.stance_combo.addItem(translate("SpeakersView", "Stance —"), None)
        for stance in Stance:
            self.stance_combo.addItem(label(stance), stance)
        self.summary_edit = QLineEdit()
        self.summary_edit.setPlaceholderText(translate("SpeakersView", "Summary (Enter adds the speaker)"))
        self.summary_edit.setAccessibleName(translate("SpeakersView", "Speaker summary"))
        self.add_button = QPushButton(translate("SpeakersView", "&Add speaker"))
        self.add_button.setAccessibleName(translate("SpeakersView", "Add speaker"))
        self.add_button.clicked.connect(self.add)
        for edit in (self.name_edit, self.affiliation_edit, self.residence_edit, self.summary_edit):
            edit.returnPressed.connect(self.add)

        # Two lines, so that at 1366×768 each field is wide enough to read what is typed in it:
        # who speaks (name, affiliation, residence), then what (kind, stance, summary).
        entry = QVBoxLayout()
        who, what = QHBoxLayout(), QHBoxLayout()
        who.addWidget(self.name_edit, 3)
        who.addWidget(self.affiliation_edit, 3)
        who.addWidget(self.residence_edit, 2)
        what.addWidget(self.kind_combo)
        what.addWidget(self.sign_up_combo)
        what.addWidget(self.stance_combo)
        what.addWidget(self.summary_edit, 1)
        what.addWidget(self.add_button)
        entry.addLayout(who)
        entry.addLayout(what)

        # -- the list -----------------------------------------------------------------------
        self.model = SpeakerTableModel(self._edit_cell, self)
        self.table = row_view(QTableView(), self.model, translate("SpeakersView", "Speakers"))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ORDER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        for column in (COL_KIND, COL_STANCE, COL_STARTED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_NAME, 260)
        for keys, slot in (
            ("Alt+Up", lambda: self.move_selected(-1)),
            ("Alt+Down", lambda: self.move_selected(+1)),
            ("Delete", self.delete_selected),
            ("Ctrl+T", self.mark_started),
            ("Ctrl+.", self.stop_speaker),
            ("Ctrl+Return", self.next_speaker),
            ("Ctrl+Y", self.yield_to_next),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.started_button = QPushButton(translate("SpeakersView", "&Start"))
        self.started_button.setAccessibleName(
            translate("SpeakersView", "Mark selected speaker as starting now")
        )
        self.started_button.clicked.connect(self.mark_started)
        self.stop_button = QPushButton(translate("SpeakersView", "St&op"))
        self.stop_button.setAccessibleName(translate("SpeakersView", "Stop the speaker and record the time"))
        self.stop_button.clicked.connect(self.stop_speaker)
        self.next_button = QPushButton(translate("SpeakersView", "&Next"))
        self.next_button.setAccessibleName(translate("SpeakersView", "Stop this speaker and start the next"))
        self.next_button.clicked.connect(self.next_speaker)
        self.yield_button = QPushButton(translate("SpeakersView", "&Yield"))
        self.yield_button.setAccessibleName(
            translate("SpeakersView", "The speaker gives the rest of their time to the next speaker")
        )
        self.yield_button.clicked.connect(self.yield_to_next)
        self.limit_button = QPushButton(translate("SpeakersView", "Time &limit…"))
        self.limit_button.setAccessibleName(
            translate("SpeakersView", "The body's time limit for this kind of speaker")
        )
        self.limit_button.clicked.connect(self.ask_limit)
        self.clock_label = QLabel()
        self.clock_label.setAccessibleName(translate("SpeakersView", "Speaker's time"))
        self.timer.ticked.connect(self._show_clock)
        self.up_button = QPushButton(translate("SpeakersView", "Move &up"))
        self.up_button.setAccessibleName(translate("SpeakersView", "Move selected speaker up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(translate("SpeakersView", "Move do&wn"))
        self.down_button.setAccessibleName(translate("SpeakersView", "Move selected speaker down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.delete_button = QPushButton(translate("SpeakersView", "&Delete"))
        self.delete_button.setAccessibleName(translate("SpeakersView", "Delete selected speaker"))
        self.delete_button.clicked.connect(self.delete_selected)
        # Two rows, so that at 1366×768 (a dock open beside the item) no button is cut: the list's
        # own edits under it, then the clock's keys with the time the speaker has left.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.delete_button)
        clock = QHBoxLayout()
        for button, keys in (
            (self.started_button, "Ctrl+T"),
            (self.stop_button, "Ctrl+."),
            (self.next_button, "Ctrl+Return"),
            (self.yield_button, "Ctrl+Y"),
        ):
            # Short labels (they fit beside a dock at 1366×768); the keys in the tooltip.
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button.setProperty("keysTip", f"{button.accessibleName()} ({native})")
            button.setToolTip(button.property("keysTip"))
            clock.addWidget(button)
        clock.addStretch(1)
        clock.addWidget(self.limit_button)

        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.clock_label)
        layout.addLayout(clock)
        self._editing: list[QWidget] = [
            self.name_edit,
            self.affiliation_edit,
            self.residence_edit,
            self.kind_combo,
            self.stance_combo,
            self.summary_edit,
            self.add_button,
            self.started_button,
            self.stop_button,
            self.next_button,
            self.yield_button,
            self.limit_button,
            self.sign_up_combo,
            self.up_button,
            self.down_button,
            self.delete_button,
        ]

    # -- showing ------------------------------------------------------------------------
    def show_item(self, item_id: int | None) -> None:
        selected = self.selected()
        self._item_id = item_id
        self.model.set_speakers(self.services.speakers.list_speakers(item_id) if item_id else [])
        self._limits.clear()
        self._limit_versions = {}
        if item_id:
            read = self.services.speakers.limits_as_read(item_id)
            self._limits.update({kind: seconds for kind, (seconds, _version) in read.items()})
            self._limit_versions = {kind: version for kind, (_seconds, version) in read.items()}
        if selected is not None:
            self.select_id(selected.id)

    def set_read_only(self, read_only: bool, why: str) -> None:
        self.read_only = read_only
        self.model.read_only = read_only
        for widget in self._editing:
            widget.setEnabled(not read_only)
            widget.setToolTip(why if read_only else widget.property("keysTip") or "")

    def selected(self) -> SpeakerDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.speaker(rows[0].row()) if rows else None

    def select_id(self, speaker_id: int) -> None:
        row = self.model.row_of_id(speaker_id)
        if row is not None:
            self.table.selectRow(row)

    # -- changes ------------------------------------------------------------------------
    def add(self) -> None:
        if self._item_id is None or self.read_only:
            return
        name = self.name_edit.text().strip()
        if not name:
            self.ops.report(translate("SpeakersView", "Type the speaker's name first."))
            self.name_edit.setFocus()
            return
        person = self.people.person_for(name)
        speaker = self.ops.add_speaker(
            self._item_id,
            name,
            person_id=person.id if person else None,
            affiliation=self.affiliation_edit.text(),
            residence=self.residence_edit.text(),
            kind=SpeakerKind(self.kind_combo.currentData()),  # Qt hands enum data back as plain text
            stance=Stance(stance) if (stance := self.stance_combo.currentData()) else None,
            summary=self.summary_edit.text().strip(),
            sign_up=SignUp(self.sign_up_combo.currentData()),
        )
        if speaker is None:
            return
        for edit in (self.name_edit, self.affiliation_edit, self.residence_edit, self.summary_edit):
            edit.clear()
        self.stance_combo.setCurrentIndex(0)
        self.select_id(speaker.id)
        self.name_edit.setFocus()  # ready for the next speaker

    def _edit_cell(self, speaker: SpeakerDTO, field: str, value: Any) -> bool:
        return self.ops.edit_speaker(speaker, **{field: value}) is not None

    def move_selected(self, delta: int) -> None:
        speaker = self.selected()
        if speaker is None or self.read_only:
            return
        row = self.model.row_of_id(speaker.id) or 0
        target = row + delta
        if not 0 <= target < self.model.rowCount():
            return
        if self.ops.move_speaker(speaker, target) is not None:
            self.select_id(speaker.id)

    def mark_started(self) -> None:
        """Start the selected speaker: stamp the time and run the clock against the body's limit."""
        speaker = self.selected()
        if speaker is None or self.read_only:
            return
        self.stop_speaker()  # whoever was speaking has finished
        started = self.ops.mark_speaker_started(speaker)
        if started is not None:
            self.timer.start(started, self.limit_for(started.kind))
        self.select_id(speaker.id)

    def stop_speaker(self) -> None:
        """Stop the clock and record how long the speaker spoke."""
        speaker = self.timer.speaker
        spoken = self.timer.stop()
        if speaker is None or spoken is None or self.read_only:
            return
        self.ops.update_speaker(speaker, duration_seconds=spoken)

    def next_speaker(self) -> None:
        current = self.timer.speaker if self.timer.running else self.selected()
        self.stop_speaker()
        if current is None:
            return
        row = self.model.row_of_id(current.id)
        if row is not None and row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)
            self.mark_started()

    def _limits_get(self, kind: SpeakerKind) -> int | None:
        return self._limits.get(kind)

    def yield_to_next(self) -> None:
        """The running speaker gives the rest of their time to the next, who starts with it (recorded)."""
        current = self.timer.speaker if self.timer.running else None
        if current is None or self.read_only:
            return
        row = self.model.row_of_id(current.id)
        if row is None or row + 1 >= self.model.rowCount():
            self.ops.report(translate("SpeakersView", "There is no speaker after this one to yield to."))
            return
        following = self.model.speaker(row + 1)
        left = max(0, int(self.timer.remaining() or 0))
        self.stop_speaker()
        self.ops.update_speaker(current, yielded_to_id=following.id)
        self.select_id(following.id)
        self.mark_started()
        self.timer.extend(left)  # the yielded time is theirs now

    def ask_limit(self) -> None:
        if self._item_id is None or self.read_only:
            return
        kind = SpeakerKind(self.kind_combo.currentData())
        current = self._limits.get(kind)
        minutes, ok = QInputDialog.getDouble(
            self,
            translate("SpeakersView", "Time limit"),
            fmt(
                translate("SpeakersView", "Minutes each {kind} speaker may speak (0: no limit):"),
                kind=label(kind).lower(),
            ),
            (current or 0) / 60,
            0,
            240,
            1,
        )
        if ok:
            seen = (current, self._limit_versions.get(kind, 0))  # 0: no limit when read
            self.ops.set_time_limit(self._item_id, kind, round(minutes * 60) or None, seen)
            self.show_item(self._item_id)

    def _show_clock(self) -> None:
        t = self.timer
        if not t.running or t.speaker is None:
            self.clock_label.setText("")
            self.clock_label.setStyleSheet("")
            return
        left = t.remaining()
        if left is None:
            text = fmt(
                translate("SpeakersView", "{name}: {clock}"),
                name=t.speaker.name,
                clock=clock_text(t.elapsed()),
            )
        elif t.phase() is TimePhase.OVER:
            text = fmt(
                translate("SpeakersView", "{name}: time is up ({clock})"),
                name=t.speaker.name,
                clock=clock_text(left),
            )
        else:
            text = fmt(
                translate("SpeakersView", "{name}: {clock} left"), name=t.speaker.name, clock=clock_text(left)
            )
        self.clock_label.setText(text)
        colours = {TimePhase.LAST_MINUTE: "background: #fde68a;", TimePhase.OVER: "background: #fecaca;"}
        self.clock_label.setStyleSheet(colours.get(t.phase(), "") + " font-weight: bold; padding: 2px 6px;")

    def delete_selected(self) -> None:
        speaker = self.selected()
        if speaker is not None and not self.read_only:
            self.ops.delete_speaker(speaker)
