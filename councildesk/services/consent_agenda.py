"""Consent agendas: one vote on the consent section adopts every item left on it."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import AgendaItem, AuditLog, Matter, Motion, Vote
from councildesk.domain.enums import MatterStatus, MotionDisposition, MotionKind
from councildesk.services import audit

CONSENT_ACTION = "Adopted on the consent agenda."


def consent_items(s: Session, section_id: int) -> list[AgendaItem]:
    """The items on a consent section (its sub-items flagged consent), in agenda order."""
    return list(
        s.scalars(
            select(AgendaItem)
            .where(AgendaItem.parent_id == section_id, AgendaItem.consent.is_(True))
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def consent_voted(s: Session, section_id: int) -> bool:
    """Whether a main motion on the section has a vote: from then on its items are adopted, not pulled."""
    return (
        s.scalar(
            select(Vote.id)
            .join(Motion, Motion.id == Vote.motion_id)
            .where(Motion.agenda_item_id == section_id, Motion.kind == MotionKind.MAIN)
            .limit(1)
        )
        is not None
    )


def adopt_consent_items(s: Session, motion: Motion) -> None:
    """A main motion adopted on a consent section adopts each item on it: action text and matter status."""
    if motion.kind is not MotionKind.MAIN or motion.disposition not in (
        MotionDisposition.ADOPTED,
        MotionDisposition.ADOPTED_AS_AMENDED,
    ):
        return
    for item in consent_items(s, motion.agenda_item_id):
        if not item.action_text.strip():
            audit.updated(s, item, {"action_text": CONSENT_ACTION})
        if item.matter_id is not None:
            audit.updated(s, s.get_one(Matter, item.matter_id), {"status": MatterStatus.ADOPTED})


def undo_consent_adoption(s: Session, motion: Motion) -> None:
    """Deleting the consent vote takes its adoptions back: action texts, and each matter's earlier status."""
    undo_consent_adoption_of(s, motion.agenda_item_id)


def undo_consent_adoption_of(s: Session, section_id: int) -> None:
    for item in consent_items(s, section_id):
        if item.action_text == CONSENT_ACTION:
            audit.updated(s, item, {"action_text": ""})
        if item.matter_id is None:
            continue
        matter = s.get_one(Matter, item.matter_id)
        if matter.status is MatterStatus.ADOPTED:
            audit.updated(s, matter, {"status": _status_before_adoption(s, matter.id)})


def _status_before_adoption(s: Session, matter_id: int) -> MatterStatus:
    """The status the audit log saw the matter in just before it was last marked adopted."""
    for before in s.scalars(
        select(AuditLog.before)
        .where(AuditLog.entity == "matter", AuditLog.entity_id == matter_id, AuditLog.action == "update")
        .order_by(AuditLog.id.desc())
    ):
        status = json.loads(before or "{}").get("status")
        if status and status != MatterStatus.ADOPTED.value:
            return MatterStatus(status)
    return MatterStatus.INTRODUCED


def settle_consent_items(s: Session, section_id: int) -> None:
    """Make the items on a consent section agree with its motions (after undo or redo put them back)."""
    adopted = s.scalars(
        select(Motion)
        .join(Vote, Vote.motion_id == Motion.id)
        .where(
            Motion.agenda_item_id == section_id,
            Motion.kind == MotionKind.MAIN,
            Motion.disposition.in_([MotionDisposition.ADOPTED, MotionDisposition.ADOPTED_AS_AMENDED]),
        )
    ).first()
    if adopted is not None:
        adopt_consent_items(s, adopted)
    else:
        undo_consent_adoption_of(s, section_id)
