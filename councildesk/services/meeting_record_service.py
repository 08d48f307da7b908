"""Read a whole meeting at once — header, attendance, items, matters, speakers, motions, votes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from datetime import date
from typing import Any, Protocol

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from councildesk.db.engine import Database
from councildesk.db.models import (
    Ballot,
    Body,
    Correction,
    Document,
    Matter,
    Meeting,
    Membership,
    MinutesApproval,
    Motion,
    Person,
    Speaker,
    Sponsorship,
    Vote,
)
from councildesk.domain.rules import BodySize
from councildesk.services.agenda_service import ordered_items
from councildesk.services.body_service import active_on, body_size_on
from councildesk.services.dto import (
    BallotDTO,
    ItemRecord,
    MatterDTO,
    MeetingRecord,
    MotionDTO,
    SponsorDTO,
)
from councildesk.services.guards import fetch
from councildesk.services.mapping import approval_dto, body_dto, correction_dto, document_dto, speaker_dto
from councildesk.services.matter_service import matter_dto_with, sponsor_membership_body
from councildesk.services.meeting_service import attendance_rows, meeting_dto, quorum_of
from councildesk.services.motion_service import amendment_order, motion_dto_from
from councildesk.services.vote_service import vote_dto_from


def load_meeting_record(s: Session, meeting_id: int) -> MeetingRecord:
    """The whole meeting in a fixed number of queries, however many items, motions and votes it has.

    Builds exactly what the per-item helpers (matter_dto, motions_of_item, vote_dto …) build —
    tests compare the two — but reads each table once for the whole meeting, because minutes,
    year volumes and the desk load meetings of 40 items and more.
    """
    meeting = fetch(s, Meeting, meeting_id)
    body = fetch(s, Body, meeting.body_id)
    day = meeting.scheduled_start.date()
    item_dtos = ordered_items(s, meeting_id)
    item_ids = [i.id for i in item_dtos]
    membership_body = sponsor_membership_body(s, body.id)
    matters = _matters(s, {i.matter_id for i in item_dtos if i.matter_id}, membership_body, day)
    speakers = _grouped(
        s.scalars(
            select(Speaker).where(Speaker.agenda_item_id.in_(item_ids)).order_by(Speaker.position, Speaker.id)
        ),
        speaker_dto,
    )
    documents = _grouped(
        s.scalars(select(Document).where(Document.agenda_item_id.in_(item_ids)).order_by(Document.id)),
        document_dto,
    )
    size = body_size_on(s, body, day)
    motions = _motions(s, item_ids, size)
    items = [
        ItemRecord(
            item=item,
            matter=matters[item.matter_id] if item.matter_id else None,
            speakers=tuple(speakers.get(item.id, ())),
            motions=tuple(motions.get(item.id, ())),
            documents=tuple(documents.get(item.id, ())),
        )
        for item in item_dtos
    ]
    approvals = s.scalars(
        select(MinutesApproval)
        .where(MinutesApproval.meeting_id == meeting_id)
        .order_by(MinutesApproval.version)
    )
    corrections = s.scalars(
        select(Correction).where(Correction.meeting_id == meeting_id).order_by(Correction.id)
    )
    attendance = attendance_rows(s, meeting)
    return MeetingRecord(
        meeting=meeting_dto(s, meeting),
        body=body_dto(body),
        attendance=tuple(attendance),
        quorum=quorum_of(s, meeting, attendance, size),  # the same rows and size, not read again
        items=tuple(items),
        approvals=tuple(approval_dto(a) for a in approvals),
        corrections=tuple(correction_dto(c) for c in corrections),
    )


class _OnItem(Protocol):
    agenda_item_id: Any


def _grouped[R: _OnItem, D](rows: Iterable[R], make: Callable[[R], D]) -> dict[int, list[D]]:
    """DTOs per agenda item, in the order the rows came."""
    out: dict[int, list[D]] = defaultdict(list)
    for row in rows:
        out[row.agenda_item_id].append(make(row))
    return out


def _matters(s: Session, ids: set[int], body_id: int, day: date) -> dict[int, MatterDTO]:
    """The meeting's matters with their sponsors; membership is judged on the body and the meeting day."""
    return matters_with_sponsors(s, ids, Membership.body_id == body_id, active_on(day))


