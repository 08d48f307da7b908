"""Format-neutral records (table, stable key, column values, references) on their way in or out."""

from __future__ import annotations

import hashlib
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, String, select, type_coerce
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from councildesk.db import models as m
from councildesk.db.base import Base
from councildesk.db.row_version import ROW_VERSION
from councildesk.domain.enums import MinutesStatus
from councildesk.domain.errors import UserError
from councildesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    Joined,
    Message,
    as_read,
    installed_language,
    translate,
)
from councildesk.domain.text_rules import clean_text
from councildesk.domain.wording import count_of, listed
from councildesk.services.approval_exchange import carried_approvals
from councildesk.services.guards import WHAT

# Tables that open-data formats carry, parents before children (the order of loading).
TABLES: dict[str, type[Base]] = {
    "body": m.Body,
    "person": m.Person,
    "post": m.Post,
    "membership": m.Membership,
    "matter": m.Matter,
    "sponsorship": m.Sponsorship,
    "meeting": m.Meeting,
    "attendance": m.Attendance,
    "agenda_item": m.AgendaItem,
    # Linked documents only (a Legistar attachment: title and address); bytes stay in archives.
    "document": m.Document,
    "speaker": m.Speaker,
    "motion": m.Motion,
    "vote": m.Vote,
    "ballot": m.Ballot,
}

# Keys of a record's extras (services/record_extras.py): the file's fields we have no column for,
# and values as the file wrote them where we store a normalised form (a year-only date, a role's label).
EXTRAS_FOREIGN = "fields"
EXTRAS_AS_WRITTEN = "as_written"

ID_LIMIT = 300  # what external_id.value holds (String(300))
# A control character but tab, newline and carriage return (one search, not a test of each character).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Fixed namespace so that keys derived from (database, table, id) are the same on every run.
NAMESPACE = uuid.UUID("6f1d2c8e-5a57-4c52-9d7e-2f0d1c3b7a11")
# Keys made from another scheme's id (a Legistar key) are the same in every database.
STABLE_NAMESPACE = uuid.UUID("3a1c9f52-7d0e-5b8a-9c4f-6e2d1b0a8f37")
INTERCHANGEABLE = ("ocd", "popolo")  # formats whose ids are the same keys


@dataclass(slots=True)  # an export holds every row as one (a 30-year city: 227,000)
class Rec:
    """One record on its way in or out: `values` are JSON-friendly columns, `refs` name other keys."""

    table: str
    key: str
    values: dict[str, Any]
    refs: dict[str, str | None] = field(default_factory=dict)
    where: str = ""  # "votes.json, vote_event 'x'" — for error messages
    match: dict[str, Any] | None = None  # natural key to find an existing row (columns and refs)
    # What the format said beyond our columns (services/record_extras.py keeps it per row and format).
    extras: dict[str, Any] = field(default_factory=dict)
    # A meeting's approval and corrections as they travel (services/approval_exchange.py).
    approval: dict[str, Any] | None = None


@dataclass
class ParsedImport:
    """What a format reader hands the exchange service: records, their id scheme, and warnings."""

    recs: list[Rec]
    scheme: str
    source: str  # the file or folder name, for the preview and the audit log
    warnings: list[str] = field(default_factory=list)
    # What the reader left out, as (kind, name): 'area', 'Ward 3' (the preview counts them).
    dropped: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Ids are stored cleaned like every text (db/text_guard.py), so they are matched cleaned:
        # an id holding an ESC sequence must find the row its clean form already names (or meet
        # its twin in the loader's repeated-id check), not try to store that id a second time.
        cleaned: dict[str, str] = {}  # an id met again (a person in every ballot) is cleaned once

        def clean_id(value: str, where: str) -> str:
            if not isinstance(value, str):
                return _clean_id(value, where)  # named as it is by the loader's own checks
            found = cleaned.get(value)
            if found is None:
                found = cleaned[value] = _clean_id(value, where)
            return found

        for rec in self.recs:
            rec.key = clean_id(rec.key, rec.where)
            rec.refs = {k: v if v is None else clean_id(v, rec.where) for k, v in rec.refs.items()}
            # The place names the id as the file wrote it; a sentence shows it without controls.
            shown = rec.where.encode("utf-8", "replace").decode("utf-8")
            rec.where = clean_text(shown, "a record's place in the file", len(shown))


