"""Approvals and corrections as they travel with a meeting in open-data files, and re-made on import.

The frozen snapshot names records by this database's row ids, which mean nothing in another file.
So an export carries it in a portable form, each row id replaced by the export key of its record
(keys are the same whatever format a database was built from), with that text's SHA-256; an
import puts the new database's ids in their place and records the approval along the approval
service's own path (`audit.created`: the chain guard lets it in and the record chain links it).
The re-made snapshot is what was approved, in the new ids: if the file's records were edited
after export, the import says so and `verify` reports the minutes as TAMPERED.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from councildesk.db.models import Correction, Meeting, MinutesApproval
from councildesk.domain.enums import ApprovalManner, MinutesStatus
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services import audit
from councildesk.services.meeting_record_service import load_meeting_record
from councildesk.services.snapshot_format import canonical_content, fingerprint, snapshot_format
from councildesk.services.stored_facts import stored_facts

EXTENSION = "councildesk_approval"  # the key under an event's extras in OCD and Popolo

# Where the canonical form holds row ids: the objects at each path, their id fields and tables.
ID_FIELDS: dict[str, dict[str, str]] = {
    "minutes.meeting": {
        "id": "meeting",
        "body_id": "body",
        "presiding_person_id": "person",
        "recording_person_id": "person",
    },
    "minutes.body": {"id": "body", "parent_id": "body"},
    "minutes.attendance[]": {"person_id": "person"},
    "minutes.items[].item": {
        "id": "agenda_item",
        "meeting_id": "meeting",
        "parent_id": "agenda_item",
        "matter_id": "matter",
    },
    "minutes.items[].matter": {"id": "matter"},
    "minutes.items[].matter.sponsors[]": {"person_id": "person"},
    "minutes.items[].speakers[]": {
        "id": "speaker",
        "agenda_item_id": "agenda_item",
        "person_id": "person",
        "yielded_to_id": "speaker",
    },
    "minutes.items[].motions[]": {
        "id": "motion",
        "agenda_item_id": "agenda_item",
        "parent_motion_id": "motion",
        "mover_id": "person",
        "seconder_id": "person",
    },
    "minutes.items[].motions[].votes[]": {"id": "vote", "motion_id": "motion"},
    "minutes.items[].motions[].votes[].ballots[]": {"person_id": "person"},
    "minutes.items[].documents[]": {"id": "document", "agenda_item_id": "agenda_item", "matter_id": "matter"},
}
# Format 2's "stored" section is keyed by row id (as text).
ID_KEYED: dict[str, str] = {"stored.documents": "document", "stored.votes": "vote", "stored.people": "person"}

Find = Callable[[str, str], int | None]  # (table, export key) → this database's row id


def _objects(content: Any, path: str) -> Iterator[dict[str, Any]]:
    """Every object found at `path` ('a.b[].c': `[]` walks a list)."""
    nodes = [content]
    for step in path.split("."):
        name, many = (step[:-2], True) if step.endswith("[]") else (step, False)
        nxt = []
        for node in nodes:
            value = node.get(name) if isinstance(node, dict) else None
            if many:
                nxt += [v for v in value or [] if isinstance(v, dict)]
            elif isinstance(value, dict):
                nxt.append(value)
        nodes = nxt
    yield from nodes


def _translated(content: dict[str, Any], swap: Callable[[str, Any], Any]) -> dict[str, Any]:
    """A copy of the content with every row id (or key) replaced by `swap(table, value)`."""
    return _translate(json.loads(json.dumps(content)), swap)  # a deep copy to rewrite in place


def _translate(out: dict[str, Any], swap: Callable[[str, Any], Any]) -> dict[str, Any]:
    """`out` itself with every row id (or key) replaced by `swap(table, value)`."""
    for path, fields in ID_FIELDS.items():
        for obj in _objects(out, path):
            for f, table in fields.items():
                if obj.get(f) is not None:
                    obj[f] = swap(table, obj[f])
    for path, table in ID_KEYED.items():
        for obj in _objects(out, path):
            old = dict(obj)
            obj.clear()
            obj.update({str(swap(table, int(k) if k.isdigit() else k)): v for k, v in old.items()})
    return out


VOTES = "minutes.items[].motions[].votes[]"


def _ballots_sorted(content: dict[str, Any]) -> None:
    # Ballots sit in the frozen snapshot in the order their rows were written, which no file keeps
    # (OCD lists them by name): the carried form sorts them by voter, an import puts them back in
    # the order it wrote them. The ballots themselves, and so any change to one, stay as approved.
    for vote in _objects(content, VOTES):
        if isinstance(vote.get("ballots"), list):
            vote["ballots"].sort(key=lambda b: str(b.get("person_id")))


def _ballots_as_written(content: dict[str, Any], current: dict[str, Any]) -> None:
    """Each vote's ballots in the order the import wrote them (one person votes once in a vote)."""
    written = {
        v.get("id"): [b.get("person_id") for b in v.get("ballots") or []] for v in _objects(current, VOTES)
    }
    for vote in _objects(content, VOTES):
        order = {person: n for n, person in enumerate(written.get(vote.get("id")) or [])}
        if isinstance(vote.get("ballots"), list):
            vote["ballots"].sort(key=lambda b: order.get(b.get("person_id"), len(order)))


