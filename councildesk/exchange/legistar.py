"""Legistar Web API JSON import: every record shape the API returns, from files, folders or zips.

Events (with or without nested EventItems), EventItems, Matters (status kept), MatterSponsors,
MatterHistories (kept with the matter), MatterAttachments (documents of the matter: title and link,
no bytes), Votes, RollCalls, Persons, Bodies and OfficeRecords. Each file's shape is
told from its records' keys, never its name; vote values map by meaning (legistar_votes.py).
"""

from __future__ import annotations

import re
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, said
from councildesk.exchange.legistar_votes import matter_status, roll_call_value, vote_value
from councildesk.exchange.source import load_json, need_dict, opt_int, opt_str, parse_json
from councildesk.exchange.vocab import DEFAULT_THRESHOLD
from councildesk.services.document_service import check_link, linked_values
from councildesk.services.exchange_records import ImportPreview, ParsedImport, Rec
from councildesk.services.exchange_service import ExchangeService

# What the reader says about the file (the import preview's warnings), declared: English as their str,
# in the clerk's language where the window shows them.
OFFICE_LEFT_OUT = QT_TRANSLATE_NOOP(
    "legistar", "{where}: an office record without its person, body or start date was left out."
)
MATTER_MISSING = QT_TRANSLATE_NOOP(
    "legistar", "{where}: {what} of matter {matter_id}, which is not in the file, was left out."
)
THE_HISTORY = QT_TRANSLATE_NOOP("legistar", "the history")
AN_ATTACHMENT = QT_TRANSLATE_NOOP("legistar", "an attachment")
ATTACHMENT_KEPT = QT_TRANSLATE_NOOP(
    "legistar", "{where}: the attachment '{title}' was kept with its matter only ({error})."
)
EVENT_DATED_BY_HISTORY = QT_TRANSLATE_NOOP(
    "legistar",
    "{where}: event {event} is not in the file; its meeting is dated {date} from its matter history and "
    "belongs to the body 'Imported from Legistar' — rename it to the real body.",
)
EVENT_DATED_BY_NAME = QT_TRANSLATE_NOOP(
    "legistar",
    "{where}: event {event} is not in the file; its meeting is dated {date} from the file name and "
    "belongs to the body 'Imported from Legistar' — rename it to the real body.",
)
NO_PASSED_FLAG = QT_TRANSLATE_NOOP(
    "legistar", "{where}: the action '{action}' has no passed flag; the motion is recorded as pending."
)
VOTES_NOT_KEPT = QT_TRANSLATE_NOOP(
    "legistar", "{where}: votes on an item without a passed flag are not kept."
)
UNKNOWN_ROLL_CALL_VALUE = QT_TRANSLATE_NOOP(
    "legistar",
    "{where}: the roll-call value '{raw}' of {person} has no meaning CouncilDesk knows; their attendance "
    "was left for the clerk to record.",
)
SEATS_GUESSED = QT_TRANSLATE_NOOP(
    "legistar",
    "{where}: Legistar does not give the number of seats of '{name}'; {count} is used (the members who "
    "moved, seconded or voted) for a new body.",
)

SCHEME = "legistar"
ON_ITEM = "_event_item"  # an attachment nested in an event item: that item's id
# A record's shape by the keys only that shape has, most particular first: an Event row carries
# "EventItems" (its nested items) and an EventItem carries "EventItemMatterId", so prefixes mislead.
SHAPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("EventItems", ("EventItemId", "EventItemEventId")),
    ("MatterSponsors", ("MatterSponsorId", "MatterSponsorMatterId")),
    ("MatterHistories", ("MatterHistoryId", "MatterHistoryMatterId")),
    ("MatterAttachments", ("MatterAttachmentId", "MatterAttachmentHyperlink")),
    ("OfficeRecords", ("OfficeRecordId", "OfficeRecordPersonId")),
    ("Votes", ("VoteId", "VoteEventItemId")),
    ("RollCalls", ("RollCallId", "RollCallEventItemId")),
    ("Events", ("EventId",)),
    ("Matters", ("MatterId", "MatterFile")),
    ("Persons", ("PersonId",)),
    ("Bodies", ("BodyId",)),
)
KIND_NAMES = {kind for kind, _keys in SHAPES}
BODY_TYPES = {"committee": "committee", "board": "board", "commission": "commission"}
OFFICE_ROLES = {
    "chair": "chair",
    "chairperson": "chair",
    "vice chair": "vice_chair",
    "president": "president",
    "council president": "president",
    "vice president": "vice_president",
    "mayor": "mayor",
    "vice mayor": "deputy_mayor",
    "deputy mayor": "deputy_mayor",
    "clerk": "clerk",
    "city clerk": "clerk",
    "secretary": "secretary",
}
MATTER_KINDS = {
    "resolution": "resolution",
    "city resolution": "resolution",
    "ordinance": "ordinance",
    "order": "order",
    "appointment": "appointment",
    "proclamation": "proclamation",
    "contract": "contract",
}
DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def import_legistar(exchange: ExchangeService, path: Path, *, dry_run: bool = False) -> ImportPreview:
    recs, warnings = parse_legistar(Path(path))
    return exchange.apply(ParsedImport(recs, SCHEME, Path(path).name, warnings), dry_run=dry_run)


