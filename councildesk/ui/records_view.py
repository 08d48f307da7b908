"""The Records view: a member's voting record with filters and summary, search, who votes with whom."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.enums import BallotOption, MatterKind, VoteResult
from councildesk.domain.errors import UserError
from councildesk.services.voting_record_dto import AgreementMatrix, RecordFilter, SearchHit
from councildesk.ui.agreement_heatmap import AgreementHeatmap
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.record_table_model import (
    COL_DATE,
    COL_ITEM,
    COL_MATTER,
    COL_MOTION,
    COL_RESULT,
    COL_VOTE,
    RecordTableModel,
)
from councildesk.ui.search_hit_list import HitRole, SearchHitDelegate, SearchHitListModel
from councildesk.ui.ui_context import UiContext

if TYPE_CHECKING:
    from councildesk.ui.main_window import MainWindow

ANY_DAY = QDate(1900, 1, 1)
FILTER_DELAY_MS = 250


def date_edit(tip: str) -> QDateEdit:
    """A date box whose lowest value reads "any" and means no limit."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(ANY_DAY)
    edit.setSpecialValueText(translate("records_view", "any"))
    edit.setDate(ANY_DAY)
    edit.setToolTip(fmt(translate("records_view", "{tip} (lowest value or Delete: any)"), tip=tip))
    return edit