def _dumps(content: dict[str, Any]) -> str:
    # The same text canonical_json writes: sorted keys, no spaces, UTF-8 kept.
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# -- export ---------------------------------------------------------------------------------------


def carried_approvals(s: Session, key: Callable[[str, int], str]) -> dict[int, dict[str, Any]]:
    """Each approved meeting's extension (meeting id → JSON-ready dict), its records named by `key`.

    The snapshot travels in a portable form: the frozen snapshot with each row id replaced by the
    export key of its record and ballots sorted by voter, with the SHA-256 of that text. The keys
    are the same whatever format a database was built from, so the same approval exported from a
    database that imported it gives the same bytes."""
    out: dict[int, dict[str, Any]] = {}
    corrections: dict[int, list[Correction]] = {}
    for c in s.scalars(select(Correction).order_by(Correction.id)):
        corrections.setdefault(c.meeting_id, []).append(c)
    # The snapshots in the same query (deferred, each would be a query of its own: 1,527 for a city).
    approvals = select(MinutesApproval).options(undefer(MinutesApproval.snapshot))
    for a in s.scalars(approvals.order_by(MinutesApproval.meeting_id, MinutesApproval.version)):
        # A text just parsed is nobody else's: its ids are rewritten in place, not in a copy.
        portable = _translate(json.loads(a.snapshot), lambda table, row_id: key(table, int(row_id)))
        _ballots_sorted(portable)
        snapshot = _dumps(portable)
        out[a.meeting_id] = {
            "version": a.version,
            "approved_on": a.approved_on.isoformat(),
            "manner": a.manner.value,
            "approving_meeting": key("meeting", a.approving_meeting_id) if a.approving_meeting_id else None,
            "approving_vote": key("vote", a.approving_vote_id) if a.approving_vote_id else None,
            "snapshot_format": a.snapshot_format,
            "snapshot": snapshot,
            "sha256": fingerprint(snapshot),
            "recorded_at": a.recorded_at.isoformat(timespec="seconds"),
            "corrections": [
                {
                    "made_on": c.made_on.isoformat(),
                    "reason": c.reason,
                    "entity": c.entity,
                    "entity_key": key(c.entity, c.entity_id)
                    if c.entity in ("meeting", "agenda_item") and c.entity_id
                    else None,
                    "field": c.field,
                    "before": c.before,
                    "after": c.after,
                    "recorded_at": c.recorded_at.isoformat(timespec="seconds"),
                }
                for c in corrections.get(a.meeting_id, [])
            ],
        }
    return out


# -- import ---------------------------------------------------------------------------------------


def _text(carried: dict[str, Any], name: str, where: str) -> str:
    value = carried.get(name)
    if not isinstance(value, str) or not value:
        raise UserError(
            QT_TRANSLATE_NOOP("services", "{where}, field 'extras.{extension}.{name}': expected text."),
            where=where,
            extension=EXTENSION,
            name=name,
        )
    return value


def _day(carried: dict[str, Any], name: str, where: str) -> date:
    try:
        return date.fromisoformat(_text(carried, name, where))
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services", "{where}, field 'extras.{extension}.{name}': expected a date (YYYY-MM-DD)."
            ),
            where=where,
            extension=EXTENSION,
            name=name,
        ) from None


def _moment(carried: dict[str, Any], name: str) -> datetime | None:
    value = carried.get(name)
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None) if isinstance(value, str) else None
    except ValueError:
        return None


def restore_approval(
    s: Session, meeting_id: int, carried: Any, where: str, find: Find
) -> tuple[int, int, list[str]]:
    """Re-make a meeting's carried approval and corrections; (approvals, corrections, warnings).

    A meeting that already has its approval (our own export imported again) keeps it; only
    corrections it does not hold yet are added."""
    if not isinstance(carried, dict):
        raise UserError(
            QT_TRANSLATE_NOOP("services", "{where}, field 'extras.{extension}': expected an object."),
            where=where,
            extension=EXTENSION,
        )
    meeting = s.get(Meeting, meeting_id)
    assert meeting is not None
    day = f"{meeting.scheduled_start.day} {meeting.scheduled_start:%B %Y}"
    warnings: list[str] = []
    made = 0
    has = s.scalar(select(MinutesApproval.id).where(MinutesApproval.meeting_id == meeting_id).limit(1))
    if has is None:
        made, said = _approval(s, meeting, day, carried, where, find)
        warnings += said
        if not made:
            return 0, 0, warnings
    added = _corrections(s, meeting_id, carried.get("corrections") or [], where, find)
    return made, added, warnings


