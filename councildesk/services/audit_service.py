"""Read the audit log (newest first): everything, one record's entries, or one meeting's history."""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from councildesk.db.base import Base
from councildesk.db.engine import Database
from councildesk.db.models import (
    AgendaItem,
    Attendance,
    AuditLog,
    Document,
    Meeting,
    Motion,
    Person,
    Speaker,
    Vote,
)
from councildesk.services.dto import AuditEntryDTO
from councildesk.services.guards import fetch

# Tables under a meeting, and the column naming their parent: (table, parent column, parent table).
_CHILDREN = (
    ("attendance", "meeting_id", "meeting"),
    ("agenda_item", "meeting_id", "meeting"),
    ("speaker", "agenda_item_id", "agenda_item"),
    ("document", "agenda_item_id", "agenda_item"),
    ("motion", "agenda_item_id", "agenda_item"),
    ("vote", "motion_id", "motion"),
)
_MODELS: dict[str, Any] = {
    "attendance": Attendance,
    "agenda_item": AgendaItem,
    "speaker": Speaker,
    "document": Document,
    "motion": Motion,
    "vote": Vote,
}


def _entries(s: Session, rows: Iterable[AuditLog]) -> list[AuditEntryDTO]:
    """The entries with the name of the person each was made by (one query for all of them)."""
    found = list(rows)
    ids = {a.db_person_id for a in found if a.db_person_id is not None}
    names: dict[int, str] = {
        person_id: name
        for person_id, name in s.execute(select(Person.id, Person.display_name).where(Person.id.in_(ids)))
    }
    return [
        AuditEntryDTO(
            a.id,
            a.at,
            a.os_user,
            a.action,
            a.entity,
            a.entity_id,
            a.before,
            a.after,
            a.db_role,
            names.get(a.db_person_id) if a.db_person_id is not None else None,
        )
        for a in found
    ]


def _parents_in_log(s: Session, table: str, column: str) -> Iterable[tuple[int, Any]]:
    """(row id, parent id) of every `table` row the log saw created or deleted, deleted rows too."""
    for entity_id, before, after in s.execute(
        select(AuditLog.entity_id, AuditLog.before, AuditLog.after).where(
            AuditLog.entity == table, AuditLog.action.in_(("create", "delete"))
        )
    ):
        values = json.loads(after or before or "{}")
        if entity_id is not None and column in values:
            yield entity_id, values[column]


def _rows_under(s: Session, root: str, root_id: int) -> set[tuple[str, int]]:
    """(table, id) of `root` and every row under it, those deleted since included."""
    found: dict[str, set[int]] = {root: {root_id}}
    for table, column, parent in _CHILDREN:
        parents = found.get(parent)
        if not parents:
            continue
        model = _MODELS[table]
        ids = set(s.scalars(select(model.id).where(getattr(model, column).in_(parents))))
        ids |= {row_id for row_id, parent_id in _parents_in_log(s, table, column) if parent_id in parents}
        found.setdefault(table, set()).update(ids)
    return {(table, row_id) for table, ids in found.items() for row_id in ids}


def matches(entry: AuditEntryDTO, text: str) -> bool:
    """Whether a filter text (any case) appears in who, what or the values of an entry."""
    needle = text.strip().lower()
    if not needle:
        return True
    hay = " ".join(
        [
            entry.who,
            entry.os_user,
            entry.action,
            entry.entity.replace("_", " "),
            entry.before or "",
            entry.after or "",
        ]
    )
    return needle in hay.lower()


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def entries(
        self, *, entity: str | None = None, entity_id: int | None = None, limit: int = 200
    ) -> list[AuditEntryDTO]:
        query = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
        if entity is not None:
            query = query.where(AuditLog.entity == entity)
        if entity_id is not None:
            query = query.where(AuditLog.entity_id == entity_id)
        with self.db.reading() as s:
            return _entries(s, s.scalars(query))

    def history(
        self,
        meeting_id: int | None = None,
        *,
        item_id: int | None = None,
        text: str = "",
        limit: int = 500,
    ) -> list[AuditEntryDTO]:
        """The log of one meeting (or of one of its agenda items), newest first, filtered by `text`.

        Rows deleted since are included: the log keeps their parent in the values it saved.
        With neither a meeting nor an item, the whole log.
        """
        with self.db.reading() as s:
            if item_id is not None:
                rows = _rows_under(s, "agenda_item", fetch(s, AgendaItem, item_id).id)
            elif meeting_id is not None:
                rows = _rows_under(s, "meeting", fetch(s, Meeting, meeting_id).id)
            else:
                rows = None
            query = select(AuditLog).order_by(AuditLog.id.desc())
            key = tuple_(AuditLog.entity, AuditLog.entity_id)
            if rows is not None:
                keys = sorted(rows)
                found: list[AuditEntryDTO] = []
                for start in range(0, len(keys), 400):  # SQLite caps the parameters of one query
                    chunk = keys[start : start + 400]
                    found += _entries(s, s.scalars(query.where(key.in_(chunk))))
                found.sort(key=lambda e: e.id, reverse=True)
            else:
                found = _entries(s, s.scalars(query.limit(limit * 4 if text else limit)))
            return [e for e in found if matches(e, text)][:limit]


def changed_fields(entry: AuditEntryDTO) -> list[tuple[str, Any, Any]]:
    """(field, before, after) of one entry: every field a change touched, in name order."""
    before = json.loads(entry.before) if entry.before else {}
    after = json.loads(entry.after) if entry.after else {}
    if not isinstance(before, dict) or not isinstance(after, dict):  # "ballots" stores a mapping too
        return [("", before, after)]
    return [(key, before.get(key), after.get(key)) for key in sorted(set(before) | set(after))]


def field_enum(entity: str, field: str) -> type[StrEnum] | None:
    """The enumeration a logged field's values belong to ("kind" of "motion": MotionKind), if any,
    so that a reader shows its label rather than the stored code."""
    table = Base.metadata.tables.get(entity)
    column = table.columns.get(field) if table is not None else None
    enum_class = getattr(column.type, "enum_class", None) if column is not None else None
    return enum_class if isinstance(enum_class, type) and issubclass(enum_class, StrEnum) else None
