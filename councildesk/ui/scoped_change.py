"""Undoable changes to the records under one agenda item, restored exactly on undo.

The change runs once through its use case; its undo puts back a snapshot of the rows taken just
before (same ids, positions, dispositions), and its redo puts back the snapshot taken just after,
so that undo/redo walks return the database to exactly the state the clerk saw.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack

from councildesk.services.snapshot import Snapshot
from councildesk.ui.service_command import ErrorReporter, StaleHandler
from councildesk.ui.undo_support import push


def push_scoped[T](
    stack: QUndoStack,
    report: ErrorReporter,
    text: str,
    *,
    snapshot: Callable[[], Snapshot],
    action: Callable[[], T],
    restore: Callable[[Snapshot], object],
    on_change: Callable[[], None] | None = None,
    on_stale: StaleHandler | None = None,
) -> T | None:
    """Run `action` as one undoable step over the scope `snapshot` reads; returns its result or None."""
    snapshots: dict[str, Snapshot] = {}
    results: list[T] = []

    def do() -> T:
        if results:  # a redo: put back exactly what the action produced
            restore(snapshots["after"])
            return results[0]
        before = snapshot()
        result = action()
        snapshots.update(before=before, after=snapshot())
        results.append(result)
        return result

    def undo(_result: T) -> None:
        restore(snapshots["before"])

    return push(stack, report, text, do, undo, on_change, on_stale)
