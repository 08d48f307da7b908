"""A generated city with approved minutes: each meeting approved at the body's next meeting, in turn."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from sqlalchemy import select

from councildesk.db.base import Base
from councildesk.db.engine import Database
from councildesk.domain.enums import ApprovalManner
from councildesk.services.container import Services


def approve_in_turn(services: Services, limit: int | None = None) -> int:
    """Approve up to `limit` meetings (oldest first) of every body at its next meeting; how many."""
    done = 0
    for body in services.bodies.list_bodies():
        meetings = sorted(
            (m for m in services.meetings.list_meetings() if m.body_id == body.id),
            key=lambda m: m.scheduled_start,
        )
        for meeting, next_one in pairwise(meetings):
            if limit is not None and done >= limit:
                return done
            services.approvals.approve(meeting.id, at_meeting_id=next_one.id, manner=ApprovalManner.AS_READ)
            done += 1
    return done


def typed_dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every CouncilDesk table's rows in id order, read through the typed tables, so that SQLite's and
    PostgreSQL's rows compare as the same Python values."""
    with db.reading() as s:
        return {
            t.name: [tuple(r) for r in s.execute(select(t).order_by(*t.primary_key.columns))]
            for t in Base.metadata.sorted_tables
        }
