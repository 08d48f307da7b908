"""Exhibits and documents stored in the database with their SHA-256."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from sqlalchemy import select

from councildesk.db.engine import Database
from councildesk.db.models import AgendaItem, Document, Matter
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services import audit
from councildesk.services.dto import DocumentDTO
from councildesk.services.guards import ensure_editable, fetch, require_text
from councildesk.services.mapping import document_dto
from councildesk.services.snapshot import Snapshot, capture, put_back

MAX_DOCUMENT_BYTES = 200 * 1024 * 1024


class DocumentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def attach(
        self,
        content: bytes,
        file_name: str,
        *,
        agenda_item_id: int | None = None,
        matter_id: int | None = None,
        title: str = "",
        media_type: str = "",
    ) -> DocumentDTO:
        if agenda_item_id is None and matter_id is None:
            raise UserError(
                QT_TRANSLATE_NOOP("services", "A document must be attached to an agenda item or a matter.")
            )
        file_name = require_text(Path(file_name).name, "file name")
        if len(content) > MAX_DOCUMENT_BYTES:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services", "{file_name} is larger than 200 MB; attach a smaller file or a link."
                ),
                file_name=file_name,
            )
        with self.db.transaction() as s:
            if agenda_item_id is not None:
                ensure_editable(s, fetch(s, AgendaItem, agenda_item_id).meeting_id)
            if matter_id is not None:
                fetch(s, Matter, matter_id)
            doc = Document(
                agenda_item_id=agenda_item_id,
                matter_id=matter_id,
                title=title.strip() or file_name,
                file_name=file_name,
                media_type=media_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream",
                sha256=hashlib.sha256(content).hexdigest(),
                size=len(content),
                content=content,
            )
            audit.created(s, doc)
            return document_dto(doc)

    def attach_file(self, path: Path, **where: int | None) -> DocumentDTO:
        try:
            content = Path(path).read_bytes()
        except OSError as error:
            raise UserError(
                QT_TRANSLATE_NOOP("services", "Could not read {path}: {value}."),
                path=path,
                value=error.strerror or error,
            ) from None
        return self.attach(content, Path(path).name, **where)  # type: ignore[arg-type]

    def content(self, document_id: int) -> bytes:
        with self.db.reading() as s:
            return fetch(s, Document, document_id).content

    def delete(self, document_id: int) -> None:
        with self.db.transaction() as s:
            doc = fetch(s, Document, document_id)
            if doc.agenda_item_id is not None:
                ensure_editable(s, fetch(s, AgendaItem, doc.agenda_item_id).meeting_id)
            audit.deleted(s, doc)

    def list_for_item(self, agenda_item_id: int) -> list[DocumentDTO]:
        with self.db.reading() as s:
            fetch(s, AgendaItem, agenda_item_id)
            rows = s.scalars(
                select(Document).where(Document.agenda_item_id == agenda_item_id).order_by(Document.id)
            )
            return [document_dto(d) for d in rows]

    # -- undo support ---------------------------------------------------------------------
    def snapshot(self, agenda_item_id: int) -> Snapshot:
        """Every exhibit of an agenda item with its content, exactly, for undo."""
        with self.db.reading() as s:
            fetch(s, AgendaItem, agenda_item_id)
            scope = [(Document, Document.agenda_item_id == agenda_item_id)]
            return capture(s, f"exhibits of agenda item {agenda_item_id}", scope)  # type: ignore[arg-type]

    def restore(self, agenda_item_id: int, saved: Snapshot) -> list[DocumentDTO]:
        """Put an agenda item's exhibits back exactly as in `saved` (same ids and content)."""
        with self.db.transaction() as s:
            ensure_editable(s, fetch(s, AgendaItem, agenda_item_id).meeting_id)
            scope = [(Document, Document.agenda_item_id == agenda_item_id)]
            put_back(s, capture(s, saved.scope, scope), saved)  # type: ignore[arg-type]
        return self.list_for_item(agenda_item_id)
