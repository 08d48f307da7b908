"""Times of a meeting's record: list them in order of business, correct one, and warn about odd ones."""

from __future__ import annotations

from datetime import datetime

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
