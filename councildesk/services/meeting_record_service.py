"""Read a whole meeting at once — header, attendance, items, matters, speakers, motions, votes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from datetime import date
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Row, select
from sqlalchemy.orm import Session

from councildesk.db.engine import Database
from councildesk.db.models import (
    AgendaItem,
    Attendance,
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
from councildesk.services.agenda_service import in_agenda_order
from councildesk.services.body_service import roll_rows, seated
from councildesk.services.dto import (
    BallotDTO,
    ItemRecord,
    MatterDTO,
    MeetingRecord,
    MembershipDTO,
    MotionDTO,
    SponsorDTO,
)
from councildesk.services.guards import fetch
from councildesk.services.mapping import approval_dto, body_dto, correction_dto, document_dto, speaker_dto
from councildesk.services.matter_service import matter_dto_with
from councildesk.services.meeting_service import meeting_dto, quorum_of, roll_with
from councildesk.services.motion_service import amendment_order, motion_dto_from
from councildesk.services.vote_service import vote_dto_from


def load_meeting_record(s: Session, meeting_id: int) -> MeetingRecord:
    """The whole meeting in a fixed number of queries, however many items, motions and votes it has.

    Builds exactly what the per-item helpers (matter_dto, motions_of_item, vote_dto …) build —
    tests compare the two — but reads each table once for the whole meeting, because minutes,
    year volumes and the desk load meetings of 40 items and more.
    """
    return load_meeting_records(s, [meeting_id])[meeting_id]


def load_meeting_records(s: Session, meeting_ids: Collection[int]) -> dict[int, MeetingRecord]:
    """Whole meetings, each as load_meeting_record builds it, reading each table once for all of them.

    The public website reads every meeting of thirty years; one at a time that is ~20 queries each.
    An unknown id is refused in one sentence, as for one meeting.
    """
    meetings = {m.id: m for m in s.scalars(select(Meeting).where(Meeting.id.in_(meeting_ids)))}
    for meeting_id in meeting_ids:
        if meeting_id not in meetings:
            fetch(s, Meeting, meeting_id)  # refuses, naming it
    if not meetings:
        return {}
    ids = list(dict.fromkeys(meeting_ids))  # in the order asked, each once
    # Held here so that the per-meeting helpers (meeting_dto, quorum_of) find them in the session.
    bodies = {
        b.id: b for b in s.scalars(select(Body).where(Body.id.in_({m.body_id for m in meetings.values()})))
    }
    heads = {p for m in meetings.values() for p in (m.presiding_person_id, m.recording_person_id) if p}
    held = list(s.scalars(select(Person).where(Person.id.in_(heads))))
    in_meetings = AgendaItem.meeting_id.in_(ids)
    items_of: dict[int, list[AgendaItem]] = defaultdict(list)
    for row in s.scalars(select(AgendaItem).where(in_meetings).order_by(AgendaItem.id)):
        items_of[row.meeting_id].append(row)
    item_dtos = {meeting_id: in_agenda_order(items_of[meeting_id]) for meeting_id in ids}
    meeting_of_item = {i.id: i.meeting_id for rows in items_of.values() for i in rows}
    matters = _Sponsors(s, {i.matter_id for rows in items_of.values() for i in rows if i.matter_id})
    speakers = _grouped(
        s.scalars(
            select(Speaker)
            .join(AgendaItem, AgendaItem.id == Speaker.agenda_item_id)
            .where(in_meetings)
            .order_by(Speaker.position, Speaker.id)
        ),
        speaker_dto,
    )
    documents = _grouped(
        s.scalars(
            select(Document)
            .join(AgendaItem, AgendaItem.id == Document.agenda_item_id)
            .where(in_meetings)
            .order_by(Document.id)
        ),
        document_dto,
    )
    roll = _Roll(s, set(bodies))
    sizes = {m.id: roll.size(bodies[m.body_id], m.scheduled_start.date()) for m in meetings.values()}
    motions = _motions(s, in_meetings, lambda item_id: sizes[meeting_of_item[item_id]])
    approvals: dict[int, list[MinutesApproval]] = defaultdict(list)
    for approval in s.scalars(
        select(MinutesApproval).where(MinutesApproval.meeting_id.in_(ids)).order_by(MinutesApproval.version)
    ):
        approvals[approval.meeting_id].append(approval)
    corrections: dict[int, list[Correction]] = defaultdict(list)
    for correction in s.scalars(
        select(Correction).where(Correction.meeting_id.in_(ids)).order_by(Correction.id)
    ):
        corrections[correction.meeting_id].append(correction)
    attended: dict[int, list[Attendance]] = defaultdict(list)
    for present in s.scalars(
        select(Attendance).where(Attendance.meeting_id.in_(ids)).order_by(Attendance.person_id)
    ):
        attended[present.meeting_id].append(present)
    out = {}
    for meeting_id in ids:
        meeting = meetings[meeting_id]
        body, day = bodies[meeting.body_id], meeting.scheduled_start.date()
        sponsor_body = body.parent_id if body.parent_id is not None else body.id
        items = [
            ItemRecord(
                item=item,
                matter=matters.of(item.matter_id, sponsor_body, day) if item.matter_id else None,
                speakers=tuple(speakers.get(item.id, ())),
                motions=tuple(motions.get(item.id, ())),
                documents=tuple(documents.get(item.id, ())),
            )
            for item in item_dtos[meeting_id]
        ]
        attendance = roll_with(s, roll.seated(body.id, day), attended[meeting_id])
        out[meeting_id] = MeetingRecord(
            meeting=meeting_dto(s, meeting),
            body=body_dto(body),
            attendance=tuple(attendance),
            quorum=quorum_of(s, meeting, attendance, sizes[meeting_id]),  # the same rows and size
            items=tuple(items),
            approvals=tuple(approval_dto(a) for a in approvals[meeting_id]),
            corrections=tuple(correction_dto(c) for c in corrections[meeting_id]),
        )
    del held
    return out


class _Roll:
    """Who sat on each body on each day, from one read of the bodies' memberships."""

    def __init__(self, s: Session, body_ids: set[int]) -> None:
        # Each row with its term's first and last day: a website asks for every meeting's day, and
        # reading the dates off the Membership objects each time cost more than the rest (186,000).
        self.rows: dict[int, list[tuple[date, date, Row[Membership, str, str, int]]]] = defaultdict(list)
        for row in s.execute(roll_rows().where(Membership.body_id.in_(body_ids))):
            term = row[0]
            self.rows[term.body_id].append((term.start_date, term.end_date or date.max, row))
        self._seated: dict[tuple[int, date], list[MembershipDTO]] = {}

    def seated(self, body_id: int, day: date) -> list[MembershipDTO]:
        """memberships_on(body_id, day), without reading again (in_force on the dates read once)."""
        key = (body_id, day)
        if key not in self._seated:
            self._seated[key] = seated(r for start, end, r in self.rows[body_id] if start <= day <= end)
        return self._seated[key]

    def size(self, body: Body, day: date) -> BodySize:
        """body_size_on(body, day), without reading again."""
        voting = sum(1 for m in self.seated(body.id, day) if m.voting)
        return BodySize(seat_count=body.seat_count, seats_filled=min(voting, body.seat_count))


