"""Helpers for undoable changes: push a ServiceCommand whose undo reports refusals, and id aliases.

Undo of a deletion re-creates the record under a new id; `IdMap` lets older commands on the
stack find it again, so a long undo/redo walk keeps working.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack

from councildesk.domain.errors import UserError
from councildesk.ui.service_command import ErrorReporter, ServiceCommand, StaleHandler, run_command


class IdMap:
    """Follows record ids across delete/re-create cycles caused by undo and redo."""

    def __init__(self) -> None:
        self._alias: dict[int, int] = {}

    def resolve(self, id_: int) -> int:
        seen = set()
        while id_ in self._alias and id_ not in seen:
            seen.add(id_)
            id_ = self._alias[id_]
        return id_

    def remap(self, old: int, new: int) -> None:
        if old != new:
            self._alias[old] = new


def push[T](
    stack: QUndoStack,
    report: ErrorReporter,
    text: str,
    do: Callable[[], T],
    undo: Callable[[T], object],
    on_change: Callable[[], None] | None = None,
    on_stale: StaleHandler | None = None,
) -> T | None:
    """Run `do` as one undoable step; a refusal (on do or on undo) is reported as one sentence.

    Returns what `do` returned, or None when it was refused (and nothing was stored).
    """

    def guarded_undo(result: T) -> None:
        try:
            undo(result)
        except UserError as error:
            report(error.message)

    return run_command(stack, ServiceCommand(text, do, guarded_undo, on_change), report, on_stale)
