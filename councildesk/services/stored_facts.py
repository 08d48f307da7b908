"""What approved minutes rest on without printing it, read from the stored rows (format 2 on).

The printed minutes show a vote's tally and a document's title; a forger could still change
the bytes of the exhibit, the counts stored for a voice vote, a person's family name or email
(which sort and address the roll) or the meeting's status. Format 2 fingerprints these too.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

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
    meeting = s.get(Meeting, record.meeting.id)
    assert meeting is not None
    document_ids = [d.id for entry in record.items for d in entry.documents]
    vote_ids = [v.id for entry in record.items for m in entry.motions for v in m.votes]
    documents = {
        str(doc_id): hashlib.sha256(content or b"").hexdigest()
        for doc_id, content in s.execute(
            select(Document.id, Document.content).where(Document.id.in_(document_ids))
        )
    }
    votes = {
        str(v.id): {"yes": v.yes_count, "no": v.no_count, "abstain": v.abstain_count}
        for v in s.scalars(select(Vote).where(Vote.id.in_(vote_ids)))
    }
    people = {
        str(p.id): {field: getattr(p, field) for field in PERSON_FIELDS}
        for p in s.scalars(select(Person).where(Person.id.in_(people_named(record))))
    }
    return {"meeting_status": meeting.status.value, "documents": documents, "votes": votes, "people": people}


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
