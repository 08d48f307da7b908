"""pg_dump and pg_restore for a shared server: the right client version, and their failures as one sentence.

The password is never on a command line (other users can read those) nor in CouncilDesk's
settings: libpq reads it from the PostgreSQL password file (~/.pgpass, or the file PGPASSFILE
names) or PGPASSWORD, as psql does; a password written into the address is handed over through
the environment only.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import URL, Connection

from councildesk.domain.errors import UserError
from councildesk.domain.faults import os_error_sentence
from councildesk.domain.messages import QT_TRANSLATE_NOOP

TIMEOUT_S = 3600  # thirty years of a city dump in seconds; this only guards against a hang
DUMP_MAGIC = b"PGDMP"  # the first bytes of pg_dump's custom format
_VERSION = re.compile(r"\(PostgreSQL\) (\d+)")
# What pg_dump/pg_restore print for the failures a user can act on, and what to do about each.
_FAILURES = (
    (
        ("password authentication failed", "no password supplied", "authentication failed"),
        "the server refused the user name or password; put the password in the PostgreSQL password "
        "file (~/.pgpass or PGPASSFILE)",
    ),
    (
        ("server version mismatch",),
        "this pg_dump is older than the server; install the server's client tools",
    ),
    (
        ("could not connect", "connection refused", "could not translate host name"),
        "the server cannot be reached; check the address and that it is running",
    ),
    (("permission denied",), "the signed-in role may not read every table; use the administrator's role"),
    (("does not exist",), "the database does not exist on that server"),
    (("no space left",), "the disk is full; free some space and try again"),
)


def _major(binary: Path) -> int | None:
    try:
        done = subprocess.run([str(binary), "--version"], capture_output=True, text=True, timeout=30)
    except OSError:
        return None
    found = _VERSION.search(done.stdout)
    return int(found[1]) if found else None


def find_tool(name: str, server_major: int | None) -> Path:
    """pg_dump or pg_restore from PATH or /usr/lib/postgresql/<major>/bin, not older than the server."""
    candidates: list[Path] = []
    on_path = shutil.which(name)
    if on_path:
        candidates.append(Path(on_path))
    debian = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: -int(Path(p).parts[-3]))
    candidates += [Path(p) for p in debian if Path(p) not in candidates]
    if not candidates:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "db",
                "{tool} is not installed, so the PostgreSQL database cannot be backed up or restored; "
                "install the PostgreSQL client tools (on Debian or Ubuntu: postgresql-client).",
            ),
            tool=name,
        )
    versions = [(path, _major(path)) for path in candidates]
    for path, major in versions:
        if major is not None and (server_major is None or major >= server_major):
            return path
    newest = max((m for _p, m in versions if m is not None), default=None)
    raise UserError(
        QT_TRANSLATE_NOOP(
            "db",
            "{tool} {version} is older than the server (PostgreSQL {server}) and cannot read it; "
            "install the client tools of version {server} or later (postgresql-client-{server}).",
        ),
        tool=name,
        version=newest,
        server=server_major,
    )


def _environment(url: URL) -> tuple[str, dict[str, str]]:
    """The libpq address without its password, and an environment carrying the password if there was one."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    dsn = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    return dsn, env


def failure_sentence(tool: str, database: str, stderr: str, what: str) -> UserError:
    """One sentence for a failed pg_dump/pg_restore: the cause it printed, mapped to what to do."""
    lowered = stderr.lower()
    for needles, reason in _FAILURES:
        if any(needle in lowered for needle in needles):
            return UserError(
                QT_TRANSLATE_NOOP("db", "{tool} could not {action} {database}: {reason}."),
                tool=tool,
                action=what,
                database=database,
                reason=reason,
            )
    last = (stderr.strip().splitlines() or ["no message"])[-1].removeprefix(f"{tool}: ").strip()
    return UserError(
        QT_TRANSLATE_NOOP("db", "{tool} could not {action} {database} ({last})."),
        tool=tool,
        action=what,
        database=database,
        last=last,
    )