def _clean_id(value: str, where: str) -> str:
    return clean_text(value, f"an id in {where}", ID_LIMIT) if isinstance(value, str) else value


@dataclass
class ImportPreview:
    """What an import does (or would do): counts per table, one line per change, and warnings."""

    source: str
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    lines: list[tuple[str, str, str]] = field(default_factory=list)  # (action, table, label)
    warnings: list[str] = field(default_factory=list)
    # What the import decided that the clerk may want otherwise: 'would use the existing person …'.
    notes: list[str] = field(default_factory=list)
    applied: bool = False
    mapped: Counter[str] = field(default_factory=Counter)  # values read into our form, label kept
    kept_fields: int = 0  # fields we have no column for, kept as extras
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (kind, name) the reader left out

    def count_extras(self, recs: Iterable[Rec]) -> None:
        """Count what the records map (a role's own label, a year-only date) and keep as extras."""
        for rec in recs:
            for name in rec.extras.get(EXTRAS_AS_WRITTEN, {}):
                self.mapped["date" if name.endswith("_date") else name] += 1
            self.kept_fields += len(rec.extras.get(EXTRAS_FOREIGN, {}))

    def summary(self) -> str:
        """One sentence: 'rtd.json would create 15 agenda items and 1 body, and would update
        nothing; 2 people unchanged; 1 warning.' ('created', 'updated' once applied), in the
        reader's language (the English when nothing is installed)."""
        return self.message().translated()

    def message(self) -> Message:
        """The summary as a declared sentence (its counts and lists declared too)."""

        def part(counter: Counter[str]) -> object:
            # The extras store is said as what it keeps ("would keep 12 fields as extras"), not as rows.
            counts = [_rows(t, n) for t, n in sorted(counter.items()) if n and t != "record_extra"]
            return listed(counts) if counts else Message(QT_TRANSLATE_NOOP("services", "nothing"))

        done = 1 if self.applied else 0
        clauses: list[Message | str] = [
            Message(
                CHANGES[done],
                {"source": self.source, "created": part(self.created), "updated": part(self.updated)},
            )
        ]
        if +self.mapped:
            mapped = [_counted(MAPPED_NAMES, name, n) for name, n in sorted(self.mapped.items())]
            clauses.append(Message(MAPPED[done], {"list": listed(mapped)}))
        if self.kept_fields:
            fields = Message(FIELDS[self.kept_fields != 1], {"count": self.kept_fields})
            clauses.append(Message(KEPT[done], {"fields": fields}))
        if self.dropped:
            kinds = Counter(kind for kind, _ in self.dropped)
            names = listed([name for _, name in self.dropped[:3]] + (["…"] if len(self.dropped) > 3 else []))
            skipped = listed([_rows(kind, n) for kind, n in sorted(kinds.items())])
            clauses.append(Message(SKIPPED[done], {"list": skipped, "names": names}))
        if +self.skipped:
            clauses.append(
                Message(QT_TRANSLATE_NOOP("services", "{list} unchanged"), {"list": part(self.skipped)})
            )
        warnings = Message(QT_TRANSLATE_NOOP("services", "no warnings"))
        if self.warnings:
            warnings = Message(WARNINGS[len(self.warnings) != 1], {"count": len(self.warnings)})
        clauses.append(warnings)
        return Message(QT_TRANSLATE_NOOP("services", "{clauses}."), {"clauses": Joined(tuple(clauses))})

    def text(self) -> str:
        """The summary, then a line per change ('  create  person       Amy Bookbinder'), note and
        warning, in the reader's language (a table named as the refusals name its records)."""
        out = [self.summary()]
        out += [
            f"  {_said(ACTIONS.get(action), action):<7} {_said(WHAT.get(table, READ.get(table)), table):<12} "
            f"{as_read(label)}"
            for action, table, label in self.lines
            if action != "same"
        ]
        out += [Message(NOTE, {"note": n}).translated() for n in self.notes]
        out += [Message(WARNING, {"warning": w}).translated() for w in self.warnings]
        return "\n".join(out) + "\n"


