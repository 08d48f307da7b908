"""Refuse a change made from an outdated copy of a row, naming from the audit log who changed it and when."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from councildesk.db.base import Base, jsonable
from councildesk.db.models import AuditLog, Person
from councildesk.db.row_version import DERIVED, Versioned
from councildesk.domain.errors import StaleEdit
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message


def check_version(s: Session, row: Versioned, expected: int | None) -> None:
    """StaleEdit when `row` is no longer at the version the window read (`expected`; None: no check).

    The row must have been read after the meeting's lock (guards.lock_meeting), so that its
    version is the latest committed one.
    """
    if expected is None or row.row_version == expected:
        return
    table = str(getattr(row, "__tablename__", ""))
    row_id = getattr(row, "id", None)
    error = stale_edit(s, table, row_id)
    error.current_version = row.row_version
    # What the other clerk left: undoing a re-applied change puts these back, not the old copy's.
    error.current_values = {attr.key: getattr(row, attr.key) for attr in inspect(row).mapper.column_attrs}
    error.row = (table, row_id) if isinstance(row_id, int) else None
    raise error


# A record among several a change is made from (a matter's sponsors, a meeting's times): (table, id).
RowKey = tuple[str, int]


def row_key(row: Versioned) -> RowKey:
    identity = inspect(row).identity or (0,)  # every versioned table but speaking_limit has one id
    return str(getattr(row, "__tablename__", "")), int(identity[0])


def check_versions(s: Session, rows: Iterable[Versioned], expected: Mapping[RowKey, int] | None) -> None:
    """check_version for each row a change writes, against the versions the window read (None: no check).

    A row the window never read (someone else added it since) counts as changed: versions start at 1.
    """
    if expected is None:
        return
    for row in rows:
        check_version(s, row, expected.get(row_key(row), 0))


def check_keyed(
    s: Session, table: str, key: Mapping[str, object], row: Versioned | None, expected: int | None
) -> None:
    """check_version for a row known by its columns `key` rather than an id (a body's time limit
    for one kind of speaker), where no row at all (version 0) is a state the window may have read."""
    current = row.row_version if row is not None else 0
    if expected is None or current == expected:
        return
    wanted = {name: str(jsonable(value)) for name, value in key.items()}
    entries = s.scalars(select(AuditLog).where(AuditLog.entity == table).order_by(AuditLog.id.desc()))
    entry = next((e for e in entries if _names(e, wanted)), None)
    error = _sentence(s, table, entry)
    error.current_version = current
    error.current_values = (
        {attr.key: getattr(row, attr.key) for attr in inspect(row).mapper.column_attrs}
        if row is not None
        else {}
    )
    raise error


def _names(entry: AuditLog, key: Mapping[str, str]) -> bool:
    """Whether the audit entry is about the row whose key columns have these values."""
    values = json.loads(entry.after or entry.before or "{}")
    return isinstance(values, dict) and all(str(values.get(k)) == v for k, v in key.items())


def check_present(
    s: Session, table: str, row_ids: Iterable[int], expected: Mapping[RowKey, int] | None
) -> None:
    """StaleEdit (gone) when a row the window read, which the change needs, was deleted since."""
    if expected is None:
        return
    for row_id in row_ids:
        if (table, row_id) in expected:
            error = stale_edit(s, table, row_id)
            error.gone = True
            error.row = (table, row_id)
            raise error


# "this agenda item", as each language says it (French and Spanish agree it with the noun's gender).
THIS: dict[str, str] = {
    "body": QT_TRANSLATE_NOOP("services", "this body"),
    "person": QT_TRANSLATE_NOOP("services", "this person"),
    "post": QT_TRANSLATE_NOOP("services", "this seat"),
    "membership": QT_TRANSLATE_NOOP("services", "this membership"),
    "meeting": QT_TRANSLATE_NOOP("services", "this meeting"),
    "agenda_item": QT_TRANSLATE_NOOP("services", "this agenda item"),
    "matter": QT_TRANSLATE_NOOP("services", "this matter"),
    "sponsorship": QT_TRANSLATE_NOOP("services", "this sponsor"),
    "speaker": QT_TRANSLATE_NOOP("services", "this speaker"),
    "motion": QT_TRANSLATE_NOOP("services", "this motion"),
    "vote": QT_TRANSLATE_NOOP("services", "this vote"),
    "ballot": QT_TRANSLATE_NOOP("services", "this ballot"),
    "document": QT_TRANSLATE_NOOP("services", "this document"),
    "speaking_limit": QT_TRANSLATE_NOOP("services", "this time limit"),
}
RECORD = QT_TRANSLATE_NOOP("services", "this record")

# The fields a clerk edits, as the sentence names them (translated with their article: "le titre").
# None shares its English with a WHAT noun: the catalogue gives one English text one translation.
FIELDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("services", "title"),
    "kind": QT_TRANSLATE_NOOP("services", "kind"),
    "notes": QT_TRANSLATE_NOOP("services", "notes"),
    "text": QT_TRANSLATE_NOOP("services", "text"),
    "name": QT_TRANSLATE_NOOP("services", "name"),
    "display_name": QT_TRANSLATE_NOOP("services", "display name"),
    "status": QT_TRANSLATE_NOOP("services", "status"),
    "result": QT_TRANSLATE_NOOP("services", "result"),
    "location": QT_TRANSLATE_NOOP("services", "location"),
    "scheduled_start": QT_TRANSLATE_NOOP("services", "scheduled start"),
    "started_at": QT_TRANSLATE_NOOP("services", "start"),
    "ended_at": QT_TRANSLATE_NOOP("services", "end"),
    "matter_id": QT_TRANSLATE_NOOP("services", "linked matter"),
    "mover_id": QT_TRANSLATE_NOOP("services", "mover"),
    "seconder_id": QT_TRANSLATE_NOOP("services", "seconder"),
    "role": QT_TRANSLATE_NOOP("services", "role"),
    "option": QT_TRANSLATE_NOOP("services", "choice"),
    "person_id": QT_TRANSLATE_NOOP("services", "member"),
    "file_name": QT_TRANSLATE_NOOP("services", "file name"),
    "url": QT_TRANSLATE_NOOP("services", "link"),
    "start_date": QT_TRANSLATE_NOOP("services", "start date"),
    "end_date": QT_TRANSLATE_NOOP("services", "end date"),
    "identifier": QT_TRANSLATE_NOOP("services", "number"),
    "description": QT_TRANSLATE_NOOP("services", "description"),
    "action_text": QT_TRANSLATE_NOOP("services", "action"),
    "adjourned_at": QT_TRANSLATE_NOOP("services", "adjournment"),
    "called_to_order_at": QT_TRANSLATE_NOOP("services", "call to order"),
    "arrived_at": QT_TRANSLATE_NOOP("services", "arrival"),
    "left_at": QT_TRANSLATE_NOOP("services", "departure"),
    "consent": QT_TRANSLATE_NOOP("services", "consent agenda"),
    "discussion": QT_TRANSLATE_NOOP("services", "discussion"),
    "disposition": QT_TRANSLATE_NOOP("services", "disposition"),
    "email": QT_TRANSLATE_NOOP("services", "email"),
    "family_name": QT_TRANSLATE_NOOP("services", "family name"),
    "given_name": QT_TRANSLATE_NOOP("services", "given name"),
    "honorific": QT_TRANSLATE_NOOP("services", "honorific"),
    "introduced_on": QT_TRANSLATE_NOOP("services", "introduction date"),
    "label": QT_TRANSLATE_NOOP("services", "label"),
    "note": QT_TRANSLATE_NOOP("services", "note"),
    "presiding_person_id": QT_TRANSLATE_NOOP("services", "presiding officer"),
    "reason": QT_TRANSLATE_NOOP("services", "reason"),
    "summary": QT_TRANSLATE_NOOP("services", "summary"),
    "seat_count": QT_TRANSLATE_NOOP("services", "number of seats"),
    "stance": QT_TRANSLATE_NOOP("services", "position taken"),
    "seconds": QT_TRANSLATE_NOOP("services", "duration"),
    "made_at": QT_TRANSLATE_NOOP("services", "time"),
    "taken_at": QT_TRANSLATE_NOOP("services", "time"),
    "is_primary": QT_TRANSLATE_NOOP("services", "role as primary or co-sponsor"),
    "municipality": QT_TRANSLATE_NOOP("services", "municipality name"),
    "classification": QT_TRANSLATE_NOOP("services", "kind"),
    "parent_id": QT_TRANSLATE_NOOP("services", "parent body"),
    "quorum_rule": QT_TRANSLATE_NOOP("services", "quorum rule"),
    "default_threshold_fraction": QT_TRANSLATE_NOOP("services", "default threshold"),
    "default_threshold_base": QT_TRANSLATE_NOOP("services", "default threshold"),
    "time_zone": QT_TRANSLATE_NOOP("services", "time zone"),
    "minutes_language": QT_TRANSLATE_NOOP("services", "minutes language"),
    # How the minutes print: named once, whichever of them changed.
    "clock_style": QT_TRANSLATE_NOOP("services", "minutes house style"),
    "date_style": QT_TRANSLATE_NOOP("services", "minutes house style"),
    "vote_sentence_style": QT_TRANSLATE_NOOP("services", "minutes house style"),
    "vote_tables_always": QT_TRANSLATE_NOOP("services", "minutes house style"),
}


def stale_edit(s: Session, table: str, row_id: int | None) -> StaleEdit:
    """'mlopez changed this agenda item's title at 19:42; your change was not saved.'

    Named from the row's latest audit entry: the change that made the window's copy outdated
    (a later one, if there were several, is the one the clerk now has to reckon with).
    """
    entry = s.scalars(
        select(AuditLog)
        .where(AuditLog.entity == table, AuditLog.entity_id == row_id)
        .order_by(AuditLog.id.desc())
        .limit(1)
    ).first()
    return _sentence(s, table, entry)


def _sentence(s: Session, table: str, entry: AuditLog | None) -> StaleEdit:
    """The refusal naming `entry`, the change that made the window's copy outdated."""
    what = THIS.get(table, RECORD)
    if entry is None:
        return StaleEdit(
            QT_TRANSLATE_NOOP(
                "services", "Someone else changed {what} since you opened it; your change was not saved."
            ),
            what=what,
        )
    after = json.loads(entry.after) if entry.after else {}
    # Positions the agenda recomputes, and the key columns an entry keeps to name its row.
    keys = (
        {column.key for column in Base.metadata.tables[table].primary_key}
        if table in Base.metadata.tables
        else set()
    )
    derived = DERIVED.get(table, frozenset()) | keys
    fields = (
        [k for k in sorted(after) if k not in derived and k != "row_version"]
        if isinstance(after, dict)
        else []
    )
    who = _who(s, entry)
    when = _when(entry.at)
    if entry.action == "delete":
        return StaleEdit(
            QT_TRANSLATE_NOOP("services", "{who} removed {what} {when}; your change was not saved."),
            who=who,
            what=what,
            when=when,
        )
    if fields and entry.action == "update":
        # Several columns may read as one field (a threshold's fraction and base): named once.
        names = list(dict.fromkeys(FIELDS.get(k, k.replace("_", " ")) for k in fields))
        return StaleEdit(
            QT_TRANSLATE_NOOP(
                "services", "{who} changed {what}'s {fields} {when}; your change was not saved."
            ),
            who=who,
            what=what,
            fields=_joined(names),
            when=when,
        )
    return StaleEdit(
        QT_TRANSLATE_NOOP("services", "{who} changed {what} {when}; your change was not saved."),
        who=who,
        what=what,
        when=when,
    )


def _who(s: Session, entry: AuditLog) -> str:
    """The person the entry's database role signs in as, where the office maps roles to people."""
    person_id = getattr(entry, "db_person_id", None)
    person = s.get(Person, person_id) if isinstance(person_id, int) else None
    return person.display_name if person is not None else entry.os_user


def _joined(words: list[str]) -> object:
    if len(words) == 1:
        return words[0]
    # A field list is joined in the reader's language too ("le titre et le type").
    joined: object = words[0]
    for word in words[1:-1]:
        joined = Message(QT_TRANSLATE_NOOP("services", "{first}, {next}"), {"first": joined, "next": word})
    return Message(QT_TRANSLATE_NOOP("services", "{first} and {last}"), {"first": joined, "last": words[-1]})


def _when(at: datetime) -> Message:
    clock = {"hour": f"{at:%H}", "minute": f"{at:%M}"}  # French writes 19 h 42
    if at.date() == datetime.now().date():
        return Message(QT_TRANSLATE_NOOP("services", "at {hour}:{minute}"), clock)
    return Message(
        QT_TRANSLATE_NOOP("services", "on {day} {month:%B} {year} at {hour}:{minute}"),
        {"day": at.day, "month": at, "year": at.year, **clock},
    )
