"""Test helpers shared across the suite: a full dump of every table, to prove nothing changed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, text

from councildesk.db.engine import Database


def table_dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (alembic_version and FTS shadow tables included), in id order."""
    with db.engine.connect() as conn:
        names = sorted(inspect(conn).get_table_names())
        dump: dict[str, list[tuple[Any, ...]]] = {}
        for name in names:
            rows = conn.execute(text(f'SELECT * FROM "{name}"')).fetchall()
            dump[name] = sorted((tuple(r) for r in rows), key=repr)
        return dump
