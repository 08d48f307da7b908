"""Apply parsed exchange records to an open session: resolve keys, match, create or update, audit each row.

The loader never opens or commits a transaction; `ExchangeService.apply` owns it. New rows are
created in batches per table (services/bulk_rows.py) with the audit entries and chain links a
row-by-row create writes; updates go through `RowWriter` one at a time. A batch is stored before
anything could need its rows: a reference to a row in it, a match, an update, the next table.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from councildesk.db import models as m
from councildesk.db.approval_lock import is_lock_violation
from councildesk.db.base import Base
from councildesk.db.text_guard import clean_row
from councildesk.domain.enums import MinutesStatus
from councildesk.domain.errors import LockedError, UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.domain.time_zones import wall_time
from councildesk.services import audit
from councildesk.services.bulk_rows import BulkRows
from councildesk.services.exchange_records import (
    TABLES,
    ImportPreview,
    KeyBook,
    Rec,
    columns,
    database_namespace,
    derived_key,
    foreign_keys,
    from_json,
)
from councildesk.services.matter_lock import ensure_matter_editable
from councildesk.services.person_choices import PersonChoices
from councildesk.services.person_match import PersonMatcher

LABEL_FIELDS = ("display_name", "name", "title", "identifier", "label", "text")
SPELLING = {"display_name", "given_name", "family_name"}  # how a person's name is written
# How a row finds its meeting: (reference column, the table it points at); "meeting" is the row itself.
MEETING_PATH = {
    "attendance": ("meeting_id", "meeting"),
    "agenda_item": ("meeting_id", "meeting"),
    "speaker": ("agenda_item_id", "agenda_item"),
    "motion": ("agenda_item_id", "agenda_item"),
    "vote": ("motion_id", "motion"),
    "ballot": ("vote_id", "vote"),
    "document": ("agenda_item_id", "agenda_item"),  # a matter's document belongs to no meeting
}


def label(rec: Rec) -> str:
    for name in LABEL_FIELDS:
        value = rec.values.get(name)
        if isinstance(value, str) and value.strip():
            value = " ".join(value.split())  # one line: titles copied from agendas carry tabs and breaks
            return value if len(value) <= 70 else value[:67] + "…"
    return rec.key


class RowWriter:
    """Creates and updates rows one at a time, each with its audit entry (as hand entry does)."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def create(self, cls: type[Base], values: dict[str, Any], where: str) -> int:
        obj = cls(**values)
        self.s.add(obj)
        try:
            self.s.flush()
        except IntegrityError as error:
            raise UserError(
                QT_TRANSLATE_NOOP("services", "{where}: cannot be stored ({reason})."),
                where=where,
                reason=reason(error),
            ) from None
        audit.record(self.s, "create", obj, None, audit.row_values(obj))
        return int(obj.id)  # type: ignore[attr-defined]

    def update(self, obj: Base, changes: dict[str, Any]) -> None:
        """Apply and log `changes`; a database lock refusal leaves the row as it was and is re-raised."""
        with self.s.begin_nested():
            audit.updated(self.s, obj, changes)


