"""Pick what a motion needs to pass (a fraction of a base) and, optionally, the result the chair declared."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from councildesk.domain.enums import ThresholdBase, ThresholdFraction, VoteResult
from councildesk.domain.rules import Threshold
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import fmt, translate


class ThresholdPicker(QWidget):
    """Fraction × base, starting at the body's rule; plus the declared result ("as computed" by default)."""

    changed = Signal()

    def __init__(self, default: Threshold, parent: Any = None) -> None:
        super().__init__(parent)
        self.fraction_combo = QComboBox()
        self.fraction_combo.setAccessibleName(translate("ThresholdPicker", "Threshold fraction"))
        for fraction in ThresholdFraction:
            self.fraction_combo.addItem(label(fraction), fraction)
        self.base_combo = QComboBox()
        self.base_combo.setAccessibleName(translate("ThresholdPicker", "Threshold base"))
        for base in ThresholdBase:
            self.base_combo.addItem(label(base).lower(), base)
        self.declared_combo = QComboBox()
        self.declared_combo.setAccessibleName(translate("ThresholdPicker", "Declared result"))
        self.declared_combo.addItem(translate("ThresholdPicker", "as computed"), None)
        for result in VoteResult:
            self.declared_combo.addItem(
                fmt(translate("ThresholdPicker", "declared: {value}"), value=label(result).lower()), result
            )
        self.declared_combo.setToolTip(
            translate(
                "ThresholdPicker",
                "The result the chair announced. If it disagrees with the arithmetic it is kept as "
                "declared and the minutes show a warning.",
            )
        )
        self.fraction_combo.setCurrentIndex(self.fraction_combo.findData(default.fraction))
        self.base_combo.setCurrentIndex(self.base_combo.findData(default.base))
        for combo in (self.fraction_combo, self.base_combo, self.declared_combo):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        needs = QLabel(translate("ThresholdPicker", "Needs:"))
        layout.addWidget(needs)
        layout.addWidget(self.fraction_combo)
        of = QLabel(translate("ThresholdPicker", "of"))
        layout.addWidget(of)
        layout.addWidget(self.base_combo)
        layout.addSpacing(12)
        layout.addWidget(self.declared_combo)
        layout.addStretch(1)

    def threshold(self) -> Threshold:
        # Qt hands enum data back as plain text.
        return Threshold(
            ThresholdFraction(self.fraction_combo.currentData()), ThresholdBase(self.base_combo.currentData())
        )

    def declared_result(self) -> VoteResult | None:
        value = self.declared_combo.currentData()
        return VoteResult(value) if value is not None else None
