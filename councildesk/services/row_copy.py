"""Rows into an empty database, ids unchanged: what restoring an archive and moving to a server share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import Integer, Table, text, update
from sqlalchemy.orm import Session

from councildesk.db import full_text, record_chain
from councildesk.db.base import Base
from councildesk.db.engine import Database
from councildesk.domain.enums import MinutesStatus

CHUNK = 5000  # rows per INSERT: few round trips to a server, bounded memory
Row = dict[str, Any]
Batches = Iterable[tuple[Table, Iterable[list[Row]]]]  # each table (parents first) with its rows in chunks


def copy_in(
    session: Session, db: Database, batches: Batches, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Insert every table's rows, ids unchanged, within the caller's transaction; the rows per table.

    Approved meetings take their lock only once all their rows are in (a locked meeting accepts no
    new children); approvals, corrections and the record chain come in through the chain's own path,
    so the chain still holds; on PostgreSQL each id sequence moves past the ids written, and on
    SQLite the search index, derived data, is rebuilt.
    """
    meeting = Base.metadata.tables["meeting"]
    connection = session.connection()
    if db.is_sqlite:
        # Sections may come after their items, amendments after motions: check keys at commit.
        connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    approved: list[int] = []
    counts: dict[str, int] = {}
    record_chain.open_path(connection)
    for table, chunks in batches:
        rows = chunks
        if not db.is_sqlite and _refers_to_itself(table):
            rows = chunked(parents_first(table, [r for c in chunks for r in c]), CHUNK)
        n = 0
        for chunk in rows:
            if table is meeting:
                chunk = [_unlocked(row, approved) for row in chunk]
            if chunk:
                session.execute(table.insert(), chunk)
            n += len(chunk)
            if progress is not None:
                progress(table.name, n)
        counts[table.name] = n
    record_chain.close_path(connection)
    if approved:
        session.execute(
            update(meeting).where(meeting.c.id.in_(approved)).values(minutes_status=MinutesStatus.APPROVED)
        )
    if db.is_sqlite:
        if full_text.has_fts5_index(connection):
            for indexed in full_text.INDEXED:
                connection.exec_driver_sql(f"INSERT INTO {indexed.fts}({indexed.fts}) VALUES ('rebuild')")
    else:
        advance_sequences(session)
    return counts


def _unlocked(row: Row, approved: list[int]) -> Row:
    if row.get("minutes_status") in (MinutesStatus.APPROVED, MinutesStatus.APPROVED.value):
        approved.append(row["id"])
        return {**row, "minutes_status": MinutesStatus.DRAFT}
    return row


def _own_keys(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _refers_to_itself(table: Table) -> bool:
    return bool(_own_keys(table))


def parents_first(table: Table, rows: list[Row]) -> list[Row]:
    """`rows` with every row after the row of its own table it refers to (a section before its items,
    a motion before its amendments): PostgreSQL checks each key as the row goes in."""
    own = _own_keys(table)
    if not own:
        return rows
    out: list[Row] = []
    placed: set[Any] = set()
    waiting = rows
    while waiting:
        later = []
        for row in waiting:
            if all(row.get(c) is None or row[c] in placed for c in own):
                out.append(row)
                placed.add(row["id"])
            else:
                later.append(row)
        if len(later) == len(waiting):
            out += later  # a loop or a dangling key: the database names it
            break
        waiting = later
    return out


def advance_sequences(session: Session) -> None:
    """PostgreSQL: move each id sequence past the ids written, so later inserts do not collide."""
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].name != "id" or not isinstance(pk[0].type, Integer):
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"
            )
        )


def chunked(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    chunk: list[Row] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
