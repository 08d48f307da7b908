"""Popolo import: a popolo.json, a single Popolo object (the specification's examples) or a folder of them."""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from councildesk.domain.enums import BallotOption
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, said
from councildesk.exchange.assemble import (
    EXTRAS_REFS,
    FOREIGN,
    STORED_COUNTS,
    Placeholders,
    apply_extras,
    keep_foreign,
    key_or,
    written_as,
)
from councildesk.exchange.linked_documents import read_documents
from councildesk.exchange.ocd import MOTION_KINDS, OCD_TO_STATUS, role_of
from councildesk.exchange.popolo import (
    COLLECTIONS,
    ITEM,
    SCHEME,
)
from councildesk.exchange.source import load_json, need_dict, need_list, opt_dict, opt_ref, opt_str, req_str
from councildesk.exchange.vocab import DEFAULT_THRESHOLD, ballot_option, count_option, option_of, vote_result
from councildesk.services.exchange_records import (
    ImportPreview,
    ParsedImport,
    Rec,
    parse_datetime,
)
from councildesk.services.exchange_service import ExchangeService


def import_popolo(exchange: ExchangeService, path: Path, *, dry_run: bool = False) -> ImportPreview:
    dropped: list[tuple[str, str]] = []
    recs, warnings = parse_popolo(Path(path), dropped)
    parsed = ParsedImport(recs, SCHEME, Path(path).name, warnings, dropped)
    return exchange.apply(parsed, dry_run=dry_run)


AREA_KINDS = frozenset({"country", "state", "province", "county", "district", "ward", "constituency"})


def classify(obj: dict[str, Any]) -> str:
    """Which Popolo class a lone object is, by the properties only that class has."""
    if any(isinstance(obj.get(c), list) and c != "vote_events" for c in COLLECTIONS) or (
        isinstance(obj.get("vote_events"), list) and "text" not in obj
    ):
        return "dataset"
    if "voter_id" in obj:
        return "vote"
    if "geometry" in obj or ("name" in obj and str(obj.get("classification", "")).lower() in AREA_KINDS):
        return "area"
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


