"""Integrity check: SQLite's own check plus foreign keys and the CouncilDesk rules it can see."""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from councildesk.db import approval_lock, chain_guard, record_chain
from councildesk.db.engine import Database
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message

# SQLite's own finding, quoted as it words it (the first when its pages cannot even be walked).
SQLITE_UNREADABLE = QT_TRANSLATE_NOOP("db", "SQLite integrity: {detail}.")
SQLITE_FINDING = QT_TRANSLATE_NOOP("db", "SQLite integrity: {detail}")


def check_database(db: Database) -> list[str]:
    """Problems found, each a plain sentence in English (logs, tests); empty when all is well."""
    return [problem.english() for problem in integrity_problems(db)]


def check_warnings(db: Database) -> list[str]:
    """What is unusual but harmless, each a plain sentence in English."""
    return [warning.english() for warning in integrity_warnings(db)]


def integrity_problems(db: Database) -> list[Message]:
    """Problems found, each a declared sentence (`check` prints it as read); empty when all is well."""
    problems: list[Message] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            try:
                rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
            except DBAPIError as error:  # pages too damaged to walk: that is the finding, and the last
                return [Message(SQLITE_UNREADABLE, {"detail": error.orig})]
            if rows != [("ok",)]:
                problems.extend(Message(SQLITE_FINDING, {"detail": r[0]}) for r in rows[:20])
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()[:20]:
                problems.append(
                    Message(
                        QT_TRANSLATE_NOOP("db", "{table} row {row} points at a missing {parent} record."),
                        {"table": table, "row": rowid, "parent": parent},
                    )
                )
        orphans = conn.execute(
            text(
                "SELECT MAX(b.id) FROM ballot b JOIN vote v ON v.id = b.vote_id "
                "GROUP BY b.vote_id, b.person_id HAVING COUNT(*) > 1"
            )
        ).fetchall()
        problems.extend(
            Message(
                QT_TRANSLATE_NOOP(
                    "db", "Ballot {ballot} is a second ballot for the same member on one vote."
                ),
                {"ballot": r[0]},
            )
            for r in orphans
        )
        bad_motions = conn.execute(
            text("SELECT id FROM motion WHERE mover_id IS NOT NULL AND mover_id = seconder_id")
        ).fetchall()
        problems.extend(
            Message(
                QT_TRANSLATE_NOOP("db", "Motion {motion} has the same mover and seconder."), {"motion": r[0]}
            )
            for r in bad_motions
        )
        problems.extend(_second_votes(conn))
        problems.extend(_agenda_order(conn))
        problems.extend(_item_orders(conn)[0])
        problems.extend(_missing_triggers(conn, db.is_sqlite))
        # The chain catches what the triggers could not stop (someone who dropped them, or an
        # owner's hand-written SQL); `verify --all` then names the meetings it touches.
        chain_breaks = QT_TRANSLATE_NOOP(
            "db",
            "The record chain breaks: {brk}; run `councildesk verify --all`, and compare with "
            "a printed or published chain head or an earlier backup (`verify --against`).",
        )
        problems.extend(Message(chain_breaks, {"brk": brk.message}) for brk in record_chain.check(conn))
    return problems


def integrity_warnings(db: Database) -> list[Message]:
    """What is unusual but harmless, each a declared sentence: gaps that deleting leaves in an order."""
    with db.engine.connect() as conn:
        return _item_orders(conn)[1]


def _second_votes(conn: Connection) -> list[Message]:
    """A motion is voted on once: the app refuses a second vote, and a re-vote is a motion to
    reconsider with its own vote, so two votes on one motion came from outside the app."""
    rows = conn.execute(
        text("SELECT motion_id, COUNT(*) FROM vote GROUP BY motion_id HAVING COUNT(*) > 1 ORDER BY motion_id")
    ).fetchall()
    twice = QT_TRANSLATE_NOOP(
        "db",
        "Motion {motion} has {count} votes; CouncilDesk records one per motion (a re-vote is a "
        "motion to reconsider with its own vote), so the minutes would print only one of them.",
    )
    return [Message(twice, {"motion": motion, "count": count}) for motion, count in rows]


