"""Each body's time zone (IANA name); bodies that exist take the zone of the computer that upgrades.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from councildesk.domain.time_zones import host_zone_name

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("body", sa.Column("time_zone", sa.String(64), nullable=False, server_default=""))
    # Their meetings were typed on this computer's wall clock, so that is the zone they meant.
    op.execute(sa.text("UPDATE body SET time_zone = :zone").bindparams(zone=host_zone_name()))


def downgrade() -> None:
    # DROP COLUMN in place: a rebuilt body table would lose its triggers and turn the column
    # checks of earlier revisions into table checks, which their own downgrades cannot drop past.
    with op.batch_alter_table("body", recreate="never") as batch:
        batch.drop_column("time_zone")
