"""File ▸ Import…, Export…, Archive…, Restore… and Backups…: open data and backups in the window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.errors import UserError
from councildesk.domain.messages import as_read
from councildesk.ui.history_panel import record_noun
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate

if TYPE_CHECKING:
    from councildesk.services.exchange_records import ImportPreview
    from councildesk.ui.main_window import MainWindow

IMPORT_FORMATS = {
    "ocd": (
        QT_TRANSLATE_NOOP("exchange_actions", "Open Civic Data (folder of .json files)"),
        True,
        QT_TRANSLATE_NOOP("exchange_actions", "JSON files (*.json)"),
    ),
    "popolo": (
        QT_TRANSLATE_NOOP("exchange_actions", "Popolo JSON"),
        False,
        QT_TRANSLATE_NOOP("exchange_actions", "JSON files (*.json);;All files (*)"),
    ),
    "legistar": (
        QT_TRANSLATE_NOOP("exchange_actions", "Legistar Web API JSON"),
        False,
        QT_TRANSLATE_NOOP("exchange_actions", "JSON files (*.json);;All files (*)"),
    ),
    "csv": (
        QT_TRANSLATE_NOOP("exchange_actions", "Roster CSV (people, seats, terms, roles)"),
        False,
        QT_TRANSLATE_NOOP("exchange_actions", "CSV files (*.csv);;All files (*)"),
    ),
    "wide-csv": (
        QT_TRANSLATE_NOOP("exchange_actions", "Roll-call CSV (a row per vote, a column per member)"),
        False,
        QT_TRANSLATE_NOOP("exchange_actions", "CSV files (*.csv);;All files (*)"),
    ),
}
EXPORT_FORMATS = {
    "ocd": QT_TRANSLATE_NOOP("exchange_actions", "Open Civic Data (one JSON file per object)"),
    "popolo": QT_TRANSLATE_NOOP("exchange_actions", "Popolo JSON"),
    "csv": QT_TRANSLATE_NOOP("exchange_actions", "CSV for spreadsheets"),
    "ics": QT_TRANSLATE_NOOP("exchange_actions", "Calendar of meetings (.ics)"),
    "wide-csv": QT_TRANSLATE_NOOP(
        "exchange_actions", "Roll calls, a row per vote and a column per member (CSV per body)"
    ),
}
ACTION_NAMES = {
    "create": QT_TRANSLATE_NOOP("exchange_actions", "Create"),
    "update": QT_TRANSLATE_NOOP("exchange_actions", "Update"),
    "locked": QT_TRANSLATE_NOOP("exchange_actions", "Not changed (approved)"),
    "use": QT_TRANSLATE_NOOP("exchange_actions", "Use existing"),
    "read": QT_TRANSLATE_NOOP("exchange_actions", "Read"),  # a roll-call CSV's first line: what it holds
}


def busy(window: QWidget, message: str, work: Callable[[], Any]) -> Any:
    """Run a slow step behind a progress dialog (the window stays the owner of errors)."""
    from councildesk.ui.progress_task import run_with_progress

    return run_with_progress(window, "CouncilDesk", message, work)


class PathField(QWidget):
    """A path line edit with a Browse… button (file or folder)."""

    def __init__(self, choose: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(translate("PathField", "Path"))
        self.button = QPushButton(translate("PathField", "&Browse…"), self)
        self.button.clicked.connect(self._browse)
        self._choose = choose
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def _browse(self) -> None:
        chosen = self._choose()
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class ImportDialog(QDialog):
    """Choose a format and a file, see what would change, then Import or Cancel (nothing written before)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.preview: ImportPreview | None = None
        self.setWindowTitle(translate("ImportDialog", "Import"))
        self.resize(820, 560)
        self.format = QComboBox(self)
        for key, (label, _folder, _filter) in IMPORT_FORMATS.items():
            self.format.addItem(translate("exchange_actions", label), key)
        self.source = PathField(self._choose, self)
        self.preview_button = QPushButton(translate("ImportDialog", "&Preview"), self)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.run_preview)
        self.summary = QLabel(
            translate(
                "ImportDialog",
                "Choose what to import, then Preview: nothing is written until you press Import.",
            )
        )
        self.summary.setWordWrap(True)
        self.changes = QTreeWidget(self)
        self.changes.setHeaderLabels(
            [
                translate("ImportDialog", "Change"),
                translate("ImportDialog", "Record"),
                translate("ImportDialog", "Name"),
            ]
        )
        self.changes.setRootIsDecorated(False)
        self.changes.setAlternatingRowColors(True)
        self.changes.setAccessibleName(translate("ImportDialog", "What the import would change"))
        self.changes.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            translate("ImportDialog", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.format.currentIndexChanged.connect(self._forget_preview)
        self.source.edit.textChanged.connect(self._forget_preview)

        form = QFormLayout()
        form.addRow(translate("ImportDialog", "&Format:"), self.format)
        form.addRow(translate("ImportDialog", "&File or folder:"), self.source)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.preview_button)
        layout.addLayout(row)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.buttons)
        self.source.edit.setFocus()

    def kind(self) -> str:
        return str(self.format.currentData())

    def _choose(self) -> str:
        _label, folder, filters = IMPORT_FORMATS[self.kind()]
        filters = translate("exchange_actions", filters)
        here = self.window_.services.exchange.database_path
        start = str(here.parent) if here else ""
        if folder:
            return QFileDialog.getExistingDirectory(
                self, translate("ImportDialog", "Choose the OCD folder"), start
            )
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("ImportDialog", "Choose the file to import"), start, filters
        )
        return chosen

    def _forget_preview(self) -> None:
        self.preview = None
        self.import_button.setEnabled(False)

    def _run(self, dry_run: bool) -> ImportPreview | None:
        from councildesk.exchange.importers import run_importer
        from councildesk.services.import_run import Cancelled, ImportRun
        from councildesk.ui.progress_task import TaskProgress, run_cancellable

        path = self.source.path()
        if path is None:
            self.window_.report_error(translate("ImportDialog", "Choose the file or folder to import first."))
            return None
        exchange = self.window_.services.exchange

        def work(progress: TaskProgress) -> ImportPreview:
            run = ImportRun(report=progress.report, cancel=progress.cancel)
            return run_importer(self.kind(), exchange, path, dry_run=dry_run, run=run)

        try:
            result: ImportPreview = run_cancellable(
                self.window_,
                "CouncilDesk",
                fmt(translate("ImportDialog", "Reading {name}…"), name=path.name),
                work,
            )
        except Cancelled as cancelled:
            self.summary.setText(str(cancelled))
            self.window_.statusBar().showMessage(str(cancelled), 15000)
            return None
        except UserError as error:
            self.window_.report_error(error.message)
            return None
        return result

    def run_preview(self) -> None:
        preview = self._run(dry_run=True)
        if preview is None:
            self._forget_preview()
            return
        self.preview = preview
        self.changes.clear()
        rows = [
            QTreeWidgetItem(
                [
                    translate("exchange_actions", ACTION_NAMES.get(action, action)),
                    record_noun(table),
                    as_read(label),
                ]
            )
            for action, table, label in preview.lines
            if action != "same"
        ]
        rows += [
            QTreeWidgetItem(
                [translate("ImportDialog", "Note"), translate("ImportDialog", "person"), as_read(text)]
            )
            for text in preview.notes
        ]
        rows += [
            QTreeWidgetItem([translate("ImportDialog", "Warning"), "", as_read(text)])
            for text in preview.warnings
        ]
        self.changes.addTopLevelItems(rows)
        self.changes.resizeColumnToContents(0)
        self.changes.resizeColumnToContents(1)
        self.summary.setText(preview.summary())
        changes = sum(preview.created.values()) + sum(preview.updated.values())
        self.import_button.setEnabled(changes > 0)
        if changes == 0:
            self.summary.setText(
                preview.summary()
                + translate("ImportDialog", " Nothing to import: every record is already here.")
            )
        self.import_button.setFocus()

    def apply(self) -> None:
        if self.preview is None:
            return
        result = self._run(dry_run=False)
        if result is None:
            return
        self.window_.refresh_all()
        self.window_.statusBar().showMessage(result.summary(), 15000)
        self.accept()


