"""Look-ups that raise plain-sentence errors: missing records and locked meetings."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from councildesk.db.base import Base
from councildesk.db.models import AgendaItem, Meeting, Motion, Vote
from councildesk.domain.enums import MinutesStatus
from councildesk.domain.errors import LockedError, NotFoundError, UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message
from councildesk.domain.text_rules import LONG_TEXT_LIMIT, clean_text

# The nouns a refusal names a record by, declared so that they follow the reader's language.
WHAT: dict[str, str] = {
    "body": QT_TRANSLATE_NOOP("services", "body"),
    "person": QT_TRANSLATE_NOOP("services", "person"),
    "post": QT_TRANSLATE_NOOP("services", "seat"),
    "membership": QT_TRANSLATE_NOOP("services", "membership"),
    "meeting": QT_TRANSLATE_NOOP("services", "meeting"),
    "agenda_item": QT_TRANSLATE_NOOP("services", "agenda item"),
    "matter": QT_TRANSLATE_NOOP("services", "matter"),
    "sponsorship": QT_TRANSLATE_NOOP("services", "sponsorship"),
    "speaker": QT_TRANSLATE_NOOP("services", "speaker"),
    "motion": QT_TRANSLATE_NOOP("services", "motion"),
    "vote": QT_TRANSLATE_NOOP("services", "vote"),
    "ballot": QT_TRANSLATE_NOOP("services", "ballot"),
    "document": QT_TRANSLATE_NOOP("services", "document"),
}


def fetch[T: Base](session: Session, model: type[T], id_: int) -> T:
    obj = session.get(model, id_)
    if obj is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("services", "There is no {what} {id}."),
            what=WHAT.get(model.__tablename__, model.__tablename__),
            id=id_,
        )
    return obj


def meeting_of_item(session: Session, item_id: int) -> int:
    return fetch(session, AgendaItem, item_id).meeting_id


def meeting_of_motion(session: Session, motion_id: int) -> int:
    motion = fetch(session, Motion, motion_id)
    return meeting_of_item(session, motion.agenda_item_id)


def meeting_of_vote(session: Session, vote_id: int) -> int:
    return meeting_of_motion(session, fetch(session, Vote, vote_id).motion_id)


def long_date(value: date) -> str:
    """'5 March 2024': the day without a leading zero, as a clerk writes it."""
    return f"{value.day} {value:%B %Y}"


def day_of(value: date) -> Message:
    """'5 March 2024' as a sentence's value: the month in the reader's language ('5 mars 2024')."""
    return Message(
        QT_TRANSLATE_NOOP("services", "{day} {month:%B} {year}"),
        {"day": value.day, "month": value, "year": value.year},
    )


def lock_meeting(session: Session, meeting_id: int) -> Meeting:
    """The meeting, its row locked until the transaction ends (PostgreSQL; SQLite has one writer).

    Every change to a meeting's records takes this lock first, so two clerks' changes to one
    meeting (an item added by each, two roll calls of one motion, an approval and a late speaker)
    happen one after the other: the second sees what the first committed and is judged on it.
    """
    if session.get_bind().dialect.name == "sqlite":  # its writers are serialised by the file
        return fetch(session, Meeting, meeting_id)
    locked: set[int] = session.info.setdefault("locked_meetings", set())
    if meeting_id in locked:
        return fetch(session, Meeting, meeting_id)
    session.flush()
    meeting = session.get(Meeting, meeting_id, with_for_update=True, populate_existing=True)
    if meeting is None:
        return fetch(session, Meeting, meeting_id)  # raises the usual "there is no meeting"
    locked.add(meeting_id)
    # Rows read before the lock may be older than what the clerk holding it just committed.
    session.expire_all()
    return meeting


def ensure_editable(session: Session, meeting_id: int) -> Meeting:
    """The meeting (locked, see `lock_meeting`), or LockedError when its minutes are approved."""
    meeting = lock_meeting(session, meeting_id)
    if meeting.minutes_status is MinutesStatus.APPROVED:
        raise LockedError(
            QT_TRANSLATE_NOOP(
                "services",
                "The minutes of the meeting of {long_date} are approved and locked; record a "
                "correction instead.",
            ),
            long_date=day_of(meeting.scheduled_start),
        )
    return meeting


def require_text(value: str, what: str) -> str:
    # Cleaned here so the DTO handed back already shows the stored text; the session's text guard
    # (db/text_guard.py) applies the same rule, with each column's length, to every write.
    value = clean_text(value or "", f"the {what}", LONG_TEXT_LIMIT).strip()
    if not value:
        raise UserError(QT_TRANSLATE_NOOP("services", "The {what} cannot be empty."), what=what)
    return value


def next_position(session: Session, column: InstrumentedAttribute[int], *where: ColumnElement[bool]) -> int:
    """One past the largest `column` among the rows matching `where` (0 when there are none)."""
    current = session.scalar(select(func.max(column)).where(*where))
    return 0 if current is None else int(current) + 1
