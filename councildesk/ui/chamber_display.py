"""The chamber display: a second top-level window for the room's projector, large type on black.

It shows one `Scene` at a time and knows nothing of the record; `chamber_desk` decides what it
shows. Type sizes follow the window's height, so the same layout reads from the back of the
room at 1280×720 and at 1920×1080.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from councildesk.ui.chamber_scene import Scene, Tone
from councildesk.ui.i18n import translate

# High contrast on black (each over 7:1, WCAG AAA for large text).
INK = "#ffffff"
DIM = "#d4d4d4"
TONES = {Tone.PLAIN: INK, Tone.GOOD: "#4ade80", Tone.BAD: "#fca5a5", Tone.WARN: "#facc15"}
BALLOT_COLUMNS = 3


class ChamberDisplay(QWidget):
    def __init__(self, parent: Any = None) -> None:
        # The clerk's keys stay on the desk: the room's screen is never the active window.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setWindowTitle(translate("ChamberDisplay", "Chamber display"))
        self.setAccessibleName(translate("ChamberDisplay", "Chamber display"))
        self.setObjectName("chamberDisplay")
        self.setStyleSheet("#chamberDisplay { background: #000000; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.scene = Scene()
        self.heading = self._label("chamberHeading")
        self.title = self._label("chamberTitle")
        self.lines = self._label("chamberLines")
        self.big = self._label("chamberBig")
        self.big.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = self._label("chamberCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ballots = QWidget(self)
        self.ballot_grid = QGridLayout(self.ballots)
        self.ballot_grid.setContentsMargins(0, 0, 0, 0)
        self._ballot_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.heading)
        layout.addWidget(self.title)
        layout.addWidget(self.lines)
        layout.addStretch(1)
        layout.addWidget(self.big)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        layout.addWidget(self.ballots)
        self._sizes = (20, 40, 28, 120, 30, 22)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names and motions are shown, never interpreted
        return label

    def show_scene(self, scene: Scene) -> None:
        self.scene = scene
        self.heading.setText(scene.heading)
        self.title.setText(scene.title)
        self.lines.setText("\n".join(scene.lines))
        self.lines.setVisible(bool(scene.lines))
        self.big.setText(scene.big)
        self.big.setVisible(bool(scene.big))
        self.caption.setText(scene.caption)
        self.caption.setVisible(bool(scene.caption))
        self._show_ballots(scene.ballots)
        self._restyle()

    def _show_ballots(self, ballots: tuple[tuple[str, str], ...]) -> None:
        for old in self._ballot_labels:
            self.ballot_grid.removeWidget(old)
            old.hide()  # gone from the screen now, not when the event loop next runs
            old.deleteLater()
        self._ballot_labels = []
        rows = -(-len(ballots) // BALLOT_COLUMNS)
        for i, (name, vote) in enumerate(ballots):
            shown = f"{escape(name)}&nbsp;&nbsp;<b>{escape(vote)}</b>" if vote else escape(name)
            cell = QLabel(shown, self.ballots)
            cell.setTextFormat(Qt.TextFormat.RichText)  # escaped above: the vote in bold beside the name
            cell.setObjectName("chamberBallot")
            self.ballot_grid.addWidget(cell, i % rows, i // rows)
            cell.show()  # on the screen now (a layout would show it only later)
            self._ballot_labels.append(cell)
        self.ballots.setVisible(bool(ballots))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = max(event.size().height(), 360)
        crowded = len(self.scene.ballots) > 9  # a large council's roll still fits under the count
        self._sizes = (
            height // 36,  # heading
            height // (18 if crowded else 13),  # item title
            height // (30 if crowded else 22),  # motion
            height // (9 if crowded else 6),  # count, result or clock
            height // 24,  # caption
            height // (42 if crowded else 30),  # ballots
        )
        self._restyle()

    def _restyle(self) -> None:
        heading, title, lines, big, caption, ballot = self._sizes
        colour = TONES[self.scene.tone]
        # Sizes as fonts (a style sheet's font-size reaches the layout only after the next event).
        for label, size, bold, ink in (
            (self.heading, heading, False, DIM),
            (self.title, title, True, INK),
            (self.lines, lines, False, INK),
            (self.big, big, True, colour),
            (self.caption, caption, False, INK),
            *((cell, ballot, False, INK) for cell in self._ballot_labels),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(size, 12))
            font.setBold(bold)
            label.setFont(font)
            label.setStyleSheet(f"color: {ink};")
        self.ballot_grid.invalidate()
        layout = self.layout()
        if layout is not None:
            layout.invalidate()  # the new sizes take their room at once
            layout.activate()
