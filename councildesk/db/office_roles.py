"""The shared office on PostgreSQL: the schema owner, the clerk and reader groups, and who signs in as whom.

How the database, not only the window, keeps each role to its part:

* `councildesk_owner` (NOLOGIN) owns the database, its schema, every table and trigger. Only
  `councildesk pg-setup` acts as it (with an administrator's connection and ``SET ROLE``), to
  upgrade the schema and to grant; nobody works in the records as the owner.
* `councildesk_clerk` (NOLOGIN group) may read everything, and insert, update and delete the
  meeting records. The append-only tables (approvals, corrections, the audit log and the record
  chain) it may only INSERT into; the schema version and the role-to-person map it may only read.
* `councildesk_reader` (NOLOGIN group, for councilors and the public) may only SELECT. A reader's
  client sees that at connect (`has_table_privilege`) and opens read only; a direct UPDATE from
  `psql` is refused by the server all the same.
* One LOGIN role per person (`pg-setup --add-person`), a member of one group, mapped to a person
  in the records (table `db_role_person`). A BEFORE INSERT trigger on `audit_log`
  (`trg_audit_log_who`) writes the signed-in role (`session_user`, which ``SET ROLE`` cannot
  change) and its person into every entry a clerk's connection makes, whatever the client sent.
  Connections on the owner's side keep what they send: the service sends the same two values,
  and a copy (`migrate-to`, an archive restored) keeps each entry exactly as it was chained.

Approvals and corrections: the insert guard (`chain_guard`) lets a row into `minutes_approval`,
`correction` and `record_chain` only when the transaction opened CouncilDesk's path *and* the
inserting role is the tables' owner or a member of the clerk group. A role given plain INSERT
rights on those tables by anyone else (an import account, a grant to PUBLIC by mistake) is refused
even if it knows the path setting, so it cannot add a correction or an approval version that
`verify` accepts; readers hold no INSERT right at all. A clerk is trusted to approve, as the
office's rules say, and could do from `psql` what the service does; what protects the records
from a clerk is that approved meetings are locked and the chained tables are append-only (the
triggers, which only the owner could drop), and that every entry they append is chained and
signed with their role: a chain head printed in the minutes or published catches any rewrite.

Row-level security is not used: the question here is which tables and which paths a role may
write, not which rows it may see (councilors and the public may read every record), and grants
and triggers answer that on every PostgreSQL version without policies to keep in step.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import Connection, Engine

from councildesk.db.approval_lock import APPEND_ONLY
from councildesk.db.chain_guard import CLERK_GROUP
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

OWNER = "councildesk_owner"
CLERK = CLERK_GROUP
READER = "councildesk_reader"
GROUPS = {"clerk": CLERK, "reader": READER}
MAP_TABLE = "db_role_person"
# Written only through CouncilDesk's guarded path (and append-only besides): clerks may INSERT only.
INSERT_ONLY = (*APPEND_ONLY, "record_chain")
# Kept by pg-setup and the migrations: clerks and readers may read them, never write.
READ_ONLY = ("alembic_version", MAP_TABLE)
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

# What the audit trigger writes (see the module docstring); installed by migration 0012.
WHO_FUNCTION = f"""CREATE OR REPLACE FUNCTION trg_audit_log_who() RETURNS trigger AS $$
BEGIN
  -- A clerk's entry names the clerk, whatever the client sent: session_user is the role that
  -- signed in (SET ROLE changes current_user only). The owner's side (pg-setup, migrate-to, a
  -- restore) may copy entries as they were, so its values are kept; the service sets them.
  IF NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
    NEW.db_role := session_user;
    NEW.db_person_id := (SELECT person_id FROM {MAP_TABLE} WHERE role_name = session_user::text);
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql"""
WHO_TRIGGER = (
    "CREATE TRIGGER trg_audit_log_who BEFORE INSERT ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION trg_audit_log_who()"
)


@dataclass(frozen=True)
class SetupReport:
    database: str
    schema: str
    tables: int
    people: int


def quoted(role: str) -> str:
    """A role name checked to be a plain lower-case identifier, so it needs no quoting in SQL."""
    if not _ROLE_NAME.match(role):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "db",
                "{role!r} cannot be a login name: use lower-case letters, digits and _ "
                "(at most 63, not starting with a digit).",
            ),
            role=role,
        )
    return role


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores, made here so the password never reaches the server."""
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _role_exists(conn: Connection, role: str) -> bool:
    return bool(conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar())


