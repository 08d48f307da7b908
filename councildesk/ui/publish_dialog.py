"""File ▸ Publish website…: choose the folder, body, dates and drafts, then write the public site."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from councildesk.domain.errors import UserError
from councildesk.domain.minutes_language import LANGUAGE_NAMES
from councildesk.publish.site_words import SITE_LANGUAGES
from councildesk.ui.i18n import fmt, translate

if TYPE_CHECKING:
    from councildesk.publish.site import PublishOptions, PublishResult
    from councildesk.ui.main_window import MainWindow


def holds_other_files(folder: Path) -> bool:
    """True when `folder` has files and is not a site CouncilDesk published before."""
    from councildesk.publish.site_folder import MARKER

    return folder.is_dir() and not (folder / MARKER).is_file() and any(folder.iterdir())


class PublishDialog(QDialog):
    """The choices of one publish; `options()` turns them into PublishOptions."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle(self.tr("Publish website"))
        self.setMinimumWidth(520)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setAccessibleName(self.tr("Folder to publish into"))
        here = window.services.database.path
        self.folder_edit.setText(str((here.parent if here else Path.home()) / "site"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.body_combo = QComboBox(self)
        self.body_combo.setAccessibleName(self.tr("Body"))
        self.body_combo.addItem(self.tr("Every body"), None)
        for body in window.services.bodies.list_bodies():
            self.body_combo.addItem(body.name, body.id)
        self.from_check = QCheckBox(self.tr("&From"), self)
        self.from_edit = self._date_edit(self.tr("First meeting date"), QDate(date.today().year - 1, 1, 1))
        self.to_check = QCheckBox(self.tr("&To"), self)
        self.to_edit = self._date_edit(self.tr("Last meeting date"), QDate.currentDate())
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            check.toggled.connect(edit.setEnabled)
            edit.setEnabled(False)
        self.drafts_check = QCheckBox(self.tr("Include &draft minutes (each marked DRAFT)"), self)
        # The site's own words (titles, headings, labels): the bodies' language unless the clerk chooses.
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language of the website's own words"))
        for code in SITE_LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)  # each language in its own name
        self.body_combo.currentIndexChanged.connect(self._body_language)
        self._body_language()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.publish_button = buttons.addButton(self.tr("&Publish"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.publish_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        folder_label = QLabel(self.tr("F&older:"), self)
        folder_label.setBuddy(self.folder_edit)  # a label beside a layout gets no buddy of its own
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Body:"), self.body_combo)
        form.addRow(self.from_check, self.from_edit)
        form.addRow(self.to_check, self.to_edit)
        form.addRow("", self.drafts_check)
        form.addRow(self.tr("Website &language:"), self.language_combo)
        form.addRow(buttons)

    def _body_language(self) -> None:
        """Choose the language the chosen bodies' records print in (English when they differ)."""
        from councildesk.publish.site_words import site_language

        body = self.body_combo.currentData()
        language = site_language(self.window_.services.bodies, int(body) if body is not None else None)
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))

    def _date_edit(self, name: str, start: QDate) -> QDateEdit:
        edit = QDateEdit(start, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the website"))
        if chosen:
            self.folder_edit.setText(chosen)

    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def options(self, *, force: bool = False) -> PublishOptions:
        from councildesk.publish.site import PublishOptions

        body = self.body_combo.currentData()

        def day(check: QCheckBox, edit: QDateEdit) -> date | None:
            if not check.isChecked():
                return None
            chosen = edit.date()
            return date(chosen.year(), chosen.month(), chosen.day())

        return PublishOptions(
            body_id=int(body) if body is not None else None,
            date_from=day(self.from_check, self.from_edit),
            date_to=day(self.to_check, self.to_edit),
            include_drafts=self.drafts_check.isChecked(),
            force=force,
            lang=str(self.language_combo.currentData()),
        )


def publish_website(window: MainWindow, dialog: PublishDialog | None = None) -> PublishResult | None:
    """Ask, confirm a folder holding other files, then publish behind a cancellable progress dialog."""
    from councildesk.publish.site import PublishCancelled, publish
    from councildesk.services.exchange_records import DateRange
    from councildesk.ui.progress_task import TaskProgress, run_cancellable

    dialog = dialog or PublishDialog(window)
    if not dialog.exec():
        return None
    folder = dialog.folder()
    if folder is None:
        window.report_error(translate("PublishDialog", "Choose the folder to publish the website into."))
        return None
    force = False
    if holds_other_files(folder):
        answer = QMessageBox.question(
            window,
            translate("PublishDialog", "Publish website"),
            fmt(
                translate(
                    "PublishDialog",
                    "{folder} already holds files CouncilDesk did not write. Publish the website beside "
                    "them? They are kept; only the site's own files are ever replaced or removed.",
                ),
                folder=folder,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        force = True
    options = dialog.options(force=force)
    services = window.services

    def work(progress: TaskProgress) -> PublishResult:
        DateRange(options.date_from, options.date_to)  # a range that ends before it starts: one sentence
        return publish(services, folder, options, progress=progress.report, cancel=progress.cancel.is_set)

    try:
        result = run_cancellable(
            window,
            translate("PublishDialog", "Publish website"),
            fmt(translate("PublishDialog", "Publishing the website into {folder}…"), folder=folder),
            work,
        )
    except PublishCancelled as stopped:
        window.statusBar().showMessage(stopped.message, 15000)
        return None
    except UserError as error:
        window.report_error(error.message)
        return None
    window.statusBar().showMessage(
        fmt(
            translate(
                "PublishDialog",
                "Published {pages} pages into {folder} ({changed} files written, {removed} removed).",
            ),
            pages=result.pages,
            folder=folder,
            changed=result.changed,
            removed=result.removed,
        ),
        15000,
    )
    return result


def install_publish_action(window: MainWindow) -> QAction:
    """File ▸ Publish website…, after the other exports."""
    action = QAction(translate("PublishDialog", "Publish &website…"), window)
    action.setStatusTip(
        translate("PublishDialog", "Write the public website of meetings, votes and members into a folder")
    )
    action.triggered.connect(lambda _checked=False: publish_website(window))
    file_menu = window.menu(translate("PublishDialog", "File"))
    # Beside the other ways out of the database: right after Export minutes for a year….
    entries = file_menu.actions()
    anchor = getattr(window, "minutes_volume_action", None)
    following = entries[entries.index(anchor) + 1 :] if anchor in entries else []
    file_menu.insertAction(following[0], action) if following else file_menu.addAction(action)
    window.publish_action = action  # type: ignore[attr-defined]
    return action
