"""What approved minutes rest on without printing it, read from the stored rows (format 2 on).

The printed minutes show a vote's tally and a document's title; a forger could still change
the bytes of the exhibit, the counts stored for a voice vote, a person's family name or email
(which sort and address the roll) or the meeting's status. Format 2 fingerprints these too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.base import Base
from councildesk.db.models import AuditLog, Document, Meeting, Person, Vote
from councildesk.domain.messages import QT_TRANSLATE_NOOP, said
from councildesk.services.dto import MeetingRecord

PERSON_FIELDS = ("display_name", "given_name", "family_name", "honorific", "email")
# How each reads inside a sentence ("person 12's family name …"), declared.
FIELD_LABELS = {
    "display_name": QT_TRANSLATE_NOOP("services", "display name"),
    "given_name": QT_TRANSLATE_NOOP("services", "given name"),
    "family_name": QT_TRANSLATE_NOOP("services", "family name"),
    "honorific": QT_TRANSLATE_NOOP("services", "honorific"),
    "email": QT_TRANSLATE_NOOP("services", "email"),
}


def field_label(field: str) -> str:
    """A person field as a sentence names it: the declared noun, or the column's words."""
    return FIELD_LABELS.get(field) or field.replace("_", " ")


def people_named(record: MeetingRecord) -> set[int]:
    """Every person the minutes name: chair, clerk, roll, sponsors, speakers, movers, ballots."""
    found = {record.meeting.presiding_person_id, record.meeting.recording_person_id}
    found |= {a.person_id for a in record.attendance}
    for entry in record.items:
        if entry.matter is not None:
            found |= {sp.person_id for sp in entry.matter.sponsors}
        found |= {sp.person_id for sp in entry.speakers}
        for motion in entry.motions:
            found |= {motion.mover_id, motion.seconder_id}
            for vote in motion.votes:
                found |= {b.person_id for b in vote.ballots}
    return {p for p in found if p is not None}


def stored_facts(s: Session, record: MeetingRecord) -> dict[str, Any]:
    """The "stored" section of a format-2 snapshot (ids as text keys, so the JSON sorts them)."""
    return stored_facts_of(s, [record])[record.meeting.id]


def stored_facts_of(s: Session, records: Collection[MeetingRecord]) -> dict[int, dict[str, Any]]:
    """`stored_facts` of many meetings by meeting id, each table read once for them all (an
    exhibit's bytes a meeting at a time, so that a batch never holds every file at once)."""
    meetings = {m.id: m for m in _rows(s, Meeting, {r.meeting.id for r in records})}
    vote_ids = {v.id for r in records for entry in r.items for m in entry.motions for v in m.votes}
    votes = {
        v.id: {"yes": v.yes_count, "no": v.no_count, "abstain": v.abstain_count}
        for v in _rows(s, Vote, vote_ids)
    }
    named = {r.meeting.id: people_named(r) for r in records}
    people = {
        p.id: {field: getattr(p, field) for field in PERSON_FIELDS}
        for p in _rows(s, Person, set().union(*named.values()))
    }
    found = {}
    for record in records:
        meeting = meetings.get(record.meeting.id)
        assert meeting is not None
        found[meeting.id] = {
            "meeting_status": meeting.status.value,
            "documents": _document_hashes(s, [d.id for entry in record.items for d in entry.documents]),
            "votes": {
                str(v.id): votes[v.id]
                for entry in record.items
                for m in entry.motions
                for v in m.votes
                if v.id in votes
            },
            "people": {str(p): people[p] for p in named[meeting.id] if p in people},
        }
    return found


def _rows[T: Base](s: Session, model: type[T], ids: set[int]) -> list[T]:
    if not ids:
        return []
    return list(s.scalars(select(model).where(model.id.in_(ids))))  # type: ignore[attr-defined]


def _document_hashes(s: Session, document_ids: list[int]) -> dict[str, str]:
    """Each exhibit's SHA-256 computed from the bytes stored now (a linked one's: of no bytes)."""
    if not document_ids:
        return {}
    return {
        str(doc_id): hashlib.sha256(content or b"").hexdigest()
        for doc_id, content in s.execute(
            select(Document.id, Document.content).where(Document.id.in_(document_ids))
        )
    }


def unaudited_people(s: Session, person_ids: set[int]) -> list[str]:
    """People whose stored names or email differ from what the audit log last recorded for them:
    changed behind CouncilDesk's back, one Sentence each. People the log never saw created (bulk
    samples) are skipped."""
    found: list[str] = []
    entries = s.execute(
        select(AuditLog.entity_id, AuditLog.action, AuditLog.after)
        .where(AuditLog.entity == "person", AuditLog.entity_id.in_(person_ids))
        .order_by(AuditLog.id)
    )
    logged: dict[int, dict[str, Any]] = {}
    for person_id, action, after in entries:
        if person_id is None:
            continue
        if action == "create":
            logged[person_id] = {}
        if person_id in logged and after:
            logged[person_id].update(json.loads(after))
    for person in s.scalars(select(Person).where(Person.id.in_(logged)).order_by(Person.id)):
        values = logged[person.id]
        for field in PERSON_FIELDS:
            if field in values and values[field] != getattr(person, field):
                found.append(
                    said(
                        BEHIND_BACK,
                        id=person.id,
                        what=field_label(field),
                        now=repr(getattr(person, field)),
                        logged=repr(values[field]),
                    )
                )
    return found


BEHIND_BACK = QT_TRANSLATE_NOOP(
    "services", "person {id}'s {what} is {now}, but the audit log last recorded {logged}"
)
