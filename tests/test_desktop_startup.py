"""The window started in its own process: a quiet stderr, and `screenshot` on each workspace tab."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from councildesk.db.engine import open_database
from councildesk.services.container import Services
from councildesk.services.demo_loader import load_demo

ROOT = Path(__file__).resolve().parents[1]


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        **extra,
    )
    return env


def _councildesk(args: list[str], home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "councildesk", *args],
        cwd=ROOT,
        env=_env(home, **extra),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _demo(db_path: Path) -> int:
    with open_database(db_path) as db:
        return load_demo(Services(db))


def test_a_window_start_keeps_the_opened_line_in_the_log_file_only(db_path: Path, tmp_path: Path) -> None:
    _demo(db_path)
    home = tmp_path / "home"
    done = _councildesk(["--db", str(db_path)], home, COUNCILDESK_EXIT_AFTER_PAINT="1")
    assert done.returncode == 0, done.stderr
    assert "opened" not in done.stderr and "councildesk.app" not in done.stderr, done.stderr
    logs = list(home.rglob("councildesk.log"))
    assert logs and "councildesk.app: opened" in logs[0].read_text(encoding="utf-8")
    # With -v the line is on stderr as well.
    verbose = _councildesk(["-v", "--db", str(db_path)], home, COUNCILDESK_EXIT_AFTER_PAINT="1")
    assert verbose.returncode == 0, verbose.stderr
    assert "councildesk.app: opened" in verbose.stderr
