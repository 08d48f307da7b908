"""A version counter on every editable row (db/row_version.py): existing rows start at version 1.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 01:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Every table a clerk edits; approvals, corrections, the audit log and the record chain are
# append-only and need no version.
TABLES = (
    "body",
    "person",
    "post",
    "membership",
    "meeting",
    "attendance",
    "matter",
    "sponsorship",
    "agenda_item",
    "speaker",
    "motion",
    "vote",
    "ballot",
    "document",
)


def upgrade() -> None:
    # ADD COLUMN with a constant default: the same statement on SQLite and PostgreSQL, no table
    # rebuild (a rebuilt table would lose its approval-lock triggers).
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN row_version INTEGER DEFAULT 1 NOT NULL")


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("row_version")
