"""Meetings: create and list them, attendance and quorum, call to order and adjournment."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, extract, func, or_, select
from sqlalchemy.orm import Session

from councildesk.db.engine import Database
from councildesk.db.models import Attendance, Body, Meeting, MeetingVideo, Person
from councildesk.domain.enums import (
    AttendanceStatus,
    BodyClassification,
    MeetingKind,
    MeetingStatus,
    MembershipRole,
)
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.domain.rules import BodySize, quorum_required
from councildesk.services import audit
from councildesk.services.approval_guard import ensure_not_approving
from councildesk.services.body_service import body_size_on, memberships_on
from councildesk.services.dto import (
    AttendanceDTO,
    BodyDTO,
    MeetingDTO,
    MeetingSummary,
    MembershipDTO,
    QuorumDTO,
    VideoDTO,
)
from councildesk.services.guards import ensure_editable, fetch
from councildesk.services.mapping import body_dto
from councildesk.services.meeting_clock import stamp
from councildesk.services.stale_edit import check_version

MEETING_FIELDS = {
    "kind",
    "title",
    "scheduled_start",
    "location",
    "presiding_person_id",
    "recording_person_id",
    "notices",
    "status",
    # so that undoing "Call to order" / "Adjourn" in the window can restore the earlier times
    "called_to_order_at",
    "adjourned_at",
}


def meeting_dto(s: Session, m: Meeting) -> MeetingDTO:
    body = fetch(s, Body, m.body_id)
    presiding = s.get(Person, m.presiding_person_id) if m.presiding_person_id else None
    recording = s.get(Person, m.recording_person_id) if m.recording_person_id else None
    return MeetingDTO(
        id=m.id,
        body_id=m.body_id,
        body_name=body.name,
        municipality=body.municipality,
        kind=m.kind,
        title=m.title,
        scheduled_start=m.scheduled_start,
        called_to_order_at=m.called_to_order_at,
        adjourned_at=m.adjourned_at,
        location=m.location,
        presiding_person_id=m.presiding_person_id,
        presiding_name=presiding.display_name if presiding else "",
        recording_person_id=m.recording_person_id,
        recording_name=recording.display_name if recording else "",
        status=m.status,
        minutes_status=m.minutes_status,
        notices=m.notices,
        is_sample=m.is_sample,
        row_version=m.row_version,
    )


def attendance_rows(s: Session, meeting: Meeting) -> list[AttendanceDTO]:
    """Every member seated on the meeting date, plus anyone else recorded, in roll order."""
    recorded = s.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting.id).order_by(Attendance.person_id)
    )
    return roll_with(s, memberships_on(s, meeting.body_id, meeting.scheduled_start.date()), recorded)


def roll_with(
    s: Session, seats: list[MembershipDTO], attendance: Iterable[Attendance]
) -> list[AttendanceDTO]:
    """The attendance of the members in `seats` (in their order), then of anyone else recorded.

    `attendance` is one meeting's rows in person order (whole-meeting loads read many meetings' at once).
    """
    recorded = {a.person_id: a for a in attendance}
    rows = []
    for m in seats:
        a = recorded.pop(m.person_id, None)
        rows.append(
            AttendanceDTO(
                person_id=m.person_id,
                person_name=m.person_name,
                post_label=m.post_label,
                role=m.role,
                voting=m.voting,
                status=a.status if a else None,
                arrived_at=a.arrived_at if a else None,
                left_at=a.left_at if a else None,
                remote_reason=a.remote_reason if a else "",
                row_version=a.row_version if a else 0,
            )
        )
    for a in recorded.values():  # recorded, but without a seat that day (e.g. term since edited)
        rows.append(
            AttendanceDTO(
                person_id=a.person_id,
                person_name=fetch(s, Person, a.person_id).display_name,
                post_label="",
                role=MembershipRole.MEMBER,
                voting=False,
                status=a.status,
                arrived_at=a.arrived_at,
                left_at=a.left_at,
                remote_reason=a.remote_reason,
                row_version=a.row_version,
            )
        )
    return rows


def quorum_of(
    s: Session,
    meeting: Meeting,
    rows: list[AttendanceDTO] | None = None,
    size: BodySize | None = None,
) -> QuorumDTO:
    """The quorum on the meeting day; `rows` and `size`, when the caller has them, save reading them twice."""
    body = fetch(s, Body, meeting.body_id)
    if size is None:
        size = body_size_on(s, body, meeting.scheduled_start.date())
    present = sum(
        1
        for row in (attendance_rows(s, meeting) if rows is None else rows)
        if row.voting and row.status is not None and row.status.counts_as_present
    )
    return QuorumDTO(
        present=present,
        required=quorum_required(size, body.quorum_rule),
        seat_count=size.seat_count,
        seats_filled=size.seats_filled,
    )


def summary_query() -> Any:
    return select(
        Meeting.id,
        Meeting.body_id,
        Body.name,
        Meeting.kind,
        Meeting.title,
        Meeting.scheduled_start,
        Meeting.location,
        Meeting.status,
        Meeting.minutes_status,
    ).join(Body, Body.id == Meeting.body_id)


NOT_MEETING = (BodyClassification.PARTY, BodyClassification.GROUP)


def holds_meetings(body: type[Body]) -> ColumnElement[bool]:
    """Bodies that meet: every kind but a party or a group, and any body that already has meetings
    (an import may have given a caucus its meetings; they are not hidden)."""
    has_meetings = select(Meeting.id).where(Meeting.body_id == body.id).exists()
    return or_(body.classification.not_in(NOT_MEETING), has_meetings)


class MeetingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- the meeting itself -------------------------------------------------------------
    def create_meeting(
        self,
        body_id: int,
        scheduled_start: datetime,
        *,
        kind: MeetingKind = MeetingKind.REGULAR,
        location: str = "",
        title: str = "",
        presiding_person_id: int | None = None,
        recording_person_id: int | None = None,
        is_sample: bool = False,
    ) -> MeetingDTO:
        with self.db.transaction() as s:
            body = fetch(s, Body, body_id)
            if not s.scalar(select(holds_meetings(Body)).where(Body.id == body_id)):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "{body_name} is a {classification_value}, an organization its members belong "
                        "to, not a body that meets; hold the meeting for its council, a committee or "
                        "a board.",
                    ),
                    body_name=body.name,
                    classification_value=body.classification.value,
                )
            for pid in (presiding_person_id, recording_person_id):
                if pid is not None:
                    fetch(s, Person, pid)
            meeting = Meeting(
                body_id=body_id,
                scheduled_start=scheduled_start.replace(microsecond=0),
                kind=kind,
                location=location.strip(),
                title=title.strip(),
                presiding_person_id=presiding_person_id,
                recording_person_id=recording_person_id,
                is_sample=is_sample,
            )
            audit.created(s, meeting)
            return meeting_dto(s, meeting)

    def update_meeting(
        self, meeting_id: int, *, expected_version: int | None = None, **changes: Any
    ) -> MeetingDTO:
        """Change a meeting's details; `expected_version` as in AgendaService.update_item."""
        unknown = set(changes) - MEETING_FIELDS
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)} of a meeting")
        with self.db.transaction() as s:
            meeting = ensure_editable(s, meeting_id)
            check_version(s, meeting, expected_version)
            for key in ("presiding_person_id", "recording_person_id"):
                if changes.get(key) is not None:
                    fetch(s, Person, changes[key])
            audit.updated(s, meeting, changes)
            return meeting_dto(s, meeting)

    # -- the recording ----------------------------------------------------------------------
    def video(self, meeting_id: int) -> VideoDTO:
        """The meeting's recording (no address and no offset until the clerk gives them)."""
        with self.db.reading() as s:
            fetch(s, Meeting, meeting_id)
            row = s.get(MeetingVideo, meeting_id)
            return VideoDTO(meeting_id, row.url if row else "", row.offset_seconds if row else 0)

    def videos(self, meeting_ids: Collection[int]) -> dict[int, VideoDTO]:
        """video() of each of these meetings, read at once (the website links every meeting's)."""
        with self.db.reading() as s:
            # DTOs are built inside the session: its rows expire when the reading ends.
            found = {
                v.meeting_id: VideoDTO(v.meeting_id, v.url, v.offset_seconds)
                for v in s.scalars(select(MeetingVideo).where(MeetingVideo.meeting_id.in_(meeting_ids)))
            }
        return {i: found.get(i, VideoDTO(i, "", 0)) for i in meeting_ids}

    def set_video(
        self, meeting_id: int, *, url: str | None = None, offset_seconds: int | None = None
    ) -> VideoDTO:
        """Set the recording's address or offset (either left as it is when None), approved minutes or not.

        The video is usually posted after approval, and neither value is part of the minutes.
        """
        if offset_seconds is not None and offset_seconds < 0:
            raise UserError(
                QT_TRANSLATE_NOOP("services", "The video offset cannot be negative ({seconds} seconds)."),
                seconds=offset_seconds,
            )
        address = None if url is None else url.strip()
        if address and not address.startswith(("https://", "http://")):
            raise UserError(
                QT_TRANSLATE_NOOP("services", "{url} is not a web address starting with https://."),
                url=address,
            )
        with self.db.transaction() as s:
            fetch(s, Meeting, meeting_id)
            row = s.get(MeetingVideo, meeting_id)
            changes: dict[str, Any] = {}
            if address is not None:
                changes["url"] = address
            if offset_seconds is not None:
                changes["offset_seconds"] = offset_seconds
            if row is None:
                row = MeetingVideo(meeting_id=meeting_id, **({"url": "", "offset_seconds": 0} | changes))
                audit.created(s, row)
            else:
                audit.updated(s, row, changes)
            return VideoDTO(meeting_id, row.url, row.offset_seconds)

    def delete_meeting(self, meeting_id: int) -> None:
        with self.db.transaction() as s:
            meeting = ensure_editable(s, meeting_id)
            ensure_not_approving(s, meeting_id=meeting_id)
            audit.deleted(s, meeting)

    def get_meeting(self, meeting_id: int) -> MeetingDTO:
        with self.db.reading() as s:
            return meeting_dto(s, fetch(s, Meeting, meeting_id))

    def meeting_bodies(self) -> list[BodyDTO]:
        """The bodies meetings are held for (the navigator, New meeting): parties and groups are
        organizations people belong to, left out unless an import already gave them meetings."""
        with self.db.reading() as s:
            bodies = s.scalars(select(Body).order_by(Body.parent_id.isnot(None), Body.name)).all()
            # Meetings are read only when there is a party or group to decide on (the navigator
            # opens without touching the meeting table).
            others = [b.id for b in bodies if b.classification in NOT_MEETING]
            meeting = set(
                s.scalars(select(Meeting.body_id).where(Meeting.body_id.in_(others)).distinct())
                if others
                else []
            )
            return [body_dto(b) for b in bodies if b.classification not in NOT_MEETING or b.id in meeting]

    def list_meetings(
        self,
        *,
        body_id: int | None = None,
        year: int | None = None,
        text: str = "",
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = True,
    ) -> list[MeetingSummary]:
        """Meetings in date order, filtered in SQL so that long histories stay fast."""
        query = summary_query()
        if body_id is not None:
            query = query.where(Meeting.body_id == body_id)
        if year is not None:
            query = query.where(
                Meeting.scheduled_start >= datetime(year, 1, 1),
                Meeting.scheduled_start < datetime(year + 1, 1, 1),
            )
        if text.strip():
            like = f"%{text.strip().lower()}%"
            query = query.where(
                or_(
                    func.lower(Meeting.title).like(like),
                    func.lower(Meeting.location).like(like),
                    func.lower(Body.name).like(like),
                )
            )
        order = Meeting.scheduled_start.desc() if newest_first else Meeting.scheduled_start
        query = query.order_by(order, Meeting.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.db.reading() as s:
            return [MeetingSummary(*row) for row in s.execute(query)]

    def meeting_years(self, body_id: int) -> list[tuple[int, int]]:
        """(year, number of meetings) for a body, newest first."""
        year = extract("year", Meeting.scheduled_start)
        with self.db.reading() as s:
            fetch(s, Body, body_id)
            rows = s.execute(
                select(year, func.count(Meeting.id))
                .where(Meeting.body_id == body_id)
                .group_by(year)
                .order_by(year.desc())
            ).all()
            return [(int(y), int(n)) for y, n in rows]

    # -- live mode ----------------------------------------------------------------------
    def call_to_order(self, meeting_id: int, at: datetime | None = None) -> MeetingDTO:
        with self.db.transaction() as s:
            meeting = ensure_editable(s, meeting_id)
            if meeting.status is MeetingStatus.CANCELLED:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "A cancelled meeting cannot be called to order.")
                )
            audit.updated(
                s,
                meeting,
                {
                    "called_to_order_at": stamp(s, meeting, at),
                    "status": MeetingStatus.IN_PROGRESS,
                },
            )
            return meeting_dto(s, meeting)

    def adjourn(self, meeting_id: int, at: datetime | None = None) -> MeetingDTO:
        with self.db.transaction() as s:
            meeting = ensure_editable(s, meeting_id)
            if meeting.called_to_order_at is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "The meeting has not been called to order yet.")
                )
            at = stamp(s, meeting, at)
            if at < meeting.called_to_order_at:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "A meeting cannot adjourn before it was called to order.")
                )
            audit.updated(s, meeting, {"adjourned_at": at, "status": MeetingStatus.ADJOURNED})
            return meeting_dto(s, meeting)

    # -- attendance ---------------------------------------------------------------------
    def attendance(self, meeting_id: int) -> list[AttendanceDTO]:
        with self.db.reading() as s:
            return attendance_rows(s, fetch(s, Meeting, meeting_id))

    def set_attendance(
        self,
        meeting_id: int,
        person_id: int,
        status: AttendanceStatus | None,
        *,
        arrived_at: datetime | None = None,
        left_at: datetime | None = None,
        remote_reason: str = "",
        expected_version: int | None = None,
    ) -> AttendanceDTO:
        """Record (or, with status None, clear) one person's attendance.

        `expected_version` is the row's version the window read (0: nothing recorded then); a
        row someone else recorded or changed since is not overwritten (StaleEdit).
        """
        if status is AttendanceStatus.REMOTE and not remote_reason.strip():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services", "Give the reason a member takes part remotely; the minutes must state it."
                )
            )
        if arrived_at and left_at and left_at < arrived_at:
            raise UserError(QT_TRANSLATE_NOOP("services", "A member cannot leave before arriving."))
        with self.db.transaction() as s:
            meeting = ensure_editable(s, meeting_id)
            person = fetch(s, Person, person_id)
            row = s.scalar(
                select(Attendance).where(
                    Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
                )
            )
            if row is not None:
                check_version(s, row, expected_version)
            if status is None:
                if row is not None:
                    audit.deleted(s, row)
            elif row is None:
                row = Attendance(
                    meeting_id=meeting_id,
                    person_id=person_id,
                    status=status,
                    arrived_at=arrived_at,
                    left_at=left_at,
                    remote_reason=remote_reason.strip(),
                )
                audit.created(s, row)
            else:
                audit.updated(
                    s,
                    row,
                    {
                        "status": status,
                        "arrived_at": arrived_at,
                        "left_at": left_at,
                        "remote_reason": remote_reason.strip(),
                    },
                )
            for dto in attendance_rows(s, meeting):
                if dto.person_id == person.id:
                    return dto
            raise AssertionError("attendance row vanished")  # pragma: no cover

    def mark_all_present(self, meeting_id: int) -> list[AttendanceDTO]:
        """Every seated member not yet recorded is marked present (the usual start)."""
        with self.db.transaction() as s:
            meeting = ensure_editable(s, meeting_id)
            for row in attendance_rows(s, meeting):
                if row.status is None:
                    audit.created(
                        s,
                        Attendance(
                            meeting_id=meeting_id, person_id=row.person_id, status=AttendanceStatus.PRESENT
                        ),
                    )
            return attendance_rows(s, meeting)

    def quorum(self, meeting_id: int) -> QuorumDTO:
        with self.db.reading() as s:
            return quorum_of(s, fetch(s, Meeting, meeting_id))

    def meeting_on(self, body_id: int, day: date) -> MeetingSummary | None:
        with self.db.reading() as s:
            fetch(s, Body, body_id)
            row = s.execute(
                summary_query().where(
                    Meeting.body_id == body_id,
                    func.date(Meeting.scheduled_start) == day.isoformat(),
                )
            ).first()
            return MeetingSummary(*row) if row else None