# Collections a Popolo file may carry that are not records CouncilDesk keeps (skipped with a warning,
# one sentence each so that the collection is a word of the sentence in every language).
NOT_KEPT = {
    "areas": QT_TRANSLATE_NOOP(
        "popolo", "{where}: {count} areas are not records CouncilDesk keeps; skipped."
    ),
    "elections": QT_TRANSLATE_NOOP(
        "popolo", "{where}: {count} elections are not records CouncilDesk keeps; skipped."
    ),
    "legislative_periods": QT_TRANSLATE_NOOP(
        "popolo", "{where}: {count} legislative periods are not records CouncilDesk keeps; skipped."
    ),
    "terms": QT_TRANSLATE_NOOP(
        "popolo", "{where}: {count} terms are not records CouncilDesk keeps; skipped."
    ),
}
# What else the reader says about what a file holds and it cannot keep as written (the import's
# warnings), declared: English as their str, in the reader's language in the preview and on the CLI.
AN_AREA = QT_TRANSLATE_NOOP("popolo", "{where}: '{name}' is an area (a place), not a body; skipped.")
AN_AREA_UNNAMED = QT_TRANSLATE_NOOP(
    "popolo", "{where}: 'without a name' is an area (a place), not a body; skipped."
)
BODY_AS_GROUP = QT_TRANSLATE_NOOP(
    "popolo",
    "{where}, field 'classification': '{label}' was recorded as a group (an organization "
    "that does not meet as a body); the label is kept.",
)
PARENT_MISSING = QT_TRANSLATE_NOOP(
    "popolo", "{where}: parent organization '{parent}' is not in the file; not linked."
)
ROLE_AS_MEMBER = QT_TRANSLATE_NOOP(
    "popolo", "{where}, field 'role': '{label}' was recorded as member (the label is kept)."
)
POST_MISSING = QT_TRANSLATE_NOOP(
    "popolo", "{where}: post '{post}' is not in the file; the membership has no seat."
)
NO_START_DATE = QT_TRANSLATE_NOOP(
    "popolo",
    "{where}: no start date; the term is recorded from {start}, the earliest date the file gives "
    "(exports leave it out again).",
)
A_PERIOD = QT_TRANSLATE_NOOP(
    "popolo", "{where}: '{name}' is a {kind}, not a meeting; kept with its organization."
)
STATUS_AS_ADJOURNED = QT_TRANSLATE_NOOP(
    "popolo", "{where}, field 'status': '{status}' was recorded as adjourned."
)
ATTENDANCE_AS_PRESENT = QT_TRANSLATE_NOOP("popolo", "{where}: attendance '{note}' was recorded as present.")
NO_DATE_EARLIEST = QT_TRANSLATE_NOOP(
    "popolo",
    "{where}: no date is given; the meeting holding it is dated {date}, the earliest date in the file.",
)
NO_DATE = QT_TRANSLATE_NOOP("popolo", "{where}: no date is given; the meeting holding it is dated {date}.")
MOTION_AS_MAIN = QT_TRANSLATE_NOOP(
    "popolo", "{where}, field 'classification': '{kind}' was recorded as a main motion."
)
GROUPS_ADDED = QT_TRANSLATE_NOOP(
    "popolo",
    "{where}: counts for {count} groups were added together; the groups' results are kept.",
)
# (the result, whether anything was counted) -> the warning for a vote event that gives no result
NO_RESULT = {
    ("pass", True): QT_TRANSLATE_NOOP(
        "popolo", "{where}: no result is given; recorded as pass from its counts (majority of votes cast)."
    ),
    ("fail", True): QT_TRANSLATE_NOOP(
        "popolo", "{where}: no result is given; recorded as fail from its counts (majority of votes cast)."
    ),
    ("pass", False): QT_TRANSLATE_NOOP(
        "popolo",
        "{where}: no result is given; recorded as pass as nothing was counted (majority of votes cast).",
    ),
    ("fail", False): QT_TRANSLATE_NOOP(
        "popolo",
        "{where}: no result is given; recorded as fail as nothing was counted (majority of votes cast).",
    ),
}
# Events that are periods or elections, not meetings: kept in their organization's extras.
PERIODS = frozenset(
    {
        "legislative period",
        "legislative session",
        "legislative term",
        "session",
        "term",
        "election",
        "general election",
        "by-election",
        "by election",
        "primary election",
    }
)


def parse_popolo(path: Path, dropped: list[tuple[str, str]] | None = None) -> tuple[list[Rec], list[str]]:
    """The file's records and warnings; what it leaves out goes to `dropped` as (kind, name)."""
    files = sorted(p for p in path.glob("*.json") if p.is_file()) if path.is_dir() else [path]
    if not files:
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "The folder {path} holds no Popolo .json files."), path=path
        )
    found = _Collector()
    for file in files:
        data = load_json(file)
        entries = data if isinstance(data, list) else [data]
        for i, entry in enumerate(entries):
            where = file.name if not isinstance(data, list) else f"{file.name}[{i}]"
            found.entry(need_dict(entry, where), where)
    parser = _PopoloParser(path.name, found)
    for c in COLLECTIONS:
        for n, (where, obj) in enumerate(found.collections[c]):
            getattr(parser, f"_{c}")(where, obj, n)
    parser.finish()
    if dropped is not None:
        dropped += found.dropped
    return parser.recs, parser.warnings


def _name_of(obj: Any) -> str:
    name = obj.get("name") or obj.get("id") if isinstance(obj, dict) else None
    return str(name) if name else "without a name"


