"""Wide roll-call CSV export: one file per body, one row per vote, one column per member.

This is the shape city open-data portals publish roll calls in. The columns are, in this order:

    Date, Body, Meeting, Item, Matter, Motion, Result, Tally, <member>, <member>, …

* Date is the meeting's date in ISO 8601 (YYYY-MM-DD); Result is Pass or Fail.
* Tally is yes-no-abstain ('7-2-0'), counted from the ballots; a vote recorded by counts alone
  (a voice vote, a show of hands) has its stored counts here and its member cells blank.
* Members are everyone who held a voting seat on the body during the range, or cast a ballot in it,
  ordered by seat (the body's roll-call order), then by name; a member is named by display name.
* A member's cell says how they voted, from the ballot's option:

| ballot option | cell      |
|---------------|-----------|
| yes           | Y         |
| no            | N         |
| abstain       | A         |
| absent        | Absent    |
| excused       | Excused   |
| recused       | Recused   |
| present       | Present   |
| other         | its note (the words it was imported with), else Other |
| no ballot     | (blank)   |

`wide_csv_read` reads these cells back to the same options, so an export imports unchanged.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from councildesk.atomic_output import write_atomically
from councildesk.domain.enums import BallotOption
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.exchange.csv_export import csv_text
from councildesk.services.exchange_records import DateRange, Rec
from councildesk.services.exchange_service import ExchangeService

SCHEME = "wide-csv"
FIXED_COLUMNS = ("Date", "Body", "Meeting", "Item", "Matter", "Motion", "Result", "Tally")
CELLS: dict[str, str] = {
    BallotOption.YES.value: "Y",
    BallotOption.NO.value: "N",
    BallotOption.ABSTAIN.value: "A",
    BallotOption.ABSENT.value: "Absent",
    BallotOption.EXCUSED.value: "Excused",
    BallotOption.RECUSED.value: "Recused",
    BallotOption.PRESENT.value: "Present",
    BallotOption.OTHER.value: "Other",
}
RESULTS = {"pass": "Pass", "fail": "Fail"}
NO_SEAT = 10**9  # members without a seat come after every seated one


@dataclass
class _BodySheet:
    name: str
    seats: dict[str, int] = field(default_factory=dict)  # person key → best (lowest) seat position
    members: set[str] = field(default_factory=set)
    rows: list[tuple[tuple[datetime, int], list[Any], dict[str, str]]] = field(default_factory=list)


def export_wide_csv(
    exchange: ExchangeService, folder: Path, span: DateRange | None = None, body: str | None = None
) -> list[Path]:
    """Write `<body>-roll-calls.csv` per body with votes in `span` (only `body` when named)."""
    sheets = build_sheets(exchange.records(SCHEME, span), span, body)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for sheet, header, rows in sheets:
        stem = slug(sheet)
        if folder / f"{stem}-roll-calls.csv" in written:  # two names that spell the same file name
            stem = f"{stem}-{len(written) + 1}"
        path = folder / f"{stem}-roll-calls.csv"
        # UTF-8 with a byte-order mark, so that spreadsheets read accented names.
        write_atomically(path, csv_text(header, rows).encode("utf-8-sig"))
        written.append(path)
    return written


def build_sheets(
    recs: list[Rec], span: DateRange | None, only_body: str | None
) -> list[tuple[str, list[str], list[list[Any]]]]:
    """(body name, header, rows) per body that has votes, bodies in name order."""
    by: defaultdict[str, dict[str, Rec]] = defaultdict(dict)
    for rec in recs:
        by[rec.table][rec.key] = rec
    bodies = by["body"]
    if only_body is not None:
        wanted = [k for k, r in bodies.items() if r.values["name"].casefold() == only_body.casefold()]
        if not wanted:
            names = ", ".join(sorted(r.values["name"] for r in bodies.values())) or "none"
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange", "There is no body named '{only_body}' (the bodies are: {names})."
                ),
                only_body=only_body,
                names=names,
            )
        bodies = {k: bodies[k] for k in wanted}
    sheets = {k: _BodySheet(r.values["name"]) for k, r in bodies.items()}
    posts = by["post"]
    for ms in by["membership"].values():
        sheet = sheets.get(ms.refs["body_id"] or "")
        if sheet is None or not ms.values["voting"] or not _overlaps(ms, span):
            continue
        person = ms.refs["person_id"] or ""
        sheet.members.add(person)
        post = posts.get(ms.refs.get("post_id") or "")
        position = int(post.values["position"]) if post is not None else NO_SEAT
        sheet.seats[person] = min(position, sheet.seats.get(person, NO_SEAT))
    ballots: dict[str, dict[str, str]] = defaultdict(dict)
    for ballot in by["ballot"].values():
        option = ballot.values["option"]
        if option == BallotOption.OTHER.value and ballot.values["note"]:
            # The words the vote was imported with: read back, they are 'other' again, note and all.
            cell = ballot.values["note"]
        else:
            cell = CELLS.get(option, "")
        ballots[ballot.refs["vote_id"] or ""][ballot.refs["person_id"] or ""] = cell
    matters = by["matter"]
    for index, vote in enumerate(by["vote"].values()):
        motion = by["motion"][vote.refs["motion_id"] or ""]
        item = by["agenda_item"][motion.refs["agenda_item_id"] or ""]
        meeting = by["meeting"][item.refs["meeting_id"] or ""]
        sheet = sheets.get(meeting.refs["body_id"] or "")
        if sheet is None:
            continue
        cast = ballots.get(vote.key, {})
        sheet.members.update(cast)
        start = datetime.fromisoformat(meeting.values["scheduled_start"])
        matter = matters.get(item.refs.get("matter_id") or "")
        fixed = [
            start.date().isoformat(),
            sheet.name,
            meeting_label(meeting.values),
            item.values["number"],
            matter.values["identifier"] if matter is not None else "",
            motion.values["text"],
            RESULTS[vote.values["result"]],
            tally(vote.values, cast),
        ]
        order = (start, index)  # a meeting's votes in the order they were recorded
        sheet.rows.append((order, fixed, cast))
    out = []
    people = by["person"]
    for sheet in sorted(sheets.values(), key=lambda s: s.name.casefold()):
        if not sheet.rows:
            continue
        members = sorted(
            sheet.members,
            key=lambda p: (sheet.seats.get(p, NO_SEAT), people[p].values["display_name"].casefold(), p),
        )
        header = [*FIXED_COLUMNS, *(people[p].values["display_name"] for p in members)]
        rows = [
            [*fixed, *(cast.get(p, "") for p in members)]
            for _, fixed, cast in sorted(sheet.rows, key=lambda r: r[0])
        ]
        out.append((sheet.name, header, rows))
    return out


def tally(vote: dict[str, Any], cast: dict[str, str]) -> str:
    """'yes-no-abstain' from the ballots' cells, else from the stored counts, else blank."""
    if cast:
        counted = [sum(1 for o in cast.values() if o == CELLS[option]) for option in ("yes", "no", "abstain")]
    elif vote.get("yes_count") is not None or vote.get("no_count") is not None:
        counted = [int(vote.get(f"{option}_count") or 0) for option in ("yes", "no", "abstain")]
    else:
        return ""
    return "-".join(str(n) for n in counted)


def meeting_label(values: dict[str, Any]) -> str:
    """The meeting's title, or its kind as a clerk says it ('Regular meeting')."""
    title = str(values.get("title") or "").strip()
    return title or f"{str(values['kind']).replace('_', ' ').capitalize()} meeting"


def _overlaps(membership: Rec, span: DateRange | None) -> bool:
    if span is None:
        return True
    start = date.fromisoformat(membership.values["start_date"])
    end = membership.values.get("end_date")
    if span.end is not None and start > span.end:
        return False
    return not (span.start is not None and end is not None and date.fromisoformat(end) < span.start)


def slug(name: str) -> str:
    """'Northampton City Council' → 'northampton-city-council' (a safe file name on every system)."""
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "body"
