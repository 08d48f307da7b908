"""The chamber: speaking limits, a speaker's sign-up and yield, a meeting's video, the chair's phrases.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 20:00:00

Speakers already recorded signed up at the meeting (walk-up) and yielded to no one, which is what
the minutes said of them before. A meeting's video has a table of its own, outside the approval
lock: the recording is usually posted after the minutes are approved.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

KINDS = ("public_comment", "member", "staff", "presenter")


def upgrade() -> None:
    op.create_table(
        "speaking_limit",
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(*KINDS, name="speaker_kind", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("seconds > 0", name=op.f("ck_speaking_limit_positive_limit")),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_speaking_limit_body_id_body"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("body_id", "kind", name=op.f("pk_speaking_limit")),
    )
    op.create_table(
        "meeting_video",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("offset_seconds", sa.Integer(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("offset_seconds >= 0", name=op.f("ck_meeting_video_offset_not_negative")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_video_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_meeting_video")),
    )
    op.create_table(
        "chair_phrase",
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_chair_phrase_body_id_body"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("body_id", "key", name=op.f("pk_chair_phrase")),
    )
    # Plain ADD COLUMN on both backends (a rebuilt speaker table would lose its approval triggers).
    op.execute(
        "ALTER TABLE speaker ADD COLUMN sign_up VARCHAR(7) DEFAULT 'walk_up' NOT NULL "
        "CONSTRAINT ck_speaker_sign_up CHECK (sign_up IN ('walk_up', 'card'))"
    )
    op.execute(
        "ALTER TABLE speaker ADD COLUMN yielded_to_id INTEGER "
        "CONSTRAINT fk_speaker_yielded_to_id_speaker REFERENCES speaker (id) ON DELETE SET NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("speaker", recreate="never") as batch:
        batch.drop_column("yielded_to_id")
        batch.drop_column("sign_up")
    op.drop_table("chair_phrase")
    op.drop_table("meeting_video")
    op.drop_table("speaking_limit")
