"""File ▸ Backup… on a shared server: a pg_dump in custom format, written to a file the clerk chose."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from councildesk.db.engine import open_database
from councildesk.services.container import Services
from tests.pg_server import pg_admin_url, pg_url  # noqa: F401 - fixtures

pytestmark = [pytest.mark.gui, pytest.mark.postgres]


def test_file_backup_on_a_server_writes_a_pg_dump(
    make_window: Any,
    pg_url: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = open_database(pg_url)
    try:
        window = make_window(Services(db))
        offered: list[str] = []
        target = tmp_path / "council.dump"

        def save_as(*args: Any, **_kw: Any) -> tuple[str, str]:  # the file dialog is the system edge
            offered.append(args[2])
            return str(target), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
        window.main_actions.backup_action.trigger()
        assert offered[0].endswith("-backup.dump") and target.read_bytes()[:5] == b"PGDMP"
        assert "Backed up to" in window.statusBar().currentMessage()
        window.close()
    finally:
        db.close()
