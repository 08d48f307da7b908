"""Matters (resolutions, ordinances …) and their sponsors; co-sponsors may be non-members."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from councildesk.db.base import Base
from councildesk.db.engine import Database
from councildesk.db.models import AgendaItem, Body, Document, Matter, Membership, Person, Sponsorship
from councildesk.domain.enums import MatterKind, MatterStatus
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services import audit
from councildesk.services.body_service import active_on
from councildesk.services.dto import MatterDTO, SponsorDTO
from councildesk.services.guards import ensure_editable, fetch, require_text
from councildesk.services.matter_lock import ensure_matter_editable
from councildesk.services.person_service import split_name
from councildesk.services.snapshot import Snapshot, capture, put_back
from councildesk.services.stale_edit import RowKey, check_present, check_versions

MATTER_FIELDS = {"identifier", "kind", "title", "full_text", "status", "introduced_on"}


def sponsors_of(
    s: Session, matter_id: int, body_id: int | None = None, day: date | None = None
) -> tuple[SponsorDTO, ...]:
    """Sponsors, primary first; `is_member` is judged on the body and day given, else on any term."""
    rows = s.execute(
        select(Sponsorship, Person)
        .join(Person, Person.id == Sponsorship.person_id)
        .where(Sponsorship.matter_id == matter_id)
        .order_by(Sponsorship.is_primary.desc(), Sponsorship.position, Sponsorship.id)
    ).all()
    result = []
    for sponsorship, person in rows:
        member_q = select(Membership.id).where(Membership.person_id == person.id, Membership.voting.is_(True))
        if body_id is not None:
            member_q = member_q.where(Membership.body_id == body_id)
        if day is not None:
            member_q = member_q.where(active_on(day))
        result.append(
            SponsorDTO(
                person_id=person.id,
                name=person.display_name,
                title=person.title,
                is_primary=sponsorship.is_primary,
                is_member=s.scalar(member_q.limit(1)) is not None,
                sponsorship_id=sponsorship.id,
                row_version=sponsorship.row_version,
            )
        )
    return tuple(result)


def _sponsorship(s: Session, matter_id: int, person_id: int) -> Sponsorship | None:
    return s.scalar(
        select(Sponsorship).where(Sponsorship.matter_id == matter_id, Sponsorship.person_id == person_id)
    )


def sponsor_membership_body(s: Session, body_id: int) -> int:
    """The body whose membership makes a sponsor "a member": a committee's parent council, else the body."""
    body = s.get(Body, body_id)
    return body.parent_id if body is not None and body.parent_id is not None else body_id


def matter_dto(s: Session, m: Matter, body_id: int | None = None, day: date | None = None) -> MatterDTO:
    return matter_dto_with(m, sponsors_of(s, m.id, body_id, day))


def matter_dto_with(m: Matter, sponsors: tuple[SponsorDTO, ...]) -> MatterDTO:
    """The DTO of a matter whose sponsors were read already (the whole-meeting loader reads them at once)."""
    return MatterDTO(
        id=m.id,
        identifier=m.identifier,
        kind=m.kind,
        title=m.title,
        full_text=m.full_text,
        status=m.status,
        introduced_on=m.introduced_on,
        sponsors=sponsors,
    )


