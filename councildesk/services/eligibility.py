"""Who may move, second and vote at a meeting: present voting members seated that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from councildesk.db.base import now
from councildesk.db.models import Body, Meeting
from councildesk.domain.enums import AttendanceStatus, MeetingStatus
from councildesk.domain.meeting_times import is_live
from councildesk.domain.rules import BodySize
from councildesk.services.dto import AttendanceDTO
from councildesk.services.guards import fetch
from councildesk.services.meeting_service import attendance_rows


@dataclass(frozen=True)
class Roll:
    """The voting members of a meeting in roll order, with their attendance."""

    meeting: Meeting
    body: Body
    size: BodySize
    members: tuple[AttendanceDTO, ...]

    @property
    def present(self) -> tuple[AttendanceDTO, ...]:
        return tuple(m for m in self.members if m.status is not None and m.status.counts_as_present)

    def present_at(self, when: datetime | None) -> tuple[AttendanceDTO, ...]:
        """Members in the room at `when`: present or remote, arrived by then and not yet gone.

        With no known time (see `moment`), everyone marked present counts.
        """
        return tuple(m for m in self.present if when is None or away_at(m, when) is None)

    def moment(self, given: datetime | None) -> datetime | None:
        """The time to judge arrivals and departures by: the one given, or now while the meeting
        is in progress. Records entered after the meeting without a time have none, so that a
        member who left at 22:00 is not dropped from a vote typed in the next morning."""
        if given is not None:
            return given.replace(microsecond=0)
        # Live only on the meeting's own day: a meeting typed in the next morning is "in progress"
        # while the clerk works, but the clock then says nothing about who was in the room.
        if self.meeting.status is MeetingStatus.IN_PROGRESS and is_live(self.meeting.scheduled_start, now()):
            return now()
        return None

    def member(self, person_id: int) -> AttendanceDTO | None:
        return next((m for m in self.members if m.person_id == person_id), None)

    @property
    def attendance_recorded(self) -> bool:
        return any(m.status is not None for m in self.members)


def roll_of(s: Session, meeting_id: int) -> Roll:
    meeting = fetch(s, Meeting, meeting_id)
    body = fetch(s, Body, meeting.body_id)
    members = tuple(row for row in attendance_rows(s, meeting) if row.voting)
    # attendance_rows has one voting row per seated voting member, which is what body_size_on
    # counts; reuse it rather than reading the memberships a second time.
    size = BodySize(seat_count=body.seat_count, seats_filled=min(len(members), body.seat_count))
    return Roll(meeting, body, size, members)


def away_at(member: AttendanceDTO, when: datetime) -> str | None:
    """Why a member marked present was not in the room at `when` ('left at 20:30'), else None.

    Clerks record late arrivals and early departures; a vote or motion after someone left must
    not count them, or the minutes would show a vote the member never cast.
    """
    if member.arrived_at is not None and member.arrived_at > when:
        return f"arrived at {member.arrived_at:%H:%M}"
    if member.left_at is not None and member.left_at <= when:
        return f"left at {member.left_at:%H:%M}"
    return None


def absence_option(status: AttendanceStatus | None) -> str:
    return "excused" if status is AttendanceStatus.EXCUSED else "absent"
