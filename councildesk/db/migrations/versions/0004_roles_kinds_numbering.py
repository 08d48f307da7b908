"""More membership roles and agenda item kinds; each body's numbering style and agenda template.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

import re

from alembic import op
from sqlalchemy.engine import Connection

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ROLES_BEFORE = ("member", "president", "vice_president", "clerk")
ROLES = (*ROLES_BEFORE, "chair", "vice_chair", "mayor", "deputy_mayor", "secretary")
KINDS_BEFORE = (
    "section",
    "resolution",
    "ordinance",
    "order",
    "communication",
    "presentation",
    "public_comment",
    "approval_of_minutes",
    "report",
    "other",
)
KINDS = (*KINDS_BEFORE, "consent", "contract", "hearing", "proclamation", "closed_session")
STYLES = ("decimal", "outline", "letters")
# (table, column, constraint name) of each CHECK that lists the values it allows.
CHECKS = {
    ("membership", "role", "ck_membership_membership_role"): (ROLES_BEFORE, ROLES),
    ("agenda_item", "kind", "ck_agenda_item_agenda_item_kind"): (KINDS_BEFORE, KINDS),
}


def _in_list(column: str, values: tuple[str, ...]) -> str:
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
    new_sql = pattern.sub(lambda m: m.group(1) + _in_list(column, values) + m.group(2), sql)
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
    assert isinstance(version, int)
    bind.exec_driver_sql("PRAGMA writable_schema=ON")
    try:
        bind.exec_driver_sql("UPDATE sqlite_master SET sql=? WHERE type='table' AND name=?", (new_sql, table))
        bind.exec_driver_sql(f"PRAGMA schema_version={version + 1}")
    finally:
        bind.exec_driver_sql("PRAGMA writable_schema=OFF")


def _set_checks(which: int) -> None:
    bind = op.get_bind()
    for (table, column, name), versions in CHECKS.items():
        values = versions[which]
        if bind.dialect.name == "sqlite":
            _sqlite_set_check(bind, table, column, name, values)
        else:
            op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
            op.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} CHECK ({_in_list(column, values)})")


def upgrade() -> None:
    _set_checks(1)
    # ADD COLUMN with a constant default: the same statement on SQLite and PostgreSQL, no rebuild.
    op.execute(
        "ALTER TABLE body ADD COLUMN numbering_style VARCHAR(7) DEFAULT 'decimal' NOT NULL "
        f"CONSTRAINT ck_body_numbering_style CHECK ({_in_list('numbering_style', STYLES)})"
    )
    op.execute("ALTER TABLE body ADD COLUMN agenda_template TEXT DEFAULT '' NOT NULL")


def downgrade() -> None:
    op.execute(f"UPDATE membership SET role = 'member' WHERE NOT ({_in_list('role', ROLES_BEFORE)})")
    op.execute(f"UPDATE agenda_item SET kind = 'other' WHERE NOT ({_in_list('kind', KINDS_BEFORE)})")
    _set_checks(0)
    with op.batch_alter_table("body", recreate="never") as batch:
        batch.drop_column("agenda_template")
        batch.drop_column("numbering_style")
