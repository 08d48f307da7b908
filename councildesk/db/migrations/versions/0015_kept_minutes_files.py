"""The files of approved minutes, drawn once at approval and kept for publishing.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 13:00:00

Minutes approved before this revision have no kept files: publishing draws them as before, and
`councildesk keep-minutes-files` keeps them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kept_minutes_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("made_from", sa.String(length=64), nullable=False),
        sa.Column("files_sha256", sa.String(length=64), nullable=False),
        sa.Column("agenda_pdf", sa.LargeBinary(), nullable=False),
        sa.Column("minutes_html", sa.Text(), nullable=False),
        sa.Column("minutes_pdf", sa.LargeBinary(), nullable=False),
        sa.Column("kept_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_kept_minutes_files_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kept_minutes_files")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_kept_minutes_files_meeting_id")),
    )


def downgrade() -> None:
    op.drop_table("kept_minutes_files")
