"""Markup and control characters print literally in every report kind (a part of the reliability
suite's hostile-text matrix, small enough for the test command), and the matrix can fail."""

from __future__ import annotations

from pathlib import Path

from tests.reliability.run import HOSTILE, hostile_text


def test_markup_and_control_characters_print_literally_in_every_report(tmp_path: Path) -> None:
    cases = [c for c in HOSTILE if c[0] in ("markup", "NUL and ESC")]
    row = hostile_text(tmp_path, cases)
    assert (row.tries, row.failures, row.tracebacks) == (12, 0, 0), row.note


def test_text_a_report_does_not_hold_is_counted_as_a_failure(tmp_path: Path) -> None:
    row = hostile_text(tmp_path, [("plain", "An ordinary title", ("words no report prints",))])
    assert (row.tries, row.failures, row.tracebacks) == (6, 6, 0)
