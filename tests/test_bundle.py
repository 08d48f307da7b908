"""The built bundle (COUNCILDESK_BUNDLE=its program): self-test, upgrade of an older file, refusal of a newer.

CI sets COUNCILDESK_BUNDLE after `bash packaging/build-linux.sh` (packaging/ci-linux.sh); without it
these tests skip, since a checkout has no bundle.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from councildesk.db.migrate import alembic_config, head_revision

BUNDLE = os.environ.get("COUNCILDESK_BUNDLE")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="COUNCILDESK_BUNDLE (a built bundle's program) is not set")


def run_bundle(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # Nothing of this checkout's Python may leak in: a bare PATH, no PYTHON* variables.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(BUNDLE), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def database_at(path: Path, revision: str) -> Path:
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
    return path


def stamped(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_the_bundle_reports_itself_as_a_bundle_and_passes_its_self_test(tmp_path: Path) -> None:
    done = run_bundle("--self-test", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    first = done.stdout.splitlines()[0]
    assert "(bundle; Python " in first
    assert "/usr/bin/python" not in first and ".venv" not in first
    assert done.stdout.splitlines()[-1] == "self-test passed"


def test_a_newer_bundle_backs_up_and_upgrades_an_older_database(tmp_path: Path) -> None:
    old = database_at(tmp_path / "council.db", "0001")
    assert stamped(old) == "0001" != head_revision()
    done = run_bundle("--db", str(old), "init", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # The bundle's head, not this checkout's (the checkout may have moved on since the build):
    # `check` opens read-only and refuses any schema but the bundle's current one.
    assert stamped(old) != "0001"
    assert run_bundle("--db", str(old), "check", cwd=tmp_path).returncode == 0
    backups = list((tmp_path / "backups").glob("council*.db"))
    assert len(backups) == 1 and stamped(backups[0]) == "0001"
    assert run_bundle("--db", str(old), "demo", cwd=tmp_path).returncode == 0


def test_an_older_bundle_refuses_a_newer_database_in_one_sentence(tmp_path: Path) -> None:
    newer = database_at(tmp_path / "council.db", "head")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    done = run_bundle("--db", str(newer), "init", cwd=tmp_path)
    assert done.returncode == 1
    message = done.stderr.strip()
    assert len(message.splitlines()) == 1
    assert "newer CouncilDesk (schema 9999)" in message and "install the newer version" in message
    assert stamped(newer) == "9999"  # untouched: not migrated, not backed up
    assert not (tmp_path / "backups").exists()
