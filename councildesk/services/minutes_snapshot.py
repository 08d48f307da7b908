"""The canonical, deterministic JSON of what a meeting's minutes print, its SHA-256 and a diff."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date, datetime
from enum import Enum
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

from councildesk.services.dto import MeetingRecord

# Left out of the fingerprint: the approval state itself (approval changes it), the approvals and
# corrections (appended after approval, listed separately), and a matter's current status
# (a matter outlives the meeting; its later fate is not part of these minutes).
EXCLUDED: dict[str, frozenset[str]] = {
    "MeetingRecord": frozenset({"approvals", "corrections"}),
    "MeetingDTO": frozenset({"minutes_status", "status"}),
    "MatterDTO": frozenset({"status"}),
}
SNAPSHOT_FORMAT = 1


def _plain(value: Any) -> Any:
    """A JSON-ready copy of a DTO tree: enums by value, dates in ISO form, excluded fields dropped."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        skip = EXCLUDED.get(type(value).__name__, frozenset())
        return {
            f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name not in skip
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def canonical_content(record: MeetingRecord) -> dict[str, Any]:
    content = _plain(record)
    assert isinstance(content, dict)
    return {"format": SNAPSHOT_FORMAT, "minutes": content}


def canonical_json(record: MeetingRecord) -> str:
    """Sorted keys, no spaces, UTF-8 kept: the same content always gives the same text."""
    return json.dumps(canonical_content(record), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def differences(approved: Any, current: Any, limit: int = 20) -> list[str]:
    """Readable lines naming where two snapshots differ, e.g.
    `item 1.1 › motion 1 › vote 1 › ballot of Ward 1 Councilor › option: 'no' → 'yes'`."""
    found: list[str] = []
    a = approved.get("minutes", approved) if isinstance(approved, dict) else approved
    b = current.get("minutes", current) if isinstance(current, dict) else current
    _diff(a, b, [], found, limit)
    return found


# How an entry of each list is named in a difference: by its number or person where it has one.
def _entry_name(key: str, index: int, entry: Any) -> str:
    if isinstance(entry, dict):
        if key == "items" and isinstance(entry.get("item"), dict):
            return f"item {entry['item'].get('number') or index + 1}"
        if key in ("ballots", "attendance") and entry.get("person_name"):
            return f"{'ballot' if key == 'ballots' else 'attendance'} of {entry['person_name']}"
    singular = {"motions": "motion", "votes": "vote", "speakers": "speaker", "documents": "document"}
    return f"{singular.get(key, key)} {index + 1}"


def _diff(a: Any, b: Any, path: list[str], found: list[str], limit: int) -> None:
    if len(found) >= limit or a == b:
        return
    where = " › ".join(path)
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in b:
                found.append(f"{where} › {key}: removed" if where else f"{key}: removed")
            elif key not in a:
                found.append(f"{where} › {key}: added" if where else f"{key}: added")
            elif isinstance(a[key], list) and isinstance(b[key], list):
                if len(a[key]) != len(b[key]):
                    found.append(f"{' › '.join([*path, key])}: {len(a[key])} approved, {len(b[key])} now")
                for i, (x, y) in enumerate(zip(a[key], b[key], strict=False)):
                    _diff(x, y, [*path, _entry_name(key, i, x)], found, limit)
            else:
                _diff(a[key], b[key], [*path, key], found, limit)
            if len(found) >= limit:
                return
        return
    found.append(f"{where}: {_short(a)} → {_short(b)}")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "…"


def record_from_snapshot(snapshot: str, live: MeetingRecord) -> MeetingRecord:
    """The meeting exactly as approved, rebuilt from its snapshot; what the snapshot leaves out
    (approval state, approvals, corrections, matters' current status) comes from `live`."""
    content = json.loads(snapshot)
    if content.get("format") != SNAPSHOT_FORMAT:
        raise ValueError(f"unknown snapshot format {content.get('format')!r}")
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
    record = _build(MeetingRecord, data)
    assert isinstance(record, MeetingRecord)
    return dataclasses.replace(record, approvals=live.approvals, corrections=live.corrections)


def _build(tp: Any, value: Any) -> Any:
    """Turn the plain JSON of `_plain` back into the typed frozen dataclasses it came from."""
    if value is None:
        return None
    origin = get_origin(tp)
    if origin in (Union, UnionType):
        options = [a for a in get_args(tp) if a is not type(None)]
        return _build(options[0], value)
    if origin is tuple:
        return tuple(_build(get_args(tp)[0], v) for v in value)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = get_type_hints(tp)
        return tp(
            **{
                f.name: _build(hints[f.name], value[f.name])
                for f in dataclasses.fields(tp)
                if f.name in value
            }
        )
    if tp is datetime:
        return datetime.fromisoformat(value)
    if tp is date:
        return date.fromisoformat(value)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(value)
    return value