class Loader:
    batched = True  # False: create rows one at a time, as hand entry does (the reference the batches match)

    def __init__(
        self,
        session: Session,
        scheme: str,
        preview: ImportPreview,
        people: PersonChoices | None = None,
        dry_run: bool = False,
    ) -> None:
        self.s = session
        self.scheme = scheme
        self.preview = preview
        self.writer = RowWriter(session)
        self.bulk = BulkRows(session, reason)
        self._pending_keys: set[tuple[str, str]] = set()  # records waiting in `bulk`
        # Match values of the waiting rows, by the match's field names: a match finds one only here.
        self._pending_match: dict[tuple[str, ...], set[tuple[Any, ...] | None]] = {}
        self._new_external: list[dict[str, Any]] = []  # external ids of stored rows, inserted per batch
        self.people = PersonMatcher(session, preview, people or PersonChoices(), dry_run)
        self.ids: dict[tuple[str, str], int] = {}
        self._derived: dict[str, dict[str, int]] = {}
        self._row_ids: dict[str, set[int]] = {}
        self._created: set[tuple[str, int]] = set()
        self._namespace = database_namespace(session)
        self._keys = KeyBook(session, scheme)
        # Every id this scheme ever stored, read once: imports look them up for each record and reference.
        self._external: dict[tuple[str, str], int] = {
            (e.entity, e.value): e.entity_id
            for e in session.scalars(select(m.ExternalId).where(m.ExternalId.scheme == scheme))
        }
        # Which meeting each parent row belongs to, and which meetings are locked, read as needed.
        self._meeting_of: dict[tuple[str, int], int] = {}
        self._zones: dict[int | None, str | None] = {}  # body id → its IANA zone
        self._approved: set[int] = set(
            session.scalars(select(m.Meeting.id).where(m.Meeting.minutes_status == MinutesStatus.APPROVED))
        )

    def load(self, recs: list[Rec]) -> None:
        seen: dict[tuple[str, str], Rec] = {}
        for rec in recs:
            if (rec.table, rec.key) in seen:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "{where}: the id '{key}' is used by two {table} records."),
                    where=rec.where,
                    key=rec.key,
                    table=rec.table,
                )
            seen[(rec.table, rec.key)] = rec
        approved: list[int] = []
        for table in TABLES:
            for rec in parents_first([r for r in recs if r.table == table]):
                self._load_one(rec, approved)
            self._store_pending()
        for meeting_id in approved:
            # Children were written while the meeting was a draft; the lock triggers allow this last step.
            meeting = self.s.get(m.Meeting, meeting_id)
            assert meeting is not None
            self.writer.update(meeting, {"minutes_status": MinutesStatus.APPROVED})
        self.s.flush()
        self.preview.warnings += self.people.unused()

    # -- one record ---------------------------------------------------------------------------

    def _convert(self, rec: Rec) -> dict[str, Any]:
        plain = columns(rec.table)
        fks = foreign_keys(rec.table)
        refs: dict[str, Any] = {}
        for name, key in rec.refs.items():
            if key is not None and not isinstance(key, str):
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "{where}, field '{name}': expected an id (text)."),
                    where=rec.where,
                    name=name,
                )
            if name not in fks:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "{where}: '{name}' is not a reference of a {table}."),
                    where=rec.where,
                    name=name,
                    table=rec.table,
                )
            refs[name] = None if key is None else self._resolve(fks[name], key, rec, name)
        out: dict[str, Any] = {}
        for name, value in rec.values.items():
            if name not in plain:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "{where}: '{name}' is not a field of a {table}."),
                    where=rec.where,
                    name=name,
                    table=rec.table,
                )
            if isinstance(value, str) and isinstance(plain[name].type, DateTime):
                value = self._body_wall_time(rec.table, refs, value)
            out[name] = from_json(rec.table, name, value, rec.where)
        # Values first, then references: the order the columns are compared and audited in.
        out.update(refs)
        return out

    def _body_wall_time(self, table: str, refs: dict[str, Any], value: str) -> str:
        """A time with an offset as the wall clock of the body it belongs to (stored times have none)."""
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value  # from_json names the field
        if moment.tzinfo is None:
            return value
        body_id = refs.get("body_id") if table == "meeting" else None
        if table != "meeting":
            meeting_id = self._meeting(table, refs, None)
            meeting = self.s.get(m.Meeting, meeting_id) if meeting_id is not None else None
            body_id = meeting.body_id if meeting is not None else None
        if body_id not in self._zones:
            body = self.s.get(m.Body, body_id) if body_id is not None else None
            self._zones[body_id] = body.time_zone if body is not None else None
        return wall_time(moment, self._zones[body_id]).isoformat()

    def _resolve(self, table: str, key: str, rec: Rec, field_name: str) -> int:
        found = self._find(table, key)
        if found is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services",
                    "{where}, field '{field_name}': '{key}' does not name any {table} in the "
                    "file or the database.",
                ),
                where=rec.where,
                field_name=field_name,
                key=key,
                table=table,
            )
        return found

    def _store_pending(self) -> None:
        """Store the waiting batch of new rows, then the external ids that name them."""
        self.bulk.flush()
        self._pending_keys.clear()
        self._pending_match.clear()
        if self._new_external:
            self.s.execute(insert(m.ExternalId), self._new_external)
            self._new_external = []

    def _may_match_pending(self, rec: Rec, values: dict[str, Any]) -> bool:
        """Whether a waiting row of this table has the values this record is matched by."""
        assert rec.match is not None
        if not self.bulk.pending(TABLES[rec.table]):
            return False
        if rec.table == "person":
            return True  # people are matched by spelling and identifiers too: store the few waiting
        names = tuple(sorted(rec.match))
        if names not in self._pending_match:
            self._pending_match[names] = {_match_values(names, row.values) for row in self.bulk.rows}
        found = self._pending_match[names]
        wanted = tuple(values.get(name, rec.match[name]) for name in names)
        return None in found or wanted in found

    def find(self, table: str, key: str) -> int | None:
        """The row a key of this import (or an earlier one) names, or None."""
        return self._find(table, key) if table in TABLES else None

    def _find(self, table: str, key: str) -> int | None:
        if (table, key) in self._pending_keys:
            self._store_pending()  # a record refers to one of its own table still waiting (a section)
        if (table, key) in self.ids:
            return self.ids[(table, key)]
        ext = self._external.get((table, key))
        if ext is not None and self._exists(table, ext):
            return ext
        # The key another format's import gave the row (the OCD and Popolo ids of one council).
        other = self._keys.row(table, key)
        if other is not None and self._exists(table, other):
            return other
        return self._derived_ids(table).get(key)

    def _exists(self, table: str, row_id: int) -> bool:
        # A remembered id whose row was deleted since the last import no longer counts.
        self._derived_ids(table)
        return row_id in self._row_ids[table] or self.s.get(TABLES[table], row_id) is not None

    def _derived_ids(self, table: str) -> dict[str, int]:
        """This database's own export keys, so that re-importing its own export finds its rows."""
        if table not in self._derived:
            cls = TABLES[table]
            ids = self.s.scalars(select(cls.id))  # type: ignore[attr-defined]
            self._row_ids[table] = set(ids)
            self._derived[table] = {derived_key(self._namespace, table, i): i for i in self._row_ids[table]}
        return self._derived[table]

    # -- the rules of hand entry ----------------------------------------------------------------

    def _meeting(self, table: str, values: dict[str, Any], row_id: int | None) -> int | None:
        """The meeting a row (given by its values) belongs to, or None for shared records."""
        if table == "meeting":
            return row_id
        if table not in MEETING_PATH:
            return None
        column, parent = MEETING_PATH[table]
        parent_id = values.get(column)
        if parent_id is None:
            return None
        known = self._meeting_of.get((parent, parent_id))
        if known is None:
            row = self.s.get(TABLES[parent], parent_id)
            if row is None:
                return None
            known = self._meeting(parent, {c: getattr(row, c) for c in columns_and_refs(parent)}, parent_id)
            if known is None:
                return None
            self._meeting_of[(parent, parent_id)] = known
        return known

    def _lock_of(self, table: str, values: dict[str, Any], row_id: int | None) -> str | None:
        """Why a row may not change (approved minutes), or None; the same guards as the services."""
        meeting_id = self._meeting(table, values, row_id)
        if meeting_id is not None and meeting_id in self._approved:
            return "it belongs to approved minutes"
        try:
            if table == "matter" and row_id is not None:
                matter = self.s.get(m.Matter, row_id)
                assert matter is not None
                ensure_matter_editable(self.s, matter, set(values))
            elif (
                table == "sponsorship"
                and values.get("matter_id") is not None
                # A matter this import created is not in any minutes yet: no need to read it.
                and ("matter", values["matter_id"]) not in self._created
            ):
                matter = self.s.get(m.Matter, values["matter_id"])
                if matter is not None:
                    ensure_matter_editable(self.s, matter, None)
        except LockedError:
            return "its matter is printed in approved minutes"
        return None

    def _skip_locked(self, rec: Rec, why: str, text: str) -> None:
        self.preview.warnings.append(f"{rec.where}: not {why}, because {text}.")
        self.preview.skipped[rec.table] += 1
        self.preview.lines.append(("locked", rec.table, label(rec)))

    def _load_one(self, rec: Rec, approved: list[int]) -> None:
        cls = TABLES[rec.table]
        # Cleaned as every stored text is, before matching and comparing: a re-import of the same
        # file must find the stored (cleaned) text the same, not "updated".
        values = clean_row(cls, self._convert(rec), rec.where)
        existing = self._find(rec.table, rec.key)
        if existing is not None or (rec.match is not None and self._may_match_pending(rec, values)):
            self._store_pending()  # a match may find a waiting row; updates are audited in file order
        if existing is None and rec.match is not None:
            matched = self._match_person(rec, values) if rec.table == "person" else self._match(rec, values)
            if matched is not None:
                # A record the clerk already has (same name, same file number): it is used as it is.
                self.preview.skipped[rec.table] += 1
                self.preview.lines.append(("use", rec.table, label(rec)))
                self._known(rec, matched, values)
                return
        if existing is not None:
            self._update(rec, cls, existing, values)
            self._known(rec, existing, values)
            return
        locked = self._lock_of(rec.table, values, None)
        if locked is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("services", "{where}: cannot be added, because {locked}."),
                where=rec.where,
                locked=locked,
            )
        pending_approval = False
        if rec.table == "meeting" and values.get("minutes_status") == MinutesStatus.APPROVED:
            values["minutes_status"] = MinutesStatus.DRAFT
            pending_approval = True

        def stored(new_id: int) -> None:
            if pending_approval:
                approved.append(new_id)
            self._created.add((rec.table, new_id))
            self._known(rec, new_id, values)

        if self.batched:
            self._pending_keys.add((rec.table, rec.key))
            self.bulk.add(cls, values, rec.where, stored)
            for names, found in self._pending_match.items():
                found.add(_match_values(names, values))
        else:
            stored(self.writer.create(cls, values, rec.where))
        self.preview.created[rec.table] += 1
        self.preview.lines.append(("create", rec.table, label(rec)))

    def _update(self, rec: Rec, cls: type[Base], existing: int, values: dict[str, Any]) -> None:
        obj = self.s.get(cls, existing)
        assert obj is not None
        changes = {k: v for k, v in values.items() if getattr(obj, k) != v}
        if rec.table == "person" and SPELLING & set(changes):
            stored = str(getattr(obj, "display_name"))  # noqa: B009 - a person, typed as any table
            spelled = str(values.get("display_name") or stored)
            if self.people.keeps_spelling(rec, stored, spelled):
                changes = {k: v for k, v in changes.items() if k not in SPELLING}
        if not changes:
            self.preview.skipped[rec.table] += 1
            self.preview.lines.append(("same", rec.table, label(rec)))
            return
        current = {c: getattr(obj, c) for c in columns_and_refs(rec.table)}
        locked = self._lock_of(rec.table, current if rec.table != "matter" else changes, existing)
        if locked is not None:
            self._skip_locked(rec, "updated", locked)
            return
        try:
            self.writer.update(obj, changes)
        except DBAPIError as error:
            if not is_lock_violation(error):
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "{where}: cannot be updated ({reason})."),
                    where=rec.where,
                    reason=reason(error),
                ) from None
            self.s.expire(obj)
            self._skip_locked(rec, "updated", "it belongs to approved minutes")
            return
        self.preview.updated[rec.table] += 1
        self.preview.lines.append(("update", rec.table, label(rec)))

    def _known(self, rec: Rec, row_id: int, values: dict[str, Any]) -> None:
        self.ids[(rec.table, rec.key)] = row_id
        if rec.table in MEETING_PATH or rec.table == "meeting":
            meeting_id = self._meeting(rec.table, values, row_id)
            if meeting_id is not None:
                self._meeting_of[(rec.table, row_id)] = meeting_id
        self._remember(rec, row_id)

    def _match(self, rec: Rec, values: dict[str, Any]) -> int | None:
        assert rec.match is not None
        cls = TABLES[rec.table]
        fks = foreign_keys(rec.table)
        for name in rec.match:
            if name in fks and (fks[name], values.get(name)) in self._created:
                return None  # nothing already stored can hang off a record this import just made
        q = select(cls.id)  # type: ignore[attr-defined]
        for name in rec.match:
            q = q.where(getattr(cls, name) == values.get(name, rec.match[name]))
        with self.s.no_autoflush:
            found = self.s.scalars(q.limit(2)).all()
        if len(found) > 1:
            self.preview.warnings.append(
                f"{rec.where}: several {rec.table} records match; the first one was used."
            )
        return int(found[0]) if found else None

    def _match_person(self, rec: Rec, values: dict[str, Any]) -> int | None:
        """Not known by its id: the same identifier, else the same name (with the clerk's choices)."""
        with self.s.no_autoflush:
            return self.people.choose(rec, str(values.get("display_name") or ""))

    def _remember(self, rec: Rec, row_id: int) -> None:
        if self._derived_ids(rec.table).get(rec.key) == row_id:
            return
        known = self._external.get((rec.table, rec.key))
        if known == row_id:
            return
        if known is None and self.batched:
            self._new_external.append(
                {"scheme": self.scheme, "value": rec.key, "entity": rec.table, "entity_id": row_id}
            )
        elif known is None:
            self.s.add(m.ExternalId(scheme=self.scheme, value=rec.key, entity=rec.table, entity_id=row_id))
        else:  # the row it named was deleted; the id now names the new row
            ext = self.s.scalars(
                select(m.ExternalId).where(
                    m.ExternalId.scheme == self.scheme,
                    m.ExternalId.value == rec.key,
                    m.ExternalId.entity == rec.table,
                )
            ).one()
            ext.entity_id = row_id
        self._external[(rec.table, rec.key)] = row_id


