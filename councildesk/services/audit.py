"""The audit log: who changed what, when, with the values before and after."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from councildesk.db.base import Base, jsonable, now
from councildesk.db.file_lock import os_user
from councildesk.db.models import AuditLog


def row_values(obj: Base) -> dict[str, Any]:
    """The loaded column values of an ORM object, JSON-friendly (deferred blobs are skipped)."""
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in state.unloaded:
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
    session.flush()
    only_changed_before = before
    if before is not None and after is not None:
        changed = {k for k in after if before.get(k) != after.get(k)}
        only_changed_before = {k: before.get(k) for k in changed}
        after = {k: after[k] for k in changed}
    session.add(
        AuditLog(
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
    )


def created(session: Session, obj: Base) -> None:
    session.add(obj)
    session.flush()
    record(session, "create", obj, None, row_values(obj))


def deleted(session: Session, obj: Base) -> None:
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
