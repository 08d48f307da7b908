"""Per-record extras of imported files; parties, groups and executives as kinds of organization.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from councildesk.db.check_values import set_check

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KINDS_BEFORE = ("council", "committee", "board", "commission")
KINDS = (*KINDS_BEFORE, "executive", "party", "group")
CHECK = ("body", "classification", "ck_body_body_classification")


def _set_check(values: tuple[str, ...]) -> None:
    # Widened in place, as revision 0004 does it (its reasons hold here: the triggers stay).
    set_check(op.get_bind(), *CHECK, values)


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
