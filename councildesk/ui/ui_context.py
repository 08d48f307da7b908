"""What every view needs to change records: services, undo stack, error reporting, and "records changed".

A view is built with one `UiContext` and makes each change with `context.push(...)` (or
`push_scoped`), naming the meeting and the kinds of records it touches. After the change is
done, undone or redone, `context.records.changed` carries a `RecordChange`, so any view showing
those records refreshes itself instead of waiting for whoever made the change to tell it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from councildesk.domain.errors import StaleEdit
from councildesk.services.container import Services
from councildesk.services.snapshot import Snapshot
from councildesk.services.stale_edit import RowKey
from councildesk.ui.scoped_change import push_scoped
from councildesk.ui.service_command import ErrorReporter
from councildesk.ui.stale_edit_offer import ask_reapply
from councildesk.ui.undo_support import push


class RecordKind(StrEnum):
    MEETING = "meeting"  # the header: date, place, status, clock
    ATTENDANCE = "attendance"
    AGENDA = "agenda"  # items, their order and numbers
    ITEM = "item"  # one item's own fields and its matter
    SPONSORS = "sponsors"
    SPEAKERS = "speakers"
    MOTIONS = "motions"
    VOTES = "votes"
    DOCUMENTS = "documents"
    PEOPLE = "people"
    BODIES = "bodies"  # bodies, seats and terms


@dataclass(frozen=True)
class RecordChange:
    """`kinds` of records changed; `meeting_id` is None for records shared by every meeting."""

    meeting_id: int | None
    kinds: frozenset[RecordKind]

    def touches(self, *kinds: RecordKind) -> bool:
        return not self.kinds.isdisjoint(kinds)


class RecordsChanged(QObject):
    changed = Signal(object)  # a RecordChange, after every do, undo and redo


@dataclass
class RowVersion:
    """The version of the record a change is made from (None: unchecked); each applied step updates it."""

    value: int | None
    # After a refusal, the record's fields as the other clerk left them (see StaleEdit.current_values).
    before: dict[str, object] | None = None

    def take(self) -> int | None:
        """The version to send, once: after it is applied, undo and redo follow this window's stack."""
        value, self.value = self.value, None
        return value

    def refused(self, error: StaleEdit) -> None:
        """A re-apply is sent from the record as the refusal found it (a later change is offered too)."""
        self.value = error.current_version
        self.before = error.current_values


@dataclass
class RowVersions(RowVersion):
    """The versions of the several records one change is made from, (table, id) → version: a
    matter's sponsors, a meeting's times. `value` is unused; `take_rows` sends them."""

    rows: dict[RowKey, int] = field(default_factory=dict)
    # After a refusal, each refused record's fields as the other clerk left them (see `before`).
    now: dict[RowKey, dict[str, object]] = field(default_factory=dict)
    taken: bool = False

    def take_rows(self) -> dict[RowKey, int] | None:
        """The versions to send, once (as `take`)."""
        if self.taken:
            return None
        self.taken = True
        return dict(self.rows)

    def refused(self, error: StaleEdit) -> None:
        super().refused(error)
        if error.row is not None and error.current_version is not None:
            self.rows[error.row] = error.current_version
            self.now[error.row] = error.current_values or {}
        self.taken = False


def _no_explanation() -> None:
    """Outside the main window nothing is locked to explain (tests, a stand-alone view)."""