def _match_values(names: tuple[str, ...], values: dict[str, Any]) -> tuple[Any, ...] | None:
    """A waiting row's values for a match's fields; None when it leaves one to its default (unknown)."""
    if any(name not in values for name in names):
        return None
    return tuple(values[name] for name in names)


def columns_and_refs(table: str) -> list[str]:
    return [*columns(table), *foreign_keys(table)]


def parents_first(recs: list[Rec]) -> list[Rec]:
    """Within a table, a record referring to another of its table (sections, amendments) comes after it."""
    self_refs = {
        table: [f for f, target in foreign_keys(table).items() if target == table]
        for table in {r.table for r in recs}
    }
    pending = list(recs)
    out: list[Rec] = []
    while pending:
        waiting_keys = {(r.table, r.key) for r in pending}
        placed_now: list[Rec] = []
        waiting: list[Rec] = []
        for rec in pending:
            parents = [rec.refs.get(f) for f in self_refs[rec.table]]
            if any(p is not None and p != rec.key and (rec.table, p) in waiting_keys for p in parents):
                waiting.append(rec)
            else:
                placed_now.append(rec)
        if not placed_now:  # a cycle: load as is and let the database refuse it
            out.extend(waiting)
            break
        out.extend(placed_now)
        pending = waiting
    return out


def reason(error: DBAPIError) -> str:
    text = str(error.orig) if error.orig is not None else str(error)
    text = text.splitlines()[0]
    if "UNIQUE" in text:
        return f"it duplicates an existing record: {text.split(':', 1)[-1].strip()}"
    if "CHECK" in text:
        return f"a rule is broken: {text.split(':', 1)[-1].strip()}"
    if "NOT NULL" in text:
        return f"a required value is missing: {text.split(':', 1)[-1].strip()}"
    if "FOREIGN KEY" in text:
        return "it points at a record that does not exist"
    return text
