"""CI runs README's test command word for word, with Python 3.12 selected first where pyenv is present."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_test_command() -> str:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("**2. Install the test extras"))
    return next(line.strip() for line in lines[start + 1 :] if line.startswith("    "))


def test_ci_runs_exactly_readmes_test_command_after_choosing_python_3_12() -> None:
    command = readme_test_command()
    assert command.startswith("python3 -m venv .venv && ") and command.endswith("-m pytest")
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert command in script
    where = script.index(command)
    assert any("PYENV_VERSION=3.12" in line for line in script[:where])
    assert any("COUNCILDESK_REQUIRE_SHARED=1" in line for line in script[:where])
