"""The speaking limit that applied to each timed speaker, kept with the meeting.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 22:00:00

The minutes say "the chair limited comment to three minutes" from this column, not from the body's
limit as it stands today, so that changing the body's limit never changes minutes already written
or approved. Speakers recorded before it hold no limit (the minutes then state none, as before).
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on both backends (a rebuilt speaker table would lose its approval triggers).
    op.execute("ALTER TABLE speaker ADD COLUMN limit_seconds INTEGER")


def downgrade() -> None:
    with op.batch_alter_table("speaker", recreate="never") as batch:
        batch.drop_column("limit_seconds")
