"""On PostgreSQL, each committed unit of work tells other clients what it changed (NOTIFY councildesk)."""

from __future__ import annotations

import json
import uuid
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from councildesk.db.file_lock import os_user
from councildesk.db.models import AgendaItem, Motion, Vote

CHANNEL = "councildesk"
# pg_notify refuses payloads of 8000 bytes or more: past this many meetings a notice says "all".
MAX_MEETINGS = 200
# Bookkeeping every change writes; another client has nothing to show for them.
QUIET_TABLES = frozenset({"audit_log", "record_chain", "external_id"})
_KEY = "councildesk_changes"
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
            changes.meetings.add(_meeting_of(session, obj))

    @event.listens_for(sessions, "before_commit")
    def _notify(session: Session) -> None:
        changes: _Changes | None = session.info.pop(_KEY, None)
        if changes is None or not changes.tables:
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


def _meeting_of(session: Session, obj: object) -> int | None:
    """The meeting a row belongs to, following its parents; None for shared records (people, bodies …)."""
    if getattr(obj, "__tablename__", None) == "meeting":
        return getattr(obj, "id", None)
    meeting_id = getattr(obj, "meeting_id", None)
    if meeting_id is not None:
        return int(meeting_id)
    item_id = getattr(obj, "agenda_item_id", None)
    motion_id = getattr(obj, "motion_id", None)
    vote_id = getattr(obj, "vote_id", None)
    if item_id is None and motion_id is None and vote_id is None:
        return None
    query = (
        select(AgendaItem.meeting_id).where(AgendaItem.id == item_id)
        if item_id is not None
        else select(AgendaItem.meeting_id)
        .join(Motion, Motion.agenda_item_id == AgendaItem.id)
        .where(Motion.id == motion_id)
        if motion_id is not None
        else select(AgendaItem.meeting_id)
        .join(Motion, Motion.agenda_item_id == AgendaItem.id)
        .join(Vote, Vote.motion_id == Motion.id)
        .where(Vote.id == vote_id)
    )
    found = session.connection().execute(query).scalar()
    return int(found) if found is not None else None
