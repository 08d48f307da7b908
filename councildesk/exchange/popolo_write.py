"""Popolo export: the database's records as one popolo.json (meetings and agenda items as events)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from councildesk.exchange.assemble import (
    AS_WRITTEN,
    STORED_COUNTS,
    extras_of,
    published,
    write_json_collections,
)
from councildesk.exchange.linked_documents import documents_of
from councildesk.exchange.ocd_write import item_order
from councildesk.exchange.popolo import (
    COLLECTIONS,
    DISPOSITION_RESULT,
    FILE_NAME,
    ITEM,
    POPOLO_OPTION,
    SCHEME,
)
from councildesk.exchange.time_offsets import Zones, with_offset
from councildesk.exchange.vocab import vote_counts
from councildesk.services.approval_exchange import EXTENSION
from councildesk.services.exchange_records import (
    DateRange,
    Rec,
    children_by_parent,
)
from councildesk.services.exchange_service import ExchangeService


def export_popolo(exchange: ExchangeService, folder: Path, span: DateRange | None = None) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE_NAME
    write_json_collections(path, popolo_collections(exchange.records(SCHEME, span)))
    return path


def popolo_document(recs: list[Rec]) -> dict[str, Any]:
    return {name: list(docs) for name, docs in popolo_collections(recs).items()}


def _doc_id(rec: Rec) -> str:
    """The id the record's object is written with (its key, unless the file first wrote another)."""
    if AS_WRITTEN not in rec.extras:
        return rec.key
    return str(published(rec, {"id": rec.key})["id"])


