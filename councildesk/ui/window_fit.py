"""The main window stays within its screen: it never grows past it and restores only a size that fits."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QApplication, QLayout, QMainWindow

# The smallest the window may be made by hand; the layout itself never sets a minimum (below).
SMALLEST = QSize(800, 560)
# What the window manager adds around the window: borders at the sides, the title bar above.
FRAME = QSize(16, 40)


def available_room(window: QMainWindow) -> QRect:
    screen = window.screen() or QApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def fits(geometry: QRect, room: QRect) -> bool:
    """True when the window's inside lies on the screen's free area with room left for its frame
    (before the window is shown its frame is not known yet, so an allowance stands for it)."""
    with_frame = geometry.size() + FRAME
    return (
        room.contains(geometry)
        and with_frame.width() <= room.width()
        and with_frame.height() <= room.height()
    )


def never_outgrow_the_screen(window: QMainWindow) -> None:
    """By default a top-level layout raises the window's minimum size to whatever its contents
    ask for, so a long roll-call list or a wrapped label made the window taller than a 1366×768
    screen. Without that constraint the contents share the space the window has instead."""
    layout = window.layout()
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    room = available_room(window)
    window.setMinimumSize(SMALLEST.boundedTo(room.size() - FRAME))
    window.setMaximumSize(QSize(16777215, 16777215))


def restore_fitting_geometry(window: QMainWindow, geometry: QByteArray) -> bool:
    """Restore a saved geometry only when it fits the screen the window opens on now (a laptop
    after a large monitor, or a size left by an older version); False when it was not used."""
    if geometry.isEmpty():
        return False
    before = window.geometry()
    if window.restoreGeometry(geometry) and fits(window.geometry(), available_room(window)):
        return True
    window.setGeometry(before)
    return False
