"""A multi-line text field that commits its text on focus-out or Ctrl+Enter, like a line edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit


class CommitTextEdit(QPlainTextEdit):
    """Emits `committed(text)` when the clerk leaves the field or presses Ctrl+Enter.

    Plain Enter still starts a new paragraph (summaries have several); Tab moves on to the next
    field instead of typing a tab, so the form can be walked with the keyboard.
    """

    committed = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._shown = ""

    def show_text(self, text: str) -> None:
        """Show a stored value without emitting; leaves the cursor alone when nothing changed."""
        self._shown = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def commit(self) -> None:
        if self.toPlainText() != self._shown and not self.isReadOnly():
            self._shown = self.toPlainText()
            self.committed.emit(self._shown)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit()
            return
        super().keyPressEvent(event)
