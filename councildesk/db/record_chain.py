"""The record chain: every approval, correction and audit entry linked to the one before by hash.

Each link names one entry (its table and id), the SHA-256 of the entry's columns and the hash of
the link before it, in the order the entries were written. Inserting, deleting, reordering or
editing any entry breaks the chain from there on; the last link's hash (the head) stands for the
whole history, so a head printed or published earlier proves everything up to it is unchanged.

The links live in their own append-only table rather than in columns of the entries, so that
upgrading a file (which builds the chain once over its existing rows, see `genesis`) rewrites no
approved row.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, String, Table, insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Session, mapped_column

from councildesk.db.base import Base, jsonable
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message, Worded

GENESIS = "0" * 64  # the "previous hash" of the first link
# The chained tables, by the kind a link names.
CHAINED = {"approval": "minutes_approval", "correction": "correction", "audit": "audit_log"}
KIND_OF = {table: kind for kind, table in CHAINED.items()}
GUARD_TABLE = "chain_path"  # on SQLite, a row here while the service writes chained rows
PG_SETTING = "councildesk.path"
PG_LOCK_KEY = 0x43_44_43_48  # "CDCH": serialises appends to the chain on PostgreSQL


class ChainLink(Base):
    __tablename__ = "record_chain"

    id: Mapped[int] = mapped_column(primary_key=True)  # the chain's order
    kind: Mapped[str] = mapped_column(String(20))  # "approval", "correction" or "audit"
    entry_id: Mapped[int] = mapped_column(Integer)
    meeting_id: Mapped[int | None] = mapped_column(Integer)  # for approvals and corrections
    entry_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


def _table(kind: str) -> Table:
    return Base.metadata.tables[CHAINED[kind]]


# Columns added to a chained table after entries were chained: left out of the hash while empty, so
# that the entries written before them keep the hash they were chained with.
ADDED_LATER = frozenset({"db_role", "db_person_id"})


def entry_hash(row: dict[str, Any]) -> str:
    """SHA-256 of an entry's columns as sorted JSON (dates in ISO form, enums by value)."""
    plain = {
        key: (value.hex() if isinstance(value, bytes) else jsonable(value))
        for key, value in row.items()
        if not (value is None and key in ADDED_LATER)
    }
    text_ = json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


def link_hash(prev: str, kind: str, entry_id: int, entry: str) -> str:
    return hashlib.sha256(f"{prev}|{kind}|{entry_id}|{entry}".encode()).hexdigest()


def _entry_row(connection: Connection, kind: str, entry_id: int) -> dict[str, Any] | None:
    table = _table(kind)
    row = connection.execute(select(table).where(table.c.id == entry_id)).mappings().first()
    return dict(row) if row is not None else None


@dataclass(frozen=True)
class Head:
    length: int
    hash: str


def _last_hash(connection: Connection) -> str:
    last = connection.execute(select(ChainLink.hash).order_by(ChainLink.id.desc()).limit(1)).scalar()
    return last or GENESIS


def head(connection: Connection) -> Head:
    row = connection.execute(
        select(ChainLink.id, ChainLink.hash).order_by(ChainLink.id.desc()).limit(1)
    ).first()
    count = connection.execute(text("SELECT COUNT(*) FROM record_chain")).scalar() or 0
    return Head(int(count), row[1] if row else GENESIS)


def open_path(connection: Connection) -> None:
    """Let this transaction write chained rows (the guard triggers refuse them otherwise)."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SET LOCAL {PG_SETTING} = 'service'")
    else:
        connection.exec_driver_sql(f"INSERT INTO {GUARD_TABLE} (token) VALUES ('service')")


def close_path(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SET LOCAL {PG_SETTING} = ''")
    else:
        connection.exec_driver_sql(f"DELETE FROM {GUARD_TABLE}")


def append(session: Session, kind: str, entry_id: int, meeting_id: int | None = None) -> None:
    """Link the entry (already flushed) after the current head, within the caller's transaction."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        # Two writers must not both read the same head: the lock lasts until this transaction ends.
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_LOCK_KEY})")
    row = _entry_row(connection, kind, entry_id)
    assert row is not None, f"{kind} {entry_id} must be flushed before it is chained"
    prev = _last_hash(connection)
    entry = entry_hash(row)
    open_path(connection)
    try:
        connection.execute(
            insert(ChainLink).values(
                kind=kind,
                entry_id=entry_id,
                meeting_id=meeting_id,
                entry_hash=entry,
                prev_hash=prev,
                hash=link_hash(prev, kind, entry_id, entry),
            )
        )
    finally:
        close_path(connection)


