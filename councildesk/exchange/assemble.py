"""Helpers shared by the importers: CouncilDesk extras, placeholder records, output JSON, key order."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from councildesk.atomic_output import atomic_path, write_atomically
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, said
from councildesk.exchange.source import need_dict
from councildesk.services.approval_exchange import EXTENSION
from councildesk.services.exchange_records import (
    EXTRAS_AS_WRITTEN,
    EXTRAS_FOREIGN,
    Rec,
    columns,
    foreign_keys,
)

EXTRAS_VALUES = "councildesk"
EXTRAS_REFS = "councildesk_refs"
OURS = (EXTRAS_VALUES, EXTRAS_REFS, EXTENSION)  # extras keys CouncilDesk writes and reads itself


def dump_json(data: Any) -> str:
    """Byte-stable JSON: sorted keys, two-space indent, UTF-8, final newline.

    The text of json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True), made by _indented:
    with an indent json runs its pure-Python encoder, and an export of a 30-year city writes
    tens of thousands of these files (tests compare the two).
    """
    out: list[str] = []
    _indented(data, "\n", out)
    out.append("\n")
    return "".join(out)


try:  # a declared dependency; without it (a source checkout not reinstalled) json writes the same
    import orjson
except ImportError:  # pragma: no cover
    orjson = None  # type: ignore[assignment]

# dump_json's text: two-space indent, sorted keys, final newline (orjson writes UTF-8 as is).
# A datetime or dataclass is handed back (no default: refused) rather than written: json refuses it too.
_ORJSON = (
    orjson.OPT_INDENT_2
    | orjson.OPT_SORT_KEYS
    | orjson.OPT_APPEND_NEWLINE
    | orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_DATACLASS
    if orjson
    else 0
)

_STRING = json.encoder.encode_basestring  # json's own (C) quoting of a string, as ensure_ascii=False
_FLOAT = json.JSONEncoder(ensure_ascii=False).encode  # json's spelling of floats (NaN, Infinity)


def _indented(value: Any, newline: str, out: list[str]) -> None:
    """Append `value` as json.dumps(indent=2, sort_keys=True, ensure_ascii=False) writes it."""
    if isinstance(value, str):
        out.append(_STRING(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_FLOAT(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        first = True
        for key, item in sorted(value.items()):
            out.append(("{" if first else ",") + inner + _key(key) + ": ")
            first = False
            _indented(item, inner, out)
        out.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        for n, item in enumerate(value):
            out.append(("[" if n == 0 else ",") + inner)
            _indented(item, inner, out)
        out.append(newline + "]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _key(key: Any) -> str:
    """A dict key as json writes it: text quoted, numbers, true/false/null as text."""
    if isinstance(key, str):
        return _STRING(key)
    return _STRING(json.dumps(key))  # json writes 1 as "1", True as "true", None as "null"


def json_bytes(data: Any, *, floats: bool = True) -> bytes:
    """dump_json(data) in UTF-8, by orjson when `data` holds no float (orjson spells some floats
    otherwise: 1e+16 as 1e16, NaN as null); every other value it writes as json does, 3x faster.

    A value orjson refuses (an integer past 64 bits, a key that is not text) goes the slow way."""
    if orjson is not None and not floats:
        try:
            return orjson.dumps(data, option=_ORJSON)
        except TypeError:  # orjson.JSONEncodeError is one
            pass
    return dump_json(data).encode("utf-8")


def holds_float(value: Any) -> bool:
    """Whether a float is anywhere in `value` (lists and dicts, keys too)."""
    if isinstance(value, float):
        return True
    if isinstance(value, dict):
        return any(holds_float(k) or holds_float(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(holds_float(v) for v in value)
    return False


def write_json(path: Path, data: Any) -> None:
    write_atomically(path, dump_json(data).encode("utf-8"))


# Without an indent json uses its C encoder (about 4x faster than the pure-Python one indent=2 needs).
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def write_json_collections(path: Path, collections: Mapping[str, Iterable[Any]]) -> None:
    """A large document of named lists, byte-stable: names sorted, one object a line (keys sorted).

    Written object by object, so the file's text never sits in memory whole; still one JSON value
    that any reader loads, and a diff of two exports shows the objects that changed.
    """
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8", newline="\n") as out:
        for chunk in json_collections_text(collections):
            out.write(chunk)


def json_collections_text(collections: Mapping[str, Iterable[Any]]) -> Iterator[str]:
    """The text write_json_collections writes, piece by piece."""
    yield "{"
    for n, name in enumerate(sorted(collections)):
        yield ("\n" if n == 0 else ",\n") + _ENCODE(name) + ": ["
        separator = "\n"
        for obj in collections[name]:
            yield separator + _ENCODE(obj)
            separator = ",\n"
        yield "]" if separator == "\n" else "\n]"
    yield "\n}\n" if collections else "}\n"


def extras_of(rec: Rec) -> dict[str, Any]:
    """Full-fidelity copy of a record, so that CouncilDesk → file → CouncilDesk loses nothing."""
    return {EXTRAS_VALUES: dict(sorted(rec.values.items())), EXTRAS_REFS: dict(sorted(rec.refs.items()))}


def apply_extras(rec: Rec, obj: dict[str, Any]) -> None:
    """Let a file's CouncilDesk extras override what the standard fields said (unknown keys ignored)."""
    extras = obj.get("extras")
    if extras is None:
        return
    extras = need_dict(extras, rec.where, "extras")
    if rec.table == "meeting" and extras.get(EXTENSION) is not None:
        rec.approval = extras[EXTENSION]  # re-made by the exchange service once every record is in
    values = extras.get(EXTRAS_VALUES)
    if values is not None:
        values = need_dict(values, rec.where, f"extras.{EXTRAS_VALUES}")
        known = columns(rec.table)
        rec.values.update({k: v for k, v in values.items() if k in known})
    refs = extras.get(EXTRAS_REFS)
    if refs is not None:
        refs = need_dict(refs, rec.where, f"extras.{EXTRAS_REFS}")
        known_fk = foreign_keys(rec.table)
        for k, v in refs.items():
            if k in known_fk:
                if v is not None and not isinstance(v, str):
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "exchange", "{where}, field 'extras.{refs}.{key}': expected an id (text)."
                        ),
                        where=rec.where,
                        refs=EXTRAS_REFS,
                        key=k,
                    )
                rec.refs[k] = v


