"""Undoable changes to the records under one agenda item, restored exactly on undo.

The change runs once through its use case; its undo puts back a snapshot of the rows taken just
before (same ids, positions, dispositions), and its redo puts back the snapshot taken just after,
so that undo/redo walks return the database to exactly the state the clerk saw.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack

from councildesk.services.snapshot import Snapshot
from councildesk.ui.service_command import ErrorReporter
from councildesk.ui.undo_support import push


def push_scoped(
    stack: QUndoStack,
    report: ErrorReporter,
    text: str,
    *,
    snapshot: Callable[[], Snapshot],
    action: Callable[[], Any],
    restore: Callable[[Snapshot], Any],
    on_change: Callable[[], None] | None = None,
) -> Any:
    """Run `action` as one undoable step over the scope `snapshot` reads; returns its result or None."""
    state: dict[str, Any] = {}

    def do() -> Any:
        if "after" in state:  # a redo: put back exactly what the action produced
            restore(state["after"])
            return state["result"]
        before = snapshot()
        result = action()
        state.update(before=before, after=snapshot(), result=result)
        return result

    def undo(_result: Any) -> None:
        restore(state["before"])

    return push(stack, report, text, do, undo, on_change)
