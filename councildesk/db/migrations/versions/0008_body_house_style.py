"""Each body's house style for its minutes: clock, date form, vote sentence, roll-call tables always.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 16:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# (column, values, default); the defaults are what the minutes printed before a body could choose.
STYLES = (
    ("clock_style", ("12h", "24h"), "12h"),
    ("date_style", ("day_month_year", "month_day_year"), "day_month_year"),
    ("vote_sentence_style", ("counts", "names"), "counts"),
)


def upgrade() -> None:
    # ADD COLUMN with a constant default: the same statement on SQLite and PostgreSQL, no rebuild
    # (a rebuilt body table would lose its triggers).
    for column, values, default in STYLES:
        allowed = ", ".join(repr(v) for v in values)
        width = max(len(v) for v in values)
        op.execute(
            f"ALTER TABLE body ADD COLUMN {column} VARCHAR({width}) DEFAULT '{default}' NOT NULL "
            f"CONSTRAINT ck_body_{column} CHECK ({column} IN ({allowed}))"
        )
    op.execute("ALTER TABLE body ADD COLUMN vote_tables_always BOOLEAN DEFAULT false NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("body", recreate="never") as batch:
        batch.drop_column("vote_tables_always")
        for column, _values, _default in reversed(STYLES):
            batch.drop_column(column)