class ExportDialog(QDialog):
    """Format, folder and an optional date range."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(translate("ExportDialog", "Export open data"))
        self.format = QComboBox(self)
        for key, label in EXPORT_FORMATS.items():
            self.format.addItem(translate("exchange_actions", label), key)
        self.folder = PathField(
            lambda: QFileDialog.getExistingDirectory(
                self, translate("ExportDialog", "Export into folder"), str(Path.home())
            ),
            self,
        )
        self.use_range = QCheckBox(translate("ExportDialog", "Only meetings &between"), self)
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), 1, 1), self)
        self.end = QDateEdit(today, self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            self.use_range.toggled.connect(edit.setEnabled)
        span = QHBoxLayout()
        span.addWidget(self.use_range)
        span.addWidget(self.start)
        span.addWidget(QLabel(translate("ExportDialog", "and")))
        span.addWidget(self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(
            translate("ExportDialog", "&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("ExportDialog", "&Format:"), self.format)
        form.addRow(translate("ExportDialog", "&Folder:"), self.folder)
        form.addRow("", span)
        form.addRow(buttons)
        self.resize(640, 180)

    def run(self) -> None:
        from councildesk.services.exchange_records import DateRange

        folder = self.folder.path()
        if folder is None:
            self.window_.report_error(translate("ExportDialog", "Choose the folder to export into first."))
            return
        kind = str(self.format.currentData())
        try:
            span = (
                DateRange(_date(self.start.date()), _date(self.end.date()))
                if self.use_range.isChecked()
                else None
            )
            count = busy(
                self.window_,
                fmt(translate("ExportDialog", "Exporting to {folder}…"), folder=folder),
                lambda: export(kind, self.window_, folder, span),
            )
        except UserError as error:
            self.window_.report_error(error.message)
            return
        self.window_.statusBar().showMessage(
            fmt(
                translate("ExportDialog", "Exported {count_of} to {folder}."),
                count_of=translate("ExportDialog", "%n file(s)", "", count),
                folder=folder,
            ),
            15000,
        )
        self.accept()


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def export(kind: str, window: MainWindow, folder: Path, span: Any) -> int:
    from councildesk.exchange.exporters import run_exporter

    return run_exporter(kind, window.services.exchange, folder, span)


class BackupsDialog(QDialog):
    """The automatic backups, newest first: back up now, or restore the selected one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(translate("BackupsDialog", "Backups"))
        self.resize(720, 380)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("BackupsDialog", "Taken"),
                translate("BackupsDialog", "Why"),
                translate("BackupsDialog", "Size"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(translate("BackupsDialog", "Automatic backups"))
        self.where = QLabel(self)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.backup_button = buttons.addButton(
            translate("BackupsDialog", "&Back up now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button = buttons.addButton(
            translate("BackupsDialog", "&Restore selected…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        backups = self.window_.services.backups
        try:
            self.items = backups.list_backups()
            self.where.setText(
                fmt(
                    translate("BackupsDialog", "Kept in {folder} (the newest {keep})."),
                    folder=backups.folder,
                    keep=backups.keep,
                )
            )
        except UserError as error:
            self.items = []
            self.where.setText(error.message)
        self.table.setRowCount(len(self.items))
        for row, info in enumerate(self.items):
            cells = [
                f"{info.created:%Y-%m-%d %H:%M:%S}",
                info.reason.replace("-", " "),
                fmt(translate("BackupsDialog", "{value} KB"), value=format(info.size / 1024, ",.0f")),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if self.items:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.items))
        self.table.resizeColumnToContents(0)

    def backup_now(self) -> None:
        try:
            path = busy(
                self.window_,
                translate("BackupsDialog", "Backing up…"),
                self.window_.services.backups.backup_now,
            )
        except UserError as error:
            self.window_.report_error(error.message)
            return
        self.window_.statusBar().showMessage(
            fmt(translate("BackupsDialog", "Backed up to {path}."), path=path), 10000
        )
        self.reload()

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items) and restore(self.window_, self.items[row].path):
            self.accept()


def restore(window: MainWindow, path: Path) -> bool:
    """Ask, then replace the open database's records with a backup or archive; True when done."""
    from councildesk.exchange.archive import restore_any

    answer = QMessageBox.question(
        window,
        translate("exchange_actions", "Restore"),
        fmt(
            translate(
                "exchange_actions",
                "Replace every record in this database with the contents of {name}?\n\nThe records as "
                "they are now are kept in a copy beside the database, so this can be undone by restoring "
                "that copy.",
            ),
            name=path.name,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    window.undo_stack.clear()  # undo steps refer to records the restore replaces
    try:
        result = busy(
            window,
            fmt(translate("exchange_actions", "Restoring from {name}…"), name=path.name),
            lambda: restore_any(window.services.exchange, path),
        )
    except UserError as error:
        window.report_error(error.message)
        return False
    window.refresh_all()
    window.statusBar().showMessage(
        fmt(
            translate(
                "exchange_actions", "Restored from {name}; the previous records are in {replaced_copy}."
            ),
            name=path.name,
            replaced_copy=result.replaced_copy,
        ),
        20000,
    )
    return True


class _BackupOnClose(QObject):
    """The automatic backup when the window closes (a failure is logged and never blocks closing)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.window_
            and event.type() == QEvent.Type.Close
            and self.window_.services.exchange.database_path
        ):
            self.window_.services.backups.backup_on_close()
        return False


class ExchangeActions(QObject):
    """The File-menu actions, owned by the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.import_action = self._action(
            translate("ExchangeActions", "&Import…"),
            self.open_import,
            "Ctrl+Shift+I",
            translate("ExchangeActions", "Import open data or a roster"),
        )
        self.export_action = self._action(
            translate("ExchangeActions", "&Export…"),
            self.open_export,
            "Ctrl+Shift+X",
            translate("ExchangeActions", "Export open data"),
        )
        self.archive_action = self._action(
            translate("ExchangeActions", "&Archive…"),
            self.archive,
            None,
            translate("ExchangeActions", "Write a full archive (zip)"),
        )
        self.restore_action = self._action(
            translate("ExchangeActions", "&Restore…"),
            self.restore_file,
            None,
            translate("ExchangeActions", "Restore a backup or archive"),
        )
        self.backups_action = self._action(
            translate("ExchangeActions", "Bac&kups…"),
            self.open_backups,
            None,
            translate("ExchangeActions", "List the automatic backups"),
        )

    def _action(self, text: str, slot: Callable[[], None], key: str | None, tip: str) -> QAction:
        action = QAction(text, self.window_)
        action.setStatusTip(tip)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [
            self.import_action,
            self.export_action,
            self.archive_action,
            self.restore_action,
            self.backups_action,
        ]

    def open_import(self) -> None:
        ImportDialog(self.window_).exec()

    def open_export(self) -> None:
        ExportDialog(self.window_).exec()

    def open_backups(self) -> None:
        BackupsDialog(self.window_).exec()

    def archive(self) -> None:
        from councildesk.exchange.archive import write_archive

        exchange = self.window_.services.exchange
        here = exchange.database_path
        start = str(here.with_suffix(".zip")) if here else "council-archive.zip"
        path, _ = QFileDialog.getSaveFileName(
            self.window_,
            translate("ExchangeActions", "Write archive"),
            start,
            translate("ExchangeActions", "Archives (*.zip)"),
        )
        if not path:
            return
        try:
            busy(
                self.window_,
                fmt(translate("ExchangeActions", "Archiving to {path}…"), path=path),
                lambda: write_archive(exchange, Path(path)),
            )
        except UserError as error:
            self.window_.report_error(error.message)
            return
        self.window_.statusBar().showMessage(
            fmt(translate("ExchangeActions", "Archived to {path}."), path=path), 10000
        )

    def restore_file(self) -> None:
        here = self.window_.services.exchange.database_path
        start = str(here.parent) if here else ""
        path, _ = QFileDialog.getOpenFileName(
            self.window_,
            translate("ExchangeActions", "Restore from"),
            start,
            translate("ExchangeActions", "Backups and archives (*.db *.zip);;All files (*)"),
        )
        if path:
            restore(self.window_, Path(path))


def install_exchange_actions(window: MainWindow) -> ExchangeActions:
    """Put Import…, Export…, Archive…, Restore…, Backups… into the File menu, before Quit."""
    actions = ExchangeActions(window)
    file_menu = window.menu("File")
    quit_action = window.main_actions.quit_action
    if quit_action is not None:
        file_menu.insertActions(quit_action, actions.actions())
        file_menu.insertSeparator(quit_action)
        for action in actions.actions():
            window.addAction(action)  # shortcuts work wherever the focus is
    else:
        window.add_menu_actions("File", actions.actions())
    window.installEventFilter(_BackupOnClose(window))
    window.exchange_actions = actions  # type: ignore[attr-defined]
    return actions
