"""Compare a meeting as recorded now with its approved snapshot, under the format it was approved with."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from councildesk.services.dto import MeetingRecord
from councildesk.services.minutes_snapshot import differences
from councildesk.services.shared_renames import separate_renames
from councildesk.services.snapshot_format import canonical_json, fingerprint, snapshot_format


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


def compare_with_snapshot(snapshot: str, sha256: str, version: int, record: MeetingRecord) -> Comparison:
    """How `record` stands against the approved `snapshot` (fingerprint `sha256`, format `version`).

    The current record is put into the approval's own format, so fields a DTO gained later are
    never part of the comparison.
    """
    fmt = snapshot_format(version)
    current = canonical_json(record, version)
    current_sha = fingerprint(current)
    approved = _readable(snapshot)
    if fingerprint(snapshot) != sha256 or approved is None or approved.get("format") != version:
        return Comparison(Agreement.DAMAGED, current_sha)
    if current_sha == sha256:
        return Comparison(Agreement.SAME, current_sha)
    content = json.loads(current)["minutes"]
    shared = separate_renames(approved["minutes"], content, fmt.shared)
    found = tuple(differences(approved["minutes"], shared.restored))
    renamed = (shared.renamed, shared.records, shared.reordered)
    if found:
        return Comparison(Agreement.CHANGED, current_sha, found, *renamed)
    return Comparison(Agreement.RENAMED, current_sha, (), *renamed)


def _readable(snapshot: str) -> dict[str, Any] | None:
    try:
        content = json.loads(snapshot)
    except ValueError:
        return None
    return content if isinstance(content, dict) and isinstance(content.get("minutes"), dict) else None
