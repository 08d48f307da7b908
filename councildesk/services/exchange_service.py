"""Imports, exports, archives and restores: each one service call, one transaction, audited row by row.

Format modules in `exchange/` read files into `ParsedImport` records and write files from what
this service hands them; they never hold a session. An import follows the rules of hand entry:
rows of approved minutes are not changed (the same guards as the services use), and every row
it creates or updates gets its own audit entry.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from councildesk.db import models as m
from councildesk.db.engine import Database, open_database
from councildesk.services import archive_rows, import_run
from councildesk.services.approval_exchange import restore_approval
from councildesk.services.backup_service import BackupService, RestoreResult
from councildesk.services.exchange_records import (
    DateRange,
    ImportPreview,
    KeyBook,
    ParsedImport,
    Rec,
    read_record_sets,
    read_records,
)
from councildesk.services.flat_tables import FILES
from councildesk.services.meeting_clock import import_warnings
from councildesk.services.record_extras import save_extras
from councildesk.services.record_loader import Loader


@dataclass(frozen=True)
class CalendarEntry:
    """One meeting as a calendar shows it."""

    uid: str
    body: str
    title: str | None
    kind: str
    scheduled_start: datetime
    adjourned_at: datetime | None
    location: str | None
    status: str
    items: tuple[str, ...]  # top-level agenda titles, in order
    time_zone: str = ""  # the body's IANA zone: the times above are its wall clock


class _DryRun(Exception):
    pass


class ExchangeService:
    def __init__(self, db: Database, backups: BackupService) -> None:
        self.db = db
        self.backups = backups

    @property
    def database_path(self) -> Path | None:
        """The open database file (None on a server): where file dialogs start and archives are named."""
        return self.db.path

    # -- imports --------------------------------------------------------------------------------

    def apply(self, parsed: ParsedImport, *, dry_run: bool = False) -> ImportPreview:
        """Apply parsed records in one transaction; with dry_run it is rolled back (the preview counts)."""
        preview = ImportPreview(
            source=parsed.source, warnings=list(parsed.warnings), dropped=list(parsed.dropped)
        )
        preview.count_extras(parsed.recs)
        try:
            with self.db.transaction() as session:
                people = import_run.current().people
                loader = Loader(session, parsed.scheme, preview, people, dry_run)
                loader.load(parsed.recs)
                self._restore_approvals(session, loader, parsed.recs, preview)
                created, updated = save_extras(session, parsed.scheme, parsed.recs, loader.ids)
                if created:
                    preview.created["record_extra"] += created
                if updated:
                    preview.updated["record_extra"] += updated
                preview.warnings += import_warnings(session, loader.ids)  # votes after adjournment …
                if dry_run:
                    raise _DryRun
        except _DryRun:
            return preview
        preview.applied = True
        return preview

    @staticmethod
    def _restore_approvals(session: Session, loader: Loader, recs: list[Rec], preview: ImportPreview) -> None:
        """Re-make the approvals and corrections the file's meetings carry, after every record is in."""
        for rec in recs:
            if rec.table != "meeting" or rec.approval is None:
                continue
            meeting_id = loader.ids.get(("meeting", rec.key))
            if meeting_id is None:
                continue
            made, corrected, warnings = restore_approval(
                session, meeting_id, rec.approval, rec.where, loader.find
            )
            if made:
                preview.created["minutes_approval"] += made
            if corrected:
                preview.created["correction"] += corrected
            preview.warnings += warnings

    # -- exports --------------------------------------------------------------------------------

    def records(self, scheme: str, span: DateRange | None = None) -> list[Rec]:
        """Every exchangeable row as a record keyed for `scheme` (meetings only within `span`)."""
        with self.db.reading() as session:
            return read_records(session, scheme, span)

    def record_sets(self, schemes: Iterable[str], span: DateRange | None = None) -> dict[str, list[Rec]]:
        """records() for each scheme, from one consistent read of the rows they share."""
        with self.db.reading() as session:
            return read_record_sets(session, schemes, span)

    def flat_tables(
        self, span: DateRange | None = None
    ) -> list[tuple[str, list[str], list[tuple[Any, ...]]]]:
        """(file name, header, rows) of each spreadsheet table, from one consistent read."""
        params = {
            "start": span.start.isoformat() if span and span.start else None,
            "end": span.end.isoformat() if span and span.end else None,
            "approved_only": 1 if span and span.approved_only else 0,
        }
        out = []
        with self.db.reading() as session:
            for name, query in FILES.items():
                result = session.execute(text(query), params)
                out.append((name, list(result.keys()), [tuple(row) for row in result]))
        return out

    def zones_in_use(self) -> list[str]:
        """The IANA zones of every body (a calendar with no meetings still describes them)."""
        with self.db.reading() as session:
            return sorted(set(session.scalars(select(m.Body.time_zone))))

    def calendar(self, span: DateRange | None = None) -> list[CalendarEntry]:
        """Meetings in date order with their OCD ids (so calendar UIDs match the open-data export)."""
        out = []
        with self.db.reading() as session:
            keys = KeyBook(session, "ocd")
            within = []
            if span and span.start:
                within.append(m.Meeting.scheduled_start >= datetime.combine(span.start, datetime.min.time()))
            if span and span.end:
                within.append(m.Meeting.scheduled_start <= datetime.combine(span.end, datetime.max.time()))
            # Every meeting's top-level items in one query, not one query per meeting.
            titles: dict[int, list[str]] = defaultdict(list)
            for meeting_id, title in session.execute(
                select(m.AgendaItem.meeting_id, m.AgendaItem.title)
                .join(m.Meeting, m.Meeting.id == m.AgendaItem.meeting_id)
                .where(m.AgendaItem.parent_id.is_(None), *within)
                .order_by(m.AgendaItem.meeting_id, m.AgendaItem.position, m.AgendaItem.id)
            ):
                titles[meeting_id].append(title)
            q = select(m.Meeting, m.Body.name, m.Body.time_zone).join(m.Body, m.Body.id == m.Meeting.body_id)
            ordered = q.where(*within).order_by(m.Meeting.scheduled_start, m.Meeting.id)
            for meeting, body_name, zone_name in session.execute(ordered):
                items = titles.get(meeting.id, [])
                out.append(
                    CalendarEntry(
                        uid=keys.key("meeting", meeting.id),
                        body=body_name,
                        title=meeting.title,
                        kind=meeting.kind.value,
                        scheduled_start=meeting.scheduled_start,
                        adjourned_at=meeting.adjourned_at,
                        location=meeting.location,
                        status=meeting.status.value,
                        items=tuple(items),
                        time_zone=zone_name,
                    )
                )
        return out

    # -- archives and restores ------------------------------------------------------------------

    def archive_tables(self) -> list[str]:
        return archive_rows.table_names()

    def check_archive_schema(self, schema: object, name: str) -> None:
        archive_rows.check_schema(schema, name)

    def dump_tables(self, write: Callable[[str, Iterator[Mapping[Any, Any]]], None]) -> str:
        """Hand every table's rows to `write` from one consistent read; returns the schema revision."""
        with self.db.reading() as session:
            return archive_rows.dump(session, write)

    def load_archive(self, rows: archive_rows.Rows, name: str) -> dict[str, int]:
        """Insert an archive's rows, ids unchanged, into this (empty) database in one transaction."""
        with self.db.transaction() as session:
            return archive_rows.load(session, self.db, rows, name)

    def restore_archive(self, rows: archive_rows.Rows, source: Path) -> RestoreResult:
        """Replace the open database with an archive's rows, keeping the replaced file beside it."""
        target = self.backups._database_path()
        with tempfile.TemporaryDirectory(dir=target.parent, prefix=".restore-") as tmp:
            staged = Path(tmp) / "staged.db"
            fresh = open_database(staged)
            try:
                ExchangeService(fresh, BackupService(fresh)).load_archive(rows, source.name)
            finally:
                fresh.close()
            result = self.backups.restore(staged)
        return RestoreResult(source, result.replaced_copy, result.schema)

    def restore_backup(self, path: Path) -> RestoreResult:
        return self.backups.restore(path)
