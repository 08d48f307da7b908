"""Every time a meeting's record holds, in order of business: the default stamp and the time warnings."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from councildesk.db.base import now
from councildesk.db.models import AgendaItem, Attendance, Meeting, Motion, Person, Speaker, Vote
from councildesk.domain.meeting_times import TimedEntry, TimeKind, next_stamp, time_warnings
from councildesk.domain.messages import QT_TRANSLATE_NOOP, said
from councildesk.services.dto import TimeRowDTO

# The record tables holding times, and which column (TimeKind → table, column).
TIME_COLUMNS: dict[TimeKind, tuple[type[object], str]] = {
    TimeKind.CALL_TO_ORDER: (Meeting, "called_to_order_at"),
    TimeKind.ADJOURNMENT: (Meeting, "adjourned_at"),
    TimeKind.ARRIVAL: (Attendance, "arrived_at"),
    TimeKind.DEPARTURE: (Attendance, "left_at"),
    TimeKind.ITEM_START: (AgendaItem, "started_at"),
    TimeKind.MOTION: (Motion, "made_at"),
    TimeKind.VOTE: (Vote, "taken_at"),
    TimeKind.SPEAKER: (Speaker, "started_at"),
}


# What each time is, as the Times dialog and the time warnings name it: declared sentences, English as
# their str, in the reader's language through domain.messages.as_read.
CALL_TO_ORDER = said(QT_TRANSLATE_NOOP("meeting_clock", "Call to order"))
ADJOURNMENT = said(QT_TRANSLATE_NOOP("meeting_clock", "Adjournment"))
ITEM_BEGINS = QT_TRANSLATE_NOOP("meeting_clock", "Item {number} begins")
AN_ITEM_BEGINS = QT_TRANSLATE_NOOP("meeting_clock", "Item begins")
SPEAKS = QT_TRANSLATE_NOOP("meeting_clock", "Item {number}: {name} speaks")
SPEAKS_UNNUMBERED = QT_TRANSLATE_NOOP("meeting_clock", "Item: {name} speaks")
MOTION = QT_TRANSLATE_NOOP("meeting_clock", 'Item {number}: motion "{text}"')
MOTION_UNNUMBERED = QT_TRANSLATE_NOOP("meeting_clock", 'Item: motion "{text}"')
VOTE = QT_TRANSLATE_NOOP("meeting_clock", 'Item {number}: vote on "{text}"')
VOTE_UNNUMBERED = QT_TRANSLATE_NOOP("meeting_clock", 'Item: vote on "{text}"')
ARRIVES = QT_TRANSLATE_NOOP("meeting_clock", "{name} arrives")
LEAVES = QT_TRANSLATE_NOOP("meeting_clock", "{name} leaves")
IMPORTED_MEETING = QT_TRANSLATE_NOOP("meeting_clock", "meeting of {date}: {warning}")


def latest_time(s: Session, meeting_id: int) -> datetime | None:
    """The latest time recorded anywhere in the meeting (None when there is none yet)."""
    items = select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id).scalar_subquery()
    motions = select(Motion.id).where(Motion.agenda_item_id.in_(items)).scalar_subquery()
    candidates = [
        s.scalar(select(func.max(Meeting.called_to_order_at)).where(Meeting.id == meeting_id)),
        s.scalar(select(func.max(AgendaItem.started_at)).where(AgendaItem.meeting_id == meeting_id)),
        s.scalar(select(func.max(Motion.made_at)).where(Motion.id.in_(motions))),
        s.scalar(select(func.max(Vote.taken_at)).where(Vote.motion_id.in_(motions))),
        s.scalar(select(func.max(Speaker.started_at)).where(Speaker.agenda_item_id.in_(items))),
    ]
    known = [c for c in candidates if c is not None]
    return max(known) if known else None


def stamp(s: Session, meeting: Meeting, given: datetime | None) -> datetime:
    """The time to store: the one the clerk gave, else the clock live, else the next step forward."""
    if given is not None:
        return given.replace(microsecond=0)
    return next_stamp(meeting.scheduled_start, latest_time(s, meeting.id), now())


def _short(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def timeline(s: Session, meeting: Meeting) -> list[TimeRowDTO]:
    """Every time slot of the meeting (set or not), in order of business, arrivals and departures last."""
    from councildesk.services.agenda_service import ordered_items  # agenda builds on meetings

    version = meeting.row_version  # the meeting's row holds two of its times
    call = TimeRowDTO(
        TimeKind.CALL_TO_ORDER, meeting.id, CALL_TO_ORDER, meeting.called_to_order_at, "meeting", version
    )
    rows = [call]
    items = ordered_items(s, meeting.id)
    # Three queries for the whole meeting, not one per item and motion, each of the columns shown
    # (rows, not ORM objects): an import checks every meeting it wrote.
    item_ids = [item.id for item in items]
    speakers = _by(
        s.execute(
            select(Speaker.id, Speaker.agenda_item_id, Speaker.name, Speaker.started_at, Speaker.row_version)
            .where(Speaker.agenda_item_id.in_(item_ids))
            .order_by(Speaker.position, Speaker.id)
        ),
        "agenda_item_id",
    )
    motions = _by(
        s.execute(
            select(Motion.id, Motion.agenda_item_id, Motion.text, Motion.made_at, Motion.row_version)
            .where(Motion.agenda_item_id.in_(item_ids))
            .order_by(Motion.position, Motion.id)
        ),
        "agenda_item_id",
    )
    motion_ids = [motion.id for group in motions.values() for motion in group]
    votes = _by(
        s.execute(
            select(Vote.id, Vote.motion_id, Vote.taken_at, Vote.row_version)
            .where(Vote.motion_id.in_(motion_ids))
            .order_by(Vote.id)
        ),
        "motion_id",
    )
    for item in items:
        number = item.number
        rows.append(
            TimeRowDTO(
                TimeKind.ITEM_START,
                item.id,
                said(ITEM_BEGINS, number=number) if number else said(AN_ITEM_BEGINS),
                item.started_at,
                "agenda_item",
                item.row_version,
            )
        )
        for sp in speakers.get(item.id, []):
            what = (
                said(SPEAKS, number=number, name=sp.name) if number else said(SPEAKS_UNNUMBERED, name=sp.name)
            )
            rows.append(TimeRowDTO(TimeKind.SPEAKER, sp.id, what, sp.started_at, "speaker", sp.row_version))
        for motion in motions.get(item.id, []):
            text = _short(motion.text)
            what = said(MOTION, number=number, text=text) if number else said(MOTION_UNNUMBERED, text=text)
            rows.append(
                TimeRowDTO(TimeKind.MOTION, motion.id, what, motion.made_at, "motion", motion.row_version)
            )
            for vote in votes.get(motion.id, []):
                what = said(VOTE, number=number, text=text) if number else said(VOTE_UNNUMBERED, text=text)
                rows.append(TimeRowDTO(TimeKind.VOTE, vote.id, what, vote.taken_at, "vote", vote.row_version))
    rows.append(
        TimeRowDTO(TimeKind.ADJOURNMENT, meeting.id, ADJOURNMENT, meeting.adjourned_at, "meeting", version)
    )
    for a, name in s.execute(
        select(Attendance, Person.display_name)
        .join(Person, Person.id == Attendance.person_id)
        .where(Attendance.meeting_id == meeting.id)
        .order_by(Person.display_name)
    ):
        if a.arrived_at is not None:
            what = said(ARRIVES, name=name)
            rows.append(TimeRowDTO(TimeKind.ARRIVAL, a.id, what, a.arrived_at, "attendance", a.row_version))
        if a.left_at is not None:
            what = said(LEAVES, name=name)
            rows.append(TimeRowDTO(TimeKind.DEPARTURE, a.id, what, a.left_at, "attendance", a.row_version))
    return rows


def _by[T](rows: Iterable[T], column: str) -> dict[int, list[T]]:
    """Rows grouped by a parent id, each group in the order the rows came."""
    groups: dict[int, list[T]] = {}
    for row in rows:
        groups.setdefault(getattr(row, column), []).append(row)
    return groups


def warnings_of(s: Session, meeting: Meeting) -> list[str]:
    """The time warnings of a meeting (see `domain.meeting_times.time_warnings`)."""
    in_room = (TimeKind.ARRIVAL, TimeKind.DEPARTURE)
    entries = [
        TimedEntry(row.what, row.at, in_sequence=row.kind not in in_room)
        for row in timeline(s, meeting)
        if row.at is not None and row.kind not in (TimeKind.CALL_TO_ORDER, TimeKind.ADJOURNMENT)
    ]
    return time_warnings(
        meeting.scheduled_start.date(), meeting.called_to_order_at, meeting.adjourned_at, entries
    )


def import_warnings(s: Session, ids: dict[tuple[str, str], int]) -> list[str]:
    """Time warnings of every meeting an import created or updated, each naming its meeting's date."""
    out: list[str] = []
    for (table, _key), row_id in sorted(ids.items(), key=lambda kv: kv[1]):
        meeting = s.get(Meeting, row_id) if table == "meeting" else None
        if meeting is not None:
            day = f"{meeting.scheduled_start:%Y-%m-%d}"
            out += [said(IMPORTED_MEETING, date=day, warning=w) for w in warnings_of(s, meeting)]
    return out
