"""Fields a record arrived with that the schema does not model, kept per record and format for re-export."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from councildesk.db.base import Base


class RecordExtra(Base):
    """One record's foreign fields in one exchange format (Popolo, OCD …) as JSON.

    An import keeps here what a file said that has no column (images, links, contact details,
    identifiers, other names, a party on a vote, a year-only date as written, a role's own label),
    and an export in the same format writes it back beside the modelled fields.
    """

    __tablename__ = "record_extra"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(50))  # table name, as in external_id
    entity_id: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(40))  # "popolo", "ocd" …
    data: Mapped[str] = mapped_column(Text)  # JSON object

    __table_args__ = (
        UniqueConstraint("entity", "entity_id", "format", name="uq_record_extra_entity_format"),
    )
