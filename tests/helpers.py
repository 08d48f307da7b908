"""Test helpers shared across the suite: a full dump of every table, to prove nothing changed."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import inspect, text

from councildesk.db.engine import Database
from councildesk.domain.errors import UserError

# Bookkeeping about changes rather than records: the audit log and the hash chain that links its
# entries both grow with every change, undo and redo included, so undo tests leave them out.
CHANGE_LOG_TABLES = ("audit_log", "record_chain")


def table_dump(db: Database, without: frozenset[str] = frozenset()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (alembic_version and FTS shadow tables included), in id order;
    the columns named in `without` are left out."""
    with db.engine.connect() as conn:
        names = sorted(inspect(conn).get_table_names())
        dump: dict[str, list[tuple[Any, ...]]] = {}
        for name in names:
            columns = "*"
            if without:
                kept = [c["name"] for c in inspect(conn).get_columns(name) if c["name"] not in without]
                columns = ", ".join(f'"{c}"' for c in kept)
            rows = conn.execute(text(f'SELECT {columns} FROM "{name}"')).fetchall()
            dump[name] = sorted((tuple(r) for r in rows), key=repr)
        return dump


def refused(db: Database, call: Callable[[], Any], message: str, error: type[UserError] = UserError) -> None:
    """`call` raises `error` with exactly `message` and changes nothing at all."""
    before = table_dump(db)
    with pytest.raises(error, match=f"^{re.escape(message)}$"):
        call()
    assert table_dump(db) == before
