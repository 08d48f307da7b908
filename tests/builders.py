"""A small council built through the services, for service tests that need exact control."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from councildesk.db.engine import Database
from councildesk.domain.enums import AgendaItemKind, AttendanceStatus, MembershipRole
from councildesk.services.container import Services

DAY = datetime(2024, 3, 5, 19, 0)


@dataclass(frozen=True)
class Council:
    """Five seats: members a, b, c present, d absent, e excused; a clerk; an outsider; one item."""

    body_id: int
    meeting_id: int
    item_id: int
    a: int
    b: int
    c: int
    d: int
    e: int
    clerk: int
    outsider: int

    @property
    def members(self) -> list[int]:
        return [self.a, self.b, self.c, self.d, self.e]


def small_council(services: Services, *, threshold_seats: int = 5) -> Council:
    body = services.bodies.create_body("Testville Council", threshold_seats, municipality="Testville")
    ids = []
    for n, name in enumerate(["Ann Able", "Ben Baker", "Cara Cole", "Dan Dunn", "Eve Ellis"]):
        person = services.people.create_person(name)
        post = services.bodies.add_post(body.id, f"Ward {n + 1}")
        services.bodies.add_membership(person.id, body.id, date(2024, 1, 1), post_id=post.id)
        ids.append(person.id)
    clerk = services.people.create_person("Carl Clerk", title="City Clerk")
    services.bodies.add_membership(
        clerk.id, body.id, date(2024, 1, 1), role=MembershipRole.CLERK, voting=False
    )
    outsider = services.people.create_person("Olive Outsider", title="Police Chief")
    meeting = services.meetings.create_meeting(body.id, DAY, location="Town Hall")
    a, b, c, d, e = ids
    for pid in (a, b, c):
        services.meetings.set_attendance(meeting.id, pid, AttendanceStatus.PRESENT)
    services.meetings.set_attendance(meeting.id, d, AttendanceStatus.ABSENT)
    services.meetings.set_attendance(meeting.id, e, AttendanceStatus.EXCUSED)
    item = services.agenda.add_item(meeting.id, "Order to repave Main Street", kind=AgendaItemKind.ORDER)
    return Council(body.id, meeting.id, item.id, a, b, c, d, e, clerk.id, outsider.id)


def approve_by_sql(db: Database, meeting_id: int) -> None:
    """Mark minutes approved with plain SQL (the approval service belongs to another area)."""
    assert db.path is not None
    conn = sqlite3.connect(db.path, isolation_level=None)
    try:
        conn.execute("UPDATE meeting SET minutes_status = 'approved' WHERE id = ?", (meeting_id,))
    finally:
        conn.close()
