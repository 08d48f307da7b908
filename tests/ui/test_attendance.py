"""Attendance in the real window: status keys, remote reasons, late arrival, quorum light, undo, refusals."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from councildesk.domain.enums import AttendanceStatus
from councildesk.services.container import Services
from councildesk.ui.attendance_table_model import COL_STATUS, AttendanceTableModel
from tests.ui.conftest import accept_message, approve_by_sql, type_into_dialog, without_audit

pytestmark = pytest.mark.gui


@pytest.fixture
def meeting(demo: tuple[Services, int]) -> tuple[Services, int]:
    services, seed = demo
    council = services.meetings.get_meeting(seed).body_id
    new = services.meetings.create_meeting(
        council, datetime(2011, 9, 15, 19, 0), location="City Council Chambers"
    )
    return services, new.id


def statuses(services: Services, meeting_id: int) -> dict[str, AttendanceStatus | None]:
    return {r.person_name: r.status for r in services.meetings.attendance(meeting_id)}


def test_attendance_model_passes_qt_model_tester(qtmodeltester: Any, demo: tuple[Services, int]) -> None:
    services, seed = demo
    model = AttendanceTableModel(services, lambda *_: False)
    qtmodeltester.check(model, force_py=True)
    model.set_meeting(seed)
    assert model.rowCount() == 10  # nine councilors and the clerk
    model.refresh()


def test_roll_call_by_keys_updates_the_quorum_light(
    qtbot: Any, make_window: Any, meeting: tuple[Services, int]
) -> None:
    services, meeting_id = meeting
    window = make_window(services)
    window.show_meeting(meeting_id)
    view = window.meeting_view.attendance
    assert view.quorum_label.text().startswith("✘ No quorum: 0 present, 5 needed")
    table = view.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(0, COL_STATUS))
    for key in "PPPP":
        qtbot.keyClick(table, key)
    assert "No quorum: 4 present" in view.quorum_label.text()
    qtbot.keyClick(table, "A")  # Ward 5 absent
    qtbot.keyClick(table, "E")  # Ward 6 excused
    qtbot.keyClick(table, "P")  # Ward 7 present: five of nine, a quorum
    assert view.quorum_label.text().startswith("✔ Quorum present: 5 of 9")
    got = statuses(services, meeting_id)
    assert got["Ward 5 Councilor"] is AttendanceStatus.ABSENT
    assert got["Ward 6 Councilor"] is AttendanceStatus.EXCUSED
    assert got["At-Large Councilor A"] is None
    # Undo takes back the last mark, and the light follows.
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.quorum_label.text().startswith("✘ No quorum: 4 present")
    assert statuses(services, meeting_id)["Ward 7 Councilor"] is None


def test_remote_participation_asks_the_reason_and_refuses_none(
    qtbot: Any, make_window: Any, meeting: tuple[Services, int]
) -> None:
    services, meeting_id = meeting
    window = make_window(services)
    window.show_meeting(meeting_id)
    view = window.meeting_view.attendance
    table = view.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(3, COL_STATUS))  # Ward 4, Pamela Schwartz
    type_into_dialog(qtbot, "travelling for work")
    qtbot.keyClick(table, "R")
    row = next(r for r in services.meetings.attendance(meeting_id) if r.person_name == "Pamela Schwartz")
    assert row.status is AttendanceStatus.REMOTE and row.remote_reason == "travelling for work"
    assert view.model.index(3, 5).data() == "travelling for work"
    assert "1 present" in view.quorum_label.text()  # remote members count towards the quorum

    before = without_audit(services.db)
    table.setCurrentIndex(view.model.index(4, COL_STATUS))
    seen: list[str] = []
    type_into_dialog(qtbot, "")  # an empty reason …
    accept_message(qtbot, seen)  # … is refused in one plain sentence
    qtbot.keyClick(table, "R")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["Give the reason a member takes part remotely; the minutes must state it."]
    assert window.statusBar().currentMessage() == seen[0]
    assert without_audit(services.db) == before
    assert window.undo_stack.count() == 1  # the refusal left nothing on the undo stack


def test_mark_all_present_late_arrival_and_full_undo(
    qtbot: Any, make_window: Any, meeting: tuple[Services, int]
) -> None:
    services, meeting_id = meeting
    window = make_window(services)
    window.show_meeting(meeting_id)
    view = window.meeting_view.attendance
    start = without_audit(services.db)
    view.table.setCurrentIndex(view.model.index(2, COL_STATUS))
    qtbot.keyClick(view.table, "A")  # Ward 3 absent first
    qtbot.mouseClick(view.all_present_button, Qt.MouseButton.LeftButton)
    got = statuses(services, meeting_id)
    assert got["Ward 3 Councilor"] is AttendanceStatus.ABSENT  # recorded statuses are kept
    assert sum(s is AttendanceStatus.PRESENT for s in got.values()) == 9
    assert view.quorum_label.text().startswith("✔ Quorum present: 8 of 9")

    view.table.setCurrentIndex(view.model.index(2, COL_STATUS))
    type_into_dialog(qtbot, "19:40")
    qtbot.mouseClick(view.late_button, Qt.MouseButton.LeftButton)
    row = next(r for r in services.meetings.attendance(meeting_id) if r.person_name == "Ward 3 Councilor")
    assert row.status is AttendanceStatus.PRESENT  # arriving means present
    assert row.arrived_at == datetime(2011, 9, 15, 19, 40)
    assert view.model.index(2, 3).data() == "19:40"

    after = without_audit(services.db)
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert without_audit(services.db) == start
    while window.undo_stack.canRedo():
        window.undo_stack.redo()
    assert without_audit(services.db) == after


def test_bad_time_is_refused_plainly(qtbot: Any, make_window: Any, meeting: tuple[Services, int]) -> None:
    services, meeting_id = meeting
    window = make_window(services)
    window.show_meeting(meeting_id)
    view = window.meeting_view.attendance
    view.table.setCurrentIndex(view.model.index(0, COL_STATUS))
    before = without_audit(services.db)
    seen: list[str] = []
    type_into_dialog(qtbot, "half past seven")
    accept_message(qtbot, seen)
    qtbot.mouseClick(view.late_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["“half past seven” is not a time; type it as HH:MM, for example 19:25."]
    assert without_audit(services.db) == before


def test_approved_meeting_is_read_only(
    qtbot: Any, make_window: Any, meeting: tuple[Services, int], db_path: Path
) -> None:
    services, meeting_id = meeting
    approve_by_sql(db_path, meeting_id)
    window = make_window(services)
    window.show_meeting(meeting_id)
    view = window.meeting_view
    assert view.banner.isVisible()
    assert view.banner.text() == "Minutes approved — read only; record corrections in the Minutes tab."
    assert not view.attendance.all_present_button.isEnabled()
    before = without_audit(services.db)
    view.attendance.table.setFocus()
    view.attendance.table.setCurrentIndex(view.attendance.model.index(0, COL_STATUS))
    qtbot.keyClick(view.attendance.table, "P")
    assert "approved, so it is read only" in window.statusBar().currentMessage()
    assert without_audit(services.db) == before
    assert window.undo_stack.count() == 0
