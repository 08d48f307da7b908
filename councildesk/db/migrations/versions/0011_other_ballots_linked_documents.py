"""A ballot option 'other' (a value imported with no meaning here) and documents that are a link.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 02:00:00
"""

from __future__ import annotations

from alembic import op

from councildesk.db.check_values import set_check

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

OPTIONS_BEFORE = ("yes", "no", "abstain", "absent", "excused", "recused", "present")
OPTIONS = (*OPTIONS_BEFORE, "other")
CHECK = ("ballot", "option", "ck_ballot_ballot_option")


def upgrade() -> None:
    set_check(op.get_bind(), *CHECK, OPTIONS)
    # ADD COLUMN with a constant default: the same statement on SQLite and PostgreSQL, no rebuild
    # (a rebuilt document table would lose its approval-lock triggers).
    op.execute("ALTER TABLE document ADD COLUMN url VARCHAR(2000) DEFAULT '' NOT NULL")


def downgrade() -> None:
    # An 'other' ballot keeps its words in its note; before this revision it was an absence.
    op.execute("UPDATE ballot SET option = 'absent' WHERE option = 'other'")
    set_check(op.get_bind(), *CHECK, OPTIONS_BEFORE)
    with op.batch_alter_table("document", recreate="never") as batch:
        batch.drop_column("url")
