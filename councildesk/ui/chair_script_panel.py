"""View ▸ Chair's script: the sentences the chair reads for the item in view, the next one marked.

The script follows the record (a motion made names its mover and seconder, a recorded vote its
count), so the clerk can hand the chair the next line; the phrases are the body's own wording
(Edit phrases…), and the same script prints before the meeting as the chair's agenda.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.errors import UserError
from councildesk.services.chair_script import PHRASES, printed, script
from councildesk.services.container import Services
from councildesk.ui.desk_dock import follow_desk
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.ui_context import RecordChange, RecordKind, UiContext

if TYPE_CHECKING:
    from councildesk.ui.main_window import MainWindow


def phrase_name(key: str) -> str:
    """What phrase `key` is for, in the window's language (the phrase itself is in the council's)."""
    what = PHRASES[key][0]
    return translate(what.context, what)


class ChairScriptPanel(QWidget):
    def __init__(self, context: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services: Services = context.services
        self.meeting_id: int | None = None
        self.item_id: int | None = None
        self.lines_label = QLabel()
        self.lines_label.setTextFormat(Qt.TextFormat.RichText)
        self.lines_label.setWordWrap(True)
        self.lines_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.lines_label.setAccessibleName(translate("ChairScriptPanel", "The chair's script"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.lines_label)
        self.edit_button = QPushButton(translate("ChairScriptPanel", "Edit &phrases…"))
        self.edit_button.clicked.connect(self.edit_phrases)
        self.print_button = QPushButton(translate("ChairScriptPanel", "Chair's &agenda (PDF)…"))
        self.print_button.clicked.connect(lambda: self.save_agenda())
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id, self.item_id = meeting_id, None
        self.refresh()

    def show_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        self.refresh()

    def records_changed(self, change: RecordChange) -> None:
        if change.meeting_id in (None, self.meeting_id):
            self.refresh()

    def _body_id(self) -> int | None:
        if self.meeting_id is None:
            return None
        return self.services.meetings.get_meeting(self.meeting_id).body_id

    def refresh(self) -> None:
        if not self.isVisible() or self.meeting_id is None or self.item_id is None:
            self.lines_label.setText(
                translate("ChairScriptPanel", "Choose an agenda item to see what the chair reads.")
            )
            return
        try:
            record = self.services.records.load(self.meeting_id)
        except UserError:
            self.lines_label.setText("")
            return
        entry = next((e for e in record.items if e.item.id == self.item_id), None)
        if entry is None:
            self.lines_label.setText("")
            return
        body_id = record.meeting.body_id
        cs = self.services.chair_script
        lines = script(
            entry, cs.phrases(body_id), self.services.speakers.time_limits(body_id), cs.language(body_id)
        )
        upcoming = next((i for i, line in enumerate(lines) if not line.done), None)
        html = []
        for i, line in enumerate(lines):
            text = escape(line.text)
            if i == upcoming:
                html.append(f"<p style='font-size:15px'><b>▶ {text}</b></p>")
            elif line.done:
                html.append(f"<p style='color:#6b7280'>{text}</p>")
            else:
                html.append(f"<p>{text}</p>")
        self.lines_label.setText("".join(html))

    def script_text(self) -> str:
        """The script as plain text (what a test or a screen reader reads)."""
        return self.lines_label.text()

    # -- the body's wording -----------------------------------------------------------------
    def edit_phrases(self) -> None:
        body_id = self._body_id()
        if body_id is None:
            return
        current = self.services.chair_script.phrases(body_id)
        dialog = QDialog(self)
        dialog.setWindowTitle(translate("ChairScriptPanel", "The chair's phrases"))
        form = QFormLayout()
        edits: dict[str, QLineEdit] = {}
        for key in PHRASES:
            what = phrase_name(key)
            edit = QLineEdit(current[key])
            edit.setAccessibleName(what)
            form.addRow(what, edit)
            edits[key] = edit
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.phrases_dialog = dialog
        dialog.accepted.connect(lambda: self._save_phrases(body_id, current, edits))
        dialog.open()

    def _save_phrases(self, body_id: int, before: dict[str, str], edits: dict[str, QLineEdit]) -> None:
        for key, edit in edits.items():
            text = edit.text()
            if " ".join(text.split()) == before[key]:
                continue
            self._push_phrase(body_id, key, text, before[key])
        self.refresh()

    def _push_phrase(self, body_id: int, key: str, text: str, old: str) -> None:
        cs = self.services.chair_script

        def do() -> dict[str, str]:
            return cs.set_phrase(body_id, key, text)

        def undo(_phrases: dict[str, str]) -> object:
            return cs.set_phrase(body_id, key, old)

        what = phrase_name(key).lower()
        self.context.push(
            fmt(translate("ChairScriptPanel", "Chair's phrase: {what}"), what=what),
            do,
            undo,
            meeting_id=None,
            kinds=(RecordKind.BODIES,),
        )

    def save_agenda(self, path: str | None = None) -> None:
        """The chair's agenda as PDF: every item's script, with blanks for what is still to happen."""
        from councildesk.reports.chair_agenda import chair_agenda_pdf

        if self.meeting_id is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("ChairScriptPanel", "Save the chair's agenda"),
                "chair-agenda.pdf",
                translate("ChairScriptPanel", "PDF files (*.pdf)"),
            )
        if not path:
            return
        record = self.services.records.load(self.meeting_id)
        body_id = record.meeting.body_id
        cs = self.services.chair_script
        style = self.services.bodies.house_style(body_id)  # the chair's language, clock and dates
        phrases = cs.phrases(body_id)
        lines = printed(record, phrases, self.services.speakers.time_limits(body_id), style.lang)
        pdf = chair_agenda_pdf(
            record, lines, style, opening=phrases["call_to_order"], closing=phrases["adjourn"]
        )
        Path(path).write_bytes(pdf)


def install_chair_script(window: MainWindow) -> ChairScriptPanel:
    """View ▸ Chair's script (Ctrl+Shift+L): a dock beside the item, following the desk."""
    panel = ChairScriptPanel(window.context, window)
    dock = QDockWidget(translate("chair_script_panel", "Chair's script"), window)
    dock.setObjectName("ChairScriptDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    action = dock.toggleViewAction()
    action.setText(translate("chair_script_panel", "Chair's &script"))
    action.setShortcut(QKeySequence("Ctrl+Shift+L"))
    action.setStatusTip(translate("chair_script_panel", "The sentences the chair reads for the item in view"))
    window.add_menu_actions("View", [action])
    follow_desk(window, panel, dock)
    window.chair_script_panel = panel  # type: ignore[attr-defined]
    window.chair_script_dock = dock  # type: ignore[attr-defined]
    return panel