def _approval(
    s: Session, meeting: Meeting, day: str, carried: dict[str, Any], where: str, find: Find
) -> tuple[int, list[str]]:
    version = carried.get("snapshot_format")
    if not isinstance(version, int) or isinstance(version, bool):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services", "{where}, field 'extras.{extension}.snapshot_format': expected a whole number."
            ),
            where=where,
            extension=EXTENSION,
        )
    fmt = snapshot_format(version)
    carried_text = _text(carried, "snapshot", where)
    sha256 = _text(carried, "sha256", where)
    try:
        manner = ApprovalManner(str(carried.get("manner")))
    except ValueError:
        allowed = ", ".join(m.value for m in ApprovalManner)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services", "{where}, field 'extras.{extension}.manner': expected one of {allowed}."
            ),
            where=where,
            extension=EXTENSION,
            allowed=allowed,
        ) from None
    warnings: list[str] = []
    if fingerprint(carried_text) != sha256:
        warnings.append(
            f"{where}: the approved snapshot of the minutes of {day} does not match its own SHA-256; "
            "it was changed after approval, and verify will report these minutes as TAMPERED."
        )
    try:
        content = json.loads(carried_text)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("services", "{where}, field 'extras.{extension}.snapshot': it is not JSON."),
            where=where,
            extension=EXTENSION,
        ) from None
    missing: list[str] = []

    def swap(table: str, key: Any) -> Any:
        found = find(table, key) if isinstance(key, str) else None
        if found is None:
            missing.append(f"{table.replace('_', ' ')} {key}")
            return key
        return found

    content = _translated(content, swap)
    current = _current(s, meeting.id, version)
    _ballots_as_written(content, current)
    approving_key = carried.get("approving_meeting")
    approving = find("meeting", approving_key) if isinstance(approving_key, str) else None
    if approving is None:
        warnings.append(
            f"{where}: the minutes of {day} were approved at a meeting that is not in the file or the "
            "database; their approval could not be recorded, so verify will report them TAMPERED."
        )
        return 0, warnings
    vote_key = carried.get("approving_vote")
    approval = MinutesApproval(
        meeting_id=meeting.id,
        version=carried.get("version") if isinstance(carried.get("version"), int) else 1,
        approved_on=_day(carried, "approved_on", where),
        approving_meeting_id=approving,
        approving_vote_id=find("vote", vote_key) if isinstance(vote_key, str) else None,
        manner=manner,
        snapshot_format=fmt.version,
    )
    approval.snapshot = _dumps(content)
    approval.sha256 = fingerprint(approval.snapshot)
    recorded = _moment(carried, "recorded_at")
    if recorded is not None:
        approval.recorded_at = recorded
    audit.created(s, approval)
    if meeting.minutes_status is not MinutesStatus.APPROVED:
        audit.updated(s, meeting, {"minutes_status": MinutesStatus.APPROVED})
    if missing:
        warnings.append(
            f"{where}: the approved minutes of {day} name records the file does not carry "
            f"({', '.join(sorted(set(missing))[:5])}); verify will report them TAMPERED."
        )
    elif _dumps(current) != approval.snapshot:
        warnings.append(
            f"{where}: the minutes of {day} in this file differ from the minutes approved on "
            f"{approval.approved_on.isoformat()}; they were changed after approval, and verify "
            "will report them TAMPERED."
        )
    return 1, warnings


def _current(s: Session, meeting_id: int, version: int) -> dict[str, Any]:
    """The imported meeting's canonical content under `version`, as verify will compute it."""
    s.flush()
    record = load_meeting_record(s, meeting_id)
    stored = stored_facts(s, record) if snapshot_format(version).stored else None
    return canonical_content(record, version, stored)


def _corrections(s: Session, meeting_id: int, carried: Any, where: str, find: Find) -> int:
    if not isinstance(carried, list):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services", "{where}, field 'extras.{extension}.corrections': expected a list."
            ),
            where=where,
            extension=EXTENSION,
        )
    held = {
        (c.made_on, c.reason, c.field, c.before, c.after)
        for c in s.scalars(select(Correction).where(Correction.meeting_id == meeting_id))
    }
    added = 0
    for i, c in enumerate(carried):
        at = f"{where}, correction {i + 1}"
        if not isinstance(c, dict):
            raise UserError(QT_TRANSLATE_NOOP("services", "{at}: expected an object."), at=at)
        made_on = _day(c, "made_on", at)
        reason = _text(c, "reason", at)
        texts = {
            name: c[name] if isinstance(c.get(name), str) else "" for name in ("field", "before", "after")
        }
        if (made_on, reason, texts["field"], texts["before"], texts["after"]) in held:
            continue  # our own export imported again
        entity = "agenda_item" if c.get("entity") == "agenda_item" else "meeting"
        key = c.get("entity_key")
        entity_id = find(entity, key) if isinstance(key, str) else None
        row = Correction(
            meeting_id=meeting_id,
            made_on=made_on,
            reason=reason,
            entity=entity,
            entity_id=entity_id if entity_id is not None or entity != "meeting" else meeting_id,
            **texts,
        )
        recorded = _moment(c, "recorded_at")
        if recorded is not None:
            row.recorded_at = recorded
        audit.created(s, row)
        added += 1
    return added
