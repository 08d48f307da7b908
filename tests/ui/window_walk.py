"""A walk through the window: each menu and toolbar action triggered, each dialog it opens read and closed.

`Walk.run(where, call)` calls `call()` and answers every modal dialog that appears meanwhile: its
texts are read (each of its tabs in turn), each of its buttons that opens something ("…") is
followed one level further, and it is closed the way a clerk backs out (Cancel, No, Escape).
Windows that `call()` leaves open without being modal (the chamber display) are read and closed too.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from tests.ui.english_finder import EnglishFinder, plain, visible_texts

FOLLOW_DEPTH = 2  # a dialog's "…" buttons are followed; theirs are only read
OPENS_SOMETHING = re.compile(r"(…|\.\.\.)\s*$")


def closing_button(box: QMessageBox) -> QAbstractButton | None:
    """The button a clerk backing out would press: Escape's, else No or Cancel, else the only one."""
    if box.escapeButton() is not None:
        return box.escapeButton()
    for standard in (QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.No):
        if (button := box.button(standard)) is not None:
            return button
    buttons = box.buttons()
    return buttons[0] if len(buttons) == 1 else None


class Walk:
    """Reads everything a walk opens; `problems` maps where to the English found there."""

    def __init__(self, finder: EnglishFinder, shots: Path | None = None) -> None:
        self.finder = finder
        self.shots = shots
        self.problems: dict[str, list[str]] = {}
        self.opened: list[str] = []  # each dialog or window read, by where it was reached
        self._answered: list[QWidget] = []  # kept alive, so that an id is never reused
        self._names: set[str] = set()
        self._followed: set[str] = set()
        self.times: list[tuple[float, str]] = []  # (seconds, where): what makes the walk slow

    # -- reading ------------------------------------------------------------------------------
    def check(self, where: str, widget: QWidget) -> None:
        for kind, text in visible_texts(widget):
            why = self.finder.english_in(text)
            if why is not None:
                line = f"{kind} {plain(text)[:160]!r}: {why}"
                found = self.problems.setdefault(where, [])
                if line not in found:
                    found.append(line)

    def check_text(self, where: str, kind: str, text: str) -> None:
        why = self.finder.english_in(text) if text else None
        if why is not None:
            self.problems.setdefault(where, []).append(f"{kind} {plain(text)[:160]!r}: {why}")

    def shoot(self, name: str, widget: QWidget) -> None:
        if self.shots is None:
            return
        stem = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")[:70] or "window"
        while stem in self._names:
            stem += "+"
        self._names.add(stem)
        widget.grab().save(str(self.shots / f"{stem}.png"))

    def read_all_tabs(self, where: str, widget: QWidget) -> None:
        """`widget`'s texts with each tab of each of its tab widgets on show in turn."""
        self.check(where, widget)
        self.shoot(where, widget)
        for tabs in widget.findChildren(QTabWidget):
            if not tabs.isVisibleTo(widget):
                continue
            first = tabs.currentIndex()
            for i in range(tabs.count()):
                if i != first and tabs.isTabEnabled(i):
                    tabs.setCurrentIndex(i)
                    QApplication.processEvents()
                    self.check(f"{where} ▸ {plain(tabs.tabText(i))}", widget)
                    self.shoot(f"{where} ▸ {plain(tabs.tabText(i))}", widget)
            tabs.setCurrentIndex(first)

    # -- following ----------------------------------------------------------------------------
    def run(self, where: str, call: Callable[[], object], depth: int = 1) -> None:
        """`call()`, with every modal dialog it opens answered, and any window it leaves open read."""
        done = [False]
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}

        def poll() -> None:
            if done[0]:
                return
            widget = QApplication.activeModalWidget()
            if widget is not None and widget.isVisible() and all(widget is not w for w in self._answered):
                self._answered.append(widget)
                self.answer(where, widget, depth)
            QTimer.singleShot(10, poll)

        QTimer.singleShot(0, poll)
        t0 = time.perf_counter()
        try:
            call()
            QApplication.processEvents()
        finally:
            done[0] = True
            self.times.append((time.perf_counter() - t0, where))
        # What call() left open: a window of its own (the chamber display), or a dialog opened
        # with open() rather than exec() (the roll call), which comes back at once.
        for widget in QApplication.topLevelWidgets():
            if id(widget) in before or not widget.isVisible() or isinstance(widget, QMainWindow):
                continue
            if any(widget is w for w in self._answered):
                continue
            self._answered.append(widget)
            self.answer(where, widget, depth)

    def answer(self, where: str, widget: QWidget, depth: int) -> None:
        title = plain(widget.windowTitle()) or type(widget).__name__
        name = f"{where} ▸ {title}"
        self.opened.append(name)
        if not isinstance(widget, QFileDialog):  # Qt's own dialog, in Qt's own catalogue
            self.read_all_tabs(name, widget)
        if depth < FOLLOW_DEPTH and not isinstance(widget, QMessageBox | QFileDialog):
            self.follow(name, widget, depth)
        self.close(widget, depth)

    def follow(self, where: str, widget: QWidget, depth: int) -> None:
        """Each button of `widget` that opens something, followed once in the whole walk."""
        for button in self.openers(widget):
            key = f"{type(button.window()).__name__} {plain(button.text())}"
            if key not in self._followed:
                self._followed.add(key)
                self.run(f"{where} ▸ {plain(button.text())}", button.click, depth + 1)

    def openers(self, widget: QWidget) -> list[QAbstractButton]:
        """The enabled buttons on show in `widget` that say they open something ("Roster…")."""
        return [
            b
            for b in widget.findChildren(QAbstractButton)
            if b.isVisibleTo(widget) and b.isEnabled() and OPENS_SOMETHING.search(b.text())
        ]

    def close(self, widget: QWidget, depth: int) -> None:
        def back_out() -> None:
            if isinstance(widget, QMessageBox):
                button = closing_button(widget)
                if button is not None:
                    button.click()
                    return
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

        if depth > 4:  # what a refusal to close asks is not followed forever
            back_out()
        else:
            self.run(f"closing {type(widget).__name__}", back_out, depth + 1)
