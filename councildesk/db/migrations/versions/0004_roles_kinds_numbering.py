"""More membership roles and agenda item kinds; each body's numbering style and agenda template.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

from alembic import op

from councildesk.db.check_values import in_list, set_check

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ROLES_BEFORE = ("member", "president", "vice_president", "clerk")
ROLES = (*ROLES_BEFORE, "chair", "vice_chair", "mayor", "deputy_mayor", "secretary")
KINDS_BEFORE = (
    "section",
    "resolution",
    "ordinance",
    "order",
    "communication",
    "presentation",
    "public_comment",
    "approval_of_minutes",
    "report",
    "other",
)
KINDS = (*KINDS_BEFORE, "consent", "contract", "hearing", "proclamation", "closed_session")
STYLES = ("decimal", "outline", "letters")
# (table, column, constraint name) of each CHECK that lists the values it allows.
CHECKS = {
    ("membership", "role", "ck_membership_membership_role"): (ROLES_BEFORE, ROLES),
    ("agenda_item", "kind", "ck_agenda_item_agenda_item_kind"): (KINDS_BEFORE, KINDS),
}


def _set_checks(which: int) -> None:
    bind = op.get_bind()
    for (table, column, name), versions in CHECKS.items():
        set_check(bind, table, column, name, versions[which])


def upgrade() -> None:
    _set_checks(1)
    # ADD COLUMN with a constant default: the same statement on SQLite and PostgreSQL, no rebuild.
    op.execute(
        "ALTER TABLE body ADD COLUMN numbering_style VARCHAR(7) DEFAULT 'decimal' NOT NULL "
        f"CONSTRAINT ck_body_numbering_style CHECK ({in_list('numbering_style', STYLES)})"
    )
    op.execute("ALTER TABLE body ADD COLUMN agenda_template TEXT DEFAULT '' NOT NULL")


def downgrade() -> None:
    op.execute(f"UPDATE membership SET role = 'member' WHERE NOT ({in_list('role', ROLES_BEFORE)})")
    op.execute(f"UPDATE agenda_item SET kind = 'other' WHERE NOT ({in_list('kind', KINDS_BEFORE)})")
    _set_checks(0)
    with op.batch_alter_table("body", recreate="never") as batch:
        batch.drop_column("agenda_template")
        batch.drop_column("numbering_style")
