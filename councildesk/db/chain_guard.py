"""Triggers that let approvals, corrections and chain links in only through CouncilDesk's own path.

The approval service opens the path for its transaction (`record_chain.open_path`: a row in
`chain_path` on SQLite, `SET LOCAL councildesk.path` on PostgreSQL, where the inserting role must
also own the table or belong to the clerk group); a hand-written INSERT into these tables, from any
other tool, is refused.
The chain links are append-only besides, like the approvals, corrections and audit log
(`approval_lock`). Someone who can drop triggers can still write anything: the chain and the
anchors outside the database are what catch that.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from councildesk.db.record_chain import GUARD_TABLE, PG_SETTING

GUARD_MESSAGE = "CouncilDesk: approvals and corrections are recorded only through CouncilDesk"
GUARDED = ("minutes_approval", "correction", "record_chain")
CLERK_GROUP = "councildesk_clerk"  # the group pg-setup creates (db/office_roles.py)


def sqlite_statements() -> list[str]:
    stmts = [f"CREATE TABLE {GUARD_TABLE} (token TEXT NOT NULL)"]
    for table in GUARDED:
        stmts.append(
            f"CREATE TRIGGER trg_{table}_guarded_insert BEFORE INSERT ON {table} "
            f"WHEN NOT EXISTS (SELECT 1 FROM {GUARD_TABLE}) "
            f"BEGIN SELECT RAISE(ABORT, '{GUARD_MESSAGE}'); END"
        )
    for op in ("update", "delete"):
        stmts.append(
            f"CREATE TRIGGER trg_record_chain_append_only_{op} BEFORE {op.upper()} ON record_chain "
            "BEGIN SELECT RAISE(ABORT, 'CouncilDesk: this record is append-only'); END"
        )
    return stmts


def postgresql_statements() -> list[str]:
    stmts = [
        f"""CREATE OR REPLACE FUNCTION trg_guarded_insert() RETURNS trigger AS $$
BEGIN
  -- The setting alone is no lock (any role may SET it): the inserting role must also be the
  -- table's owner or a member of the clerk group (db/office_roles.py), who may approve. A role
  -- given only INSERT rights cannot forge an approval or correction, even knowing the setting.
  IF coalesce(current_setting('{PG_SETTING}', true), '') <> 'service'
     OR NOT (pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
             OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = '{CLERK_GROUP}'
                        AND pg_has_role(current_user, r.oid, 'MEMBER'))) THEN
    RAISE EXCEPTION '{GUARD_MESSAGE}';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql"""
    ]
    for table in GUARDED:
        stmts.append(
            f"CREATE TRIGGER trg_{table}_guarded_insert BEFORE INSERT ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION trg_guarded_insert()"
        )
    stmts.append(
        "CREATE TRIGGER trg_record_chain_append_only BEFORE UPDATE OR DELETE ON record_chain "
        "FOR EACH ROW EXECUTE FUNCTION trg_append_only()"
    )
    return stmts


def install(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    for statement in sqlite_statements() if sqlite else postgresql_statements():
        connection.exec_driver_sql(statement)


def is_guard_violation(error: BaseException) -> bool:
    return GUARD_MESSAGE in str(error)