class _Sponsors:
    """The meetings' matters with their sponsors, read once; whether a sponsor is a member is judged
    for each meeting on its own (the body whose membership counts, and the meeting day)."""

    def __init__(self, s: Session, ids: set[int]) -> None:
        self.matters = matters_with_sponsors(s, ids)
        people = {sp.person_id for m in self.matters.values() for sp in m.sponsors}
        self.terms: dict[int, list[tuple[int, date, date | None]]] = defaultdict(list)
        for person_id, body_id, start, end in s.execute(
            select(
                Membership.person_id, Membership.body_id, Membership.start_date, Membership.end_date
            ).where(Membership.person_id.in_(people), Membership.voting.is_(True))
        ):
            self.terms[person_id].append((body_id, start, end))

    def of(self, matter_id: int, body_id: int, day: date) -> MatterDTO:
        matter = self.matters[matter_id]
        return replace(
            matter,
            sponsors=tuple(
                replace(sp, is_member=self._member(sp.person_id, body_id, day)) for sp in matter.sponsors
            ),
        )

    def _member(self, person_id: int, body_id: int, day: date) -> bool:
        """What _matters asks in SQL: a voting term on the body in force on the day."""
        return any(
            b == body_id and start <= day and (end is None or end >= day)
            for b, start, end in self.terms[person_id]
        )


class _OnItem(Protocol):
    agenda_item_id: Any


