"""A voice vote or show of hands with counts, the threshold and an optional declared result."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox

from councildesk.domain.enums import VoteMethod, VoteResult
from councildesk.domain.rules import BodySize, Tally, Threshold, declared_result_warning, outcome
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.threshold_picker import ThresholdPicker


class VoiceVoteDialog(QDialog):
    def __init__(
        self, default_threshold: Threshold, size: BodySize, present: int, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("VoiceVoteDialog", "Voice vote"))
        self._size = size
        self.method_combo = QComboBox()
        self.method_combo.setAccessibleName(translate("VoiceVoteDialog", "Vote method"))
        self.method_combo.addItem(translate("VoiceVoteDialog", "Voice vote"), VoteMethod.VOICE)
        self.method_combo.addItem(translate("VoiceVoteDialog", "Show of hands"), VoteMethod.SHOW_OF_HANDS)
        self.picker = ThresholdPicker(default_threshold)
        self.result_label = QLabel()
        self.yes_spin, self.no_spin, self.abstain_spin = QSpinBox(), QSpinBox(), QSpinBox()
        for spin, name in (
            (self.yes_spin, translate("VoiceVoteDialog", "Yes")),
            (self.no_spin, translate("VoiceVoteDialog", "No")),
            (self.abstain_spin, translate("VoiceVoteDialog", "Abstain")),
        ):
            spin.setRange(0, max(present, size.seat_count))
            spin.setAccessibleName(f"{name} count")
            spin.valueChanged.connect(self.update_result)
        self.yes_spin.setValue(present)
        self.picker.changed.connect(self.update_result)
        self.result_label.setAccessibleName(translate("VoiceVoteDialog", "Computed result"))
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("VoiceVoteDialog", "&Method"), self.method_combo)
        form.addRow(translate("VoiceVoteDialog", "&Yes"), self.yes_spin)
        form.addRow(translate("VoiceVoteDialog", "&No"), self.no_spin)
        form.addRow(translate("VoiceVoteDialog", "&Abstain"), self.abstain_spin)
        form.addRow(self.picker)
        form.addRow(self.result_label)
        form.addRow(buttons)
        self.update_result()

    def counts(self) -> tuple[int, int, int]:
        return self.yes_spin.value(), self.no_spin.value(), self.abstain_spin.value()

    def method(self) -> VoteMethod:
        return VoteMethod(self.method_combo.currentData())

    def threshold(self) -> Threshold:
        return self.picker.threshold()

    def declared_result(self) -> VoteResult | None:
        return self.picker.declared_result()

    def update_result(self) -> None:
        yes, no, abstain = self.counts()
        tally = Tally(yes=yes, no=no, abstain=abstain)
        result = outcome(self.threshold(), tally, self._size)
        warning = declared_result_warning(self.declared_result(), result, self.threshold(), tally)
        self.result_label.setText(
            fmt(translate("VoiceVoteDialog", "Computed result: {value}"), value=label(result).lower())
            + (f"\n⚠ {warning}" if warning else "")
        )
