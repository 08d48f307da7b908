"""The roll-call window: the RollCallView with Record and Cancel; stays open when a vote is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from councildesk.domain.enums import BallotOption, VoteResult
from councildesk.domain.rules import Threshold
from councildesk.services.container import Services
from councildesk.services.dto import AttendanceDTO, MotionDTO
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.roll_call_view import RollCallView

# Records the ballots; returns True when stored (the dialog then closes).
Recorder = Callable[[dict[int, tuple[BallotOption, str]], Threshold, VoteResult | None], bool]


class VoteDialog(QDialog):
    def __init__(
        self,
        services: Services,
        motion: MotionDTO,
        members: list[AttendanceDTO],
        default_threshold: Threshold,
        record: Recorder,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("VoteDialog", "Roll call"))
        self.setAccessibleName(translate("VoteDialog", "Roll call"))
        self._record = record
        self.view = RollCallView(services, motion, members, default_threshold, self)
        self.view.submitted.connect(self.record)
        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(
            translate("VoteDialog", "&Record vote (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setAutoDefault(False)
        self.record_button.setAccessibleName(translate("VoteDialog", "Record roll call"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self.view.table.setFocus()

    def record(self) -> None:
        missing = self.view.model.missing()
        if missing:
            self.view.warning_label.setText(
                fmt(translate("VoteDialog", "The roll call has no vote for {join}."), join=", ".join(missing))
            )
            return
        if self._record(
            self.view.ballots(), self.view.picker.threshold(), self.view.picker.declared_result()
        ):
            self.accept()
