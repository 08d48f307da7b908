"""Each body's minutes language: en, es, fr, or two of them printed one after the other.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 01:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

LANGUAGES = ("en", "es", "fr", "en+es", "es+en", "en+fr", "fr+en")


def upgrade() -> None:
    # As 0008 did: ADD COLUMN with a constant default, the same on SQLite and PostgreSQL, no rebuild
    # (a rebuilt body table would lose its triggers). English is what every body printed before.
    allowed = ", ".join(repr(v) for v in LANGUAGES)
    op.execute(
        "ALTER TABLE body ADD COLUMN minutes_language VARCHAR(5) DEFAULT 'en' NOT NULL "
        f"CONSTRAINT ck_body_minutes_language CHECK (minutes_language IN ({allowed}))"
    )


def downgrade() -> None:
    with op.batch_alter_table("body", recreate="never") as batch:
        batch.drop_column("minutes_language")
