"""Roster CSV import: people, the bodies and seats they hold, their terms and roles (one row per term)."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from pathlib import Path

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, said
from councildesk.exchange.ocd import role_of
from councildesk.exchange.source import AT_ROW, read_bytes
from councildesk.services import import_run
from councildesk.services.exchange_records import ImportPreview, ParsedImport, Rec
from councildesk.services.exchange_service import ExchangeService

SCHEME = "csv"
PERSON_FIELDS = ("given_name", "family_name", "honorific", "title", "affiliation", "residence", "email")
COLUMNS = ("name", *PERSON_FIELDS, "body", "seat", "role", "start_date", "end_date", "voting")
TRUE = {"yes", "y", "true", "1", "x"}
FALSE = {"no", "n", "false", "0", ""}
TEMPLATE = "name,title,email,body,seat,role,start_date,end_date,voting\r\n"
# What the reader says of what it does not read as written (the import's warnings), declared.
COLUMN_NOT_READ = QT_TRANSLATE_NOOP("exchange", "{name}: the column '{column}' is not read.")
NEW_BODY_SEATS = QT_TRANSLATE_NOOP(
    "exchange", "{where}: a new body '{name}' would get {count} seat(s), one per seat named."
)


def import_roster(exchange: ExchangeService, path: Path, *, dry_run: bool = False) -> ImportPreview:
    recs, warnings = parse_roster(Path(path))
    return exchange.apply(ParsedImport(recs, SCHEME, Path(path).name, warnings), dry_run=dry_run)


def parse_roster(path: Path) -> tuple[list[Rec], list[str]]:
    data = read_bytes(path)
    name = path.name
    import_run.current().take_records(name, data.count(b"\n"))  # a line is a record, counted before parsing
    if data[:2] == b"PK" or b"\x00" in data[:4096]:
        raise UserError(QT_TRANSLATE_NOOP("exchange", "{name} is not a CSV text file."), name=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")  # spreadsheets on Windows still save this
        except UnicodeDecodeError:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{name} is not a text file in UTF-8 or Windows encoding."),
                name=name,
            ) from None
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        rows = list(reader)
    except csv.Error as error:
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{name} is not valid CSV ({error})."), name=name, error=error
        ) from None
    if "name" not in header:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "exchange", "{name}: the first line must name the columns and include 'name' (e.g. {text})."
            ),
            name=name,
            text=TEMPLATE.strip(),
        )
    warnings: list[str] = [
        said(COLUMN_NOT_READ, name=name, column=h) for h in header if h and h not in COLUMNS
    ]
    recs: list[Rec] = []
    seen: set[tuple[str, str]] = set()
    seats: dict[str, set[str]] = defaultdict(set)
    terms: dict[tuple[str, str, str], int] = {}

    def add(rec: Rec) -> str:
        if (rec.table, rec.key) not in seen:
            seen.add((rec.table, rec.key))
            recs.append(rec)
        return rec.key

    for n, raw in enumerate(rows, start=2):
        if None in raw:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{name}, row {n}: more cells than column names."),
                name=name,
                n=n,
            )
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        where = said(AT_ROW, name=name, row=n)
        if not any(row.values()):
            continue
        person_name = row.get("name", "")
        if not person_name:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{where}, field 'name': a value is required."), where=where
            )
        values = {f: row[f] for f in PERSON_FIELDS if row.get(f)}
        person = add(
            Rec(
                "person",
                f"person:{person_name}",
                {"display_name": person_name, **values},
                {},
                where,
                match={"display_name": None},
            )
        )
        body_name = row.get("body", "")
        if not body_name:
            if any(row.get(f) for f in ("seat", "role", "start_date", "end_date")):
                raise UserError(
                    QT_TRANSLATE_NOOP("exchange", "{where}, field 'body': a term needs the body it is on."),
                    where=where,
                )
            continue
        body = add(Rec("body", f"body:{body_name}", {"name": body_name}, {}, where, match={"name": None}))
        post = None
        if row.get("seat"):
            seats[body].add(row["seat"])
            post = add(
                Rec(
                    "post",
                    f"post:{body_name}:{row['seat']}",
                    {"label": row["seat"], "position": len(seats[body])},
                    {"body_id": body},
                    where,
                    match={"body_id": None, "label": None},
                )
            )
        role = role_of(row.get("role", "") or "member")
        if role is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange",
                    "{where}, field 'role': {row!r} is not a role CouncilDesk knows (member, "
                    "chair, vice chair, president, vice president, mayor, deputy mayor, clerk, "
                    "secretary).",
                ),
                where=where,
                row=row["role"],
            )
        if not row.get("start_date"):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange", "{where}, field 'start_date': a term needs its first day (YYYY-MM-DD)."
                ),
                where=where,
            )
        voting = row.get("voting", "").lower()
        if voting not in TRUE | FALSE:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{where}, field 'voting': {row!r} is not yes or no."),
                where=where,
                row=row["voting"],
            )
        term = (person_name, body_name, row["start_date"])
        if term in terms:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange",
                    "{where}: the same term of {person_name} on {body_name} is already on row {terms}.",
                ),
                where=where,
                person_name=person_name,
                body_name=body_name,
                terms=terms[term],
            )
        terms[term] = n
        add(
            Rec(
                "membership",
                f"membership:{person_name}:{body_name}:{row['start_date']}",
                {
                    "role": role,
                    "start_date": row["start_date"],
                    "end_date": row.get("end_date") or None,
                    "voting": voting in TRUE or voting == "",
                },
                {"person_id": person, "body_id": body, "post_id": post},
                where,
                match={"person_id": None, "body_id": None, "start_date": None},
            )
        )
    if not recs:
        raise UserError(QT_TRANSLATE_NOOP("exchange", "{name} holds no people."), name=name)
    for rec in recs:
        if rec.table == "body":
            count = max(1, len(seats[rec.key]))
            rec.values["seat_count"] = count
            warnings.append(said(NEW_BODY_SEATS, where=rec.where, name=rec.values["name"], count=count))
    return recs, warnings
