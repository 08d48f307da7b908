"""Fill an empty database with a deterministic synthetic city, in bulk and in one transaction.

Unlike the demo, this writes table rows directly (Core executemany) rather than through the
public services, for speed: a service call per row for years of meetings would be far too slow
for tests and benchmarks. sample/meeting.py computes vote results with domain.rules and numbers
agendas with domain.agenda_numbering, as the services do, and tests/test_generator.py checks the
rows against those rules; one summary audit entry records the run instead of one per row.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from councildesk.db import models, record_chain
from councildesk.db.base import Base, now
from councildesk.db.engine import Database
from councildesk.db.file_lock import os_user
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Sentence, said
from councildesk.sample.city import END_YEAR, MAX_YEARS, TABLES, SyntheticCity

# Bumped whenever the generator's output changes, so that cached benchmark databases are rebuilt.
GENERATOR_VERSION = 5
CHUNK = 20_000  # rows per executemany: bounded memory for the driver, few round trips

MODELS: dict[str, type[Base]] = {
    "body": models.Body,
    "person": models.Person,
    "post": models.Post,
    "membership": models.Membership,
    "matter": models.Matter,
    "sponsorship": models.Sponsorship,
    "meeting": models.Meeting,
    "attendance": models.Attendance,
    "agenda_item": models.AgendaItem,
    "speaker": models.Speaker,
    "motion": models.Motion,
    "vote": models.Vote,
    "ballot": models.Ballot,
}
# The records whose presence means "this database is in use"; the generator refuses to mix with them.
OCCUPIED_BY = (models.Body, models.Person, models.Meeting, models.Matter)


@dataclass(frozen=True)
class CityStats:
    """What `generate` wrote: the city, the span of years, the seed and the row counts."""

    city: str
    first_year: int
    last_year: int
    seed: int
    bodies: int
    people: int
    memberships: int
    meetings: int
    items: int
    matters: int
    sponsorships: int
    speakers: int
    motions: int
    votes: int
    ballots: int
    attendance: int

    def __str__(self) -> str:
        return str(self.told())

    def told(self) -> Sentence:
        """What was generated, as a declared sentence (English as str, the reader's language read)."""
        span = (
            str(self.first_year)
            if self.first_year == self.last_year
            else f"{self.first_year}–{self.last_year}"
        )
        return said(
            CITY_STATS,
            city=self.city,
            span=span,
            seed=self.seed,
            **{name: getattr(self, name) for name in COUNTED},
        )


COUNTED = ("bodies", "people", "meetings", "items", "matters", "motions", "votes", "ballots", "speakers")
CITY_STATS = QT_TRANSLATE_NOOP(
    "generator",
    "the synthetic City of {city}, {span} (seed {seed}): {bodies:,} bodies, {people:,} people, "
    "{meetings:,} meetings, {items:,} agenda items, {matters:,} matters, {motions:,} motions, "
    "{votes:,} votes, {ballots:,} ballots, {speakers:,} speakers",
)


def generate(db: Database, *, years: int, seed: int = 1) -> CityStats:
    """Write `years` years of a synthetic city ending in END_YEAR into an empty database.

    The same years and seed always give the same rows. Every person and meeting is marked as
    sample data; minutes stay drafts. Refuses a database that already holds records.
    """
    if not 1 <= years <= MAX_YEARS:
        raise UserError(f"The number of years must be between 1 and {MAX_YEARS} (got {years}).")
    with db.transaction() as s:
        _require_empty(s, db)
        first_ids = {table: _next_id(s, MODELS[table]) for table in TABLES}
        city = SyntheticCity(years, seed, first_ids)
        rows = city.build().rows
        for table in TABLES:
            _bulk_insert(s, MODELS[table], rows[table])
        if not db.is_sqlite:
            _advance_sequences(s)
        stats = CityStats(
            city=city.city,
            first_year=END_YEAR - years + 1,
            last_year=END_YEAR,
            seed=seed,
            bodies=len(rows["body"]),
            people=len(rows["person"]),
            memberships=len(rows["membership"]),
            meetings=len(rows["meeting"]),
            items=len(rows["agenda_item"]),
            matters=len(rows["matter"]),
            sponsorships=len(rows["sponsorship"]),
            speakers=len(rows["speaker"]),
            motions=len(rows["motion"]),
            votes=len(rows["vote"]),
            ballots=len(rows["ballot"]),
            attendance=len(rows["attendance"]),
        )
        # One summary entry rather than one per row: the rows are sample data, not clerk's work.
        summary = s.execute(
            insert(models.AuditLog).returning(models.AuditLog.id),
            [
                {
                    "at": now(),
                    "os_user": os_user(),
                    "action": "generate",
                    "entity": "database",
                    "entity_id": None,
                    "before": None,
                    "after": json.dumps(
                        {"years": years, "generator_version": GENERATOR_VERSION} | asdict(stats),
                        ensure_ascii=False,
                        sort_keys=True,
                    ),
                }
            ],
        ).scalar_one()
        record_chain.append(s, "audit", summary)
        return stats


def _require_empty(s: Session, db: Database) -> None:
    for model in OCCUPIED_BY:
        if s.scalar(select(func.count()).select_from(model)):
            where = db.path or db.url
            raise UserError(
                f"{where} already holds records; generate a synthetic city only into a new, empty database."
            )


def _next_id(s: Session, model: type[Base]) -> int:
    # Side tables may keep rows after their meetings were deleted; start after them, never reuse an id.
    current = s.scalar(select(func.max(model.__table__.c.id)))
    return 1 if current is None else int(current) + 1


def _bulk_insert(s: Session, model: type[Base], rows: list[dict[str, object]]) -> None:
    """Core executemany in chunks; ids are already assigned, parents precede children."""
    statement = insert(
        cast(Table, model.__table__)
    )  # plain Core: the ORM's bulk machinery is not needed here
    for start in range(0, len(rows), CHUNK):
        s.execute(statement, rows[start : start + CHUNK])


def _advance_sequences(s: Session) -> None:
    """PostgreSQL: move each id sequence past the ids written here, so later inserts do not collide."""
    for table in TABLES:
        s.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
            )
        )
