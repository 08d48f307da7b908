"""Refuse deleting what an approval of minutes points at: the approving meeting, item, motion or vote.

Approving minutes is an act of the approving meeting; its record (and the foreign keys of
minutes_approval) must outlive any later tidying of that meeting's agenda.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import AgendaItem, Meeting, MinutesApproval, Motion, Vote
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services.guards import WHAT


def ensure_not_approving(
    s: Session,
    *,
    meeting_id: int | None = None,
    item_id: int | None = None,
    motion_id: int | None = None,
    vote_id: int | None = None,
) -> None:
    """UserError when the meeting, agenda item, motion or vote given recorded an approval of minutes."""
    query = select(MinutesApproval, Meeting).join(Meeting, Meeting.id == MinutesApproval.meeting_id)
    if meeting_id is not None:
        query = query.where(MinutesApproval.approving_meeting_id == meeting_id)
    else:
        votes = select(Vote.id).join(Motion, Motion.id == Vote.motion_id)
        if item_id is not None:
            # Sub-items are deleted with their parent, so look at the item's whole subtree.
            items = _subtree(s, item_id)
            votes = votes.where(Motion.agenda_item_id.in_(items))
        elif motion_id is not None:
            votes = votes.where(Motion.id.in_(_motion_subtree(s, motion_id)))
        elif vote_id is not None:
            votes = select(Vote.id).where(Vote.id == vote_id)
        else:
            return
        query = query.where(MinutesApproval.approving_vote_id.in_(votes))
    row = s.execute(query.limit(1)).first()
    if row is None:
        return
    _approval, approved = row
    what = WHAT["meeting"] if meeting_id is not None else WHAT["vote"]  # declared nouns
    raise UserError(
        QT_TRANSLATE_NOOP(
            "services",
            "This {what} approved the minutes of {day} {scheduled_start:%B %Y}, so it cannot be deleted.",
        ),
        what=what,
        day=approved.scheduled_start.day,
        scheduled_start=approved.scheduled_start,
    )


def _subtree(s: Session, item_id: int) -> list[int]:
    found, frontier = [item_id], [item_id]
    while frontier:
        frontier = list(s.scalars(select(AgendaItem.id).where(AgendaItem.parent_id.in_(frontier))))
        found += frontier
    return found


def _motion_subtree(s: Session, motion_id: int) -> list[int]:
    found, frontier = [motion_id], [motion_id]
    while frontier:
        frontier = list(s.scalars(select(Motion.id).where(Motion.parent_motion_id.in_(frontier))))
        found += frontier
    return found
