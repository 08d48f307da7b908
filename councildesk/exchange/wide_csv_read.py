"""Wide roll-call CSV import: one row per vote, one column per member, as open-data portals publish.

The header is found among the first ten lines (a title line above it is skipped). Its cells are
matched without regard to case, spacing or punctuation:

| column  | header (any of)                                                        | needed |
|---------|------------------------------------------------------------------------|--------|
| date    | date, meeting date, vote date, event date                              | yes    |
| body    | body, committee, legislative body, board                               |        |
| meeting | meeting, meeting name, meeting type, event                             |        |
| item    | item, agenda item, item number, item no, agenda number                 |        |
| matter  | matter, file number, file no, file, matter number, matter identifier   |        |
| motion  | motion, action, motion text, action text                               |        |
| result  | result, outcome, vote result, action result                            |        |
| tally   | tally, vote tally, vote count, count                                   |        |
| (read but not kept) | id, vote id, time, url, link, notes                        |        |

Every other column is a member, named as a person is displayed. Member cells are read by meaning
with the one table of spellings (`vocab.OPTION_SPELLINGS`: Y, Aye, In Favor → yes; N, Nay, Opposed →
no; Excused, Medical → excused; Conflict, Recused → recused; Present, Not Voting → present …)
plus A → abstain (as `wide_csv_write` writes it). A blank cell means no ballot. An unknown value is
kept as 'other' with the original text as the ballot's note and a warning naming its row and
column; it never refuses the file. Results: pass, passed, carried, adopted, approved → pass;
fail, failed, defeated, lost, rejected → fail; a blank result is counted from the ballots.
A tally ('7-2' or '7-2-0', yes-no-abstain) is kept as the vote's counts when the row has no
member cells; beside ballots it is only checked (the ballots are the counts), warning if it differs.

The body is the row's Body cell (one file may hold several bodies; a body not stored is created
with a warning), else the database's only body, else the one the file is named after.
A meeting is matched by body and date (and by its name when a day has several), else created; an
agenda item by its number within a matched meeting, a motion by its text on that item; members by
display name, then by a family name only one person has, else created with a warning. Dates are
ISO 8601 (YYYY-MM-DD, a time allowed) or the US MM/DD/YYYY portals use.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from councildesk.domain.enums import BallotOption
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Joined, Message, Sentence, said
from councildesk.domain.wording import listed
from councildesk.exchange.source import AT_ROW, read_bytes
from councildesk.exchange.vocab import DEFAULT_THRESHOLD, OPTION_SPELLINGS, other_ballot, spelled
from councildesk.exchange.wide_csv_write import SCHEME, meeting_label, slug
from councildesk.services import import_run
from councildesk.services.exchange_records import (
    ROWS,
    DateRange,
    ImportPreview,
    ParsedImport,
    Rec,
    children_by_parent,
)
from councildesk.services.exchange_service import ExchangeService

# Where in the sheet, and what the reader says of what it reads otherwise than written (the import's
# warnings), declared: English as their str, in the reader's language in the preview and on the CLI.
AT_ROW_COLUMN = QT_TRANSLATE_NOOP("exchange", "{name}, row {row}, column {column}")
AT_MEMBER = QT_TRANSLATE_NOOP("exchange", "{name}, row {row}, column '{member}'")
AT_COLUMN = QT_TRANSLATE_NOOP("exchange", "{where}, column {column}")
AT_RESULT = QT_TRANSLATE_NOOP("exchange", "{where}, result")
TALLY_NOT_READ = QT_TRANSLATE_NOOP(
    "exchange", "{where}: the tally '{raw}' is not yes-no or yes-no-abstain counts; it was not read."
)
TALLY_DIFFERS = QT_TRANSLATE_NOOP(
    "exchange",
    "{where}: the tally '{raw}' differs from the member columns ({members}); the ballots were kept.",
)
# (a result was written, the result counted) -> the warning
RESULT_COUNTED = {
    (True, "pass"): QT_TRANSLATE_NOOP(
        "exchange",
        "{where}: the result '{raw}' is not pass or fail; "
        "it was counted from the votes ({yes} yes, {no} no): pass.",
    ),
    (True, "fail"): QT_TRANSLATE_NOOP(
        "exchange",
        "{where}: the result '{raw}' is not pass or fail; "
        "it was counted from the votes ({yes} yes, {no} no): fail.",
    ),
    (False, "pass"): QT_TRANSLATE_NOOP(
        "exchange", "{where}: no result is given; it was counted from the votes ({yes} yes, {no} no): pass."
    ),
    (False, "fail"): QT_TRANSLATE_NOOP(
        "exchange", "{where}: no result is given; it was counted from the votes ({yes} yes, {no} no): fail."
    ),
}
BODY_CREATED = (
    QT_TRANSLATE_NOOP(
        "exchange", "{where}: there is no body '{name}'; it was created with 1 seat, one per member column."
    ),
    QT_TRANSLATE_NOOP(
        "exchange",
        "{where}: there is no body '{name}'; it was created with {count} seats, one per member column.",
    ),
)
PERSON_CREATED = QT_TRANSLATE_NOOP(
    "exchange", "{where}: no one is named '{name}'; a person of that name was created."
)
MATTER_CREATED = QT_TRANSLATE_NOOP("exchange", "{where}: there is no matter '{identifier}'; it was created.")
# What the sheet holds (the preview's first line)
SHEET_HOLDS = QT_TRANSLATE_NOOP(
    "exchange", "{name} holds {votes} in {meetings}, with {columns} and {ballots}"
)
READ_BY_MEANING = (
    QT_TRANSLATE_NOOP("exchange", "1 value read by meaning (such as {words})"),
    QT_TRANSLATE_NOOP("exchange", "{count} values read by meaning (such as {words})"),
)
KEPT_AS_OTHER = (
    QT_TRANSLATE_NOOP("exchange", "1 unknown value kept as 'other'"),
    QT_TRANSLATE_NOOP("exchange", "{count} unknown values kept as 'other'"),
)
FULL_STOP = QT_TRANSLATE_NOOP("exchange", "{text}.")
# the sheet's counts as the import summary words them (ROWS), and its member columns
COUNTED = {
    **ROWS,
    "member column": (
        QT_TRANSLATE_NOOP("exchange", "1 member column"),
        QT_TRANSLATE_NOOP("exchange", "{count} member columns"),
    ),
}


def _counted(noun: str, n: int) -> Message:
    """'1 vote', '3 votes', declared."""
    return Message(COUNTED[noun][n != 1], {"count": n})


HEADERS: dict[str, tuple[str, ...]] = {
    "date": ("date", "meeting date", "vote date", "event date"),
    "body": ("body", "committee", "legislative body", "board"),
    "meeting": ("meeting", "meeting name", "meeting type", "event"),
    "item": ("item", "agenda item", "item number", "item no", "agenda number", "agenda item number"),
    "matter": ("matter", "file number", "file no", "file", "matter number", "matter identifier"),
    "motion": ("motion", "action", "motion text", "action text"),
    "result": ("result", "outcome", "vote result", "action result"),
    "tally": ("tally", "vote tally", "vote count", "count"),
}
SYNONYMS = {word: column for column, words in HEADERS.items() for word in words}
NOT_KEPT = {"id", "vote id", "time", "url", "link", "notes"}
TALLY = re.compile(r"(\d+)\s*[-–]\s*(\d+)(?:\s*[-–]\s*(\d+))?")
CELL_VALUES: dict[str, tuple[BallotOption, str]] = {
    **OPTION_SPELLINGS,
    "a": (BallotOption.ABSTAIN, ""),
    "in favour": (BallotOption.YES, ""),
}
RESULT_WORDS = {
    **{w: "pass" for w in ("pass", "passed", "carried", "adopted", "approved", "p")},
    **{w: "fail" for w in ("fail", "failed", "defeated", "lost", "rejected", "f")},
}
HEADER_SEARCH = 10
LINKS = (
    ("meeting", "body_id"),
    ("agenda_item", "meeting_id"),
    ("motion", "agenda_item_id"),
    ("vote", "motion_id"),
    ("ballot", "vote_id"),
)
FORMULA_GUARD = re.compile(r"'[=+\-@]")  # the apostrophe an export puts before formula-like text
US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})\s*([AaPp][Mm])?)?")


@dataclass
class Sheet:
    """The file as read: where its header is, what each column means, and the rows below it."""

    name: str
    header_row: int
    columns: dict[str, int]  # fixed column → index
    members: list[tuple[int, str]]  # (index, name as written)
    rows: list[tuple[int, list[str]]]  # (row number in the file, cells)


def import_wide_csv(exchange: ExchangeService, path: Path, *, dry_run: bool = False) -> ImportPreview:
    path = Path(path)
    sheet = read_sheet(path)
    dates = [parse_date(cells[sheet.columns["date"]], sheet, n) for n, cells in sheet.rows]
    span = DateRange(min(d.date() for d in dates), max(d.date() for d in dates)) if dates else None
    existing = exchange.records(SCHEME, span) if span else exchange.records(SCHEME)
    builder = Builder(sheet, existing)
    builder.build(dates)
    preview = exchange.apply(ParsedImport(builder.recs, SCHEME, path.name, builder.warnings), dry_run=dry_run)
    preview.lines.insert(0, ("read", "roll call", builder.sentence()))
    return preview


def read_sheet(path: Path) -> Sheet:
    """The file's header and rows; a file that is not such a table is one sentence naming where."""
    data = read_bytes(path)
    name = path.name
    import_run.current().take_records(name, data.count(b"\n"))
    if data[:2] == b"PK" or b"\x00" in data[:4096]:
        raise UserError(QT_TRANSLATE_NOOP("exchange", "{name} is not a CSV text file."), name=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # spreadsheets on Windows still save this
    try:
        lines = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{name} is not valid CSV ({error})."), name=name, error=error
        ) from None
    numbered = [(n, [c.strip() for c in cells]) for n, cells in enumerate(lines, start=1)]
    for n, cells in numbered[:HEADER_SEARCH]:
        meanings = [SYNONYMS.get(spelled(c)) for c in cells]
        if "date" in meanings:
            return _sheet(name, n, cells, meanings, [r for r in numbered if r[0] > n])
    raise UserError(
        QT_TRANSLATE_NOOP(
            "exchange",
            "{name} has no header line naming its columns (Date, Meeting, Item, Matter, "
            "Motion, Result, then one column per member).",
        ),
        name=name,
    )


