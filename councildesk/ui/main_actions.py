"""The main window's menus, toolbar and window-wide actions with their shortcuts."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from councildesk.ui.language_menu import LanguageMenu

if TYPE_CHECKING:
    from councildesk.ui.database_switcher import DatabaseSwitcher
    from councildesk.ui.main_window import MainWindow

# The keys of MainActions.menus (English, as other modules name them) and the titles shown.
MENU_TITLES = {
    "File": QT_TRANSLATE_NOOP("MainActions", "&File"),
    "Edit": QT_TRANSLATE_NOOP("MainActions", "&Edit"),
    "Meeting": QT_TRANSLATE_NOOP("MainActions", "&Meeting"),
    "Agenda": QT_TRANSLATE_NOOP("MainActions", "&Agenda"),
    "View": QT_TRANSLATE_NOOP("MainActions", "&View"),
    "Help": QT_TRANSLATE_NOOP("MainActions", "&Help"),
}
MENU_NAMES = tuple(MENU_TITLES)
KeySpec = QKeySequence | QKeySequence.StandardKey | str | None


class MainActions:
    """Builds File, Edit, Meeting, Agenda, View and Help (in that order) and the main toolbar.

    Other areas add their own entries with `add(menu_name, actions)`; `finish()` moves Help
    back to the end once they have.
    """

    def __init__(self, window: MainWindow, switcher: DatabaseSwitcher) -> None:
        self.window = window
        self.menus: dict[str, QMenu] = {}
        for name in MENU_NAMES:
            self.menus[name] = window.menuBar().addMenu(translate("MainActions", MENU_TITLES[name]))
        self._build_file(switcher)
        self._build_edit()
        self._build_meeting()
        self._build_view()
        self._build_help()
        self.toolbar = self._build_toolbar()

    def add(self, menu_name: str, actions: list[QAction]) -> None:
        """Append `actions` to the menu `menu_name` (created if new); their shortcuts become window-wide."""
        name = self.menu_key(menu_name)
        menu = self.menus.get(name)
        if menu is None:
            menu = self.window.menuBar().addMenu(menu_name)
            self.menus[name] = menu
        for action in actions:
            menu.addAction(action)
            if action.shortcuts():
                # A key shown in a menu works wherever the focus is (Ctrl+E from the Agenda tab too).
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                self.window.addAction(action)

    def menu_key(self, name: str) -> str:
        """The key of a menu named in English ("File") or by its title on show ("&Archivo")."""
        plain = name.replace("&", "")
        if plain in self.menus:
            return plain
        for key, menu in self.menus.items():
            if menu.title().replace("&", "") == plain:
                return key
        return plain

    def finish(self) -> None:
        """Colleagues may add menus; Help stays the last one, as everywhere."""
        bar = self.window.menuBar()
        help_menu = self.menus["Help"]
        bar.removeAction(help_menu.menuAction())
        bar.addAction(help_menu.menuAction())

    def _new(self, text: str, slot: Callable[[], Any], key: KeySpec = None, tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    # -- the menus ----------------------------------------------------------------------
    def _build_file(self, switcher: DatabaseSwitcher) -> None:
        w = self.window
        self.new_db_action = self._new(
            translate("MainActions", "&New database…"),
            switcher.new_database,
            None,
            translate("MainActions", "Create an empty database"),
        )
        self.open_action = self._new(
            translate("MainActions", "&Open…"),
            switcher.open_database,
            QKeySequence.StandardKey.Open,
            translate("MainActions", "Open another database"),
        )
        self.open_read_only_action = self._new(
            translate("MainActions", "Open read on&ly…"),
            switcher.open_read_only,
            None,
            translate("MainActions", "Open a database to read and print only"),
        )
        self.backup_action = self._new(
            translate("MainActions", "&Backup…"),
            switcher.backup,
            None,
            translate("MainActions", "Copy the database to a safe place"),
        )
        self.quit_action = self._new(
            translate("MainActions", "&Quit"),
            w.close,
            "Ctrl+Q",
            translate("MainActions", "Close CouncilDesk"),
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu = self.menus["File"]
        file_menu.addAction(self.new_db_action)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.open_read_only_action)
        file_menu.addMenu(switcher.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        for action in (self.new_db_action, self.open_action, self.backup_action, self.quit_action):
            w.addAction(action)

    def _build_edit(self) -> None:
        w, std = self.window, QKeySequence.StandardKey
        self.undo_action = w.undo_stack.createUndoAction(w, translate("MainActions", "&Undo"))
        self.undo_action.setShortcut(QKeySequence(std.Undo))
        self.redo_action = w.undo_stack.createRedoAction(w, translate("MainActions", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(std.Redo)])
        # Qt puts the command's own text in the menu, where "&" marks a mnemonic and vanishes:
        # "Rename “Parks & Recreation”" must read as typed.
        for action, prefix, changed in (
            (self.undo_action, translate("MainActions", "&Undo"), w.undo_stack.undoTextChanged),
            (self.redo_action, translate("MainActions", "&Redo"), w.undo_stack.redoTextChanged),
        ):
            changed.connect(lambda text, a=action, p=prefix: a.setText(menu_label(p, text)))
        self.people_action = self._new(
            translate("MainActions", "&People…"),
            w.show_people,
            "Ctrl+Shift+P",
            translate("MainActions", "Add and edit people"),
        )
        self.bodies_action = self._new(
            translate("MainActions", "&Bodies, seats and terms…"),
            w.show_bodies,
            "Ctrl+Shift+B",
            translate("MainActions", "Council, committees, seats and members"),
        )
        self.add("Edit", [self.undo_action, self.redo_action])
        self.menus["Edit"].addSeparator()
        self.add("Edit", [self.people_action, self.bodies_action])

    def _build_meeting(self) -> None:
        w = self.window
        self.new_meeting_action = self._new(
            translate("MainActions", "&New meeting…"),
            w.new_meeting,
            "Ctrl+Shift+N",
            translate("MainActions", "Schedule a new meeting"),
        )
        self.delete_meeting_action = self._new(
            translate("MainActions", "&Delete meeting…"),
            w.delete_meeting,
            None,
            translate("MainActions", "Delete the selected meeting"),
        )
        self.save_template_action = self._new(
            translate("MainActions", "Save agenda as the body's te&mplate"),
            w.save_agenda_template,
            None,
            translate("MainActions", "New meetings of this body can start from this agenda's sections"),
        )
        self.add("Meeting", [self.new_meeting_action])
        self.add("Meeting", w.meeting_view.meeting_actions())
        self.add("Meeting", [self.save_template_action])
        self.menus["Meeting"].addSeparator()
        self.add("Meeting", [self.delete_meeting_action])
        self.add("Agenda", w.meeting_view.agenda.actions_for_menu())

    def _build_view(self) -> None:
        w, view = self.window, self.window.meeting_view
        std = QKeySequence.StandardKey
        self.find_action = self._new(
            translate("MainActions", "&Find meeting"),
            w.focus_filter,
            std.Find,
            translate("MainActions", "Filter the navigator"),
        )
        self.focus_nav_action = self._new(
            translate("MainActions", "&Navigator"),
            w.focus_navigator,
            "Ctrl+1",
            translate("MainActions", "Go to the navigator"),
        )
        self.focus_att_action = self._new(
            translate("MainActions", "&Attendance"),
            lambda: view.attendance.table.setFocus(),
            "Ctrl+2",
            translate("MainActions", "Go to the roll"),
        )
        self.focus_agenda_action = self._new(
            translate("MainActions", "A&genda"),
            lambda: view.agenda.tree.setFocus(),
            "Ctrl+3",
            translate("MainActions", "Go to the agenda"),
        )
        self.refresh_action = self._new(
            translate("MainActions", "&Refresh"),
            w.refresh_all,
            std.Refresh,
            translate("MainActions", "Reload from the database"),
        )
        toggle = w.navigator_dock.toggleViewAction()
        toggle.setText(translate("MainActions", "Show navigator"))
        self.add(
            "View",
            [
                self.find_action,
                self.focus_nav_action,
                self.focus_att_action,
                self.focus_agenda_action,
                toggle,
            ],
        )
        self.menus["View"].addSeparator()
        self.add("View", [self.refresh_action])
        self.menus["View"].addSeparator()
        self.language_menu = LanguageMenu(w.settings, w)
        self.menus["View"].addMenu(self.language_menu)

    def _build_help(self) -> None:
        w = self.window
        self.help_action = self._new(
            translate("MainActions", "CouncilDesk &help"),
            lambda: show_quick_help(w),
            QKeySequence.StandardKey.HelpContents,
            translate("MainActions", "A short guide"),
        )
        self.shortcuts_action = self._new(
            translate("MainActions", "&Keyboard shortcuts"),
            w.show_shortcuts,
            "Ctrl+/",
            translate("MainActions", "Every keyboard shortcut"),
        )
        self.about_action = self._new(translate("MainActions", "&About CouncilDesk"), w.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.add("Help", [self.help_action, self.shortcuts_action, self.about_action])

    def _build_toolbar(self) -> QToolBar:
        w = self.window
        bar = QToolBar(translate("MainActions", "Main toolbar"), w)
        bar.setObjectName("MainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        view = w.meeting_view
        for action in (
            self.new_meeting_action,
            None,
            self._steady(self.undo_action, translate("MainActions", "Undo")),
            self._steady(self.redo_action, translate("MainActions", "Redo")),
            None,
            view.call_action,
            view.adjourn_action,
            None,
            view.agenda.add_action,
            view.agenda.start_action,
        ):
            if action is None:
                bar.addSeparator()
            else:
                bar.addAction(action)
                button = bar.widgetForAction(action)
                if button is not None:
                    # Fixed widths: a button never grows with its text, so the others never move
                    # under a click meant for them.
                    button.setFixedWidth(button.sizeHint().width())
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return bar

    def _steady(self, action: QAction, text: str) -> QAction:
        """A toolbar stand-in for `action` whose text stays `text` ("Undo"); what it would undo
        ("Undo Add seat Ward 4") is its tooltip, and it is enabled exactly when `action` is."""
        proxy = QAction(text, self.window)
        proxy.triggered.connect(action.trigger)

        def follow() -> None:
            proxy.setEnabled(action.isEnabled())
            proxy.setToolTip(re.sub(r"&(.)", r"\1", action.text()))  # the mnemonic out, "&&" as "&"

        action.changed.connect(follow)
        follow()
        return proxy

    # -- the shortcut list --------------------------------------------------------------
    def all_shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what) for every action that has a shortcut, read from the actions themselves."""
        seen: set[int] = set()
        rows: list[tuple[str, str]] = []

        def visit(menu: QMenu, path: str) -> None:
            for action in menu.actions():
                sub = action.menu()
                if sub is not None:
                    assert isinstance(sub, QMenu)
                    visit(sub, f"{path} ▸ {action.text().replace('&', '')}")
                    continue
                if action.isSeparator() or id(action) in seen:
                    continue
                seen.add(id(action))
                keys = ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText)
                    for k in action.shortcuts()
                    if not k.isEmpty()
                )
                if keys:
                    text = action.text().replace("&", "").rstrip("…")
                    rows.append((keys, f"{path} ▸ {text}"))

        for menu in self.menus.values():
            visit(menu, menu.title().replace("&", ""))
        rows.extend(self.window.meeting_view.attendance.shortcut_help())
        rows.extend(roll_call_keys())
        return rows


