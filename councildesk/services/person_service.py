"""People: members, staff, public speakers and outside sponsors alike."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select

from councildesk.db.engine import Database
from councildesk.db.models import Person
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services import audit
from councildesk.services.dto import PersonDTO
from councildesk.services.guards import fetch, require_text
from councildesk.services.mapping import person_dto
from councildesk.services.stale_edit import check_version

PERSON_FIELDS = (
    "display_name",
    "given_name",
    "family_name",
    "honorific",
    "title",
    "affiliation",
    "residence",
    "email",
    "is_sample",
)

NAME_PART_LENGTH = 150  # Person.given_name and Person.family_name are VARCHAR(150)


def split_name(display_name: str) -> tuple[str, str]:
    """A best guess at given and family names for sorting: 'Pamela Schwartz' -> ('Pamela', 'Schwartz')."""
    parts = display_name.replace(",", " ").split()
    if len(parts) < 2:
        return display_name.strip(), ""
    return " ".join(parts[:-1]), parts[-1]


class PersonService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create_person(self, display_name: str, **fields: Any) -> PersonDTO:
        display_name = require_text(display_name, "person's name")
        unknown = set(fields) - set(PERSON_FIELDS)
        if unknown:
            raise ValueError(f"unknown person fields {sorted(unknown)}")
        if len(display_name) > 300:
            raise UserError(
                QT_TRANSLATE_NOOP("services", "A person's name can be at most 300 characters long.")
            )
        given, family = split_name(display_name)
        # Only a guess for sorting: cut to its column, so that every name up to 300 characters
        # fits (a one-word name of 300 would otherwise be refused as an over-long given name).
        fields.setdefault("given_name", given[:NAME_PART_LENGTH])
        fields.setdefault("family_name", family[:NAME_PART_LENGTH])
        with self.db.transaction() as s:
            person = Person(display_name=display_name, **fields)
            audit.created(s, person)
            return person_dto(person)

    def update_person(
        self, person_id: int, *, expected_version: int | None = None, **changes: Any
    ) -> PersonDTO:
        """Change a person's fields; `expected_version` as in AgendaService.update_item."""
        unknown = set(changes) - set(PERSON_FIELDS)
        if unknown:
            raise ValueError(f"unknown person fields {sorted(unknown)}")
        if "display_name" in changes:
            changes["display_name"] = require_text(changes["display_name"], "person's name")
        with self.db.transaction() as s:
            person = fetch(s, Person, person_id)
            check_version(s, person, expected_version)
            audit.updated(s, person, changes)
            return person_dto(person)

    def delete_person(self, person_id: int) -> None:
        """Delete a person no record refers to (used to undo adding one); refuse otherwise."""
        from councildesk.db.models import (
            Attendance,
            Ballot,
            Meeting,
            Membership,
            Motion,
            Speaker,
            Sponsorship,
        )

        with self.db.transaction() as s:
            person = fetch(s, Person, person_id)
            references = (
                select(Membership.id).where(Membership.person_id == person_id),
                select(Attendance.id).where(Attendance.person_id == person_id),
                select(Sponsorship.id).where(Sponsorship.person_id == person_id),
                select(Speaker.id).where(Speaker.person_id == person_id),
                select(Motion.id).where(or_(Motion.mover_id == person_id, Motion.seconder_id == person_id)),
                select(Ballot.id).where(Ballot.person_id == person_id),
                select(Meeting.id).where(
                    or_(Meeting.presiding_person_id == person_id, Meeting.recording_person_id == person_id)
                ),
            )
            if any(s.scalar(q.limit(1)) is not None for q in references):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "{person_display_name} is named in the records and cannot be deleted."
                    ),
                    person_display_name=person.display_name,
                )
            audit.deleted(s, person)

    def get_person(self, person_id: int) -> PersonDTO:
        with self.db.reading() as s:
            return person_dto(fetch(s, Person, person_id))

    def find_people(self, text: str = "", limit: int = 50) -> list[PersonDTO]:
        """People whose name, title or affiliation contains `text` (for completers)."""
        with self.db.reading() as s:
            query = select(Person).order_by(Person.family_name, Person.display_name).limit(limit)
            text = text.strip()
            if text:
                like = f"%{text.lower()}%"
                query = query.where(
                    or_(
                        func.lower(Person.display_name).like(like),
                        func.lower(Person.title).like(like),
                        func.lower(Person.affiliation).like(like),
                    )
                )
            return [person_dto(p) for p in s.scalars(query)]

    def find_by_name(self, display_name: str) -> PersonDTO | None:
        with self.db.reading() as s:
            person = s.scalars(
                select(Person).where(Person.display_name == display_name.strip()).order_by(Person.id)
            ).first()
            return person_dto(person) if person else None

    def count(self) -> int:
        with self.db.reading() as s:
            return int(s.scalar(select(func.count(Person.id))) or 0)
