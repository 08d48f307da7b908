"""The agenda tree in the real window: build, nest, move, rename, delete, drag, start — and undo it all."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from councildesk.domain.enums import AgendaItemKind
from councildesk.services.container import Services
from councildesk.ui.agenda_item_dialog import AgendaItemDialog
from councildesk.ui.agenda_tree_model import COL_TITLE, AgendaTreeModel
from tests.ui.conftest import accept_message, approve_by_sql, refocus, when_modal, without_audit

pytestmark = pytest.mark.gui
CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)


@pytest.fixture
def meeting(demo: tuple[Services, int]) -> tuple[Services, int]:
    services, seed = demo
    council = services.meetings.get_meeting(seed).body_id
    return services, services.meetings.create_meeting(council, datetime(2011, 9, 15, 19, 0)).id


def outline(services: Services, meeting_id: int) -> list[tuple[str, str, str]]:
    return [(i.number, i.title, i.kind.value) for i in services.agenda.list_items(meeting_id)]


def add_by_keys(qtbot: Any, tree: QWidget, title: str, kind: str = "", *, sub: bool = False) -> None:
    """Insert (or Shift+Insert), type the title, pick the kind by typing, Enter."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AgendaItemDialog)
        qtbot.keyClicks(dialog.title_edit, title)
        if kind:
            qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
            qtbot.keyClicks(dialog.kind_combo, kind)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    refocus(qtbot, tree)
    when_modal(fill)
    qtbot.keyClick(tree, Qt.Key.Key_Insert, SHIFT if sub else Qt.KeyboardModifier.NoModifier)
    refocus(qtbot, tree)


def select(window: Any, services: Services, meeting_id: int, number: str) -> None:
    item = next(i for i in services.agenda.list_items(meeting_id) if i.number == number)
    window.meeting_view.agenda.select_item(item.id)


def test_agenda_model_passes_qt_model_tester(qtmodeltester: Any, demo: tuple[Services, int]) -> None:
    services, seed = demo
    model = AgendaTreeModel(services, lambda *_: False, lambda *_: None)
    qtmodeltester.check(model, force_py=True)
    model.set_meeting(seed)
    assert model.rowCount() == 4 and model.rowCount(model.index(3, 0)) == 1
    model.refresh()


def test_build_nest_and_move_by_keys_then_undo_and_redo_everything(
    qtbot: Any, make_window: Any, meeting: tuple[Services, int]
) -> None:
    services, meeting_id = meeting
    window = make_window(services)
    window.show_meeting(meeting_id)
    tree = window.meeting_view.agenda.tree
    tree.setFocus()
    start = without_audit(services.db)

    add_by_keys(qtbot, tree, "Call to order", "Section")
    add_by_keys(qtbot, tree, "Resolutions", "Section")
    add_by_keys(qtbot, tree, "Resolution on Secure Communities", "Resolution", sub=True)
    add_by_keys(qtbot, tree, "Resolution on street lights", "Resolution")  # after the current item
    select(window, services, meeting_id, "2")
    add_by_keys(qtbot, tree, "Adjournment")
    assert outline(services, meeting_id) == [
        ("1", "Call to order", "section"),
        ("2", "Resolutions", "section"),
        ("2.1", "Resolution on Secure Communities", "resolution"),
        ("2.2", "Resolution on street lights", "resolution"),
        ("3", "Adjournment", "other"),
    ]
    built = outline(services, meeting_id)

    select(window, services, meeting_id, "2.2")
    qtbot.keyClick(tree, Qt.Key.Key_BracketLeft, CTRL)  # outdent
    assert [n for n, *_ in outline(services, meeting_id)] == ["1", "2", "2.1", "3", "4"]
    assert outline(services, meeting_id)[3][1] == "Resolution on street lights"
    assert window.meeting_view.agenda.current_item().number == "3"  # the selection follows the item
    qtbot.keyClick(tree, Qt.Key.Key_BracketRight, CTRL)  # indent back under Resolutions
    assert outline(services, meeting_id) == built
    qtbot.keyClick(tree, Qt.Key.Key_Up, ALT)
    assert outline(services, meeting_id)[2][1] == "Resolution on street lights"
    qtbot.keyClick(tree, Qt.Key.Key_Down, ALT)
    assert outline(services, meeting_id) == built
    select(window, services, meeting_id, "1")
    add_by_keys(qtbot, tree, "Roll call", sub=True)
    assert outline(services, meeting_id)[1] == ("1.1", "Roll call", "other")
    after = outline(services, meeting_id)
    assert [tree.model().index(r, 0).data() for r in range(3)] == ["1", "2", "3"]

    steps = window.undo_stack.count()
    assert steps == 10  # five adds, outdent, indent, up, down, one more add
    for _ in range(steps):
        qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL)
    assert without_audit(services.db) == start
    assert window.meeting_view.agenda.model.rowCount() == 0
    for _ in range(steps):
        qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL | SHIFT)
    assert outline(services, meeting_id) == after  # re-created items keep their place and numbers
    for _ in range(steps):
        window.undo_stack.undo()
    assert without_audit(services.db) == start


def test_first_item_cannot_be_indented(qtbot: Any, make_window: Any, meeting: tuple[Services, int]) -> None:
    services, meeting_id = meeting
    services.agenda.add_item(meeting_id, "Only item")
    window = make_window(services)
    window.show_meeting(meeting_id)
    tree = window.meeting_view.agenda.tree
    tree.setFocus()
    before = without_audit(services.db)
    seen: list[str] = []
    accept_message(qtbot, seen)
    qtbot.keyClick(tree, Qt.Key.Key_BracketRight, CTRL)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["The first item at its level cannot be indented."]
    assert without_audit(services.db) == before and window.undo_stack.count() == 0