# The summary's frames, (would, did), and its counts, (one, many).
CHANGES = (
    QT_TRANSLATE_NOOP("services", "{source} would create {created}, and would update {updated}"),
    QT_TRANSLATE_NOOP("services", "{source} created {created}, and updated {updated}"),
)
MAPPED = (QT_TRANSLATE_NOOP("services", "would map {list}"), QT_TRANSLATE_NOOP("services", "mapped {list}"))
KEPT = (
    QT_TRANSLATE_NOOP("services", "would keep {fields} as extras"),
    QT_TRANSLATE_NOOP("services", "kept {fields} as extras"),
)
SKIPPED = (
    QT_TRANSLATE_NOOP("services", "would skip {list} ({names})"),
    QT_TRANSLATE_NOOP("services", "skipped {list} ({names})"),
)
FIELDS = (QT_TRANSLATE_NOOP("services", "1 field"), QT_TRANSLATE_NOOP("services", "{count} fields"))
WARNINGS = (QT_TRANSLATE_NOOP("services", "1 warning"), QT_TRANSLATE_NOOP("services", "{count} warnings"))
ROWS = {
    "agenda_item": (
        QT_TRANSLATE_NOOP("services", "1 agenda item"),
        QT_TRANSLATE_NOOP("services", "{count} agenda items"),
    ),
    "attendance": (
        QT_TRANSLATE_NOOP("services", "1 attendance"),
        QT_TRANSLATE_NOOP("services", "{count} attendances"),
    ),
    "ballot": (QT_TRANSLATE_NOOP("services", "1 ballot"), QT_TRANSLATE_NOOP("services", "{count} ballots")),
    "body": (QT_TRANSLATE_NOOP("services", "1 body"), QT_TRANSLATE_NOOP("services", "{count} bodies")),
    "document": (
        QT_TRANSLATE_NOOP("services", "1 document"),
        QT_TRANSLATE_NOOP("services", "{count} documents"),
    ),
    "matter": (QT_TRANSLATE_NOOP("services", "1 matter"), QT_TRANSLATE_NOOP("services", "{count} matters")),
    "meeting": (
        QT_TRANSLATE_NOOP("services", "1 meeting"),
        QT_TRANSLATE_NOOP("services", "{count} meetings"),
    ),
    "membership": (
        QT_TRANSLATE_NOOP("services", "1 membership"),
        QT_TRANSLATE_NOOP("services", "{count} memberships"),
    ),
    "motion": (QT_TRANSLATE_NOOP("services", "1 motion"), QT_TRANSLATE_NOOP("services", "{count} motions")),
    "person": (QT_TRANSLATE_NOOP("services", "1 person"), QT_TRANSLATE_NOOP("services", "{count} people")),
    "post": (QT_TRANSLATE_NOOP("services", "1 post"), QT_TRANSLATE_NOOP("services", "{count} posts")),
    "speaker": (
        QT_TRANSLATE_NOOP("services", "1 speaker"),
        QT_TRANSLATE_NOOP("services", "{count} speakers"),
    ),
    "sponsorship": (
        QT_TRANSLATE_NOOP("services", "1 sponsorship"),
        QT_TRANSLATE_NOOP("services", "{count} sponsorships"),
    ),
    "vote": (QT_TRANSLATE_NOOP("services", "1 vote"), QT_TRANSLATE_NOOP("services", "{count} votes")),
    "minutes_approval": (
        QT_TRANSLATE_NOOP("services", "1 minutes approval"),
        QT_TRANSLATE_NOOP("services", "{count} minutes approvals"),
    ),
    "correction": (
        QT_TRANSLATE_NOOP("services", "1 correction"),
        QT_TRANSLATE_NOOP("services", "{count} corrections"),
    ),
    # What a Popolo file holds that CouncilDesk does not keep (the summary's skipped list).
    "area": (QT_TRANSLATE_NOOP("services", "1 area"), QT_TRANSLATE_NOOP("services", "{count} areas")),
    "election": (
        QT_TRANSLATE_NOOP("services", "1 election"),
        QT_TRANSLATE_NOOP("services", "{count} elections"),
    ),
    "legislative period": (
        QT_TRANSLATE_NOOP("services", "1 legislative period"),
        QT_TRANSLATE_NOOP("services", "{count} legislative periods"),
    ),
    "term": (QT_TRANSLATE_NOOP("services", "1 term"), QT_TRANSLATE_NOOP("services", "{count} terms")),
}
# The fields an import reads into our form, keeping the file's own label ("would map 1 role").
MAPPED_NAMES = {
    "role": (QT_TRANSLATE_NOOP("services", "1 role"), QT_TRANSLATE_NOOP("services", "{count} roles")),
    "result": (QT_TRANSLATE_NOOP("services", "1 result"), QT_TRANSLATE_NOOP("services", "{count} results")),
    "date": (QT_TRANSLATE_NOOP("services", "1 date"), QT_TRANSLATE_NOOP("services", "{count} dates")),
    "classification": (
        QT_TRANSLATE_NOOP("services", "1 classification"),
        QT_TRANSLATE_NOOP("services", "{count} classifications"),
    ),
}


