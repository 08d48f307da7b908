"""Which published meetings a run of audit entries touched, so that a re-publish redraws only those."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from councildesk.services.dto import AuditEntryDTO

# Entities recorded under one meeting, and the field of their audit values that leads to it.
BY_FIELD = {
    "meeting": None,  # the entry's own id
    "agenda_item": "meeting_id",
    "attendance": "meeting_id",
    "minutes_approval": "meeting_id",
    "correction": "meeting_id",
    "motion": "agenda_item_id",
    "speaker": "agenda_item_id",
    "document": "agenda_item_id",
    "vote": "motion_id",
    "ballot": "vote_id",
}
# Where a field's id is looked up when it names a row below the meeting.
FIELD_KIND = {"agenda_item_id": "item", "motion_id": "motion", "vote_id": "vote"}
OWN_KIND = {"agenda_item": "item", "motion": "motion", "vote": "vote"}


def _sides(entry: AuditEntryDTO) -> list[dict[str, object]]:
    """The row's values before and after the change (one of them for a creation or a deletion)."""
    out = []
    for text in (entry.before, entry.after):
        try:
            loaded = json.loads(text) if text else None
        except ValueError:
            continue
        if isinstance(loaded, dict):
            out.append(loaded)
    return out


def touched_meetings(entries: Iterable[AuditEntryDTO], index: Mapping[str, int]) -> set[int] | None:
    """The meetings the entries changed, or None when one changed something wider (a person, a
    body, a matter) or a row this publish cannot place: then the whole site is read again.

    `index` maps "item:ID", "motion:ID" and "vote:ID" to their meeting, as last published.
    """
    known = dict(index)
    touched: set[int] = set()
    for entry in sorted(entries, key=lambda e: e.id):  # oldest first: a new item before its motions
        meetings = _meetings_of(entry, known)
        if not meetings:
            return None
        touched |= meetings
        own = OWN_KIND.get(entry.entity)
        if own and entry.entity_id is not None:
            known[f"{own}:{entry.entity_id}"] = max(meetings)
    return touched


def _meetings_of(entry: AuditEntryDTO, known: Mapping[str, int]) -> set[int] | None:
    """The meetings one entry changed (both, when a row moved from one to another)."""
    if entry.entity not in BY_FIELD:
        return None
    field = BY_FIELD[entry.entity]
    if field is None:
        return {int(entry.entity_id)} if entry.entity_id is not None else None
    found: set[int] = set()
    own = OWN_KIND.get(entry.entity)
    if own and f"{own}:{entry.entity_id}" in known:
        found.add(known[f"{own}:{entry.entity_id}"])
    for values in _sides(entry):
        value = values.get(field)
        if not isinstance(value, int):
            continue
        if field == "meeting_id":
            found.add(value)
        elif f"{FIELD_KIND[field]}:{value}" in known:
            found.add(known[f"{FIELD_KIND[field]}:{value}"])
        else:
            return None  # under a row this publish cannot place: read everything
    return found or None