class MatterService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create_matter(
        self,
        identifier: str,
        title: str,
        *,
        kind: MatterKind = MatterKind.RESOLUTION,
        full_text: str = "",
        status: MatterStatus = MatterStatus.INTRODUCED,
        introduced_on: date | None = None,
    ) -> MatterDTO:
        identifier = require_text(identifier, "matter's identifier")
        title = require_text(title, "matter's title")
        with self.db.transaction() as s:
            if s.scalar(select(Matter.id).where(Matter.identifier == identifier)) is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "A matter numbered {identifier} already exists."),
                    identifier=identifier,
                )
            matter = Matter(
                identifier=identifier,
                title=title,
                kind=kind,
                full_text=full_text,
                status=status,
                introduced_on=introduced_on,
            )
            audit.created(s, matter)
            return matter_dto(s, matter)

    def update_matter(self, matter_id: int, **changes: Any) -> MatterDTO:
        unknown = set(changes) - MATTER_FIELDS
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)} of a matter")
        with self.db.transaction() as s:
            matter = fetch(s, Matter, matter_id)
            changed = {k for k, v in changes.items() if getattr(matter, k) != v}
            ensure_matter_editable(s, matter, changed)
            if "identifier" in changes:
                changes["identifier"] = require_text(changes["identifier"], "matter's identifier")
                clash = s.scalar(
                    select(Matter.id).where(
                        Matter.identifier == changes["identifier"], Matter.id != matter_id
                    )
                )
                if clash is not None:
                    raise UserError(
                        QT_TRANSLATE_NOOP("services", "A matter numbered {changes} already exists."),
                        changes=changes["identifier"],
                    )
            if "title" in changes:
                changes["title"] = require_text(changes["title"], "matter's title")
            audit.updated(s, matter, changes)
            return matter_dto(s, matter)

    def get_matter(self, matter_id: int) -> MatterDTO:
        with self.db.reading() as s:
            return matter_dto(s, fetch(s, Matter, matter_id))

    def get_matters(self, matter_ids: list[int]) -> dict[int, MatterDTO]:
        """get_matter of each id (unknown ids left out), reading each table once per few hundred."""
        from councildesk.services.matter_bulk import matters_by_id

        with self.db.reading() as s:
            return matters_by_id(s, matter_ids)

    def find_matters(self, text: str = "", limit: int = 50) -> list[MatterDTO]:
        with self.db.reading() as s:
            query = select(Matter).order_by(Matter.identifier.desc()).limit(limit)
            if text.strip():
                like = f"%{text.strip().lower()}%"
                query = query.where(
                    or_(func.lower(Matter.identifier).like(like), func.lower(Matter.title).like(like))
                )
            return [matter_dto(s, m) for m in s.scalars(query)]

    def add_sponsor(
        self,
        matter_id: int,
        person_id: int,
        *,
        primary: bool = False,
        expected: Mapping[RowKey, int] | None = None,
    ) -> MatterDTO:
        """Add a sponsor; a new primary sponsor makes the previous primary a co-sponsor.

        `expected` holds the sponsorships as the window read them ((table, id) → version): a
        primary sponsor someone changed or named since is not demoted but refused (StaleEdit).
        """
        with self.db.transaction() as s:
            matter = fetch(s, Matter, matter_id)
            ensure_matter_editable(s, matter)
            person = fetch(s, Person, person_id)
            existing = _sponsorship(s, matter_id, person_id)
            if existing is not None and existing.is_primary == primary:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "{person_display_name} already sponsors {matter_identifier}."
                    ),
                    person_display_name=person.display_name,
                    matter_identifier=matter.identifier,
                )
            self._demote_primary(s, matter_id, primary, expected)
            if existing is not None:
                audit.updated(s, existing, {"is_primary": primary})
            else:
                position = int(
                    s.scalar(select(func.count(Sponsorship.id)).where(Sponsorship.matter_id == matter_id))
                    or 0
                )
                audit.created(
                    s,
                    Sponsorship(
                        matter_id=matter_id, person_id=person_id, is_primary=primary, position=position
                    ),
                )
            return matter_dto(s, matter)

    def remove_sponsor(
        self, matter_id: int, person_id: int, *, expected: Mapping[RowKey, int] | None = None
    ) -> MatterDTO:
        """Remove a sponsor; `expected` as in add_sponsor (their sponsorship changed since: refused)."""
        with self.db.transaction() as s:
            matter = fetch(s, Matter, matter_id)
            ensure_matter_editable(s, matter)
            row = self._shown_sponsorship(s, matter, person_id, expected)
            check_versions(s, [row], expected)
            audit.deleted(s, row)
            return matter_dto(s, matter)

    def make_primary(
        self, matter_id: int, person_id: int, *, expected: Mapping[RowKey, int] | None = None
    ) -> MatterDTO:
        """Make a sponsor the primary one (the previous primary becomes a co-sponsor); `expected`
        as in add_sponsor: the sponsorships this changes must be as the window read them."""
        with self.db.transaction() as s:
            matter = fetch(s, Matter, matter_id)
            ensure_matter_editable(s, matter)
            row = self._shown_sponsorship(s, matter, person_id, expected)
            if row.is_primary:
                return matter_dto(s, matter)
            check_versions(s, [row], expected)
            self._demote_primary(s, matter_id, True, expected)
            audit.updated(s, row, {"is_primary": True})
            return matter_dto(s, matter)

    @staticmethod
    def _shown_sponsorship(
        s: Session, matter: Matter, person_id: int, expected: Mapping[RowKey, int] | None
    ) -> Sponsorship:
        """The sponsorship of `person_id` the window shows; deleted since, it names who removed it."""
        row = _sponsorship(s, matter.id, person_id)
        if row is not None:
            return row
        if expected is not None:
            shown = [row_id for table, row_id in expected if table == "sponsorship"]
            present = set(s.scalars(select(Sponsorship.id).where(Sponsorship.id.in_(shown))))
            check_present(s, "sponsorship", [i for i in shown if i not in present], expected)
        raise UserError(
            QT_TRANSLATE_NOOP("services", "{value} does not sponsor {matter_identifier}."),
            value=fetch(s, Person, person_id).display_name,
            matter_identifier=matter.identifier,
        )

    @staticmethod
    def _demote_primary(
        s: Session, matter_id: int, primary: bool, expected: Mapping[RowKey, int] | None
    ) -> None:
        """A new primary sponsor makes the one there was a co-sponsor: as the window read it, or refused."""
        if not primary:
            return
        previous = list(
            s.scalars(
                select(Sponsorship).where(
                    Sponsorship.matter_id == matter_id, Sponsorship.is_primary.is_(True)
                )
            )
        )
        check_versions(s, previous, expected)
        for other in previous:
            audit.updated(s, other, {"is_primary": False})

    def set_sponsors(self, matter_id: int, primary_id: int | None, cosponsor_ids: list[int]) -> MatterDTO:
        """Replace all sponsors at once: one primary (or none) and co-sponsors in order."""
        if primary_id is not None and primary_id in cosponsor_ids:
            raise UserError(
                QT_TRANSLATE_NOOP("services", "The primary sponsor cannot also be listed as a co-sponsor.")
            )
        if len(set(cosponsor_ids)) != len(cosponsor_ids):
            raise UserError(QT_TRANSLATE_NOOP("services", "A co-sponsor is listed twice."))
        with self.db.transaction() as s:
            matter = fetch(s, Matter, matter_id)
            ensure_matter_editable(s, matter)
            for row in s.scalars(select(Sponsorship).where(Sponsorship.matter_id == matter_id)):
                audit.deleted(s, row)
            ordered = ([(primary_id, True)] if primary_id is not None else []) + [
                (p, False) for p in cosponsor_ids
            ]
            for position, (person_id, is_primary) in enumerate(ordered):
                fetch(s, Person, person_id)
                audit.created(
                    s,
                    Sponsorship(
                        matter_id=matter_id, person_id=person_id, is_primary=is_primary, position=position
                    ),
                )
            return matter_dto(s, matter)

    # -- undo support ---------------------------------------------------------------------
    @staticmethod
    def _sponsor_scope(matter_id: int, person_ids: tuple[int, ...]) -> list[tuple[type[Base], Any]]:
        # People first: they are the parents of the sponsorships that name them.
        return [(Person, Person.id.in_(person_ids)), (Sponsorship, Sponsorship.matter_id == matter_id)]

    def sponsor_snapshot(self, matter_id: int, person_ids: tuple[int, ...] = ()) -> Snapshot:
        """Every sponsorship row of a matter (and the given people's rows), exactly, for undo."""
        with self.db.reading() as s:
            fetch(s, Matter, matter_id)
            return capture(s, f"sponsors of matter {matter_id}", self._sponsor_scope(matter_id, person_ids))

    def restore_sponsors(
        self, matter_id: int, saved: Snapshot, person_ids: tuple[int, ...] = ()
    ) -> MatterDTO:
        """Put a matter's sponsors back exactly as in `saved` (same ids, primary and order).

        `person_ids` names people created together with a sponsorship (a non-member added on the
        spot): they are removed or put back along with it.
        """
        with self.db.transaction() as s:
            matter = fetch(s, Matter, matter_id)
            ensure_matter_editable(s, matter)
            put_back(s, capture(s, saved.scope, self._sponsor_scope(matter_id, person_ids)), saved)
            return matter_dto(s, matter)

    def add_new_sponsor(
        self,
        matter_id: int,
        display_name: str,
        title: str,
        *,
        primary: bool = False,
        expected: Mapping[RowKey, int] | None = None,
    ) -> tuple[MatterDTO, int]:
        """Add someone not yet on record (e.g. the Police Chief) as a sponsor; returns the new person's id.

        `expected` as in add_sponsor."""
        display_name = require_text(display_name, "sponsor's name")
        title = require_text(title, f"title of {display_name} (e.g. Police Chief)")
        with self.db.transaction() as s:
            matter = fetch(s, Matter, matter_id)
            ensure_matter_editable(s, matter)
            given, family = split_name(display_name)
            person = Person(display_name=display_name, given_name=given, family_name=family, title=title)
            audit.created(s, person)
            self._demote_primary(s, matter_id, primary, expected)
            count = s.scalar(select(func.count(Sponsorship.id)).where(Sponsorship.matter_id == matter_id))
            audit.created(
                s,
                Sponsorship(
                    matter_id=matter_id, person_id=person.id, is_primary=primary, position=int(count or 0)
                ),
            )
            return matter_dto(s, matter), person.id

    def create_matter_for_item(
        self,
        item_id: int,
        identifier: str,
        title: str,
        *,
        kind: MatterKind = MatterKind.RESOLUTION,
        matter_id: int | None = None,
    ) -> MatterDTO:
        """Create a matter and link it to an agenda item, as one change.

        `matter_id` re-creates it under the id it had before (redo after undo), so that later
        changes on the undo stack still find it on databases that never reuse ids.
        """
        identifier = require_text(identifier, "matter's identifier")
        title = require_text(title, "matter's title")
        with self.db.transaction() as s:
            item = fetch(s, AgendaItem, item_id)
            ensure_editable(s, item.meeting_id)
            if s.scalar(select(Matter.id).where(Matter.identifier == identifier)) is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "A matter numbered {identifier} already exists."),
                    identifier=identifier,
                )
            matter = Matter(identifier=identifier, title=title, kind=kind, status=MatterStatus.INTRODUCED)
            if matter_id is not None:
                if s.get(Matter, matter_id) is not None:
                    raise UserError(
                        QT_TRANSLATE_NOOP("services", "There is already a matter {matter_id}."),
                        matter_id=matter_id,
                    )
                matter.id = matter_id
            audit.created(s, matter)
            audit.updated(s, item, {"matter_id": matter.id})
            return matter_dto(s, matter)

    def discard_matter_for_item(self, item_id: int, matter_id: int, previous_matter_id: int | None) -> None:
        """Undo `create_matter_for_item`: relink the item's previous matter and delete the new one."""
        with self.db.transaction() as s:
            item = fetch(s, AgendaItem, item_id)
            ensure_editable(s, item.meeting_id)
            matter = fetch(s, Matter, matter_id)
            in_use = (
                s.scalar(
                    select(AgendaItem.id).where(AgendaItem.matter_id == matter_id, AgendaItem.id != item_id)
                )
                or s.scalar(select(Sponsorship.id).where(Sponsorship.matter_id == matter_id))
                or s.scalar(select(Document.id).where(Document.matter_id == matter_id))
            )
            if in_use is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "Matter {matter_identifier} is in use elsewhere and cannot be removed."
                    ),
                    matter_identifier=matter.identifier,
                )
            audit.updated(s, item, {"matter_id": previous_matter_id})
            audit.deleted(s, matter)
