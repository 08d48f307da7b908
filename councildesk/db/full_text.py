"""Full-text index DDL: SQLite FTS5 external-content tables with triggers, PostgreSQL GIN indexes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection


@dataclass(frozen=True)
class IndexedTable:
    """One source table and the text columns the search covers."""

    table: str
    columns: tuple[str, ...]

    @property
    def fts(self) -> str:
        return f"{self.table}_fts"


INDEXED: tuple[IndexedTable, ...] = (
    IndexedTable("agenda_item", ("title", "body", "discussion", "action_text")),
    IndexedTable("matter", ("identifier", "title", "full_text")),
    IndexedTable("motion", ("text",)),
    IndexedTable("speaker", ("name", "affiliation", "residence", "summary")),
)
BY_TABLE = {t.table: t for t in INDEXED}
PG_CONFIG = "english"


def fts5_available(connection: Connection) -> bool:
    """Whether this SQLite build has FTS5 (some system builds leave it out)."""
    try:
        connection.exec_driver_sql("CREATE VIRTUAL TABLE temp.councildesk_fts5_probe USING fts5(x)")
    except Exception:  # noqa: BLE001 - any failure means "no FTS5"
        return False
    connection.exec_driver_sql("DROP TABLE temp.councildesk_fts5_probe")
    return True


def sqlite_statements() -> list[str]:
    """External-content FTS5 tables and the insert/update/delete triggers that keep them right."""
    stmts: list[str] = []
    for t in INDEXED:
        cols = ", ".join(t.columns)
        new = ", ".join(f"new.{c}" for c in t.columns)
        old = ", ".join(f"old.{c}" for c in t.columns)
        stmts.append(
            f"CREATE VIRTUAL TABLE {t.fts} USING fts5({cols}, content='{t.table}', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        insert = f"INSERT INTO {t.fts}(rowid, {cols}) VALUES (new.id, {new});"
        # External content: a removal must be told the old values so their tokens can be dropped.
        delete = f"INSERT INTO {t.fts}({t.fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
        stmts.append(f"CREATE TRIGGER {t.fts}_ai AFTER INSERT ON {t.table} BEGIN {insert} END")
        stmts.append(f"CREATE TRIGGER {t.fts}_ad AFTER DELETE ON {t.table} BEGIN {delete} END")
        stmts.append(
            f"CREATE TRIGGER {t.fts}_au AFTER UPDATE OF {cols} ON {t.table} BEGIN {delete} {insert} END"
        )
        stmts.append(f"INSERT INTO {t.fts}({t.fts}) VALUES ('rebuild')")
    return stmts


def sqlite_drop_statements() -> list[str]:
    stmts: list[str] = []
    for t in INDEXED:
        for suffix in ("ai", "ad", "au"):
            stmts.append(f"DROP TRIGGER IF EXISTS {t.fts}_{suffix}")
        stmts.append(f"DROP TABLE IF EXISTS {t.fts}")
    return stmts


def pg_document(t: IndexedTable, alias: str = "") -> str:
    """The tsvector expression for a table; the GIN index and the queries must spell it identically."""
    prefix = f"{alias}." if alias else ""
    parts = " || ' ' || ".join(f"coalesce({prefix}{c}, '')" for c in t.columns)
    return f"to_tsvector('{PG_CONFIG}'::regconfig, {parts})"


def postgresql_statements() -> list[str]:
    return [f"CREATE INDEX ix_{t.table}_tsv ON {t.table} USING gin (({pg_document(t)}))" for t in INDEXED]


def postgresql_drop_statements() -> list[str]:
    return [f"DROP INDEX IF EXISTS ix_{t.table}_tsv" for t in INDEXED]


def install(connection: Connection) -> None:
    """Create the index for the connection's dialect; on SQLite without FTS5, create nothing."""
    if connection.dialect.name == "sqlite":
        if not fts5_available(connection):
            return
        statements = sqlite_statements()
    elif connection.dialect.name == "postgresql":
        statements = postgresql_statements()
    else:
        return
    for statement in statements:
        connection.exec_driver_sql(statement)


def uninstall(connection: Connection) -> None:
    statements = (
        sqlite_drop_statements() if connection.dialect.name == "sqlite" else postgresql_drop_statements()
    )
    for statement in statements:
        connection.exec_driver_sql(statement)


def has_fts5_index(connection: Connection) -> bool:
    """True when the FTS5 tables exist in this SQLite file (detected at run time)."""
    if connection.dialect.name != "sqlite":
        return False
    found = connection.execute(
        text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'agenda_item_fts'")
    ).scalar_one()
    return bool(found)