@dataclass
class UiContext:
    services: Services
    undo_stack: QUndoStack
    report_error: ErrorReporter
    # The meeting on show knows why it is read only; the window points this at it.
    explain_locked: Callable[[], None] = _no_explanation
    records: RecordsChanged = field(default_factory=RecordsChanged)
    # Asked when a change meets someone else's newer one: True re-applies it, False reloads.
    ask_reapply: Callable[[str], bool] = ask_reapply

    def _announcing(
        self, meeting_id: int | None, kinds: tuple[RecordKind, ...], on_change: Callable[[], None] | None
    ) -> Callable[[], None]:
        change = RecordChange(meeting_id, frozenset(kinds))

        def after() -> None:
            # Views catch up first, so that the change's own follow-up (say, selecting the new
            # meeting in the navigator) finds them current.
            self.records.changed.emit(change)
            if on_change is not None:
                on_change()

        return after

    def push[T](
        self,
        text: str,
        do: Callable[[], T],
        undo: Callable[[T], object],
        on_change: Callable[[], None] | None = None,
        *,
        meeting_id: int | None,
        kinds: tuple[RecordKind, ...],
        version: RowVersion | None = None,
    ) -> T | None:
        """One undoable service call (see `undo_support.push`), announced as `kinds` changed.

        With `version` (which `do` sends as the version it expects), a change refused because
        someone else changed the record first is offered again: reload shows their change,
        re-apply sends this one once more over theirs.
        """
        after = self._announcing(meeting_id, kinds, on_change)
        if version is None:
            return push(self.undo_stack, self.report_error, text, do, undo, after)
        checked = version

        def again() -> T | None:
            return self.push(text, do, undo, on_change, meeting_id=meeting_id, kinds=kinds, version=checked)

        return push(
            self.undo_stack, self.report_error, text, do, undo, after, self._offer(checked, after, again)
        )

    def _offer[T](
        self, version: RowVersion, reload: Callable[[], None], again: Callable[[], T | None]
    ) -> Callable[[StaleEdit], T | None]:
        """What a change refused as stale does: reload, or re-apply over the newer version."""

        def on_stale(error: StaleEdit) -> T | None:
            if error.gone:  # deleted meanwhile: nothing to re-apply it to
                self.report_error(error.message)
                reload()
                return None
            if not self.ask_reapply(error.message):
                reload()  # every view showing these records reads them again
                return None
            version.refused(error)
            return again()

        return on_stale

    def push_edit[T](
        self,
        text: str,
        update: Callable[[int | None, dict[str, Any]], T],
        changes: dict[str, Any],
        old: dict[str, Any],
        on_change: Callable[[], None] | None = None,
        *,
        version: int | None,
        meeting_id: int | None,
        kinds: tuple[RecordKind, ...],
    ) -> T | None:
        """Change fields of one record from the copy the window shows, read at `version`.

        `update(expected_version, values)` calls the service. A change someone else made since is
        not overwritten but offered (reload or re-apply); undo puts back what was there just
        before this change: `old`, or after a re-apply the other clerk's values. Undo and redo
        then follow this window's own stack, which knows the order of its steps, unchecked.
        """
        checked = RowVersion(version)

        def apply(values: dict[str, Any]) -> T:
            return update(checked.take(), values)

        def undo(_done: T) -> T:
            now = checked.before or {}
            return apply({key: now.get(key, value) for key, value in old.items()})

        return self.push(
            text,
            lambda: apply(changes),
            undo,
            on_change,
            meeting_id=meeting_id,
            kinds=kinds,
            version=checked,
        )

    def push_scoped[T](
        self,
        text: str,
        *,
        snapshot: Callable[[], Snapshot],
        action: Callable[[], T],
        restore: Callable[[Snapshot], object],
        on_change: Callable[[], None] | None = None,
        meeting_id: int | None,
        kinds: tuple[RecordKind, ...],
        version: RowVersion | None = None,
    ) -> T | None:
        """One undoable change restored from snapshots (see `scoped_change`), announced as `kinds` changed.

        With `version` (which `action` sends and then clears), a stale change is offered as in
        `push`; a re-apply takes its own snapshot first, so undo puts back the other clerk's rows.
        """
        after = self._announcing(meeting_id, kinds, on_change)

        def again() -> T | None:
            return self.push_scoped(
                text,
                snapshot=snapshot,
                action=action,
                restore=restore,
                on_change=on_change,
                meeting_id=meeting_id,
                kinds=kinds,
                version=version,
            )

        return push_scoped(
            self.undo_stack,
            self.report_error,
            text,
            snapshot=snapshot,
            action=action,
            restore=restore,
            on_change=after,
            on_stale=None if version is None else self._offer(version, after, again),
        )