def _sheet(
    name: str,
    header_row: int,
    cells: list[str],
    meanings: list[str | None],
    rows: list[tuple[int, list[str]]],
) -> Sheet:
    columns: dict[str, int] = {}
    members: list[tuple[int, str]] = []
    for i, (cell, meaning) in enumerate(zip(cells, meanings, strict=True)):
        where = said(AT_ROW_COLUMN, name=name, row=header_row, column=i + 1)
        if meaning is not None:
            if meaning in columns:
                raise UserError(
                    QT_TRANSLATE_NOOP("exchange", "{where}: '{cell}' is a second {meaning} column."),
                    where=where,
                    cell=cell,
                    meaning=meaning,
                )
            columns[meaning] = i
        elif spelled(cell) in NOT_KEPT:
            continue
        elif not cell:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{where}: the column has no name; name the member it holds."),
                where=where,
            )
        else:
            members.append((i, cell))
    if not members:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "exchange", "{name}, row {header_row}: the header names no member columns after its own."
            ),
            name=name,
            header_row=header_row,
        )
    width = len(cells)
    kept: list[tuple[int, list[str]]] = []
    for n, row in rows:
        if not any(row):
            continue  # a blank line between blocks
        if len(row) != width:
            where = said(AT_ROW, name=name, row=n)
            if len(row) > width:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "exchange",
                        "{where}, column {value}: the row has {row_count} cells, more than the "
                        "header's {width}.",
                    ),
                    where=where,
                    value=width + 1,
                    row_count=len(row),
                    width=width,
                )
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange",
                    "{where}, column {value} ('{cells}'): the row has {row_count} cells, fewer "
                    "than the header's {width}.",
                ),
                where=where,
                value=len(row) + 1,
                cells=cells[len(row)],
                row_count=len(row),
                width=width,
            )
        kept.append((n, [_unguarded(c) for c in row]))
    return Sheet(name, header_row, columns, members, kept)


