"""The main window: navigator of bodies, years and meetings beside the meeting workspace."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from councildesk.services.container import Services


class MainWindow(QMainWindow):
    """One window over one database; every change goes through `undo_stack`."""

    meetingChanged = Signal(int)  # meeting id, or 0 for none

    def __init__(self, services: Services, settings: QSettings | None = None) -> None:
        super().__init__()
        self.services = services
        self.settings = settings if settings is not None else QSettings("CouncilDesk", "CouncilDesk")
        self.undo_stack = QUndoStack(self)
        self._meeting_id: int | None = None
        self._menus: dict[str, QMenu] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Meeting workspace")
        self.setCentralWidget(self.tabs)
        for name in ("&File", "&Edit", "&Meeting", "&Agenda", "&View", "&Help"):
            self._menus[name.replace("&", "")] = self.menuBar().addMenu(name)
        from councildesk.ui.view_registry import install_views

        install_views(self)

    def current_meeting_id(self) -> int | None:
        return self._meeting_id

    def report_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, "CouncilDesk", message)

    def add_workspace_tab(self, title: str, widget: QWidget) -> None:
        self.tabs.addTab(widget, title)

    def add_menu_actions(self, menu_name: str, actions: list[QAction]) -> None:
        menu = self._menus.get(menu_name.replace("&", ""))
        if menu is None:
            menu = self.menuBar().addMenu(menu_name)
            self._menus[menu_name.replace("&", "")] = menu
        for action in actions:
            menu.addAction(action)
            self.addAction(action)  # shortcuts work wherever the focus is
