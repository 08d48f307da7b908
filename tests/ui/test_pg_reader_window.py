"""On the shared server: the history names the clerk who signed in; a reader's window opens read only."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import make_url

from councildesk.db import office_roles
from councildesk.db.engine import open_database
from councildesk.services.container import Services
from councildesk.ui.history_panel import HistoryTableModel
from tests.pg_server import pg_admin_url, pg_url  # noqa: F401 - fixtures

pytestmark = [pytest.mark.gui, pytest.mark.postgres]


def test_a_readers_window_is_read_only_and_the_status_bar_says_so(
    make_window: Any,
    pg_url: str,  # noqa: F811
) -> None:
    db = open_database(pg_url)
    try:
        Services(db).people.create_person("Pamela Schwartz")
    finally:
        db.close()
    office_roles.add_person(pg_url, "Pamela Schwartz", "clerk", "pschwartz_writes")
    clerk = open_database(make_url(pg_url).set(username="pschwartz_writes").render_as_string(False))
    try:
        Services(clerk).people.create_person("Amy Bookbinder", residence="Leeds")
    finally:
        clerk.close()
    office_roles.add_person(pg_url, "Pamela Schwartz", "reader", "pschwartz_reads")
    reader = open_database(make_url(pg_url).set(username="pschwartz_reads").render_as_string(False))
    try:
        services = Services(reader)
        history = HistoryTableModel()
        history.set_entries(services.audit.entries(limit=1))
        assert history.data(history.index(0, 1)) == "Pamela Schwartz (pschwartz_writes)"
        window = make_window(services)
        assert window.read_only and window.windowTitle().endswith("(read only)")
        note = window.statusBar().findChild(QLabel, "signInNote")
        assert note is not None
        assert note.text() == "Read only: the database role pschwartz_reads may only read these records."
        edits = [a for a in window.main_actions.menus["Meeting"].actions() if a.text() == "&New meeting…"]
        assert edits and not any(a.isEnabled() for a in edits)
        window.resize(1366, 768)
        window.grab().save("/tmp/pgoffice-reader.png")
        window.close()  # before the database: closing still reads it (the backup on close)
    finally:
        reader.close()
