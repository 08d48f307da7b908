"""The agreement heat map paints only what was asked for, and what it paints is the full picture's."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPaintEvent, QRegion

from councildesk.ui.agreement_heatmap import CELL, AgreementHeatmap
from tests.benchmarks.bench_heatmap import synthetic_matrix

pytestmark = pytest.mark.gui


def _render(widget: AgreementHeatmap, region: QRect) -> QImage:
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.magenta)
    widget.render(image, region.topLeft(), QRegion(region))  # the region lands where it is
    return image.copy(region)


def _same(a: QImage, b: QImage) -> bool:
    """Pixel for pixel, allowing 2 levels per channel: glyphs cut by a clip edge blend a shade apart."""
    assert a.size() == b.size()
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            if max(abs(p.red() - q.red()), abs(p.green() - q.green()), abs(p.blue() - q.blue())) > 2:
                return False
    return True


def test_a_partial_paint_matches_the_full_picture(qtbot: Any) -> None:
    heatmap = AgreementHeatmap()
    qtbot.addWidget(heatmap)
    heatmap.set_matrix(synthetic_matrix(30))
    heatmap.resize(heatmap.sizeHint())
    full = _render(heatmap, heatmap.rect())
    # A rectangle across row labels, column labels and cells, not on cell boundaries.
    origin = heatmap.cell_rect(0, 0).topLeft()
    part = QRect(origin.x() - 40, origin.y() - 50, 5 * CELL + 7, 4 * CELL + 11)
    assert _same(_render(heatmap, part), full.copy(part))
    inner = QRect(heatmap.cell_rect(7, 9).center(), heatmap.cell_rect(12, 15).center())
    assert _same(_render(heatmap, inner), full.copy(inner))


def test_an_arrow_key_repaints_two_cells_not_the_matrix(qtbot: Any) -> None:
    painted: list[QRect] = []

    class Recording(AgreementHeatmap):
        def paintEvent(self, event: QPaintEvent) -> None:
            painted.append(event.rect())
            super().paintEvent(event)

    heatmap = Recording()
    qtbot.addWidget(heatmap)
    heatmap.set_matrix(synthetic_matrix(200))
    heatmap.resize(900, 700)
    heatmap.show()
    qtbot.waitExposed(heatmap)
    heatmap.setFocus()
    qtbot.wait(20)
    painted.clear()
    qtbot.keyClick(heatmap, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: bool(painted))
    assert heatmap.current == (1, 1)
    area = sum(r.width() * r.height() for r in painted)
    assert area <= 2 * CELL * CELL