def test_rename_inline_and_change_kind_by_dialog(
    qtbot: Any, make_window: Any, meeting: tuple[Services, int]
) -> None:
    services, meeting_id = meeting
    services.agenda.add_item(meeting_id, "Public coment")
    window = make_window(services)
    window.show_meeting(meeting_id)
    tree = window.meeting_view.agenda.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = tree.focusWidget()
    assert editor is not tree
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, "Public comment")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: outline(services, meeting_id)[0][1] == "Public comment")

    def pick_kind(dialog: QWidget) -> None:
        assert isinstance(dialog, AgendaItemDialog)
        assert dialog.title_edit.text() == "Public comment"
        qtbot.keyClicks(dialog.kind_combo, "Public")
        qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Return)

    when_modal(pick_kind)
    qtbot.keyClick(tree, Qt.Key.Key_Return, ALT)
    assert outline(services, meeting_id) == [("1", "Public comment", "public_comment")]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert outline(services, meeting_id) == [("1", "Public coment", "other")]


def test_delete_asks_when_votes_would_go_and_undo_restores_the_item(
    qtbot: Any, make_window: Any, demo: tuple[Services, int]
) -> None:
    services, seed = demo
    window = make_window(services)
    window.show_meeting(seed)
    tree = window.meeting_view.agenda.tree
    tree.setFocus()
    select(window, services, seed, "4.1")
    doomed = window.meeting_view.agenda.current_item_id()
    assert len(services.motions.list_motions(doomed)) == 1
    before = without_audit(services.db)
    seen: list[str] = []
    accept_message(qtbot, seen, QMessageBox.StandardButton.No)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(seen))
    assert "1 motion, 1 vote, 3 speakers" in seen[0]
    assert without_audit(services.db) == before  # "No" changed nothing

    seen.clear()
    refocus(qtbot, tree)
    accept_message(qtbot, seen, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not any(n == "4.1" for n, *_ in outline(services, seed)))
    assert doomed not in [row[1] for row in without_audit(services.db)["motion"]]  # its motion went with it
    refocus(qtbot, tree)
    qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL)
    # Everything comes back exactly: the item, its motion, vote, ballots and speakers, same ids.
    assert without_audit(services.db) == before
    assert window.meeting_view.agenda.current_item_id() == doomed
    qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL | SHIFT)
    assert doomed not in [row[1] for row in without_audit(services.db)["motion"]]
    window.undo_stack.undo()
    assert without_audit(services.db) == before


def test_drag_and_drop_moves_through_the_service(
    qtbot: Any, make_window: Any, meeting: tuple[Services, int]
) -> None:
    services, meeting_id = meeting
    section = services.agenda.add_item(meeting_id, "New business", kind=AgendaItemKind.SECTION)
    loose = services.agenda.add_item(meeting_id, "Street lights order")
    window = make_window(services)
    window.show_meeting(meeting_id)
    model = window.meeting_view.agenda.model
    mime = model.mimeData([model.index_of(loose.id)])
    target = model.index_of(section.id)
    assert not model.canDropMimeData(
        model.mimeData([target]), Qt.DropAction.MoveAction, 0, 0, target
    )  # not into itself
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, target) is False  # the service moves it
    qtbot.waitUntil(lambda: outline(services, meeting_id)[1][0] == "1.1")
    assert outline(services, meeting_id) == [
        ("1", "New business", "section"),
        ("1.1", "Street lights order", "other"),
    ]
    window.undo_stack.undo()
    assert outline(services, meeting_id)[1] == ("2", "Street lights order", "other")


def test_start_item_stamps_time_and_highlights_it(
    qtbot: Any, make_window: Any, meeting: tuple[Services, int]
) -> None:
    services, meeting_id = meeting
    first = services.agenda.add_item(meeting_id, "Call to order")
    services.agenda.add_item(meeting_id, "Public comment")
    window = make_window(services)
    window.show_meeting(meeting_id)
    agenda = window.meeting_view.agenda
    agenda.tree.setFocus()
    agenda.select_item(first.id)
    qtbot.keyClick(agenda.tree, Qt.Key.Key_F8)
    assert services.agenda.get_item(first.id).started_at is not None
    assert agenda.model.current_item_id == first.id
    index = agenda.model.index_of(first.id, COL_TITLE)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    window.undo_stack.undo()
    assert services.agenda.get_item(first.id).started_at is None
    assert agenda.model.current_item_id is None


def test_locked_meeting_refuses_agenda_keys_and_says_why(
    qtbot: Any, make_window: Any, demo: tuple[Services, int], db_path: Path
) -> None:
    services, seed = demo
    approve_by_sql(db_path, seed)
    window = make_window(services)
    window.show_meeting(seed)
    agenda = window.meeting_view.agenda
    assert window.meeting_view.banner.isVisible()
    assert not agenda.add_action.isEnabled() and not agenda.delete_action.isEnabled()
    assert not agenda.model.flags(agenda.model.index(0, COL_TITLE)) & Qt.ItemFlag.ItemIsEditable
    before = without_audit(services.db)
    agenda.tree.setFocus()
    for key, mods in (
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_BracketRight, CTRL),
    ):
        window.statusBar().clearMessage()
        qtbot.keyClick(agenda.tree, key, mods)
        assert "approved, so it is read only" in window.statusBar().currentMessage()
    assert without_audit(services.db) == before
    assert window.undo_stack.count() == 0
    assert (
        agenda.model.dropMimeData(
            agenda.model.mimeData([agenda.model.index(0, 0)]), Qt.DropAction.MoveAction, -1, 0, QModelIndex()
        )
        is False
    )
