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