class _Collector:
    """First pass: every object of the file by collection, nested and embedded ones lifted out,
    so that the second pass can resolve references whatever order the file wrote them in."""

    def __init__(self) -> None:
        self.collections: dict[str, list[tuple[str, dict[str, Any]]]] = {c: [] for c in COLLECTIONS}
        self.warnings: list[str] = []
        self.dropped: list[tuple[str, str]] = []  # (kind, name) of what is not kept

    def entry(self, entry: dict[str, Any], where: str) -> None:
        kind = classify(entry)
        if kind == "dataset":
            for c, items in entry.items():
                if c in NOT_KEPT and isinstance(items, list) and items:
                    kind = c.replace("_", " ").rstrip("s")
                    self.dropped += [(kind, _name_of(item)) for item in items]
                    self.warnings.append(said(NOT_KEPT[c], where=where, count=len(items)))
                if c not in COLLECTIONS:
                    continue
                if not isinstance(items, list):
                    raise UserError(
                        QT_TRANSLATE_NOOP("exchange", "{where}, field '{field}': expected a list."),
                        where=where,
                        field=c,
                    )
                for j, item in enumerate(items):
                    self.add(c, f"{where}, {c}[{j}]", need_dict(item, f"{where}, {c}[{j}]"))
        elif kind in ("vote", "count"):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange",
                    "{where}: a lone Popolo {kind} cannot be imported; it belongs inside a vote_event.",
                ),
                where=where,
                kind=kind,
            )
        elif kind == "area":
            name = entry.get("name") or entry.get("id")
            self.dropped.append(("area", _name_of(entry)))
            self.warnings.append(
                said(AN_AREA, where=where, name=name) if name else said(AN_AREA_UNNAMED, where=where)
            )
        elif kind == "unknown":
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{where}: this is not a Popolo object this import reads."),
                where=where,
            )
        else:
            self.add(kind, where, entry)

    def add(self, collection: str, where: str, obj: dict[str, Any]) -> None:
        """Add an object, lifting out the objects it embeds (a motion's vote events, a vote
        event's motion, a membership's person and organization, a person's memberships)."""
        self.collections[collection].append((where, obj))
        if collection == "motions":
            for j, ve in enumerate(obj.get("vote_events") or []):
                if isinstance(ve, dict) and set(ve) - {"id"}:  # {"id": …} alone only names one
                    nested = dict(ve)
                    if obj.get("id") is not None:
                        nested.setdefault("motion_id", obj["id"])
                    nested.setdefault("_motion_object", obj)
                    self.add("vote_events", f"{where}, vote_events[{j}]", nested)
        elif collection == "vote_events":
            motion = obj.get("motion")
            if isinstance(motion, dict) and isinstance(motion.get("id"), str) and motion.get("text"):
                if obj.get("motion_id") is None:
                    obj["motion_id"] = motion["id"]
                inner = {k: v for k, v in motion.items() if k != "vote_events"}
                self.collections["motions"].append((f"{where}, motion", inner))
        elif collection == "memberships":
            for field, target in (
                ("person", "persons"),
                ("organization", "organizations"),
                ("post", "posts"),
            ):
                embedded = obj.get(field)
                if isinstance(embedded, dict) and isinstance(embedded.get("id"), str):
                    obj.setdefault(f"{field}_id", embedded["id"])
                    self.add(target, f"{where}, {field}", embedded)
        elif collection in ("persons", "organizations"):
            own = "person_id" if collection == "persons" else "organization_id"
            for j, ms in enumerate(obj.get("memberships") or []):
                if isinstance(ms, dict) and obj.get("id") is not None:
                    self.add("memberships", f"{where}, memberships[{j}]", {own: obj["id"]} | ms)
            if collection == "organizations":
                for j, post in enumerate(obj.get("posts") or []):
                    if isinstance(post, dict) and obj.get("id") is not None:
                        self.add("posts", f"{where}, posts[{j}]", {"organization_id": obj["id"]} | post)

    def ids(self, collection: str) -> set[str]:
        return {str(o["id"]) for _w, o in self.collections[collection] if isinstance(o.get("id"), str | int)}