def day_of(edit: QDateEdit) -> date | None:
    if edit.date() == ANY_DAY:
        return None
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def combo(items: list[tuple[str, Any]], name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for text, value in items:
        box.addItem(text, value)
    return box


def _enum(kind: Any, value: Any) -> Any:
    return None if value is None else kind(value)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


class RecordsView(QWidget):
    """Three pages: Member record, Search, Who votes with whom. Emits openItemRequested to open a meeting."""

    openItemRequested = Signal(int, int)  # meeting id, agenda item id
    summaryReady = Signal()  # the summary panel shows the current member and filters

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        services = self.services = context.services
        self.records = services.voting_records
        self.report_error = context.report_error
        self.person_id: int | None = None
        self._voters: dict[str, int] = {}
        self._agreement_stale = True
        self._summary_for: tuple[int, RecordFilter] | None = None
        self.setObjectName("RecordsView")

        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self._member_page(), translate("RecordsView", "&Member record"))
        self.pages.addTab(self._search_page(), translate("RecordsView", "&Search"))
        self.pages.addTab(self._agreement_page(), translate("RecordsView", "&Who votes with whom"))
        self.pages.currentChanged.connect(self._page_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.reload_lists()

    # -- building ------------------------------------------------------------------------------
    def _member_page(self) -> QWidget:
        page = QWidget()
        self.member_edit = QLineEdit()
        self.member_edit.setObjectName("memberEdit")
        self.member_edit.setPlaceholderText(translate("RecordsView", "Type a member's name…"))
        self.member_edit.setAccessibleName(translate("RecordsView", "Member"))
        self.member_names = QStringListModel(self)
        completer = QCompleter(self.member_names, self.member_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.member_edit.setCompleter(completer)
        completer.activated.connect(self.choose_member)
        self.member_edit.returnPressed.connect(lambda: self.choose_member(self.member_edit.text()))

        self.from_edit, self.to_edit = (
            date_edit(translate("RecordsView", "First day")),
            date_edit(translate("RecordsView", "Last day")),
        )
        self.body_combo = combo(
            [(translate("RecordsView", "All bodies"), None)], translate("RecordsView", "Body")
        )
        self.option_combo = combo(
            [(translate("RecordsView", "Any vote"), None)] + [(label(o), o) for o in BallotOption],
            translate("RecordsView", "Vote"),
        )
        self.result_combo = combo(
            [(translate("RecordsView", "Any result"), None)] + [(label(r), r) for r in VoteResult],
            translate("RecordsView", "Result"),
        )
        self.kind_combo = combo(
            [(translate("RecordsView", "Any matter"), None)] + [(label(k), k) for k in MatterKind],
            translate("RecordsView", "Matter kind"),
        )
        self.sponsor_combo = combo(
            [(translate("RecordsView", "Any sponsor"), None)], translate("RecordsView", "Sponsor")
        )
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(translate("RecordsView", "Words in the item, motion or matter"))
        self.text_edit.setAccessibleName(translate("RecordsView", "Text filter"))
        self.text_edit.setClearButtonEnabled(True)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.refresh_record)
        self._summary_timer = QTimer(self)  # owned by the view, so it dies with it
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(0)
        self._summary_timer.timeout.connect(self._refresh_summary)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self._filter_timer.start())
        for box in (
            self.body_combo,
            self.option_combo,
            self.result_combo,
            self.kind_combo,
            self.sponsor_combo,
        ):
            box.currentIndexChanged.connect(lambda _i: self._filter_timer.start())
        self.text_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.text_edit.returnPressed.connect(self.refresh_record)

        form = QFormLayout()
        who = QLabel(translate("RecordsView", "&Member:"))
        who.setBuddy(self.member_edit)
        form.addRow(who, self.member_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(translate("RecordsView", "to")))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        span = QLabel(translate("RecordsView", "&Dates:"))
        span.setBuddy(self.from_edit)
        form.addRow(span, dates)
        choices = QHBoxLayout()
        for box in (
            self.body_combo,
            self.option_combo,
            self.result_combo,
            self.kind_combo,
            self.sponsor_combo,
        ):
            choices.addWidget(box)
        choices.addStretch(1)
        form.addRow(translate("RecordsView", "Filters:"), choices)
        words = QLabel(translate("RecordsView", "&Text:"))
        words.setBuddy(self.text_edit)
        form.addRow(words, self.text_edit)

        self.model = RecordTableModel(self.records, self)
        self.table = QTableView()
        self.table.setObjectName("recordTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in (
            (COL_DATE, 86),
            (COL_ITEM, 230),
            (COL_MATTER, 86),
            (COL_MOTION, 190),
            (COL_VOTE, 70),
            (COL_RESULT, 80),
        ):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(self._open_row)
        self.history_action = QAction(translate("RecordsView", "Matter &history…"), self.table)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.history_action.setToolTip(
            translate("RecordsView", "The selected matter's path across meetings, with every vote on it")
        )
        self.history_action.triggered.connect(self.show_matter_history)
        self.table.addAction(self.history_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.setAccessibleName(translate("RecordsView", "Ballots"))

        self.summary_label = QLabel(translate("RecordsView", "Choose a member to see every vote they cast."))
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary_label.setMinimumWidth(240)
        summary_scroll = QScrollArea()
        summary_scroll.setWidgetResizable(True)
        summary_scroll.setWidget(self.summary_label)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(summary_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        self.record_pdf_button = QPushButton(translate("RecordsView", "Export &PDF…"))
        self.record_csv_button = QPushButton(translate("RecordsView", "Export CS&V…"))
        self.record_pdf_button.clicked.connect(lambda: self.export_record("pdf"))
        self.record_csv_button.clicked.connect(lambda: self.export_record("csv"))
        self.count_label = QLabel("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.record_pdf_button)
        buttons.addWidget(self.record_csv_button)
        self._set_export_enabled(False)

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        return page

    def _search_page(self) -> QWidget:
        page = QWidget()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(
            translate("RecordsView", 'Search items, matters, motions, speakers — "a phrase", prefix*')
        )
        self.search_edit.setAccessibleName(translate("RecordsView", "Search"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.run_search)
        self.search_message = QLabel("")
        self.search_message.setObjectName("searchMessage")
        self.hits = SearchHitListModel(self)
        self.hit_list = QListView()
        self.hit_list.setObjectName("hitList")
        self.hit_list.setModel(self.hits)
        self.hit_list.setItemDelegate(SearchHitDelegate(self.hit_list))
        self.hit_list.setWordWrap(True)
        self.hit_list.setUniformItemSizes(False)
        self.hit_list.setAlternatingRowColors(True)
        self.hit_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hit_list.activated.connect(self._open_hit)
        self.hit_list.setAccessibleName(translate("RecordsView", "Search results"))
        self.search_csv_button = QPushButton(translate("RecordsView", "Export CS&V…"))
        self.search_csv_button.setEnabled(False)
        self.search_csv_button.clicked.connect(self.export_search)
        # Down from the search box goes to the results, as in a browser's address bar.
        down = QAction(self.search_edit)
        down.setShortcut(QKeySequence(Qt.Key.Key_Down))
        down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        down.triggered.connect(self._focus_hits)
        self.search_edit.addAction(down)
        row = QHBoxLayout()
        find = QLabel(translate("RecordsView", "&Find:"))
        find.setBuddy(self.search_edit)
        row.addWidget(find)
        row.addWidget(self.search_edit, 1)
        go = QPushButton(translate("RecordsView", "Search"))
        go.clicked.connect(self.run_search)
        row.addWidget(go)
        bottom = QHBoxLayout()
        bottom.addWidget(self.search_message, 1)
        bottom.addWidget(self.search_csv_button)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.hit_list, 1)
        layout.addLayout(bottom)
        return page

    def _agreement_page(self) -> QWidget:
        page = QWidget()
        self.agree_from, self.agree_to = (
            date_edit(translate("RecordsView", "First day")),
            date_edit(translate("RecordsView", "Last day")),
        )
        self.agree_body = combo(
            [(translate("RecordsView", "All bodies"), None)], translate("RecordsView", "Body")
        )
        self.agree_button = QPushButton(translate("RecordsView", "S&how"))
        self.agree_button.clicked.connect(self.refresh_agreement)
        self.heatmap = AgreementHeatmap()
        self.heatmap.setObjectName("heatmap")
        self.agree_status = QLabel("")
        self.agree_status.setObjectName("agreeStatus")
        self.agree_status.setWordWrap(True)
        self.heatmap.cellChanged.connect(self.agree_status.setText)
        scroll = QScrollArea()
        scroll.setWidget(self.heatmap)
        scroll.setWidgetResizable(False)
        self.agree_pdf_button = QPushButton(translate("RecordsView", "Export PDF…"))
        self.agree_csv_button = QPushButton(translate("RecordsView", "Export CSV…"))
        self.agree_pdf_button.clicked.connect(lambda: self.export_agreement("pdf"))
        self.agree_csv_button.clicked.connect(lambda: self.export_agreement("csv"))
        row = QHBoxLayout()
        frm = QLabel(translate("RecordsView", "F&rom:"))
        frm.setBuddy(self.agree_from)
        row.addWidget(frm)
        row.addWidget(self.agree_from)
        row.addWidget(QLabel(translate("RecordsView", "to")))
        row.addWidget(self.agree_to)
        row.addWidget(self.agree_body)
        row.addWidget(self.agree_button)
        row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.agree_status, 1)
        bottom.addWidget(self.agree_pdf_button)
        bottom.addWidget(self.agree_csv_button)
        note = QLabel(
            translate(
                "RecordsView",
                "Share of split votes (at least one yes and one no) on which both members voted yes or "
                "no and "
                "voted alike. Arrow keys move between pairs.",
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        return page

    # -- lists that change with the data ------------------------------------------------------------
    def reload_lists(self) -> None:
        """Members who have voted, bodies and sponsors (after a change elsewhere in the app)."""
        voters = self.records.voters()
        counts: dict[str, int] = {}
        for _pid, name in voters:
            counts[name] = counts.get(name, 0) + 1
        # Two people with one name are told apart by their id.
        self._voters = {(name if counts[name] == 1 else f"{name} (#{pid})"): pid for pid, name in voters}
        self.member_names.setStringList(list(self._voters))
        bodies = self.records.bodies()
        for box in (self.body_combo, self.agree_body):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(translate("RecordsView", "All bodies"), None)
            for bid, name in bodies:
                box.addItem(name, bid)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
        current = self.sponsor_combo.currentData()
        self.sponsor_combo.blockSignals(True)
        self.sponsor_combo.clear()
        self.sponsor_combo.addItem(translate("RecordsView", "Any sponsor"), None)
        for name, pid in self._voters.items():
            self.sponsor_combo.addItem(fmt(translate("RecordsView", "Sponsored by {name}"), name=name), pid)
        self.sponsor_combo.setCurrentIndex(max(0, self.sponsor_combo.findData(current)))
        self.sponsor_combo.blockSignals(False)
        self._agreement_stale = True

    def refresh(self) -> None:
        """Re-read everything shown, after records changed elsewhere in the window."""
        self.reload_lists()
        if self.person_id is not None:
            self.refresh_record()
        if self.pages.currentIndex() == 2:
            self.refresh_agreement()

    # -- member record -------------------------------------------------------------------------
    def current_filter(self) -> RecordFilter:
        return RecordFilter(
            date_from=day_of(self.from_edit),
            date_to=day_of(self.to_edit),
            body_id=self.body_combo.currentData(),
            # Qt hands enum data back as plain strings.
            option=_enum(BallotOption, self.option_combo.currentData()),
            result=_enum(VoteResult, self.result_combo.currentData()),
            matter_kind=_enum(MatterKind, self.kind_combo.currentData()),
            sponsor_id=self.sponsor_combo.currentData(),
            text=self.text_edit.text(),
        )

    def choose_member(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        person_id = self._voters.get(text)
        if person_id is None:
            try:
                person_id, name = self.records.find_member(text)
            except UserError as error:
                self.report_error(error.message)
                return
            self.member_edit.setText(name)
        self.show_member(person_id)

    def show_member(self, person_id: int) -> None:
        self.person_id = person_id
        self.refresh_record()
        self.table.setFocus()

    def refresh_record(self) -> None:
        self._filter_timer.stop()
        if self.person_id is None:
            return
        flt = self.current_filter()
        try:
            self.model.set_query(self.person_id, flt)
        except UserError as error:
            self.report_error(error.message)
            return
        self.count_label.setText(
            f"{self.model.total} ballots"
            + (translate("RecordsView", " (filtered)") if flt.describe() else "")
        )
        self._set_export_enabled(True)
        # The table paints first; the summary (which reads every ballot) follows a moment later.
        self.summary_label.setText(translate("RecordsView", "<p style='color:gray'>Counting…</p>"))
        self._summary_for = (self.person_id, flt)
        self._summary_timer.start()

    def _refresh_summary(self) -> None:
        if self._summary_for is None or self._summary_for != (self.person_id, self.current_filter()):
            return  # the member or filter changed meanwhile; a newer refresh is on its way
        person_id, flt = self._summary_for
        self._summary_for = None
        try:
            summary = self.records.summary(person_id, flt)
            years = self.records.attendance_history(person_id, flt)
        except UserError as error:
            self.report_error(error.message)
            return
        counts = ", ".join(f"{label(o)} {n}" for o, n in summary.counts.items() if n)
        lines = [
            f"<h3>{escape(summary.person_name)}</h3>",
            fmt(
                translate("RecordsView", "<p><b>{ballots}</b> ballots ({value})</p>"),
                ballots=summary.ballots,
                value=escape(counts or "none"),
            ),
            fmt(
                translate(
                    "RecordsView", "<p><b>With the majority:</b> {with_majority} of {decided} ({percent})</p>"
                ),
                with_majority=summary.with_majority,
                decided=summary.decided,
                percent=percent(summary.majority_share),
            ),
            fmt(
                translate(
                    "RecordsView",
                    "<p><b>Attendance:</b> {meetings_present} of {meetings_seated} meetings ({percent})</p>",
                ),
                meetings_present=summary.meetings_present,
                meetings_seated=summary.meetings_seated,
                percent=percent(summary.attendance_rate),
            ),
            fmt(translate("RecordsView", "<p><b>Dissents:</b> {count}</p>"), count=len(summary.dissents)),
        ]
        if summary.recusals:
            lines.append(translate("RecordsView", "<p><b>Recusals:</b></p><ul>"))
            lines += [
                f"<li>{r.taken_on.isoformat()} {escape(r.item_title)} — <i>{escape(r.reason)}</i></li>"
                for r in summary.recusals
            ]
            lines.append("</ul>")
        if years:
            lines.append(translate("RecordsView", "<p><b>Attendance by year</b></p><table cellspacing='4'>"))
            lines.append(
                translate(
                    "RecordsView",
                    "<tr><th align='left'>Year</th><th>Present</th><th>Absent</th><th>Excused</th></tr>",
                )
            )
            lines += [
                f"<tr><td>{y.year}</td><td align='right'>{y.present}/{y.seated}</td>"
                f"<td align='right'>{y.absent}</td><td align='right'>{y.excused}</td></tr>"
                for y in years
            ]
            lines.append("</table>")
        lines.append(
            translate(
                "RecordsView",
                "<p style='color:gray'>Voice votes record no names and count neither way; ties and "
                "abstentions "
                "count neither with nor against the majority.</p>",
            )
        )
        self.summary_label.setText("".join(lines))
        self.summaryReady.emit()

    def _set_export_enabled(self, enabled: bool) -> None:
        self.record_pdf_button.setEnabled(enabled)
        self.record_csv_button.setEnabled(enabled)

    def show_matter_history(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if row.matter_id is None:
            self.report_error(
                fmt(
                    translate(
                        "RecordsView",
                        "“{item_title}” is not tied to a matter, so it has no history across meetings.",
                    ),
                    item_title=row.item_title,
                )
            )
            return
        from councildesk.ui.matter_history_dialog import MatterHistoryDialog

        try:
            history = self.records.matter_history(row.matter_id)
        except UserError as error:
            self.report_error(error.message)
            return
        self.history_dialog = MatterHistoryDialog(history, self)
        self.history_dialog.open()

    def _open_row(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        self.openItemRequested.emit(row.meeting_id, row.item_id)

    # -- search ----------------------------------------------------------------------------------
    def run_search(self) -> None:
        results = self.records.search(self.search_edit.text())
        self.hits.set_hits(results.hits)
        if results.hits:
            self.search_message.setText(translate("RecordsView", "%n result(s)", "", len(results.hits)))
            self.hit_list.setCurrentIndex(self.hits.index(0))
        else:
            self.search_message.setText(results.message)
        self.search_csv_button.setEnabled(bool(results.hits))

    def _focus_hits(self) -> None:
        if self.hits.rowCount():
            self.hit_list.setFocus()
            if not self.hit_list.currentIndex().isValid():
                self.hit_list.setCurrentIndex(self.hits.index(0))

    def _open_hit(self, index: QModelIndex) -> None:
        hit: SearchHit = index.data(HitRole)
        if hit.meeting_id is None or hit.item_id is None:
            self.report_error(
                fmt(
                    translate("RecordsView", "{title} has not been on any meeting's agenda yet."),
                    title=hit.title,
                )
            )
            return
        self.openItemRequested.emit(hit.meeting_id, hit.item_id)

    def focus_search(self) -> None:
        self.pages.setCurrentIndex(1)
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- agreement ---------------------------------------------------------------------------------
    def _page_changed(self, index: int) -> None:
        if index == 2 and self._agreement_stale:
            self.refresh_agreement()

    def refresh_agreement(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # ten years take a moment
        try:
            matrix = self.records.agreement(
                date_from=day_of(self.agree_from),
                date_to=day_of(self.agree_to),
                body_id=self.agree_body.currentData(),
            )
        except UserError as error:
            self.report_error(error.message)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._agreement_stale = False
        self.heatmap.set_matrix(matrix)
        self.heatmap.adjustSize()
        enabled = bool(matrix.names)
        self.agree_pdf_button.setEnabled(enabled)
        self.agree_csv_button.setEnabled(enabled)

    # -- exports ------------------------------------------------------------------------------------
    def _ask_path(self, title: str, suggested: str, kind: str) -> Path | None:
        filters = {
            "pdf": translate("RecordsView", "PDF documents (*.pdf)"),
            "csv": translate("RecordsView", "CSV spreadsheets (*.csv)"),
        }
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), filters[kind])
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{kind}" else path.with_name(path.name + f".{kind}")

    def export_record(self, kind: str) -> None:
        if self.person_id is None:
            return
        flt = self.current_filter()
        summary = self.records.summary(self.person_id, flt)
        path = self._ask_path(
            translate("RecordsView", "Export voting record"),
            fmt(
                translate("RecordsView", "{person_name} voting record.{kind}"),
                person_name=summary.person_name,
                kind=kind,
            ),
            kind,
        )
        if path is None:
            return
        from councildesk.exchange.atomic_file import write_atomically

        rows = self.records.full_record(self.person_id, flt)
        try:
            if kind == "csv":
                from councildesk.exchange.records_csv import record_csv

                write_atomically(path, record_csv(rows).encode("utf-8-sig"))
            else:
                from councildesk.domain.messages import installed_language
                from councildesk.reports.record_report import RecordReportHeader, record_language, record_pdf

                # The filters by their names (RecordFilter.describe), which the report words in its
                # own language; the body and the sponsor by the names the clerk chose them by.
                shown = {
                    "Body": self.body_combo.currentText(),
                    "Sponsor": self.sponsor_combo.currentText().removeprefix("Sponsored by "),
                }
                filters = [(k, shown.get(k, v)) for k, v in flt.describe()]
                header = (
                    RecordReportHeader(body_name=self.body_combo.currentText())
                    if flt.body_id
                    else RecordReportHeader()  # headed "Voting record", in the report's language
                )
                # A record is the body's, like its minutes: the body's language, whatever the window's
                # (bodies that differ: the window's).
                lang = record_language(self.services.bodies, flt.body_id, installed_language())
                write_atomically(path, record_pdf(summary, rows, filters, header, lang=lang))
        except UserError as error:
            self.report_error(error.message)

    def export_search(self) -> None:
        path = self._ask_path(
            translate("RecordsView", "Export search results"),
            translate("RecordsView", "search results.csv"),
            "csv",
        )
        if path is None:
            return
        from councildesk.exchange.atomic_file import write_atomically
        from councildesk.exchange.records_csv import search_csv

        try:
            write_atomically(path, search_csv(self.hits.hits).encode("utf-8-sig"))
        except UserError as error:
            self.report_error(error.message)

    def export_agreement(self, kind: str) -> None:
        matrix: AgreementMatrix | None = self.heatmap.matrix
        if matrix is None:
            return
        path = self._ask_path(
            translate("RecordsView", "Export who votes with whom"),
            fmt(translate("RecordsView", "who votes with whom.{kind}"), kind=kind),
            kind,
        )
        if path is None:
            return
        from councildesk.exchange.atomic_file import write_atomically

        try:
            if kind == "csv":
                from councildesk.exchange.records_csv import agreement_csv

                write_atomically(path, agreement_csv(matrix).encode("utf-8-sig"))
            else:
                from councildesk.reports.agreement_report import agreement_pdf

                write_atomically(path, agreement_pdf(matrix))
        except UserError as error:
            self.report_error(error.message)


def open_item(window: MainWindow, meeting_id: int, item_id: int) -> None:
    """Show the meeting in the Meeting tab with the item selected."""
    window.show_meeting(meeting_id)
    if window.current_meeting_id() != meeting_id:
        return  # show_meeting reported why it could not
    window.tabs.setCurrentWidget(window.meeting_view)
    agenda = getattr(window.meeting_view, "agenda", None)
    if agenda is not None and hasattr(agenda, "select_item"):
        agenda.select_item(item_id)


def install_records_view(window: MainWindow) -> RecordsView:
    """Add the Records tab and its menu actions to the main window (called from view_registry)."""
    view = RecordsView(window.context, window)
    window.add_workspace_tab(translate("records_view", "Records"), view)
    view.openItemRequested.connect(lambda m, i: open_item(window, m, i))

    def show_records() -> None:
        window.tabs.setCurrentWidget(view)
        view.pages.setCurrentIndex(0)
        view.member_edit.setFocus()

    def show_search() -> None:
        window.tabs.setCurrentWidget(view)
        view.focus_search()

    records_action = QAction(translate("records_view", "Voting &records"), window)
    records_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
    records_action.triggered.connect(show_records)
    search_action = QAction(translate("records_view", "&Search records…"), window)
    search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    search_action.triggered.connect(show_search)
    window.add_menu_actions("View", [records_action, search_action])
    # Votes recorded in the Meeting tab show up when the clerk comes back to Records.
    window.tabs.currentChanged.connect(
        lambda _i: view.refresh() if window.tabs.currentWidget() is view else None
    )
    return view
