"""Every module opens with a one-line docstring saying what it holds (HACKING ▸ Rules of the house)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("councildesk", "tests", "packaging")


def summary_problem(source: str) -> str | None:
    """Why a module's source lacks a one-line summary docstring, or None when it has one."""
    docstring = ast.get_docstring(ast.parse(source), clean=False)
    if docstring is None:
        return "has no module docstring"
    first = docstring.split("\n", 1)[0].strip()
    if not first:
        return "has a docstring whose first line is empty"
    return None


def modules() -> list[Path]:
    found = [p for folder in FOLDERS for p in sorted((ROOT / folder).rglob("*.py"))]
    # an empty package marker says nothing and needs nothing
    return [p for p in found if "node_modules" not in p.parts and p.read_text().strip()]


def test_every_module_has_a_one_line_docstring() -> None:
    problems = []
    for path in modules():
        problem = summary_problem(path.read_text())
        if problem:
            problems.append(f"{path.relative_to(ROOT)} {problem}")
    assert problems == []
    assert len(modules()) > 200


@pytest.mark.parametrize(
    "source",
    [
        "import os\n",
        "from __future__ import annotations\n\nX = 1\n",
        '"""\nThe summary on the second line."""\n',
        "# a comment is not a docstring\nX = 1\n",
    ],
)
def test_the_check_catches_a_module_without_a_summary(source: str) -> None:
    assert summary_problem(source) is not None


def test_the_check_accepts_a_summary_line() -> None:
    assert summary_problem('"""Read the audit log."""\n\nimport json\n') is None
    assert summary_problem('"""Read the audit log.\n\nMore here.\n"""\n') is None
