"""The supported Python/PySide6 pair keeps None alive, and a known-bad pair is refused with one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from councildesk.supported_runtime import refusal, refuse_known_bad_pair

PROBE = Path(__file__).with_name("none_probe.py")


def run_probe(calls: int) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(PROBE), str(calls)], capture_output=True, text=True, timeout=300, env=env
    )
    assert done.returncode == 0, f"the probe died ({done.returncode}): {done.stderr[-2000:]}"
    return dict(line.split("=", 1) for line in done.stdout.split() if "=" in line)


@pytest.mark.slow
def test_twenty_thousand_calls_into_qt_wrappers_lose_no_reference_to_none() -> None:
    figures = run_probe(20_000)
    assert figures["probe"] == "finished"
    losses = {key: int(value) for key, value in figures.items() if key.startswith("lost[")}
    assert len(losses) == 6
    assert losses == dict.fromkeys(losses, 0)
    assert figures["refcount_after"] == figures["refcount_before"]


def test_python_3_11_with_pyside_6_12_is_refused_in_one_sentence() -> None:
    message = refusal((3, 11, 7, "final", 0), (6, 12, 0, "", ""))
    assert message is not None
    assert "3.11.7" in message and "6.12.0" in message and "3.12" in message
    assert message.count(". ") == 0 and message.endswith(".")


@pytest.mark.parametrize(
    ("python", "pyside"),
    [
        ((3, 12, 1), (6, 12, 0)),
        ((3, 13, 0), (6, 12, 0)),
        ((3, 11, 7), (6, 11, 3)),  # this PySide6 release loses nothing, even on 3.11
        ((4, 0, 0), (6, 12, 1)),
    ],
)
def test_safe_pairs_are_accepted(python: tuple[int, ...], pyside: tuple[int, ...]) -> None:
    assert refusal(python, pyside) is None


@pytest.mark.parametrize("python", [(3, 10, 12), (3, 11, 0), (3, 11, 9)])
def test_every_pyside_6_12_release_is_refused_before_python_3_12(python: tuple[int, ...]) -> None:
    assert refusal(python, (6, 12, 3)) is not None


def test_the_running_interpreter_starts(capsys: pytest.CaptureFixture[str]) -> None:
    refuse_known_bad_pair()  # CI runs a supported pair; a bad one would exit here
    assert capsys.readouterr().err == ""