def _ensure_role(conn: Connection, role: str, *, login: bool = False) -> bool:
    """Create the role if it is missing; True when it was created."""
    if _role_exists(conn, role):
        return False
    conn.exec_driver_sql(f"CREATE ROLE {quoted(role)} {'LOGIN' if login else 'NOLOGIN'}")
    return True


def ensure_roles(admin: Connection) -> None:
    """The owner and the two groups; the administrator may act as the owner (SET ROLE)."""
    for role in (OWNER, CLERK, READER):
        _ensure_role(admin, role)
    superuser = admin.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
    member = admin.execute(text("SELECT pg_has_role(current_user, :o, 'MEMBER')"), {"o": OWNER}).scalar()
    if not superuser and not member:
        admin.exec_driver_sql(f"GRANT {OWNER} TO CURRENT_USER")


def hand_over_ownership(admin: Connection) -> None:
    """The database, its public schema and everything in it belong to the owner role."""
    name = admin.execute(text("SELECT current_database()")).scalar()
    admin.exec_driver_sql(f'ALTER DATABASE "{name}" OWNER TO {OWNER}')
    admin.exec_driver_sql(f"ALTER SCHEMA public OWNER TO {OWNER}")
    rows = admin.execute(
        text(
            "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'p', 'S') "
            "AND pg_get_userbyid(c.relowner) <> :o "
            # A table's own sequences follow the table; altering them alone is refused.
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') "
            "AND c.relkind = 'S') ORDER BY c.relkind DESC"
        ),
        {"o": OWNER},
    ).all()
    for relname, kind in rows:
        what = {"v": "VIEW", "m": "MATERIALIZED VIEW", "S": "SEQUENCE"}.get(kind, "TABLE")
        admin.exec_driver_sql(f'ALTER {what} public."{relname}" OWNER TO {OWNER}')
    functions = admin.execute(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> :o"
        ),
        {"o": OWNER},
    ).scalars()
    for signature in list(functions):
        admin.exec_driver_sql(f"ALTER FUNCTION {signature} OWNER TO {OWNER}")


def grant(owner: Connection) -> int:
    """Every privilege of both groups, set afresh (so a re-run also undoes a grant made by hand)."""
    name = owner.execute(text("SELECT current_database()")).scalar()
    groups = f"{CLERK}, {READER}"
    owner.exec_driver_sql(f'REVOKE CONNECT, TEMPORARY ON DATABASE "{name}" FROM PUBLIC')
    owner.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{name}" TO {groups}')
    owner.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    owner.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {groups}")
    owner.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {groups}")
    owner.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {groups}")
    owner.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {groups}")
    tables = list(
        owner.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        ).scalars()
    )
    for table in tables:
        if table in READ_ONLY:
            continue
        rights = "INSERT" if table in INSERT_ONLY else "INSERT, UPDATE, DELETE"
        owner.exec_driver_sql(f'GRANT {rights} ON public."{table}" TO {CLERK}')
    owner.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {CLERK}")
    # Reading a sequence's position changes nothing, and pg_dump needs it: a reader can take backups.
    owner.exec_driver_sql(f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {READER}")
    # Tables a later upgrade adds: readable by both, and writable by clerks until pg-setup runs again.
    default = f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} IN SCHEMA public GRANT"
    owner.exec_driver_sql(f"{default} SELECT ON TABLES TO {groups}")
    owner.exec_driver_sql(f"{default} INSERT, UPDATE, DELETE ON TABLES TO {CLERK}")
    owner.exec_driver_sql(f"{default} USAGE, SELECT ON SEQUENCES TO {CLERK}")
    owner.exec_driver_sql(f"{default} SELECT ON SEQUENCES TO {READER}")
    return len(tables)


