"""Every key does one thing: no shortcut or menu mnemonic is bound twice, and menu keys work from any tab."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from councildesk.services.container import Services


def _mnemonic(text: str) -> str | None:
    """'&Meeting' -> 'Alt+M' ('&&' is a literal ampersand)."""
    cleaned = text.replace("&&", "")
    at = cleaned.find("&")
    return f"Alt+{cleaned[at + 1].upper()}" if 0 <= at < len(cleaned) - 1 else None


def bindings(window: Any) -> dict[str, list[str]]:
    """Key → what it is bound to, over every action of the window and the menu bar's mnemonics."""
    bound: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        key = _mnemonic(action.text())
        if key:
            bound[key].append(f"menu {action.text()}")
    seen: set[int] = set()
    for action in window.findChildren(QAction):
        if id(action) in seen or action.menu() is not None:
            continue
        seen.add(id(action))
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                bound[sequence.toString(QKeySequence.SequenceFormat.PortableText)].append(action.text())
    return bound


def test_no_key_is_bound_twice(make_window: Any, demo: Any) -> None:
    services, seed = demo
    window = make_window(services)
    window.show_meeting(seed)
    twice = {key: what for key, what in bindings(window).items() if len(what) > 1}
    assert twice == {}


def test_every_menu_shortcut_is_window_wide(make_window: Any, services: Services) -> None:
    window = make_window(services)
    narrow = []
    for menu in window.main_actions.menus.values():
        for action in menu.actions():
            if action.shortcuts() and action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
                narrow.append(action.text())
            if action.shortcuts() and action not in window.actions():
                narrow.append(f"{action.text()} (not on the window)")
    assert narrow == []


def test_toolbar_buttons_stay_put_when_undo_text_changes(make_window: Any, services: Services) -> None:
    window = make_window(services)
    bar = window.main_actions.toolbar
    buttons = [bar.widgetForAction(a) for a in bar.actions() if not a.isSeparator()]
    before = [(b.x(), b.width()) for b in buttons]
    undo = next(a for a in bar.actions() if a.text() == "Undo")
    assert not undo.isEnabled()
    window.context.push(
        "Add seats District A–O to the Regional Transportation District Board of Directors",
        lambda: services.bodies.create_body("Regional Transportation District Board of Directors", 15),
        lambda body: services.bodies.delete_body(body.id),
        meeting_id=None,
        kinds=(),
    )
    assert undo.isEnabled() and undo.text() == "Undo"
    assert undo.toolTip().startswith("Undo Add seats District A–O")
    assert [(b.x(), b.width()) for b in buttons] == before
    undo.trigger()
    assert services.bodies.list_bodies() == []


def test_f1_opens_help_and_the_shortcut_list_has_the_roll_call_keys(
    qtbot: Any, make_window: Any, services: Services
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from tests.ui.conftest import when_modal

    window = make_window(services)
    rows = dict(window.main_actions.all_shortcuts())
    assert rows["Y"] == "Roll call ▸ Yes" and rows["R"] == "Roll call ▸ Recused"
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_modal(read)
    qtbot.keyClick(window.navigator, Qt.Key.Key_F1)
    assert seen and "CouncilDesk in five steps" in seen[0]
