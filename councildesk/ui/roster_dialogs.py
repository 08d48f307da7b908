"""Many seats from one pattern, and a roster grid that takes a spreadsheet paste: a roster in minutes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.errors import UserError
from councildesk.domain.roster_rows import RosterRow
from councildesk.services.dto import BodyDTO
from councildesk.services.roster_service import RosterSaved
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from councildesk.ui.local_dates import long_date
from councildesk.ui.ui_context import RecordKind, UiContext

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Person"),
    QT_TRANSLATE_NOOP("Columns", "Seat"),
    QT_TRANSLATE_NOOP("Columns", "Role"),
    QT_TRANSLATE_NOOP("Columns", "Starts"),
    QT_TRANSLATE_NOOP("Columns", "Ends"),
)
ERROR_BACKGROUND = QColor("#fde2e1")


def seats_preview(names: list[str]) -> str:
    """'15 seats: District A, District B, … District O' — enough to see the pattern was read right."""
    shown = names if len(names) <= 6 else [*names[:3], "…", *names[-2:]]
    return fmt(translate("roster_dialogs", "%n seat(s): {names}", "", len(names)), names=", ".join(shown))


def cell_text(item: QTableWidgetItem | None) -> str:
    return item.text().strip() if item is not None else ""


class SeatsDialog(QDialog):
    """Create the seats of a body from a pattern such as "District A–O" (shown before it is saved)."""

    def __init__(self, context: UiContext, body: BodyDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fmt(translate("SeatsDialog", "Add seats to {name}"), name=body.name))
        self.context, self.body = context, body
        self.pattern_edit = QLineEdit(self)
        self.pattern_edit.setAccessibleName(translate("SeatsDialog", "Seats to create"))
        self.pattern_edit.setPlaceholderText(translate("SeatsDialog", "District A–O, Ward 1–9, At-Large A–B"))
        existing = context.services.bodies.list_posts(body.id)
        if not existing:
            self.pattern_edit.setText(
                fmt(translate("SeatsDialog", "Seat 1–{seat_count}"), seat_count=body.seat_count)
                if body.seat_count > 1
                else translate("SeatsDialog", "Seat 1")
            )
            self.pattern_edit.selectAll()
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(translate("SeatsDialog", "Seats that will be created"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("SeatsDialog", "Create seats")
        )
        self.buttons.accepted.connect(self.create_seats)
        self.buttons.rejected.connect(self.reject)
        self.pattern_edit.textChanged.connect(self._preview)
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                fmt(
                    translate("SeatsDialog", "{name} has {count_of}; {count} named."),
                    name=body.name,
                    count_of=translate("SeatsDialog", "%n seat(s)", "", body.seat_count),
                    count=len(existing),
                ),
                self,
            )
        )
        form.addRow(translate("SeatsDialog", "&Seats:"), self.pattern_edit)
        form.addRow(self.preview)
        form.addRow(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._preview()

    def _preview(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            names = self.context.services.roster.preview_seats(self.body.id, self.pattern_edit.text())
        except UserError as error:
            self.preview.setText(str(error))
            ok.setEnabled(False)
            return
        self.preview.setText(seats_preview(names))
        ok.setEnabled(True)

    def create_seats(self) -> None:
        """Create the seats as one undoable step; a refusal keeps the dialog and what was typed."""
        roster, pattern = self.context.services.roster, self.pattern_edit.text()
        result = self.context.push(
            fmt(
                translate("SeatsDialog", "Add {count_of} to {name}"),
                count_of=translate(
                    "SeatsDialog", "%n seat(s)", "", len(roster.preview_seats(self.body.id, pattern))
                ),
                name=self.body.name,
            ),
            lambda: roster.create_seats(self.body.id, pattern),
            lambda posts: roster.delete_seats([p.id for p in posts]),
            meeting_id=None,
            kinds=(RecordKind.BODIES,),
        )
        if result is not None:
            self.accept()


class PasteGrid(QTableWidget):
    """A table that takes Ctrl+V as a paste of spreadsheet rows (a plain table would ignore it)."""

    pasted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.pasted.emit()
            return
        super().keyPressEvent(event)


class RosterDialog(QDialog):
    """A grid with one term a row (person, seat, role, start, end) that takes a paste from a
    spreadsheet; the preview says what saving would do and marks each line that must be fixed."""

    def __init__(
        self, context: UiContext, body: BodyDTO, rows: int = 15, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fmt(translate("RosterDialog", "Roster of {name}"), name=body.name))
        self.context, self.body = context, body
        start, end = context.services.roster.current_term(body.id)
        term = (
            f"{long_date(start)} – {long_date(end)}"
            if end
            else fmt(translate("RosterDialog", "from {long_date}"), long_date=long_date(start))
        )
        intro = QLabel(
            fmt(
                translate(
                    "RosterDialog",
                    "Paste rows from a spreadsheet (Ctrl+V) or type them: person, seat, role, start, "
                    "end. Blank dates take the current term ({term}); a blank role is member. People are "
                    "matched by name; anyone not on file is created.",
                ),
                term=term,
            ),
            self,
        )
        intro.setWordWrap(True)
        self.grid = PasteGrid(rows, len(COLUMNS), self)
        self.grid.setAccessibleName(translate("RosterDialog", "Roster rows"))
        self.grid.setHorizontalHeaderLabels([translate("Columns", c) for c in COLUMNS])
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setDefaultSectionSize(self.grid.fontMetrics().height() + 8)
        self.grid.pasted.connect(self.paste)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(translate("RosterDialog", "What saving will do"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("RosterDialog", "&Add terms")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.grid.itemChanged.connect(lambda _item: self._preview())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self.saved: RosterSaved | None = None
        self._preview()

    def rows(self) -> list[RosterRow]:
        result = []
        for r in range(self.grid.rowCount()):
            cells = [cell_text(self.grid.item(r, c)) for c in range(len(COLUMNS))]
            if any(cells):
                result.append(RosterRow(r + 1, *cells))
        return result

    def paste(self) -> None:
        """Fill the grid from the clipboard at the current cell, adding rows as the paste needs."""
        text = QGuiApplication.clipboard().text()
        self.paste_text(text)

    def paste_text(self, text: str) -> None:
        top = max(0, self.grid.currentRow())
        left = max(0, self.grid.currentColumn())
        lines = [line for line in text.splitlines() if line.strip()]
        self.grid.blockSignals(True)
        try:
            if top + len(lines) > self.grid.rowCount():
                self.grid.setRowCount(top + len(lines))
            for r, line in enumerate(lines):
                for c, cell in enumerate(line.split("\t")[: len(COLUMNS) - left]):
                    self.grid.setItem(top + r, left + c, QTableWidgetItem(cell.strip()))
        finally:
            self.grid.blockSignals(False)
        self._preview()

    def _preview(self) -> None:
        rows = self.rows()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not rows:
            self.preview.setText(translate("RosterDialog", "Nothing to add yet."))
            ok.setEnabled(False)
            return
        plan = self.context.services.roster.plan(self.body.id, rows)
        bad = {row.line: row.error for row in plan.rows if row.error}
        self.grid.blockSignals(True)
        try:
            for r in range(self.grid.rowCount()):
                for c in range(len(COLUMNS)):
                    item = self.grid.item(r, c)
                    if item is None:
                        continue
                    item.setBackground(QBrush(ERROR_BACKGROUND) if r + 1 in bad else QBrush())
                    item.setToolTip(bad.get(r + 1, ""))
        finally:
            self.grid.blockSignals(False)
        self.preview.setText(" ".join([plan.summary(), *plan.errors]))
        ok.setEnabled(True)

    def save(self) -> None:
        """All rows in one service call and one undo step; a refusal keeps the grid as it was."""
        rows, roster, body = self.rows(), self.context.services.roster, self.body
        self.saved = self.context.push(
            fmt(
                translate("RosterDialog", "Add {count_of} to {name}"),
                count_of=translate("RosterDialog", "%n term(s)", "", len(rows)),
                name=body.name,
            ),
            lambda: roster.save(body.id, rows),
            roster.remove,
            meeting_id=None,
            kinds=(RecordKind.BODIES, RecordKind.PEOPLE),
        )
        if self.saved is not None:
            self.accept()
