"""The per-record extras store: what an imported record said beyond our columns, saved and read back."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db import models as m
from councildesk.services import audit
from councildesk.services.exchange_records import Rec


def save_extras(
    session: Session, scheme: str, recs: list[Rec], ids: dict[tuple[str, str], int]
) -> tuple[int, int]:
    """Store each record's extras under the row it became (audited); returns (created, updated)."""
    stored = {
        (e.entity, e.entity_id): e
        for e in session.scalars(select(m.RecordExtra).where(m.RecordExtra.format == scheme))
    }
    created = updated = 0
    for rec in recs:
        row_id = ids.get((rec.table, rec.key))
        if not rec.extras or row_id is None:
            continue
        data = json.dumps(rec.extras, ensure_ascii=False, sort_keys=True)
        old = stored.get((rec.table, row_id))
        if old is None:
            new = m.RecordExtra(entity=rec.table, entity_id=row_id, format=scheme, data=data)
            session.add(new)
            session.flush()
            audit.record(session, "create", new, None, audit.row_values(new))
            stored[(rec.table, row_id)] = new
            created += 1
        elif old.data != data:
            audit.updated(session, old, {"data": data})
            updated += 1
    return created, updated


def read_extras(session: Session, scheme: str) -> dict[tuple[str, int], dict[str, Any]]:
    """(table, row id) → the extras kept for `scheme`."""
    return {
        (e.entity, e.entity_id): json.loads(e.data)
        for e in session.scalars(select(m.RecordExtra).where(m.RecordExtra.format == scheme))
    }
