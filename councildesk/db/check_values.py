"""Change the values a CHECK constraint allows in a column, in place, on SQLite and PostgreSQL."""

from __future__ import annotations

import re

from sqlalchemy.engine import Connection


def in_list(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _sqlite_set_check(bind: Connection, table: str, column: str, name: str, values: tuple[str, ...]) -> None:
    """Rewrite one CHECK in the stored CREATE TABLE, as SQLite documents for schema changes that
    leave the stored rows as they are. Rebuilding the table instead would drop its lock and search
    triggers and, with foreign keys on, cascade-delete every row that refers to it."""
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)
    ).scalar()
    pattern = re.compile(rf"(CONSTRAINT {name} CHECK \(){column} IN \([^)]*\)(\))")
    if sql is None or len(pattern.findall(sql)) != 1:
        raise RuntimeError(f"the {table} table does not hold the check {name} this upgrade expects")
    new_sql = pattern.sub(lambda m: m.group(1) + in_list(column, values) + m.group(2), sql)
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
    assert isinstance(version, int)
    bind.exec_driver_sql("PRAGMA writable_schema=ON")
    try:
        bind.exec_driver_sql("UPDATE sqlite_master SET sql=? WHERE type='table' AND name=?", (new_sql, table))
        bind.exec_driver_sql(f"PRAGMA schema_version={version + 1}")
    finally:
        bind.exec_driver_sql("PRAGMA writable_schema=OFF")


def set_check(bind: Connection, table: str, column: str, name: str, values: tuple[str, ...]) -> None:
    """Make the CHECK `name` on `table` allow exactly `values` in `column`."""
    if bind.dialect.name == "sqlite":
        _sqlite_set_check(bind, table, column, name, values)
    else:
        bind.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
        bind.exec_driver_sql(f"ALTER TABLE {table} ADD CONSTRAINT {name} CHECK ({in_list(column, values)})")
