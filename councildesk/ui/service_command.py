"""Undoable changes: every data change in the window is a QUndoCommand that calls a service.

`ServiceCommand` runs `do` on redo and `undo` on undo; each is one service call (one
transaction), so the database is saved at once and undo is simply the inverse call. A
UserError is shown as one plain sentence and the command is dropped from the stack, so a
refused change never leaves a half-applied entry behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from councildesk.domain.errors import UserError

ErrorReporter = Callable[[str], None]


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[Any], Any],
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._on_change = on_change
        self.result: Any = None
        self.error: UserError | None = None

    def redo(self) -> None:
        try:
            self.result = self._do()
        except UserError as error:
            self.error = error
            self.setObsolete(True)  # QUndoStack drops an obsolete command after push
            return
        if self._on_change:
            self._on_change()

    def undo(self) -> None:
        if self.error is not None:
            return
        self._undo(self.result)
        if self._on_change:
            self._on_change()


def run_command(stack: QUndoStack, command: ServiceCommand, report: ErrorReporter) -> Any:
    """Push `command`; on a UserError report it and return None, else return the service's result."""
    stack.push(command)
    if command.error is not None:
        report(command.error.message)
        return None
    return command.result
