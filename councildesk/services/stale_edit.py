"""Refuse a change made from an outdated copy of a row, naming from the audit log who changed it and when."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import AuditLog, Person
from councildesk.db.row_version import DERIVED, Versioned
from councildesk.domain.errors import StaleEdit
from councildesk.services.guards import WHAT


def check_version(s: Session, row: Versioned, expected: int | None) -> None:
    """StaleEdit when `row` is no longer at the version the window read (`expected`; None: no check).

    The row must have been read after the meeting's lock (guards.lock_meeting), so that its
    version is the latest committed one.
    """
    if expected is None or row.row_version == expected:
        return
    table = str(getattr(row, "__tablename__", ""))
    row_id = getattr(row, "id", None)
    error = StaleEdit(stale_sentence(s, table, row_id))
    error.current_version = row.row_version
    raise error


def stale_sentence(s: Session, table: str, row_id: int | None) -> str:
    """'mlopez changed this agenda item's title at 19:42; your change was not saved.'

    Named from the row's latest audit entry: the change that made the window's copy outdated
    (a later one, if there were several, is the one the clerk now has to reckon with).
    """
    what = f"this {WHAT.get(table, table.replace('_', ' '))}"
    entry = s.scalars(
        select(AuditLog)
        .where(AuditLog.entity == table, AuditLog.entity_id == row_id)
        .order_by(AuditLog.id.desc())
        .limit(1)
    ).first()
    if entry is None:
        return f"Someone else changed {what} since you opened it; your change was not saved."
    after = json.loads(entry.after) if entry.after else {}
    derived = DERIVED.get(table, frozenset())
    fields = (
        [k.replace("_", " ") for k in sorted(after) if k not in derived] if isinstance(after, dict) else []
    )
    changed = f"{what}'s {_joined(fields)}" if fields and entry.action == "update" else what
    return f"{_who(s, entry)} changed {changed} {_when(entry.at)}; your change was not saved."


def _who(s: Session, entry: AuditLog) -> str:
    """The person the entry's database role signs in as, where the office maps roles to people."""
    person_id = getattr(entry, "db_person_id", None)
    person = s.get(Person, person_id) if isinstance(person_id, int) else None
    return person.display_name if person is not None else entry.os_user


def _joined(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _when(at: datetime) -> str:
    if at.date() == datetime.now().date():
        return f"at {at:%H:%M}"
    return f"on {at.day} {at:%B %Y} at {at:%H:%M}"
