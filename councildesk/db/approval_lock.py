"""Database triggers that refuse any change to a meeting whose minutes are approved.

The services refuse such changes first, with a friendly message; these triggers are the
second wall, so that no code path — not even plain SQL in another tool — can alter an
approved record. Approvals, corrections and the audit log are append-only.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

LOCKED_MESSAGE = "CouncilDesk: the minutes of this meeting are approved and locked"
APPEND_ONLY_MESSAGE = "CouncilDesk: this record is append-only"

# How each meeting-owned table reaches its meeting; ROW stands for NEW or OLD.
MEETING_OF: dict[str, str] = {
    "attendance": "ROW.meeting_id",
    "agenda_item": "ROW.meeting_id",
    "speaker": "(SELECT meeting_id FROM agenda_item WHERE id = ROW.agenda_item_id)",
    "motion": "(SELECT meeting_id FROM agenda_item WHERE id = ROW.agenda_item_id)",
    "document": "(SELECT meeting_id FROM agenda_item WHERE id = ROW.agenda_item_id)",
    "vote": (
        "(SELECT a.meeting_id FROM motion m JOIN agenda_item a ON a.id = m.agenda_item_id "
        "WHERE m.id = ROW.motion_id)"
    ),
    "ballot": (
        "(SELECT a.meeting_id FROM vote v JOIN motion m ON m.id = v.motion_id "
        "JOIN agenda_item a ON a.id = m.agenda_item_id WHERE v.id = ROW.vote_id)"
    ),
}
APPEND_ONLY = ("minutes_approval", "correction", "audit_log")


def _approved(row: str, table: str) -> str:
    meeting = MEETING_OF[table].replace("ROW", row)
    return f"EXISTS (SELECT 1 FROM meeting WHERE id = {meeting} AND minutes_status = 'approved')"


def sqlite_statements() -> list[str]:
    stmts: list[str] = []
    for table in MEETING_OF:
        checks = {
            "insert": _approved("NEW", table),
            "update": f"{_approved('OLD', table)} OR {_approved('NEW', table)}",
            "delete": _approved("OLD", table),
        }
        for op, condition in checks.items():
            stmts.append(
                f"CREATE TRIGGER trg_{table}_locked_{op} BEFORE {op.upper()} ON {table} "
                f"WHEN {condition} BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END"
            )
    for op in ("update", "delete"):
        stmts.append(
            f"CREATE TRIGGER trg_meeting_locked_{op} BEFORE {op.upper()} ON meeting "
            f"WHEN OLD.minutes_status = 'approved' "
            f"BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END"
        )
        for table in APPEND_ONLY:
            stmts.append(
                f"CREATE TRIGGER trg_{table}_append_only_{op} BEFORE {op.upper()} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
            )
    return stmts


def postgresql_statements() -> list[str]:
    stmts: list[str] = []
    for table in MEETING_OF:
        stmts.append(
            f"""CREATE FUNCTION trg_{table}_locked() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    IF {_approved("OLD", table)} THEN RAISE EXCEPTION '{LOCKED_MESSAGE}'; END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF {_approved("NEW", table)} THEN RAISE EXCEPTION '{LOCKED_MESSAGE}'; END IF;
    RETURN NEW;
  END IF;
  RETURN OLD;
END $$ LANGUAGE plpgsql"""
        )
        stmts.append(
            f"CREATE TRIGGER trg_{table}_locked BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION trg_{table}_locked()"
        )
    stmts.append(
        f"""CREATE FUNCTION trg_meeting_locked() RETURNS trigger AS $$
BEGIN
  IF OLD.minutes_status = 'approved' THEN RAISE EXCEPTION '{LOCKED_MESSAGE}'; END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql"""
    )
    stmts.append(
        "CREATE TRIGGER trg_meeting_locked BEFORE UPDATE OR DELETE ON meeting "
        "FOR EACH ROW EXECUTE FUNCTION trg_meeting_locked()"
    )
    stmts.append(
        f"""CREATE FUNCTION trg_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}'; END $$ LANGUAGE plpgsql"""
    )
    for table in APPEND_ONLY:
        stmts.append(
            f"CREATE TRIGGER trg_{table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION trg_append_only()"
        )
    return stmts


def install(connection: Connection) -> None:
    """Create the triggers for the connection's dialect (called from a migration)."""
    dialect = connection.dialect.name
    statements = sqlite_statements() if dialect == "sqlite" else postgresql_statements()
    for statement in statements:
        connection.exec_driver_sql(statement)


def is_lock_violation(error: BaseException) -> bool:
    """True when a database error was raised by one of these triggers."""
    text = str(error)
    return LOCKED_MESSAGE in text or APPEND_ONLY_MESSAGE in text
