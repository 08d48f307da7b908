"""Bulk creation of imported rows: one executemany per table batch, with the audit entries and
record-chain links a row-by-row create would have written, in the same order and with the same content.

An import of ten years is about 75,000 rows; flushing the ORM and appending to the chain once per
row cost most of its time. Here a batch of one table's new rows is inserted with Core (ids come
back in order through RETURNING; on SQLite they are given, as SQLite would give them), their
audit entries are inserted the same way, and the chain
links are computed in Python from the head and inserted in one statement.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from councildesk.db import record_chain
from councildesk.db.base import Base, jsonable, now
from councildesk.db.file_lock import os_user
from councildesk.db.models import AuditLog
from councildesk.db.row_version import ROW_VERSION
from councildesk.db.server_role import audit_columns
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services import import_run

BATCH_ROWS = 1000  # rows per batch: Cancel is heard between batches, memory stays small


@dataclass
class PendingRow:
    values: dict[str, Any]
    where: str
    done: Callable[[int], None]  # told the new row's id once it is stored


class BulkRows:
    """Rows of one table waiting to be created; `flush` stores them and calls each row's `done`."""

    def __init__(self, session: Session, reason: Callable[[IntegrityError], str]) -> None:
        self.s = session
        self.reason = reason
        self.cls: type[Base] | None = None
        self.rows: list[PendingRow] = []

    def add(self, cls: type[Base], values: dict[str, Any], where: str, done: Callable[[int], None]) -> None:
        assert cls.__tablename__ not in record_chain.KIND_OF, "chained rows are made by their services"
        if self.cls is not cls:
            self.flush()
            self.cls = cls
        self.rows.append(PendingRow(values, where, done))
        if len(self.rows) >= BATCH_ROWS:
            self.flush()

    def pending(self, cls: type[Base]) -> bool:
        return bool(self.rows) and self.cls is cls

    def flush(self) -> None:
        rows, cls = self.rows, self.cls
        self.rows = []
        if not rows or cls is None:
            return
        run = import_run.active()
        if run is not None:  # as audit.record does for every row: Cancel and progress are heard
            for _row in rows:
                run.wrote_row()
        self.s.flush()  # anything the ORM holds goes first, as it would have before each row
        table: Table = cls.__table__  # type: ignore[assignment]
        stored = self._insert(table, rows)
        self._audit(cls, table, rows, stored)
        for row, values in zip(rows, stored, strict=True):
            row.done(int(values["id"]))

    def _insert(self, table: Table, rows: list[PendingRow]) -> list[dict[str, Any]]:
        """Insert in order, one statement per run of rows giving the same columns; return the stored rows."""
        stored: list[dict[str, Any]] = []
        try:
            with self.s.begin_nested():
                start = 0
                while start < len(rows):
                    keys = rows[start].values.keys()
                    end = start + 1
                    while end < len(rows) and rows[end].values.keys() == keys:
                        end += 1
                    stored += self._insert_run(table, [r.values for r in rows[start:end]])
                    start = end
        except IntegrityError:
            self._refuse(table, rows)
            raise
        return stored

    def _insert_run(self, table: Table, values: list[dict[str, Any]]) -> list[dict[str, Any]]:
        connection = self.s.connection()
        if connection.dialect.name == "sqlite" and "id" not in values[0]:
            # SQLite cannot tie RETURNING to the order of the rows, so SQLAlchemy would send one
            # INSERT a row. In the write transaction the ids SQLite would give are known (the next
            # after the largest, row after row): they are given here, and a batch is a few statements.
            first = (connection.execute(select(func.max(table.c.id))).scalar() or 0) + 1
            numbered = [{**row, "id": first + n} for n, row in enumerate(values)]
            by_id = {
                row.id: dict(row._mapping)
                for row in connection.execute(insert(table).returning(*table.c), numbered)
            }
            return [by_id[first + n] for n in range(len(values))]
        statement = insert(table).returning(*table.c, sort_by_parameter_order=True)
        result = connection.execute(statement, values)
        return [dict(row._mapping) for row in result]

    def _refuse(self, table: Table, rows: list[PendingRow]) -> None:
        """Name the row the database refused, in the sentence a one-row create gives."""
        for row in rows:
            try:
                with self.s.begin_nested():
                    self._insert_run(table, [row.values])
            except IntegrityError as error:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "{where}: cannot be stored ({reason})."),
                    where=row.where,
                    reason=self.reason(error),
                ) from None

    def _audit(
        self, cls: type[Base], table: Table, rows: list[PendingRow], stored: list[dict[str, Any]]
    ) -> None:
        # The attributes a freshly flushed ORM object has loaded (what audit.row_values logs): those
        # given, those with a Python-side default, and the primary key; server-filled ones are not.
        attrs = [(attr.key, attr.columns[0]) for attr in cls.__mapper__.column_attrs]
        at, user = now(), os_user()
        who = audit_columns(self.s.info.get("server_role"))
        entries = []
        for row, values in zip(rows, stored, strict=True):
            after = {
                key: jsonable(row.values[key] if key in row.values else values[column.name])
                for key, column in attrs
                if (key in row.values or column.default is not None or column.primary_key)
                and key != ROW_VERSION  # as audit.row_values leaves it out
            }
            entries.append(
                {
                    "at": at,
                    "os_user": user,
                    "action": "create",
                    "entity": table.name,
                    "entity_id": values["id"],
                    "before": None,
                    "after": json.dumps(after, ensure_ascii=False, sort_keys=True),
                    **who,
                }
            )
        log: Table = AuditLog.__table__  # type: ignore[assignment]
        written = self._insert_run(log, entries)
        record_chain.append_many(self.s, [("audit", entry["id"], None, entry) for entry in written])
