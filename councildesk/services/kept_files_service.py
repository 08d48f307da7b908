"""Keeps the files approved minutes are published as, and hands back only copies that still verify."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from councildesk.db.engine import Database
from councildesk.db.models import AuditLog, KeptMinutesFiles, Meeting
from councildesk.domain.enums import MinutesStatus
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services import audit
from councildesk.services.guards import fetch

# Meetings whose kept files are read in one query (SQLite allows 32,766 parameters; blobs add up).
BATCH = 200


@dataclass(frozen=True)
class KeptFiles:
    """A meeting's agenda PDF, minutes web edition and minutes PDF, as drawn when approved."""

    agenda_pdf: bytes
    minutes_html: str
    minutes_pdf: bytes

    def digest(self) -> str:
        """SHA-256 over the three files, each after its length (no two sets of files share it)."""
        sha = hashlib.sha256()
        for part in (self.agenda_pdf, self.minutes_html.encode("utf-8"), self.minutes_pdf):
            sha.update(len(part).to_bytes(8, "big") + part)
        return sha.hexdigest()


def _audited(row: KeptMinutesFiles) -> dict[str, object]:
    # The audit entry holds what identifies the files, never their bytes (megabytes per meeting).
    return {"meeting_id": row.meeting_id, "made_from": row.made_from, "files_sha256": row.files_sha256}


class KeptFilesService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def keep(self, meeting_id: int, made_from: str, files: KeptFiles) -> None:
        """Keep `files` as the published form of the approved minutes of `meeting_id`.

        `made_from` names what they were drawn from; the SHA-256 of the files goes into the
        audit entry, so the record chain vouches for the copy."""
        with self.db.transaction() as s:
            meeting = fetch(s, Meeting, meeting_id)
            if meeting.minutes_status is not MinutesStatus.APPROVED:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The minutes of meeting {meeting_id} are not approved, so no files are kept.",
                    ),
                    meeting_id=meeting_id,
                )
            row = s.scalar(select(KeptMinutesFiles).where(KeptMinutesFiles.meeting_id == meeting_id))
            before = _audited(row) if row is not None else None
            if row is None:
                row = KeptMinutesFiles(meeting_id=meeting_id)
                s.add(row)
            row.made_from = made_from
            row.files_sha256 = files.digest()
            row.agenda_pdf, row.minutes_html, row.minutes_pdf = (
                files.agenda_pdf,
                files.minutes_html,
                files.minutes_pdf,
            )
            s.flush()
            audit.record(s, "create" if before is None else "update", row, before, _audited(row))

    def kept(self, made_from: Mapping[int, str]) -> dict[int, KeptFiles]:
        """The kept files of each meeting of `made_from` drawn from what it names, whose bytes are
        the ones their audit entries fingerprint for that meeting; others are left out (drawn again)."""
        found: dict[int, KeptFiles] = {}
        ids = list(made_from)
        with self.db.reading() as s:
            for start in range(0, len(ids), BATCH):
                found.update(_verified(s, {i: made_from[i] for i in ids[start : start + BATCH]}))
        return found

    def keys(self, meeting_ids: list[int]) -> dict[int, str]:
        """What the kept files of each of `meeting_ids` that has some were made from (unverified)."""
        found: dict[int, str] = {}
        with self.db.reading() as s:
            for start in range(0, len(meeting_ids), BATCH):
                batch = meeting_ids[start : start + BATCH]
                query = select(KeptMinutesFiles.meeting_id, KeptMinutesFiles.made_from)
                for meeting_id, made_from in s.execute(query.where(KeptMinutesFiles.meeting_id.in_(batch))):
                    found[meeting_id] = made_from
        return found


def _verified(s: Session, made_from: Mapping[int, str]) -> dict[int, KeptFiles]:
    heads = s.execute(
        select(KeptMinutesFiles.id, KeptMinutesFiles.meeting_id, KeptMinutesFiles.made_from).where(
            KeptMinutesFiles.meeting_id.in_(list(made_from))
        )
    ).all()
    wanted = {row_id: meeting_id for row_id, meeting_id, made in heads if made_from[meeting_id] == made}
    if not wanted:
        return {}
    # Each row as its audit entries say it is: the first holds every value, a later one what it
    # changed. A row must be all of it, so a copy moved to another meeting is no copy of it.
    vouched: dict[int, dict[str, object]] = {}
    entries = s.execute(
        select(AuditLog.entity_id, AuditLog.after)
        .where(AuditLog.entity == KeptMinutesFiles.__tablename__, AuditLog.entity_id.in_(list(wanted)))
        .order_by(AuditLog.id)
    )
    for row_id, after in entries:
        if row_id is not None:
            vouched.setdefault(row_id, {}).update(json.loads(after or "{}"))
    rows = s.scalars(
        select(KeptMinutesFiles)
        .where(KeptMinutesFiles.id.in_(list(wanted)))
        .options(
            undefer(KeptMinutesFiles.agenda_pdf),
            undefer(KeptMinutesFiles.minutes_html),
            undefer(KeptMinutesFiles.minutes_pdf),
        )
    )
    found: dict[int, KeptFiles] = {}
    for row in rows:
        files = KeptFiles(bytes(row.agenda_pdf), row.minutes_html, bytes(row.minutes_pdf))
        if vouched.get(row.id) == _audited(row) and row.files_sha256 == files.digest():
            found[row.meeting_id] = files
    return found
