"""Database errors a user can meet (busy, read-only, full, refused) turned into one sentence."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, OperationalError

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

# SQLite reports these in the message only; the text is stable across versions. The reasons are
# declared: they are read inside the sentence, in the reader's language.
_SQLITE_REASONS = [
    (
        "database is locked",
        QT_TRANSLATE_NOOP(
            "db",
            "another program holds a write on it longer than CouncilDesk waits; "
            "close that program or try again in a moment",
        ),
    ),
    (
        "database table is locked",
        QT_TRANSLATE_NOOP("db", "another program holds a write on it; try again in a moment"),
    ),
    (
        "readonly database",
        QT_TRANSLATE_NOOP("db", "it is read-only; check the file's permissions or the disk"),
    ),
    ("database or disk is full", QT_TRANSLATE_NOOP("db", "the disk is full; free some space and try again")),
    (
        "disk i/o error",
        QT_TRANSLATE_NOOP(
            "db", "the disk reported an input/output error; check the disk and keep your backups"
        ),
    ),
    (
        "database disk image is malformed",
        QT_TRANSLATE_NOOP("db", "the file is damaged; restore it from a backup"),
    ),
    (
        "unable to open database file",
        QT_TRANSLATE_NOOP(
            "db",
            "the file or its folder cannot be opened; "
            "check that the folder exists and that you may write there",
        ),
    ),
    ("file is not a database", QT_TRANSLATE_NOOP("db", "it is not a CouncilDesk database")),
]

# PostgreSQL SQLSTATE classes and codes (psycopg puts them on the original error).
_PG_REASONS = {
    "42501": QT_TRANSLATE_NOOP(
        "db", "the database user lacks permission for this; ask the database administrator"
    ),
    "53100": QT_TRANSLATE_NOOP("db", "the database server's disk is full"),
    "53200": QT_TRANSLATE_NOOP("db", "the database server is out of memory"),
    "53300": QT_TRANSLATE_NOOP("db", "the database server has too many connections; try again in a moment"),
    "25006": QT_TRANSLATE_NOOP("db", "the database is read-only"),
    "40P01": QT_TRANSLATE_NOOP("db", "another user changed the same records at the same time; try again"),
    # A unique rule (one approval version, one ballot per member) met by two clerks at once.
    "23505": QT_TRANSLATE_NOOP(
        "db", "another user recorded the same thing at the same moment; reload to see it"
    ),
    "40001": QT_TRANSLATE_NOOP("db", "another user changed the same records at the same time; try again"),
    "55P03": QT_TRANSLATE_NOOP("db", "another user holds a lock on these records; try again in a moment"),
    "57014": QT_TRANSLATE_NOOP("db", "the database server cancelled the statement; try again"),
    "57P01": QT_TRANSLATE_NOOP("db", "the database server is shutting down"),
}
_PG_CLASSES = {
    "08": QT_TRANSLATE_NOOP(
        "db", "the database server cannot be reached; check the address and that it is running"
    ),
    "28": QT_TRANSLATE_NOOP("db", "the database server refused the user name or password"),
    "3D": QT_TRANSLATE_NOOP("db", "the named database does not exist on that server"),
}


def database_error_sentence(error: BaseException, where: str) -> UserError | None:
    """The sentence for an expected database fault at `where` (a file or URL), else None (a bug)."""
    if isinstance(error, sqlite3.OperationalError):  # the driver's own, e.g. from an online backup
        return _sqlite_sentence(str(error), where)
    if not isinstance(error, DBAPIError):
        return None
    original = error.orig
    state = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
    if isinstance(state, str):
        reason = _PG_REASONS.get(state) or _PG_CLASSES.get(state[:2])
        if reason:
            return UserError(
                QT_TRANSLATE_NOOP("db", "CouncilDesk could not use the database {where}: {reason}."),
                where=where,
                reason=reason,
            )
        return None
    if not isinstance(error, OperationalError):
        return None
    found = _sqlite_sentence(str(original), where)
    if found is None and "could not connect" in str(original).lower():
        return UserError(
            QT_TRANSLATE_NOOP(
                "db", "CouncilDesk could not reach the database {where}; check that it is running."
            ),
            where=where,
        )
    return found


def _sqlite_sentence(message: str, where: str) -> UserError | None:
    text = message.lower()
    for needle, reason in _SQLITE_REASONS:
        if needle in text:
            return UserError(
                QT_TRANSLATE_NOOP("db", "CouncilDesk could not use the database {where}: {reason}."),
                where=where,
                reason=reason,
            )
    return None
