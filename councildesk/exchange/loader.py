"""Write format-neutral records into the database in one transaction, with a preview (dry run) first."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from councildesk.db import models as m
from councildesk.db.approval_lock import is_lock_violation
from councildesk.db.base import now
from councildesk.db.engine import Database
from councildesk.db.file_lock import os_user
from councildesk.domain.enums import MinutesStatus
from councildesk.domain.errors import UserError
from councildesk.exchange.records import (
    TABLES,
    Rec,
    columns,
    database_namespace,
    derived_key,
    foreign_keys,
    from_json,
    to_json,
)

LABEL_FIELDS = ("display_name", "name", "title", "identifier", "label", "text")


@dataclass
class ImportPreview:
    """What an import does (or would do): counts per table, one line per change, and warnings."""

    source: str
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    lines: list[tuple[str, str, str]] = field(default_factory=list)  # (action, table, label)
    warnings: list[str] = field(default_factory=list)
    applied: bool = False

    def summary(self) -> str:
        def part(counter: Counter[str]) -> str:
            return ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in sorted(counter.items())) or "nothing"

        return (
            f"{self.source}: create {part(self.created)}; update {part(self.updated)}; "
            f"unchanged {part(self.skipped)}; {len(self.warnings)} warning(s)."
        )

    def text(self) -> str:
        out = [self.summary()]
        out += [
            f"  {action:<7} {table:<12} {label}" for action, table, label in self.lines if action != "same"
        ]
        out += [f"  warning: {w}" for w in self.warnings]
        return "\n".join(out) + "\n"


class _DryRun(Exception):
    pass


def run_import(
    db: Database, recs: list[Rec], scheme: str, source: str, warnings: list[str], *, dry_run: bool
) -> ImportPreview:
    """Apply `recs` in one transaction; with dry_run the transaction is rolled back afterwards."""
    preview = ImportPreview(source=source, warnings=list(warnings))
    try:
        with db.transaction() as session:
            Loader(session, scheme, preview).load(recs)
            if dry_run:
                raise _DryRun
    except _DryRun:
        return preview
    preview.applied = True
    return preview


def _label(rec: Rec) -> str:
    for name in LABEL_FIELDS:
        value = rec.values.get(name)
        if isinstance(value, str) and value.strip():
            value = " ".join(value.split())  # one line: titles copied from agendas carry tabs and breaks
            return value if len(value) <= 70 else value[:67] + "…"
    return rec.key


class Loader:
    def __init__(self, session: Session, scheme: str, preview: ImportPreview) -> None:
        self.s = session
        self.scheme = scheme
        self.preview = preview
        self.ids: dict[tuple[str, str], int] = {}
        self._derived: dict[str, dict[str, int]] = {}
        self._row_ids: dict[str, set[int]] = {}
        self._created: set[tuple[str, int]] = set()
        self._namespace = database_namespace(session)
        # Every id this scheme ever stored, read once: imports look them up for each record and reference.
        self._external: dict[tuple[str, str], int] = {
            (e.entity, e.value): e.entity_id
            for e in session.scalars(select(m.ExternalId).where(m.ExternalId.scheme == scheme))
        }

    def load(self, recs: list[Rec]) -> None:
        seen: dict[tuple[str, str], Rec] = {}
        for rec in recs:
            if (rec.table, rec.key) in seen:
                raise UserError(f"{rec.where}: the id '{rec.key}' is used by two {rec.table} records.")
            seen[(rec.table, rec.key)] = rec
        approved: list[int] = []
        for table in TABLES:
            for rec in _parents_first([r for r in recs if r.table == table]):
                self._load_one(rec, approved)
        for meeting_id in approved:
            # Children were written while the meeting was a draft; the lock triggers allow this last step.
            meeting = self.s.get(m.Meeting, meeting_id)
            assert meeting is not None
            meeting.minutes_status = MinutesStatus.APPROVED
        self.s.flush()
        self.s.add(
            m.AuditLog(
                at=now(),
                os_user=os_user(),
                action="import",
                entity="import",
                entity_id=None,
                before=None,
                after=json.dumps(
                    {
                        "source": self.preview.source,
                        "scheme": self.scheme,
                        "created": dict(self.preview.created),
                        "updated": dict(self.preview.updated),
                        "warnings": len(self.preview.warnings),
                    },
                    sort_keys=True,
                    ensure_ascii=False,
                ),
            )
        )
        self.s.flush()

    # -- one record ---------------------------------------------------------------------------

    def _convert(self, rec: Rec) -> dict[str, Any]:
        plain = columns(rec.table)
        fks = foreign_keys(rec.table)
        out: dict[str, Any] = {}
        for name, value in rec.values.items():
            if name not in plain:
                raise UserError(f"{rec.where}: '{name}' is not a field of a {rec.table}.")
            out[name] = from_json(rec.table, name, value, rec.where)
        for name, key in rec.refs.items():
            if key is not None and not isinstance(key, str):
                raise UserError(f"{rec.where}, field '{name}': expected an id (text).")
            if name not in fks:
                raise UserError(f"{rec.where}: '{name}' is not a reference of a {rec.table}.")
            out[name] = None if key is None else self._resolve(fks[name], key, rec, name)
        return out

    def _resolve(self, table: str, key: str, rec: Rec, field_name: str) -> int:
        found = self._find(table, key)
        if found is None:
            raise UserError(
                f"{rec.where}, field '{field_name}': '{key}' does not name any {table} "
                "in the file or the database."
            )
        return found

    def _find(self, table: str, key: str) -> int | None:
        if (table, key) in self.ids:
            return self.ids[(table, key)]
        ext = self._external.get((table, key))
        if ext is not None and self._exists(table, ext):
            return ext
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

    def _load_one(self, rec: Rec, approved: list[int]) -> None:
        cls = TABLES[rec.table]
        values = self._convert(rec)
        existing = self._find(rec.table, rec.key)
        label = _label(rec)
        if existing is None and rec.match is not None:
            matched = self._match(rec, values)
            if matched is not None:
                # A record the clerk already has (same name, same file number): it is used as it is.
                self.preview.skipped[rec.table] += 1
                self.preview.lines.append(("use", rec.table, label))
                self.ids[(rec.table, rec.key)] = matched
                self._remember(rec, matched)
                return
        if existing is not None:
            obj = self.s.get(cls, existing)
            assert obj is not None
            changes = {k: v for k, v in values.items() if getattr(obj, k) != v}
            if changes:
                try:
                    with self.s.begin_nested():
                        for k, v in changes.items():
                            setattr(obj, k, v)
                        self.s.flush()
                except DBAPIError as error:
                    if not is_lock_violation(error):
                        raise UserError(f"{rec.where}: cannot be updated ({_reason(error)}).") from None
                    self.s.expire(obj)
                    self.preview.warnings.append(
                        f"{rec.where}: not updated, because it belongs to approved minutes."
                    )
                    self.preview.skipped[rec.table] += 1
                    self.preview.lines.append(("locked", rec.table, label))
                else:
                    self.preview.updated[rec.table] += 1
                    self.preview.lines.append(("update", rec.table, label))
            else:
                self.preview.skipped[rec.table] += 1
                self.preview.lines.append(("same", rec.table, label))
            self.ids[(rec.table, rec.key)] = existing
            self._remember(rec, existing)
            return
        if rec.table == "meeting" and values.get("minutes_status") == MinutesStatus.APPROVED:
            values["minutes_status"] = MinutesStatus.DRAFT
            pending_approval = True
        else:
            pending_approval = False
        obj = cls(**values)
        self.s.add(obj)
        try:
            self.s.flush()
        except IntegrityError as error:
            raise UserError(f"{rec.where}: cannot be stored ({_reason(error)}).") from None
        new_id = int(obj.id)  # type: ignore[attr-defined]
        if pending_approval:
            approved.append(new_id)
        self.ids[(rec.table, rec.key)] = new_id
        self._created.add((rec.table, new_id))
        self._remember(rec, new_id)
        self.preview.created[rec.table] += 1
        self.preview.lines.append(("create", rec.table, label))

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

    def _remember(self, rec: Rec, row_id: int) -> None:
        if self._derived_ids(rec.table).get(rec.key) == row_id:
            return
        known = self._external.get((rec.table, rec.key))
        if known == row_id:
            return
        if known is None:
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


def _parents_first(recs: list[Rec]) -> list[Rec]:
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


def _reason(error: DBAPIError) -> str:
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


__all__ = ["ImportPreview", "Loader", "run_import", "to_json"]
