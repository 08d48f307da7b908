"""A who-votes-with-whom heatmap painted with QPainter, navigable with the arrow keys."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from councildesk.services.voting_record_dto import AgreementMatrix
from councildesk.ui.i18n import fmt, translate

CELL = 34
MARGIN = 6


def share_colour(share: float | None) -> QColor:
    """White-to-blue for 0–100 % agreement (as in the PDF); grey where a pair never voted together."""
    if share is None:
        return QColor(236, 236, 236)
    return QColor.fromRgbF(1 - 0.75 * share, 1 - 0.55 * share, 1 - 0.1 * share)


def pair_text(m: AgreementMatrix, i: int, j: int) -> str:
    if i == j:
        return m.names[i]
    n = m.together[i][j]
    if not n:
        return fmt(
            translate(
                "agreement_heatmap", "{names} and {names2} never both voted yes or no on a split vote."
            ),
            names=m.names[i],
            names2=m.names[j],
        )
    share = m.agree[i][j] / n
    return fmt(
        translate(
            "agreement_heatmap", "{names} and {names2} agreed on {agree} of {n} split votes ({share})."
        ),
        names=m.names[i],
        names2=m.names[j],
        agree=m.agree[i][j],
        n=n,
        share=format(share, ".0%"),
    )


class AgreementHeatmap(QWidget):
    """Rows and columns are members; a cell's shade is how often the pair voted alike."""

    cellChanged = Signal(str)  # a sentence describing the current cell, for a status label

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: AgreementMatrix | None = None
        self.current = (0, 1)
        # Measured once per matrix and font: every cell's position depends on it.
        self._label_width_cache: tuple[AgreementMatrix, QFont, int] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(translate("AgreementHeatmap", "Agreement heatmap"))
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)

    def set_matrix(self, matrix: AgreementMatrix) -> None:
        self.matrix = matrix
        self.current = (0, 1 if len(matrix.names) > 1 else 0)
        self.updateGeometry()
        self.update()
        self.cellChanged.emit(self.describe_current())

    def describe_current(self) -> str:
        m = self.matrix
        if m is None or not m.names:
            return translate("AgreementHeatmap", "No split votes in this period.")
        return pair_text(m, *self.current)

    # -- geometry ------------------------------------------------------------------------------
    def _label_width(self) -> int:
        if not self.matrix:
            return 0
        cached = self._label_width_cache
        font = self.font()
        if cached is not None and cached[0] is self.matrix and cached[1] == font:
            return cached[2]
        metrics = QFontMetrics(font)
        width = min(220, max((metrics.horizontalAdvance(n) for n in self.matrix.names), default=0) + 10)
        self._label_width_cache = (self.matrix, QFont(font), width)
        return width

    def _origin(self) -> QPoint:
        width = self._label_width()
        return QPoint(
            MARGIN + width, MARGIN + width
        )  # column labels are rotated, so as tall as names are wide

    def sizeHint(self) -> QSize:
        n = len(self.matrix.names) if self.matrix else 0
        origin = self._origin()
        return QSize(origin.x() + n * CELL + MARGIN, origin.y() + n * CELL + MARGIN)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def cell_rect(self, i: int, j: int) -> QRect:
        origin = self._origin()
        return QRect(origin.x() + j * CELL, origin.y() + i * CELL, CELL, CELL)

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        if not self.matrix:
            return None
        origin = self._origin()
        j, i = (point.x() - origin.x()) // CELL, (point.y() - origin.y()) // CELL
        n = len(self.matrix.names)
        if point.x() < origin.x() or point.y() < origin.y() or not (0 <= i < n and 0 <= j < n):
            return None
        return i, j

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        dirty = event.rect()
        painter.fillRect(dirty, self.palette().base())
        m = self.matrix
        if m is None or not m.names:
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                translate("AgreementHeatmap", "No split votes in this period."),
            )
            return
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        origin, width = self._origin(), self._label_width()
        n = len(m.names)
        # Only the rows and columns that meet the dirty rectangle: a scrolled or keyed repaint of a
        # 200-member matrix touches a few dozen cells, not 40,000.
        rows = self._span(dirty.top(), dirty.bottom(), origin.y(), n)
        cols = self._span(dirty.left(), dirty.right(), origin.x(), n)
        painter.setPen(QPen(self.palette().text().color()))
        if dirty.left() < origin.x():
            for i in rows:
                row_label = QRect(MARGIN, origin.y() + i * CELL, width - 6, CELL)
                painter.drawText(
                    row_label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, m.names[i]
                )
        if dirty.top() < origin.y():
            for j in cols:
                painter.save()
                painter.translate(origin.x() + j * CELL + CELL // 2, origin.y() - 4)
                painter.rotate(-90)
                painter.drawText(
                    QRect(0, -CELL // 2, width - 6, CELL),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    m.names[j],
                )
                painter.restore()
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.8))
        painter.setFont(small)
        white, black = QColor("white"), QColor("black")
        for i in rows:
            top = origin.y() + i * CELL
            for j in cols:
                share = None if i == j else m.share(i, j)
                rect = QRect(origin.x() + j * CELL, top, CELL, CELL)
                painter.fillRect(rect.adjusted(0, 0, -1, -1), share_colour(share))
                if share is not None:
                    painter.setPen(white if share > 0.6 else black)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{share * 100:.0f}")
        i, j = self.current
        pen = QPen(self.palette().highlight().color() if self.hasFocus() else black, 2)
        painter.setPen(pen)
        painter.drawRect(self.cell_rect(i, j).adjusted(1, 1, -2, -2))

    @staticmethod
    def _span(low: int, high: int, origin: int, n: int) -> range:
        """The cell indices whose band [origin + k*CELL, +CELL) meets the pixels low..high."""
        first = max(0, (low - origin) // CELL)
        last = min(n - 1, (high - origin) // CELL)
        return range(first, last + 1)

    # -- interaction ---------------------------------------------------------------------------
    def _move_to(self, i: int, j: int) -> None:
        if not self.matrix or not self.matrix.names:
            return
        n = len(self.matrix.names)
        before = self.cell_rect(*self.current)
        self.current = (max(0, min(n - 1, i)), max(0, min(n - 1, j)))
        self.setToolTip(self.describe_current())
        # Repaint the two cells whose frame changed, not the whole matrix.
        self.update(before)
        self.update(self.cell_rect(*self.current))
        self.cellChanged.emit(self.describe_current())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        i, j = self.current
        moves = {
            Qt.Key.Key_Left: (i, j - 1),
            Qt.Key.Key_Right: (i, j + 1),
            Qt.Key.Key_Up: (i - 1, j),
            Qt.Key.Key_Down: (i + 1, j),
            Qt.Key.Key_Home: (i, 0),
            Qt.Key.Key_End: (i, 10**6),
        }
        target = moves.get(Qt.Key(event.key()))
        if target is None:
            super().keyPressEvent(event)
            return
        self._move_to(*target)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._move_to(*cell)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is not None and self.matrix:
            self.setToolTip(pair_text(self.matrix, *cell))
