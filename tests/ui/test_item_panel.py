"""The item panel as a whole: empty state, details edited by keys with undo, read-only mode, accessibility."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from councildesk.domain.enums import AgendaItemKind
from councildesk.services.container import Services
from councildesk.ui.item_panel import LOCKED_WHY, READ_ONLY_WHY
from tests.ui.item_panel_support import lock_meeting, make_panel, records, seed_item

pytestmark = pytest.mark.gui
K = Qt.Key
EDITING_TYPES = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton)


def controls(panel: QWidget) -> list[QWidget]:
    found = []
    for cls in EDITING_TYPES:
        found.extend(w for w in panel.findChildren(cls) if w.window() is panel)
    return [
        w
        for w in found
        if type(w).__name__ not in ("QTabBar", "QToolButton")
        and not w.objectName().startswith("qt_")  # Qt's own parts, e.g. a table's corner button
        and not (isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox))  # a combo's own editor
    ]


def test_empty_state_then_an_item(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    rig = make_panel(qtbot, services, None)
    assert rig.panel.stack.currentWidget() is rig.panel.empty
    item_id = seed_item(services, meeting_id)
    rig.panel.set_item(item_id)
    assert "Secure Communities" in rig.panel.header.text()
    assert "R-11-034" in rig.panel.header.text()
    assert rig.panel.tabs.tabText(3) == "Speakers (3)"
    rig.panel.set_item(999_999)  # an id that no longer exists: the empty state, no crash
    assert rig.panel.stack.currentWidget() is rig.panel.empty


def test_details_committed_by_enter_and_focus_out_each_undoable(
    qtbot: QtBot, demo: tuple[Services, int]
) -> None:
    services, meeting_id = demo
    item_id = seed_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    changed: list[int] = []
    rig.panel.changed.connect(lambda: changed.append(1))
    d = rig.panel.details
    states = [records(services)]
    d.title_edit.setFocus()
    d.title_edit.selectAll()
    qtbot.keyClicks(d.title_edit, "Resolution on Secure Communities")
    qtbot.keyClick(d.title_edit, K.Key_Return)
    states.append(records(services))
    d.discussion_edit.setFocus()
    qtbot.keyClick(d.discussion_edit, K.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(d.discussion_edit, " Three residents spoke.")
    d.action_edit.setFocus()  # leaving the field commits it
    states.append(records(services))
    qtbot.keyClick(d.consent_check, K.Key_Space)
    states.append(records(services))
    d.kind_combo.setCurrentIndex(d.kind_combo.findData(AgendaItemKind.ORDER))
    d.kind_combo.activated.emit(d.kind_combo.currentIndex())
    states.append(records(services))
    item = services.agenda.get_item(item_id)
    assert item.title == "Resolution on Secure Communities"
    assert item.discussion.endswith("[Sample summary.] Three residents spoke.")
    assert item.consent and item.kind is AgendaItemKind.ORDER
    assert rig.stack.count() == 4 and len(changed) == 4 and rig.errors == []
    for state in reversed(states[:-1]):
        rig.stack.undo()
        assert records(services) == state
    assert d.title_edit.text() == 'Resolution condemning the federal "Secure Communities" program'


def test_empty_title_is_refused_and_the_stored_title_comes_back(
    qtbot: QtBot, demo: tuple[Services, int]
) -> None:
    services, meeting_id = demo
    item_id = seed_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    before = records(services)
    d = rig.panel.details
    d.title_edit.setFocus()
    d.title_edit.selectAll()
    qtbot.keyClick(d.title_edit, K.Key_Delete)
    qtbot.keyClick(d.title_edit, K.Key_Return)
    assert rig.errors == ["The item's title cannot be empty."]
    assert records(services) == before
    assert "Secure Communities" in d.title_edit.text()


def test_read_only_disables_every_editing_control_with_a_reason(
    qtbot: QtBot, demo: tuple[Services, int]
) -> None:
    services, meeting_id = demo
    rig = make_panel(qtbot, services, seed_item(services, meeting_id))
    rig.panel.set_read_only(True)  # a database opened read only: the reason says so, not "approved"
    assert rig.panel.lock_label.isVisible() and READ_ONLY_WHY in rig.panel.lock_label.text()
    assert rig.panel.exhibits.open_button.isEnabled()  # reading an exhibit is not editing
    for widget in controls(rig.panel):
        if widget is rig.panel.exhibits.open_button:
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.isReadOnly():
            assert widget.toolTip() == READ_ONLY_WHY, widget.accessibleName()
            continue
        assert not widget.isEnabled(), f"{widget.accessibleName() or widget} is still editable"
        assert widget.toolTip() == READ_ONLY_WHY, widget.accessibleName()
    assert (
        not rig.panel.speakers.model.flags(rig.panel.speakers.model.index(0, 5)) & Qt.ItemFlag.ItemIsEditable
    )
    rig.panel.set_read_only(False)
    assert rig.panel.speakers.add_button.isEnabled()


def test_approved_minutes_make_the_panel_read_only_by_themselves(
    qtbot: QtBot, demo: tuple[Services, int]
) -> None:
    services, meeting_id = demo
    item_id = seed_item(services, meeting_id)
    lock_meeting(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    assert rig.panel.read_only
    assert not rig.panel.motions.unanimous_button.isEnabled()
    assert LOCKED_WHY in rig.panel.lock_label.text()  # approved, not a read-only database
    assert rig.panel.motions.unanimous_button.toolTip() == LOCKED_WHY


def test_every_control_has_an_accessible_name(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    rig = make_panel(qtbot, services, seed_item(services, meeting_id))
    nameless = [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}"
        for w in controls(rig.panel) + rig.panel.findChildren(QAbstractItemView)
        if w.window() is rig.panel  # completer and combo popups are windows of their own
        and not w.accessibleName()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert nameless == []


def test_alt_number_switches_tabs(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    rig = make_panel(qtbot, services, seed_item(services, meeting_id))
    rig.panel.details.title_edit.setFocus()
    qtbot.keyClick(rig.panel.details.title_edit, K.Key_4, Qt.KeyboardModifier.AltModifier)
    assert rig.panel.tabs.currentIndex() == 3
    assert rig.panel.speakers.name_edit.hasFocus()
    qtbot.keyClick(rig.panel.speakers.name_edit, K.Key_5, Qt.KeyboardModifier.AltModifier)
    assert rig.panel.tabs.currentIndex() == 4 and rig.panel.motions.text_edit.hasFocus()


def test_focusing_the_panel_lands_in_the_open_tab(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    rig = make_panel(qtbot, services, seed_item(services, meeting_id))
    rig.panel.setFocus()  # what the window's Ctrl+4 does
    assert rig.panel.details.title_edit.hasFocus()
    rig.panel.show_tab(4)
    rig.panel.details.title_edit.setFocus()
    rig.panel.setFocus()
    assert rig.panel.motions.text_edit.hasFocus()