def _grouped[R: _OnItem, D](rows: Iterable[R], make: Callable[[R], D]) -> dict[int, list[D]]:
    """DTOs per agenda item, in the order the rows came."""
    out: dict[int, list[D]] = defaultdict(list)
    for row in rows:
        out[row.agenda_item_id].append(make(row))
    return out


def matters_with_sponsors(
    s: Session, ids: Collection[int], *term: ColumnElement[bool]
) -> dict[int, MatterDTO]:
    """Matters with their sponsors, each table read once; a sponsor is a member when a voting term
    of theirs meets every condition in `term` (none: any voting term)."""
    if not ids:
        return {}
    # Columns, not objects: a website reads the sponsors of every matter of thirty years (23,000).
    sponsors: dict[int, list[Row[int, int, bool, int, int, str, str]]] = defaultdict(list)
    for row in s.execute(
        select(
            Sponsorship.matter_id,
            Sponsorship.id,
            Sponsorship.is_primary,
            Sponsorship.row_version,
            Person.id,
            Person.display_name,
            Person.title,
        )
        .join(Person, Person.id == Sponsorship.person_id)
        .where(Sponsorship.matter_id.in_(ids))
        .order_by(Sponsorship.is_primary.desc(), Sponsorship.position, Sponsorship.id)
    ):
        sponsors[row[0]].append(row)
    people = {row[4] for rows in sponsors.values() for row in rows}
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
                    person_id=person_id,
                    name=name,
                    title=title,
                    is_primary=is_primary,
                    is_member=person_id in members,
                    sponsorship_id=sponsorship_id,
                    row_version=row_version,
                )
                for _, sponsorship_id, is_primary, row_version, person_id, name, title in sponsors[m.id]
            ),
        )
        for m in s.scalars(select(Matter).where(Matter.id.in_(ids)))
    }


def _motions(
    s: Session, where: ColumnElement[bool], size_of: Callable[[int], BodySize]
) -> dict[int, list[MotionDTO]]:
    """Motions per item (amendments after their parent) with votes and ballots, read table by table.

    `where` chooses the agenda items (on AgendaItem); `size_of` gives the body's size for an item.
    """
    by_item: dict[int, list[Motion]] = defaultdict(list)
    for motion in s.scalars(
        select(Motion)
        .join(AgendaItem, AgendaItem.id == Motion.agenda_item_id)
        .where(where)
        .order_by(Motion.position, Motion.id)
    ):
        by_item[motion.agenda_item_id].append(motion)
    people = {p for ms in by_item.values() for m in ms for p in (m.mover_id, m.seconder_id) if p}
    names = dict(s.execute(select(Person.id, Person.display_name).where(Person.id.in_(people))).all())
    votes: dict[int, list[Vote]] = defaultdict(list)
    for vote in s.scalars(
        select(Vote)
        .join(Motion, Motion.id == Vote.motion_id)
        .join(AgendaItem, AgendaItem.id == Motion.agenda_item_id)
        .where(where)
        .order_by(Vote.id)
    ):
        votes[vote.motion_id].append(vote)
    ballots: dict[int, list[BallotDTO]] = defaultdict(list)
    # Columns, not Ballot objects: a website reads every ballot of thirty years (116,000).
    for vote_id, person_id, name, option, note in s.execute(
        select(Ballot.vote_id, Ballot.person_id, Person.display_name, Ballot.option, Ballot.note)
        .join(Person, Person.id == Ballot.person_id)
        .join(Vote, Vote.id == Ballot.vote_id)
        .join(Motion, Motion.id == Vote.motion_id)
        .join(AgendaItem, AgendaItem.id == Motion.agenda_item_id)
        .where(where)
        .order_by(Ballot.id)
    ):
        ballots[vote_id].append(BallotDTO(person_id, name, option, note))
    return {
        item_id: [
            motion_dto_from(
                m,
                names.get(m.mover_id, "") if m.mover_id else "",
                names.get(m.seconder_id, "") if m.seconder_id else "",
                tuple(vote_dto_from(v, ballots[v.id], size_of(item_id)) for v in votes[m.id]),
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

    def load_many(self, meeting_ids: Collection[int]) -> dict[int, MeetingRecord]:
        """Several whole meetings by id, read together in one snapshot (see load_meeting_records)."""
        with self.db.reading() as s:
            return load_meeting_records(s, meeting_ids)
