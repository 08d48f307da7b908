"""Popolo import: a popolo.json, a single Popolo object (the specification's examples) or a folder of them."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from councildesk.domain.errors import UserError
from councildesk.exchange.assemble import (
    EXTRAS_REFS,
    Placeholders,
    apply_extras,
    key_or,
)
from councildesk.exchange.ocd import MOTION_KINDS, OCD_TO_STATUS, ROLE_SPELLINGS
from councildesk.exchange.popolo import (
    COLLECTIONS,
    ITEM,
    SCHEME,
)
from councildesk.exchange.source import load_json, need_dict, need_list, opt_dict, opt_ref, opt_str, req_str
from councildesk.exchange.vocab import DEFAULT_THRESHOLD, ballot_option, vote_result
from councildesk.services.exchange_records import (
    ImportPreview,
    ParsedImport,
    Rec,
    parse_datetime,
)
from councildesk.services.exchange_service import ExchangeService


def import_popolo(exchange: ExchangeService, path: Path, *, dry_run: bool = False) -> ImportPreview:
    recs, warnings = parse_popolo(Path(path))
    return exchange.apply(ParsedImport(recs, SCHEME, Path(path).name, warnings), dry_run=dry_run)


def classify(obj: dict[str, Any]) -> str:
    """Which Popolo class a lone object is, by the properties only that class has."""
    if any(isinstance(obj.get(c), list) and c != "vote_events" for c in COLLECTIONS) or (
        isinstance(obj.get("vote_events"), list) and "text" not in obj
    ):
        return "dataset"
    if "voter_id" in obj:
        return "vote"
    if "option" in obj and "value" in obj:
        return "count"
    if "counts" in obj or "votes" in obj or "motion" in obj or "motion_id" in obj or "group_results" in obj:
        return "vote_events"
    if "creator_id" in obj and (
        "audio" in obj or "attribution_text" in obj or obj.get("type") in ("speech", "question")
    ):
        return "speeches"
    if "text" in obj and ("requirement" in obj or "vote_events" in obj or "creator_id" in obj):
        return "motions"
    if "person_id" in obj and "organization_id" in obj:
        return "memberships"
    if "label" in obj and "name" not in obj:
        return "posts"
    if "start_date" in obj and "name" in obj and ("attendees" in obj or "location" in obj or "status" in obj):
        return "events"
    if "name" in obj and any(
        k in obj
        for k in (
            "gender",
            "birth_date",
            "given_name",
            "family_name",
            "email",
            "honorific_prefix",
            "national_identity",
        )
    ):
        return "persons"
    if "name" in obj and any(
        k in obj for k in ("founding_date", "classification", "parent_id", "dissolution_date")
    ):
        return "organizations"
    if "name" in obj:
        return "persons"
    return "unknown"


def parse_popolo(path: Path) -> tuple[list[Rec], list[str]]:
    files = sorted(p for p in path.glob("*.json") if p.is_file()) if path.is_dir() else [path]
    if not files:
        raise UserError(f"The folder {path} holds no Popolo .json files.")
    collections: dict[str, list[tuple[str, dict[str, Any]]]] = {c: [] for c in COLLECTIONS}
    for file in files:
        data = load_json(file)
        entries = data if isinstance(data, list) else [data]
        for i, entry in enumerate(entries):
            where = file.name if not isinstance(data, list) else f"{file.name}[{i}]"
            entry = need_dict(entry, where)
            kind = classify(entry)
            if kind == "dataset":
                for c, items in entry.items():
                    if c not in COLLECTIONS:
                        continue
                    if not isinstance(items, list):
                        raise UserError(f"{where}, field '{c}': expected a list.")
                    for j, item in enumerate(items):
                        collections[c].append((f"{where}, {c}[{j}]", need_dict(item, f"{where}, {c}[{j}]")))
            elif kind in ("vote", "count"):
                raise UserError(
                    f"{where}: a lone Popolo {kind} cannot be imported; it belongs inside a vote_event."
                )
            elif kind == "unknown":
                raise UserError(f"{where}: this is not a Popolo object this import reads.")
            else:
                collections[kind].append((where, entry))
    parser = _PopoloParser(path.name)
    for c in COLLECTIONS:
        for n, (where, obj) in enumerate(collections[c]):
            getattr(parser, f"_{c}")(where, obj, n)
    parser.finish()
    return parser.recs, parser.warnings


class _PopoloParser:
    def __init__(self, source: str) -> None:
        self.recs: list[Rec] = []
        self.warnings: list[str] = []
        self.ph = Placeholders(self.recs, self.warnings, source)
        self.known: dict[str, set[str]] = defaultdict(set)
        self.item_meeting: dict[str, str] = {}

    def _id(self, obj: dict[str, Any], where: str, kind: str, n: int) -> tuple[str, str]:
        ident = obj.get("id")
        if ident is None and obj.get("identifier") is not None:
            ident = f"{kind}-{obj['identifier']}"
        if ident is None:
            ident = f"{kind}-{n + 1}"
        if not isinstance(ident, str | int) or isinstance(ident, bool):
            raise UserError(f"{where}, field 'id': expected text.")
        ident = str(ident)
        return ident, f"{where.split(',')[0]}, {kind} '{ident}'"

    def add(self, rec: Rec, obj: dict[str, Any]) -> None:
        apply_extras(rec, obj)
        self.recs.append(rec)
        self.known[rec.table].add(rec.key)

    def person(self, key: Any, where: str, field: str) -> str | None:
        if key is None:
            return None
        if not isinstance(key, str) or not key:
            raise UserError(f"{where}, field '{field}': expected a person id.")
        if key in self.known["person"]:
            return key
        return self.ph.person(key, name_for(key), where)

    def body(self, key: Any, where: str, field: str = "organization_id") -> str:
        if key is None:
            return self.ph.body("placeholder-body", "Imported events", where)
        if not isinstance(key, str) or not key:
            raise UserError(f"{where}, field '{field}': expected an organization id.")
        if key in self.known["body"]:
            return key
        return self.ph.body(key, name_for(key), where)

    def _organizations(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "organization", n)
        raw = opt_str(obj, "classification", where, "council").lower()
        classification = raw if raw in ("council", "committee", "board", "commission") else "council"
        if raw != classification:
            self.warnings.append(f"{where}, field 'classification': '{raw}' was recorded as a council.")
        parent = opt_ref(obj, "parent_id", where)
        rec = Rec(
            "body",
            key,
            {"name": req_str(obj, "name", where), "classification": classification},
            {"parent_id": parent if parent in self.known["body"] else None},
            where,
            match={"name": None},
        )
        if parent and parent not in self.known["body"]:
            self.warnings.append(f"{where}: parent organization '{parent}' is not in the file; not linked.")
        self.add(rec, obj)

    def _persons(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "person", n)
        values = {
            "display_name": req_str(obj, "name", where),
            "given_name": opt_str(obj, "given_name", where),
            "family_name": opt_str(obj, "family_name", where),
            "honorific": opt_str(obj, "honorific_prefix", where),
            "email": opt_str(obj, "email", where),
        }
        self.add(Rec("person", key, values, {}, where), obj)

    def _posts(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "post", n)
        rec = Rec(
            "post",
            key,
            {"label": req_str(obj, "label", where)},
            {"body_id": self.body(opt_ref(obj, "organization_id", where), where)},
            where,
            match={"body_id": None, "label": None},
        )
        self.add(rec, obj)

    def _memberships(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "membership", n)
        raw = opt_str(obj, "role", where, "member").strip().lower()
        role = ROLE_SPELLINGS.get(raw, "member")
        if raw not in ROLE_SPELLINGS:
            self.warnings.append(f"{where}, field 'role': '{raw}' was recorded as member.")
        post = opt_ref(obj, "post_id", where)
        if post is not None and post not in self.known["post"]:
            self.warnings.append(f"{where}: post '{post}' is not in the file; the membership has no seat.")
            post = None
        rec = Rec(
            "membership",
            key,
            {"role": role, "start_date": obj.get("start_date"), "end_date": obj.get("end_date")},
            {
                "person_id": self.person(opt_ref(obj, "person_id", where), where, "person_id"),
                "body_id": self.body(opt_ref(obj, "organization_id", where), where),
                "post_id": post,
            },
            where,
        )
        self.add(rec, obj)

    def _bills(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "bill", n)
        rec = Rec(
            "matter",
            key,
            {
                "identifier": req_str(obj, "identifier", where),
                "title": req_str(obj, "title", where),
                "kind": "other",
            },
            {},
            where,
            match={"identifier": None},
        )
        self.add(rec, obj)
        for i, sp in enumerate(need_list(obj, "sponsorships", where)):
            at = f"{where}, sponsorships[{i}]"
            sp = need_dict(sp, at)
            person = self.person(opt_ref(sp, "person_id", at), at, "person_id")
            skey = key_or(sp, f"{key}/{person}")
            self.add(
                Rec(
                    "sponsorship",
                    skey,
                    {"is_primary": sp.get("primary", False), "position": i},
                    {"matter_id": key, "person_id": person},
                    at,
                    match={"matter_id": None, "person_id": None},
                ),
                sp,
            )

    def _events(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "event", n)
        refs = opt_dict(opt_dict(obj, "extras", where), EXTRAS_REFS, where)
        if obj.get("classification") == ITEM or "meeting_id" in refs:
            self._agenda_item(key, where, obj)
            return
        start = req_str(obj, "start_date", where)
        values: dict[str, Any] = {
            "title": opt_str(obj, "name", where),
            "scheduled_start": start if len(start) > 10 else f"{start[:10]}T00:00:00",
            "location": opt_str(obj, "location", where),
            "status": "adjourned",
        }
        status = obj.get("status")
        if status in ("scheduled", "in_progress", "adjourned", "cancelled"):
            values["status"] = status
        elif isinstance(status, str) and status in OCD_TO_STATUS:
            values["status"] = OCD_TO_STATUS[status]
        elif status is not None:
            self.warnings.append(f"{where}, field 'status': '{status}' was recorded as adjourned.")
        end = obj.get("end_date")
        if isinstance(end, str) and len(end) > 10:
            values["adjourned_at"] = end
        if opt_ref(obj, "parent_id", where):
            self.warnings.append(f"{where}: the parent event '{obj['parent_id']}' is not kept.")
        rec = Rec(
            "meeting",
            key,
            values,
            {"body_id": self.body(opt_ref(obj, "organization_id", where), where)},
            where,
        )
        self.add(rec, obj)
        for i, att in enumerate(need_list(obj, "attendees", where)):
            at = f"{where}, attendees[{i}]"
            att = need_dict(att, at)
            person = self.person(opt_ref(att, "id", at), at, "id")
            note = opt_str(att, "note", at, "present")
            if note not in ("present", "absent", "excused", "remote"):
                self.warnings.append(f"{at}: attendance '{note}' was recorded as present.")
                note = "present"
            extras = opt_dict(att, "extras", at)
            akey = key_or(extras, f"{key}/{person}")
            self.add(
                Rec(
                    "attendance",
                    akey,
                    {"status": note},
                    {"meeting_id": key, "person_id": person},
                    at,
                    match={"meeting_id": None, "person_id": None},
                ),
                att,
            )

    def _agenda_item(self, key: str, where: str, obj: dict[str, Any]) -> None:
        parent = opt_ref(obj, "parent_id", where)
        meeting = self.item_meeting.get(parent) if isinstance(parent, str) else None
        if meeting is None and isinstance(parent, str) and parent in self.known["meeting"]:
            meeting = parent
        position = obj.get("position")
        pos = position[-1] if isinstance(position, list) and position and isinstance(position[-1], int) else 0
        rec = Rec(
            "agenda_item",
            key,
            {"title": req_str(obj, "name", where), "position": pos},
            {"meeting_id": meeting, "parent_id": parent if parent in self.known["agenda_item"] else None},
            where,
        )
        apply_extras(rec, obj)
        if rec.refs.get("meeting_id") is None:
            raise UserError(f"{where}, field 'parent_id': {parent!r} does not name a meeting in the file.")
        self.item_meeting[key] = rec.refs["meeting_id"] or ""
        self.recs.append(rec)
        self.known["agenda_item"].add(key)

    def _loose_item(self, org: Any, when: Any, title: str, where: str, field: str) -> str:
        body = self.body(org, where)
        at = (
            parse_datetime(when, where, field)
            if when
            else parse_datetime("1970-01-01T00:00:00", where, field)
        )
        meeting = self.ph.meeting(body, at, where, "Imported records")
        return self.ph.agenda_item(meeting, title, len(self.recs), where)

    def _speeches(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "speech", n)
        creator = self.person(opt_ref(obj, "creator_id", where), where, "creator_id")
        item = opt_ref(obj, "event_id", where)
        if item not in self.known["agenda_item"]:
            when = obj.get("date")
            item = self._loose_item(None, when, opt_str(obj, "title", where) or "Speeches", where, "date")
        kind = opt_str(obj, "role", where, "public_comment")
        name = opt_str(obj, "attribution_text", where) or (
            name_for(creator) if creator else "Unknown speaker"
        )
        values: dict[str, Any] = {
            "name": name,
            "summary": opt_str(obj, "text", where),
            "kind": kind if kind in ("public_comment", "member", "staff", "presenter") else "member",
        }
        if isinstance(obj.get("position"), int):
            values["position"] = obj["position"]
        if isinstance(obj.get("date"), str):
            values["started_at"] = obj["date"]
        self.add(Rec("speaker", key, values, {"agenda_item_id": item, "person_id": creator}, where), obj)

    def _motions(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "motion", n)
        refs = opt_dict(opt_dict(obj, "extras", where), EXTRAS_REFS, where)
        text = req_str(obj, "text", where)
        values: dict[str, Any] = {"text": text, "kind": "main"}
        kind = obj.get("classification")
        if kind in MOTION_KINDS:
            values["kind"] = kind
        elif kind is not None:
            self.warnings.append(f"{where}, field 'classification': '{kind}' was recorded as a main motion.")
            values["kind"] = "main"
        if obj.get("result") is not None:
            result = vote_result(obj.get("result"), where, "result")
            values["disposition"] = "adopted" if result == "pass" else "failed"
        if isinstance(obj.get("date"), str):
            values["made_at"] = obj["date"]
        item = refs.get("agenda_item_id")
        if not isinstance(item, str):
            item = self._loose_item(
                opt_ref(obj, "organization_id", where), obj.get("date"), text, where, "date"
            )
        rec = Rec(
            "motion",
            key,
            values,
            {
                "agenda_item_id": item,
                "mover_id": self.person(opt_ref(obj, "creator_id", where), where, "creator_id"),
            },
            where,
        )
        self.add(rec, obj)

    def _vote_events(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "vote_event", n)
        votes = need_list(obj, "votes", where)
        values: dict[str, Any] = {
            "result": vote_result(obj.get("result"), where, "result"),
            "method": "roll_call" if votes else "voice",
            **DEFAULT_THRESHOLD,
        }
        if isinstance(obj.get("start_date"), str):
            values["taken_at"] = obj["start_date"]
        totals: Counter[str] = Counter()
        groups = set()
        for i, c in enumerate(need_list(obj, "counts", where)):
            at = f"{where}, counts[{i}]"
            c = need_dict(c, at)
            option, _ = ballot_option(c.get("option"), where, f"counts[{i}].option", "", self.warnings)
            value = c.get("value")
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise UserError(f"{where}, field 'counts[{i}].value': {value!r} is not a count.")
            if c.get("group") is not None:
                groups.add(str(c["group"]))
            totals[option] += value
        if groups:
            self.warnings.append(
                f"{where}: counts for {len(groups)} groups were added together; group results are not kept."
            )
        if totals:
            values.update(yes_count=totals["yes"], no_count=totals["no"], abstain_count=totals["abstain"])
        motion = opt_ref(obj, "motion_id", where)
        if motion not in self.known["motion"]:
            if motion is not None:
                raise UserError(f"{where}, field 'motion_id': '{motion}' does not name a motion in the file.")
            embedded = opt_dict(obj, "motion", where)
            text = opt_str(embedded, "text", where) or "Motion"
            item = self._loose_item(
                opt_ref(obj, "organization_id", where), obj.get("start_date"), text, where, "start_date"
            )
            motion = f"{key}/motion"
            disposition = "adopted" if values["result"] == "pass" else "failed"
            self.recs.append(
                Rec(
                    "motion",
                    motion,
                    {"text": text, "kind": "main", "disposition": disposition},
                    {"agenda_item_id": item},
                    where,
                )
            )
        rec = Rec("vote", key, values, {"motion_id": motion}, where)
        self.add(rec, obj)
        seen: dict[str, int] = {}
        for i, v in enumerate(votes):
            at = f"{where}, votes[{i}]"
            v = need_dict(v, at)
            person = self.person(opt_ref(v, "voter_id", at), at, "voter_id")
            if person is None:
                raise UserError(f"{where}, field 'votes[{i}].voter_id': a voter is required.")
            if person in seen:
                raise UserError(
                    f"{where}, field 'votes[{i}]': '{person}' already voted at votes[{seen[person]}]."
                )
            seen[person] = i
            option, note = ballot_option(v.get("option"), where, f"votes[{i}].option", "", self.warnings)
            extras = opt_dict(v, "extras", at)
            bkey = key_or(extras, f"{key}/{person}")
            self.add(
                Rec(
                    "ballot",
                    bkey,
                    {"option": option, "note": note},
                    {"vote_id": key, "person_id": person},
                    at,
                    match={"vote_id": None, "person_id": None},
                ),
                v,
            )

    def finish(self) -> None:
        # A body's seat count: what its file said, else its posts, else the most votes it ever cast.
        posts = Counter(r.refs.get("body_id") for r in self.recs if r.table == "post")
        for rec in self.recs:
            if rec.table == "body" and "seat_count" not in rec.values:
                rec.values["seat_count"] = max(1, posts[rec.key])


def name_for(ident: str) -> str:
    from councildesk.exchange.assemble import name_from_id

    return name_from_id(ident)
