"""Open Civic Data export: the database's records as one JSON file per object, as OCD scrapers write them."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from councildesk.exchange.assemble import (
    extras_of,
    write_json,
)
from councildesk.exchange.ocd import (
    BODY_TO_OCD,
    PREFIXES,
    SCHEME,
    STATUS_TO_OCD,
)
from councildesk.exchange.vocab import ocd_ballot
from councildesk.services.exchange_records import (
    DateRange,
    Rec,
    children_by_parent,
)
from councildesk.services.exchange_service import ExchangeService


def export_ocd(exchange: ExchangeService, folder: Path, span: DateRange | None = None) -> list[Path]:
    """Write the database (meetings within `span`) as OCD files; returns the files written."""
    recs = exchange.records(SCHEME, span)
    documents = ocd_documents(recs)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.json"):
        if old.name.split("_")[0] in PREFIXES or old.name.startswith("vote_event_"):
            old.unlink()  # a stale object from an earlier export would be read back as current
    written = []
    for name, doc in sorted(documents.items()):
        path = folder / name
        write_json(path, doc)
        written.append(path)
    return written


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
        ),
    )
    item_meeting = {r.key: r.refs["meeting_id"] for r in by["agenda_item"]}
    motion_item = {r.key: r.refs["agenda_item_id"] for r in by["motion"]}
    motions = {r.key: r for r in by["motion"]}
    items = {r.key: r for r in by["agenda_item"]}
    meetings = {r.key: r for r in by["meeting"]}

    docs: dict[str, dict[str, Any]] = {}

    def put(kind: str, rec: Rec, doc: dict[str, Any]) -> None:
        doc.update({"_id": rec.key, "_type": kind, "extras": extras_of(rec), "sources": []})
        docs[f"{kind}_{rec.key}.json"] = doc

    for rec in by["body"]:
        put(
            "organization",
            rec,
            {
                "name": rec.values["name"],
                "classification": BODY_TO_OCD[rec.values["classification"]],
                "parent_id": rec.refs["parent_id"],
            },
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
            {"label": rec.values["label"], "role": "member", "organization_id": rec.refs["body_id"]},
        )
    for rec in by["membership"]:
        v = rec.values
        put(
            "membership",
            rec,
            {
                "person_id": rec.refs["person_id"],
                "organization_id": rec.refs["body_id"],
                "post_id": rec.refs["post_id"],
                "role": v["role"].replace("_", " "),
                "start_date": v["start_date"],
                "end_date": v["end_date"] or "",
            },
        )
    for rec in by["matter"]:
        sponsors = sorted(children[("sponsorship", rec.key)], key=lambda r: (r.values["position"], r.key))
        put(
            "bill",
            rec,
            {
                "identifier": rec.values["identifier"],
                "title": rec.values["title"],
                "classification": [rec.values["kind"]],
                "legislative_session": None,
                "sponsorships": [
                    {
                        "name": names.get(s.refs["person_id"] or "", ""),
                        "entity_type": "person",
                        "person_id": s.refs["person_id"],
                        "primary": s.values["is_primary"],
                        "classification": "primary" if s.values["is_primary"] else "cosponsor",
                        "extras": extras_of(s) | {"id": s.key},
                    }
                    for s in sponsors
                ],
            },
        )
    for rec in by["meeting"]:
        put("event", rec, _event(rec, children, names, items, matters))
    for rec in by["vote"]:
        motion = motions[rec.refs["motion_id"] or ""]
        item = items[motion_item[motion.key] or ""]
        meeting = meetings[item_meeting[item.key] or ""]
        ballots = sorted(
            children[("ballot", rec.key)], key=lambda b: (names.get(b.refs["person_id"] or "", ""), b.key)
        )
        votes = []
        for b in ballots:
            option, note = ocd_ballot(b.values["option"], b.values["note"])
            votes.append(
                {
                    "option": option,
                    "voter_name": names.get(b.refs["person_id"] or "", ""),
                    "voter_id": b.refs["person_id"],
                    "note": note,
                    "extras": extras_of(b) | {"id": b.key},
                }
            )
        counted = Counter(v["option"] for v in votes)
        if not votes:
            counted = Counter(
                {
                    "yes": rec.values["yes_count"] or 0,
                    "no": rec.values["no_count"] or 0,
                    "abstain": rec.values["abstain_count"] or 0,
                }
            )
        put(
            "vote_event",
            rec,
            {
                "identifier": "",
                "motion_text": motion.values["text"],
                "motion_classification": [motion.values["kind"]],
                "start_date": rec.values["taken_at"] or meeting.values["scheduled_start"],
                "result": rec.values["result"],
                "organization_id": meeting.refs["body_id"],
                "bill_id": item.refs["matter_id"],
                "event_id": meeting.key,
                "legislative_session": None,
                "counts": [{"option": o, "value": n} for o, n in sorted(counted.items())],
                "votes": votes,
            },
        )
    return docs


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
) -> dict[str, Any]:
    v = rec.values
    participants = [
        {
            "name": names.get(a.refs["person_id"] or "", ""),
            "entity_type": "person",
            "entity_id": a.refs["person_id"],
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
            "name": names.get(rec.refs["body_id"] or "", ""),
            "entity_type": "organization",
            "entity_id": rec.refs["body_id"],
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
                    "entity_id": item.refs["matter_id"],
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
        "start_date": v["scheduled_start"],
        "end_date": v["adjourned_at"] or "",
        "all_day": False,
        "status": STATUS_TO_OCD[v["status"]],
        "location": {"name": v["location"], "note": "", "coordinates": None},
        "participants": participants,
        "agenda": agenda,
        "media": [],
        "links": [],
        "documents": [],
    }
