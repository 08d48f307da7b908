"""Alembic environment: runs on the connection CouncilDesk hands it (batch mode for SQLite)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import councildesk.db.models  # noqa: F401  (registers every table on Base.metadata)
from councildesk.db.base import Base

config = context.config
connection = config.attributes.get("connection")


def run(conn: object) -> None:
    context.configure(
        connection=conn,  # type: ignore[arg-type]
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:  # developer use: `alembic -x url=sqlite:///x.db revision --autogenerate`
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.db")
    with create_engine(url).begin() as conn:
        run(conn)
