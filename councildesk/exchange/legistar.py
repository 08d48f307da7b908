"""Legistar Web API JSON import: Events, EventItems (mover, seconder, action, passed flag), Matters,
MatterSponsors, Votes and RollCalls, from one file (an array or an object of arrays) or a folder."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from councildesk.domain.errors import UserError
from councildesk.exchange.source import load_json, need_dict, opt_int, opt_str
from councildesk.exchange.vocab import DEFAULT_THRESHOLD, ballot_option
from councildesk.services.exchange_records import ImportPreview, ParsedImport, Rec
from councildesk.services.exchange_service import ExchangeService

SCHEME = "legistar"
# Longest prefix first: "EventItemId" must not be taken for an Event.
KINDS = (
    ("EventItem", "EventItems"),
    ("Event", "Events"),
    ("MatterSponsor", "MatterSponsors"),
    ("Matter", "Matters"),
    ("RollCall", "RollCalls"),
    ("Vote", "Votes"),
)
MATTER_KINDS = {
    "resolution": "resolution",
    "city resolution": "resolution",
    "ordinance": "ordinance",
    "order": "order",
    "appointment": "appointment",
    "proclamation": "proclamation",
    "contract": "contract",
}
ROLL_CALL = {
    "present": "present",
    "absent": "absent",
    "excused": "excused",
    "remote": "remote",
    "present remote": "remote",
}
DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def import_legistar(exchange: ExchangeService, path: Path, *, dry_run: bool = False) -> ImportPreview:
    recs, warnings = parse_legistar(Path(path))
    return exchange.apply(ParsedImport(recs, SCHEME, Path(path).name, warnings), dry_run=dry_run)


def _kind_of(row: dict[str, Any]) -> str | None:
    for prefix, kind in KINDS:
        if any(k.startswith(prefix) for k in row):
            return kind
    return None


def parse_legistar(path: Path) -> tuple[list[Rec], list[str]]:
    files = sorted(p for p in path.glob("*.json") if p.is_file()) if path.is_dir() else [path]
    if not files:
        raise UserError(f"The folder {path} holds no Legistar .json files.")
    rows: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for file in files:
        data = load_json(file)
        arrays: list[tuple[str | None, Any]]
        if isinstance(data, dict) and any(kind in data for _p, kind in KINDS):
            arrays = [(k, v) for k, v in data.items() if k in {kind for _p, kind in KINDS}]
        elif isinstance(data, list):
            arrays = [(None, data)]
        elif isinstance(data, dict):
            arrays = [(None, [data])]
        else:
            raise UserError(f"{file.name} is not Legistar Web API JSON (expected a list of records).")
        for declared, items in arrays:
            if not isinstance(items, list):
                raise UserError(f"{file.name}, field '{declared}': expected a list.")
            for i, item in enumerate(items):
                where = f"{file.name}[{i}]" if declared is None else f"{file.name}, {declared}[{i}]"
                row = need_dict(item, where)
                kind = declared or _kind_of(row)
                if kind is None:
                    raise UserError(
                        f"{where}: not a Legistar Event, EventItem, Matter, Vote or RollCall record."
                    )
                rows[kind].append((where, row))
                if kind == "Events":
                    nested = row.get("EventItems")
                    if isinstance(nested, list):
                        for j, sub in enumerate(nested):
                            rows["EventItems"].append(
                                (f"{where}, EventItems[{j}]", need_dict(sub, f"{where}, EventItems[{j}]"))
                            )
    if not rows["EventItems"] and not rows["Events"] and not rows["Matters"]:
        raise UserError(f"{path.name} holds no Legistar events, event items or matters.")
    return _Builder(path, rows).build()


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

    def build(self) -> tuple[list[Rec], list[str]]:
        meetings: dict[int, tuple[str, str]] = {}  # event id → (meeting key, body key)
        for where, row in self.rows["Events"]:
            meetings[self._event(row, where)[0]] = self._event(row, where)[1]
        for where, row in self.rows["Matters"]:
            self._matter(row, where)
        for where, row in self.rows["MatterSponsors"]:
            self._sponsor(row, where)
        items: dict[int, tuple[str, str]] = {}
        seen_items: dict[int, str] = {}
        for where, row in self.rows["EventItems"]:
            ident = opt_int(row, "EventItemId", where)
            if ident is None:
                raise UserError(f"{where}, field 'EventItemId': a value is required.")
            if ident in seen_items:
                raise UserError(f"{where}: EventItemId {ident} already appears at {seen_items[ident]}.")
            seen_items[ident] = where
            event = opt_int(row, "EventItemEventId", where)
            if event is None:
                raise UserError(f"{where}, field 'EventItemEventId': a value is required.")
            if event not in meetings:
                meetings[event] = self._placeholder_meeting(event, where)
            items[ident] = self._item(row, where, *meetings[event])
        votes: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        for where, row in self.rows["Votes"]:
            item = opt_int(row, "VoteEventItemId", where)
            if item not in items:
                raise UserError(
                    f"{where}, field 'VoteEventItemId': {item!r} is not an event item in the file."
                )
            votes[items[item][0]].append((where, row))
        self._votes(votes, items)
        for where, row in self.rows["RollCalls"]:
            self._roll_call(row, where, items, meetings)
        self._seat_counts()
        return self.recs, self.warnings

    def _event(self, row: dict[str, Any], where: str) -> tuple[int, tuple[str, str]]:
        ident = opt_int(row, "EventId", where)
        if ident is None:
            raise UserError(f"{where}, field 'EventId': a value is required.")
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
            raise UserError(f"{where}, field 'EventDate': a value is required.")
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
        found = DATE_IN_NAME.search(self.path.name)
        if not found:
            raise UserError(
                f"{where}: event {event} is not in the file and its date is unknown; "
                "include the Events record (Events.json) in the import."
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
        self.warnings.append(
            f"{where}: event {event} is not in the file; its meeting is dated {date} from the file name and "
            "belongs to the body 'Imported from Legistar' — rename it to the real body."
        )
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
            raise UserError(f"{where}, field 'MatterFile': a value is required.")
        kind_name = opt_str(row, "MatterTypeName", where).strip().lower()
        values: dict[str, Any] = {
            "identifier": file,
            "title": opt_str(row, "MatterTitle", where) or opt_str(row, "MatterName", where) or file,
            "kind": MATTER_KINDS.get(kind_name, "other"),
        }
        intro = opt_str(row, "MatterIntroDate", where)
        if intro:
            values["introduced_on"] = intro[:10]
        return self.add(
            Rec(
                "matter",
                f"matter:{ident if ident is not None else file}",
                values,
                {},
                where,
                match={"identifier": None},
            )
        )

    def _sponsor(self, row: dict[str, Any], where: str) -> None:
        matter = opt_int(row, "MatterSponsorMatterId", where)
        if ("matter", f"matter:{matter}") not in self.keys:
            raise UserError(
                f"{where}, field 'MatterSponsorMatterId': {matter!r} is not a matter in the file."
            )
        person = self.person(row, "MatterSponsorNameId", "MatterSponsorName", where)
        if person is None:
            raise UserError(f"{where}, field 'MatterSponsorName': a value is required.")
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
                        },
                        {},
                        where,
                        match={"identifier": None},
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
            raise UserError(f"{where}, field 'EventItemPassedFlag': {passed!r} is not 0, 1 or empty.")
        if not (mover or seconder or action or passed is not None):
            return item, body
        disposition = {1: "adopted", 0: "failed"}.get(passed, "pending")  # type: ignore[arg-type]
        if passed is None:
            self.warnings.append(
                f"{where}: the action '{action}' has no passed flag; the motion is recorded as pending."
            )
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
                self.warnings.append(f"{rows[0][0]}: votes on an item without a passed flag are not kept.")
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
                    raise UserError(f"{where}, field 'VotePersonName': a value is required.")
                if person in voters:
                    raise UserError(f"{where}: {person} already voted on this item at {voters[person]}.")
                voters[person] = where
                self.body_people[bodies[item]].add(person)
                option, note = ballot_option(
                    row.get("VoteValueName"), where, "VoteValueName", "", self.warnings
                )
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
                f"{where}, field 'RollCallEventItemId': {item!r} is not an event item in the file."
            )
        item_key = items[item][0]
        meeting = next(
            r.refs["meeting_id"] for r in self.recs if r.table == "agenda_item" and r.key == item_key
        )
        person = self.person(row, "RollCallPersonId", "RollCallPersonName", where)
        if person is None:
            raise UserError(f"{where}, field 'RollCallPersonName': a value is required.")
        raw = opt_str(row, "RollCallValueName", where).strip().lower()
        if raw not in ROLL_CALL:
            raise UserError(f"{where}, field 'RollCallValueName': {raw!r} is not a known attendance value.")
        self.add(
            Rec(
                "attendance",
                f"{meeting}/{person}",
                {"status": ROLL_CALL[raw]},
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
                    f"{rec.where}: Legistar does not give the number of seats of '{rec.values['name']}'; "
                    f"{max(1, people)} is used (the members who moved, seconded or voted) for a new body."
                )


def _time_24h(text: str, where: str) -> str:
    text = text.strip().upper()
    if not text:
        return "00:00:00"
    found = re.fullmatch(r"(\d{1,2}):(\d{2})\s*(AM|PM)?", text)
    if not found:
        raise UserError(f"{where}, field 'EventTime': {text!r} is not a time of day.")
    hour, minute, half = int(found[1]), int(found[2]), found[3]
    if half == "PM" and hour < 12:
        hour += 12
    if half == "AM" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise UserError(f"{where}, field 'EventTime': {text!r} is not a time of day.")
    return f"{hour:02d}:{minute:02d}:00"
