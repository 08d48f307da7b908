"""Open Civic Data export: the database's records as one JSON file per object, as OCD scrapers write them."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from councildesk.atomic_output import write_atomically
from councildesk.exchange.assemble import (
    FOREIGN,
    STORED_COUNTS,
    extras_of,
    holds_float,
    json_bytes,
    published,
    slug,
)
from councildesk.exchange.linked_documents import documents_of, event_documents_of
from councildesk.exchange.ocd import (
    BODY_TO_OCD,
    MATTER_TO_OCD,
    PLACEHOLDER_HOST,
    PREFIXES,
    SCHEME,
    STATUS_TO_OCD,
    bare_key,
    default_division,
    jurisdiction_of,
    ocd_id,
)
from councildesk.exchange.time_offsets import Zones, with_offset
from councildesk.exchange.vocab import ocd_ballot, vote_counts
from councildesk.services.approval_exchange import EXTENSION
from councildesk.services.exchange_records import (
    DateRange,
    Rec,
    children_by_parent,
)
from councildesk.services.exchange_service import ExchangeService


def export_ocd(exchange: ExchangeService, folder: Path, span: DateRange | None = None) -> list[Path]:
    """Write the database (meetings within `span`) as OCD files; returns the files written."""
    files = ocd_files(exchange.records(SCHEME, span))
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.json"):
        if old.name.split("_")[0] in PREFIXES or old.name.startswith("vote_event_"):
            old.unlink()  # a stale object from an earlier export would be read back as current
    written = []
    for name, data in files:
        path = folder / name
        write_atomically(path, data)
        written.append(path)
    return written


def ocd_files(recs: list[Rec]) -> list[tuple[str, bytes]]:
    """Each OCD file's name and bytes (dump_json's text), in name order."""
    # Floats come only from what an import kept (the columns hold none): orjson writes the rest.
    floats = any(holds_float(r.extras) for r in recs if r.extras)
    return [(name, json_bytes(doc, floats=floats)) for name, doc in sorted(ocd_documents(recs).items())]


def ocd_documents(recs: list[Rec]) -> dict[str, dict[str, Any]]:
    by: dict[str, list[Rec]] = defaultdict(list)
    for rec in recs:
        by[rec.table].append(rec)
    names = {r.key: r.values["display_name"] for r in by["person"]}
    names.update({r.key: r.values["name"] for r in by["body"]})
    matters = {r.key: r for r in by["matter"]}
    children = children_by_parent(
        by,
        (
            ("attendance", "meeting_id"),
            ("agenda_item", "meeting_id"),
            ("speaker", "agenda_item_id"),
            ("motion", "agenda_item_id"),
            ("sponsorship", "matter_id"),
            ("ballot", "vote_id"),
            ("document", "matter_id"),
            ("document", "agenda_item_id"),
        ),
    )
    item_meeting = {r.key: r.refs["meeting_id"] for r in by["agenda_item"]}
    motion_item = {r.key: r.refs["agenda_item_id"] for r in by["motion"]}
    motions = {r.key: r for r in by["motion"]}
    items = {r.key: r for r in by["agenda_item"]}
    meetings = {r.key: r for r in by["meeting"]}
    places = Places(by["body"])
    zones = Zones(recs)  # each time with its own body's offset
    sessions: dict[str, set[str]] = defaultdict(set)  # jurisdiction → session years

    def session_of(body_key: str | None, when: str | None) -> str:
        year = (when or "")[:4] or "0000"
        sessions[places.jurisdiction(body_key)].add(year)
        return year

    docs: dict[str, dict[str, Any]] = {}

    def put(kind: str, rec: Rec, doc: dict[str, Any], body_key: str | None = None) -> None:
        doc.update({"_id": ocd_id(kind, rec.key), "_type": kind, "extras": extras_of(rec)})
        if rec.approval is not None:
            doc["extras"][EXTENSION] = rec.approval
        doc["sources"] = places.sources(body_key)
        docs[f"{kind}_{bare_key(ocd_id(kind, rec.key))}.json"] = published(rec, doc)

    for rec in by["body"]:
        put(
            "organization",
            rec,
            {
                "name": rec.values["name"],
                "classification": BODY_TO_OCD[rec.values["classification"]],
                "parent_id": ocd_id("organization", rec.refs["parent_id"]),
                "jurisdiction_id": places.jurisdiction(rec.key),
                "division_id": places.division(rec.key),
            },
            rec.key,
        )
    for rec in by["person"]:
        v = rec.values
        contacts = [{"type": "email", "value": v["email"], "note": ""}] if v.get("email") else []
        put(
            "person",
            rec,
            {
                "name": v["display_name"],
                "given_name": v["given_name"],
                "family_name": v["family_name"],
                "contact_details": contacts,
            },
        )
    for rec in by["post"]:
        put(
            "post",
            rec,
            {
                "label": rec.values["label"],
                "role": "member",
                "organization_id": ocd_id("organization", rec.refs["body_id"]),
            },
            rec.refs["body_id"],
        )
    for rec in by["membership"]:
        v = rec.values
        put(
            "membership",
            rec,
            {
                "person_id": ocd_id("person", rec.refs["person_id"]),
                "person_name": names.get(rec.refs["person_id"] or ""),
                "organization_id": ocd_id("organization", rec.refs["body_id"]),
                "post_id": ocd_id("post", rec.refs["post_id"]),
                "role": v["role"].replace("_", " "),
                "start_date": v["start_date"],
                "end_date": v["end_date"],
                "jurisdiction_id": places.jurisdiction(rec.refs["body_id"]),
            },
            rec.refs["body_id"],
        )
    matter_body: dict[str, tuple[str | None, str]] = {}
    for item in sorted(
        by["agenda_item"], key=lambda i: meetings[i.refs["meeting_id"] or ""].values["scheduled_start"]
    ):
        if item.refs["matter_id"] and item.refs["matter_id"] not in matter_body:
            meeting = meetings[item.refs["meeting_id"] or ""]
            matter_body[item.refs["matter_id"]] = (meeting.refs["body_id"], meeting.values["scheduled_start"])
    for rec in by["matter"]:
        sponsors = sorted(children[("sponsorship", rec.key)], key=lambda r: (r.values["position"], r.key))
        body_key, first_seen = matter_body.get(rec.key, (places.first_body, ""))
        put(
            "bill",
            rec,
            {
                "identifier": rec.values["identifier"],
                "title": rec.values["title"],
                "classification": [MATTER_TO_OCD.get(rec.values["kind"], rec.values["kind"])],
                "from_organization": ocd_id("organization", body_key),
                "legislative_session": session_of(body_key, rec.values.get("introduced_on") or first_seen),
                "sponsorships": [
                    {
                        "name": names.get(s.refs["person_id"] or "") or "Unknown",
                        "entity_type": "person",
                        "person_id": ocd_id("person", s.refs["person_id"]),
                        "primary": s.values["is_primary"],
                        "classification": "primary" if s.values["is_primary"] else "cosponsor",
                        "extras": extras_of(s) | {"id": s.key},
                    }
                    for s in sponsors
                ],
                "documents": documents_of(children[("document", rec.key)]),
            },
            body_key,
        )
    for rec in by["meeting"]:
        put("event", rec, _event(rec, children, names, items, matters, zones.of(rec)), rec.refs["body_id"])
    for rec in by["vote"]:
        motion = motions[rec.refs["motion_id"] or ""]
        item = items[motion_item[motion.key] or ""]
        meeting = meetings[item_meeting[item.key] or ""]
        ballots = sorted(
            children[("ballot", rec.key)], key=lambda b: (names.get(b.refs["person_id"] or "", ""), b.key)
        )
        votes = []
        options = []
        for b in ballots:
            option, note = ocd_ballot(b.values["option"], b.values["note"])
            options.append(b.values["option"])
            votes.append(
                {
                    "option": option,
                    "voter_name": names.get(b.refs["person_id"] or "") or "Unknown",
                    "voter_id": ocd_id("person", b.refs["person_id"]),
                    "note": note,
                    "extras": extras_of(b) | {"id": b.key},
                }
            )
        counted: Counter[str] = Counter()
        for option, n in vote_counts(rec.values, options, rec.extras.get(STORED_COUNTS)).items():
            counted[ocd_ballot(option, "")[0]] += n
        start = rec.values["taken_at"] or meeting.values["scheduled_start"]
        body_key = meeting.refs["body_id"]
        put(
            "vote_event",
            rec,
            {
                "motion_text": motion.values["text"],
                "motion_classification": [motion.values["kind"]],
                "start_date": with_offset(start, zones.of(rec)),
                "result": rec.values["result"],
                "organization": ocd_id("organization", body_key),
                "bill": ocd_id("bill", item.refs["matter_id"]),
                "event_id": ocd_id("event", meeting.key),
                "legislative_session": session_of(body_key, start),
                "counts": [{"option": o, "value": n} for o, n in sorted(counted.items())],
                "votes": votes,
            },
            body_key,
        )
    for ident, jurisdiction in places.jurisdictions(sessions).items():
        docs[f"jurisdiction_{slug(ident.split('/', 1)[1])}.json"] = jurisdiction
    return docs


class Places:
    """Each body's OCD jurisdiction and division: what an import brought (kept in the body's OCD
    extras, so a clerk can set them by importing an edited organization), else made from the
    municipality or the top body's name ('ocd-division/country:us/place:northampton')."""

    def __init__(self, bodies: list[Rec]) -> None:
        self.bodies = {b.key: b for b in bodies}
        self.first_body = bodies[0].key if bodies else None

    def _top(self, key: str | None) -> Rec | None:
        seen: set[str] = set()
        rec = self.bodies.get(key or self.first_body or "")
        while rec is not None and rec.refs.get("parent_id") in self.bodies and rec.key not in seen:
            seen.add(rec.key)
            rec = self.bodies[rec.refs["parent_id"] or ""]
        return rec

    def _given(self, rec: Rec | None, field: str) -> str | None:
        value = rec.extras.get(FOREIGN, {}).get(field) if rec is not None else None
        return value if isinstance(value, str) and value else None

    def division(self, key: str | None) -> str:
        top = self._top(key)
        given = self._given(top, "division_id")
        if given:
            return given
        return default_division(top.values if top else None)

    def jurisdiction(self, key: str | None) -> str:
        given = self._given(self._top(key), "jurisdiction_id")
        if given:
            return given
        return jurisdiction_of(self.division(key))

    def sources(self, key: str | None) -> list[dict[str, str]]:
        given = self._given(self._top(key), "sources")
        if isinstance(given, list) and given:
            return given
        # pupa takes only http(s) sources; until the clerk gives the council's own page, the
        # address is under .invalid (RFC 2606), a name that can never resolve to someone else's site.
        path = self.jurisdiction(key).split("/", 1)[1].replace(":", "-")
        return [{"url": f"https://{PLACEHOLDER_HOST}/{path}", "note": "exported by CouncilDesk"}]

    def jurisdictions(self, sessions: dict[str, set[str]]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for key, rec in self.bodies.items():
            if self._top(key) is not rec:
                continue
            ident = self.jurisdiction(key)
            out[ident] = {
                "_id": ident,
                "_type": "jurisdiction",
                "name": str(rec.values.get("municipality") or rec.values["name"]),
                "url": self.sources(key)[0]["url"],
                "classification": "government",
                "division_id": self.division(key),
                "legislative_sessions": [
                    {
                        "identifier": year,
                        "name": f"{year} session",
                        "type": "primary",
                        "start_date": f"{year}-01-01",
                        "end_date": f"{year}-12-31",
                    }
                    for year in sorted(sessions.get(ident, set()))
                ],
                "extras": {},
            }
        return out


def item_order(rec: Rec, items: dict[str, Rec]) -> tuple[int, ...]:
    chain: list[int] = []
    current: Rec | None = rec
    while current is not None:
        chain.append(current.values["position"])
        parent = current.refs.get("parent_id")
        current = items.get(parent) if parent else None
    return tuple(reversed(chain))


def _event(
    rec: Rec,
    children: dict[tuple[str, str | None], list[Rec]],
    names: dict[str, str],
    items: dict[str, Rec],
    matters: dict[str, Rec],
    zone: str | None,
) -> dict[str, Any]:
    v = rec.values
    participants = [
        {
            "name": names.get(a.refs["person_id"] or "") or "Unknown",
            "entity_type": "person",
            "entity_id": ocd_id("person", a.refs["person_id"]),
            "note": a.values["status"],
            "extras": extras_of(a) | {"id": a.key},
        }
        for a in sorted(
            children[("attendance", rec.key)], key=lambda a: (names.get(a.refs["person_id"] or "", ""), a.key)
        )
    ]
    participants.insert(
        0,
        {
            "name": names.get(rec.refs["body_id"] or "") or "Unknown",
            "entity_type": "organization",
            "entity_id": ocd_id("organization", rec.refs["body_id"]),
            "note": "host",
        },
    )
    agenda = []
    own_items = sorted(children[("agenda_item", rec.key)], key=lambda i: (item_order(i, items), i.key))
    for order, item in enumerate(own_items, start=1):
        related = []
        if item.refs["matter_id"]:
            matter = matters.get(item.refs["matter_id"])
            related.append(
                {
                    "entity_type": "bill",
                    "entity_id": ocd_id("bill", item.refs["matter_id"]),
                    "name": matter.values["identifier"] if matter else "",
                    "note": "consideration",
                }
            )
        speakers = sorted(children[("speaker", item.key)], key=lambda r: (r.values["position"], r.key))
        motions = sorted(children[("motion", item.key)], key=lambda r: (r.values["position"], r.key))
        agenda.append(
            {
                "description": item.values["title"],
                "classification": [item.values["kind"]],
                "order": str(order),
                "subjects": [],
                "notes": [item.values["discussion"]] if item.values["discussion"] else [],
                "related_entities": related,
                "media": [],
                "extras": extras_of(item)
                | {
                    "id": item.key,
                    "speakers": [extras_of(s) | {"id": s.key} for s in speakers],
                    "motions": [extras_of(mo) | {"id": mo.key} for mo in motions],
                },
            }
        )
    title = v["title"] or f"{v['kind'].replace('_', ' ').capitalize()} meeting"
    return {
        "name": title,
        "description": v["notices"],
        "classification": "meeting",
        "start_date": with_offset(v["scheduled_start"], zone),
        "end_date": with_offset(v["adjourned_at"], zone),
        "all_day": False,
        "status": STATUS_TO_OCD[v["status"]],
        "location": {"name": v["location"], "note": "", "coordinates": None} if v["location"] else None,
        "participants": participants,
        "agenda": agenda,
        "media": [],
        "links": [],
        # The agenda items' linked documents (each names its item in its extras).
        "documents": event_documents_of([d for i in own_items for d in children[("document", i.key)]]),
    }