def key_or(obj: dict[str, Any], default: str) -> str:
    """The record's own id from the file ('id'), else a key made from its place in the file."""
    value = obj.get("id")
    return value if isinstance(value, str) and value else default


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def name_from_id(ident: str) -> str:
    """'albert-ho' → 'Albert Ho': a readable name for a placeholder made from a bare id."""
    words = re.split(r"[-_\s]+", ident.strip())
    return " ".join(w[:1].upper() + w[1:] for w in words if w) or ident


# What an importer says of a record it invents (its warnings), declared: English as their str.
PERSON_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "exchange",
    "{where}: person '{key}' is not in the file; '{name}' is used (an existing person of that name, "
    "or a new one).",
)
NO_ORGANIZATION = QT_TRANSLATE_NOOP(
    "exchange", "{where}: no organization is given; the body '{name}' is used (existing or new)."
)
ORGANIZATION_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "exchange",
    "{where}: organization '{key}' is not in the file; the body '{name}' is used (existing or new).",
)

MEETING_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "exchange", "{where}: no meeting is given; a meeting on {when} titled '{title}' holds it."
)


class Placeholders:
    """Records an importer must invent (a person named only by id, a meeting for loose votes), each once."""

    def __init__(self, recs: list[Rec], warnings: list[str], source: str) -> None:
        self.recs = recs
        self.warnings = warnings
        self.source = source
        self.made: set[tuple[str, str]] = set()

    def _add(self, rec: Rec, why: str) -> str:
        if (rec.table, rec.key) not in self.made:
            self.made.add((rec.table, rec.key))
            self.recs.append(rec)
            self.warnings.append(why)
        return rec.key

    def person(self, key: str, name: str, where: str) -> str:
        return self._add(
            Rec("person", key, {"display_name": name}, {}, where, match={"display_name": name}),
            said(PERSON_PLACEHOLDER, where=where, key=key, name=name),
        )

    def body(self, key: str, name: str, where: str, seats: int = 1) -> str:
        if key.startswith("placeholder"):
            why = said(NO_ORGANIZATION, where=where, name=name)
        else:
            why = said(ORGANIZATION_PLACEHOLDER, where=where, key=key, name=name)
        return self._add(
            Rec("body", key, {"name": name, "seat_count": max(1, seats)}, {}, where, match={"name": name}),
            why,
        )

    def meeting(self, body_key: str, when: datetime, where: str, title: str = "Imported votes") -> str:
        key = f"placeholder-meeting:{body_key}:{when.isoformat(timespec='minutes')}"
        values = {
            "scheduled_start": when.isoformat(timespec="seconds"),
            "title": title,
            "status": "adjourned",
        }
        return self._add(
            Rec("meeting", key, values, {"body_id": body_key}, where),
            said(MEETING_PLACEHOLDER, where=where, when=f"{when:%Y-%m-%d %H:%M}", title=title),
        )

    def agenda_item(self, meeting_key: str, title: str, position: int, where: str) -> str:
        key = f"placeholder-item:{meeting_key}:{position}"
        rec = Rec(
            "agenda_item",
            key,
            {"title": title or "Motion", "position": position},
            {"meeting_id": meeting_key},
            where,
        )
        if (rec.table, key) not in self.made:
            self.made.add((rec.table, key))
            self.recs.append(rec)
        return key


