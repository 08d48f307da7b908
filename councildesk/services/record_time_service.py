"""Times of a meeting's record: list them in order of business, correct one, and warn about odd ones."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from councildesk.db.engine import Database
from councildesk.db.models import AgendaItem, Attendance, Meeting, Motion, Speaker
from councildesk.domain.errors import UserError
from councildesk.domain.meeting_times import TimeKind
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services import audit
from councildesk.services.dto import TimeRowDTO
from councildesk.services.guards import ensure_editable, fetch
from councildesk.services.meeting_clock import TIME_COLUMNS, timeline, warnings_of
from councildesk.services.stale_edit import RowKey, check_present, check_versions

# One time to set: which kind, whose row, and the time (None clears it).
TimeChange = tuple[TimeKind, int, datetime | None]


def _meeting_of(s: Session, row: object) -> int:
    """The meeting a row with a time belongs to."""
    if isinstance(row, Meeting):
        return row.id
    if isinstance(row, Attendance):
        return row.meeting_id
    if isinstance(row, AgendaItem | Speaker):
        item = row if isinstance(row, AgendaItem) else fetch(s, AgendaItem, row.agenda_item_id)
        return item.meeting_id
    motion = row if isinstance(row, Motion) else fetch(s, Motion, row.motion_id)  # type: ignore[attr-defined]
    return fetch(s, AgendaItem, motion.agenda_item_id).meeting_id


class RecordTimeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def timeline(self, meeting_id: int) -> list[TimeRowDTO]:
        with self.db.reading() as s:
            return timeline(s, fetch(s, Meeting, meeting_id))

    def warnings(self, meeting_id: int) -> list[str]:
        """Times outside call to order … adjournment, or out of the order of business."""
        with self.db.reading() as s:
            return warnings_of(s, fetch(s, Meeting, meeting_id))

    def set_time(self, kind: TimeKind, record_id: int, at: datetime | None) -> TimeRowDTO:
        """Type or correct one time (None clears it, except for the call to order of a meeting under way)."""
        model, column = TIME_COLUMNS[kind]
        with self.db.transaction() as s:
            row = fetch(s, model, record_id)  # type: ignore[type-var]
            meeting = ensure_editable(s, _meeting_of(s, row))
            # As committed now that the meeting is locked (and loaded, for the audit's before-values).
            row = fetch(s, model, record_id)  # type: ignore[type-var]
            at = at.replace(second=0, microsecond=0) if at is not None else None
            if kind is TimeKind.CALL_TO_ORDER and at is None and meeting.adjourned_at is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "An adjourned meeting keeps its call to order; correct the time instead."
                    )
                )
            if kind is TimeKind.ADJOURNMENT and at is not None and meeting.called_to_order_at is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "The meeting has not been called to order yet.")
                )
            arrived = row.arrived_at if isinstance(row, Attendance) else None
            if kind is TimeKind.DEPARTURE and at is not None and arrived is not None and at < arrived:
                raise UserError(QT_TRANSLATE_NOOP("services", "A member cannot leave before arriving."))
            audit.updated(s, row, {column: at})  # type: ignore[arg-type]
            rows = [r for r in timeline(s, meeting) if r.kind is kind and r.record_id == record_id]
            return rows[0] if rows else TimeRowDTO(kind, record_id, "", at)

    def set_times(
        self, meeting_id: int, changes: Sequence[TimeChange], expected: Mapping[RowKey, int] | None = None
    ) -> list[TimeRowDTO]:
        """Several times of one meeting as one change: all of them are stored, or none.

        `expected` holds the version of each row as the window read it ((table, id) → version):
        a row someone changed or deleted since refuses the whole change (StaleEdit), checked
        before anything is written, so a row holding two of the times is checked once.
        """
        with self.db.transaction() as s:
            ensure_editable(s, meeting_id)  # locked first: the rows below are as committed now
            rows = []
            for kind, record_id, _at in changes:
                model = TIME_COLUMNS[kind][0]
                row = s.get(model, record_id)
                if row is None:
                    check_present(s, inspect(model).local_table.name, [record_id], expected)
                    fetch(s, model, record_id)  # type: ignore[type-var]  # the plain "there is no …"
                rows.append(row)
            check_versions(s, list({id(row): row for row in rows}.values()), expected)  # type: ignore[arg-type]
            return [self.set_time(kind, record_id, at) for kind, record_id, at in changes]
