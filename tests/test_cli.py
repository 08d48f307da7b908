"""The headless command line end to end, in subprocesses: exit codes, output and no Qt."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, check_code: int | None = 0) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    result = subprocess.run(
        [sys.executable, "-m", "councildesk", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    if check_code is not None:
        assert result.returncode == check_code, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = run("--db", str(path), "demo")
    assert result.stdout == (
        "Demo loaded. The Northampton City Council meeting of 18 August 2011 is meeting 2.\n"
    )
    assert result.stderr == ""
    return path


@pytest.fixture
def held(demo_db: Path) -> Iterator[int]:
    """Another process holding the demo database open for writing; yields its pid."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from councildesk.db.engine import open_database; "
            f"db = open_database({str(demo_db)!r}); print('ready', flush=True); sys.stdin.read(); db.close()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    try:
        yield holder.pid
    finally:
        holder.communicate("", timeout=30)
    assert holder.returncode == 0


def test_show_prints_the_seed_meeting(demo_db: Path) -> None:
    out = run("--db", str(demo_db), "show", "2").stdout
    assert out.startswith("Northampton City Council — regular meeting\nThursday 18 August 2011, 19:00, ")
    resolution = out[out.index('4.1. Resolution condemning the federal "Secure Communities" program') :]
    assert "       primary sponsor: David J. Narkewicz\n" in resolution
    assert "       co-sponsor: Pamela Schwartz\n" in resolution
    assert "       co-sponsor: Russell P. Sienkiewicz, Police Chief (not a member)\n" in resolution
    assert (
        "Speaker: William C. Newman, Northampton attorney; director, ACLU of Massachusetts western office"
        in out
    )
    assert "Speaker: Amy Bookbinder of Leeds" in resolution
    assert "Speaker: Emma Roderick, Campaign coordinator, Bill of Rights Defense Committee" in resolution
    vote = resolution[resolution.index("Vote (") :]
    head, *ballots = vote.split("\n")[:10]
    assert head == (
        "Vote (unanimous consent): adopted unanimously, 9–0; threshold majority of votes cast; 9 ballots"
    )
    assert len(ballots) == 9 and all(line.endswith(": yes") for line in ballots)
    assert "Pamela Schwartz: yes" in "\n".join(ballots)
    assert "Quorum: 9 present of 5 required — present" in out
    assert out.endswith("Adjourned at 20:15\n")


def test_meetings_check_and_init(demo_db: Path, tmp_path: Path) -> None:
    lines = run("--db", str(demo_db), "meetings").stdout.splitlines()
    assert [line.split()[:2] for line in lines] == [
        ["3", "2011-09-01"],
        ["2", "2011-08-18"],
        ["1", "2011-08-04"],
    ]
    assert run("--db", str(demo_db), "meetings", "--year", "2010").stdout == "No meetings.\n"
    assert run("--db", str(demo_db), "check").stdout == (
        f"OK: sqlite+pysqlite:///{demo_db} passed the integrity check.\n"
    )
    fresh = tmp_path / "fresh.db"
    assert run("init", "--db", str(fresh)).stdout == f"Database ready: sqlite+pysqlite:///{fresh}\n"
    assert fresh.exists()


def test_user_errors_exit_1_with_one_sentence(demo_db: Path, tmp_path: Path) -> None:
    result = run("--db", str(demo_db), "show", "999", check_code=1)
    assert (result.stdout, result.stderr) == ("", "councildesk: There is no meeting 999.\n")
    result = run("--db", str(tmp_path / "none.db"), "meetings", check_code=1)
    assert result.stderr == f"councildesk: There is no database at {tmp_path / 'none.db'}.\n"
    assert not (tmp_path / "none.db").exists()
    result = run("--db", str(demo_db), "demo", check_code=1)
    assert result.stderr == "councildesk: The demo can only be loaded into an empty database.\n"


def test_check_reports_problems_and_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    run("--db", str(path), "demo")
    conn = sqlite3.connect(path)  # a plain connection: foreign keys are off, as in other tools
    row = conn.execute(
        "INSERT INTO attendance (meeting_id, person_id, status, remote_reason) VALUES (2, 999, 'present', '')"
    ).lastrowid
    conn.commit()
    conn.close()
    result = run("--db", str(path), "check", check_code=1)
    assert result.stdout == f"attendance row {row} points at a missing person record.\n"
    assert result.stderr == f"councildesk: 1 integrity problem(s) found in sqlite+pysqlite:///{path}.\n"


def test_bad_usage_exits_2(demo_db: Path) -> None:
    assert "invalid choice: 'bogus'" in run("--db", str(demo_db), "bogus", check_code=2).stderr
    assert "invalid int value: 'abc'" in run("--db", str(demo_db), "show", "abc", check_code=2).stderr
    assert "the following arguments are required: meeting" in run("show", check_code=2).stderr


def test_backup_while_another_process_writes(demo_db: Path, held: int, tmp_path: Path) -> None:
    dest = tmp_path / "copy.db"
    result = run("--db", str(demo_db), "backup", str(dest))
    assert result.stdout == f"Backed up {demo_db} to {dest}.\n"
    conn = sqlite3.connect(dest)
    try:
        assert conn.execute("SELECT COUNT(*) FROM meeting").fetchone() == (3,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        conn.close()
    assert run("--db", str(dest), "show", "2").stdout == run("--db", str(demo_db), "show", "2").stdout
    # a second writer is refused, naming the process that holds the file
    refused = run("--db", str(demo_db), "init", check_code=1)
    assert refused.stderr.startswith(
        f"councildesk: demo.db is already open in another CouncilDesk (process {held} "
    )
    assert refused.stderr.endswith("close it there first.\n")


def test_headless_commands_never_import_qt(demo_db: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "noqt.db"
    script = (
        "import sys\n"
        "from councildesk.cli import main\n"
        f"assert main(['--db', {str(fresh)!r}, 'demo']) == 0\n"
        f"assert main(['--db', {str(fresh)!r}, 'show', '2']) == 0\n"
        f"assert main(['--db', {str(fresh)!r}, 'meetings']) == 0\n"
        f"assert main(['--db', {str(fresh)!r}, 'check']) == 0\n"
        f"assert main(['--db', {str(fresh)!r}, 'backup', {str(tmp_path / 'b.db')!r}]) == 0\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not qt, qt\n"
        "print('no Qt')\n"
    )
    assert python_script(script).endswith("no Qt\n")


def test_commands_import_only_what_they_need(demo_db: Path, tmp_path: Path) -> None:
    """--help loads no database layer or PDF library; printing PDF minutes leaves the HTML edition out."""
    script = (
        "import sys\n"
        "from councildesk.cli import main\n"
        "assert main(['--help']) == 0\n"
        "roots = {'sqlalchemy', 'reportlab', 'PySide6'}\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in roots)\n"
        "assert not heavy and 'councildesk.db.models' not in sys.modules, heavy\n"
        f"assert main(['--db', {str(demo_db)!r}, 'minutes', '2', '-o', {str(tmp_path / 'm.pdf')!r}]) == 0\n"
        "assert 'councildesk.reports.minutes_html' not in sys.modules\n"
        "print('lean')\n"
    )
    assert python_script(script).endswith("lean\n")


def python_script(script: str) -> str:
    """Run `script` in a fresh interpreter (its own sys.modules); its stdout, after it succeeded."""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout
