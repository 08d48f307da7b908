"""The fingerprint format of each approval of minutes (approvals made before are format 1).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 21:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN with a constant default: no table rebuild, so the append-only triggers
    # on minutes_approval stay in place and no approved row is rewritten.
    op.add_column(
        "minutes_approval",
        sa.Column("snapshot_format", sa.Integer(), nullable=False, server_default="1"),
    )


def downgrade() -> None:
    op.drop_column("minutes_approval", "snapshot_format")