# A change line's action and its notes and warnings (the English is the preview's own words).
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("services", "create"),
    "update": QT_TRANSLATE_NOOP("services", "update"),
    "read": QT_TRANSLATE_NOOP("services", "read"),
}
READ = {  # what a roll-call CSV's first line read, and the records the refusals never name
    "roll call": QT_TRANSLATE_NOOP("services", "roll call"),
    "attendance": QT_TRANSLATE_NOOP("services", "attendance"),
}
NOTE = QT_TRANSLATE_NOOP("services", "  note: {note}")
WARNING = QT_TRANSLATE_NOOP("services", "  warning: {warning}")


def _said(declared: str | None, english: str) -> str:
    """`declared` in the reader's language; in English the preview's own word (a table as stored)."""
    if declared is None or installed_language() == "en":
        return english
    return translate("services", declared)


def _rows(table: str, n: int) -> object:
    """'15 agenda items', declared for the tables an import writes (any other in English words)."""
    return _counted(ROWS, table, n)


def _counted(nouns: Mapping[str, tuple[str, str]], name: str, n: int) -> object:
    """'2 roles': `name`'s declared (one, many) forms, or the name in English words if undeclared."""
    forms = nouns.get(name)
    if forms is None:
        return count_of(n, name.replace("_", " "))
    return Message(forms[n != 1], {"count": n})


ChildIndex = dict[tuple[str, str | None], list["Rec"]]


def children_by_parent(by_table: Mapping[str, list[Rec]], links: Iterable[tuple[str, str]]) -> ChildIndex:
    """Index records under their parent: (child table, parent key) → the child records.

    `links` names each child table with the reference that points at its parent,
    e.g. ("ballot", "vote_id").
    """
    children: ChildIndex = defaultdict(list)
    for table, parent in links:
        for rec in by_table.get(table, []):
            children[(table, rec.refs[parent])].append(rec)
    return children


def model(table: str) -> type[Base]:
    return TABLES[table]


@cache  # asked for each value of each record an import converts; the models do not change
def columns(table: str) -> dict[str, Any]:
    """Plain (non-id, non-foreign-key) columns of a table (shared: not to be changed)."""
    out: dict[str, Any] = {}
    for col in model(table).__table__.columns:
        if col.primary_key or col.foreign_keys or isinstance(col.type, LargeBinary):
            continue  # a document's bytes never travel in an open-data file
        out[col.name] = col
    out.pop(ROW_VERSION, None)  # this database's own count of concurrent edits, not part of the record
    return out


@cache
def foreign_keys(table: str) -> dict[str, str]:
    """Foreign-key column → referenced table (shared: not to be changed)."""
    out: dict[str, str] = {}
    for col in model(table).__table__.columns:
        for fk in col.foreign_keys:
            out[col.name] = fk.column.table.name
    return out


