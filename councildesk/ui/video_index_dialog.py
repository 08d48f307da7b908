"""File ▸ Video chapters…: the meeting's recording address and offset, and its chapters saved as a file.

The clerk sets the offset once (where in the recording the chair called the meeting to order);
the chapters then follow the stamped times. WebVTT for players that read chapter tracks, a
plain list for a YouTube description.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
)

from councildesk.domain.errors import UserError
from councildesk.exchange.video_chapters import chapters, webvtt, youtube
from councildesk.services.container import Services
from councildesk.ui.i18n import translate

if TYPE_CHECKING:
    from councildesk.ui.main_window import MainWindow

FORMATS = ("vtt", "youtube")


class VideoIndexDialog(QDialog):
    def __init__(self, services: Services, meeting_id: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.meeting_id = meeting_id
        self.setWindowTitle(translate("VideoIndexDialog", "Video chapters"))
        video = services.meetings.video(meeting_id)
        self.url_edit = QLineEdit(video.url)
        self.url_edit.setPlaceholderText(translate("VideoIndexDialog", "https://… (the posted recording)"))
        self.url_edit.setAccessibleName(translate("VideoIndexDialog", "Video address"))
        self.offset_edit = QTimeEdit(QTime(0, 0).addSecs(video.offset_seconds))
        self.offset_edit.setDisplayFormat("HH:mm:ss")
        self.offset_edit.setAccessibleName(
            translate("VideoIndexDialog", "Where in the recording the meeting was called to order")
        )
        self.format_combo = QComboBox()
        self.format_combo.addItem(translate("VideoIndexDialog", "WebVTT chapters (.vtt)"), "vtt")
        self.format_combo.addItem(translate("VideoIndexDialog", "YouTube description list (.txt)"), "youtube")
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(translate("VideoIndexDialog", "Chapters"))
        self.offset_edit.timeChanged.connect(lambda _t: self.update_preview())
        self.format_combo.currentIndexChanged.connect(lambda _i: self.update_preview())
        form = QFormLayout()
        form.addRow(translate("VideoIndexDialog", "Video &address:"), self.url_edit)
        form.addRow(translate("VideoIndexDialog", "Called to order at (in the recording):"), self.offset_edit)
        form.addRow(translate("VideoIndexDialog", "&Format:"), self.format_combo)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            translate("VideoIndexDialog", "&Save chapters…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.update_preview()

    def offset(self) -> timedelta:
        return timedelta(seconds=QTime(0, 0).secsTo(self.offset_edit.time()))

    def text(self) -> str:
        found = chapters(
            self.services.records.load(self.meeting_id),
            self.offset(),
            before=translate("VideoIndexDialog", "Before the meeting"),
            call_to_order=translate("VideoIndexDialog", "Call to order"),
        )
        return webvtt(found) if self.format_combo.currentData() == "vtt" else youtube(found)

    def update_preview(self) -> None:
        self.preview.setPlainText(self.text())

    def remember(self) -> bool:
        """Keep the address and offset with the meeting (the website links each item to its moment)."""
        try:
            self.services.meetings.set_video(
                self.meeting_id, url=self.url_edit.text(), offset_seconds=int(self.offset().total_seconds())
            )
        except UserError as error:
            self.preview.setPlainText(error.message)
            return False
        return True

    def save(self, path: str | None = None) -> None:
        if not self.remember():
            return
        vtt = self.format_combo.currentData() == "vtt"
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("VideoIndexDialog", "Save chapters"),
                f"chapters.{'vtt' if vtt else 'txt'}",
                translate("VideoIndexDialog", "WebVTT (*.vtt)")
                if vtt
                else translate("VideoIndexDialog", "Text (*.txt)"),
            )
        if path:
            Path(path).write_text(self.text(), encoding="utf-8")
            self.accept()


def install_video_index_action(window: MainWindow) -> QAction:
    """File ▸ Video chapters… for the meeting on show."""
    action = QAction(translate("video_index_dialog", "&Video chapters…"), window)
    action.setStatusTip(
        translate("video_index_dialog", "Chapters for the meeting's recording from its stamped times")
    )

    def open_dialog() -> None:
        meeting_id = window.current_meeting_id()
        if meeting_id is None:
            window.statusBar().showMessage(translate("video_index_dialog", "Open a meeting first."), 5000)
            return
        dialog = VideoIndexDialog(window.services, meeting_id, window)
        window.video_index_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    action.triggered.connect(lambda _checked=False: open_dialog())
    window.add_menu_actions("File", [action])
    window.video_index_action = action  # type: ignore[attr-defined]
    return action
