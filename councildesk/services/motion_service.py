"""Motions under an agenda item: mover, seconder, amendments and their disposition."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.base import Base
from councildesk.db.engine import Database
from councildesk.db.models import AgendaItem, Ballot, Meeting, Motion, Person, Vote
from councildesk.domain.enums import MeetingStatus, MotionDisposition, MotionKind
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services import audit
from councildesk.services.approval_guard import ensure_not_approving
from councildesk.services.consent_agenda import settle_consent_items
from councildesk.services.dto import MotionDTO, VoteDTO
from councildesk.services.eligibility import away_at, roll_of
from councildesk.services.guards import ensure_editable, fetch, next_position, require_text
from councildesk.services.meeting_clock import stamp
from councildesk.services.snapshot import Snapshot, capture, put_back
from councildesk.services.stale_edit import check_version

MOTION_FIELDS = {"kind", "text", "mover_id", "seconder_id", "disposition", "made_at"}


def motion_dto(s: Session, m: Motion) -> MotionDTO:
    from councildesk.services.vote_service import vote_dto  # votes build on motions

    mover = s.get(Person, m.mover_id) if m.mover_id else None
    seconder = s.get(Person, m.seconder_id) if m.seconder_id else None
    votes = s.scalars(select(Vote).where(Vote.motion_id == m.id).order_by(Vote.id))
    return motion_dto_from(
        m,
        mover.display_name if mover else "",
        seconder.display_name if seconder else "",
        tuple(vote_dto(s, v) for v in votes),
    )


def motion_dto_from(m: Motion, mover_name: str, seconder_name: str, votes: tuple[VoteDTO, ...]) -> MotionDTO:
    """The DTO of `m` from names and votes already read (the whole-meeting loader reads them in bulk)."""
    return MotionDTO(
        id=m.id,
        agenda_item_id=m.agenda_item_id,
        parent_motion_id=m.parent_motion_id,
        position=m.position,
        kind=m.kind,
        text=m.text,
        mover_id=m.mover_id,
        mover_name=mover_name,
        seconder_id=m.seconder_id,
        seconder_name=seconder_name,
        disposition=m.disposition,
        made_at=m.made_at,
        votes=votes,
        row_version=m.row_version,
    )


def amendment_order(motions: list[Motion]) -> list[Motion]:
    """Motions (given in position order) with each amendment right after the motion it amends."""
    children: dict[int | None, list[Motion]] = {}
    ids = {m.id for m in motions}
    for m in motions:
        children.setdefault(m.parent_motion_id if m.parent_motion_id in ids else None, []).append(m)
    ordered: list[Motion] = []

    def walk(parent: int | None) -> None:
        for m in children.get(parent, []):
            ordered.append(m)
            walk(m.id)

    walk(None)
    return ordered


def motions_of_item(s: Session, item_id: int) -> list[MotionDTO]:
    """Motions in order, each amendment right after the motion it amends."""
    motions = list(
        s.scalars(select(Motion).where(Motion.agenda_item_id == item_id).order_by(Motion.position, Motion.id))
    )
    return [motion_dto(s, m) for m in amendment_order(motions)]


def _check_people(
    s: Session, meeting_id: int, mover_id: int | None, seconder_id: int | None, when: datetime | None
) -> None:
    if mover_id is not None and mover_id == seconder_id:
        raise UserError(QT_TRANSLATE_NOOP("services", "The mover cannot also second the motion."))
    roll = roll_of(s, meeting_id)
    for role, person_id in (("mover", mover_id), ("seconder", seconder_id)):
        if person_id is None:
            continue
        person = fetch(s, Person, person_id)
        member = roll.member(person_id)
        if member is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services",
                    "{person_display_name} is not a voting member of {body_name} and cannot be the {role}.",
                ),
                person_display_name=person.display_name,
                body_name=roll.body.name,
                role=role,
            )
        if member.status is None or not member.status.counts_as_present:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services", "{person_display_name} is not recorded as present and cannot be the {role}."
                ),
                person_display_name=person.display_name,
                role=role,
            )
        when = roll.moment(when)
        away = away_at(member, when) if when is not None else None
        if away:
            raise UserError(
                QT_TRANSLATE_NOOP("services", "{person_display_name} {away} and cannot be the {role}."),
                person_display_name=person.display_name,
                away=away,
                role=role,
            )


class MotionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def make_motion(
        self,
        item_id: int,
        text: str,
        *,
        kind: MotionKind = MotionKind.MAIN,
        mover_id: int | None = None,
        seconder_id: int | None = None,
        parent_motion_id: int | None = None,
        made_at: datetime | None = None,
    ) -> MotionDTO:
        text = require_text(text, "motion's text")
        with self.db.transaction() as s:
            item = fetch(s, AgendaItem, item_id)
            ensure_editable(s, item.meeting_id)
            if parent_motion_id is not None:
                parent = fetch(s, Motion, parent_motion_id)
                if parent.agenda_item_id != item_id:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "services", "An amendment must be made under a motion of the same agenda item."
                        )
                    )
                if kind is MotionKind.MAIN:
                    kind = MotionKind.AMENDMENT
            elif kind is MotionKind.AMENDMENT:
                raise UserError(QT_TRANSLATE_NOOP("services", "Choose the motion this amendment amends."))
            _check_people(s, item.meeting_id, mover_id, seconder_id, made_at)
            motion = Motion(
                agenda_item_id=item_id,
                parent_motion_id=parent_motion_id,
                kind=kind,
                text=text,
                mover_id=mover_id,
                seconder_id=seconder_id,
                made_at=stamp(s, fetch(s, Meeting, item.meeting_id), made_at),
                position=next_position(s, Motion.position, Motion.agenda_item_id == item_id),
            )
            audit.created(s, motion)
            return motion_dto(s, motion)

    def update_motion(
        self, motion_id: int, *, expected_version: int | None = None, **changes: Any
    ) -> MotionDTO:
        """Change a motion (text, mover, seconder…); `expected_version` as in AgendaService.update_item."""
        unknown = set(changes) - MOTION_FIELDS
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)} of a motion")
        if "text" in changes:
            changes["text"] = require_text(changes["text"], "motion's text")
        with self.db.transaction() as s:
            motion = fetch(s, Motion, motion_id)
            meeting_id = fetch(s, AgendaItem, motion.agenda_item_id).meeting_id
            meeting = ensure_editable(s, meeting_id)
            motion = fetch(s, Motion, motion_id)  # as committed now that the meeting is locked
            check_version(s, motion, expected_version)
            if "mover_id" in changes or "seconder_id" in changes:
                mover = changes.get("mover_id", motion.mover_id)
                seconder = changes.get("seconder_id", motion.seconder_id)
                # A stored made_at is the real time only if it was stamped live; one typed in
                # afterwards is the typing time, which says nothing about who was in the room.
                live = meeting.status is MeetingStatus.IN_PROGRESS
                when = changes.get("made_at") or (motion.made_at if live else None)
                _check_people(s, meeting_id, mover, seconder, when)
            audit.updated(s, motion, changes)
            return motion_dto(s, motion)

    def set_disposition(self, motion_id: int, disposition: MotionDisposition) -> MotionDTO:
        return self.update_motion(motion_id, disposition=disposition)

    def delete_motion(self, motion_id: int) -> None:
        """Delete a motion with its amendments and votes."""
        with self.db.transaction() as s:
            motion = fetch(s, Motion, motion_id)
            ensure_editable(s, fetch(s, AgendaItem, motion.agenda_item_id).meeting_id)
            ensure_not_approving(s, motion_id=motion_id)
            audit.deleted(s, motion)

    def get_motion(self, motion_id: int) -> MotionDTO:
        with self.db.reading() as s:
            return motion_dto(s, fetch(s, Motion, motion_id))

    def list_motions(self, item_id: int) -> list[MotionDTO]:
        with self.db.reading() as s:
            fetch(s, AgendaItem, item_id)
            return motions_of_item(s, item_id)

    # -- undo support ---------------------------------------------------------------------
    @staticmethod
    def _scope(item_id: int) -> list[tuple[type[Base], Any]]:
        motion_ids = select(Motion.id).where(Motion.agenda_item_id == item_id).scalar_subquery()
        vote_ids = select(Vote.id).where(Vote.motion_id.in_(motion_ids)).scalar_subquery()
        return [
            (Motion, Motion.agenda_item_id == item_id),
            (Vote, Vote.motion_id.in_(motion_ids)),
            (Ballot, Ballot.vote_id.in_(vote_ids)),
        ]

    def snapshot(self, item_id: int) -> Snapshot:
        """Every motion, vote and ballot of an agenda item, exactly, for undo."""
        with self.db.reading() as s:
            fetch(s, AgendaItem, item_id)
            return capture(s, f"motions of agenda item {item_id}", self._scope(item_id))

    def restore(self, item_id: int, saved: Snapshot) -> list[MotionDTO]:
        """Put an agenda item's motions, votes and ballots back exactly as in `saved`."""
        with self.db.transaction() as s:
            ensure_editable(s, fetch(s, AgendaItem, item_id).meeting_id)
            put_back(s, capture(s, saved.scope, self._scope(item_id)), saved)
            settle_consent_items(s, item_id)  # a consent vote undone or redone takes its adoptions along
            return motions_of_item(s, item_id)
