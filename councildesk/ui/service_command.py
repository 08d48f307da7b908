"""Undoable changes: every data change in the window is a QUndoCommand that calls a service.

`ServiceCommand[T]` runs `do` (returning the service's result, a `T`) on redo and `undo(result)`
on undo; each is one service call (one transaction), so the database is saved at once and undo
is simply the inverse call. A UserError is shown as one plain sentence and the command is
dropped from the stack, so a refused change never leaves a half-applied entry behind.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from councildesk.domain.errors import StaleEdit, UserError

ErrorReporter = Callable[[str], None]
# What to do when a change is refused because someone else changed the record first (StaleEdit):
# returns the result of a re-applied change, or None.
StaleHandler = Callable[[StaleEdit], object]


class ServiceCommand[T](QUndoCommand):
    def __init__(
        self,
        text: str,
        do: Callable[[], T],
        undo: Callable[[T], object],
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._on_change = on_change
        self._outcome: tuple[T] | None = None  # (result,) once `do` has succeeded; T may itself be None
        self.error: UserError | None = None

    @property
    def result(self) -> T | None:
        """What the service returned, or None while nothing is applied."""
        return self._outcome[0] if self._outcome is not None else None

    def redo(self) -> None:
        try:
            self._outcome = (self._do(),)
        except UserError as error:
            self._outcome = None
            self.error = error
            self.setObsolete(True)  # QUndoStack drops an obsolete command after push
            return
        if self._on_change:
            self._on_change()

    def undo(self) -> None:
        if self._outcome is None:
            return
        self._undo(self._outcome[0])
        if self._on_change:
            self._on_change()


def run_command[T](
    stack: QUndoStack, command: ServiceCommand[T], report: ErrorReporter, on_stale: StaleHandler | None = None
) -> T | None:
    """Push `command`; on a UserError report it and return None, else return the service's result.

    A StaleEdit goes to `on_stale` when given (the window's reload or re-apply offer), which
    returns what a re-applied change returned.
    """
    stack.push(command)
    if command.error is not None:
        if on_stale is not None and isinstance(command.error, StaleEdit):
            return on_stale(command.error)  # type: ignore[return-value]
        report(command.error.message)
        return None
    return command.result
