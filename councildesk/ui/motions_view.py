"""Motions of an agenda item: make motions and amendments, record votes, set dispositions, review votes."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.enums import AttendanceStatus, BallotOption, MotionDisposition, MotionKind
from councildesk.domain.house_style import DEFAULT_STYLE, HouseStyle
from councildesk.domain.rules import Threshold, describe_tally
from councildesk.services.container import Services
from councildesk.services.dto import AttendanceDTO, MotionDTO, VoteDTO
from councildesk.ui.enum_labels import describe_threshold, label
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.item_actions import ItemActions
from councildesk.ui.local_dates import window_style
from councildesk.ui.motion_tree_model import (
    COL_DISPOSITION,
    COL_MOTION,
    COL_MOVER,
    COL_SECONDER,
    COL_VOTE,
    MotionTreeModel,
)
from councildesk.ui.row_view import row_view
from councildesk.ui.voice_vote_dialog import VoiceVoteDialog
from councildesk.ui.vote_dialog import VoteDialog

# Most of the width a column beside the motion's text may take; the motion keeps at least 45%.
SIDE_COLUMN_SHARES = {COL_MOVER: 0.13, COL_SECONDER: 0.13, COL_DISPOSITION: 0.11, COL_VOTE: 0.18}


class MotionsView(QWidget):
    rollCallOpened = Signal(object)  # the VoteDialog, so the chamber display can follow its count

    def __init__(self, services: Services, ops: ItemActions, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self._item_id: int | None = None
        self._members: list[AttendanceDTO] = []
        self._threshold = Threshold()
        self._body_id: int | None = None
        self._style = DEFAULT_STYLE  # the body's clock for vote times, as its minutes print them
        self._meeting_id: int | None = None
        self._day: Any = None
        self.read_only = False
        self.vote_dialog: VoteDialog | None = None
        self.voice_dialog: VoiceVoteDialog | None = None

        # -- making a motion -------------------------------------------------------------
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(translate("MotionsView", "Motion kind"))
        for kind in MotionKind:
            self.kind_combo.addItem(label(kind), kind)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(
            translate("MotionsView", "To adopt the resolution … (Enter makes the motion)")
        )
        self.text_edit.setAccessibleName(translate("MotionsView", "Motion text"))
        self.text_edit.returnPressed.connect(self.make_motion)
        self.mover_combo = self._member_combo(translate("MotionsView", "Mover"))
        self.seconder_combo = self._member_combo(translate("MotionsView", "Seconder"))
        self.make_button = QPushButton(translate("MotionsView", "&Make motion"))
        self.make_button.setAccessibleName(translate("MotionsView", "Make motion"))
        self.make_button.clicked.connect(self.make_motion)
        self.amend_button = QPushButton(translate("MotionsView", "Amend &selected"))
        self.amend_button.setAccessibleName(
            translate("MotionsView", "Make an amendment to the selected motion")
        )
        self.amend_button.clicked.connect(lambda: self.make_motion(amendment=True))
        form = QGroupBox(translate("MotionsView", "New motion"))
        rows = QVBoxLayout(form)
        first = QHBoxLayout()
        first.addWidget(self.kind_combo)
        first.addWidget(self.text_edit, 1)
        first.addWidget(self.make_button)
        second = QHBoxLayout()
        mover_label = QLabel(translate("MotionsView", "Moved b&y"))
        mover_label.setBuddy(self.mover_combo)
        second_label = QLabel(translate("MotionsView", "Seconded &by"))
        second_label.setBuddy(self.seconder_combo)
        for widget in (mover_label, self.mover_combo, second_label, self.seconder_combo):
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.amend_button)
        rows.addLayout(first)
        rows.addLayout(second)

        # -- the motions -----------------------------------------------------------------
        self.model = MotionTreeModel(self)
        self.tree = row_view(QTreeView(), self.model, translate("MotionsView", "Motions"))
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # The motion's words get the width; the other columns are sized in _fit_columns, and a long
        # motion loses its middle (its start and its end say which it is), whole in the tooltip.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_MOTION, QHeaderView.ResizeMode.Stretch)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.tree, self.delete_motion).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )

        # Short labels with the keys in the tooltip: the panel must fit a 1366-px laptop.
        self.unanimous_button = QPushButton(translate("MotionsView", "&Unanimous"))
        self.unanimous_button.setToolTip(translate("MotionsView", "Record a unanimous vote (Ctrl+U)"))
        self.unanimous_button.setAccessibleName(translate("MotionsView", "Record unanimous vote"))
        self.unanimous_button.clicked.connect(self.record_unanimous)
        self.roll_call_button = QPushButton(translate("MotionsView", "&Roll call…"))
        self.roll_call_button.setToolTip(
            translate("MotionsView", "Record a roll call, one key per member (Ctrl+R)")
        )
        self.roll_call_button.setAccessibleName(translate("MotionsView", "Record roll call"))
        self.roll_call_button.clicked.connect(self.open_roll_call)
        self.voice_button = QPushButton(translate("MotionsView", "&Voice vote…"))
        self.voice_button.setToolTip(translate("MotionsView", "Record a voice vote (Ctrl+Shift+V)"))
        self.voice_button.setAccessibleName(translate("MotionsView", "Record voice vote"))
        self.voice_button.clicked.connect(self.open_voice_vote)
        self.disposition_combo = QComboBox()
        self.disposition_combo.setAccessibleName(translate("MotionsView", "Motion disposition"))
        for disposition in MotionDisposition:
            self.disposition_combo.addItem(label(disposition), disposition)
        self.disposition_combo.activated.connect(self._disposition_chosen)
        self.delete_vote_button = QPushButton(translate("MotionsView", "Delete vot&e"))
        self.delete_vote_button.setAccessibleName(
            translate("MotionsView", "Delete the selected motion's vote")
        )
        self.delete_vote_button.clicked.connect(self.delete_vote)
        self.delete_motion_button = QPushButton(translate("MotionsView", "&Delete motion"))
        self.delete_motion_button.setAccessibleName(
            translate("MotionsView", "Delete selected motion with its amendments and votes")
        )
        self.delete_motion_button.clicked.connect(self.delete_motion)
        # Two rows (record a vote / what became of the motion) so the panel stays narrow.
        vote_row = QVBoxLayout()
        record_row = QHBoxLayout()
        for button in (self.unanimous_button, self.roll_call_button, self.voice_button):
            record_row.addWidget(button)
        record_row.addStretch(1)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(QLabel(translate("MotionsView", "Disposition")))
        outcome_row.addWidget(self.disposition_combo)
        outcome_row.addStretch(1)
        outcome_row.addWidget(self.delete_vote_button)
        outcome_row.addWidget(self.delete_motion_button)
        vote_row.addLayout(record_row)
        vote_row.addLayout(outcome_row)

        self.vote_details = QLabel()
        self.vote_details.setAccessibleName(translate("MotionsView", "Recorded votes"))
        self.vote_details.setWordWrap(True)
        self.vote_details.setTextFormat(Qt.TextFormat.RichText)
        self.vote_details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.vote_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Scrolled, not stretched: a roll call of fifteen names must not make the window taller.
        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setWidget(self.vote_details)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(details_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addLayout(vote_row)
        layout.addWidget(splitter, 1)

        for keys, slot in (
            ("Ctrl+U", self.record_unanimous),
            ("Ctrl+R", self.open_roll_call),
            ("Ctrl+Shift+V", self.open_voice_vote),
        ):
            QShortcut(QKeySequence(keys), self, slot).setContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
        self._editing: list[QWidget] = [
            self.kind_combo,
            self.text_edit,
            self.mover_combo,
            self.seconder_combo,
            self.make_button,
            self.amend_button,
            self.unanimous_button,
            self.roll_call_button,
            self.voice_button,
            self.disposition_combo,
            self.delete_vote_button,
            self.delete_motion_button,
        ]
        self._help = {widget: widget.toolTip() for widget in self._editing}

    def _member_combo(self, role: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(role)
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(role)
        combo.setToolTip(
            fmt(translate("MotionsView", "{role}: type part of a present voting member's name"), role=role)
        )
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setMinimumContentsLength(16)
        return combo

    # -- showing ------------------------------------------------------------------------
    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Mover, seconder, disposition and vote take what they need, up to their share of the width."""
        header = self.tree.header()
        width = self.tree.viewport().width()
        for column, share in SIDE_COLUMN_SHARES.items():
            need = max(self.tree.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(need, int(width * share)))

    def show_item(self, item_id: int | None, meeting_id: int | None = None) -> None:
        """Show the item's motions; with `meeting_id`, also reload the roll and the body's rule."""
        selected = self.selected()
        self._item_id = item_id
        self.model.set_motions(self.services.motions.list_motions(item_id) if item_id else [])
        self.tree.expandAll()
        self._fit_columns()
        if meeting_id is not None:
            self._load_meeting(meeting_id)
        target = selected.id if selected else None
        if target is None or not self.model.index_of(target).isValid():
            motions = self.model.motions()
            target = motions[-1].id if motions else None  # the latest motion is the one being voted on
        if target is not None:
            self.select_motion(target)
        self._show_votes()

    def _load_meeting(self, meeting_id: int) -> None:
        meeting = self.services.meetings.get_meeting(meeting_id)
        body = self.services.bodies.get_body(meeting.body_id)
        self._meeting_id = meeting_id
        self._threshold = body.default_threshold
        self._body_id, self._day = body.id, meeting.scheduled_start.date()
        self._style = window_style(self.services.bodies.house_style(body.id))
        self._members = [m for m in self.services.meetings.attendance(meeting_id) if m.voting]
        self._fill_member_combos()

    def _fill_member_combos(self) -> None:
        present = [m for m in self._members if m.status is not None and m.status.counts_as_present]
        for combo in (self.mover_combo, self.seconder_combo):
            text = combo.currentText()
            combo.clear()
            combo.addItem("", None)
            for m in present:
                combo.addItem(m.person_name, m.person_id)
            combo.setCurrentText(text)

    def set_read_only(self, read_only: bool, why: str) -> None:
        self.read_only = read_only
        for widget in self._editing:
            widget.setEnabled(not read_only)
            widget.setToolTip(why if read_only else self._help.get(widget, ""))
        self.disposition_combo.setEnabled(not read_only and self.selected() is not None)

    def selected(self) -> MotionDTO | None:
        rows = self.tree.selectionModel().selectedRows()
        return self.model.motion(rows[0]) if rows else None

    def select_motion(self, motion_id: int) -> None:
        index = self.model.index_of(motion_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_votes()

    def _show_votes(self) -> None:
        motion = self.selected()
        # No motion, no disposition: a value left from the last motion would read as this item's.
        self.disposition_combo.setCurrentIndex(
            self.disposition_combo.findData(motion.disposition) if motion is not None else -1
        )
        self.disposition_combo.setEnabled(motion is not None and not self.read_only)
        if motion is None:
            self.vote_details.setText(translate("MotionsView", "<i>Select a motion to see its vote.</i>"))
        elif not motion.votes:
            self.vote_details.setText(
                fmt(
                    translate(
                        "MotionsView",
                        "<b>{text}</b><br><i>No vote recorded yet: Ctrl+U unanimous, Ctrl+R roll call, "
                        "Ctrl+Shift+V voice vote.</i>",
                    ),
                    text=escape(motion.text),
                )
            )
        else:
            self.vote_details.setText(
                f"<b>{escape(motion.text)}</b>" + "".join(vote_html(v, self._style) for v in motion.votes)
            )

    # -- making motions -----------------------------------------------------------------
    def _person_of(self, combo: QComboBox, role: str) -> tuple[bool, int | None]:
        text = combo.currentText().strip()
        if not text:
            return True, None
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            self.ops.report(
                fmt(
                    translate(
                        "MotionsView",
                        "{text} is not a voting member recorded as present and cannot be the {role}.",
                    ),
                    text=text,
                    role=role,
                )
            )
            return False, None
        return True, combo.itemData(index)

    def make_motion(self, amendment: bool = False) -> None:
        if self._item_id is None or self.read_only:
            return
        ok_mover, mover = self._person_of(self.mover_combo, "mover")
        ok_second, seconder = self._person_of(self.seconder_combo, "seconder")
        if not (ok_mover and ok_second):
            return
        parent = self.selected() if amendment else None
        if amendment and parent is None:
            self.ops.report(translate("MotionsView", "Select the motion this amendment amends."))
            return
        kind = MotionKind(self.kind_combo.currentData())  # Qt hands enum data back as plain text
        if amendment and kind is MotionKind.MAIN:
            kind = MotionKind.AMENDMENT
        motion = self.ops.make_motion(
            self._item_id,
            self.text_edit.text(),
            kind=kind,
            mover_id=mover,
            seconder_id=seconder,
            parent_motion_id=parent.id if parent else None,
        )
        if motion is None:
            return
        self.text_edit.clear()
        self.mover_combo.setCurrentIndex(0)
        self.seconder_combo.setCurrentIndex(0)
        self.kind_combo.setCurrentIndex(0)
        self.select_motion(motion.id)
        self.tree.setFocus()  # ready for Ctrl+U or Ctrl+R

    # -- votes --------------------------------------------------------------------------
    def _motion_for_vote(self) -> MotionDTO | None:
        if self.read_only:
            return None
        motion = self.selected()
        if motion is None:
            self.ops.report(translate("MotionsView", "Select the motion to vote on."))
        return motion

    def _roll_call_instead(self) -> bool:
        """With a member remote every vote is a roll call: open it instead, saying why (True when opened)."""
        if self._meeting_id is not None:
            self._load_meeting(self._meeting_id)  # attendance may have changed since the item was shown
        remote = [m.person_name for m in self._members if m.status is AttendanceStatus.REMOTE]
        if not remote:
            return False
        message = fmt(
            translate(
                "MotionsView",
                "{join} taking part remotely: every vote is by roll call, so the roll call is open.",
            ),
            join=", ".join(remote),
        )
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(message, 10000)
        self.open_roll_call()
        return True

    def record_unanimous(self) -> None:
        motion = self._motion_for_vote()
        if motion is None or self._roll_call_instead():
            return
        if self.ops.record_unanimous(motion) is not None:
            self.select_motion(motion.id)

    def open_roll_call(self) -> VoteDialog | None:
        motion = self._motion_for_vote()
        if motion is None:
            return None
        if motion.votes:
            self.ops.report(
                translate(
                    "MotionsView",
                    "This motion already has a recorded vote; delete that vote first to record it again.",
                )
            )
            return None
        if self._meeting_id is not None:
            self._load_meeting(self._meeting_id)  # attendance may have changed since the item was shown

        def record(ballots: dict[int, tuple[BallotOption, str]], threshold: Threshold, declared: Any) -> bool:
            done = self.ops.record_roll_call(motion, ballots, threshold, declared) is not None
            if done:
                self.select_motion(motion.id)
            return done

        dialog = VoteDialog(self.services, motion, self._members, self._threshold, record, self)
        self.vote_dialog = dialog
        self.rollCallOpened.emit(dialog)
        dialog.open()
        dialog.view.table.setFocus()
        return dialog

    def open_voice_vote(self) -> VoiceVoteDialog | None:
        motion = self._motion_for_vote()
        if motion is None or self._body_id is None or self._roll_call_instead():
            return None
        size = self.services.bodies.size_on(self._body_id, self._day)
        present = sum(1 for m in self._members if m.status is not None and m.status.counts_as_present)
        dialog = VoiceVoteDialog(self._threshold, size, present, self)
        self.voice_dialog = dialog

        def accepted() -> None:
            yes, no, abstain = dialog.counts()
            self.ops.record_voice_vote(
                motion, yes, no, abstain, dialog.threshold(), dialog.declared_result(), dialog.method()
            )
            self.select_motion(motion.id)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def _disposition_chosen(self, index: int) -> None:
        motion = self.selected()
        if motion is None or self.read_only:
            return
        disposition = MotionDisposition(self.disposition_combo.itemData(index))
        if disposition is not motion.disposition and self.ops.set_disposition(motion, disposition):
            self.select_motion(motion.id)

    def delete_vote(self) -> None:
        motion = self.selected()
        if motion is None or self.read_only:
            return
        if not motion.votes:
            self.ops.report(translate("MotionsView", "The selected motion has no recorded vote."))
            return
        self.ops.delete_vote(motion, motion.votes[-1])
        self.select_motion(motion.id)

    def delete_motion(self) -> None:
        motion = self.selected()
        if motion is not None and not self.read_only:
            self.ops.delete_motion(motion)


def vote_html(vote: VoteDTO, style: HouseStyle = DEFAULT_STYLE) -> str:
    method = translate("motions_view", "Unanimous") if vote.unanimous else label(vote.method)
    result = label(vote.result).upper()
    declared = translate("motions_view", " (as declared)") if vote.declared_result is not None else ""
    when = (
        fmt(translate("motions_view", " at {time}"), time=style.time(vote.taken_at)) if vote.taken_at else ""
    )
    parts = [
        fmt(
            translate(
                "motions_view",
                "<p><b>{method}{when}:</b> {describe_tally} — <b>{result}</b>{declared}; needs "
                "{describe}.</p>",
            ),
            method=escape(method),
            when=when,
            describe_tally=escape(describe_tally(vote.tally)),
            result=result,
            declared=declared,
            describe=escape(describe_threshold(vote.threshold)),
        )
    ]
    if vote.warning:
        parts.append(f"<p style='color:#b45309'><b>⚠ {escape(vote.warning)}</b></p>")
    if vote.ballots:
        rows = "".join(
            f"<tr><td>{escape(b.person_name)}</td><td>&nbsp;&nbsp;{escape(label(b.option))}</td>"
            f"<td>&nbsp;&nbsp;{escape(b.note)}</td></tr>"
            for b in vote.ballots
        )
        parts.append(f"<table cellspacing='0' cellpadding='1'>{rows}</table>")
    return "".join(parts)
