"""Approved snapshots read back: a readable diff of two snapshots and the typed record they hold.

The canonical form itself (which fields each format covers) lives in `snapshot_format`.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from councildesk.domain.messages import QT_TRANSLATE_NOOP, Joined, Message, Sentence, said
from councildesk.services.dto import MeetingRecord
from councildesk.services.snapshot_format import canonical_json, fingerprint, snapshot_format
from councildesk.services.typed_json import from_json

__all__ = ["canonical_json", "differences", "fingerprint", "record_from_snapshot"]


def differences(approved: Any, current: Any, limit: int = 20) -> list[str]:
    """Readable lines naming where two snapshots differ, e.g.
    `item 1.1 › motion 1 › vote 1 › ballot of Ward 1 Councilor › option: 'no' → 'yes'`: each a
    Sentence (English as a str, `translated()` in the reader's language; field names stay as stored)."""
    found: list[str] = []
    a = approved.get("minutes", approved) if isinstance(approved, dict) else approved
    b = current.get("minutes", current) if isinstance(current, dict) else current
    _diff(a, b, [], found, limit)
    return found


# How an entry of each list is named in a difference: by its number or person where it has one.
ENTRY_NAMES = {
    "motions": QT_TRANSLATE_NOOP("services", "motion {n}"),
    "votes": QT_TRANSLATE_NOOP("services", "vote {n}"),
    "speakers": QT_TRANSLATE_NOOP("services", "speaker {n}"),
    "documents": QT_TRANSLATE_NOOP("services", "document {n}"),
    "items": QT_TRANSLATE_NOOP("services", "item {n}"),
}
REMOVED = QT_TRANSLATE_NOOP("services", "{where}: removed")
ADDED = QT_TRANSLATE_NOOP("services", "{where}: added")
COUNTED = QT_TRANSLATE_NOOP("services", "{where}: {approved} approved, {now} now")
CHANGED = QT_TRANSLATE_NOOP("services", "{where}: {before} → {after}")


# The snapshot's fields a difference names, declared under their own names (the English line shows
# the field as stored; another language names it in words: 'le texte', 'el recuento').
FIELD_NAMES = {
    "text": QT_TRANSLATE_NOOP("services", "text"),
    "option": QT_TRANSLATE_NOOP("services", "option"),
    "tally": QT_TRANSLATE_NOOP("services", "tally"),
    "yes": QT_TRANSLATE_NOOP("services", "yes"),
    "no": QT_TRANSLATE_NOOP("services", "no"),
    "abstain": QT_TRANSLATE_NOOP("services", "abstain"),
    "absent": QT_TRANSLATE_NOOP("services", "absent"),
    "excused": QT_TRANSLATE_NOOP("services", "excused"),
    "recused": QT_TRANSLATE_NOOP("services", "recused"),
    "present": QT_TRANSLATE_NOOP("services", "present"),
    "other": QT_TRANSLATE_NOOP("services", "other"),
    "title": QT_TRANSLATE_NOOP("services", "title"),
    "number": QT_TRANSLATE_NOOP("services", "number"),
    "kind": QT_TRANSLATE_NOOP("services", "kind"),
    "disposition": QT_TRANSLATE_NOOP("services", "disposition"),
    "result": QT_TRANSLATE_NOOP("services", "result"),
    "method": QT_TRANSLATE_NOOP("services", "method"),
    "discussion": QT_TRANSLATE_NOOP("services", "discussion"),
    "action_text": QT_TRANSLATE_NOOP("services", "action_text"),
    "note": QT_TRANSLATE_NOOP("services", "note"),
    "summary": QT_TRANSLATE_NOOP("services", "summary"),
    "name": QT_TRANSLATE_NOOP("services", "name"),
    "person_name": QT_TRANSLATE_NOOP("services", "person_name"),
    "mover_name": QT_TRANSLATE_NOOP("services", "mover_name"),
    "seconder_name": QT_TRANSLATE_NOOP("services", "seconder_name"),
    "location": QT_TRANSLATE_NOOP("services", "location"),
    "scheduled_start": QT_TRANSLATE_NOOP("services", "scheduled_start"),
    "called_to_order_at": QT_TRANSLATE_NOOP("services", "called_to_order_at"),
    "adjourned_at": QT_TRANSLATE_NOOP("services", "adjourned_at"),
    "status": QT_TRANSLATE_NOOP("services", "status"),
    "remote_reason": QT_TRANSLATE_NOOP("services", "remote_reason"),
    "post_label": QT_TRANSLATE_NOOP("services", "post_label"),
    "stance": QT_TRANSLATE_NOOP("services", "stance"),
    "residence": QT_TRANSLATE_NOOP("services", "residence"),
    "affiliation": QT_TRANSLATE_NOOP("services", "affiliation"),
    "full_text": QT_TRANSLATE_NOOP("services", "full_text"),
    "identifier": QT_TRANSLATE_NOOP("services", "identifier"),
    "threshold": QT_TRANSLATE_NOOP("services", "threshold"),
    "fraction": QT_TRANSLATE_NOOP("services", "fraction"),
    "base": QT_TRANSLATE_NOOP("services", "base"),
    "unanimous": QT_TRANSLATE_NOOP("services", "unanimous"),
    "declared_result": QT_TRANSLATE_NOOP("services", "declared_result"),
    "computed_result": QT_TRANSLATE_NOOP("services", "computed_result"),
    "taken_at": QT_TRANSLATE_NOOP("services", "taken_at"),
    "made_at": QT_TRANSLATE_NOOP("services", "made_at"),
    "started_at": QT_TRANSLATE_NOOP("services", "started_at"),
    "url": QT_TRANSLATE_NOOP("services", "url"),
    "file_name": QT_TRANSLATE_NOOP("services", "file_name"),
    "limit_seconds": QT_TRANSLATE_NOOP("services", "limit_seconds"),
    "body_name": QT_TRANSLATE_NOOP("services", "body_name"),
}


def _field(key: str) -> str:
    return FIELD_NAMES.get(key, key)


def _entry_name(key: str, index: int, entry: Any) -> str:
    if isinstance(entry, dict):
        if key == "items" and isinstance(entry.get("item"), dict):
            return said(ENTRY_NAMES["items"], n=entry["item"].get("number") or index + 1)
        if key in ("ballots", "attendance") and entry.get("person_name"):
            of = QT_TRANSLATE_NOOP("services", "ballot of {name}")
            if key == "attendance":
                of = QT_TRANSLATE_NOOP("services", "attendance of {name}")
            return said(of, name=entry["person_name"])
    if key in ENTRY_NAMES:
        return said(ENTRY_NAMES[key], n=index + 1)
    return f"{key} {index + 1}"


def _where(path: list[str]) -> Joined:
    return Joined(tuple(path), " › ")


def _diff(a: Any, b: Any, path: list[str], found: list[str], limit: int) -> None:
    if len(found) >= limit or a == b:
        return
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in b:
                found.append(Sentence(Message(REMOVED, {"where": _where([*path, _field(key)])})))
            elif key not in a:
                found.append(Sentence(Message(ADDED, {"where": _where([*path, _field(key)])})))
            elif isinstance(a[key], list) and isinstance(b[key], list):
                if len(a[key]) != len(b[key]):
                    counts = {
                        "where": _where([*path, _field(key)]),
                        "approved": len(a[key]),
                        "now": len(b[key]),
                    }
                    found.append(Sentence(Message(COUNTED, counts)))
                for i, (x, y) in enumerate(zip(a[key], b[key], strict=False)):
                    _diff(x, y, [*path, _entry_name(key, i, x)], found, limit)
            else:
                _diff(a[key], b[key], [*path, _field(key)], found, limit)
            if len(found) >= limit:
                return
        return
    found.append(Sentence(Message(CHANGED, {"where": _where(path), "before": _short(a), "after": _short(b)})))


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "…"


def record_from_snapshot(snapshot: str, live: MeetingRecord) -> MeetingRecord:
    """The meeting exactly as approved, rebuilt from its snapshot; what the snapshot leaves out
    (approval state, approvals, corrections, matters' current status) comes from `live`."""
    content = json.loads(snapshot)
    snapshot_format(int(content.get("format", 0)))  # a UserError for a format this version does not know
    data = dict(content["minutes"])
    data["approvals"], data["corrections"] = [], []
    data["meeting"] = {
        **data["meeting"],
        "minutes_status": live.meeting.minutes_status.value,
        "status": live.meeting.status.value,
    }
    status = {e.matter.id: e.matter.status.value for e in live.items if e.matter}
    for entry in data["items"]:
        if entry.get("matter"):
            entry["matter"] = {**entry["matter"], "status": status.get(entry["matter"]["id"], "adopted")}
    record = from_json(MeetingRecord, data)
    return dataclasses.replace(record, approvals=live.approvals, corrections=live.corrections)