def _kind_of(row: dict[str, Any]) -> str | None:
    for kind, keys in SHAPES:
        if any(k in row for k in keys):
            return kind
    return None


def _documents(path: Path) -> list[tuple[str, Any]]:
    """(name, parsed JSON) of a file, every .json in a folder, or every .json in a zip."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.json") if p.is_file())
        if not files:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "The folder {path} holds no Legistar .json files."), path=path
            )
        return [(str(f.relative_to(path)), load_json(f)) for f in files]
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = sorted(n for n in archive.namelist() if n.lower().endswith(".json"))
            if not names:
                raise UserError(
                    QT_TRANSLATE_NOOP("exchange", "The zip {path_name} holds no Legistar .json files."),
                    path_name=path.name,
                )
            return [(n, parse_json(archive.read(n), n)) for n in names]
    return [(path.name, load_json(path))]


def parse_legistar(path: Path) -> tuple[list[Rec], list[str]]:
    rows: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for name, data in _documents(path):
        arrays: list[tuple[str | None, Any]]
        if isinstance(data, dict) and any(kind in data for kind in KIND_NAMES) and _kind_of(data) is None:
            arrays = [(k, v) for k, v in data.items() if k in KIND_NAMES]
        elif isinstance(data, list):
            arrays = [(None, data)]
        elif isinstance(data, dict):
            arrays = [(None, [data])]  # one record, as /Events/{id} returns it
        else:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange", "{name} is not Legistar Web API JSON (expected a list of records)."
                ),
                name=name,
            )
        for declared, items in arrays:
            if not isinstance(items, list):
                raise UserError(
                    QT_TRANSLATE_NOOP("exchange", "{name}, field '{declared}': expected a list."),
                    name=name,
                    declared=declared,
                )
            for i, item in enumerate(items):
                where = f"{name}[{i}]" if declared is None else f"{name}, {declared}[{i}]"
                row = need_dict(item, where)
                kind = declared or _kind_of(row)
                if kind is None:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "exchange", "{where}: not a Legistar record (no EventId, MatterId, PersonId …)."
                        ),
                        where=where,
                    )
                _collect(rows, kind, row, where)
    if not any(rows.values()):
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{path_name} holds no Legistar records."), path_name=path.name
        )
    return _Builder(path, rows).build()


def _collect(
    rows: dict[str, list[tuple[str, dict[str, Any]]]], kind: str, row: dict[str, Any], where: str
) -> None:
    """File a record and the records nested in it (an Event's items, an item's attachments)."""
    rows[kind].append((where, row))
    nested = {
        "Events": ("EventItems", "EventItems"),
        "EventItems": ("EventItemMatterAttachments", "MatterAttachments"),
    }
    if kind not in nested:
        return
    field, child_kind = nested[kind]
    children = row.get(field)
    if not isinstance(children, list):
        return
    for j, sub in enumerate(children):
        at = f"{where}, {field}[{j}]"
        child = need_dict(sub, at)
        if child_kind == "MatterAttachments":
            # Nested in an event item: on that item's agenda, so an exhibit of the item too.
            child = {ON_ITEM: row.get("EventItemId"), **child}
            if "MatterAttachmentMatterId" not in child:
                child["MatterAttachmentMatterId"] = row.get("EventItemMatterId")
        _collect(rows, child_kind, child, at)


class _Builder:
    def __init__(self, path: Path, rows: dict[str, list[tuple[str, dict[str, Any]]]]) -> None:
        self.path = path
        self.rows = rows
        self.recs: list[Rec] = []
        self.warnings: list[str] = []
        self.keys: set[tuple[str, str]] = set()
        self.body_people: dict[str, set[str]] = defaultdict(set)

    def add(self, rec: Rec) -> str:
        if (rec.table, rec.key) in self.keys:
            return rec.key
        self.keys.add((rec.table, rec.key))
        self.recs.append(rec)
        return rec.key

    def person(self, row: dict[str, Any], id_field: str, name_field: str, where: str) -> str | None:
        name = opt_str(row, name_field, where).strip()
        if not name:
            return None
        ident = opt_int(row, id_field, where) if id_field in row else None
        key = f"person:{ident}" if ident is not None else f"name:{name}"
        return self.add(Rec("person", key, {"display_name": name}, {}, where, match={"display_name": None}))

    def rec(self, table: str, key: str) -> Rec | None:
        return next((r for r in self.recs if r.table == table and r.key == key), None)

    def build(self) -> tuple[list[Rec], list[str]]:
        # Whole records first (Bodies, Persons), so that the names other rows repeat do not win.
        for where, row in self.rows["Bodies"]:
            self._body_row(row, where)
        for where, row in self.rows["Persons"]:
            self._person_row(row, where)
        for where, row in self.rows["OfficeRecords"]:
            self._office(row, where)
        meetings: dict[int, tuple[str, str]] = {}  # event id → (meeting key, body key)
        for where, row in self.rows["Events"]:
            event_id, pair = self._event(row, where)
            meetings[event_id] = pair
        for where, row in self.rows["Matters"]:
            self._matter(row, where)
        for where, row in self.rows["MatterSponsors"]:
            self._sponsor(row, where)
        self.event_dates = {
            opt_int(row, "MatterHistoryEventId", where): opt_str(row, "MatterHistoryActionDate", where)[:10]
            for where, row in self.rows["MatterHistories"]
            if row.get("MatterHistoryEventId") and row.get("MatterHistoryActionDate")
        }
        items: dict[int, tuple[str, str]] = {}
        seen_items: dict[int, str] = {}
        for where, row in self.rows["EventItems"]:
            ident = opt_int(row, "EventItemId", where)
            if ident is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("exchange", "{where}, field 'EventItemId': a value is required."),
                    where=where,
                )
            if ident in seen_items:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "exchange", "{where}: EventItemId {ident} already appears at {seen_items}."
                    ),
                    where=where,
                    ident=ident,
                    seen_items=seen_items[ident],
                )
            seen_items[ident] = where
            event = opt_int(row, "EventItemEventId", where)
            if event is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("exchange", "{where}, field 'EventItemEventId': a value is required."),
                    where=where,
                )
            if event not in meetings:
                meetings[event] = self._placeholder_meeting(event, where)
            items[ident] = self._item(row, where, *meetings[event])
        votes: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        for where, row in self.rows["Votes"]:
            item = opt_int(row, "VoteEventItemId", where)
            if item not in items:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "exchange",
                        "{where}, field 'VoteEventItemId': {item!r} is not an event item in the file.",
                    ),
                    where=where,
                    item=item,
                )
            votes[items[item][0]].append((where, row))
        self._votes(votes, items)
        for where, row in self.rows["RollCalls"]:
            self._roll_call(row, where, items, meetings)
        for where, row in self.rows["MatterHistories"]:
            self._history(row, where)
        for where, row in self.rows["MatterAttachments"]:
            self._attachment(row, where, items)
        self._seat_counts()
        return self.recs, self.warnings

    def _body_row(self, row: dict[str, Any], where: str) -> None:
        ident = opt_int(row, "BodyId", where)
        name = opt_str(row, "BodyName", where).strip()
        if not name:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{where}, field 'BodyName': a value is required."), where=where
            )
        kind = opt_str(row, "BodyTypeName", where).lower()
        classification = next((v for k, v in BODY_TYPES.items() if k in kind or k in name.lower()), "council")
        values: dict[str, Any] = {"name": name, "classification": classification}
        seats = opt_int(row, "BodyNumberOfMembers", where)
        if seats:
            values["seat_count"] = seats
        extras = {k: row[k] for k in ("BodyTypeName", "BodyDescription", "BodyContactEmail") if row.get(k)}
        key = f"body:{ident}" if ident is not None else f"body:{name}"
        self.add(Rec("body", key, values, {}, where, match={"name": None}, extras=extras))

    def _person_row(self, row: dict[str, Any], where: str) -> None:
        ident = opt_int(row, "PersonId", where)
        name = opt_str(row, "PersonFullName", where).strip() or " ".join(
            part
            for part in (opt_str(row, "PersonFirstName", where), opt_str(row, "PersonLastName", where))
            if part
        )
        if not name:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{where}, field 'PersonFullName': a value is required."),
                where=where,
            )
        values = {
            "display_name": name,
            "given_name": opt_str(row, "PersonFirstName", where).strip()[:150],
            "family_name": opt_str(row, "PersonLastName", where).strip()[:150],
            "email": opt_str(row, "PersonEmail", where).strip(),
        }
        extras = {
            k: row[k] for k in ("PersonWWW", "PersonPhone", "PersonActiveFlag") if row.get(k) is not None
        }
        key = f"person:{ident}" if ident is not None else f"name:{name}"
        self.add(Rec("person", key, values, {}, where, match={"display_name": None}, extras=extras))

    def _office(self, row: dict[str, Any], where: str) -> None:
        person = self.person(row, "OfficeRecordPersonId", "OfficeRecordFullName", where)
        if person is None:
            ident = opt_int(row, "OfficeRecordPersonId", where)
            person = f"person:{ident}" if ("person", f"person:{ident}") in self.keys else None
        body_id = opt_int(row, "OfficeRecordBodyId", where)
        body_name = opt_str(row, "OfficeRecordBodyName", where).strip()
        start = opt_str(row, "OfficeRecordStartDate", where)[:10]
        if person is None or (body_id is None and not body_name) or not start:
            self.warnings.append(said(OFFICE_LEFT_OUT, where=where))
            return
        body = self.add(
            Rec(
                "body",
                f"body:{body_id}" if body_id is not None else f"body:{body_name}",
                {"name": body_name or f"Legistar body {body_id}", "classification": "council"},
                {},
                where,
                match={"name": None},
            )
        )
        self.body_people[body].add(person)
        title = opt_str(row, "OfficeRecordTitle", where).strip()
        role = OFFICE_ROLES.get(" ".join(title.lower().replace("-", " ").split()), "member")
        end = opt_str(row, "OfficeRecordEndDate", where)[:10]
        values: dict[str, Any] = {"role": role, "start_date": start, "end_date": end or None}
        ident = opt_int(row, "OfficeRecordId", where)
        self.add(
            Rec(
                "membership",
                f"office:{ident}" if ident is not None else f"office:{person}:{body}:{start}",
                values,
                {"person_id": person, "body_id": body},
                where,
                extras={"title": title} if title else {},
            )
        )

    def _matter_rec(self, matter_id: int | None, where: str, what: str) -> Rec | None:
        found = self.rec("matter", f"matter:{matter_id}")
        if found is None:
            self.warnings.append(said(MATTER_MISSING, where=where, what=what, matter_id=matter_id))
        return found

    def _history(self, row: dict[str, Any], where: str) -> None:
        """A matter's action history (hearing held, amended, referred …) is kept with the matter;
        votes come from EventItems and Votes, so no history line becomes a motion."""
        matter = self._matter_rec(opt_int(row, "MatterHistoryMatterId", where), where, said(THE_HISTORY))
        if matter is None:
            return
        entry = {
            "date": opt_str(row, "MatterHistoryActionDate", where)[:10],
            "action": opt_str(row, "MatterHistoryActionName", where),
            "body": opt_str(row, "MatterHistoryActionBodyName", where),
            "text": opt_str(row, "MatterHistoryActionText", where),
            "passed": row.get("MatterHistoryPassedFlagName"),
            "tally": opt_str(row, "MatterHistoryTally", where),
        }
        matter.extras.setdefault("history", []).append({k: v for k, v in entry.items() if v})

    def _attachment(self, row: dict[str, Any], where: str, items: dict[int, tuple[str, str]]) -> None:
        """An attachment becomes a document of its matter: title and link, no bytes (Legistar keeps
        them). One without a web address is kept with the matter as it was written, and named."""
        matter = self._matter_rec(opt_int(row, "MatterAttachmentMatterId", where), where, said(AN_ATTACHMENT))
        if matter is None:
            return
        title = opt_str(row, "MatterAttachmentName", where)
        link = opt_str(row, "MatterAttachmentHyperlink", where)
        try:
            url = check_link(link)
        except UserError as error:
            self.warnings.append(said(ATTACHMENT_KEPT, where=where, title=title, error=error))
            entry = {
                "title": title,
                "link": link,
                "file_name": opt_str(row, "MatterAttachmentFileName", where),
            }
            kept = matter.extras.setdefault("attachments", [])
            if entry not in kept:
                kept.append(entry)
            return
        ident = opt_int(row, "MatterAttachmentId", where)
        key = f"attachment:{ident}" if ident is not None else f"{matter.key}/attachment:{url}"
        on = row.get(ON_ITEM)
        values = linked_values(url, title)
        name = opt_str(row, "MatterAttachmentFileName", where).strip()
        if name:
            values["file_name"] = name[:300]
        self.add(  # once, when an item nests the attachment a file also lists on its own
            Rec(
                "document",
                key,
                values,
                {
                    "agenda_item_id": items[on][0] if isinstance(on, int) and on in items else None,
                    "matter_id": matter.key,
                },
                where,
                match={"matter_id": None, "url": None},
            )
        )

    def _event(self, row: dict[str, Any], where: str) -> tuple[int, tuple[str, str]]:
        ident = opt_int(row, "EventId", where)
        if ident is None:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{where}, field 'EventId': a value is required."), where=where
            )
        body_name = opt_str(row, "EventBodyName", where).strip() or "Imported from Legistar"
        body_id = opt_int(row, "EventBodyId", where)
        body = self.add(
            Rec(
                "body",
                f"body:{body_id}" if body_id is not None else f"body:{body_name}",
                {
                    "name": body_name,
                    "classification": "committee" if "committee" in body_name.lower() else "council",
                },
                {},
                where,
                match={"name": None},
            )
        )
        date = opt_str(row, "EventDate", where)[:10]
        if not date:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{where}, field 'EventDate': a value is required."), where=where
            )
        time = _time_24h(opt_str(row, "EventTime", where), where)
        values = {
            "scheduled_start": f"{date}T{time}",
            "location": opt_str(row, "EventLocation", where),
            "title": opt_str(row, "EventComment", where)[:300],
            "status": "adjourned",
        }
        key = self.add(Rec("meeting", f"event:{ident}", values, {"body_id": body}, where))
        return ident, (key, body)

    def _placeholder_meeting(self, event: int, where: str) -> tuple[str, str]:
        found = DATE_IN_NAME.search(self.event_dates.get(event, "") or self.path.name)
        if not found:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange",
                    "{where}: event {event} is not in the file and its date is unknown; include "
                    "the Events record (Events.json) in the import.",
                ),
                where=where,
                event=event,
            )
        date = "-".join(found.groups())
        body = self.add(
            Rec(
                "body",
                "body:legistar-import",
                {"name": "Imported from Legistar", "classification": "committee"},
                {},
                where,
                match={"name": None},
            )
        )
        dated = EVENT_DATED_BY_HISTORY if event in self.event_dates else EVENT_DATED_BY_NAME
        self.warnings.append(said(dated, where=where, event=event, date=date))
        key = self.add(
            Rec(
                "meeting",
                f"event:{event}",
                {
                    "scheduled_start": f"{date}T00:00:00",
                    "status": "adjourned",
                    "title": f"Legistar event {event}",
                },
                {"body_id": body},
                where,
            )
        )
        return key, body

    def _matter(self, row: dict[str, Any], where: str) -> str:
        ident = opt_int(row, "MatterId", where)
        file = opt_str(row, "MatterFile", where).strip()
        if not file:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{where}, field 'MatterFile': a value is required."),
                where=where,
            )
        kind_name = opt_str(row, "MatterTypeName", where).strip().lower()
        values: dict[str, Any] = {
            "identifier": file,
            "title": opt_str(row, "MatterTitle", where) or opt_str(row, "MatterName", where) or file,
            "kind": MATTER_KINDS.get(kind_name, "other"),
        }
        intro = opt_str(row, "MatterIntroDate", where)
        if intro:
            values["introduced_on"] = intro[:10]
        extras: dict[str, Any] = {}
        status = opt_str(row, "MatterStatusName", where).strip()
        if status:
            values["status"] = matter_status(status).value
            extras["status"] = status  # the city's own word ("In Council") beside ours
        for field in ("MatterTypeName", "MatterPassedDate", "MatterEnactmentNumber", "MatterBodyName"):
            if row.get(field):
                extras[field] = row[field]
        return self.add(
            Rec(
                "matter",
                f"matter:{ident if ident is not None else file}",
                values,
                {},
                where,
                match={"identifier": None},
                extras=extras,
            )
        )

    def _sponsor(self, row: dict[str, Any], where: str) -> None:
        matter = opt_int(row, "MatterSponsorMatterId", where)
        if ("matter", f"matter:{matter}") not in self.keys:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange",
                    "{where}, field 'MatterSponsorMatterId': {matter!r} is not a matter in the file.",
                ),
                where=where,
                matter=matter,
            )
        person = self.person(row, "MatterSponsorNameId", "MatterSponsorName", where)
        if person is None:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{where}, field 'MatterSponsorName': a value is required."),
                where=where,
            )
        seq = opt_int(row, "MatterSponsorSequence", where) or 0
        self.add(
            Rec(
                "sponsorship",
                f"sponsor:{matter}:{person}",
                {"is_primary": seq == 0, "position": seq},
                {"matter_id": f"matter:{matter}", "person_id": person},
                where,
                match={"matter_id": None, "person_id": None},
            )
        )

    def _item(self, row: dict[str, Any], where: str, meeting: str, body: str) -> tuple[str, str]:
        ident = row["EventItemId"]
        matter = None
        file = opt_str(row, "EventItemMatterFile", where).strip()
        matter_type = opt_str(row, "EventItemMatterType", where).strip().lower()
        if file:
            status_name = opt_str(row, "EventItemMatterStatus", where).strip()
            status = {"status": matter_status(status_name).value} if status_name else {}
            matter_id = opt_int(row, "EventItemMatterId", where)
            key = f"matter:{matter_id if matter_id is not None else file}"
            if ("matter", key) not in self.keys:
                self.add(
                    Rec(
                        "matter",
                        key,
                        {
                            "identifier": file,
                            "kind": MATTER_KINDS.get(matter_type, "other"),
                            "title": opt_str(row, "EventItemMatterName", where)
                            or opt_str(row, "EventItemTitle", where)
                            or file,
                            **status,
                        },
                        {},
                        where,
                        match={"identifier": None},
                        extras={"status": status_name} if status_name else {},
                    )
                )
            matter = key
        title = (
            opt_str(row, "EventItemTitle", where).strip()
            or opt_str(row, "EventItemMatterName", where)
            or "(untitled item)"
        )
        action = opt_str(row, "EventItemActionName", where)
        action_text = opt_str(row, "EventItemActionText", where)
        consent = opt_int(row, "EventItemConsent", where)
        values = {
            "title": title,
            "number": opt_str(row, "EventItemAgendaNumber", where)[:30],
            "position": opt_int(row, "EventItemAgendaSequence", where) or 0,
            "kind": MATTER_KINDS.get(matter_type, "other")
            if matter_type in MATTER_KINDS
            else ("report" if "report" in matter_type else "other"),
            "action_text": action,
            "discussion": opt_str(row, "EventItemMinutesNote", where),
            "body": opt_str(row, "EventItemAgendaNote", where),
            "consent": bool(consent),
        }
        item = self.add(
            Rec(
                "agenda_item",
                f"eventitem:{ident}",
                values,
                {"meeting_id": meeting, "matter_id": matter},
                where,
            )
        )
        mover = self.person(row, "EventItemMoverId", "EventItemMover", where)
        seconder = self.person(row, "EventItemSeconderId", "EventItemSeconder", where)
        for p in (mover, seconder):
            if p:
                self.body_people[body].add(p)
        passed = row.get("EventItemPassedFlag")
        if passed not in (None, 0, 1):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange", "{where}, field 'EventItemPassedFlag': {passed!r} is not 0, 1 or empty."
                ),
                where=where,
                passed=passed,
            )
        if not (mover or seconder or passed is not None):
            # An action nobody moved and nothing passed (hearing held, amended, received and filed)
            # is what happened to the item, kept as its action text, not a motion left pending.
            return item, body
        disposition = {1: "adopted", 0: "failed"}.get(passed, "pending")  # type: ignore[arg-type]
        if passed is None:
            self.warnings.append(said(NO_PASSED_FLAG, where=where, action=action))
        motion = self.add(
            Rec(
                "motion",
                f"eventitem:{ident}/motion",
                {"text": action_text or action or "Motion", "disposition": disposition},
                {"agenda_item_id": item, "mover_id": mover, "seconder_id": seconder},
                where,
            )
        )
        if passed is not None:
            values_v: dict[str, Any] = {
                "result": "pass" if passed == 1 else "fail",
                "method": "roll_call" if opt_int(row, "EventItemRollCallFlag", where) else "voice",
                **DEFAULT_THRESHOLD,
            }
            tally = opt_str(row, "EventItemTally", where)
            found = re.fullmatch(r"\s*(\d+)\s*-\s*(\d+)\s*", tally)
            if found:
                values_v["yes_count"], values_v["no_count"] = int(found[1]), int(found[2])
            self.add(Rec("vote", f"eventitem:{ident}/vote", values_v, {"motion_id": motion}, where))
        return item, body

    def _votes(
        self, votes: dict[str, list[tuple[str, dict[str, Any]]]], items: dict[int, tuple[str, str]]
    ) -> None:
        bodies = dict(items.values())
        for item, rows in votes.items():
            vote = f"{item}/vote"
            if ("vote", vote) not in self.keys:
                self.warnings.append(said(VOTES_NOT_KEPT, where=rows[0][0]))
                continue
            for rec in self.recs:
                if rec.table == "vote" and rec.key == vote:
                    rec.values["method"] = "roll_call"
                    rec.values.pop("yes_count", None)
                    rec.values.pop("no_count", None)
            voters: dict[str, str] = {}
            for where, row in rows:
                person = self.person(row, "VotePersonId", "VotePersonName", where)
                if person is None:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "exchange", "{where}, field 'VotePersonName': a value is required."
                        ),
                        where=where,
                    )
                if person in voters:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "exchange", "{where}: {person} already voted on this item at {voters}."
                        ),
                        where=where,
                        person=person,
                        voters=voters[person],
                    )
                voters[person] = where
                self.body_people[bodies[item]].add(person)
                option, note = vote_value(row.get("VoteValueName"), where, self.warnings)
                self.add(
                    Rec(
                        "ballot",
                        f"{vote}/{person}",
                        {"option": option, "note": note},
                        {"vote_id": vote, "person_id": person},
                        where,
                        match={"vote_id": None, "person_id": None},
                    )
                )

    def _roll_call(
        self,
        row: dict[str, Any],
        where: str,
        items: dict[int, tuple[str, str]],
        meetings: dict[int, tuple[str, str]],
    ) -> None:
        item = opt_int(row, "RollCallEventItemId", where)
        if item not in items:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange",
                    "{where}, field 'RollCallEventItemId': {item!r} is not an event item in the file.",
                ),
                where=where,
                item=item,
            )
        item_key = items[item][0]
        meeting = next(
            r.refs["meeting_id"] for r in self.recs if r.table == "agenda_item" and r.key == item_key
        )
        person = self.person(row, "RollCallPersonId", "RollCallPersonName", where)
        if person is None:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{where}, field 'RollCallPersonName': a value is required."),
                where=where,
            )
        raw = opt_str(row, "RollCallValueName", where).strip()
        status = roll_call_value(raw)
        if status is None:
            self.warnings.append(said(UNKNOWN_ROLL_CALL_VALUE, where=where, raw=raw, person=person))
            return
        self.add(
            Rec(
                "attendance",
                f"{meeting}/{person}",
                {"status": status.value},
                {"meeting_id": meeting, "person_id": person},
                where,
                match={"meeting_id": None, "person_id": None},
            )
        )

    def _seat_counts(self) -> None:
        for rec in self.recs:
            if rec.table == "body":
                people = len(self.body_people.get(rec.key, set()))
                rec.values["seat_count"] = max(1, people)
                self.warnings.append(
                    said(SEATS_GUESSED, where=rec.where, name=rec.values["name"], count=max(1, people))
                )


def _time_24h(text: str, where: str) -> str:
    text = text.strip().upper()
    if not text:
        return "00:00:00"
    found = re.fullmatch(r"(\d{1,2}):(\d{2})\s*(AM|PM)?", text)
    if not found:
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{where}, field 'EventTime': {text!r} is not a time of day."),
            where=where,
            text=text,
        )
    hour, minute, half = int(found[1]), int(found[2]), found[3]
    if half == "PM" and hour < 12:
        hour += 12
    if half == "AM" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{where}, field 'EventTime': {text!r} is not a time of day."),
            where=where,
            text=text,
        )
    return f"{hour:02d}:{minute:02d}:00"
