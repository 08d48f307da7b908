"""verify --against a backup from an older CouncilDesk: an upgraded copy is compared, the backup untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from councildesk.cli import main
from councildesk.db import record_chain
from councildesk.db.engine import open_database
from councildesk.db.migrate import alembic_config
from councildesk.sample.demo import load_demo
from councildesk.services.container import Services

BEFORE_CHAIN = "0004"  # the schema before the record chain


def _older_backup(current: Path, backup: Path) -> None:
    """What a backup from before the record chain looks like: the same records at schema 0004."""
    shutil.copyfile(current, backup)
    # A plain engine: without CouncilDesk's foreign-key pragma, as SQLite's table rebuilds need.
    engine = create_engine(f"sqlite:///{backup}")
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, BEFORE_CHAIN)
    finally:
        engine.dispose()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_older_backup_is_compared_through_an_upgraded_copy(tmp_path: Path) -> None:
    current = tmp_path / "council.db"
    with open_database(current) as db:
        load_demo(Services(db))
    saved = tmp_path / "saved"
    saved.mkdir()
    backup = saved / "council-2011.db"
    _older_backup(current, backup)
    con = sqlite3.connect(backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (BEFORE_CHAIN,)
    con.close()
    digest = _digest(backup)

    assert main(["--db", str(current), "verify", "--against", str(backup)]) == 0
    assert _digest(backup) == digest
    assert sorted(p.name for p in saved.iterdir()) == [backup.name]  # no upgrade, no backup of the backup

    # The approval's date rewritten in the current file, the chain rebuilt over it: the backup tells.
    con = sqlite3.connect(current)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute("UPDATE minutes_approval SET approved_on = '2011-08-19' WHERE meeting_id = 1")
    con.execute("DELETE FROM record_chain")
    con.commit()
    con.close()
    with open_database(current, write=False) as db, db.engine.begin() as connection:
        record_chain.genesis(connection)
    assert main(["--db", str(current), "verify", "--against", str(backup)]) == 1
    assert _digest(backup) == digest
