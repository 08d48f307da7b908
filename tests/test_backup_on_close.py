"""The automatic backup on close is taken only when the records changed since opening or the last one."""

from __future__ import annotations

from councildesk.services.container import Services


def test_backup_on_close_only_after_a_change(demo: tuple[Services, int]) -> None:
    loaded, seed = demo
    services = Services(loaded.db)  # opened after the demo was written
    assert services.backups.backup_on_close() is None
    assert services.backups.list_backups() == []
    services.meetings.update_meeting(seed, location="City Hall, Room 18")
    first = services.backups.backup_on_close()
    assert first is not None and [b.path for b in services.backups.list_backups()] == [first]
    assert services.backups.backup_on_close() is None  # unchanged since the last automatic backup
    assert [b.path for b in services.backups.list_backups()] == [first]
