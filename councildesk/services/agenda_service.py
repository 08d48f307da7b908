"""The agenda: add, edit, nest, move and delete items; numbers are kept in step automatically."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.engine import Database
from councildesk.db.models import AgendaItem, Ballot, Body, Document, Matter, Meeting, Motion, Speaker, Vote
from councildesk.domain.agenda_numbering import AgendaNode, number_agenda
from councildesk.domain.enums import AgendaItemKind, MinutesStatus, NumberingStyle
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services import audit
from councildesk.services.approval_guard import ensure_not_approving
from councildesk.services.consent_agenda import consent_voted
from councildesk.services.dto import AgendaItemDTO
from councildesk.services.guards import ensure_editable, fetch, require_text
from councildesk.services.mapping import item_dto
from councildesk.services.meeting_clock import stamp
from councildesk.services.snapshot import Snapshot, capture, put_back
from councildesk.services.stale_edit import check_version

ITEM_FIELDS = {"title", "kind", "body", "discussion", "action_text", "consent", "matter_id", "started_at"}


def ordered_items(s: Session, meeting_id: int) -> list[AgendaItemDTO]:
    return in_agenda_order(s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)))


def in_agenda_order(rows: Iterable[AgendaItem]) -> list[AgendaItemDTO]:
    """One meeting's items, depth first (the order the agenda prints), each with its depth."""
    items = {i.id: i for i in rows}
    numbered = number_agenda(AgendaNode(i.id, i.parent_id, i.position) for i in items.values())
    return [item_dto(items[n.id], n.depth) for n in numbered]


def renumber_open_meetings(s: Session, body_id: int) -> None:
    """Number again, in the body's style now, every meeting of it whose minutes are not approved
    (approved minutes keep the numbers they were approved with)."""
    for meeting_id in s.scalars(
        select(Meeting.id).where(Meeting.body_id == body_id, Meeting.minutes_status != MinutesStatus.APPROVED)
    ).all():
        renumber(s, meeting_id)


def renumber(s: Session, meeting_id: int) -> None:
    """Give siblings positions 0..n-1 and every item its number in the body's style."""
    s.flush()
    items = {i.id: i for i in s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id))}
    style = s.scalar(
        select(Body.numbering_style).join(Meeting, Meeting.body_id == Body.id).where(Meeting.id == meeting_id)
    )
    numbered = number_agenda(
        (AgendaNode(i.id, i.parent_id, i.position) for i in items.values()), style or NumberingStyle.DECIMAL
    )
    counters: dict[int | None, int] = {}
    for node in numbered:
        item = items[node.id]
        position = counters.get(node.parent_id, 0)
        counters[node.parent_id] = position + 1
        if item.position != position:
            item.position = position
        if item.number != node.number:
            item.number = node.number
    s.flush()


def _siblings(s: Session, meeting_id: int, parent_id: int | None) -> list[AgendaItem]:
    parent_cond = AgendaItem.parent_id.is_(None) if parent_id is None else AgendaItem.parent_id == parent_id
    return list(
        s.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, parent_cond)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def _place(s: Session, item: AgendaItem, parent_id: int | None, position: int | None) -> None:
    """Put `item` under `parent_id` at `position` (None: at the end), shifting its siblings."""
    siblings = [x for x in _siblings(s, item.meeting_id, parent_id) if x.id != item.id]
    index = len(siblings) if position is None else max(0, min(position, len(siblings)))
    siblings.insert(index, item)
    item.parent_id = parent_id
    for i, sibling in enumerate(siblings):
        sibling.position = i


def _check_parent(s: Session, meeting_id: int, item_id: int | None, parent_id: int | None) -> None:
    if parent_id is None:
        return
    parent = fetch(s, AgendaItem, parent_id)
    if parent.meeting_id != meeting_id:
        raise UserError(
            QT_TRANSLATE_NOOP("services", "An item can only be nested under an item of the same meeting.")
        )
    cursor: AgendaItem | None = parent
    while cursor is not None:
        if cursor.id == item_id:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services", "An item cannot be nested under itself or one of its own sub-items."
                )
            )
        cursor = s.get(AgendaItem, cursor.parent_id) if cursor.parent_id else None


