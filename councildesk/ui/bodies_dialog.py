"""Edit ▸ Bodies: the council and its committees, their seats, and who held which seat when (terms, roles)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.enums import (
    BodyClassification,
    MembershipRole,
    NumberingStyle,
    QuorumRule,
    ThresholdBase,
    ThresholdFraction,
)
from councildesk.domain.errors import UserError
from councildesk.domain.house_style import (
    ClockStyle,
    DateStyle,
    HouseStyle,
    VoteSentenceStyle,
)
from councildesk.domain.minutes_language import LANGUAGE_NAMES, MinutesLanguage
from councildesk.domain.seat_pattern import expand_seat_pattern
from councildesk.domain.time_zones import host_zone_name, zone_names
from councildesk.services.body_service import HOUSE_STYLE_COLUMNS, house_style_columns
from councildesk.services.container import Services
from councildesk.services.dto import AgendaSettingsDTO, BodyDTO, MembershipDTO
from councildesk.ui.agenda_template_actions import STYLE_NAMES, template_summary
from councildesk.ui.dto_table_model import DtoTableModel
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate, verbatim
from councildesk.ui.roster_dialogs import RosterDialog, SeatsDialog, seats_preview
from councildesk.ui.row_view import row_view
from councildesk.ui.ui_context import RecordKind, UiContext
from councildesk.ui.undo_support import IdMap


def _combo(parent: QWidget, name: str, values: list[Any], current: Any) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for value in values:
        combo.addItem(label(value), value.value)
    combo.setCurrentIndex(max(0, combo.findData(current.value)))
    return combo


def _language_name(language: MinutesLanguage) -> str:
    """'Français', or 'English, then Français' for minutes printed in both, one after the other."""
    names = [verbatim(LANGUAGE_NAMES[lang]) for lang in language.editions]
    if len(names) == 1:
        return names[0]
    return fmt(translate("BodyFormDialog", "{first}, then {second}"), first=names[0], second=names[1])


# Each house style by an example, in the window's language (the style is how the minutes print).
CLOCK_NAMES = {
    ClockStyle.TWELVE_HOUR: QT_TRANSLATE_NOOP("BodyFormDialog", "12-hour (7:05 p.m.)"),
    ClockStyle.TWENTY_FOUR_HOUR: QT_TRANSLATE_NOOP("BodyFormDialog", "24-hour (19:05)"),
}
DATE_NAMES = {
    DateStyle.DAY_MONTH_YEAR: QT_TRANSLATE_NOOP("BodyFormDialog", "Thursday, 18 August 2011"),
    DateStyle.MONTH_DAY_YEAR: QT_TRANSLATE_NOOP("BodyFormDialog", "Thursday, August 18, 2011"),
}
VOTE_SENTENCE_NAMES = {
    VoteSentenceStyle.COUNTS: QT_TRANSLATE_NOOP("BodyFormDialog", "Counts only (passed 11–2, 1 abstaining)"),
    VoteSentenceStyle.NAMES: QT_TRANSLATE_NOOP(
        "BodyFormDialog", "Counts with names (passed 11–2 (Menten, Mihalik opposed))"
    ),
}


def _named_combo(parent: QWidget, accessible: str, names: dict[Any, str]) -> QComboBox:
    """A combo box of a style enum's members by their example text, each member's value as its data."""
    combo = QComboBox(parent)
    combo.setAccessibleName(accessible)
    for member, text in names.items():
        combo.addItem(translate("BodyFormDialog", text), member.value)
    return combo


def _table(parent: QWidget, model: DtoTableModel, name: str) -> QTableView:
    table = row_view(QTableView(parent), model, name)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class BodyFormDialog(QDialog):
    """Name, kind, parent body (committees), seats, quorum rule and default vote threshold."""

    def __init__(
        self,
        bodies: list[BodyDTO],
        body: BodyDTO | None,
        parent: QWidget | None = None,
        *,
        agenda: AgendaSettingsDTO | None = None,
        time_zone: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("BodyFormDialog", "Edit body") if body else translate("BodyFormDialog", "New body")
        )
        self.body = body
        self.name_edit = QLineEdit(body.name if body else "", self)
        self.name_edit.setAccessibleName(translate("BodyFormDialog", "Name"))
        self.municipality_edit = QLineEdit(body.municipality if body else "", self)
        self.municipality_edit.setAccessibleName(translate("BodyFormDialog", "Municipality"))
        self.kind_combo = _combo(
            self,
            translate("BodyFormDialog", "Kind"),
            list(BodyClassification),
            body.classification if body else BodyClassification.COUNCIL,
        )
        self.parent_combo = QComboBox(self)
        self.parent_combo.setAccessibleName(translate("BodyFormDialog", "Part of"))
        self.parent_combo.addItem(translate("BodyFormDialog", "— none —"), None)
        for b in bodies:
            if body is None or b.id != body.id:
                self.parent_combo.addItem(b.name, b.id)
        self.parent_combo.setCurrentIndex(
            max(0, self.parent_combo.findData(body.parent_id if body else None))
        )
        self.seats_spin = QSpinBox(self)
        self.seats_spin.setAccessibleName(translate("BodyFormDialog", "Seats"))
        self.seats_spin.setRange(1, 500)
        self.seats_spin.setValue(body.seat_count if body else 9)
        self.quorum_combo = _combo(
            self,
            translate("BodyFormDialog", "Quorum"),
            list(QuorumRule),
            body.quorum_rule if body else QuorumRule.MAJORITY_OF_SEATS,
        )
        threshold = body.default_threshold if body else None
        self.fraction_combo = _combo(
            self,
            translate("BodyFormDialog", "Default threshold"),
            list(ThresholdFraction),
            threshold.fraction if threshold else ThresholdFraction.MAJORITY,
        )
        self.base_combo = _combo(
            self,
            translate("BodyFormDialog", "Threshold of"),
            list(ThresholdBase),
            threshold.base if threshold else ThresholdBase.VOTES_CAST,
        )
        self.numbering_combo = QComboBox(self)
        self.numbering_combo.setAccessibleName(translate("BodyFormDialog", "Agenda numbering"))
        for style in NumberingStyle:
            self.numbering_combo.addItem(STYLE_NAMES[style], style.value)
        current_style = agenda.numbering_style if agenda else NumberingStyle.DECIMAL
        self.numbering_combo.setCurrentIndex(self.numbering_combo.findData(current_style.value))
        # Meeting times are this zone's wall clock; exports give them its UTC offset.
        self.zone_combo = QComboBox(self)
        self.zone_combo.setAccessibleName(translate("BodyFormDialog", "Time zone"))
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.addItems(zone_names())
        self.zone_combo.setCurrentText(time_zone or host_zone_name())
        # The minutes' house style: how, not what, they print (approved minutes follow it too).
        self.clock_combo = _named_combo(self, translate("BodyFormDialog", "Minutes clock"), CLOCK_NAMES)
        self.date_combo = _named_combo(self, translate("BodyFormDialog", "Minutes dates"), DATE_NAMES)
        self.vote_sentence_combo = _named_combo(
            self, translate("BodyFormDialog", "Vote sentences"), VOTE_SENTENCE_NAMES
        )
        self.tables_check = QCheckBox(
            translate("BodyFormDialog", "&All votes in roll-call tables, unanimous ones too"), self
        )
        # The language the body's minutes, agendas and records print in, whatever the window's is.
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(translate("BodyFormDialog", "Minutes language"))
        for language in MinutesLanguage:
            self.language_combo.addItem(_language_name(language), language.value)
        style_box = QGroupBox(translate("BodyFormDialog", "Minutes house style"), self)
        style_form = QFormLayout(style_box)
        style_form.addRow(translate("BodyFormDialog", "&Language:"), self.language_combo)
        style_form.addRow(translate("BodyFormDialog", "&Clock:"), self.clock_combo)
        style_form.addRow(translate("BodyFormDialog", "&Dates:"), self.date_combo)
        style_form.addRow(translate("BodyFormDialog", "&Votes:"), self.vote_sentence_combo)
        style_form.addRow(self.tables_check)
        self.set_house_style(HouseStyle())
        summary = template_summary(agenda) if agenda else ""
        self.template_label = QLabel(
            summary or translate("BodyFormDialog", "none yet (Meeting ▸ Save agenda as the body's template)"),
            self,
        )
        self.template_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("BodyFormDialog", "&Name:"), self.name_edit)
        form.addRow(translate("BodyFormDialog", "&Municipality:"), self.municipality_edit)
        form.addRow(translate("BodyFormDialog", "&Kind:"), self.kind_combo)
        form.addRow(translate("BodyFormDialog", "&Part of:"), self.parent_combo)
        form.addRow(translate("BodyFormDialog", "&Seats:"), self.seats_spin)
        self.seat_names_edit: QLineEdit | None = None
        if body is None:
            # A new body offers to create its seats in the same step, named from a pattern.
            self.seat_names_edit = QLineEdit(self)
            self.seat_names_edit.setAccessibleName(translate("BodyFormDialog", "Seat names"))
            self.seat_names_edit.setPlaceholderText(
                translate("BodyFormDialog", "optional: District A–O, Ward 1–9, At-Large A–B")
            )
            self.seat_names_preview = QLabel(self)
            self.seat_names_preview.setWordWrap(True)
            self.seat_names_edit.textChanged.connect(self._preview_seats)
            form.addRow(translate("BodyFormDialog", "Seat &names:"), self.seat_names_edit)
            form.addRow(self.seat_names_preview)
        form.addRow(translate("BodyFormDialog", "&Quorum:"), self.quorum_combo)
        form.addRow(translate("BodyFormDialog", "Default &threshold:"), self.fraction_combo)
        form.addRow(translate("BodyFormDialog", "… &of:"), self.base_combo)
        form.addRow(translate("BodyFormDialog", "Agenda n&umbering:"), self.numbering_combo)
        form.addRow(translate("BodyFormDialog", "Time &zone:"), self.zone_combo)
        form.addRow(style_box)
        if body is not None:
            form.addRow(translate("BodyFormDialog", "Usual agenda:"), self.template_label)
        else:
            self.template_label.hide()  # a new body has no usual agenda; unplaced, it would cover the form
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def _preview_seats(self, text: str) -> None:
        if not text.strip():
            self.seat_names_preview.setText("")
            return
        try:
            names = expand_seat_pattern(text)
        except UserError as error:
            self.seat_names_preview.setText(str(error))
            return
        self.seat_names_preview.setText(seats_preview(names))
        if len(names) > self.seats_spin.value():
            self.seats_spin.setValue(len(names))

    def numbering_style(self) -> NumberingStyle:
        return NumberingStyle(self.numbering_combo.currentData())

    def set_house_style(self, style: HouseStyle) -> None:
        for combo, value in (
            (self.clock_combo, style.clock),
            (self.date_combo, style.date),
            (self.vote_sentence_combo, style.vote_sentence),
            (self.language_combo, style.language),
        ):
            combo.setCurrentIndex(combo.findData(value.value))
        self.tables_check.setChecked(style.vote_tables)

    def house_style(self) -> HouseStyle:
        return HouseStyle(
            clock=ClockStyle(self.clock_combo.currentData()),
            date=DateStyle(self.date_combo.currentData()),
            vote_sentence=VoteSentenceStyle(self.vote_sentence_combo.currentData()),
            vote_tables=self.tables_check.isChecked(),
            language=MinutesLanguage(self.language_combo.currentData()),
        )

    def seat_pattern(self) -> str:
        return self.seat_names_edit.text().strip() if self.seat_names_edit is not None else ""

    def values(self) -> dict[str, Any]:
        """Keyword arguments for update_body (create_body takes the same, renamed by the caller)."""
        return {
            "name": self.name_edit.text().strip(),
            "municipality": self.municipality_edit.text().strip(),
            "classification": BodyClassification(self.kind_combo.currentData()),
            "parent_id": self.parent_combo.currentData(),
            "seat_count": self.seats_spin.value(),
            "quorum_rule": QuorumRule(self.quorum_combo.currentData()),
            "default_threshold_fraction": ThresholdFraction(self.fraction_combo.currentData()),
            "default_threshold_base": ThresholdBase(self.base_combo.currentData()),
            "time_zone": self.zone_combo.currentText().strip(),
        }


class TermDialog(QDialog):
    """A term: person, seat, role, start and (optional) end, voting or not."""

    def __init__(self, services: Services, body: BodyDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fmt(translate("TermDialog", "New term on {name}"), name=body.name))
        self.person_combo = QComboBox(self)
        self.person_combo.setAccessibleName(translate("TermDialog", "Person"))
        self.person_combo.setEditable(True)  # type a new name to add that person
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in services.people.find_people(limit=5000):
            self.person_combo.addItem(p.display_name + (f" — {p.title}" if p.title else ""), p.id)
        self.person_combo.setCurrentIndex(-1)
        line = self.person_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("TermDialog", "Choose, or type a new person's name"))
        self.seat_combo = QComboBox(self)
        self.seat_combo.setAccessibleName(translate("TermDialog", "Seat"))
        self.seat_combo.addItem(translate("TermDialog", "— no seat —"), None)
        for post in services.bodies.list_posts(body.id):
            self.seat_combo.addItem(post.label, post.id)
        self.role_combo = _combo(
            self, translate("TermDialog", "Role"), list(MembershipRole), MembershipRole.MEMBER
        )
        self.start_edit = QDateEdit(qdate(date(date.today().year, 1, 1)), self)
        self.start_edit.setAccessibleName(translate("TermDialog", "Start"))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("d MMM yyyy")
        self.has_end = QCheckBox(translate("TermDialog", "Ends on"), self)
        self.has_end.setAccessibleName(translate("TermDialog", "Term has an end date"))
        self.end_edit = QDateEdit(qdate(date(date.today().year + 1, 12, 31)), self)
        self.end_edit.setAccessibleName(translate("TermDialog", "End"))
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat("d MMM yyyy")
        self.end_edit.setEnabled(False)
        self.has_end.toggled.connect(self.end_edit.setEnabled)
        self.voting_check = QCheckBox(translate("TermDialog", "Votes on this body"), self)
        self.voting_check.setChecked(True)
        self.role_combo.currentIndexChanged.connect(
            lambda _: self.voting_check.setChecked(
                self.role_combo.currentData() != MembershipRole.CLERK.value
            )
        )
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end_edit, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("TermDialog", "&Person:"), self.person_combo)
        form.addRow(translate("TermDialog", "&Seat:"), self.seat_combo)
        form.addRow(translate("TermDialog", "&Role:"), self.role_combo)
        form.addRow(translate("TermDialog", "S&tarts:"), self.start_edit)
        form.addRow(end_row)
        form.addRow(self.voting_check)
        form.addRow(buttons)
        self.resize(480, self.sizeHint().height())

    def person(self) -> tuple[int | None, str]:
        """(existing person id, or None with the typed name of a new person)."""
        text = self.person_combo.currentText().strip()
        index = self.person_combo.findText(text)
        if index >= 0:
            return self.person_combo.itemData(index), text
        return None, text

    def values(self) -> dict[str, Any]:
        return {
            "post_id": self.seat_combo.currentData(),
            "role": MembershipRole(self.role_combo.currentData()),
            "start_date": pydate(self.start_edit.date()),
            "end_date": pydate(self.end_edit.date()) if self.has_end.isChecked() else None,
            "voting": self.voting_check.isChecked(),
        }


class BodiesDialog(QDialog):
    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BodiesDialog", "Bodies, seats and terms"))
        self.context = context
        services = self.services = context.services
        self.undo_stack = context.undo_stack
        self.report_error = context.report_error
        self.ids = IdMap()
        names: dict[int, str] = {}

        def load_bodies() -> list[BodyDTO]:
            rows = services.bodies.list_bodies()
            names.clear()
            names.update({b.id: b.name for b in rows})
            return rows

        self.bodies_model = DtoTableModel(
            [
                (translate("BodiesDialog", "Name"), lambda b: b.name),
                (translate("BodiesDialog", "Kind"), lambda b: label(b.classification)),
                (
                    translate("BodiesDialog", "Part of"),
                    lambda b: names.get(b.parent_id, "") if b.parent_id else "",
                ),
                (translate("BodiesDialog", "Seats"), lambda b: b.seat_count),
                (translate("BodiesDialog", "Quorum"), lambda b: label(b.quorum_rule)),
                (
                    translate("BodiesDialog", "Threshold"),
                    lambda b: fmt(
                        translate("BodiesDialog", "{fraction} of {base}"),
                        fraction=label(b.default_threshold.fraction),
                        base=label(b.default_threshold.base).lower(),
                    ),
                ),
            ],
            load_bodies,
            self,
        )
        self.bodies_table = _table(self, self.bodies_model, translate("BodiesDialog", "Bodies"))
        self.bodies_table.selectionModel().currentRowChanged.connect(self._body_changed)
        self.bodies_table.doubleClicked.connect(lambda _: self.edit_body())
        self.new_body_button = QPushButton(translate("BodiesDialog", "&New body…"), self)
        self.new_body_button.clicked.connect(self.new_body)
        self.edit_body_button = QPushButton(translate("BodiesDialog", "&Edit body…"), self)
        self.edit_body_button.clicked.connect(self.edit_body)

        self.posts_model = DtoTableModel([(translate("BodiesDialog", "Seat"), lambda p: p.label)], list, self)
        self.posts_table = _table(self, self.posts_model, translate("BodiesDialog", "Seats"))
        self.add_post_button = QPushButton(translate("BodiesDialog", "&Add seats…"), self)
        self.add_post_button.clicked.connect(self.add_seats)

        self.terms_model = DtoTableModel(
            [
                (translate("BodiesDialog", "Person"), lambda m: m.person_name),
                (translate("BodiesDialog", "Seat"), lambda m: m.post_label),
                (translate("BodiesDialog", "Role"), lambda m: label(m.role)),
                (translate("BodiesDialog", "From"), lambda m: f"{m.start_date:%Y-%m-%d}"),
                (translate("BodiesDialog", "To"), lambda m: f"{m.end_date:%Y-%m-%d}" if m.end_date else "—"),
                (
                    translate("BodiesDialog", "Votes"),
                    lambda m: (
                        translate("BodiesDialog", "yes") if m.voting else translate("BodiesDialog", "no")
                    ),
                ),
            ],
            list,
            self,
        )
        self.terms_table = _table(self, self.terms_model, translate("BodiesDialog", "Terms"))
        self.add_term_button = QPushButton(translate("BodiesDialog", "Add &term…"), self)
        self.add_term_button.clicked.connect(self.add_term)
        self.end_term_button = QPushButton(translate("BodiesDialog", "E&nd term…"), self)
        self.end_term_button.clicked.connect(self.end_term)
        self.delete_term_button = QPushButton(translate("BodiesDialog", "&Delete term"), self)
        self.delete_term_button.clicked.connect(self.delete_term)
        self.roster_button = QPushButton(translate("BodiesDialog", "&Roster…"), self)
        self.roster_button.setToolTip(
            translate("BodiesDialog", "Add many terms at once, typed or pasted from a spreadsheet")
        )
        self.roster_button.clicked.connect(self.open_roster)

        tabs = QTabWidget(self)
        seats = QWidget(tabs)
        seats_layout = QVBoxLayout(seats)
        seats_layout.addWidget(self.posts_table)
        seats_layout.addWidget(self.add_post_button)
        terms = QWidget(tabs)
        terms_layout = QVBoxLayout(terms)
        terms_layout.addWidget(self.terms_table)
        row = QHBoxLayout()
        for button in (
            self.roster_button,
            self.add_term_button,
            self.end_term_button,
            self.delete_term_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        terms_layout.addLayout(row)
        tabs.addTab(terms, translate("BodiesDialog", "Members and terms"))
        tabs.addTab(seats, translate("BodiesDialog", "Seats"))

        body_buttons = QHBoxLayout()
        body_buttons.addWidget(self.new_body_button)
        body_buttons.addWidget(self.edit_body_button)
        body_buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(translate("BodiesDialog", "<b>Bodies</b> (committees name the body they belong to)"), self)
        )
        layout.addWidget(self.bodies_table, 2)
        layout.addLayout(body_buttons)
        layout.addWidget(tabs, 3)
        layout.addWidget(close)
        self.resize(900, 640)
        if self.bodies_model.rowCount():
            self.bodies_table.setCurrentIndex(self.bodies_model.index(0, 0))
        self._update_buttons()

    # -- selection --------------------------------------------------------------------
    def current_body(self) -> BodyDTO | None:
        index = self.bodies_table.currentIndex()
        return self.bodies_model.row(index.row()) if index.isValid() else None

    def current_term(self) -> MembershipDTO | None:
        index = self.terms_table.currentIndex()
        return self.terms_model.row(index.row()) if index.isValid() else None

    def _body_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        body = self.bodies_model.row(current.row()) if current.isValid() else None
        body_id = body.id if body else None
        if body_id is None:
            self.posts_model.set_loader(list)
            self.terms_model.set_loader(list)
        else:
            self.posts_model.set_loader(lambda: self.services.bodies.list_posts(body_id))
            self.terms_model.set_loader(lambda: self.services.bodies.list_memberships(body_id=body_id))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_body = self.current_body() is not None
        for button in (self.edit_body_button, self.add_post_button, self.add_term_button, self.roster_button):
            button.setEnabled(has_body)

    def _refresh(self, body_id: int | None = None) -> None:
        current = self.current_body()
        keep = body_id if body_id is not None else (current.id if current else None)
        self.bodies_model.refresh()
        row = self.bodies_model.row_of_id(keep) if keep is not None else -1
        if row >= 0:
            self.bodies_table.setCurrentIndex(self.bodies_model.index(row, 0))
        # Reload seats and terms for whatever is selected now (nothing, if the body was undone).
        self._body_changed(self.bodies_table.currentIndex(), QModelIndex())

    # -- commands ---------------------------------------------------------------------
    def new_body(self) -> None:
        dialog = BodyFormDialog(self.services.bodies.list_bodies(), None, self)
        if not dialog.exec():
            return
        v = dialog.values()
        pattern = dialog.seat_pattern()
        style = dialog.numbering_style()
        house = dialog.house_style()
        ids, original = self.ids, list[int]()
        bodies, roster = self.services.bodies, self.services.roster
        templates = self.services.agenda_templates

        def do() -> BodyDTO:
            body = bodies.create_body(
                v["name"],
                v["seat_count"],
                classification=v["classification"],
                municipality=v["municipality"],
                parent_id=v["parent_id"],
                quorum_rule=v["quorum_rule"],
                threshold_fraction=v["default_threshold_fraction"],
                threshold_base=v["default_threshold_base"],
                time_zone=v["time_zone"],
            )
            if style is not NumberingStyle.DECIMAL:
                templates.set_numbering_style(body.id, style)
            if house != HouseStyle():
                bodies.set_house_style(body.id, house)
            if original:
                ids.remap(original[0], body.id)
            else:
                original.append(body.id)
            return body

        if pattern:
            self.undo_stack.beginMacro(
                fmt(translate("BodiesDialog", "New body {v} with its seats"), v=v["name"])
            )
        result = self.context.push(
            fmt(translate("BodiesDialog", "New body {v}"), v=v["name"]),
            do,
            lambda _: bodies.delete_body(ids.resolve(original[0])),
            lambda: self._refresh(ids.resolve(original[0]) if original else None),
            meeting_id=None,
            kinds=(RecordKind.BODIES,),
        )
        if pattern:
            seats = None
            if result is not None:
                seats = self.context.push(
                    fmt(translate("BodiesDialog", "Add seats to {v}"), v=v["name"]),
                    lambda: roster.create_seats(ids.resolve(original[0]), pattern),
                    lambda posts: roster.delete_seats([p.id for p in posts]),
                    meeting_id=None,
                    kinds=(RecordKind.BODIES,),
                )
            self.undo_stack.endMacro()
            if result is not None and seats is None:
                self.undo_stack.undo()  # the seats were refused: no body half set up
                return
        if result is not None:
            self._refresh(result.id)

    def add_seats(self) -> None:
        body = self.current_body()
        if body is None:
            return
        if SeatsDialog(self.context, body, self).exec():
            self._refresh(body.id)

    def open_roster(self) -> None:
        body = self.current_body()
        if body is None:
            return
        if RosterDialog(self.context, body, max(body.seat_count, 5), self).exec():
            self._refresh(body.id)

    def edit_body(self) -> None:
        shown = self.current_body()
        if shown is None:
            return
        # The form starts from the body as stored now; the change is made from that version of it.
        bodies = self.services.bodies
        body = bodies.get_body(shown.id)
        agenda = self.services.agenda_templates.settings(body.id)
        house_now = bodies.house_style(body.id)
        zone_now = bodies.time_zone(body.id)
        dialog = BodyFormDialog(bodies.list_bodies(), body, self, agenda=agenda, time_zone=zone_now)
        dialog.set_house_style(house_now)
        if not dialog.exec():
            return
        # Every field of the form is a column of the body's row, so the whole edit is one
        # change, refused and offered if someone else changed the body since.
        old = {
            "name": body.name,
            "municipality": body.municipality,
            "classification": body.classification,
            "parent_id": body.parent_id,
            "seat_count": body.seat_count,
            "quorum_rule": body.quorum_rule,
            "default_threshold_fraction": body.default_threshold.fraction,
            "default_threshold_base": body.default_threshold.base,
            "time_zone": zone_now,
            "numbering_style": agenda.numbering_style,
            **house_style_columns(house_now),
        }
        typed = {
            **dialog.values(),
            "numbering_style": dialog.numbering_style(),
            **house_style_columns(dialog.house_style()),
        }
        changes = {k: v for k, v in typed.items() if old[k] != v}
        if not changes:
            return
        text = (
            fmt(translate("BodiesDialog", "House style of {get}"), get=body.name)
            if set(changes) <= HOUSE_STYLE_COLUMNS
            else fmt(translate("BodiesDialog", "Edit {name}"), name=body.name)
        )
        self.context.push_edit(
            text,
            lambda version, values: bodies.update_body(body.id, expected_version=version, **values),
            changes,
            {k: old[k] for k in changes},
            lambda: self._refresh(body.id),
            version=body.row_version,
            meeting_id=None,
            kinds=(RecordKind.BODIES, RecordKind.AGENDA),  # a new numbering style renumbers agendas
        )

    def add_term(self) -> None:
        body = self.current_body()
        if body is None:
            return
        dialog = TermDialog(self.services, body, self)
        # A refused term (say, overlapping another) shows its sentence and the dialog comes back
        # with everything as typed, until the term is added or the clerk cancels.
        while dialog.exec():
            if self._add_term_from(dialog, body):
                return

    def _add_term_from(self, dialog: TermDialog, body: BodyDTO) -> bool:
        """Add the term `dialog` describes (and its new person, as one undo step); False when refused."""
        person_id, name = dialog.person()
        v = dialog.values()
        bodies, people, ids = self.services.bodies, self.services.people, self.ids
        new_person = person_id is None
        if new_person:
            # A new person and their term are one step for the clerk, so one undo entry.
            self.undo_stack.beginMacro(
                fmt(translate("BodiesDialog", "Add {name} to {name2}"), name=name, name2=body.name)
            )
            created = self.context.push(
                fmt(translate("BodiesDialog", "Add {name}"), name=name),
                lambda: people.create_person(name),
                lambda result: people.delete_person(result.id),
                meeting_id=None,
                kinds=(RecordKind.BODIES,),
            )
            if created is None:
                self.undo_stack.endMacro()
                self.undo_stack.undo()  # drop the empty step
                return False
            person_id = created.id
        assert person_id is not None
        member_id: int = person_id
        original: list[int] = []

        def do() -> MembershipDTO:
            m = bodies.add_membership(member_id, body.id, **v)
            if original:
                ids.remap(original[0], m.id)
            else:
                original.append(m.id)
            return m

        term = self.context.push(
            fmt(translate("BodiesDialog", "Add term of {name}"), name=name),
            do,
            lambda _: bodies.delete_membership(ids.resolve(original[0])),
            lambda: self._refresh(body.id),
            meeting_id=None,
            kinds=(RecordKind.BODIES,),
        )
        if new_person:
            self.undo_stack.endMacro()
            if term is None:
                # The term was refused: take back the person added for it, so nothing is half done.
                self.undo_stack.undo()
                self._refresh(body.id)
        return term is not None

    def end_term(self) -> None:
        term = self.current_term()
        if term is None:
            return
        default = term.end_date or date.today()
        text, ok = QInputDialog.getText(
            self,
            translate("BodiesDialog", "End term"),
            fmt(
                translate("BodiesDialog", "Last day of {person_name}'s term (YYYY-MM-DD):"),
                person_name=term.person_name,
            ),
            text=f"{default:%Y-%m-%d}",
        )
        if not ok:
            return
        try:
            end = date.fromisoformat(text.strip())
        except ValueError:
            self.report_error(
                fmt(
                    translate(
                        "BodiesDialog",
                        "“{text}” is not a date; type it as YYYY-MM-DD, for example 2011-12-31.",
                    ),
                    text=text,
                )
            )
            return
        bodies, ids, old = self.services.bodies, self.ids, term.end_date
        self.context.push(
            fmt(translate("BodiesDialog", "End term of {person_name}"), person_name=term.person_name),
            lambda: bodies.end_membership(ids.resolve(term.id), end),
            lambda _: bodies.update_membership(ids.resolve(term.id), end_date=old),
            lambda: self._refresh(term.body_id),
            meeting_id=None,
            kinds=(RecordKind.BODIES,),
        )

    def delete_term(self) -> None:
        term = self.current_term()
        if term is None:
            return
        bodies, ids = self.services.bodies, self.ids

        def undo(_: Any) -> None:
            m = bodies.add_membership(
                term.person_id,
                term.body_id,
                term.start_date,
                post_id=term.post_id,
                role=term.role,
                end_date=term.end_date,
                voting=term.voting,
            )
            ids.remap(term.id, m.id)

        self.context.push(
            fmt(translate("BodiesDialog", "Delete term of {person_name}"), person_name=term.person_name),
            lambda: bodies.delete_membership(ids.resolve(term.id)),
            undo,
            lambda: self._refresh(term.body_id),
            meeting_id=None,
            kinds=(RecordKind.BODIES,),
        )
