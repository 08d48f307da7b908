"""Run Alembic migrations in code: create at head, back up then upgrade, refuse newer files."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from councildesk.db.backup import backup_sqlite_file, prune_backups, timestamped_name
from councildesk.domain.errors import SchemaTooNewError, UserError
from councildesk.domain.faults import os_error_sentence
from councildesk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (and Mako, which it pulls in) is imported only to migrate: opening a current file is
# the common case and must not pay for it at every start. These read what Alembic would read.
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(None|['\"]([^'\"]+)['\"])\s*$", re.MULTILINE)

log = logging.getLogger("councildesk.db")

MIGRATIONS = Path(__file__).with_name("migrations")
KEEP_BACKUPS = 10  # automatic backups kept in <database folder>/backups (services.backups rotates the same)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _revision_graph() -> dict[str, str | None] | None:
    """revision → down_revision of every migration file, read as text; None if any file is unusual
    (a merge, a tuple, a computed value), in which case Alembic itself is asked."""
    graph: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(source), _DOWN.findall(source)
        if len(revision) != 1 or len(down) != 1:
            return None
        graph[revision[0]] = down[0][1] or None
    return graph or None


def head_revision() -> str:
    graph = _revision_graph()
    if graph is not None:
        heads = set(graph) - {down for down in graph.values() if down}
        if len(heads) == 1:
            return heads.pop()
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the file (None for an empty one), read without Alembic."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise UserError(
            QT_TRANSLATE_NOOP("db", "{url} carries several schema versions ({value}); it cannot be opened."),
            url=engine.url,
            value=", ".join(rows),
        )
    return rows[0] if rows else None


def known_revisions() -> set[str]:
    graph = _revision_graph()
    if graph is not None:
        return set(graph)
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def require_known_schema(engine: Engine, path: Path | None) -> str | None:
    """The file's revision, or SchemaTooNewError when a newer CouncilDesk wrote it."""
    revision = current_revision(engine)
    if revision is not None and revision not in known_revisions():
        where = path or engine.url.render_as_string(hide_password=True)
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "db",
                "{where} was written by a newer CouncilDesk (schema {revision}); install the "
                "newer version to open it.",
            ),
            where=where,
            revision=revision,
        )
    return revision


def require_current_schema(engine: Engine, path: Path | None) -> str:
    """The head revision, or a UserError when the file is empty, older or newer than this CouncilDesk."""
    revision = require_known_schema(engine, path)
    where = path or engine.url.render_as_string(hide_password=True)
    if revision is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "db", "{where} holds no CouncilDesk records; create them with `councildesk init` first."
            ),
            where=where,
        )
    head = head_revision()
    if revision != head:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "db",
                "{where} uses an older CouncilDesk schema ({revision}); open it once for "
                "writing so that it is backed up and upgraded.",
            ),
            where=where,
            revision=revision,
        )
    return revision


def _backup_folder(folder: Path) -> Path:
    """The folder the automatic backups go to, made if needed; a file in its place is a sentence."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise os_error_sentence(error, f"the backup folder {folder}") from None
    return folder


def upgrade_to_head(engine: Engine, path: Path | None, backup_dir: Path | None = None) -> None:
    revision = require_known_schema(engine, path)
    head = head_revision()
    if revision == head:
        return
    if revision is None:
        with engine.connect() as connection:
            if inspect(connection).get_table_names():
                raise UserError(
                    QT_TRANSLATE_NOOP("db", "{value} holds tables that are not CouncilDesk's."),
                    value=path or engine.url,
                )
    elif path is not None:
        folder = _backup_folder(backup_dir or path.parent / "backups")
        target = folder / timestamped_name(path, f"before-{head}")
        engine.dispose()  # release pooled connections so the copy sees committed pages only
        try:
            backup_sqlite_file(path, target)
        except OSError as error:
            raise os_error_sentence(error, f"the backup {target} made before the upgrade") from None
        prune_backups(folder, path.stem, KEEP_BACKUPS)
        log.info("backed up %s to %s before upgrading from %s", path, target, revision)
    elif engine.dialect.name == "postgresql":
        from councildesk.db.pg_backup import dump_before_upgrade

        dump_before_upgrade(engine, backup_dir, f"before-{head}")
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database %s now at schema %s", path or engine.url, head)