def _unguarded(cell: str) -> str:
    return cell[1:] if FORMULA_GUARD.match(cell) else cell


def parse_date(text: str, sheet: Sheet, row: int) -> datetime:
    """A meeting date (a time allowed) in ISO 8601 or MM/DD/YYYY, or the sentence naming the cell."""
    try:
        return datetime.fromisoformat(text) if "-" in text else _us_date(text)
    except ValueError:
        header = f"column {sheet.columns['date'] + 1}"
        raise UserError(
            QT_TRANSLATE_NOOP(
                "exchange",
                "{sheet_name}, row {row}, {header}: '{text}' is not a date (YYYY-MM-DD or MM/DD/YYYY).",
            ),
            sheet_name=sheet.name,
            row=row,
            header=header,
            text=text,
        ) from None


def _us_date(text: str) -> datetime:
    found = US_DATE.fullmatch(text.strip())
    if not found:
        raise ValueError(text)
    month, day, year, hour, minute, half = found.groups()
    h = int(hour or 0)
    if half:
        if not 1 <= h <= 12:
            raise ValueError(text)
        h = h % 12 + (12 if half.lower() == "pm" else 0)
    return datetime(int(year), int(month), int(day), h, int(minute or 0))


def short_key(shown: str, identity: str) -> str:
    """A record's id in this import: readable in the preview, bounded in length (ids are stored
    with the rows they name, at most 300 characters), and unique through a digest of `identity`."""
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:12]
    shown = " ".join(shown.split())
    return f"{shown[:80]} #{digest}"


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