def to_json(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_json(table: str, name: str, value: Any, where: str) -> Any:
    """A JSON value converted to the column's Python type, or a UserError naming the field."""
    col = columns(table)[name]
    kind = col.type

    def bad(expected: str) -> UserError:
        return UserError(
            QT_TRANSLATE_NOOP("services", "{where}, field '{name}': {value!r} is not {expected}."),
            where=where,
            name=name,
            value=value,
            expected=expected,
        )

    if value is None:
        if not col.nullable:
            raise UserError(
                QT_TRANSLATE_NOOP("services", "{where}, field '{name}': a value is required."),
                where=where,
                name=name,
            )
        return None
    if isinstance(kind, SAEnum):
        enum_cls = kind.enum_class
        assert enum_cls is not None
        try:
            return enum_cls(value)
        except ValueError:
            allowed = ", ".join(str(e.value) for e in enum_cls)
            raise bad(f"one of {allowed}") from None
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad("a whole number")
        return value
    if isinstance(kind, DateTime):
        return parse_datetime(value, where, name)
    if isinstance(kind, Date):
        return parse_date(value, where, name)
    if not isinstance(value, str):
        raise bad("text")
    if _CONTROL.search(value):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services", "{where}, field '{name}': the text holds control characters; is the file damaged?"
            ),
            where=where,
            name=name,
        )
    length = getattr(kind, "length", None)
    if length is not None and len(value) > length:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services", "{where}, field '{name}': the text is longer than {length} characters."
            ),
            where=where,
            name=name,
            length=length,
        )
    return value


def parse_datetime(value: Any, where: str, name: str) -> datetime:
    if not isinstance(value, str):
        raise UserError(
            QT_TRANSLATE_NOOP("services", "{where}, field '{name}': {value!r} is not a date and time."),
            where=where,
            name=name,
            value=value,
        )
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("services", "{where}, field '{name}': {value!r} is not a date and time."),
            where=where,
            name=name,
            value=value,
        ) from None
    if parsed.tzinfo is not None:
        # The database keeps local wall-clock time, as minutes are read in the clerk's zone.
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed.replace(microsecond=0)


def parse_date(value: Any, where: str, name: str) -> date:
    if not isinstance(value, str):
        raise UserError(
            QT_TRANSLATE_NOOP("services", "{where}, field '{name}': {value!r} is not a date."),
            where=where,
            name=name,
            value=value,
        )
    text = value[:10]
    if len(text) == 4 and text.isdigit():  # Popolo allows a year alone
        text += "-01-01"
    elif len(text) == 7:
        text += "-01"
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("services", "{where}, field '{name}': {value!r} is not a date."),
            where=where,
            name=name,
            value=value,
        ) from None


class KeyBook:
    """Stable keys for rows, the same whatever format the database was built from.

    A row's key is the id the scheme itself gave it; else the id OCD or Popolo gave it (their keys
    are one: an OCD id is 'ocd-person/' before the same key); else a UUID made from another
    scheme's id (a Legistar key) in a fixed namespace; else a UUID made from this database and
    the row. So two databases built from the OCD and the Popolo export of one council, or from the
    same Legistar capture, export the same ids; rows typed in by hand get this database's own.
    """

    def __init__(self, session: Session, scheme: str) -> None:
        self.scheme = scheme
        self._stored: dict[tuple[str, int], str] = {}
        others: dict[tuple[str, int], tuple[int, str, str]] = {}
        rows = session.execute(
            select(
                m.ExternalId.scheme, m.ExternalId.value, m.ExternalId.entity, m.ExternalId.entity_id
            ).order_by(m.ExternalId.id)
        )
        for ext_scheme, value, entity, entity_id in rows:
            if ext_scheme == scheme:
                self._stored.setdefault((entity, entity_id), value)
                continue
            shared = ext_scheme in INTERCHANGEABLE and scheme in INTERCHANGEABLE
            key = value if shared else str(uuid.uuid5(STABLE_NAMESPACE, f"{ext_scheme}:{entity}:{value}"))
            candidate = (0 if shared else 1, ext_scheme, key)
            if (entity, entity_id) not in others or candidate < others[(entity, entity_id)]:
                others[(entity, entity_id)] = candidate
        taken = {(entity, value) for (entity, _), value in self._stored.items()}
        self._fallback: dict[tuple[str, int], str] = {}
        for (entity, entity_id), (_rank, _scheme, key) in sorted(others.items(), key=lambda kv: kv[1]):
            if (entity, entity_id) in self._stored or (entity, key) in taken:
                continue  # a key another row already answers to stays that row's
            taken.add((entity, key))
            self._fallback[(entity, entity_id)] = key
        self._by_fallback = {(entity, key): row_id for (entity, row_id), key in self._fallback.items()}
        self.namespace = database_namespace(session)
        # Every key given so far: the stored and fallback ones, then each derived one as it is
        # made (a row is named by its own record and again by every record that points at it).
        self._keys: dict[tuple[str, int], str] = self.named()

    def key(self, table: str, row_id: int) -> str:
        found = self._keys.get((table, row_id))
        if found is None:
            found = self._keys[(table, row_id)] = derived_key(self.namespace, table, row_id)
        return found

    def row(self, table: str, key: str) -> int | None:
        """The row whose key (taken from another scheme's id) is `key`, or None."""
        return self._by_fallback.get((table, key))

    def named(self) -> dict[tuple[str, int], str]:
        """Every row this book names other than by a derived key: two books that agree here (and
        share the database's namespace) give every row the same key."""
        return self._fallback | {k: v for k, v in self._stored.items() if v}  # an empty id names nothing


