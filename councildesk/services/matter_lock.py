"""Matters that appear in approved minutes keep the text and sponsors those minutes printed.

Matters span meetings, so the database triggers cannot lock them by meeting; the services do.
Only the status may still change (a resolution referred at an approved meeting is adopted later).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import AgendaItem, Matter, Meeting
from councildesk.domain.enums import MinutesStatus
from councildesk.domain.errors import LockedError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

# What approved minutes print of a matter; `status` is deliberately not here.
PRINTED_FIELDS = frozenset({"identifier", "kind", "title", "full_text", "introduced_on"})


def approved_meeting_of_matter(s: Session, matter_id: int) -> Meeting | None:
    return s.scalar(
        select(Meeting)
        .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .where(AgendaItem.matter_id == matter_id, Meeting.minutes_status == MinutesStatus.APPROVED)
        .order_by(Meeting.scheduled_start)
        .limit(1)
    )


def ensure_matter_editable(s: Session, matter: Matter, fields: set[str] | None = None) -> None:
    """LockedError when `fields` (None: the sponsors) of `matter` are printed in approved minutes."""
    if fields is not None and not fields & PRINTED_FIELDS:
        return
    meeting = approved_meeting_of_matter(s, matter.id)
    if meeting is None:
        return
    # One sentence for each: "its sponsors" and "its text" agree differently in Spanish and French.
    if fields is None:
        raise LockedError(
            QT_TRANSLATE_NOOP(
                "services",
                "{matter_identifier} appears in the approved minutes of {day} "
                "{scheduled_start:%B %Y}, so its sponsors cannot change; record a correction "
                "to those minutes instead.",
            ),
            matter_identifier=matter.identifier,
            day=meeting.scheduled_start.day,
            scheduled_start=meeting.scheduled_start,
        )
    raise LockedError(
        QT_TRANSLATE_NOOP(
            "services",
            "{matter_identifier} appears in the approved minutes of {day} "
            "{scheduled_start:%B %Y}, so its text cannot change; record a correction "
            "to those minutes instead.",
        ),
        matter_identifier=matter.identifier,
        day=meeting.scheduled_start.day,
        scheduled_start=meeting.scheduled_start,
    )
