"""Who did it on a shared server: the audit log's database role and person, and logins mapped to people.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 18:00:00

On PostgreSQL a trigger fills the two audit columns from the signed-in role (db/office_roles.py),
and the approval insert guard also admits members of the clerk group. On SQLite there are no
roles: both columns stay empty and the operating-system user remains the only name.
Existing audit entries keep their chain hashes: an empty new column is left out of the hash.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from councildesk.db import chain_guard, office_roles

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        office_roles.MAP_TABLE,
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_db_role_person_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("role_name", name=op.f("pk_db_role_person")),
    )
    # Plain ADD COLUMN on both backends (a rebuilt audit_log would lose its append-only triggers).
    op.execute("ALTER TABLE audit_log ADD COLUMN db_role VARCHAR(63)")
    op.execute("ALTER TABLE audit_log ADD COLUMN db_person_id INTEGER")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(office_roles.WHO_FUNCTION)
        op.execute(office_roles.WHO_TRIGGER)
        op.execute(chain_guard.postgresql_statements()[0])  # the guard function, admitting clerks


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_audit_log_who ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS trg_audit_log_who()")
    with op.batch_alter_table("audit_log", recreate="never") as batch:
        batch.drop_column("db_person_id")
        batch.drop_column("db_role")
    op.drop_table(office_roles.MAP_TABLE)
