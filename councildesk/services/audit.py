"""The audit log: who changed what, when, with the values before and after."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from councildesk.db import record_chain
from councildesk.db.base import Base, jsonable, now
from councildesk.db.file_lock import os_user
from councildesk.db.models import AuditLog
from councildesk.db.row_version import ROW_VERSION
from councildesk.db.server_role import audit_columns
from councildesk.services import import_run


def row_values(obj: Base) -> dict[str, Any]:
    """The loaded column values of an ORM object, JSON-friendly (deferred blobs are skipped).

    The row's version counter is not among them: it is bookkeeping for concurrent edits, and the
    audit entry itself already says that the row changed.
    """
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in state.unloaded or attr.key == ROW_VERSION:
            continue
        values[attr.key] = jsonable(getattr(obj, attr.key))
    return values


def record(
    session: Session,
    action: str,
    obj: Base,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append one audit entry; call after flush so that new objects have their ids."""
    run = import_run.active()
    if run is not None:  # every row an import writes passes here: its Cancel and progress are heard
        run.wrote_row()
    session.flush()
    only_changed_before = before
    if before is not None and after is not None:
        changed = {k for k in after if before.get(k) != after.get(k)}
        if getattr(obj, "id", None) is None:
            # A row known by its key columns, not an id (a body's time limit for one kind of
            # speaker): the entry keeps them, so that it says which row changed.
            changed |= {column.key for column in obj.__table__.primary_key}
        only_changed_before = {k: before.get(k) for k in changed}
        after = {k: after[k] for k in changed}
    entry = AuditLog(
        **audit_columns(session.info.get("server_role")),
        at=now(),
        os_user=os_user(),
        action=action,
        entity=obj.__tablename__,
        entity_id=getattr(obj, "id", None),
        before=json.dumps(only_changed_before, ensure_ascii=False, sort_keys=True)
        if only_changed_before is not None
        else None,
        after=json.dumps(after, ensure_ascii=False, sort_keys=True) if after is not None else None,
    )
    session.add(entry)
    session.flush()
    # An approval or correction is chained before the audit entry that records it.
    kind = record_chain.KIND_OF.get(obj.__tablename__)
    if kind is not None and action == "create" and entry.entity_id is not None:
        record_chain.append(session, kind, entry.entity_id, getattr(obj, "meeting_id", None))
    record_chain.append(session, "audit", entry.id)


def created(session: Session, obj: Base) -> None:
    session.add(obj)
    if obj.__tablename__ in record_chain.KIND_OF:
        # Approvals and corrections are let in only along this path (db/chain_guard.py).
        record_chain.open_path(session.connection())
        try:
            session.flush()
        finally:
            record_chain.close_path(session.connection())
    session.flush()
    record(session, "create", obj, None, row_values(obj))


def cascaded_rows(session: Session, obj: Base) -> list[Base]:
    """Rows the database will delete along with `obj` (ON DELETE CASCADE), children before parents."""
    found: list[Base] = []
    seen: set[tuple[str, Any]] = {(obj.__tablename__, getattr(obj, "id", None))}

    def walk(parent: Base) -> None:
        parent_table = parent.__table__
        for mapper in Base.registry.mappers:
            table = mapper.local_table
            for fk in table.foreign_keys:
                if fk.ondelete != "CASCADE" or fk.column.table is not parent_table:
                    continue
                key = getattr(parent, fk.column.key)
                for child in session.scalars(select(mapper.class_).where(fk.parent == key)):
                    ident = (child.__tablename__, getattr(child, "id", None))
                    if ident in seen:
                        continue
                    seen.add(ident)
                    walk(child)
                    found.append(child)

    walk(obj)
    return found


def deleted(session: Session, obj: Base) -> None:
    """Log `obj` and every row its deletion cascades to, so the audit log keeps what was removed."""
    session.flush()
    for child in cascaded_rows(session, obj):
        record(session, "delete", child, row_values(child), None)
    values = row_values(obj)
    record(session, "delete", obj, values, None)
    session.delete(obj)
    session.flush()


def updated(session: Session, obj: Base, changes: dict[str, Any]) -> bool:
    """Apply `changes` to `obj` and log them; returns False when nothing changed."""
    before = row_values(obj)
    for key, value in changes.items():
        setattr(obj, key, value)
    session.flush()
    after = row_values(obj)
    if before == after:
        return False
    record(session, "update", obj, before, after)
    return True
