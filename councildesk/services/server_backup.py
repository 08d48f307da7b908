"""Restore a shared server's database from a pg_dump backup, with the checks a restored SQLite file gets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, make_url

from councildesk.db import pg_tools
from councildesk.db.engine import open_database
from councildesk.db.integrity import check_database
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services.approval_service import ApprovalService, VerificationStatus


@dataclass(frozen=True)
class ServerRestore:
    restored_from: Path
    database: str
    approved_meetings: int  # each verified against its fingerprint
    chain_length: int


def restore_server(address: str, source: Path) -> ServerRestore:
    """pg_restore into an empty database, then the integrity check and every fingerprint.

    A restore that fails, or whose records fail a check, is taken out again: the database is
    left empty, as it was, and the sentence says what was wrong.
    """
    source = Path(source)
    name = make_url(address).database or "postgres"
    pg_tools.restore(address, source)
    try:
        db = open_database(address)  # upgrades a backup of an older CouncilDesk
        try:
            problems = check_database(db)
            verified = ApprovalService(db).verify_all()
        finally:
            db.close()
        tampered = [v for v in verified.meetings if v.status is VerificationStatus.TAMPERED]
        problems += [f"meeting {v.meeting_id}: {v.sentence}" for v in tampered]
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services",
                    "{file} was restored into {name} but failed its check: {problem}{more}; "
                    "the restore was taken out again and the database is empty.",
                ),
                file=source.name,
                name=name,
                problem=problems[0].rstrip("."),
                more=more,
            )
    except BaseException:
        engine = create_engine(address)
        try:
            with engine.begin() as conn:
                pg_tools.empty_public(conn)
        finally:
            engine.dispose()
        raise
    return ServerRestore(source, name, len(verified.meetings), verified.head.length)
