"""On PostgreSQL, each committed unit of work tells other clients what it changed (NOTIFY councildesk)."""

from __future__ import annotations

import json
import uuid
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Delete, Insert, Update, event, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.expression import TableClause

from councildesk.db.file_lock import os_user
from councildesk.db.models import AgendaItem, Motion, Vote

CHANNEL = "councildesk"
# pg_notify refuses payloads of 8000 bytes or more: past this many meetings a notice says "all".
MAX_MEETINGS = 200
# Bookkeeping every change writes; another client has nothing to show for them.
QUIET_TABLES = frozenset({"audit_log", "record_chain", "external_id"})
_KEY = "councildesk_changes"
_WRITTEN = "councildesk_tables_written"
_ORIGINS: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Notice:
    """What one committed transaction of another client changed."""

    origin: str  # which open database sent it (a client skips its own)
    meeting_ids: frozenset[int] | None  # None: records of every meeting, or too many to name
    tables: frozenset[str]
    who: str

    @classmethod
    def parse(cls, payload: str) -> Notice | None:
        """The notice in a payload, or None for one this version cannot read."""
        try:
            data = json.loads(payload)
            meetings = data["meetings"]
            return cls(
                str(data["origin"]),
                None if meetings is None else frozenset(int(m) for m in meetings),
                frozenset(str(t) for t in data["tables"]),
                str(data["who"]),
            )
        except (ValueError, KeyError, TypeError):
            return None


class _Changes:
    """What a session flushed so far: tables, and the meetings they belong to (None: shared records)."""

    def __init__(self) -> None:
        self.tables: set[str] = set()
        self.meetings: set[int | None] = set()
        # The meeting of each parent already looked up, so that a roll call's ballots ask once.
        self.parents: dict[tuple[str, int], int | None] = {}

    @property
    def named_all(self) -> bool:
        """Past this the notice says "every meeting": no need to look up any more of them."""
        return None in self.meetings or len(self.meetings) > MAX_MEETINGS


def origin_of(engine: Engine) -> str | None:
    """The name this open database signs its notices with (None: it sends none, a SQLite file)."""
    return _ORIGINS.get(engine)


def install(sessions: sessionmaker[Session], engine: Engine) -> None:
    """Collect each flush's rows and send one notice in the transaction's own commit.

    pg_notify inside the transaction is delivered only if it commits, so a refused change
    never makes another window reload.
    """
    origin = _ORIGINS.setdefault(engine, uuid.uuid4().hex[:12])

    @event.listens_for(sessions, "after_flush")
    def _collect(session: Session, _context: Any) -> None:
        changes = session.info.setdefault(_KEY, _Changes())
        for obj in (*session.new, *session.dirty, *session.deleted):
            table = getattr(obj, "__tablename__", None)
            if table is None or table in QUIET_TABLES:
                continue
            changes.tables.add(table)
            if not changes.named_all:
                changes.meetings.add(_meeting_of(session, obj, changes.parents))

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.info.pop(_WRITTEN, None)  # the DBAPI connection's info outlives a transaction

    @event.listens_for(engine, "after_execute")
    def _written(connection: Connection, clause: object, *_args: Any) -> None:
        # Bulk writes (imports, restores) go past the session's objects: see their tables here.
        if isinstance(clause, Insert | Update | Delete) and isinstance(clause.table, TableClause):
            connection.info.setdefault(_WRITTEN, set()).add(clause.table.name)

    @event.listens_for(sessions, "before_commit")
    def _notify(session: Session) -> None:
        changes: _Changes = session.info.pop(_KEY, None) or _Changes()
        unseen = session.connection().info.pop(_WRITTEN, set()) - changes.tables - QUIET_TABLES
        if unseen:  # written without objects to follow to their meetings: every meeting's views
            changes.tables |= unseen
            changes.meetings.add(None)
        if not changes.tables:
            return
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": CHANNEL, "payload": payload(origin, changes.meetings, changes.tables, _who(session))},
        )

    @event.listens_for(sessions, "after_rollback")
    def _forget(session: Session) -> None:
        session.info.pop(_KEY, None)


def payload(origin: str, meetings: Iterable[int | None], tables: Iterable[str], who: str) -> str:
    named = set(meetings)
    listed = None if None in named or len(named) > MAX_MEETINGS else sorted(m for m in named if m is not None)
    return json.dumps(
        {"origin": origin, "meetings": listed, "tables": sorted(tables), "who": who[:200]},
        ensure_ascii=False,
    )


def _who(session: Session) -> str:
    """The person signed in, else the database role, else the operating-system user."""
    role = session.info.get("server_role")
    person = getattr(role, "person", None)
    return str(person or getattr(role, "role", None) or os_user())


def _meeting_of(session: Session, obj: object, parents: dict[tuple[str, int], int | None]) -> int | None:
    """The meeting a row belongs to, following its parents; None for shared records (people, bodies …)."""
    if getattr(obj, "__tablename__", None) == "meeting":
        return getattr(obj, "id", None)
    meeting_id = getattr(obj, "meeting_id", None)
    if meeting_id is not None:
        return int(meeting_id)
    for parent in ("agenda_item_id", "motion_id", "vote_id"):
        parent_id = getattr(obj, parent, None)
        if parent_id is not None:
            break
    else:
        return None
    key = (parent, int(parent_id))
    if key not in parents:
        found = (
            session.connection()
            .execute(_PARENT_MEETING[parent].where(_PARENT_ID[parent] == parent_id))
            .scalar()
        )
        parents[key] = int(found) if found is not None else None
    return parents[key]


# From a row's parent to its meeting: an item names it; a motion's and a vote's go through the item.
_ITEM_MEETING = select(AgendaItem.meeting_id)
_MOTION_MEETING = _ITEM_MEETING.join(Motion, Motion.agenda_item_id == AgendaItem.id)
_PARENT_MEETING = {
    "agenda_item_id": _ITEM_MEETING,
    "motion_id": _MOTION_MEETING,
    "vote_id": _MOTION_MEETING.join(Vote, Vote.motion_id == Motion.id),
}
_PARENT_ID = {"agenda_item_id": AgendaItem.id, "motion_id": Motion.id, "vote_id": Vote.id}