def _agenda_order(conn: Connection) -> list[Message]:
    """Items under one parent are numbered 0..n-1 (every change renumbers), and their printed
    numbers are counted from that order."""
    rows = conn.execute(
        text(
            "SELECT meeting_id, parent_id, COUNT(*), MIN(position), MAX(position), COUNT(DISTINCT position) "
            "FROM agenda_item GROUP BY meeting_id, parent_id "
            "HAVING MIN(position) <> 0 OR MAX(position) <> COUNT(*) - 1 "
            "OR COUNT(DISTINCT position) <> COUNT(*) "
            "ORDER BY meeting_id, parent_id"
        )
    ).fetchall()
    top = QT_TRANSLATE_NOOP(
        "db",
        "The agenda items of meeting {meeting} are not numbered 0 to {last} in a row (positions {low} "
        "to {high}, {distinct} distinct); moving any item there renumbers them.",
    )
    under = QT_TRANSLATE_NOOP(
        "db",
        "The agenda items of meeting {meeting} under item {parent} are not numbered 0 to {last} in a row "
        "(positions {low} to {high}, {distinct} distinct); moving any item there renumbers them.",
    )
    return [
        Message(
            top if parent is None else under,
            {
                "meeting": meeting,
                "parent": parent,
                "last": count - 1,
                "low": low,
                "high": high,
                "distinct": distinct,
            },
        )
        for meeting, parent, count, low, high, distinct in rows
    ]


# By table: two in one place (a problem), and the gaps deleting leaves (a warning).
SHARED_PLACES = {
    "motion": QT_TRANSLATE_NOOP(
        "db",
        "{count} motions of agenda item {item} have only {distinct} distinct places, so their order "
        "is a guess.",
    ),
    "speaker": QT_TRANSLATE_NOOP(
        "db",
        "{count} speakers of agenda item {item} have only {distinct} distinct places, so their order "
        "is a guess.",
    ),
}
GAPS = {
    "motion": QT_TRANSLATE_NOOP(
        "db",
        "Motions of agenda item {item} are numbered with gaps ({low} to {high}); the order is kept, as "
        "deleting one leaves its place empty.",
    ),
    "speaker": QT_TRANSLATE_NOOP(
        "db",
        "Speakers of agenda item {item} are numbered with gaps ({low} to {high}); the order is kept, as "
        "deleting one leaves its place empty.",
    ),
}


def _item_orders(conn: Connection) -> tuple[list[Message], list[Message]]:
    """Motions and speakers of one item: two in one place have no order of their own (a problem);
    a gap is what deleting one leaves, as their places are not renumbered (a warning)."""
    problems: list[Message] = []
    gaps: list[Message] = []
    for table in ("motion", "speaker"):
        rows = conn.execute(
            text(
                f"SELECT agenda_item_id, COUNT(*), COUNT(DISTINCT position), MIN(position), MAX(position) "
                f"FROM {table} GROUP BY agenda_item_id "
                "HAVING MIN(position) <> 0 OR MAX(position) <> COUNT(*) - 1 "
                "OR COUNT(DISTINCT position) <> COUNT(*) ORDER BY agenda_item_id"
            )
        ).fetchall()
        for item, count, distinct, low, high in rows:
            values = {"count": count, "item": item, "distinct": distinct, "low": low, "high": high}
            if distinct < count:
                problems.append(Message(SHARED_PLACES[table], values))
            else:
                gaps.append(Message(GAPS[table], values))
    return problems, gaps


def _missing_triggers(conn: Connection, sqlite: bool) -> list[Message]:
    """Approved minutes are locked by triggers; without them only the app's own checks stand."""
    statements = approval_lock.sqlite_statements() if sqlite else approval_lock.postgresql_statements()
    statements += chain_guard.sqlite_statements() if sqlite else chain_guard.postgresql_statements()
    expected = {m[1] for s in statements if (m := re.match(r"CREATE TRIGGER (\w+)", s))}
    if sqlite:
        found = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    else:
        found = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'"
            )
        }
    missing = QT_TRANSLATE_NOOP(
        "db",
        "The approval-lock trigger {name} is missing or disabled; approved minutes could be changed "
        "from outside CouncilDesk; restore the database from a backup or ask who removed it.",
    )
    return [Message(missing, {"name": name}) for name in sorted(expected - found)]
