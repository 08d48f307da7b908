"""Roll-call entry: one key per member (Y N A R P X), the cursor moves on, Enter records; a live tally.

Members recorded absent or excused are filled in already and skipped, so a nine-member split
vote takes nine option keys and Enter. A recusal asks for its reason (the minutes must give it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.enums import BallotOption, VoteResult
from councildesk.domain.errors import UserError
from councildesk.domain.rules import Tally, Threshold, declared_result_warning
from councildesk.services.container import Services
from councildesk.services.dto import AttendanceDTO, MotionDTO
from councildesk.ui.ballot_table_model import COL_MEMBER, COL_NOTE, BallotTableModel
from councildesk.ui.enum_labels import describe_tally, describe_threshold, label
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from councildesk.ui.threshold_picker import ThresholdPicker

KEYS: dict[int, BallotOption] = {
    Qt.Key.Key_Y: BallotOption.YES,
    Qt.Key.Key_N: BallotOption.NO,
    Qt.Key.Key_A: BallotOption.ABSTAIN,
    Qt.Key.Key_R: BallotOption.RECUSED,
    Qt.Key.Key_P: BallotOption.PRESENT,
    Qt.Key.Key_X: BallotOption.ABSENT,
}
HELP = QT_TRANSLATE_NOOP(
    "roll_call_view",
    "Y yes · N no · A abstain · R recused · P present, not voting · X absent — Enter records",
)


class RollCallView(QWidget):
    """Emits `submitted` when the clerk presses Enter; the owner records the ballots.

    `tallyChanged` follows every key, so that a chamber display can show the count as it grows;
    `live_tally` is the count alone (never the clerk's warning below it).
    """

    submitted = Signal()
    tallyChanged = Signal()

    def __init__(
        self,
        services: Services,
        motion: MotionDTO,
        members: list[AttendanceDTO],
        default_threshold: Threshold,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.motion = motion
        self.reason_dialog: QInputDialog | None = None
        self.live_tally: Tally | None = None

        self.motion_label = QLabel(
            fmt(translate("RollCallView", "<b>Roll call on:</b> {esc}"), esc=_esc(motion.text))
        )
        self.motion_label.setWordWrap(True)
        self.model = BallotTableModel(members, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("RollCallView", "Roll call ballots"))
        self.table.setAccessibleDescription(translate("roll_call_view", HELP))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_MEMBER, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self.help_label = QLabel(translate("roll_call_view", HELP))
        self.picker = ThresholdPicker(default_threshold)
        self.picker.changed.connect(self.update_tally)
        self.tally_label = QLabel()
        self.tally_label.setAccessibleName(translate("RollCallView", "Live tally"))
        self.tally_label.setTextFormat(Qt.TextFormat.RichText)
        self.warning_label = QLabel()
        self.warning_label.setAccessibleName(translate("RollCallView", "Result warning"))
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b45309; font-weight: bold;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.motion_label)
        layout.addWidget(self.help_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.picker)
        layout.addWidget(self.tally_label)
        layout.addWidget(self.warning_label)
        self.setFocusProxy(self.table)
        first = self._next_row(-1)
        self.table.selectRow(first if first is not None else 0)
        self.update_tally()

    # -- keys ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False  # Ctrl/Alt/Shift combinations belong to the window
            if event.key() in KEYS:
                self.enter(KEYS[Qt.Key(event.key())])
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submitted.emit()
                return True
        return super().eventFilter(watched, event)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else 0

    def enter(self, option: BallotOption) -> None:
        """Give the current member `option` and move to the next member who is present."""
        row = self.current_row()
        if option is BallotOption.RECUSED:
            self._ask_reason(row)
            return
        if self.model.is_away(row) and option is not BallotOption.ABSENT:
            name = self.model.member(row).person_name
            self.warning_label.setText(
                fmt(
                    translate(
                        "RollCallView", "{name} is recorded as away and cannot vote; change attendance first."
                    ),
                    name=name,
                )
            )
            return
        self.model.set_choice(row, option)
        self._advance(row)

    def _advance(self, row: int) -> None:
        following = self._next_row(row)
        if following is not None:
            self.table.selectRow(following)
        self.update_tally()

    def _next_row(self, row: int) -> int | None:
        for candidate in range(row + 1, self.model.rowCount()):
            if not self.model.is_away(candidate):
                return candidate
        return None

    def _ask_reason(self, row: int) -> None:
        name = self.model.member(row).person_name
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("RollCallView", "Recusal"))
        dialog.setLabelText(
            fmt(translate("RollCallView", "Why is {name} recused? (the minutes give the reason)"), name=name)
        )
        dialog.setAccessibleName(translate("RollCallView", "Recusal reason"))
        previous = self.model.choice(row)
        if previous is not None and previous[0] is BallotOption.RECUSED:
            dialog.setTextValue(previous[1])

        def accepted(reason: str) -> None:
            if not reason.strip():
                self.warning_label.setText(
                    fmt(translate("RollCallView", "Give the reason {name} is recused."), name=name)
                )
                return
            self.model.set_choice(row, BallotOption.RECUSED, reason.strip())
            self._advance(row)

        dialog.textValueSelected.connect(accepted)
        dialog.finished.connect(lambda _r: self.table.setFocus())
        self.reason_dialog = dialog
        dialog.open()

    # -- tally --------------------------------------------------------------------------
    def ballots(self) -> dict[int, tuple[BallotOption, str]]:
        return self.model.ballots()

    def computed_result(self) -> VoteResult | None:
        try:
            _tally, result = self.services.votes.preview(
                self.motion.id, self.ballots(), self.picker.threshold()
            )
        except UserError:
            return None
        return result

    def update_tally(self) -> None:
        threshold = self.picker.threshold()
        try:
            tally, result = self.services.votes.preview(self.motion.id, self.ballots(), threshold)
        except UserError as error:
            self.tally_label.setText(_esc(error.message))
            self.live_tally = None
            self.tallyChanged.emit()
            return
        self.live_tally = tally
        missing = self.model.missing()
        waiting = (
            fmt(translate("RollCallView", " — {count} still to answer"), count=len(missing))
            if missing
            else ""
        )
        colour = "#166534" if result is VoteResult.PASS else "#991b1b"
        self.tally_label.setText(
            fmt(
                translate(
                    "RollCallView", "<b>{esc}</b> under {esc2}: <b style='color:{colour}'>{value}</b>{esc3}"
                ),
                esc=_esc(describe_tally(tally)),
                esc2=_esc(describe_threshold(threshold)),
                colour=colour,
                value=label(result).upper(),
                esc3=_esc(waiting),
            )
        )
        warning = declared_result_warning(self.picker.declared_result(), result, threshold, tally)
        self.warning_label.setText(warning or "")
        self.tallyChanged.emit()


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