def matters_with_sponsors(
    s: Session, ids: Collection[int], *term: ColumnElement[bool]
) -> dict[int, MatterDTO]:
    """Matters with their sponsors, each table read once; a sponsor is a member when a voting term
    of theirs meets every condition in `term` (none: any voting term)."""
    if not ids:
        return {}
    sponsors: dict[int, list[tuple[Sponsorship, Person]]] = defaultdict(list)
    for sponsorship, person in s.execute(
        select(Sponsorship, Person)
        .join(Person, Person.id == Sponsorship.person_id)
        .where(Sponsorship.matter_id.in_(ids))
        .order_by(Sponsorship.is_primary.desc(), Sponsorship.position, Sponsorship.id)
    ):
        sponsors[sponsorship.matter_id].append((sponsorship, person))
    people = {p.id for rows in sponsors.values() for _, p in rows}
    members = set(
        s.scalars(
            select(Membership.person_id).where(
                Membership.person_id.in_(people),
                Membership.voting.is_(True),
                *term,
            )
        )
    )
    return {
        m.id: matter_dto_with(
            m,
            tuple(
                SponsorDTO(
                    person_id=p.id,
                    name=p.display_name,
                    title=p.title,
                    is_primary=sp.is_primary,
                    is_member=p.id in members,
                )
                for sp, p in sponsors[m.id]
            ),
        )
        for m in s.scalars(select(Matter).where(Matter.id.in_(ids)))
    }


def _motions(s: Session, item_ids: list[int], size: BodySize) -> dict[int, list[MotionDTO]]:
    """Motions per item (amendments after their parent) with votes and ballots, read table by table."""
    by_item: dict[int, list[Motion]] = defaultdict(list)
    for motion in s.scalars(
        select(Motion).where(Motion.agenda_item_id.in_(item_ids)).order_by(Motion.position, Motion.id)
    ):
        by_item[motion.agenda_item_id].append(motion)
    motion_ids = [m.id for ms in by_item.values() for m in ms]
    people = {p for ms in by_item.values() for m in ms for p in (m.mover_id, m.seconder_id) if p}
    names = dict(s.execute(select(Person.id, Person.display_name).where(Person.id.in_(people))).all())
    votes: dict[int, list[Vote]] = defaultdict(list)
    for vote in s.scalars(select(Vote).where(Vote.motion_id.in_(motion_ids)).order_by(Vote.id)):
        votes[vote.motion_id].append(vote)
    ballots: dict[int, list[BallotDTO]] = defaultdict(list)
    vote_ids = [v.id for vs in votes.values() for v in vs]
    for ballot, name in s.execute(
        select(Ballot, Person.display_name)
        .join(Person, Person.id == Ballot.person_id)
        .where(Ballot.vote_id.in_(vote_ids))
        .order_by(Ballot.id)
    ):
        ballots[ballot.vote_id].append(BallotDTO(ballot.person_id, name, ballot.option, ballot.note))
    return {
        item_id: [
            motion_dto_from(
                m,
                names.get(m.mover_id, "") if m.mover_id else "",
                names.get(m.seconder_id, "") if m.seconder_id else "",
                tuple(vote_dto_from(v, ballots[v.id], size) for v in votes[m.id]),
            )
            for m in amendment_order(motions)
        ]
        for item_id, motions in by_item.items()
    }


class MeetingRecordService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def load(self, meeting_id: int) -> MeetingRecord:
        with self.db.reading() as s:
            return load_meeting_record(s, meeting_id)
