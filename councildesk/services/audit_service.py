"""Read the audit log (newest first), for the history panel and for tests."""

from __future__ import annotations

from sqlalchemy import select

from councildesk.db.engine import Database
from councildesk.db.models import AuditLog
from councildesk.services.dto import AuditEntryDTO


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
            return [
                AuditEntryDTO(a.id, a.at, a.os_user, a.action, a.entity, a.entity_id, a.before, a.after)
                for a in s.scalars(query)
            ]
