"""View ▸ Interface language: the clerk's choice of the window's language, applied at the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from councildesk.ui import app_settings, i18n
from councildesk.ui.i18n import translate


def choice_label(choice: str) -> str:
    """ "System language" translated; a language under its own name, so its speakers find it."""
    if choice == i18n.SYSTEM:
        return translate("LanguageMenu", "System language")
    return i18n.verbatim(i18n.LANGUAGES[choice])


class LanguageMenu(QMenu):
    """One checkable entry per choice; picking one saves it and says when it takes effect."""

    def __init__(self, settings: QSettings, parent: QWidget) -> None:
        super().__init__(self.tr("Interface &language"), parent)
        self.settings = settings
        self.setObjectName("LanguageMenu")
        current = app_settings.INTERFACE_LANGUAGE.read(settings)
        group = QActionGroup(self)
        group.setExclusive(True)
        self.choice_actions: dict[str, QAction] = {}
        for choice in i18n.CHOICES:
            action = QAction(choice_label(choice), self)
            action.setCheckable(True)
            action.setChecked(choice == current)
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
            group.addAction(action)
            self.addAction(action)
            self.choice_actions[choice] = action

    def choose(self, choice: str) -> None:
        if choice == app_settings.INTERFACE_LANGUAGE.read(self.settings):
            return
        app_settings.INTERFACE_LANGUAGE.write(self.settings, choice)
        self.settings.sync()
        QMessageBox.information(
            self.parentWidget(),
            i18n.verbatim("CouncilDesk"),
            i18n.fmt(
                self.tr("The window will be in {language} the next time CouncilDesk starts."),
                language=i18n.LANGUAGES[i18n.resolve(choice)],
            ),
        )
