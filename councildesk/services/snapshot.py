"""Exact snapshots of the rows under one record, so that undo can put them back as they were.

Undo of "delete a motion" must bring back the motion, its amendments, votes and ballots with
their original ids, positions and dispositions; re-adding them through the ordinary use cases
would give new ids and settle dispositions again. A snapshot holds the raw rows of a scope
(e.g. every speaker of an agenda item) and `put_back` replaces the scope's current rows with
them in one transaction, logging each row in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.base import Base
from councildesk.services import audit


@dataclass(frozen=True)
class TableRows:
    """The rows of one table in a scope, each as (column, value) pairs, in id order."""

    table: str
    rows: tuple[tuple[tuple[str, Any], ...], ...]


@dataclass(frozen=True)
class Snapshot:
    """The rows of a scope, parents before children (the order they are inserted back)."""

    scope: str  # e.g. "motions of agenda item 12", for the audit log and error messages
    tables: tuple[TableRows, ...]


def model_for(table: str) -> type[Base]:
    for mapper in Base.registry.mappers:
        cls: type[Base] = mapper.class_
        if getattr(cls, "__tablename__", None) == table:
            return cls
    raise ValueError(f"no model for table {table}")


def capture(s: Session, scope: str, parts: list[tuple[type[Base], Any]]) -> Snapshot:
    """Read every row matching each (model, where-clause), parents first, all columns included."""
    tables = []
    for model, where in parts:
        table = model.__table__
        result = s.execute(select(table).where(where).order_by(table.c.id))
        rows = tuple(tuple((str(k), v) for k, v in row._mapping.items()) for row in result)
        tables.append(TableRows(str(model.__tablename__), rows))
    return Snapshot(scope, tuple(tables))


def put_back(s: Session, current: Snapshot, saved: Snapshot) -> None:
    """Replace the rows in `current` (the scope as it is now) with the rows in `saved`.

    Rows are deleted children first and inserted parents first, so that foreign keys hold at
    every step; ids are kept, so references from elsewhere stay valid.
    """
    for part in reversed(current.tables):
        model = model_for(part.table)
        for row in reversed(part.rows):
            obj = s.get(model, dict(row)["id"])
            if obj is not None:  # a database cascade may already have removed it
                audit.deleted(s, obj)
    for part in saved.tables:
        model = model_for(part.table)
        for row in part.rows:
            audit.created(s, model(**dict(row)))