def link_rows(prev: str, entries: list[tuple[str, int, int | None, dict[str, Any]]]) -> list[dict[str, Any]]:
    """The links of entries (kind, id, meeting, the entry's stored row) after the link hashed `prev`."""
    rows: list[dict[str, Any]] = []
    for kind, entry_id, meeting_id, row in entries:
        entry = entry_hash(row)
        link = link_hash(prev, kind, entry_id, entry)
        rows.append(
            {
                "kind": kind,
                "entry_id": entry_id,
                "meeting_id": meeting_id,
                "entry_hash": entry,
                "prev_hash": prev,
                "hash": link,
            }
        )
        prev = link
    return rows


def append_many(session: Session, entries: list[tuple[str, int, int | None, dict[str, Any]]]) -> None:
    """Link entries (kind, id, meeting, the entry's stored row) after the head, in the order given.

    The same links `append` makes one by one, computed in Python and inserted in one statement.
    """
    if not entries:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_LOCK_KEY})")
    rows = link_rows(_last_hash(connection), entries)
    open_path(connection)
    try:
        connection.execute(insert(ChainLink), rows)
    finally:
        close_path(connection)


@dataclass(frozen=True)
class Break(Worded):
    """Where the chain breaks: which entry, and what was expected against what was found."""

    position: int  # 1-based place in the chain (0: an entry outside the chain)
    kind: str
    entry_id: int
    problem: str  # one of PROBLEMS, declared
    expected: str = ""
    found: str = ""

    @property
    def message(self) -> Message:  # type: ignore[override]
        """'audit entry 12 at link 40: the entry was changed (expected …, found …)', declared."""
        detail = bool(self.expected or self.found)
        values = {
            "kind": KIND_LABELS.get(self.kind, self.kind),
            "entry": self.entry_id,
            "position": self.position,
            "problem": self.problem,
            "expected": self.expected,
            "found": self.found,
        }
        return Message(BREAK[(bool(self.position), detail)], values)


# The nouns and sentences a break is described with (its `problem` is one of these).
KIND_LABELS = {
    "approval": QT_TRANSLATE_NOOP("db", "approval"),
    "correction": QT_TRANSLATE_NOOP("db", "correction"),
    "audit": QT_TRANSLATE_NOOP("db", "audit entry"),
}
LINK_BEFORE = QT_TRANSLATE_NOOP("db", "the link before it is missing or changed")
ENTRY_GONE = QT_TRANSLATE_NOOP("db", "the entry is gone")
ENTRY_CHANGED = QT_TRANSLATE_NOOP("db", "the entry was changed")
LINK_CHANGED = QT_TRANSLATE_NOOP("db", "the link itself was changed")
ENTRY_ADDED = QT_TRANSLATE_NOOP("db", "the entry was added behind CouncilDesk's back")
# By (in the chain, with what was expected and found).
BREAK = {
    (True, False): QT_TRANSLATE_NOOP("db", "{kind} {entry} at link {position}: {problem}"),
    (True, True): QT_TRANSLATE_NOOP(
        "db", "{kind} {entry} at link {position}: {problem} (expected {expected}, found {found})"
    ),
    (False, False): QT_TRANSLATE_NOOP("db", "{kind} {entry} outside the chain: {problem}"),
    (False, True): QT_TRANSLATE_NOOP(
        "db", "{kind} {entry} outside the chain: {problem} (expected {expected}, found {found})"
    ),
}


@dataclass(frozen=True)
class LinkRow:
    position: int
    kind: str
    entry_id: int
    meeting_id: int | None
    hash: str