# Keys of a record's extras (services/record_extras.py): the file's fields we have no column for,
# and values as the file wrote them where we store a normalised form (a year-only date, a role's label).
FOREIGN = EXTRAS_FOREIGN
AS_WRITTEN = EXTRAS_AS_WRITTEN
STORED_COUNTS = "counts"  # a vote's counts by our option when the file gave counts but no ballots


def written_as(rec: Rec, field: str, written: Any, column: str) -> None:
    """Remember that the file wrote `field` as `written` for the value now in `column`."""
    rec.extras.setdefault(AS_WRITTEN, {})[field] = {
        "as": written,
        "column": column,
        "stored": rec.values.get(column),
    }


def keep_foreign(rec: Rec, obj: dict[str, Any], modelled: set[str] | frozenset[str]) -> None:
    """Keep every field of `obj` that the reader did not turn into a column or a reference.

    Empty values and sources an export made up (under .invalid) say nothing and are not kept:
    re-importing our own export must not store what the next export makes again anyway."""
    foreign = {
        k: v
        for k, v in obj.items()
        if k not in modelled and k != "extras" and v not in (None, "", [], {}) and not _made_sources(k, v)
    }
    extras = obj.get("extras")
    if isinstance(extras, dict):
        theirs = {k: v for k, v in extras.items() if k not in OURS}
        if theirs:
            foreign["extras"] = theirs
    if foreign:
        rec.extras[FOREIGN] = foreign


def _made_sources(field: str, value: Any) -> bool:
    return (
        field == "sources"
        and isinstance(value, list)
        and all(isinstance(s, dict) and ".invalid/" in str(s.get("url", "")) for s in value)
    )


def published(rec: Rec, doc: dict[str, Any]) -> dict[str, Any]:
    """The object to write: the file's own fields kept at import, then ours (empty ones left out,
    as the schemas want absent rather than "" or null), then values as the file first wrote them
    while the stored value is still the one they were read into."""
    out: dict[str, Any] = dict(rec.extras.get(FOREIGN, {}))
    theirs = out.pop("extras", None)
    for key, value in doc.items():
        if value is None or value == "":
            continue
        out[key] = value
    if isinstance(theirs, dict) and isinstance(out.get("extras"), dict):
        out["extras"] = theirs | out["extras"]
    for key, was in rec.extras.get(AS_WRITTEN, {}).items():
        if isinstance(was, dict) and rec.values.get(was.get("column", "")) == was.get("stored"):
            if was.get("as") is None:
                out.pop(key, None)
            else:
                out[key] = was["as"]
    return out