def _run(tool: Path, args: list[str], env: dict[str, str], database: str, what: str) -> str:
    try:
        done = subprocess.run(
            [str(tool), *args], env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        raise UserError(
            QT_TRANSLATE_NOOP("db", "{tool} could not {action} {database}: it ran longer than an hour."),
            tool=tool.name,
            action=what,
            database=database,
        ) from None
    except OSError as error:
        raise os_error_sentence(error, str(tool)) from None
    if done.returncode != 0:
        raise failure_sentence(tool.name, database, done.stderr, what)
    return done.stdout


def server_major(url: URL) -> int | None:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            number = conn.execute(text("SHOW server_version_num")).scalar()
        return int(str(number)) // 10000
    finally:
        engine.dispose()


def dump(address: str | URL, target: Path) -> Path:
    """Write the whole database to `target` in pg_dump's custom format (replaced only when complete)."""
    url = make_url(address)
    name = url.database or "postgres"
    target = Path(target)
    if not target.parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("db", "The backup folder {folder} does not exist."), folder=target.parent
        )
    tool = find_tool("pg_dump", server_major(url))
    dsn, env = _environment(url)
    partial = target.with_name(target.name + ".partial")
    try:
        _run(tool, ["--format=custom", f"--file={partial}", f"--dbname={dsn}"], env, name, "back up")
        os.replace(partial, target)
    except OSError as error:
        raise os_error_sentence(error, f"the backup {target}") from None
    finally:
        partial.unlink(missing_ok=True)
    return target


def check_dump(source: Path) -> None:
    """Refuse a file that is not a custom-format dump of a CouncilDesk database, before restoring anything."""
    if not source.is_file():
        raise UserError(QT_TRANSLATE_NOOP("db", "There is no backup file {path}."), path=source)
    with source.open("rb") as f:
        if f.read(len(DUMP_MAGIC)) != DUMP_MAGIC:
            raise UserError(
                QT_TRANSLATE_NOOP("db", "{file} is not a PostgreSQL backup (pg_dump's custom format)."),
                file=source.name,
            )
    tool = find_tool("pg_restore", None)
    listing = _run(tool, ["--list", str(source)], dict(os.environ), source.name, "read")
    tables = set(re.findall(r" TABLE (?:public )?(\w+) ", listing))
    if not {"alembic_version", "meeting"} <= tables:
        raise UserError(
            QT_TRANSLATE_NOOP("db", "{file} is a PostgreSQL backup but not of a CouncilDesk database."),
            file=source.name,
        )


def public_objects(conn: Connection) -> int:
    """How many tables, views, sequences and functions the public schema holds (0: an empty database)."""
    return int(
        conn.execute(
            text(
                "SELECT (SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'p', 'S')) + "
                "(SELECT COUNT(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = 'public')"
            )
        ).scalar()
        or 0
    )


def empty_public(conn: Connection) -> None:
    """Drop everything a failed restore left in the public schema, so the database is empty again."""
    for (name,) in conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).all():
        conn.exec_driver_sql(f'DROP TABLE IF EXISTS public."{name}" CASCADE')
    for (name,) in conn.execute(
        text("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")
    ).all():
        conn.exec_driver_sql(f'DROP SEQUENCE IF EXISTS public."{name}" CASCADE')
    for (signature,) in conn.execute(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public'"
        )
    ).all():
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {signature} CASCADE")


def restore(address: str | URL, source: Path) -> None:
    """pg_restore `source` into the empty database at `address`, all or nothing (one transaction).

    Owners and grants are not restored (the roles of another server may not exist here); run
    `councildesk pg-setup` afterwards to hand the tables to the office's roles again.
    """
    url = make_url(address)
    name = url.database or "postgres"
    source = Path(source)
    check_dump(source)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            found = public_objects(conn)
        major = server_major(url)
    finally:
        engine.dispose()
    if found:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "db",
                "The database {name} is not empty ({count} tables and other objects); a backup is restored "
                "only into an empty database, so create one (createdb) and restore into that.",
            ),
            name=name,
            count=found,
        )
    tool = find_tool("pg_restore", major)
    dsn, env = _environment(url)
    args = ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", f"--dbname={dsn}"]
    _run(tool, [*args, str(source)], env, name, "restore")
