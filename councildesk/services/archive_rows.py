"""Every table's rows, out of the database and back in with ids unchanged (the archive's content)."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, LargeBinary, Table, func, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from councildesk.db import migrate
from councildesk.db.base import Base
from councildesk.db.engine import Database
from councildesk.domain.errors import SchemaTooNewError, UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services.row_copy import copy_in

Rows = dict[str, list[dict[str, Any]]]


def table_names() -> list[str]:
    """Every table, parents before children (the order an archive lists and loads them)."""
    return [t.name for t in Base.metadata.sorted_tables]


def check_schema(schema: object, name: str) -> None:
    """Refuse an archive of a schema this version cannot load, in one sentence naming the file."""
    if schema not in migrate.known_revisions():
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "services",
                "{name} was written by a newer CouncilDesk (schema {schema}); install that "
                "version to restore it.",
            ),
            name=name,
            schema=schema,
        )
    if schema != migrate.head_revision():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services",
                "{name} holds schema {schema}; restore it with the CouncilDesk version that "
                "wrote it, then archive again.",
            ),
            name=name,
            schema=schema,
        )


def dump(session: Session, write: Callable[[str, Iterator[Mapping[Any, Any]]], None]) -> str:
    """Hand each table's rows (by primary key) to `write` within the caller's read; returns the schema."""
    schema = session.connection().exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        rows: Iterator[Mapping[Any, Any]] = iter(session.execute(select(table).order_by(*pk)).mappings())
        write(table.name, rows)
    return str(schema)


def _decode(table: Table, row: dict[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in table.columns:
        if col.name not in row:
            raise UserError(
                QT_TRANSLATE_NOOP("services", "{where}: the field '{col_name}' is missing."),
                where=where,
                col_name=col.name,
            )
        value = row[col.name]
        try:
            if value is None:
                out[col.name] = None
            elif isinstance(col.type, LargeBinary):
                out[col.name] = base64.b64decode(value, validate=True)
            elif isinstance(col.type, DateTime):
                out[col.name] = datetime.fromisoformat(value)
            elif isinstance(col.type, Date):
                out[col.name] = date.fromisoformat(value)
            elif isinstance(col.type, SAEnum) and col.type.enum_class is not None:
                out[col.name] = col.type.enum_class(value)
            elif isinstance(col.type, Boolean):
                out[col.name] = bool(value)
            else:
                out[col.name] = value
        except (ValueError, TypeError):
            raise UserError(
                QT_TRANSLATE_NOOP("services", "{where}, field '{col_name}': {value!r} is not valid."),
                where=where,
                col_name=col.name,
                value=value,
            ) from None
    return out


def load(session: Session, db: Database, rows: Rows, name: str) -> dict[str, int]:
    """Insert archived rows, ids unchanged, into an empty database, within the caller's transaction."""
    _require_empty(session, db)

    def decoded(table: Table) -> Iterator[list[dict[str, Any]]]:
        yield [
            _decode(table, row, f"{name}, tables/{table.name}.jsonl, line {n}")
            for n, row in enumerate(rows[table.name], start=1)
        ]

    copy_in(session, db, ((table, decoded(table)) for table in Base.metadata.sorted_tables))
    return {table: len(r) for table, r in rows.items()}


def _require_empty(session: Session, db: Database) -> None:
    for table in Base.metadata.sorted_tables:
        if session.execute(select(func.count()).select_from(table)).scalar():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services",
                    "An archive restores only into an empty database; {url} already holds "
                    "{table_name} records.",
                ),
                url=db.url,
                table_name=table.name,
            )