class AgendaService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_items(self, meeting_id: int) -> list[AgendaItemDTO]:
        with self.db.reading() as s:
            fetch(s, Meeting, meeting_id)
            return ordered_items(s, meeting_id)

    def get_item(self, item_id: int) -> AgendaItemDTO:
        with self.db.reading() as s:
            item = fetch(s, AgendaItem, item_id)
            for dto in ordered_items(s, item.meeting_id):
                if dto.id == item_id:
                    return dto
            return item_dto(item)

    def add_item(
        self,
        meeting_id: int,
        title: str,
        *,
        kind: AgendaItemKind = AgendaItemKind.OTHER,
        parent_id: int | None = None,
        position: int | None = None,
        body: str = "",
        consent: bool = False,
        matter_id: int | None = None,
    ) -> AgendaItemDTO:
        title = require_text(title, "item's title")
        with self.db.transaction() as s:
            ensure_editable(s, meeting_id)
            _check_parent(s, meeting_id, None, parent_id)
            if matter_id is not None:
                fetch(s, Matter, matter_id)
            item = AgendaItem(
                meeting_id=meeting_id, title=title, kind=kind, body=body, consent=consent, matter_id=matter_id
            )
            s.add(item)
            s.flush()
            _place(s, item, parent_id, position)
            renumber(s, meeting_id)
            audit.record(s, "create", item, None, audit.row_values(item))
            return next(d for d in ordered_items(s, meeting_id) if d.id == item.id)

    def update_item(
        self, item_id: int, *, expected_version: int | None = None, **changes: Any
    ) -> AgendaItemDTO:
        """Change fields of an item; with `expected_version` (the row_version the window read) a
        change someone else made since is not overwritten but refused (StaleEdit)."""
        unknown = set(changes) - ITEM_FIELDS
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)} of an agenda item")
        if "title" in changes:
            changes["title"] = require_text(changes["title"], "item's title")
        with self.db.transaction() as s:
            ensure_editable(s, fetch(s, AgendaItem, item_id).meeting_id)
            item = fetch(s, AgendaItem, item_id)  # as committed now that the meeting is locked
            check_version(s, item, expected_version)
            if changes.get("matter_id") is not None:
                fetch(s, Matter, changes["matter_id"])
            audit.updated(s, item, changes)
            return next(d for d in ordered_items(s, item.meeting_id) if d.id == item.id)

    def mark_started(self, item_id: int, at: datetime | None = None) -> AgendaItemDTO:
        with self.db.reading() as s:
            when = stamp(s, fetch(s, Meeting, fetch(s, AgendaItem, item_id).meeting_id), at)
        return self.update_item(item_id, started_at=when)

    def delete_item(self, item_id: int, *, expected_version: int | None = None) -> None:
        """Delete an item with everything under it (sub-items, speakers, motions and votes)."""
        with self.db.transaction() as s:
            meeting_id = fetch(s, AgendaItem, item_id).meeting_id
            ensure_editable(s, meeting_id)
            item = fetch(s, AgendaItem, item_id)
            check_version(s, item, expected_version)
            ensure_not_approving(s, item_id=item_id)
            audit.deleted(s, item)
            renumber(s, meeting_id)

    def move_item(self, item_id: int, parent_id: int | None, position: int | None) -> AgendaItemDTO:
        """Move an item (with its sub-items) under `parent_id` at `position` among its new siblings."""
        with self.db.transaction() as s:
            item = fetch(s, AgendaItem, item_id)
            ensure_editable(s, item.meeting_id)
            _check_parent(s, item.meeting_id, item.id, parent_id)
            before = audit.row_values(item)
            _place(s, item, parent_id, position)
            renumber(s, item.meeting_id)
            audit.record(s, "move", item, before, audit.row_values(item))
            return next(d for d in ordered_items(s, item.meeting_id) if d.id == item.id)

    def pull_from_consent(self, item_id: int) -> AgendaItemDTO:
        """Take an item off the consent agenda before its vote; it follows the consent section, to be
        considered on its own."""
        with self.db.transaction() as s:
            item = fetch(s, AgendaItem, item_id)
            ensure_editable(s, item.meeting_id)
            if not item.consent:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "Item {item_number} is not on the consent agenda."),
                    item_number=item.number,
                )
            section = s.get(AgendaItem, item.parent_id) if item.parent_id else None
            if section is not None and consent_voted(s, section.id):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The consent agenda has been voted on; delete that vote first to pull item "
                        "{item_number} off it.",
                    ),
                    item_number=item.number,
                )
            before = audit.row_values(item)
            item.consent = False
            if section is not None:
                _place(s, item, section.parent_id, section.position + 1)
            renumber(s, item.meeting_id)
            audit.record(s, "pull from consent", item, before, audit.row_values(item))
            return next(d for d in ordered_items(s, item.meeting_id) if d.id == item.id)

    def return_to_consent(self, item_id: int, parent_id: int | None, position: int) -> AgendaItemDTO:
        """Put a pulled item back on the consent agenda where it was (undo of `pull_from_consent`)."""
        with self.db.transaction() as s:
            item = fetch(s, AgendaItem, item_id)
            ensure_editable(s, item.meeting_id)
            _check_parent(s, item.meeting_id, item.id, parent_id)
            if parent_id is not None and consent_voted(s, parent_id):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "The consent agenda has been voted on; an item cannot go back on it now."
                    )
                )
            before = audit.row_values(item)
            item.consent = True
            _place(s, item, parent_id, position)
            renumber(s, item.meeting_id)
            audit.record(s, "return to consent", item, before, audit.row_values(item))
            return next(d for d in ordered_items(s, item.meeting_id) if d.id == item.id)

    def indent(self, item_id: int) -> AgendaItemDTO:
        """Make the item the last sub-item of the item above it."""
        with self.db.reading() as s:
            item = fetch(s, AgendaItem, item_id)
            siblings = _siblings(s, item.meeting_id, item.parent_id)
            index = [x.id for x in siblings].index(item.id)
            if index == 0:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "The first item at its level cannot be indented.")
                )
            new_parent = siblings[index - 1].id
        return self.move_item(item_id, new_parent, None)

    def outdent(self, item_id: int) -> AgendaItemDTO:
        """Move the item out of its parent, just after it."""
        with self.db.reading() as s:
            item = fetch(s, AgendaItem, item_id)
            if item.parent_id is None:
                raise UserError(QT_TRANSLATE_NOOP("services", "A top-level item cannot be outdented."))
            parent = fetch(s, AgendaItem, item.parent_id)
            target_parent, target_pos = parent.parent_id, parent.position + 1
        return self.move_item(item_id, target_parent, target_pos)

    def shift(self, item_id: int, delta: int) -> AgendaItemDTO:
        """Move the item up (-1) or down (+1) among its siblings."""
        with self.db.reading() as s:
            item = fetch(s, AgendaItem, item_id)
            parent_id, position = item.parent_id, item.position
        return self.move_item(item_id, parent_id, max(0, position + delta))

    # -- undo of a deletion ---------------------------------------------------------------
    def snapshot(self, item_id: int) -> Snapshot:
        """The item with its sub-items, speakers, motions, votes, ballots and exhibits, exactly (for undo)."""
        with self.db.reading() as s:
            fetch(s, AgendaItem, item_id)
            return capture(s, f"agenda item {item_id} with everything under it", _subtree_parts(s, item_id))

    def restore(self, saved: Snapshot) -> AgendaItemDTO:
        """Put a deleted item back exactly as `snapshot` saw it (same ids), in its old place."""
        root = dict(saved.tables[0].rows[0])
        with self.db.transaction() as s:
            ensure_editable(s, root["meeting_id"])
            if s.get(AgendaItem, root["id"]) is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "Agenda item {root} is already there."), root=root["number"]
                )
            if root["parent_id"] is not None:
                fetch(s, AgendaItem, root["parent_id"])
            put_back(s, Snapshot(saved.scope, ()), saved)
            item = fetch(s, AgendaItem, root["id"])
            _place(s, item, root["parent_id"], root["position"])  # siblings shift back as they were
            renumber(s, item.meeting_id)
            return next(d for d in ordered_items(s, item.meeting_id) if d.id == item.id)


def _subtree_parts(s: Session, item_id: int) -> list[tuple[Any, Any]]:
    """(model, condition) for every row under an item, parents before children (as put_back inserts)."""
    levels = [[item_id]]
    while True:
        below = list(s.scalars(select(AgendaItem.id).where(AgendaItem.parent_id.in_(levels[-1]))))
        if not below:
            break
        levels.append(below)
    ids = [i for level in levels for i in level]
    motion_ids = list(s.scalars(select(Motion.id).where(Motion.agenda_item_id.in_(ids))))
    vote_ids = list(s.scalars(select(Vote.id).where(Vote.motion_id.in_(motion_ids))))
    parts: list[tuple[Any, Any]] = [(AgendaItem, AgendaItem.id.in_(level)) for level in levels]
    parts += [
        (Speaker, Speaker.agenda_item_id.in_(ids)),
        (Motion, Motion.agenda_item_id.in_(ids)),  # amendments have larger ids than their motions
        (Vote, Vote.motion_id.in_(motion_ids)),
        (Ballot, Ballot.vote_id.in_(vote_ids)),
        (Document, Document.agenda_item_id.in_(ids)),
    ]
    return parts
