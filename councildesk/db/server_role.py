"""Who a connection is on a PostgreSQL server: its role, the person mapped to it, whether it may write."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

# The table every editing action writes: a role without UPDATE on it only reads (db/office_roles.py).
PROBE_TABLE = "public.agenda_item"


@dataclass(frozen=True)
class ServerRole:
    role: str  # the signed-in role (session_user), which the audit log records
    person: str | None  # the person the role is mapped to (db_role_person), if any
    may_write: bool
    person_id: int | None = None


def detect_server_role(engine: Engine) -> ServerRole:
    """Ask the server once, at connect; a database still empty counts as writable (it is being set up)."""
    with engine.connect() as conn:
        role, may_write, mapped = conn.execute(
            text(
                "SELECT session_user::text, "
                "CASE WHEN to_regclass(:probe) IS NULL THEN true "
                "ELSE has_table_privilege(:probe, 'UPDATE') END, "
                "to_regclass('public.db_role_person') IS NOT NULL"
            ),
            {"probe": PROBE_TABLE},
        ).one()
        found = None
        if mapped:
            found = conn.execute(
                text(
                    "SELECT p.id, p.display_name FROM db_role_person m JOIN person p ON p.id = m.person_id "
                    "WHERE m.role_name = session_user::text"
                )
            ).first()
        conn.rollback()
    if found is None:
        return ServerRole(str(role), None, bool(may_write))
    return ServerRole(str(role), str(found[1]), bool(may_write), int(found[0]))


def audit_columns(role: ServerRole | None) -> dict[str, object]:
    """Who made an audit entry: nothing on a file (it has no roles), the role and person on a server."""
    if role is None:
        return {}
    return {"db_role": role.role, "db_person_id": role.person_id}
