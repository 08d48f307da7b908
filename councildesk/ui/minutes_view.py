"""The Minutes tab: live PDF preview, export, print, approve, verify and record corrections."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.enums import AgendaItemKind, VoteResult
from councildesk.domain.errors import UserError
from councildesk.domain.messages import as_read
from councildesk.services.approval_service import VerificationStatus
from councildesk.services.dto import MeetingDTO
from councildesk.services.minutes_document import MinutesSettings, PaperSize
from councildesk.ui.app_settings import PAPER, load_minutes_settings
from councildesk.ui.approve_minutes_dialog import ApproveMinutesDialog, VoteChoice
from councildesk.ui.correction_dialog import CorrectionDialog
from councildesk.ui.enum_labels import describe_tally, label
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from councildesk.ui.letterhead_dialog import LetterheadDialog
from councildesk.ui.local_dates import long_date
from councildesk.ui.ui_context import RecordChange, UiContext

log = logging.getLogger("councildesk.ui.minutes")

OK_STYLE = "background:#e3f1e3; color:#17401a; padding:6px; border-radius:3px;"
BAD_STYLE = "background:#f6dede; color:#6b0d0d; padding:6px; border-radius:3px;"
INFO_STYLE = "background:#eef0f4; color:#222; padding:6px; border-radius:3px;"
PRINT_DPI = 300
READ_ONLY_REASON = QT_TRANSLATE_NOOP(
    "minutes_view", "This file is open read only: the minutes can be read, exported and printed, not changed."
)


class MinutesView(QWidget):
    """Preview of the meeting's minutes as they will print; the actions act on that meeting."""

    minutesApproved = Signal(int)  # the meeting whose minutes were just approved (now locked)

    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
        *,
        store: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = context.services
        self.report_error = context.report_error
        context.records.changed.connect(self._records_changed)
        self.store = store  # letterhead and paper choices; None: defaults, not saved
        # A councilor's read-only copy: reading (preview, export, print, verify) only.
        self.read_only = not context.services.database.writable
        self.meeting: MeetingDTO | None = None
        self.pdf_bytes = b""
        self._stale = False
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.last_dialog: ApproveMinutesDialog | CorrectionDialog | None = None
        self.last_letterhead: LetterheadDialog | None = None

        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setAccessibleName(translate("MinutesView", "Minutes preview"))

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(
            Qt.TextFormat.PlainText
        )  # names and paths are shown, never interpreted
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setAccessibleName(translate("MinutesView", "Minutes status"))

        self.paper_combo = QComboBox(self)
        self.paper_combo.addItem(translate("MinutesView", "Letter"), PaperSize.LETTER)
        self.paper_combo.addItem("A4", PaperSize.A4)
        self.paper_combo.setAccessibleName(translate("MinutesView", "Paper size"))
        self.paper_combo.setToolTip(translate("MinutesView", "Paper size for preview, export and printing"))
        if store is not None:
            saved = load_minutes_settings(store).paper
            self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(saved)))
        self.paper_combo.currentIndexChanged.connect(self._paper_changed)

        # No key of its own: F5 is the window's Refresh, which reloads this preview as well.
        self.refresh_action = self._action(translate("MinutesView", "&Refresh preview"), None, self.refresh)
        self.export_action = self._action(
            translate("MinutesView", "&Export PDF…"), QKeySequence("Ctrl+E"), self.export_pdf
        )
        self.export_html_action = self._action(
            translate("MinutesView", "Export as &HTML…"), None, self.export_html
        )
        self.agenda_action = self._action(
            translate("MinutesView", "Export a&genda PDF…"), QKeySequence("Ctrl+Shift+E"), self.export_agenda
        )
        self.print_action = self._action(
            translate("MinutesView", "&Print…"), QKeySequence.StandardKey.Print, self.print_minutes
        )
        self.sign_action = self._action(
            translate("MinutesView", "&Sign and export…"), None, self.sign_and_export
        )
        self.sign_action.setToolTip(
            translate("MinutesView", "Approved minutes as a PDF signed with your key file (.p12)")
        )
        self.approve_action = self._action(
            translate("MinutesView", "&Approve…"), None, self.open_approve_dialog
        )
        self.verify_action = self._action(
            translate("MinutesView", "&Verify"), QKeySequence("Ctrl+Shift+V"), self.verify
        )
        self.correct_action = self._action(
            translate("MinutesView", "Record &correction…"), None, self.open_correction_dialog
        )
        self.letterhead_action = self._action(
            translate("MinutesView", "&Letterhead…"), None, self.open_letterhead_dialog
        )
        self.letterhead_action.setEnabled(store is not None)
        self._editing_tips = {
            action: action.toolTip()
            for action in (self.approve_action, self.correct_action, self.sign_action, self.letterhead_action)
        }

        # Two rows, what makes a file and what acts on the record: in one row the ten buttons
        # would make the window wider than a 1366×768 laptop's screen.
        files_bar, record_bar = QHBoxLayout(), QHBoxLayout()
        files = (
            self.refresh_action,
            self.export_action,
            self.export_html_action,
            self.agenda_action,
            self.print_action,
            self.sign_action,
        )
        record = (self.approve_action, self.verify_action, self.correct_action, self.letterhead_action)
        rows = ((files_bar, files), (record_bar, record))
        for bar, actions in rows:
            for action in actions:
                button = QToolButton(self)
                button.setDefaultAction(action)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                bar.addWidget(button)
        files_bar.addStretch(1)
        record_bar.addStretch(1)
        record_bar.addWidget(QLabel(translate("MinutesView", "Paper:"), self))
        record_bar.addWidget(self.paper_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(files_bar)
        layout.addLayout(record_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.pdf_view, 1)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)  # several changes in a row re-render once
        self._refresh_timer.timeout.connect(self.refresh)
        self._update_actions()

    def _action(self, text: str, shortcut: Any, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- the meeting on show ----------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting = None
        if meeting_id:
            try:
                self.meeting = self.services.meetings.get_meeting(meeting_id)
            except UserError as error:
                self.report_error(error.message)
        self._stale = True
        if self.isVisible() or self.meeting is None:
            self.refresh()
        self._update_actions()

    def _records_changed(self, change: RecordChange) -> None:
        # Shared records (people, bodies) print in every meeting's minutes.
        if self.meeting is not None and change.meeting_id in (None, self.meeting.id):
            self.meeting_data_changed()

    def meeting_data_changed(self) -> None:
        """Something was edited elsewhere: re-render soon if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def settings(self) -> MinutesSettings:
        base = load_minutes_settings(self.store) if self.store is not None else MinutesSettings()
        paper = self.paper_combo.currentData()
        return replace(base, paper=PaperSize(paper))  # every other choice as saved

    def _paper_changed(self) -> None:
        if self.store is not None:
            PAPER.write(self.store, PaperSize(self.paper_combo.currentData()))
        self.refresh()

    def open_letterhead_dialog(self) -> None:
        if self.store is None:
            return
        dialog = LetterheadDialog(self.store, self)
        dialog.accepted.connect(self.refresh)
        self.last_letterhead = dialog
        dialog.open()

    def refresh(self) -> None:
        """Render the minutes again from the database and show them."""
        self._stale = False
        if self.meeting is None:
            self._show_pdf(b"")
            self._set_status(translate("MinutesView", "Choose a meeting to see its minutes."), INFO_STYLE)
            self._update_actions()
            return
        from councildesk.reports.minutes import approval_sentence, minutes_pdf

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.meeting = self.services.meetings.get_meeting(self.meeting.id)
            # The preview shows approved minutes over a broken record chain with the warning on
            # the page and in the banner, never as if approved; export and print still refuse
            # them unless the setting allows.
            preview = replace(self.settings(), print_despite_broken_chain=True)
            doc = self.services.minutes.minutes(self.meeting.id, preview)
            self._show_pdf(minutes_pdf(doc))
        except UserError as error:
            self._show_pdf(b"")  # not the previous meeting's minutes under this one's name
            self._set_status(error.message, BAD_STYLE)
            self.report_error(error.message)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if doc.integrity_warning:
            self._set_status(doc.integrity_warning, BAD_STYLE)
        elif doc.approval:
            self._set_status(
                fmt(
                    translate("MinutesView", "{approval_sentence} Locked. Fingerprint (SHA-256): {sha256}"),
                    approval_sentence=approval_sentence(doc.approval),
                    sha256=doc.approval.sha256,
                ),
                OK_STYLE,
            )
        elif doc.missing_texts:
            # An adopted resolution without its text cannot be printed in full: say so before signing.
            self._set_status(
                translate("MinutesView", "DRAFT — not ready to sign. ") + " ".join(doc.missing_texts),
                BAD_STYLE,
            )
        else:
            self._set_status(
                translate("MinutesView", "DRAFT — these minutes are not yet approved and may still change."),
                INFO_STYLE,
            )
        self._update_actions()

    def _show_pdf(self, data: bytes) -> None:
        self.pdf_bytes = data
        self.document.close()
        old = self._buffer
        self._buffer = None
        if data:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._buffer = buffer  # QPdfDocument reads from it for as long as it shows the document
            self.document.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()

    def _set_status(self, text: str, style: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)

    def _update_actions(self) -> None:
        has = self.meeting is not None
        locked = bool(self.meeting and self.meeting.locked)
        for action in (
            self.refresh_action,
            self.export_action,
            self.export_html_action,
            self.agenda_action,
            self.print_action,
        ):
            action.setEnabled(has)
        self.verify_action.setEnabled(locked)
        editing = not self.read_only
        self.approve_action.setEnabled(editing and has and not locked)
        self.correct_action.setEnabled(editing and locked)
        self.sign_action.setEnabled(editing and locked)
        self.letterhead_action.setEnabled(editing and self.store is not None)
        why = translate("minutes_view", READ_ONLY_REASON) if self.read_only else ""
        for action, tip in self._editing_tips.items():
            action.setToolTip(why or tip)

    # -- export and print -------------------------------------------------------------------
    def _default_name(self, kind: str, suffix: str = ".pdf") -> str:
        assert self.meeting is not None
        body = "".join(c if c.isalnum() else "-" for c in self.meeting.body_name).strip("-")
        return f"{body}-{kind}-{self.meeting.scheduled_start:%Y-%m-%d}{suffix}"

    def export_pdf(self) -> None:
        if self.meeting is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("MinutesView", "Export minutes as PDF"),
            self._default_name("minutes"),
            translate("MinutesView", "PDF files (*.pdf)"),
        )
        if path:
            self._export(Path(path), "minutes")

    def export_html(self) -> None:
        """The accessible web edition of the same minutes, one self-contained page."""
        if self.meeting is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("MinutesView", "Export minutes as HTML"),
            self._default_name("minutes", ".html"),
            translate("MinutesView", "Web pages (*.html)"),
        )
        if path:
            self._export(Path(path), "html")

    def export_agenda(self) -> None:
        if self.meeting is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("MinutesView", "Export agenda as PDF"),
            self._default_name("agenda"),
            translate("MinutesView", "PDF files (*.pdf)"),
        )
        if path:
            self._export(Path(path), "agenda")

    def sign_and_export(self) -> None:
        """Approved minutes signed with the clerk's key file (the passphrase is asked, never kept)."""
        from councildesk.ui.sign_minutes import ask_key_and_passphrase, write_signed

        if self.meeting is None:
            return
        chosen = ask_key_and_passphrase(self)
        if chosen is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("MinutesView", "Export signed minutes as PDF"),
            self._default_name("minutes-signed"),
            translate("MinutesView", "PDF files (*.pdf)"),
        )
        if not path:
            return
        progress = self._busy(
            fmt(
                translate("MinutesView", "Signing the minutes of {scheduled_start}…"),
                scheduled_start=long_date(self.meeting.scheduled_start),
            )
        )
        try:
            doc = self.services.minutes.minutes(self.meeting.id, self.settings())
            who = write_signed(doc, *chosen, Path(path))
        except UserError as error:
            self.report_error(error.message)
            return
        finally:
            progress.close()
        self._set_status(
            fmt(
                translate(
                    "MinutesView",
                    "Wrote {path}, signed by {who}; `councildesk verify-pdf` or a PDF reader checks it.",
                ),
                path=path,
                who=who,
            ),
            OK_STYLE,
        )

    def _export(self, path: Path, kind: str) -> None:
        from councildesk.reports.agenda import agenda_pdf
        from councildesk.reports.minutes import minutes_pdf
        from councildesk.reports.minutes_html import minutes_html
        from councildesk.reports.output import write_atomically

        assert self.meeting is not None
        suffixes = (".html", ".htm") if kind == "html" else (".pdf",)
        if path.suffix.lower() not in suffixes:
            path = path.with_name(path.name + suffixes[0])
        writing = {  # one whole sentence each: a language puts the document where it belongs
            "agenda": translate("MinutesView", "Writing the agenda of {scheduled_start}…"),
            "html": translate("MinutesView", "Writing the web edition of the minutes of {scheduled_start}…"),
        }.get(kind, translate("MinutesView", "Writing the minutes of {scheduled_start}…"))
        progress = self._busy(fmt(writing, scheduled_start=long_date(self.meeting.scheduled_start)))
        try:
            if kind == "agenda":
                data = agenda_pdf(self.services.minutes.agenda(self.meeting.id, self.settings()))
            elif kind == "html":
                doc = self.services.minutes.minutes(self.meeting.id, self.settings())
                data = minutes_html(doc).encode("utf-8")
            else:
                data = minutes_pdf(self.services.minutes.minutes(self.meeting.id, self.settings()))
            write_atomically(path, data)
        except UserError as error:
            self.report_error(error.message)
            return
        finally:
            progress.close()
        self._set_status(
            fmt(translate("MinutesView", "Wrote {path}."), path=path),
            OK_STYLE if kind != "agenda" and self.meeting.locked else INFO_STYLE,
        )

    def _busy(self, text: str) -> QProgressDialog:
        """A busy indicator for work that may take a few seconds on a long meeting."""
        progress = QProgressDialog(text, "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setValue(0)
        return progress

    def print_minutes(self) -> None:
        if self.meeting is None or not self.pdf_bytes:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        letter = self.paper_combo.currentData() == PaperSize.LETTER
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4))
        printer.setDocName(self._default_name("minutes"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("MinutesView", "Print minutes"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render each page of the preview at the printer's resolution; returns the pages printed."""
        count = self.document.pageCount()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
        progress = QProgressDialog(
            translate("MinutesView", "Printing the minutes…"),
            translate("MinutesView", "Cancel"),
            first - 1,
            last,
            self,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        painter = QPainter()
        if not painter.begin(printer):
            progress.close()
            self.report_error(
                translate(
                    "MinutesView",
                    "The printer could not be started; check that it is connected and try again.",
                )
            )
            return 0
        printed = 0
        try:
            # 300 dpi is sharp on paper; a printer's 1200 dpi would mean half a gigabyte per page.
            dpi = min(printer.resolution(), PRINT_DPI)
            for page in range(first - 1, last):
                if progress.wasCanceled():
                    break
                if printed:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(
                    page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), size), image)
                printed += 1
                progress.setValue(page + 1)
        finally:
            painter.end()
            progress.close()
        return printed

    # -- approval, verification, corrections -------------------------------------------------
    def open_approve_dialog(self) -> None:
        if self.meeting is None or self.meeting.locked:
            return
        start = self.meeting.scheduled_start
        later = [
            m
            for m in self.services.meetings.list_meetings(body_id=self.meeting.body_id, newest_first=False)
            if m.scheduled_start > start
        ]
        dialog = ApproveMinutesDialog(self.meeting, later, self, votes_of=self._passed_votes)
        dialog.on_submit = lambda: self._approve(dialog)
        self.last_dialog = dialog
        dialog.open()

    def _passed_votes(self, meeting_id: int) -> list[VoteChoice]:
        """Every passed vote of `meeting_id`, labelled by item, method, count and time."""
        try:
            record = self.services.records.load(meeting_id)
            style = self.services.bodies.house_style(record.meeting.body_id)  # as the minutes print it
        except UserError as error:
            self.report_error(error.message)
            return []
        out = []
        for entry in record.items:
            on_minutes = entry.item.kind is AgendaItemKind.APPROVAL_OF_MINUTES
            for motion in entry.motions:
                for vote in motion.votes:
                    if vote.result is not VoteResult.PASS:
                        continue
                    at = (
                        fmt(translate("MinutesView", " at {time}"), time=style.time(vote.taken_at))
                        if vote.taken_at
                        else ""
                    )
                    method = label(vote.method).lower()
                    text = fmt(
                        translate("MinutesView", "Item {number} {title}: {method} "),
                        number=entry.item.number,
                        title=entry.item.title[:60],
                        method=method,
                    )
                    text += f"{describe_tally(vote.tally)}{at}"
                    out.append((vote.id, text, on_minutes))
        return out

    def _approve(self, dialog: ApproveMinutesDialog) -> bool:
        assert self.meeting is not None
        at = dialog.approving_meeting_id()
        if at is None:
            return False
        try:
            self.services.approvals.approve(
                self.meeting.id,
                at_meeting_id=at,
                on=dialog.approved_on(),
                manner=dialog.manner(),
                approving_vote_id=dialog.approving_vote_id(),
            )
        except UserError as error:
            self.report_error(error.message)
            return False
        self._keep_files(self.meeting.id)
        self.refresh()
        self.minutesApproved.emit(self.meeting.id)
        return True

    def _keep_files(self, meeting_id: int) -> None:
        """Draw the approved minutes' files once, now, so that every publish copies them."""
        from councildesk.publish.kept_files import keep_minutes_files

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            keep_minutes_files(self.services, [meeting_id])
        except UserError:
            pass  # approved, but not kept: publishing draws the files instead, as for older approvals
        finally:
            QGuiApplication.restoreOverrideCursor()

    def verify(self) -> None:
        if self.meeting is None:
            return
        try:
            result = self.services.approvals.verify(self.meeting.id)
        except UserError as error:
            self.report_error(error.message)
            return
        text = result.text
        if result.differences:
            text += translate("MinutesView", "\nChanged: ") + "; ".join(
                as_read(d) for d in result.differences[:5]
            )
        style = {VerificationStatus.OK: OK_STYLE, VerificationStatus.TAMPERED: BAD_STYLE}.get(
            result.status, INFO_STYLE
        )
        self._set_status(text, style)

    def open_correction_dialog(self) -> None:
        if self.meeting is None or not self.meeting.locked:
            return
        dialog = CorrectionDialog(self.services.records.load(self.meeting.id), self)
        dialog.on_submit = lambda: self._correct(dialog)
        self.last_dialog = dialog
        dialog.open()

    def _correct(self, dialog: CorrectionDialog) -> bool:
        assert self.meeting is not None
        values = dialog.values()
        try:
            self.services.approvals.record_correction(self.meeting.id, **values)  # type: ignore[arg-type]
        except UserError as error:
            self.report_error(error.message)
            return False
        self.refresh()
        self._set_status(
            translate(
                "MinutesView",
                "Correction recorded; it is listed in the minutes. The approved fingerprint is unchanged.",
            ),
            OK_STYLE,
        )
        return True


def install_minutes_view(window: Any) -> MinutesView:
    """Add the Minutes tab to the main window and keep it in step with the meeting on show."""
    view = MinutesView(window.context, store=window.settings)
    window.add_workspace_tab(translate("minutes_view", "Minutes"), view)
    window.meetingChanged.connect(lambda meeting_id: view.set_meeting(meeting_id or None))
    # Approval locks the meeting: every other view must reload it as read-only.
    view.minutesApproved.connect(lambda _meeting_id: window.refresh_all())
    window.add_menu_actions(
        "Meeting",
        [
            view.export_action,
            view.export_html_action,
            view.print_action,
            view.approve_action,
            view.verify_action,
        ],
    )
    window.add_menu_actions("Edit", [view.letterhead_action])
    view.set_meeting(window.current_meeting_id())
    return view