def derived_key(namespace: uuid.UUID, table: str, row_id: int) -> str:
    """str(uuid.uuid5(namespace, f"{table}:{row_id}")), made without a UUID object (an export
    derives one for most rows of a city: 225,000)."""
    digest = bytearray(hashlib.sha1(_bytes_of(namespace) + f"{table}:{row_id}".encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@cache  # UUID.bytes is computed anew at each reading
def _bytes_of(namespace: uuid.UUID) -> bytes:
    return namespace.bytes


def database_namespace(session: Session) -> uuid.UUID:
    """A namespace unique to this database file: its first audit entry (never changes)."""
    first = session.execute(
        select(m.AuditLog.at, m.AuditLog.os_user).order_by(m.AuditLog.id).limit(1)
    ).first()
    seed = f"{first[0].isoformat()}|{first[1]}" if first else "empty"
    return uuid.uuid5(NAMESPACE, seed)


@dataclass
class DateRange:
    start: date | None = None
    end: date | None = None
    # Only meetings whose minutes are approved (the public site's open data, unless drafts are asked for).
    approved_only: bool = False

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise UserError(
                QT_TRANSLATE_NOOP("services", "The range starts ({start}) after it ends ({end})."),
                start=self.start,
                end=self.end,
            )


def read_records(session: Session, scheme: str, span: DateRange | None = None) -> list[Rec]:
    """Every exchangeable row as a Rec; meetings (and what hangs off them) only within `span`."""
    return read_record_sets(session, (scheme,), span)[scheme]


def read_record_sets(
    session: Session, schemes: Iterable[str], span: DateRange | None = None
) -> dict[str, list[Rec]]:
    """read_records for each scheme, from one read of the rows.

    Only a record's key (each scheme's own ids come first) and its extras depend on the scheme:
    where two schemes' keys agree (as OCD's and Popolo's do unless an import stored different
    ids), their records share the values, references and carried approvals, which an export
    only reads."""
    rows = _exchangeable_rows(session, span)
    from councildesk.services.record_extras import read_extras  # it builds on Rec, defined here

    keyed: list[_Keyed] = []
    out: dict[str, list[Rec]] = {}
    for scheme in schemes:
        keys = KeyBook(session, scheme)
        named = keys.named()
        same = next((k for k in keyed if k.named == named), None)
        kept = read_extras(session, scheme)
        if same is None:
            same = _Keyed(named, [_keyed(keys, row) for row in rows], carried_approvals(session, keys.key))
            keyed.append(same)
        elif not kept and not same.extras:
            out[scheme] = same.recs  # the very same records: nothing in them differs
            continue
        recs = []
        for row, (key, refs) in zip(rows, same.key_refs, strict=True):
            rec = Rec(row.table, key, row.values, refs, extras=kept.get((row.table, row.row_id), {}))
            if row.table == "meeting":
                rec.approval = same.approvals.get(row.row_id)
            recs.append(rec)
        if not same.recs:
            same.recs, same.extras = recs, bool(kept)
        out[scheme] = recs
    return out


@dataclass
class _Keyed:
    """What read_record_sets makes once for the schemes whose keys agree."""

    named: dict[tuple[str, int], str]
    key_refs: list[tuple[str, dict[str, str | None]]]
    approvals: dict[int, dict[str, Any]]
    recs: list[Rec] = field(default_factory=list)  # the first such scheme's records
    extras: bool = False  # whether they carry extras


@dataclass(slots=True)
class _Row:
    """One exchangeable row as read: its JSON-friendly column values and the row ids it points at."""

    table: str
    row_id: int
    values: dict[str, Any]
    targets: tuple[int | None, ...]  # foreign_keys(table)'s columns, in their order


def _keyed(keys: KeyBook, row: _Row) -> tuple[str, dict[str, str | None]]:
    """The row's key and its references as keys."""
    key = keys.key
    refs = {
        name: None if ref is None else key(target, ref)
        for (name, target), ref in zip(foreign_keys(row.table).items(), row.targets, strict=True)
    }
    return key(row.table, row.row_id), refs


def _exchangeable_rows(session: Session, span: DateRange | None) -> list[_Row]:
    """Every exchangeable row in TABLES order (each table by id); meetings only within `span`."""
    meeting_q = select(m.Meeting.id)
    if span and span.start:
        meeting_q = meeting_q.where(
            m.Meeting.scheduled_start >= datetime.combine(span.start, datetime.min.time())
        )
    if span and span.end:
        meeting_q = meeting_q.where(
            m.Meeting.scheduled_start <= datetime.combine(span.end, datetime.max.time())
        )
    if span and span.approved_only:
        meeting_q = meeting_q.where(m.Meeting.minutes_status == MinutesStatus.APPROVED)
    meeting_ids = set(session.scalars(meeting_q))
    item_ids = set(session.scalars(select(m.AgendaItem.id).where(m.AgendaItem.meeting_id.in_(meeting_ids))))
    motion_ids = set(session.scalars(select(m.Motion.id).where(m.Motion.agenda_item_id.in_(item_ids))))
    vote_ids = set(session.scalars(select(m.Vote.id).where(m.Vote.motion_id.in_(motion_ids))))
    within: dict[str, tuple[str, set[int]]] = {
        "meeting": ("id", meeting_ids),
        "attendance": ("meeting_id", meeting_ids),
        "agenda_item": ("meeting_id", meeting_ids),
        "speaker": ("agenda_item_id", item_ids),
        "motion": ("agenda_item_id", item_ids),
        "vote": ("motion_id", motion_ids),
        "ballot": ("vote_id", vote_ids),
    }
    linked = m.Document.url != ""
    documents = set(
        session.scalars(
            select(m.Document.id).where(
                linked, (m.Document.agenda_item_id.in_(item_ids)) | (m.Document.agenda_item_id.is_(None))
            )
        )
    )
    within["document"] = ("id", documents)
    out: list[_Row] = []
    for table, cls in TABLES.items():
        plain = list(columns(table))
        fks = list(foreign_keys(table))
        # Core rows of the columns a record carries: no ORM object is made (or kept by the session).
        t = cls.__table__
        chosen = ["id", *plain, *fks]
        wanted = [_as_read(t.c[name]) for name in chosen]
        dated = [name for name in plain if isinstance(t.c[name].type, (Date, DateTime))]
        where = chosen.index(within[table][0]) if table in within else None
        allowed = within[table][1] if table in within else set()
        ends = 1 + len(plain)
        for row in session.execute(select(*wanted).order_by(t.c.id)).all():
            if where is not None and row[where] not in allowed:
                continue
            values = dict(zip(plain, row[1:ends], strict=True))
            for name in dated:
                if values[name] is not None:
                    values[name] = to_json(values[name])
            out.append(_Row(table, row[0], values, tuple(row[ends:])))
    return out


def _as_read(column: Any) -> Any:
    """The column as a record carries it: an enum as its stored value (what to_json gives for the
    member, without making the member), any other column as its type reads it."""
    if isinstance(column.type, SAEnum):
        return type_coerce(column, String())
    return column
