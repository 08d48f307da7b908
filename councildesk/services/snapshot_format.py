"""The versioned canonical form of approved minutes: every format's fields written out one by one.

A fingerprint must mean one thing forever. So the canonical form never walks whatever a DTO
happens to hold: each format names, type by type, the fields it covers. A field added to a DTO
is invisible to every existing format; covering it takes a new format version, and each
approval is verified under the version it was approved with (`minutes_approval.snapshot_format`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.domain.rules import Tally, Threshold
from councildesk.services.dto import (
    AgendaItemDTO,
    AttendanceDTO,
    BallotDTO,
    BodyDTO,
    DocumentDTO,
    ItemRecord,
    MatterDTO,
    MeetingDTO,
    MeetingRecord,
    MotionDTO,
    QuorumDTO,
    SpeakerDTO,
    SponsorDTO,
    VoteDTO,
)


@dataclass(frozen=True)
class SharedField:
    """A value the minutes copy from a shared record (a person, the body, a seat), found at `path`
    in the canonical content (`[]` walks a list), with the key naming the record it came from."""

    kind: str  # "person", "body" or "seat"
    path: str  # e.g. "items[].motions[].votes[].ballots[]"
    id_key: str  # the field holding the shared record's id, in the same object
    field: str  # the copied value
    what: str = "name"  # how a change of it reads: "name", "title", "municipality", "label"


@dataclass(frozen=True)
class SnapshotFormat:
    version: int
    fields: Mapping[type, tuple[str, ...]]
    shared: tuple[SharedField, ...]
    left_out: str
    # Format 2 on: values read from the stored rows beside the minutes (services/stored_facts.py).
    stored: bool = False


# Format 1: exactly what approvals hashed before formats had numbers (the fields every DTO had
# then, minus the ones listed in LEFT_OUT_V1), so every approval made before still verifies.
V1_FIELDS: Mapping[type, tuple[str, ...]] = {
    MeetingRecord: ("meeting", "body", "attendance", "quorum", "items"),
    MeetingDTO: (
        "id",
        "body_id",
        "body_name",
        "municipality",
        "kind",
        "title",
        "scheduled_start",
        "called_to_order_at",
        "adjourned_at",
        "location",
        "presiding_person_id",
        "presiding_name",
        "recording_person_id",
        "recording_name",
        "notices",
        "is_sample",
    ),
    BodyDTO: (
        "id",
        "name",
        "classification",
        "parent_id",
        "municipality",
        "seat_count",
        "quorum_rule",
        "default_threshold",
    ),
    Threshold: ("fraction", "base"),
    AttendanceDTO: (
        "person_id",
        "person_name",
        "post_label",
        "role",
        "voting",
        "status",
        "arrived_at",
        "left_at",
        "remote_reason",
    ),
    QuorumDTO: ("present", "required", "seat_count", "seats_filled"),
    ItemRecord: ("item", "matter", "speakers", "motions", "documents"),
    AgendaItemDTO: (
        "id",
        "meeting_id",
        "parent_id",
        "position",
        "number",
        "depth",
        "kind",
        "title",
        "body",
        "discussion",
        "action_text",
        "consent",
        "matter_id",
        "started_at",
    ),
    MatterDTO: ("id", "identifier", "kind", "title", "full_text", "introduced_on", "sponsors"),
    SponsorDTO: ("person_id", "name", "title", "is_primary", "is_member"),
    SpeakerDTO: (
        "id",
        "agenda_item_id",
        "person_id",
        "name",
        "affiliation",
        "residence",
        "kind",
        "stance",
        "summary",
        "position",
        "started_at",
        "duration_seconds",
    ),
    MotionDTO: (
        "id",
        "agenda_item_id",
        "parent_motion_id",
        "position",
        "kind",
        "text",
        "mover_id",
        "mover_name",
        "seconder_id",
        "seconder_name",
        "disposition",
        "made_at",
        "votes",
    ),
    VoteDTO: (
        "id",
        "motion_id",
        "method",
        "threshold",
        "result",
        "computed_result",
        "declared_result",
        "tally",
        "ballots",
        "taken_at",
        "warning",
        "unanimous",
    ),
    Tally: ("yes", "no", "abstain", "absent", "excused", "recused", "present"),
    BallotDTO: ("person_id", "person_name", "option", "note"),
    DocumentDTO: ("id", "agenda_item_id", "matter_id", "title", "file_name", "media_type", "sha256", "size"),
}

LEFT_OUT_V1 = (
    "the approval state itself (approving changes it: the meeting's status and minutes status), "
    "the approvals and corrections (appended after approval and printed separately), "
    "a matter's current status (a matter outlives the meeting; its later fate is not part of these "
    "minutes), and anything a DTO gained after format 1 (for example documents' bytes, people's "
    "family names and emails)"
)

# Names the minutes copy from shared records. These records are edited in People and Bodies and
# are not locked by an approval; a later rename is reported as such, never as tampering.
SHARED_V1 = (
    SharedField("body", "meeting", "body_id", "body_name"),
    SharedField("body", "meeting", "body_id", "municipality", "municipality"),
    SharedField("body", "body", "id", "name"),
    SharedField("body", "body", "id", "municipality", "municipality"),
    SharedField("person", "meeting", "presiding_person_id", "presiding_name"),
    SharedField("person", "meeting", "recording_person_id", "recording_name"),
    SharedField("person", "attendance[]", "person_id", "person_name"),
    SharedField("person", "items[].matter.sponsors[]", "person_id", "name"),
    SharedField("person", "items[].matter.sponsors[]", "person_id", "title", "title"),
    SharedField("person", "items[].motions[]", "mover_id", "mover_name"),
    SharedField("person", "items[].motions[]", "seconder_id", "seconder_name"),
    SharedField("person", "items[].motions[].votes[].ballots[]", "person_id", "person_name"),
    # Format 1 has no seat ids: a seat is known by the member who held it that day.
    SharedField("seat", "attendance[]", "person_id", "post_label", "label"),
)

LEFT_OUT_V2 = (
    "the minutes status (approving changes it; the record chain holds the approval instead), "
    "the approvals and corrections themselves (each is an entry of the record chain, which "
    "`verify` checks), a matter's current status, people's titles, affiliations and residences "
    "as stored today (the minutes keep the names they printed), the order of business "
    "template and numbering style of the body, and anything a DTO gains after format 2"
)

LEFT_OUT_V3 = LEFT_OUT_V2.replace("after format 2", "after format 3")

# Format 3: format 2, with what the minutes print since: a linked document's address (its
# exhibit line gives the link in place of a size and SHA-256) and a tally's count of votes
# imported as 'other'. Formats 1 and 2 never saw either (an approval made under them never held
# a link or an 'other' ballot, so their approvals verify unchanged).
V3_FIELDS: Mapping[type, tuple[str, ...]] = {
    **V1_FIELDS,
    Tally: (*V1_FIELDS[Tally], "other"),
    DocumentDTO: (*V1_FIELDS[DocumentDTO], "url"),
}

LEFT_OUT_V4 = LEFT_OUT_V2.replace("after format 2", "after format 4")

# Format 4: format 3, with what the minutes print of public comment since: to whom a speaker
# yielded their time and the time limit that applied to them ("the chair limited comment to three
# minutes", frozen on the speaker's row). Approvals under formats 1 to 3 never printed either and
# verify unchanged; their minutes print as approved, without the sentence.
V4_FIELDS: Mapping[type, tuple[str, ...]] = {
    **V3_FIELDS,
    SpeakerDTO: (*V1_FIELDS[SpeakerDTO], "yielded_to_id", "limit_seconds"),
}

# Format 2: format 1's fields, plus a "stored" section with what the minutes rest on but do
# not print: each exhibit's SHA-256 computed from its bytes, each vote's stored counts, the
# names and email of every person the minutes name, and the meeting's status.
FORMATS: Mapping[int, SnapshotFormat] = {
    1: SnapshotFormat(1, V1_FIELDS, SHARED_V1, LEFT_OUT_V1),
    2: SnapshotFormat(2, V1_FIELDS, SHARED_V1, LEFT_OUT_V2, stored=True),
    3: SnapshotFormat(3, V3_FIELDS, SHARED_V1, LEFT_OUT_V3, stored=True),
    4: SnapshotFormat(4, V4_FIELDS, SHARED_V1, LEFT_OUT_V4, stored=True),
}
CURRENT_FORMAT = 4  # what new approvals are made with


def snapshot_format(version: int) -> SnapshotFormat:
    known = FORMATS.get(version)
    if known is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services",
                "These minutes were approved with fingerprint format {version}, which this "
                "version of CouncilDesk does not know; open the file with a newer "
                "CouncilDesk.",
            ),
            version=version,
        )
    return known


def _fields_of(value: object, fields: Mapping[type, tuple[str, ...]]) -> tuple[str, ...]:
    # Walk the class's bases so a subclass of a DTO keeps exactly the fields of the DTO it extends.
    for cls in type(value).__mro__:
        if cls in fields:
            return fields[cls]
    raise TypeError(f"{type(value).__name__} has no place in the canonical form of approved minutes")


def _plain(value: Any, fields: Mapping[type, tuple[str, ...]]) -> Any:
    """A JSON-ready copy holding only the format's fields: enums by value, dates in ISO form."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v, fields) for v in value]
    return {name: _plain(getattr(value, name), fields) for name in _fields_of(value, fields)}


def canonical_content(
    record: MeetingRecord, version: int = CURRENT_FORMAT, stored: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    fmt = snapshot_format(version)
    content = _plain(record, fmt.fields)
    assert isinstance(content, dict)
    if not fmt.stored:
        return {"format": version, "minutes": content}
    if stored is None:
        raise TypeError(f"format {version} covers stored values; pass them (services.stored_facts)")
    return {"format": version, "minutes": content, "stored": dict(stored)}


def canonical_json(
    record: MeetingRecord, version: int = CURRENT_FORMAT, stored: Mapping[str, Any] | None = None
) -> str:
    """Sorted keys, no spaces, UTF-8 kept: the same content always gives the same text."""
    return json.dumps(
        canonical_content(record, version, stored), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
