"""A PostgreSQL database backed up with pg_dump (custom format) before its schema is upgraded."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from councildesk.domain.errors import UserError
from councildesk.domain.faults import os_error_sentence
from councildesk.domain.messages import QT_TRANSLATE_NOOP

log = logging.getLogger("councildesk.db")

PG_DUMP_TIMEOUT_S = 3600  # a city's thirty years dump in well under a minute; this is a hang guard


def default_backup_folder() -> Path:
    from councildesk.paths import user_data_dir

    return user_data_dir() / "backups"


def dump_before_upgrade(engine: Engine, backup_dir: Path | None, reason: str) -> Path | None:
    """The dump's path; None (with a warning) when pg_dump is not installed here."""
    pg_dump = shutil.which("pg_dump")
    url = engine.url
    name = url.database or "postgres"
    if pg_dump is None:
        log.warning(
            "pg_dump is not installed, so the PostgreSQL database %s is upgraded without a backup "
            "first; install the PostgreSQL client tools to have one made.",
            name,
        )
        return None
    folder = backup_dir or default_backup_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise os_error_sentence(error, f"the backup folder {folder}") from None
    stamp = datetime.now().strftime("%Y-%m-%dT%H%M%S")
    target = folder / f"{name}-{stamp}-{reason}.dump"
    partial = target.with_name(target.name + ".partial")
    # The password goes through the environment, not the command line other users can read.
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    dsn = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    engine.dispose()
    try:
        done = subprocess.run(
            [pg_dump, "--format=custom", f"--file={partial}", f"--dbname={dsn}"],
            env=env,
            capture_output=True,
            text=True,
            timeout=PG_DUMP_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        partial.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "db", "pg_dump could not back up {name} ({error}); the database was not upgraded."
            ),
            name=name,
            error=error,
        ) from None
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise UserError(
            QT_TRANSLATE_NOOP(
                "db", "pg_dump could not back up {name} ({last}); the database was not upgraded."
            ),
            name=name,
            last=last,
        )
    try:
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise os_error_sentence(error, f"the backup {target}") from None
    log.info("backed up PostgreSQL database %s to %s before the upgrade", name, target)
    return target