def menu_label(prefix: str, text: str) -> str:
    """'&Undo' and a command's text as a menu shows it, every "&" in the text kept ("&&")."""
    return f"{prefix} {text.replace('&', '&&')}" if text else prefix


def roll_call_keys() -> list[tuple[str, str]]:
    """The one-key ballots of a roll call (read from the roll-call view's own table of keys)."""
    from councildesk.ui.enum_labels import label
    from councildesk.ui.roll_call_view import KEYS

    rows = [
        (
            QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText),
            fmt(translate("main_actions", "Roll call ▸ {option}"), option=label(option)),
        )
        for key, option in KEYS.items()
    ]
    rows.append(
        (translate("main_actions", "Enter"), translate("main_actions", "Roll call ▸ Record the vote"))
    )
    return rows


QUICK_HELP = QT_TRANSLATE_NOOP(
    "main_actions",
    """<h3>CouncilDesk in five steps</h3>
<ol>
<li><b>Set up once</b> (Edit ▸ Bodies, seats and terms): a body, its seats from a pattern such as
<i>District A–O</i>, and its members — paste them from a spreadsheet with <b>Roster…</b>.</li>
<li><b>New meeting</b> (Ctrl+Shift+N): body, date and time, place, who presides and who records.</li>
<li><b>Attendance</b> (Ctrl+2): mark each member present, absent, excused or remote; quorum follows.</li>
<li><b>Agenda</b> (Ctrl+3): Insert adds an item, Shift+Insert a sub-item; on an item record motions,
votes (a roll call takes one key per member: Y, N, A, R, P, X) and speakers.</li>
<li><b>Minutes</b>: preview, export (Ctrl+E) or print (Ctrl+P); once approved they are locked.</li>
</ol>
<p>Every change can be undone with Ctrl+Z. Help ▸ Keyboard shortcuts (Ctrl+/) lists every key.</p>""",
)


def show_quick_help(window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("main_actions", "CouncilDesk help"),
        translate("main_actions", QUICK_HELP),
        parent=window,
    )
    box.setTextFormat(Qt.TextFormat.RichText)
    box.exec()