def _engines(url: str) -> tuple[Engine, Engine]:
    """An administrator's connection (autocommit) and the same sign-in acting as the owner."""
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    as_owner = create_engine(url, connect_args={"options": f"-c role={OWNER}"})
    return admin, as_owner


def setup(url: str) -> SetupReport:
    """Create or bring up to date the roles, the ownership, the schema and every grant (idempotent)."""
    from councildesk.db import migrate

    if make_url(url).get_backend_name() != "postgresql":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "db", "pg-setup sets up a PostgreSQL server; give a postgresql+psycopg:// address."
            )
        )
    admin, as_owner = _engines(url)
    try:
        with admin.connect() as conn:
            ensure_roles(conn)
            hand_over_ownership(conn)
        migrate.upgrade_to_head(as_owner, None)
        with as_owner.begin() as conn:
            tables = grant(conn)
            people = conn.execute(text(f"SELECT COUNT(*) FROM {MAP_TABLE}")).scalar() or 0
            name = str(conn.execute(text("SELECT current_database()")).scalar())
        return SetupReport(name, migrate.head_revision(), tables, int(people))
    finally:
        admin.dispose()
        as_owner.dispose()


def _person_id(conn: Connection, person: str) -> tuple[int, str]:
    if person.strip().isdigit():
        row = conn.execute(
            text("SELECT id, display_name FROM person WHERE id = :i"), {"i": int(person)}
        ).first()
        if row is None:
            raise UserError(
                QT_TRANSLATE_NOOP("db", "There is no person with id {id} in the records."), id=person
            )
        return int(row[0]), str(row[1])
    rows = conn.execute(
        text("SELECT id, display_name FROM person WHERE lower(display_name) = lower(:n) ORDER BY id"),
        {"n": person.strip()},
    ).all()
    if not rows:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "db", "There is no person named {name!r} in the records; add them first (Edit ▸ People)."
            ),
            name=person,
        )
    if len(rows) > 1:
        ids = ", ".join(str(r[0]) for r in rows)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "db", "{count} people are named {name!r} (ids {ids}); give the id instead of the name."
            ),
            count=len(rows),
            name=person,
            ids=ids,
        )
    return int(rows[0][0]), str(rows[0][1])


def add_person(url: str, person: str, group: str, login: str, password: str | None = None) -> str:
    """A LOGIN role for one person, in one group, mapped to them; returns the person's name.

    Run again to move someone to the other group or to set a new password. The password, when
    given, is sent as a SCRAM verifier; nothing stores it in plain text.
    """
    if group not in GROUPS:
        raise UserError(
            QT_TRANSLATE_NOOP("db", "The role must be clerk or reader, not {group!r}."), group=group
        )
    role = quoted(login)
    if role in (OWNER, CLERK, READER):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "db", "{role} is one of CouncilDesk's own roles; choose a personal login name."
            ),
            role=role,
        )
    setup(url)
    admin, as_owner = _engines(url)
    try:
        with as_owner.begin() as conn:
            person_id, name = _person_id(conn, person)
        with admin.connect() as conn:
            _ensure_role(conn, role, login=True)
            conn.exec_driver_sql(f"ALTER ROLE {role} LOGIN")
            other = READER if GROUPS[group] == CLERK else CLERK
            conn.exec_driver_sql(f"REVOKE {other} FROM {role}")
            conn.exec_driver_sql(f"GRANT {GROUPS[group]} TO {role}")
            if password is not None:
                conn.exec_driver_sql(f"ALTER ROLE {role} PASSWORD '{scram_verifier(password)}'")
        with as_owner.begin() as conn:
            conn.execute(text(f"DELETE FROM {MAP_TABLE} WHERE role_name = :r"), {"r": role})
            conn.execute(
                text(f"INSERT INTO {MAP_TABLE} (role_name, person_id) VALUES (:r, :p)"),
                {"r": role, "p": person_id},
            )
        return name
    finally:
        admin.dispose()
        as_owner.dispose()
