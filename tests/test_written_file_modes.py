"""Every file the app writes for the clerk gets the mode the umask gives (0644 under 022), not 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from councildesk.cli import main


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_reports_exports_backups_and_archives_are_0644(tmp_path: Path, umask_022: None) -> None:
    db = str(tmp_path / "council.db")
    out = tmp_path / "out"
    out.mkdir()
    assert main(["--db", db, "demo"]) == 0
    for args in (
        ["minutes", "2", "-o", str(out / "minutes.pdf")],
        ["agenda", "2", "-o", str(out / "agenda.pdf")],
        ["record", "Narkewicz", "-o", str(out / "record.csv")],
        ["record", "Narkewicz", "-o", str(out / "record.pdf")],
        ["export", "csv", str(out / "csv")],
        ["export", "ics", str(out / "ics")],
        ["backup", str(out / "copy.db")],
        ["archive", str(out / "archive.zip")],
    ):
        assert main(["--db", db, *args]) == 0, args
    files = sorted(p for p in out.rglob("*") if p.is_file())
    assert {p.suffix for p in files} >= {".pdf", ".csv", ".ics", ".db", ".zip"}
    modes = {str(p.relative_to(out)): stat.S_IMODE(p.stat().st_mode) for p in files}
    assert modes == dict.fromkeys(modes, 0o644)
