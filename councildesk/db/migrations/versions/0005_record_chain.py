"""The record chain: approvals, corrections and audit entries linked by hash, and the insert guard.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 12:00:00

Upgrading chains the entries the file already holds, once, in the order they were written
(by their recorded time, then approvals before corrections before audit entries, then id):
those links are the chain's genesis. They vouch for the rows as they were at the upgrade, not
before it; an anchor taken earlier (a printed fingerprint, a backup) is what covers that time.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from councildesk.db import chain_guard, record_chain

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_chain",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_chain")),
    )
    connection = op.get_bind()
    record_chain.genesis(connection)
    chain_guard.install(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        for table in chain_guard.GUARDED:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_guarded_insert ON {table}")
        op.execute("DROP TRIGGER IF EXISTS trg_record_chain_append_only ON record_chain")
        op.execute("DROP FUNCTION IF EXISTS trg_guarded_insert()")
    else:
        op.execute(f"DROP TABLE IF EXISTS {record_chain.GUARD_TABLE}")
        for table in chain_guard.GUARDED:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_guarded_insert")
    op.drop_table("record_chain")
