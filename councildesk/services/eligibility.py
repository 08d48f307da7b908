"""Who may move, second and vote at a meeting: present voting members seated that day."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from councildesk.db.models import Body, Meeting
from councildesk.domain.enums import AttendanceStatus
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


def absence_option(status: AttendanceStatus | None) -> str:
    return "excused" if status is AttendanceStatus.EXCUSED else "absent"