def links(connection: Connection) -> list[LinkRow]:
    rows = connection.execute(
        select(ChainLink.kind, ChainLink.entry_id, ChainLink.meeting_id, ChainLink.hash).order_by(
            ChainLink.id
        )
    )
    return [LinkRow(n, k, e, m, h) for n, (k, e, m, h) in enumerate(rows, start=1)]


def check(connection: Connection, limit: int = 20) -> list[Break]:
    """Every break in the chain (up to `limit`), in chain order; empty when the chain is whole."""
    found: list[Break] = []
    entries = {kind: _all_rows(connection, kind) for kind in CHAINED}
    linked: set[tuple[str, int]] = set()
    prev = GENESIS
    rows = connection.execute(
        select(
            ChainLink.kind, ChainLink.entry_id, ChainLink.entry_hash, ChainLink.prev_hash, ChainLink.hash
        ).order_by(ChainLink.id)
    )
    for position, (kind, entry_id, stored_entry, stored_prev, stored_hash) in enumerate(rows, start=1):
        if len(found) >= limit:
            return found
        linked.add((kind, entry_id))
        if stored_prev != prev:
            found.append(Break(position, kind, entry_id, LINK_BEFORE, prev, stored_prev))
        row = entries.get(kind, {}).get(entry_id)
        if row is None:
            found.append(Break(position, kind, entry_id, ENTRY_GONE))
        else:
            actual = entry_hash(row)
            if actual != stored_entry:
                found.append(Break(position, kind, entry_id, ENTRY_CHANGED, stored_entry, actual))
        if link_hash(stored_prev, kind, entry_id, stored_entry) != stored_hash:
            found.append(Break(position, kind, entry_id, LINK_CHANGED))
        prev = stored_hash
    for kind, by_id in entries.items():
        for entry_id in sorted(set(by_id) - {i for k, i in linked if k == kind}):
            if len(found) >= limit:
                return found
            found.append(Break(0, kind, entry_id, ENTRY_ADDED))
    return found


def entry_hashes(connection: Connection) -> dict[tuple[str, int], str]:
    """The hash of every chained entry, by (kind, id): to compare with a file that had no chain yet."""
    return {
        (kind, entry_id): entry_hash(row)
        for kind in CHAINED
        for entry_id, row in _all_rows(connection, kind).items()
    }


def _all_rows(connection: Connection, kind: str, *, later: bool = True) -> dict[int, dict[str, Any]]:
    """Every entry of a kind by id; `later=False` reads only the columns the first chain knew (genesis
    runs in an older migration, before the columns added later exist; empty, they are not hashed)."""
    table = _table(kind)
    columns = [c for c in table.c if later or c.name not in ADDED_LATER]
    return {row["id"]: dict(row) for row in connection.execute(select(*columns)).mappings()}


def _ordered_entries(connection: Connection) -> Iterator[tuple[str, int, int | None]]:
    """Existing entries in the order they were most likely written: by time, then table, then id."""
    found: list[tuple[Any, int, int, str, int | None]] = []
    order = {"approval": 0, "correction": 1, "audit": 2}
    for kind, when in (("approval", "recorded_at"), ("correction", "recorded_at"), ("audit", "at")):
        table = _table(kind)
        meeting = table.c.meeting_id if "meeting_id" in table.c else None
        columns = [table.c.id, table.c[when], *([meeting] if meeting is not None else [])]
        for row in connection.execute(select(*columns)):
            found.append((row[1], order[kind], row[0], kind, row[2] if meeting is not None else None))
    for _when, _order, entry_id, kind, meeting_id in sorted(found, key=lambda r: (r[0], r[1], r[2])):
        yield kind, entry_id, meeting_id


def genesis(connection: Connection) -> int:
    """Chain the entries a file already holds, once, when it is upgraded; returns how many."""
    entries = {kind: _all_rows(connection, kind, later=False) for kind in CHAINED}
    ordered = [(k, i, m, entries[k][i]) for k, i, m in _ordered_entries(connection)]
    rows = link_rows(GENESIS, ordered)
    if rows:
        connection.execute(insert(ChainLink), rows)
    return len(rows)
