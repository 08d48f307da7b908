"""Exhibits and documents: stored in the database with their SHA-256, or held as a link."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

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
MAX_URL_LENGTH = 2000  # document.url
LINK_SCHEMES = ("http", "https")


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
        _attached_somewhere(agenda_item_id, matter_id)
        file_name = require_text(Path(file_name).name, "file name")
        if len(content) > MAX_DOCUMENT_BYTES:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services", "{file_name} is larger than 200 MB; attach a smaller file or a link."
                ),
                file_name=file_name,
            )
        with self.db.transaction() as s:
            _check_owner(s, agenda_item_id, matter_id)
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

    def link(
        self,
        url: str,
        title: str,
        *,
        agenda_item_id: int | None = None,
        matter_id: int | None = None,
        media_type: str = "",
    ) -> DocumentDTO:
        """A document published elsewhere (a Legistar attachment): its title and address, no bytes,
        so no SHA-256 either; the window opens the address, the minutes print it."""
        _attached_somewhere(agenda_item_id, matter_id)
        values = linked_values(
            check_link(url), require_text(title or link_file_name(url.strip()) or url, "title")
        )
        with self.db.transaction() as s:
            _check_owner(s, agenda_item_id, matter_id)
            doc = Document(agenda_item_id=agenda_item_id, matter_id=matter_id, content=b"", **values)
            if media_type:
                doc.media_type = media_type
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


def _attached_somewhere(agenda_item_id: int | None, matter_id: int | None) -> None:
    if agenda_item_id is None and matter_id is None:
        raise UserError(
            QT_TRANSLATE_NOOP("services", "A document must be attached to an agenda item or a matter.")
        )


def _check_owner(s: Session, agenda_item_id: int | None, matter_id: int | None) -> None:
    """The item (of a meeting whose minutes are still open) or the matter the document goes with."""
    if agenda_item_id is not None:
        ensure_editable(s, fetch(s, AgendaItem, agenda_item_id).meeting_id)
    if matter_id is not None:
        fetch(s, Matter, matter_id)


def check_link(url: str) -> str:
    """The address of a linked document, trimmed; refused unless it is a web address."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.netloc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services", "'{url}' is not a web address (http:// or https://) a document can link to."
            ),
            url=url[:200],
        )
    if len(url) > MAX_URL_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services", "A document's address is longer than {limit} characters: '{start}…'."
            ),
            limit=MAX_URL_LENGTH,
            start=url[:80],
        )
    return url


def link_file_name(url: str) -> str:
    """The file name a linked document's address ends in ('' for none): what the window lists."""
    return unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])[:300]


def linked_values(url: str, title: str, media_type: str = "") -> dict[str, object]:
    """A linked document's stored values (no bytes, so no size or SHA-256), as imports create it."""
    name = link_file_name(url)
    return {
        "title": (title.strip() or name or url)[:300],
        "file_name": name,
        "media_type": (media_type or mimetypes.guess_type(name)[0] or "")[:100],
        "sha256": "",
        "size": 0,
        "url": url,
    }
