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


def run_bundle(*args: str, cwd: Path, passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
    # Nothing of this checkout's Python may leak in: a bare PATH, no PYTHON* variables.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "QT_QPA_PLATFORM": "offscreen"}
    if passphrase is not None:
        env["COUNCILDESK_KEY_PASSPHRASE"] = passphrase
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


def test_the_bundle_signs_approved_minutes_and_refuses_them_changed(tmp_path: Path) -> None:
    # pyHanko and its validator are imported only when signing or checking, so only running
    # them from the bundle shows that it carries them; the refusal must name the change, not
    # fall back to "cannot be read" as it would if a validation module were missing.
    db, key, signed = str(tmp_path / "council.db"), str(tmp_path / "key.p12"), tmp_path / "signed.pdf"
    assert run_bundle("--db", db, "demo", cwd=tmp_path).returncode == 0
    assert (
        run_bundle("--db", db, "approve", "2", "--at", "3", "--on", "2011-09-01", cwd=tmp_path).returncode
        == 0
    )
    made = run_bundle(
        "keys", "new", "-o", key, "--name", "City Clerk, Northampton", cwd=tmp_path, passphrase="trial-pass-1"
    )
    assert made.returncode == 0, made.stderr
    done = run_bundle(
        "--db", db, "minutes", "2", "-o", str(signed), "--sign", key, cwd=tmp_path, passphrase="trial-pass-1"
    )
    assert done.returncode == 0, done.stderr
    checked = run_bundle("verify-pdf", str(signed), cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith(
        "OK: signed.pdf is unchanged since signing; signed by City Clerk, Northampton"
    )
    assert made.stdout.split()[-1] in checked.stdout  # the certificate just made
    data = bytearray(signed.read_bytes())
    # One byte of the header's comment line: covered by the signature, yet every reader still opens the file.
    data[data.index(b"\n%") + 2] ^= 1
    (tmp_path / "changed.pdf").write_bytes(bytes(data))
    refused = run_bundle("verify-pdf", "changed.pdf", cwd=tmp_path)
    assert refused.returncode == 1
    assert refused.stdout.strip() == (
        "REFUSED: changed.pdf was changed after City Clerk, Northampton signed it "
        "(the signature does not match)."
    )


def test_popolo_and_wide_csv_round_trip_through_the_bundle(tmp_path: Path) -> None:
    db, copy = str(tmp_path / "council.db"), str(tmp_path / "copy.db")
    assert run_bundle("--db", db, "demo", cwd=tmp_path).returncode == 0
    for kind in ("popolo", "wide-csv"):
        done = run_bundle("--db", db, "export", kind, kind, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    done = run_bundle("--db", copy, "import", "popolo", "popolo", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (roll_calls,) = (tmp_path / "wide-csv").glob("*.csv")
    # The roll calls came across with the Popolo file, so the wide CSV finds every vote already there.
    done = run_bundle("--db", copy, "import", "wide-csv", "--dry-run", str(roll_calls), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "would create nothing, and would update nothing" in done.stdout
    assert "45 ballots and 5 votes unchanged" in done.stdout