class Builder:
    """Turns the sheet's rows into records, reusing the body, people, meetings and items already stored."""

    def __init__(self, sheet: Sheet, existing: list[Rec]) -> None:
        self.sheet = sheet
        self.recs: list[Rec] = []
        self.warnings: list[str] = []
        self._keys: set[tuple[str, str]] = set()
        self.by: defaultdict[str, dict[str, Rec]] = defaultdict(dict)
        tables: defaultdict[str, list[Rec]] = defaultdict(list)
        for rec in existing:
            self.by[rec.table][rec.key] = rec
            tables[rec.table].append(rec)
        # Stored rows under their parent, so that each row of a long file looks up only its own.
        self.under = children_by_parent(tables, LINKS)
        self._matters = {_norm(r.values["identifier"]): r.key for r in tables["matter"]}
        self._family: dict[str, str] = {}
        self._bodies: dict[str, str] = {}  # the Body cell as written → the body's key
        self.mapped: Counter[str] = Counter()  # spelled value → how often it was read by meaning
        self.unknown = 0
        self.ballots = 0
        self.meetings: set[str] = set()
        self._people: dict[str, str] = {}
        self._items: dict[str, str] = {}
        self._item_positions: Counter[str] = Counter()
        self._used: set[str] = set()  # stored motions and votes this file already took

    # -- the result ---------------------------------------------------------------------------

    def sentence(self) -> str:
        """What the sheet holds and how its cells were read, declared (English as its str)."""
        sheet = self.sheet
        mapped = sum(self.mapped.values())
        parts: list[Message | str] = [
            Message(
                SHEET_HOLDS,
                {
                    "name": sheet.name,
                    "votes": _counted("vote", len(sheet.rows)),
                    "meetings": _counted("meeting", len(self.meetings)),
                    "columns": _counted("member column", len(sheet.members)),
                    "ballots": _counted("ballot", self.ballots),
                },
            )
        ]
        if mapped:
            words = listed([f"'{w}'" for w, _ in self.mapped.most_common(5)])
            parts.append(Message(READ_BY_MEANING[mapped != 1], {"count": mapped, "words": words}))
        if self.unknown:
            parts.append(Message(KEPT_AS_OTHER[self.unknown != 1], {"count": self.unknown}))
        return Sentence(Message(FULL_STOP, {"text": Joined(tuple(parts))}))

    def add(self, rec: Rec) -> str:
        if (rec.table, rec.key) not in self._keys:
            self._keys.add((rec.table, rec.key))
            self.recs.append(rec)
        return rec.key

    # -- the rows -----------------------------------------------------------------------------

    def build(self, dates: list[datetime]) -> None:
        sheet = self.sheet
        people = [(i, self._person(name, i)) for i, name in sheet.members]
        names = {person: sheet.members[k][1] for k, (_, person) in enumerate(people)}
        for (n, cells), start in zip(sheet.rows, dates, strict=True):
            where = said(AT_ROW, name=sheet.name, row=n)
            body = self._body(self._cell(cells, "body"), where)
            meeting = self._meeting(body, start, self._cell(cells, "meeting"), where)
            self.meetings.add(meeting)
            item = self._item(meeting, cells, n, where)
            ballots: list[tuple[str, str, str]] = []
            for i, person in people:
                raw = cells[i]
                if not raw:
                    continue
                option, note = self._option(raw, n, i)
                ballots.append((person, option, note))
            counts = self._tally(cells, ballots, where)
            result = self._result(cells, counts, where)
            motion_text = self._cell(cells, "motion") or self._cell(cells, "matter") or "Motion"
            motion, vote, stored = self._motion(item, motion_text, n)
            if not stored:
                self.add(
                    Rec(
                        "motion",
                        motion,
                        {"text": motion_text, "disposition": "adopted" if result == "pass" else "failed"},
                        {"agenda_item_id": item},
                        where,
                    )
                )
                values: dict[str, Any] = {
                    "method": "roll_call" if ballots else "voice",
                    "result": result,
                    **DEFAULT_THRESHOLD,
                }
            else:
                values = {"result": result}
            if not ballots and counts.total():
                values.update({f"{option}_count": counts[option] for option in ("yes", "no", "abstain")})
            self.add(Rec("vote", vote, values, {"motion_id": motion}, where))
            cast = {b.refs["person_id"]: b.key for b in self.under.get(("ballot", vote), [])}
            for person, option, note in ballots:
                stored_ballot = cast.get(person)
                key = stored_ballot or short_key(f"ballot of {names[person]}, row {n}", f"{vote}/{person}")
                ballot_values = {"option": option, "note": note}
                if stored_ballot and not note:
                    del ballot_values["note"]  # the file has no notes: the clerk's stays as it is
                self.add(
                    Rec(
                        "ballot",
                        key,
                        ballot_values,
                        {"vote_id": vote, "person_id": person},
                        where,
                    )
                )
                self.ballots += 1

    def _cell(self, cells: list[str], column: str) -> str:
        index = self.sheet.columns.get(column)
        return cells[index] if index is not None else ""

    def _option(self, raw: str, row: int, index: int) -> tuple[str, str]:
        found = CELL_VALUES.get(spelled(raw))
        if found is not None:
            if found[0].value != spelled(raw):
                self.mapped[raw] += 1
            return found[0].value, found[1]
        self.unknown += 1
        name = dict(self.sheet.members)[index]
        option, note = other_ballot(
            raw, said(AT_MEMBER, name=self.sheet.name, row=row, member=name), self.warnings
        )
        return option, note[:500]

    def _tally(self, cells: list[str], ballots: list[tuple[str, str, str]], where: str) -> Counter[str]:
        """The vote's yes, no and abstain counts: from the ballots, else from the Tally cell."""
        counted = Counter(option for _, option, _ in ballots)
        raw = self._cell(cells, "tally")
        if not raw:
            return counted
        column = said(AT_COLUMN, where=where, column=self.sheet.columns["tally"] + 1)
        found = TALLY.fullmatch(raw.strip())
        if found is None:
            self.warnings.append(said(TALLY_NOT_READ, where=column, raw=raw))
            return counted
        stated = Counter(yes=int(found[1]), no=int(found[2]), abstain=int(found[3] or 0))
        if not ballots:
            return stated
        if any(stated[o] != counted[o] for o in ("yes", "no", "abstain")):
            members = f"{counted['yes']}-{counted['no']}-{counted['abstain']}"
            self.warnings.append(said(TALLY_DIFFERS, where=column, raw=raw, members=members))
        return counted

    def _result(self, cells: list[str], tally: Counter[str], where: str) -> str:
        raw = self._cell(cells, "result")
        found = RESULT_WORDS.get(spelled(raw))
        if found is not None:
            return found
        counted = "pass" if tally["yes"] > tally["no"] else "fail"
        if "result" in self.sheet.columns:
            column = said(AT_COLUMN, where=where, column=self.sheet.columns["result"] + 1)
        else:
            column = said(AT_RESULT, where=where)
        self.warnings.append(
            said(RESULT_COUNTED[bool(raw), counted], where=column, raw=raw, yes=tally["yes"], no=tally["no"])
        )
        return counted

    # -- what the rows refer to ---------------------------------------------------------------

    def _body(self, wanted: str, where: str) -> str:
        """The body a row's votes belong to: the one its Body cell names (created when missing),
        else the database's only body, else the one the file is named after."""
        if wanted in self._bodies:
            return self._bodies[wanted]
        sheet = self.sheet
        bodies = self.by["body"]
        key: str | None = None
        if not wanted:
            if len(bodies) == 1:
                key = next(iter(bodies))
            stem = slug(Path(sheet.name).stem).removesuffix("-roll-calls")
            key = key or next((k for k, r in bodies.items() if slug(r.values["name"]) == stem), None)
            if key is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "exchange",
                        "{where} does not say which body voted; add a Body column or name the file "
                        "after the body.",
                    ),
                    where=where,
                )
        else:
            key = next((k for k, r in bodies.items() if _norm(r.values["name"]) == _norm(wanted)), None)
        if key is None:
            seats = len(sheet.members)
            self.warnings.append(said(BODY_CREATED[seats != 1], where=where, name=wanted, count=seats))
            values = {"name": wanted, "seat_count": seats}
            key = self.add(Rec("body", short_key(f"body {wanted}", wanted), values, {}, where))
        self._bodies[wanted] = key
        return key

    def _person(self, name: str, index: int) -> str:
        if not self._people:
            by_family: defaultdict[str, list[str]] = defaultdict(list)
            for key, rec in self.by["person"].items():
                self._people.setdefault(_norm(rec.values["display_name"]), key)
                if rec.values.get("family_name"):
                    by_family[_norm(rec.values["family_name"])].append(key)
            self._family = {k: v[0] for k, v in by_family.items() if len(v) == 1}
        found = self._people.get(_norm(name)) or self._family.get(_norm(name))
        if found is not None:
            return found
        at = said(AT_ROW_COLUMN, name=self.sheet.name, row=self.sheet.header_row, column=index + 1)
        self.warnings.append(said(PERSON_CREATED, where=at, name=name))
        key = short_key(f"person {name}", _norm(name))
        return self.add(Rec("person", key, {"display_name": name}, {}, self.sheet.name))

    def _meeting(self, body: str, start: datetime, label: str, where: str) -> str:
        day = start.date()
        stored = [
            rec
            for rec in self.under.get(("meeting", body), [])
            if datetime.fromisoformat(rec.values["scheduled_start"]).date() == day
        ]
        if len(stored) > 1 and label:
            named = [r for r in stored if _norm(meeting_label(r.values)) == _norm(label)]
            stored = named or stored
        if stored:
            return stored[0].key
        key = short_key(f"meeting of {day.isoformat()} {label}", f"{body}|{day.isoformat()}|{_norm(label)}")
        if ("meeting", key) not in self._keys:
            values: dict[str, Any] = {"scheduled_start": start.isoformat(), "status": "adjourned"}
            if label and not re.fullmatch(r"(?i)\w+ meeting", label):
                values["title"] = label[:300]
            if label.casefold().startswith("special"):
                values["kind"] = "special"
            self.add(Rec("meeting", key, values, {"body_id": body}, where))
        return key

    def _item(self, meeting: str, cells: list[str], row: int, where: str) -> str:
        number = self._cell(cells, "item")[:30]
        matter = self._cell(cells, "matter")
        tag = f"number {number}" if number else (f"matter {matter}" if matter else f"row {row}")
        found = self._items.get(f"{meeting}|{tag}")
        if found is not None:
            return found
        if number:
            for rec in self.under.get(("agenda_item", meeting), []):
                if rec.values["number"] == number:
                    self._items[f"{meeting}|{tag}"] = rec.key
                    return rec.key
        if not self._item_positions[meeting]:
            self._item_positions[meeting] = 1 + max(
                (int(r.values["position"]) for r in self.under.get(("agenda_item", meeting), [])),
                default=-1,
            )
        position = self._item_positions[meeting]
        self._item_positions[meeting] += 1
        matter_key = self._matter(matter, self._cell(cells, "motion"), where) if matter else None
        title = self._cell(cells, "motion") or matter or f"Item {number or position + 1}"
        key = self.add(
            Rec(
                "agenda_item",
                short_key(f"item {tag}", f"{meeting}|{tag}"),
                {"title": title, "number": number, "position": position, "kind": "other"},
                {"meeting_id": meeting, "matter_id": matter_key},
                where,
            )
        )
        self._items[f"{meeting}|{tag}"] = key
        return key

    def _matter(self, identifier: str, text: str, where: str) -> str:
        stored = self._matters.get(_norm(identifier))
        if stored is not None:
            return stored
        key = short_key(f"matter {identifier}", _norm(identifier))
        if ("matter", key) not in self._keys:
            self.warnings.append(said(MATTER_CREATED, where=where, identifier=identifier))
        return self.add(
            Rec(
                "matter",
                key,
                {"identifier": identifier[:60], "title": text or identifier, "kind": "other"},
                {},
                where,
            )
        )

    def _motion(self, item: str, text: str, row: int) -> tuple[str, str, bool]:
        """(motion key, vote key, whether both are already stored) for a row's vote on `item`."""
        for motion in self.under.get(("motion", item), []):
            if motion.key in self._used:
                continue
            if _norm(motion.values["text"]) != _norm(text):
                continue
            votes = self.under.get(("vote", motion.key), [])
            if votes:
                self._used.add(motion.key)
                return motion.key, votes[0].key, True
        motion_key = short_key(f"motion on row {row}", f"{item}|{row}")
        return motion_key, short_key(f"vote on row {row}", f"{item}|{row}"), False
