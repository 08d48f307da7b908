"""File ▸ Export minutes for a year…: a body's year of minutes bound as one PDF volume."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QWidget

from councildesk.domain.errors import UserError
from councildesk.ui.i18n import fmt, translate

if TYPE_CHECKING:
    from councildesk.ui.main_window import MainWindow


class MinutesVolumeDialog(QDialog):
    """Choose the body and the year (only years with meetings are offered)."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle(translate("MinutesVolumeDialog", "Minutes for a year"))
        self.setMinimumWidth(380)
        self.body_combo = QComboBox(self)
        self.body_combo.setAccessibleName(translate("MinutesVolumeDialog", "Body"))
        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(translate("MinutesVolumeDialog", "Year"))
        for body in window.services.bodies.list_bodies():
            self.body_combo.addItem(body.name, body.id)
        self.body_combo.currentIndexChanged.connect(self._fill_years)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(
            translate("MinutesVolumeDialog", "&Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("MinutesVolumeDialog", "&Body:"), self.body_combo)
        form.addRow(translate("MinutesVolumeDialog", "&Year:"), self.year_combo)
        form.addRow(buttons)
        # Start from the meeting on show: its body and its year are the likeliest choice.
        shown = window.meeting_view.meeting
        if shown is not None:
            self.body_combo.setCurrentIndex(max(0, self.body_combo.findData(shown.body_id)))
        self._fill_years()
        if shown is not None:
            self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(shown.scheduled_start.year)))

    def _fill_years(self) -> None:
        self.year_combo.clear()
        body_id = self.body_combo.currentData()
        if body_id is not None:
            for year, count in self.window_.services.meetings.meeting_years(int(body_id)):
                self.year_combo.addItem(
                    fmt(translate("MinutesVolumeDialog", "{year} (%n meeting(s))", "", count), year=year),
                    year,
                )
        self.save_button.setEnabled(self.year_combo.count() > 0)

    def choice(self) -> tuple[int, str, int] | None:
        """(body id, body name, year), or None when nothing can be chosen."""
        body_id, year = self.body_combo.currentData(), self.year_combo.currentData()
        if body_id is None or year is None:
            return None
        return int(body_id), self.body_combo.currentText(), int(year)


def export_minutes_volume(window: MainWindow) -> Path | None:
    """Ask for body, year and file, then build the volume behind a progress dialog; the file or None."""
    from councildesk.reports.minutes_volume import minutes_volume_pdf
    from councildesk.reports.output import write_atomically
    from councildesk.services.minutes_document import MinutesSettings
    from councildesk.ui.app_settings import load_minutes_settings
    from councildesk.ui.progress_task import run_with_progress

    if not window.services.bodies.list_bodies():
        window.report_error(
            translate(
                "minutes_volume_dialog",
                "Create a body first (Edit ▸ Bodies, seats and terms…), then its meetings.",
            )
        )
        return None
    dialog = MinutesVolumeDialog(window)
    if not dialog.exec():
        return None
    chosen = dialog.choice()
    if chosen is None:
        window.report_error(translate("minutes_volume_dialog", "Choose a body with meetings, and a year."))
        return None
    body_id, body_name, year = chosen
    here = window.services.database.path
    folder = here.parent if here else Path.home()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", body_name).strip("-").lower() or "minutes"
    path, _ = QFileDialog.getSaveFileName(
        window,
        translate("minutes_volume_dialog", "Save the year's minutes"),
        str(folder / f"{slug}-minutes-{year}.pdf"),
        translate("minutes_volume_dialog", "PDF files (*.pdf)"),
    )
    if not path:
        return None
    target = Path(path)
    settings = load_minutes_settings(window.settings) if window.settings is not None else MinutesSettings()
    services = window.services

    def build() -> int:
        volume = services.minutes.volume(body_id, year, settings)
        write_atomically(target, minutes_volume_pdf(volume))
        return len(volume.documents)

    try:
        count = run_with_progress(
            window,
            translate("minutes_volume_dialog", "Minutes for a year"),
            fmt(
                translate("minutes_volume_dialog", "Binding the {year} minutes of the {body_name}…"),
                year=year,
                body_name=body_name,
            ),
            build,
        )
    except UserError as error:
        window.report_error(error.message)
        return None
    window.statusBar().showMessage(
        fmt(
            translate("minutes_volume_dialog", "Wrote the {year} minutes ({count} meetings) to {target}."),
            year=year,
            count=count,
            target=target,
        ),
        15000,
    )
    return target


def install_minutes_volume_action(window: MainWindow) -> QAction:
    """File ▸ Export minutes for a year…, right after the open-data Export…."""
    action = QAction(translate("minutes_volume_dialog", "Export minutes for a &year…"), window)
    action.setStatusTip(
        translate("minutes_volume_dialog", "Every meeting of a body in one year, bound as one PDF")
    )
    action.triggered.connect(lambda _checked=False: export_minutes_volume(window))
    file_menu = window.menu("File")
    actions = file_menu.actions()
    exchange = getattr(window, "exchange_actions", None)
    anchor = exchange.export_action if exchange is not None else window.main_actions.quit_action
    if anchor is not None and anchor in actions:
        following = actions[actions.index(anchor) + 1] if actions.index(anchor) + 1 < len(actions) else None
        if following is not None:
            file_menu.insertAction(following, action)
        else:
            file_menu.addAction(action)
    else:
        file_menu.addAction(action)
    window.minutes_volume_action = action  # type: ignore[attr-defined]
    return action
