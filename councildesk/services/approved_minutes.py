"""Compare a meeting as recorded now with its approved snapshot, under the format it was approved with."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from councildesk.domain.messages import QT_TRANSLATE_NOOP, said
from councildesk.services.dto import MeetingRecord
from councildesk.services.minutes_snapshot import differences
from councildesk.services.shared_renames import separate_renames
from councildesk.services.snapshot_format import canonical_json, fingerprint, snapshot_format
from councildesk.services.stored_facts import field_label


class Agreement(StrEnum):
    SAME = "same"  # the records give exactly the approved snapshot
    RENAMED = "renamed"  # the approved text is unchanged; shared records were renamed since
    CHANGED = "changed"  # the records differ from the approved text
    DAMAGED = "damaged"  # the stored snapshot no longer matches its own fingerprint


@dataclass(frozen=True)
class Comparison:
    agreement: Agreement
    current_sha256: str
    differences: tuple[str, ...] = ()  # what changed beyond renames, named as approved
    renamed: tuple[str, ...] = ()
    renamed_records: int = 0
    roll_reordered: bool = False


def compare_with_snapshot(
    snapshot: str, sha256: str, version: int, record: MeetingRecord, stored: dict[str, Any] | None = None
) -> Comparison:
    """How `record` stands against the approved `snapshot` (fingerprint `sha256`, format `version`).

    The current record is put into the approval's own format, so fields a DTO gained later are
    never part of the comparison.
    """
    fmt = snapshot_format(version)
    current = canonical_json(record, version, stored if fmt.stored else None)
    current_sha = fingerprint(current)
    approved = _readable(snapshot)
    if fingerprint(snapshot) != sha256 or approved is None or approved.get("format") != version:
        return Comparison(Agreement.DAMAGED, current_sha)
    if current_sha == sha256:
        return Comparison(Agreement.SAME, current_sha)
    content = json.loads(current)["minutes"]
    shared = separate_renames(approved["minutes"], content, fmt.shared)
    found = list(differences(approved["minutes"], shared.restored))
    renamed_lines = list(shared.renamed)
    records = shared.records
    if fmt.stored:
        changed, people = _stored_differences(approved.get("stored", {}), json.loads(current)["stored"])
        found += changed
        renamed_lines += people
        records += len({line.split("'s ")[0] for line in people})
    renamed = (tuple(renamed_lines), records, shared.reordered)
    if found:
        return Comparison(Agreement.CHANGED, current_sha, tuple(found), *renamed)
    if not renamed_lines and not shared.reordered:
        differs = said(QT_TRANSLATE_NOOP("services", "the stored content differs from the approved"))
        return Comparison(Agreement.CHANGED, current_sha, (differs,))
    return Comparison(Agreement.RENAMED, current_sha, (), *renamed)


def _stored_differences(approved: dict[str, Any], current: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(changes, renames) between two "stored" sections: a person's names and email are shared
    records (renames), everything else is part of the approved minutes."""
    changes: list[str] = []
    if approved.get("meeting_status") != current.get("meeting_status"):
        status = QT_TRANSLATE_NOOP("services", "meeting status: {before} → {after}")
        changes.append(
            said(
                status, before=repr(approved.get("meeting_status")), after=repr(current.get("meeting_status"))
            )
        )
    for key, label in STORED_LABELS.items():
        a, b = approved.get(key, {}), current.get(key, {})
        for ident in sorted(set(a) | set(b), key=int):
            if a.get(ident) != b.get(ident):
                changes.append(said(label, id=ident, before=repr(a.get(ident)), after=repr(b.get(ident))))
    people: list[str] = []
    a, b = approved.get("people", {}), current.get("people", {})
    for ident in sorted(set(a) | set(b), key=int):
        before, after = a.get(ident) or {}, b.get(ident) or {}
        for field in sorted(set(before) | set(after)):
            # A display name is printed, so the minutes' own rename check has named it already.
            if field != "display_name" and before.get(field) != after.get(field):
                line = QT_TRANSLATE_NOOP("services", "person {id}'s {what} {before} → {after}")
                values = {"before": repr(before.get(field)), "after": repr(after.get(field))}
                people.append(said(line, id=ident, what=field_label(field), **values))
    return changes, people


STORED_LABELS = {
    "documents": QT_TRANSLATE_NOOP("services", "document {id} bytes (SHA-256): {before} → {after}"),
    "votes": QT_TRANSLATE_NOOP("services", "vote {id} stored counts: {before} → {after}"),
}


def _readable(snapshot: str) -> dict[str, Any] | None:
    try:
        content = json.loads(snapshot)
    except ValueError:
        return None
    return content if isinstance(content, dict) and isinstance(content.get("minutes"), dict) else None
