"""Full-text search (FTS5 tables and triggers on SQLite, GIN indexes on PostgreSQL) and voting-record indexes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 03:55:00
"""

from __future__ import annotations

from alembic import op

from councildesk.db import full_text

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    full_text.install(op.get_bind())
    # Tallies per vote (who was on the majority side) and agreement pairs read ballots by vote.
    op.create_index("ix_ballot_vote_option", "ballot", ["vote_id", "option"])
    # A member's record reads every one of their ballots' votes and options: keep that in the index.
    op.create_index("ix_ballot_person_vote_option", "ballot", ["person_id", "vote_id", "option"])
    # A member's attendance history walks attendance by person and meeting.
    op.create_index("ix_attendance_person_meeting", "attendance", ["person_id", "meeting_id", "status"])
    op.create_index("ix_meeting_start", "meeting", ["scheduled_start"])


def downgrade() -> None:
    op.drop_index("ix_meeting_start", table_name="meeting")
    op.drop_index("ix_attendance_person_meeting", table_name="attendance")
    op.drop_index("ix_ballot_person_vote_option", table_name="ballot")
    op.drop_index("ix_ballot_vote_option", table_name="ballot")
    full_text.uninstall(op.get_bind())