def popolo_collections(recs: list[Rec]) -> dict[str, Iterator[dict[str, Any]]]:
    """Each collection's objects in id order, each made only as it is written (the document never
    sits in memory whole: a 30-year city's would take as much again as its records)."""
    zones = Zones(recs)  # each time with its own body's offset
    by: dict[str, list[Rec]] = defaultdict(list)
    for rec in recs:
        by[rec.table].append(rec)
    kids = children_by_parent(
        by,
        (
            ("attendance", "meeting_id"),
            ("sponsorship", "matter_id"),
            ("ballot", "vote_id"),
            ("vote", "motion_id"),
            ("document", "matter_id"),
            ("document", "agenda_item_id"),
        ),
    )
    items = {r.key: r for r in by["agenda_item"]}
    meetings = {r.key: r for r in by["meeting"]}

    def ext(rec: Rec) -> dict[str, Any]:
        extras = extras_of(rec)
        if rec.approval is not None:
            extras[EXTENSION] = rec.approval  # the approval and corrections, re-made on import
        return {"id": rec.key, "extras": extras}

    def put(rec: Rec, doc: dict[str, Any]) -> dict[str, Any]:
        return published(rec, ext(rec) | doc)

    def organization(r: Rec) -> dict[str, Any]:
        return put(
            r,
            {
                "name": r.values["name"],
                "classification": r.values["classification"],
                "parent_id": r.refs["parent_id"],
            },
        )

    def person(r: Rec) -> dict[str, Any]:
        v = r.values
        return put(
            r,
            {
                "name": v["display_name"],
                "given_name": v["given_name"],
                "family_name": v["family_name"],
                "honorific_prefix": v["honorific"],
                "email": v["email"],
            },
        )

    def post(r: Rec) -> dict[str, Any]:
        return put(r, {"label": r.values["label"], "organization_id": r.refs["body_id"]})

    def membership(r: Rec) -> dict[str, Any]:
        v = r.values
        return put(
            r,
            {
                "person_id": r.refs["person_id"],
                "organization_id": r.refs["body_id"],
                "post_id": r.refs["post_id"],
                "role": v["role"].replace("_", " "),
                "start_date": v["start_date"],
                "end_date": v["end_date"],
            },
        )

    def bill(r: Rec) -> dict[str, Any]:
        sponsors = sorted(kids[("sponsorship", r.key)], key=lambda s: (s.values["position"], s.key))
        return put(
            r,
            {
                "identifier": r.values["identifier"],
                "title": r.values["title"],
                "sponsorships": [
                    published(
                        s, ext(s) | {"person_id": s.refs["person_id"], "primary": s.values["is_primary"]}
                    )
                    for s in sponsors
                ],
                "documents": documents_of(kids[("document", r.key)]),
            },
        )

    def meeting_event(r: Rec) -> dict[str, Any]:
        v = r.values
        attendance = sorted(kids[("attendance", r.key)], key=lambda a: a.key)
        return put(
            r,
            {
                "name": v["title"] or f"{v['kind'].replace('_', ' ').capitalize()} meeting",
                "classification": "meeting",
                "start_date": with_offset(v["scheduled_start"], zones.of(r)),
                "end_date": with_offset(v["adjourned_at"], zones.of(r)),
                "location": v["location"],
                "status": v["status"],
                "organization_id": r.refs["body_id"],
                "attendees": [
                    published(
                        a,
                        {"id": a.refs["person_id"], "note": a.values["status"]}
                        | {"extras": extras_of(a) | {"id": a.key}},
                    )
                    for a in attendance
                ],
            },
        )

    def item_event(r: Rec) -> dict[str, Any]:
        meeting = meetings[r.refs["meeting_id"] or ""]
        return put(
            r,
            {
                "name": r.values["title"],
                "classification": ITEM,
                "parent_id": r.refs["parent_id"] or r.refs["meeting_id"],
                "organization_id": meeting.refs["body_id"],
                "start_date": with_offset(r.values["started_at"], zones.of(r)),
                "position": list(item_order(r, items)),
                "documents": documents_of(kids[("document", r.key)]),
            },
        )

    def speech(r: Rec) -> dict[str, Any]:
        v = r.values
        return put(
            r,
            {
                "creator_id": r.refs["person_id"],
                "attribution_text": v["name"],
                "role": v["kind"],
                "text": v["summary"],
                "date": with_offset(v["started_at"], zones.of(r)),
                "position": v["position"],
                "event_id": r.refs["agenda_item_id"],
            },
        )

    def motion(r: Rec) -> dict[str, Any]:
        v = r.values
        item = items[r.refs["agenda_item_id"] or ""]
        doc = {
            "organization_id": meetings[item.refs["meeting_id"] or ""].refs["body_id"],
            "creator_id": r.refs["mover_id"],
            "text": v["text"],
            "classification": v["kind"],
            "date": with_offset(v["made_at"], zones.of(r)),
            # The schema wants vote event objects here; each names its vote event by id.
            "vote_events": [{"id": k} for k in sorted(x.key for x in kids[("vote", r.key)])],
        }
        if v["disposition"] in DISPOSITION_RESULT:
            doc["result"] = DISPOSITION_RESULT[v["disposition"]]
        return put(r, doc)

    def vote_event(r: Rec) -> dict[str, Any]:
        ballots = sorted(kids[("ballot", r.key)], key=lambda b: b.key)
        votes = [
            published(
                b,
                {
                    "voter_id": b.refs["person_id"],
                    "option": POPOLO_OPTION.get(b.values["option"], b.values["option"]),
                    "extras": extras_of(b) | {"id": b.key},
                },
            )
            for b in ballots
        ]
        counted = vote_counts(r.values, [b.values["option"] for b in ballots], r.extras.get(STORED_COUNTS))
        return put(
            r,
            {
                "motion_id": r.refs["motion_id"],
                "start_date": with_offset(r.values["taken_at"], zones.of(r)),
                "result": r.values["result"],
                "counts": [
                    {"option": POPOLO_OPTION.get(o, o), "value": n} for o, n in sorted(counted.items())
                ],
                "votes": votes,
            },
        )

    makers: dict[str, dict[str, Callable[[Rec], dict[str, Any]]]] = {
        "organizations": {"body": organization},
        "persons": {"person": person},
        "posts": {"post": post},
        "memberships": {"membership": membership},
        "bills": {"matter": bill},
        "events": {"meeting": meeting_event, "agenda_item": item_event},
        "speeches": {"speaker": speech},
        "motions": {"motion": motion},
        "vote_events": {"vote": vote_event},
    }

    def collection(name: str) -> Iterator[dict[str, Any]]:
        made = makers.get(name, {})
        # Stable sort in the tables' order: objects sharing an id keep the order they were read in.
        for r in sorted((r for table in made for r in by[table]), key=_doc_id):
            yield made[r.table](r)

    return {name: collection(name) for name in COLLECTIONS}
