"""Linked documents (title and web address, no bytes) as OCD and Popolo list them: `documents`, `links`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, said
from councildesk.exchange.assemble import apply_extras, extras_of, key_or
from councildesk.exchange.source import need_dict, need_list, opt_dict, opt_str
from councildesk.services.document_service import check_link, linked_values
from councildesk.services.exchange_records import Rec

OWNERS = ("agenda_item_id", "matter_id")
# The import's warning for a document it cannot keep, declared (English as its str).
NOT_KEPT = QT_TRANSLATE_NOOP("exchange", "{where}: the document was not kept ({error}).")


def documents_of(docs: list[Rec]) -> list[dict[str, Any]] | None:
    """A bill's or an agenda item's linked documents in OCD's shape (note, links[url, media_type]);
    None for none, so that the field is left out as the schemas want rather than written empty."""
    out = []
    for d in sorted(docs, key=lambda r: r.key):
        link = {"url": d.values["url"]}
        if d.values.get("media_type"):
            link["media_type"] = d.values["media_type"]
        out.append({"note": d.values["title"], "links": [link], "extras": extras_of(d) | {"id": d.key}})
    return out or None


def event_documents_of(docs: list[Rec]) -> list[dict[str, Any]]:
    """An OCD event's documents (note, url, media_type): its agenda items' linked documents."""
    out = []
    for d in sorted(docs, key=lambda r: r.key):
        entry = {"note": d.values["title"], "url": d.values["url"]}
        if d.values.get("media_type"):
            entry["media_type"] = d.values["media_type"]
        out.append(entry | {"extras": extras_of(d) | {"id": d.key}})
    return out


def read_documents(
    obj: dict[str, Any], where: str, owner: str, owner_key: str, warnings: list[str], seen: set[str]
) -> Iterator[Rec]:
    """Document records for `obj`'s `documents` (each a note with links, or OCD events' url), owned by
    the record `owner_key` through the column `owner`; one with no web address is named and skipped.
    A document of an agenda item and its matter is listed under both: `seen` keeps it to one record."""
    for i, entry in enumerate(need_list(obj, "documents", where)):
        at = f"{where}, documents[{i}]"
        entry = need_dict(entry, at)
        links = [need_dict(link, f"{at}, links[{j}]") for j, link in enumerate(need_list(entry, "links", at))]
        url = opt_str(links[0], "url", at) if links else opt_str(entry, "url", at)
        media_type = opt_str(links[0], "media_type", at) if links else opt_str(entry, "media_type", at)
        try:
            url = check_link(url)
        except UserError as error:
            warnings.append(said(NOT_KEPT, where=at, error=error))
            continue
        extras = opt_dict(entry, "extras", at)
        rec = Rec(
            "document",
            key_or(extras, f"{owner_key}/document/{url}"),
            linked_values(url, opt_str(entry, "note", at), media_type),
            {column: owner_key if column == owner else None for column in OWNERS},
            at,
            match={owner: None, "url": None},
        )
        apply_extras(rec, entry)
        if rec.key not in seen:
            seen.add(rec.key)
            yield rec
