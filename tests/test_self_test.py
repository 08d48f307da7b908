"""`councildesk --self-test` runs every step in a subprocess, passes, and leaves nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from councildesk.cli.self_test import SelfTestFailed, _cli


@pytest.mark.slow
def test_self_test_passes_and_leaves_nothing_behind(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = dict(os.environ, TMPDIR=str(scratch))
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself
    done = subprocess.run(
        [sys.executable, "-m", "councildesk", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("CouncilDesk ") and "self-test" in lines[0]
    steps = [line for line in lines if line.startswith("ok  ")]
    assert [s.split(" (")[0] for s in steps] == [
        "ok  demo created",
        "ok  seed minutes written and read back",
        "ok  minutes approved and verified",
        "ok  approved minutes signed and checked",
        "ok  OCD exported and re-imported",
        "ok  main window painted",
    ]
    assert lines[-1] == "self-test passed"
    assert done.stderr == ""
    assert list(scratch.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tmp"]


def test_a_failing_command_fails_its_step(tmp_path: Path) -> None:
    with pytest.raises(SelfTestFailed, match="exited 1"):
        _cli("--db", str(tmp_path / "empty.db"), "show", "99")