# Organization classifications as legislatures, rosters and EveryPolitician write them.
BODY_KINDS = {
    "council": "council",
    "legislature": "council",
    "parliament": "council",
    "chamber": "council",
    "house": "council",
    "upper house": "council",
    "lower house": "council",
    "assembly": "council",
    "city council": "council",
    "committee": "committee",
    "subcommittee": "committee",
    "joint committee": "committee",
    "board": "board",
    "commission": "commission",
    "executive": "executive",
    "cabinet": "executive",
    "government": "executive",
    "party": "party",
    "political party": "party",
    "group": "group",
    "parliamentary group": "group",
    "caucus": "group",
    "faction": "group",
    "coalition": "group",
}
# Fields each collection turns into columns or references; the rest goes to the extras store.
MODELLED = {
    "organizations": {"id", "name", "classification", "parent_id", "memberships", "posts"},
    "persons": {"id", "name", "given_name", "family_name", "honorific_prefix", "email", "memberships"},
    "posts": {"id", "label", "organization_id"},
    "memberships": {
        "id",
        "role",
        "person_id",
        "organization_id",
        "post_id",
        "start_date",
        "end_date",
        "person",
        "organization",
        "post",
    },
    "bills": {"id", "identifier", "title", "sponsorships", "documents"},
    "events": {"id", "name", "start_date", "end_date", "location", "status", "organization_id", "attendees"},
    "motions": {"id", "text", "classification", "result", "date", "organization_id", "creator_id"},
    "vote_events": {
        "id",
        "motion_id",
        "start_date",
        "result",
        "counts",
        "votes",
        "motion",
        "organization_id",
    },
    "speeches": {"id", "creator_id", "event_id", "role", "attribution_text", "text", "position", "date"},
}


