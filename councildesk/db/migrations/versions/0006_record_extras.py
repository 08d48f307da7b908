"""Per-record extras of imported files; parties, groups and executives as kinds of organization.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 14:00:00
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KINDS_BEFORE = ("council", "committee", "board", "commission")
KINDS = (*KINDS_BEFORE, "executive", "party", "group")
CHECK = ("body", "classification", "ck_body_body_classification")


def _checks() -> ModuleType:
    """Revision 0004's way of widening a CHECK in place (its reasons hold here: triggers stay)."""
    path = Path(__file__).with_name("0004_roles_kinds_numbering.py")
    spec = importlib.util.spec_from_file_location("councildesk_migration_0004", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _set_check(values: tuple[str, ...]) -> None:
    bind = op.get_bind()
    table, column, name = CHECK
    helper = _checks()
    if bind.dialect.name == "sqlite":
        helper._sqlite_set_check(bind, table, column, name, values)
    else:
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
        op.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} CHECK ({helper._in_list(column, values)})")


def upgrade() -> None:
    _set_check(KINDS)
    op.create_table(
        "record_extra",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=40), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_record_extra"),
        sa.UniqueConstraint("entity", "entity_id", "format", name="uq_record_extra_entity_format"),
    )


def downgrade() -> None:
    op.drop_table("record_extra")
    op.execute(
        "UPDATE body SET classification = 'board' WHERE classification IN ('executive', 'party', 'group')"
    )
    _set_check(KINDS_BEFORE)
