"""The main window: navigator of bodies, years and meetings beside the meeting workspace.

Its menus and toolbar are built by `main_actions.MainActions`; choosing another database file
and backing up are `database_switcher.DatabaseSwitcher`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.errors import UserError
from councildesk.services.container import Services
from councildesk.supported_runtime import refuse_known_bad_pair
from councildesk.ui import app_settings
from councildesk.ui.agenda_template_actions import save_agenda_template
from councildesk.ui.database_switcher import DatabaseSwitcher
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate, verbatim
from councildesk.ui.local_dates import long_date, short_date
from councildesk.ui.main_actions import MainActions
from councildesk.ui.meeting_dialog import NewMeetingDialog
from councildesk.ui.meeting_view import MeetingView
from councildesk.ui.navigator_model import MEETING_ID_ROLE, NavigatorModel
from councildesk.ui.ui_context import RecordChange, RecordKind, UiContext
from councildesk.ui.undo_support import IdMap
from councildesk.ui.window_fit import FRAME, never_outgrow_the_screen, restore_fitting_geometry

refuse_known_bad_pair()  # every way of building the window (app, screenshots) checks the pair first


class MainWindow(QMainWindow):
    """One window over one database; every change goes through `undo_stack`."""

    meetingChanged = Signal(int)  # meeting id, or 0 for none
    databaseRequested = Signal(str)  # File ▸ New/Open: the app opens it in a fresh window
    readOnlyRequested = Signal(str)  # File ▸ Open read only…: the same, without the right to change it

    def __init__(self, services: Services, settings: QSettings | None = None) -> None:
        super().__init__()
        self.services = services
        # A councilor's copy, or a second copy of a file another holds for writing.
        self.read_only = not services.database.writable
        self.settings = settings if settings is not None else app_settings.open_store()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.meeting_ids = IdMap()
        self._meeting_id: int | None = None
        self.setObjectName("MainWindow")
        self.setWindowTitle(verbatim("CouncilDesk"))
        self._fit_to_screen(1360, 820)
        never_outgrow_the_screen(self)

        # The workspace: a tab per view of the selected meeting ("Meeting" first).
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("MainWindow", "Meeting workspace"))
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.context = UiContext(services, self.undo_stack, self.report_error)
        self.meeting_view = MeetingView(self.context, self)
        self.add_workspace_tab(translate("MainWindow", "Meeting"), self.meeting_view)

        self._build_navigator()
        self.context.records.changed.connect(self._records_changed)
        self.switcher = DatabaseSwitcher(self, services, self.settings)
        self.main_actions = MainActions(self, self.switcher)
        self.statusBar().showMessage(translate("MainWindow", "Ready"), 3000)
        self._restore_state()

        from councildesk.ui.view_registry import install_views

        install_views(self)
        self.main_actions.finish()
        self._apply_read_only()

    # Menu entries that change records (by the context that names them); a read-only window
    # disables them (the database refuses too).
    EDITING_ACTIONS = {
        "File": (
            ("ExchangeActions", QT_TRANSLATE_NOOP("ExchangeActions", "&Import…")),
            ("ExchangeActions", QT_TRANSLATE_NOOP("ExchangeActions", "&Restore…")),
        ),
        "Edit": (
            ("MainActions", QT_TRANSLATE_NOOP("MainActions", "&People…")),
            ("MainActions", QT_TRANSLATE_NOOP("MainActions", "&Bodies, seats and terms…")),
        ),
        "Meeting": (
            ("MainActions", QT_TRANSLATE_NOOP("MainActions", "&New meeting…")),
            ("MeetingView", QT_TRANSLATE_NOOP("MeetingView", "&Details…")),
            ("MeetingView", QT_TRANSLATE_NOOP("MeetingView", "&Call to order")),
            ("MeetingView", QT_TRANSLATE_NOOP("MeetingView", "Ad&journ")),
            ("MeetingView", QT_TRANSLATE_NOOP("MeetingView", "&Times…")),
            ("MeetingView", QT_TRANSLATE_NOOP("MeetingView", "Mark all &present")),
            ("MainActions", QT_TRANSLATE_NOOP("MainActions", "&Delete meeting…")),
            ("MainActions", QT_TRANSLATE_NOOP("MainActions", "Save agenda as the body's te&mplate")),
            ("MinutesView", QT_TRANSLATE_NOOP("MinutesView", "&Approve…")),
        ),
        "Agenda": (("", "*"),),
    }

    def _apply_read_only(self) -> None:
        self._show_sign_in()
        if not self.read_only:
            return
        undo_redo = (translate("MainActions", "&Undo"), translate("MainActions", "&Redo"))
        for name, entries in self.EDITING_ACTIONS.items():
            texts = {translate(context, text) if context else text for context, text in entries}
            menu = self.main_actions.menus.get(name)
            for action in menu.actions() if menu is not None else []:
                if action.isSeparator() or action.menu() is not None:
                    continue
                if "*" in texts or action.text() in texts or action.text().startswith(undo_redo):
                    action.setEnabled(False)

    def _show_sign_in(self) -> None:
        """On a server, who this window signs in as, and, for a reader's role, that it may only read."""
        database = self.services.database
        who = database.person or database.role
        if self.read_only and database.role is not None:
            note = fmt(
                self.tr("Read only: the database role {role} may only read these records."),
                role=database.role,
            )
        elif who is not None:
            note = fmt(self.tr("Signed in as {who}."), who=who)
        else:
            return
        # Called again whenever the meeting changes: one label, its text refreshed.
        label = self.statusBar().findChild(QLabel, "signInNote")
        if label is None:
            label = QLabel(self)
            label.setObjectName("signInNote")
            self.statusBar().addPermanentWidget(label)
        label.setText(note)

    def title_for(self, text: str) -> str:
        return fmt(translate("MainWindow", "{text} (read only)"), text=text) if self.read_only else text

    def _fit_to_screen(self, width: int, height: int) -> None:
        """Start at `width`×`height`, or smaller on a small screen (a 1366×768 laptop keeps its taskbar)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = (
                min(width, room.width() - FRAME.width()),
                min(height, room.height() - FRAME.height()),
            )
        self.resize(width, height)

    # -- the integration API ------------------------------------------------------------
    def current_meeting_id(self) -> int | None:
        return self._meeting_id

    def report_error(self, message: str) -> None:
        """A refused change: one plain sentence in the status bar and a message box."""
        self.statusBar().showMessage(message, 15000)
        QMessageBox.warning(self, "CouncilDesk", message)

    def add_workspace_tab(self, title: str, widget: QWidget) -> None:
        self.tabs.addTab(widget, title)

    def add_menu_actions(self, menu_name: str, actions: list[QAction]) -> None:
        self.main_actions.add(menu_name, actions)

    def menu(self, name: str) -> QMenu:
        return self.main_actions.menus[self.main_actions.menu_key(name)]

    # -- building -----------------------------------------------------------------------
    def _build_navigator(self) -> None:
        self.navigator_model = NavigatorModel(self.services, self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(translate("MainWindow", "Filter meetings (title, place, body)…"))
        self.filter_edit.setAccessibleName(translate("MainWindow", "Filter meetings"))
        self.filter_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)  # wait for a pause in typing before querying
        self._filter_timer.timeout.connect(lambda: self.navigator_model.set_filter(self.filter_edit.text()))
        self.filter_edit.textChanged.connect(lambda _: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self._apply_filter_now)
        self.navigator = QTreeView(self)
        self.navigator.setModel(self.navigator_model)
        self.navigator.setAccessibleName(translate("MainWindow", "Navigator: bodies, years and meetings"))
        self.navigator.setHeaderHidden(True)
        self.navigator.setUniformRowHeights(True)
        self.navigator.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigator.selectionModel().currentChanged.connect(self._navigator_current_changed)
        self.navigator_model.modelReset.connect(self._reselect_in_navigator)
        panel = QWidget(self)
        panel.setMinimumWidth(190)  # with the workspace, fits a 1366-px laptop
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.navigator)
        self.navigator_dock = QDockWidget(translate("MainWindow", "Meetings"), self)
        self.navigator_dock.setObjectName("NavigatorDock")
        self.navigator_dock.setWidget(panel)
        self.navigator_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigator_dock)
        self.resizeDocks([self.navigator_dock], [240], Qt.Orientation.Horizontal)
        self.setTabOrder(self.filter_edit, self.navigator)

    # -- settings -----------------------------------------------------------------------
    def _restore_state(self) -> None:
        restore_fitting_geometry(self, app_settings.WINDOW_GEOMETRY.read(self.settings))
        state = app_settings.WINDOW_STATE.read(self.settings)
        if not state.isEmpty():
            self.restoreState(state)
        if self.services.database.path is not None:
            self.switcher.remember_recent(str(self.services.database.path))
        self.setWindowTitle(
            self.title_for(
                fmt(
                    translate("MainWindow", "CouncilDesk — {database_name}"),
                    database_name=self.switcher.database_name(),
                )
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        app_settings.WINDOW_GEOMETRY.write(self.settings, self.saveGeometry())
        app_settings.WINDOW_STATE.write(self.settings, self.saveState())
        if self._meeting_id is not None:
            self._remember_meeting(self._meeting_id)
        self.settings.sync()
        super().closeEvent(event)

    def _remember_meeting(self, meeting_id: int) -> None:
        db = self.services.database
        app_settings.remember_meeting(self.settings, db.path, db.url, meeting_id)

    def remembered_meeting(self) -> int | None:
        """The meeting on show when this database was last closed (in any earlier launch)."""
        db = self.services.database
        return app_settings.remembered_meeting(self.settings, db.path, db.url)

    # -- navigator ----------------------------------------------------------------------
    def _navigator_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        meeting_id = current.data(MEETING_ID_ROLE) if current.isValid() else None
        if meeting_id is not None and meeting_id != self._meeting_id:
            self.show_meeting(int(meeting_id), from_navigator=True)

    def _apply_filter_now(self) -> None:
        self._filter_timer.stop()
        self.navigator_model.set_filter(self.filter_edit.text())
        if self.navigator_model.canFetchMore(QModelIndex()):
            self.navigator_model.fetchMore(QModelIndex())
        if self.navigator_model.rowCount():
            self.navigator.setFocus()
            self.navigator.setCurrentIndex(self.navigator_model.index(0, 0))

    def _reselect_in_navigator(self) -> None:
        if self._meeting_id is not None and not self.navigator_model.filter_text():
            QTimer.singleShot(0, lambda: self._select_in_navigator(self._meeting_id))

    def _select_in_navigator(self, meeting_id: int | None) -> None:
        if meeting_id is None:
            return
        try:
            index = self.navigator_model.index_of_meeting(meeting_id)
        except UserError:
            return
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.navigator.expand(parent)
                parent = parent.parent()
            blocker = self.navigator.selectionModel().blockSignals(True)
            self.navigator.setCurrentIndex(index)
            self.navigator.selectionModel().blockSignals(blocker)
            self.navigator.viewport().update()
            self.navigator.scrollTo(index)

    def focus_filter(self) -> None:
        self.navigator_dock.show()
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def focus_navigator(self) -> None:
        self.navigator_dock.show()
        self.navigator.setFocus()

    # -- the meeting on show ------------------------------------------------------------
    def show_meeting(self, meeting_id: int | None, *, from_navigator: bool = False) -> None:
        """Open `meeting_id` (None: no meeting) in the workspace and tell every view."""
        if meeting_id is not None:
            meeting_id = self.meeting_ids.resolve(meeting_id)
            try:
                self.services.meetings.get_meeting(meeting_id)
            except UserError as error:
                self.report_error(error.message)
                meeting_id = None
        self._meeting_id = meeting_id
        self.meeting_view.set_meeting(meeting_id)
        shown = self.meeting_view.meeting
        self.main_actions.delete_meeting_action.setEnabled(shown is not None and not shown.locked)
        if meeting_id is not None:
            self._remember_meeting(meeting_id)
            if not from_navigator:
                self._select_in_navigator(meeting_id)
            m = self.meeting_view.meeting
            assert m is not None
            self.setWindowTitle(
                self.title_for(
                    fmt(
                        translate("MainWindow", "{body_name}, {short_date} — CouncilDesk"),
                        body_name=m.body_name,
                        short_date=short_date(m.scheduled_start),
                    )
                )
            )
        else:
            self.setWindowTitle(
                self.title_for(
                    fmt(
                        translate("MainWindow", "CouncilDesk — {database_name}"),
                        database_name=self.switcher.database_name(),
                    )
                )
            )
        self.meetingChanged.emit(meeting_id or 0)
        self._apply_read_only()

    def _records_changed(self, change: RecordChange) -> None:
        """The navigator shows meetings under their bodies: reload it when either changes."""
        if change.touches(RecordKind.MEETING, RecordKind.BODIES):
            self.navigator_model.reload()

    def refresh_all(self) -> None:
        self.navigator_model.reload()
        if self._meeting_id is not None:
            self.show_meeting(self._meeting_id)
        self.statusBar().showMessage(translate("MainWindow", "Reloaded from the database."), 3000)

    # -- meeting commands ---------------------------------------------------------------
    def new_meeting(self) -> None:
        if not self.services.bodies.list_bodies():
            self.report_error(
                translate(
                    "MainWindow", "Create a body first (Edit ▸ Bodies, seats and terms…), then its meetings."
                )
            )
            return
        last_place = app_settings.LAST_PLACE.read(self.settings)
        dialog = NewMeetingDialog(self.services, self, last_place=last_place)
        # A refused meeting (one plain sentence) brings the dialog back with what was typed.
        while dialog.exec():
            if self._create_meeting(dialog.values(), dialog.from_template()):
                return

    def _create_meeting(self, values: dict[str, Any], from_template: bool = False) -> bool:
        ids = self.meeting_ids
        original: list[int] = []

        def do() -> Any:
            meeting = self.services.agenda_templates.create_meeting(from_template=from_template, **values)
            if original:
                ids.remap(original[0], meeting.id)
            else:
                original.append(meeting.id)
            return meeting

        def undo(_: Any) -> None:
            self.services.meetings.delete_meeting(ids.resolve(original[0]))

        def changed() -> None:
            current = ids.resolve(original[0]) if original else None
            exists = current is not None and self._meeting_exists(current)
            self.show_meeting(current if exists else None)

        when = values["scheduled_start"]
        result = self.context.push(
            fmt(translate("MainWindow", "New meeting on {short_date}"), short_date=short_date(when)),
            do,
            undo,
            changed,
            meeting_id=None,
            kinds=(RecordKind.MEETING,),
        )
        if result is not None and values["location"].strip():
            app_settings.LAST_PLACE.write(self.settings, values["location"].strip())
        return result is not None

    def save_agenda_template(self) -> None:
        """Meeting ▸ Save agenda as the body's template: the next meetings can start from it."""
        meeting = self.meeting_view.meeting
        if meeting is None:
            return
        saved = save_agenda_template(self.context, meeting)
        if saved is not None:
            count = translate("MainWindow", "%n section(s)", "", len(saved.template))
            self.statusBar().showMessage(
                fmt(
                    translate("MainWindow", "New {body_name} meetings can start from these {count}."),
                    body_name=meeting.body_name,
                    count=count,
                ),
                8000,
            )

    def _meeting_exists(self, meeting_id: int) -> bool:
        try:
            self.services.meetings.get_meeting(meeting_id)
        except UserError:
            return False
        return True

    def delete_meeting(self) -> None:
        m = self.meeting_view.meeting
        if m is None:
            return
        if m.locked:
            self.meeting_view.explain_locked()
            return
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Delete meeting"),
            fmt(
                translate(
                    "MainWindow",
                    "Delete the {body_name} meeting of {long_date} with everything recorded in it? This "
                    "cannot be undone.",
                ),
                body_name=m.body_name,
                long_date=long_date(m.scheduled_start),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.meetings.delete_meeting(m.id)
        except UserError as error:
            self.report_error(error.message)
            return
        # Commands on the stack may refer to what was just deleted; start a fresh history.
        self.undo_stack.clear()
        self.navigator_model.reload()
        self.show_meeting(None)
        self.statusBar().showMessage(
            fmt(
                translate("MainWindow", "Deleted the meeting of {long_date}."),
                long_date=long_date(m.scheduled_start),
            ),
            8000,
        )

    # -- dialogs ------------------------------------------------------------------------
    def show_people(self) -> None:
        from councildesk.ui.people_dialog import PeopleDialog

        PeopleDialog(self.context, self).exec()  # the views refresh on each change it announces

    def show_bodies(self) -> None:
        from councildesk.ui.bodies_dialog import BodiesDialog

        BodiesDialog(self.context, self).exec()  # the views refresh on each change it announces

    def show_shortcuts(self) -> None:
        from councildesk.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.main_actions.all_shortcuts(), self).exec()

    def show_about(self) -> None:
        from councildesk import __version__

        QMessageBox.about(
            self,
            translate("MainWindow", "About CouncilDesk"),
            fmt(
                translate(
                    "MainWindow",
                    "<h3>CouncilDesk {version}</h3><p>Record council meetings as they happen — "
                    "attendance, agenda, sponsors, speakers, motions and votes — and publish official "
                    "minutes. Works fully offline.</p><p>Database: {url}</p><p>Licence: "
                    "GPL-3.0-or-later.</p>",
                ),
                version=__version__,
                url=self.services.database.url,
            ),
        )