def partial_date(value: Any, where: str, field: str, *, last: bool = False) -> str | None:
    """A Popolo date ('2011', '2011-06', '2011-06-02', or a date and time) as a full day: the
    first day of a year or month, or its last when `last` (a term ending '2010' covers 2010)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{where}, field '{field}': {value!r} is not a date."),
            where=where,
            field=field,
            value=value,
        )
    text = value.strip()[:10]
    try:
        if len(text) == 4 and text.isdigit():
            return f"{text}-12-31" if last else f"{text}-01-01"
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            day = calendar.monthrange(year, month)[1] if last else 1
            return date(year, month, day).isoformat()
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{where}, field '{field}': {value!r} is not a date."),
            where=where,
            field=field,
            value=value,
        ) from None


def _day_or_none(value: Any) -> str | None:
    try:
        return partial_date(value, "", "")
    except UserError:
        return None  # the record itself says so, with its place, when it is read


class _PopoloParser:
    def __init__(self, source: str, found: _Collector) -> None:
        self.recs: list[Rec] = []
        self.warnings: list[str] = list(found.warnings)
        self.documents: set[str] = set()  # linked documents read (one may be listed twice)
        self.ph = Placeholders(self.recs, self.warnings, source)
        self.found = found
        # Every id of the file, read before any record: references resolve in any order.
        self.known: dict[str, set[str]] = {
            "body": found.ids("organizations"),
            "person": found.ids("persons"),
            "post": found.ids("posts"),
            "motion": found.ids("motions"),
        }
        self.events = {
            str(o["id"]): o for _w, o in found.collections["events"] if isinstance(o.get("id"), str)
        }
        # A motion's vote events named by id only ("vote_events": ["vote-42"]).
        self.motion_of: dict[str, str] = {}
        self.vote_dates: dict[str, str] = {}
        for _w, o in found.collections["motions"]:
            for ve in o.get("vote_events") or []:
                named = ve.get("id") if isinstance(ve, dict) and set(ve) == {"id"} else ve
                if isinstance(named, str) and isinstance(o.get("id"), str):
                    self.motion_of[named] = o["id"]
        for _w, o in found.collections["vote_events"]:
            motion = o.get("motion_id") or self.motion_of.get(str(o.get("id")))
            if isinstance(motion, str) and isinstance(o.get("start_date"), str):
                self.vote_dates.setdefault(motion, o["start_date"])
        self.first_date = min(
            (
                str(_day_or_none(o[f]))
                for c in ("events", "motions", "vote_events", "speeches", "memberships")
                for _w, o in found.collections[c]
                for f in ("start_date", "date")
                if _day_or_none(o.get(f))
            ),
            default=None,
        )
        self.periods: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def _id(self, obj: dict[str, Any], where: str, kind: str, n: int) -> tuple[str, str]:
        ident = obj.get("id")
        if ident is None and obj.get("identifier") is not None:
            ident = f"{kind}-{obj['identifier']}"
        if ident is None:
            ident = f"{kind}-{n + 1}"
        if not isinstance(ident, str | int) or isinstance(ident, bool):
            raise UserError(QT_TRANSLATE_NOOP("exchange", "{where}, field 'id': expected text."), where=where)
        ident = str(ident)
        return ident, f"{where.split(',')[0]}, {kind} '{ident}'"

    def add(self, rec: Rec, obj: dict[str, Any], collection: str | None = None) -> None:
        if collection is not None:
            keep_foreign(rec, {k: v for k, v in obj.items() if not k.startswith("_")}, MODELLED[collection])
        apply_extras(rec, obj)
        self.recs.append(rec)

    def person(self, key: Any, where: str, field: str) -> str | None:
        if key is None:
            return None
        if not isinstance(key, str) or not key:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{where}, field '{field}': expected a person id."),
                where=where,
                field=field,
            )
        if key in self.known["person"]:
            return key
        return self.ph.person(key, name_for(key), where)

    def body(self, key: Any, where: str, field: str = "organization_id") -> str:
        if key is None:
            return self.ph.body("placeholder-body", "Imported events", where)
        if not isinstance(key, str) or not key:
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{where}, field '{field}': expected an organization id."),
                where=where,
                field=field,
            )
        if key in self.known["body"]:
            return key
        return self.ph.body(key, name_for(key), where)

    def _organizations(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "organization", n)
        label = opt_str(obj, "classification", where, "council")
        spelled = " ".join(label.strip().lower().replace("_", " ").split())
        classification = BODY_KINDS.get(spelled)
        if classification is None:
            classification = "group"
            self.warnings.append(said(BODY_AS_GROUP, where=where, label=label))
        parent = opt_ref(obj, "parent_id", where)
        if parent and parent not in self.known["body"]:
            self.warnings.append(said(PARENT_MISSING, where=where, parent=parent))
        rec = Rec(
            "body",
            key,
            {"name": req_str(obj, "name", where), "classification": classification},
            {"parent_id": parent if parent in self.known["body"] else None},
            where,
            match={"name": None},
        )
        if label != classification:
            written_as(rec, "classification", label, "classification")
        self.add(rec, obj, "organizations")

    def _persons(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "person", n)
        values = {
            "display_name": req_str(obj, "name", where),
            "given_name": opt_str(obj, "given_name", where),
            "family_name": opt_str(obj, "family_name", where),
            "honorific": opt_str(obj, "honorific_prefix", where),
            "email": opt_str(obj, "email", where),
        }
        # A person already on file (same identifier, else same name) is that person; the preview says so.
        self.add(Rec("person", key, values, {}, where, match={"display_name": None}), obj, "persons")

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
        self.add(rec, obj, "posts")

    def _memberships(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "membership", n)
        label = opt_str(obj, "role", where, "member")
        role = role_of(label or "member")
        if role is None:
            role = "member"
            self.warnings.append(said(ROLE_AS_MEMBER, where=where, label=label))
        post = opt_ref(obj, "post_id", where)
        if post is not None and post not in self.known["post"]:
            self.warnings.append(said(POST_MISSING, where=where, post=post))
            post = None
        start = partial_date(obj.get("start_date"), where, "start_date")
        end = partial_date(obj.get("end_date"), where, "end_date", last=True)
        if start is None:
            # The column needs a day; the earliest the file knows covers every vote it records.
            start = min(d for d in (self.first_date, end, date.today().isoformat()) if d)
            self.warnings.append(said(NO_START_DATE, where=where, start=start))
        if end is not None and end < start:
            start = end
        rec = Rec(
            "membership",
            key,
            {"role": role, "start_date": start, "end_date": end},
            {
                "person_id": self.person(opt_ref(obj, "person_id", where), where, "person_id"),
                "body_id": self.body(opt_ref(obj, "organization_id", where), where),
                "post_id": post,
            },
            where,
        )
        if label.strip() and label.strip() != role.replace("_", " "):
            written_as(rec, "role", label, "role")
        for field in ("start_date", "end_date"):
            if obj.get(field) != rec.values[field]:
                written_as(rec, field, obj.get(field), field)
        self.add(rec, obj, "memberships")

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
        self.add(rec, obj, "bills")
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
        self.recs.extend(read_documents(obj, where, "matter_id", key, self.warnings, self.documents))

    def _is_item(self, obj: dict[str, Any], where: str) -> bool:
        refs = opt_dict(opt_dict(obj, "extras", where), EXTRAS_REFS, where)
        return obj.get("classification") == ITEM or "meeting_id" in refs

    def _events(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "event", n)
        if self._is_item(obj, where):
            self._agenda_item(key, where, obj)
            return
        kind = " ".join(str(obj.get("classification") or "").lower().replace("_", " ").split())
        if kind in PERIODS:
            org = self.body(opt_ref(obj, "organization_id", where), where)
            self.periods[org].append(obj)
            self.warnings.append(said(A_PERIOD, where=where, name=obj.get("name") or key, kind=kind))
            return
        start = req_str(obj, "start_date", where)
        values: dict[str, Any] = {
            "title": opt_str(obj, "name", where),
            "scheduled_start": start
            if len(start) > 10
            else f"{partial_date(start, where, 'start_date')}T00:00:00",
            "location": opt_str(obj, "location", where),
            "status": "adjourned",
        }
        status = obj.get("status")
        if status in ("scheduled", "in_progress", "adjourned", "cancelled"):
            values["status"] = status
        elif isinstance(status, str) and status in OCD_TO_STATUS:
            values["status"] = OCD_TO_STATUS[status]
        elif status is not None:
            self.warnings.append(said(STATUS_AS_ADJOURNED, where=where, status=status))
        end = obj.get("end_date")
        if isinstance(end, str) and len(end) > 10:
            values["adjourned_at"] = end
        rec = Rec(
            "meeting",
            key,
            values,
            {"body_id": self.body(opt_ref(obj, "organization_id", where), where)},
            where,
        )
        if start != values["scheduled_start"] and len(start) <= 10:
            written_as(rec, "start_date", start, "scheduled_start")
        # "meeting" is what told this event from an agenda item, and what the export writes again:
        # read, so not kept as the file's own field (another classification is kept).
        read = obj if kind != "meeting" else {k: v for k, v in obj.items() if k != "classification"}
        self.add(rec, read, "events")
        for i, att in enumerate(need_list(obj, "attendees", where)):
            at = f"{where}, attendees[{i}]"
            att = need_dict(att, at)
            person = self.person(opt_ref(att, "id", at), at, "id")
            note = opt_str(att, "note", at, "present")
            if note not in ("present", "absent", "excused", "remote"):
                self.warnings.append(said(ATTENDANCE_AS_PRESENT, where=at, note=note))
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

    def _meeting_of(self, parent: Any, where: str) -> str | None:
        """The meeting an agenda item belongs to: up its parents (items in any order) to an event."""
        seen: set[str] = set()
        while isinstance(parent, str) and parent not in seen:
            seen.add(parent)
            event = self.events.get(parent)
            if event is None:
                return None
            if not self._is_item(event, where):
                return parent
            refs = opt_dict(opt_dict(event, "extras", where), EXTRAS_REFS, where)
            if isinstance(refs.get("meeting_id"), str):
                return str(refs["meeting_id"])
            parent = event.get("parent_id")
        return None

    def _agenda_item(self, key: str, where: str, obj: dict[str, Any]) -> None:
        parent = opt_ref(obj, "parent_id", where)
        meeting = self._meeting_of(parent, where)
        position = obj.get("position")
        pos = position[-1] if isinstance(position, list) and position and isinstance(position[-1], int) else 0
        parent_item = parent if parent in self.events and parent != meeting else None
        rec = Rec(
            "agenda_item",
            key,
            {"title": req_str(obj, "name", where), "position": pos},
            {"meeting_id": meeting, "parent_id": parent_item},
            where,
        )
        apply_extras(rec, obj)
        if rec.refs.get("meeting_id") is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "exchange", "{where}, field 'parent_id': {parent!r} does not name a meeting in the file."
                ),
                where=where,
                parent=parent,
            )
        self.recs.append(rec)
        self.recs.extend(read_documents(obj, where, "agenda_item_id", key, self.warnings, self.documents))

    def _loose_item(self, org: Any, when: Any, title: str, where: str, field: str) -> str:
        body = self.body(org, where)
        if not when:
            when = self.first_date or "1970-01-01"
            undated = NO_DATE_EARLIEST if self.first_date else NO_DATE
            self.warnings.append(said(undated, where=where, date=str(when)[:10]))
        text = str(when)
        if len(text) <= 10:
            text = f"{partial_date(text, where, field)}T00:00:00"
        meeting = self.ph.meeting(body, parse_datetime(text, where, field), where, "Imported records")
        return self.ph.agenda_item(meeting, title, len(self.recs), where)

    def _speeches(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "speech", n)
        creator = self.person(opt_ref(obj, "creator_id", where), where, "creator_id")
        item = opt_ref(obj, "event_id", where)
        event = self.events.get(item or "")
        if event is None or not self._is_item(event, where):
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
        rec = Rec("speaker", key, values, {"agenda_item_id": item, "person_id": creator}, where)
        self.add(rec, obj, "speeches")

    def _motion_date(self, obj: dict[str, Any], key: str) -> Any:
        context = obj.get("context")
        return (
            obj.get("date")
            or (context.get("date") if isinstance(context, dict) else None)
            or self.vote_dates.get(key)
        )

    def _motions(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "motion", n)
        refs = opt_dict(opt_dict(obj, "extras", where), EXTRAS_REFS, where)
        text = req_str(obj, "text", where)
        values: dict[str, Any] = {"text": text, "kind": "main"}
        kind = opt_str(obj, "classification", where) or None
        if kind in MOTION_KINDS:
            values["kind"] = kind
        elif kind is not None:
            self.warnings.append(said(MOTION_AS_MAIN, where=where, kind=kind))
            values["kind"] = "main"
        if obj.get("result") is not None:
            result = vote_result(obj.get("result"), where, "result")
            values["disposition"] = "adopted" if result == "pass" else "failed"
        when = self._motion_date(obj, key)
        if isinstance(obj.get("date"), str):
            values["made_at"] = obj["date"]
        item = refs.get("agenda_item_id")
        if not isinstance(item, str):
            item = self._loose_item(opt_ref(obj, "organization_id", where), when, text, where, "date")
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
        if kind is not None and kind != values["kind"]:
            written_as(rec, "classification", kind, "kind")
        # Nested vote events are records of their own; ids of the others are written again on export.
        self.add(rec, {k: v for k, v in obj.items() if k != "vote_events"}, "motions")

    def _vote_events(self, where: str, obj: dict[str, Any], n: int) -> None:
        key, where = self._id(obj, where, "vote_event", n)
        votes = need_list(obj, "votes", where)
        values: dict[str, Any] = {"method": "roll_call" if votes else "voice", **DEFAULT_THRESHOLD}
        if isinstance(obj.get("start_date"), str):
            values["taken_at"] = obj["start_date"]
        totals: Counter[str] = Counter()
        groups = set()
        for i, c in enumerate(need_list(obj, "counts", where)):
            at = f"{where}, counts[{i}]"
            c = need_dict(c, at)
            option = count_option(c.get("option"), where, f"counts[{i}].option", self.warnings)
            value = c.get("value")
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "exchange", "{where}, field 'counts[{i}].value': {value!r} is not a count."
                    ),
                    where=where,
                    i=i,
                    value=value,
                )
            group = c.get("group") or c.get("group_id")
            if group is not None:
                groups.add(str(group))
            totals[option] += value
        if groups:
            self.warnings.append(said(GROUPS_ADDED, where=where, count=len(groups)))
        if totals:
            values.update(yes_count=totals["yes"], no_count=totals["no"], abstain_count=totals["abstain"])
        options = [opt for v in votes if isinstance(v, dict) for opt in [v.get("option")]]
        motion = opt_ref(obj, "motion_id", where) or self.motion_of.get(key)
        embedded = obj.get("_motion_object") or opt_dict(obj, "motion", where)
        result_given = obj.get("result") if obj.get("result") is not None else embedded.get("result")
        if result_given is not None:
            values["result"] = vote_result(result_given, where, "result")
        else:
            values["result"] = self._result_from(totals, options, where)
        if motion not in self.known["motion"]:
            if motion is not None and not isinstance(obj.get("motion"), dict):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "exchange",
                        "{where}, field 'motion_id': '{motion}' does not name a motion in the file.",
                    ),
                    where=where,
                    motion=motion,
                )
            text = opt_str(embedded, "text", where) or "Motion"
            item = self._loose_item(
                opt_ref(obj, "organization_id", where), obj.get("start_date"), text, where, "start_date"
            )
            motion = f"{key}/motion"
            disposition = "pending"
            if result_given is not None:
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
        if result_given is None:
            written_as(rec, "result", None, "result")
        other = {o: v for o, v in totals.items() if o not in ("yes", "no", "abstain") and v}
        if other and not votes:
            rec.extras[STORED_COUNTS] = dict(sorted(other.items()))
        self.add(rec, {k: v for k, v in obj.items() if not k.startswith("_")}, "vote_events")
        seen: dict[str, int] = {}
        for i, v in enumerate(votes):
            at = f"{where}, votes[{i}]"
            v = need_dict(v, at)
            voter = v.get("voter")
            if v.get("voter_id") is None and isinstance(voter, dict) and isinstance(voter.get("id"), str):
                v = v | {"voter_id": voter["id"]}
                if voter["id"] not in self.known["person"] and isinstance(voter.get("name"), str):
                    self.known["person"].add(voter["id"])
                    self.add(
                        Rec("person", voter["id"], {"display_name": voter["name"]}, {}, at), voter, "persons"
                    )
            person = self.person(opt_ref(v, "voter_id", at), at, "voter_id")
            if person is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "exchange", "{where}, field 'votes[{i}].voter_id': a voter is required."
                    ),
                    where=where,
                    i=i,
                )
            if person in seen:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "exchange", "{where}, field 'votes[{i}]': '{person}' already voted at votes[{seen}]."
                    ),
                    where=where,
                    i=i,
                    person=person,
                    seen=seen[person],
                )
            seen[person] = i
            option, note = ballot_option(v.get("option"), where, f"votes[{i}].option", "", self.warnings)
            extras = opt_dict(v, "extras", at)
            bkey = key_or(extras, f"{key}/{person}")
            ballot = Rec(
                "ballot",
                bkey,
                {"option": option, "note": note},
                {"vote_id": key, "person_id": person},
                at,
                match={"vote_id": None, "person_id": None},
            )
            # The party or group a member voted for, their role, anything else on the vote; the id in
            # its extras was read as the ballot's key above, so it is not the file's own field.
            read = v | {"extras": {k: x for k, x in extras.items() if k != "id"}} if "id" in extras else v
            keep_foreign(ballot, read, {"voter_id", "option", "vote_event_id", "voter"})
            self.add(ballot, v)

    def _result_from(self, totals: Counter[str], options: list[Any], where: str) -> str:
        """A vote event without a result: decided from its counts (or ballots) as the default
        threshold would, a majority of votes cast; the export leaves the result out again."""
        tally = totals or Counter(
            (found[0] if (found := option_of(str(o))) else BallotOption.OTHER).value for o in options
        )
        result = "pass" if tally["yes"] > tally["no"] else "fail"
        self.warnings.append(said(NO_RESULT[result, bool(tally)], where=where))
        return result

    def finish(self) -> None:
        # A body's seat count: what its file said, else its posts, else the most votes it ever cast.
        posts = Counter(r.refs.get("body_id") for r in self.recs if r.table == "post")
        for rec in self.recs:
            if rec.table == "body" and "seat_count" not in rec.values:
                rec.values["seat_count"] = max(1, posts[rec.key])
            if rec.table == "body" and rec.key in self.periods:
                rec.extras.setdefault(FOREIGN, {})["legislative_periods"] = self.periods[rec.key]


def name_for(ident: str) -> str:
    from councildesk.exchange.assemble import name_from_id

    return name_from_id(ident)
