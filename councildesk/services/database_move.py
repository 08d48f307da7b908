"""Moving up: a SQLite file copied into an empty PostgreSQL database in one transaction, then checked."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, create_engine, func, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session

from councildesk.db import record_chain
from councildesk.db.base import Base
from councildesk.db.engine import Database, open_database
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, said
from councildesk.services.approval_service import ApprovalService
from councildesk.services.row_copy import CHUNK, copy_in

Progress = Callable[[str], None]
REPORT_EVERY = 50_000  # rows between progress lines within one large table


@dataclass(frozen=True)
class MoveResult:
    """What was copied and what was checked: the same rows per table on both sides, every approval
    verifying OK, and the same record-chain head (length and hash) as the file's."""

    url: str
    counts: dict[str, int]
    approvals_ok: int
    chain: record_chain.Head
    seconds: float

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def migrate_to(source: Database, url: str, progress: Progress | None = None) -> MoveResult:
    """Copy every row of the SQLite database `source` into the empty PostgreSQL database at `url`.

    Nothing is written unless everything holds: the copy, the count of every table, every approved
    meeting's fingerprint and the record chain are checked inside the one transaction, which any
    failure rolls back (the file is only read, and stays as it was).
    """
    say = progress or (lambda _line: None)
    started = time.perf_counter()
    if not source.is_sqlite:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services", "migrate-to copies a CouncilDesk file; {source} is already on a server."
            ),
            source=source.url,
        )
    shown = _postgresql_url(url)
    _refuse_unless_empty(url, shown)
    say(
        said(
            QT_TRANSLATE_NOOP("services", "Preparing {url} (schema upgrade to the current version)…"),
            url=shown,
        )
    )
    target = open_database(url)
    try:
        with source.reading() as read:
            expected = _counts(read)
            head = record_chain.head(read.connection())
            say(
                said(
                    QT_TRANSLATE_NOOP("services", "Copying {rows:,} rows in {tables} tables from {source}…"),
                    rows=sum(expected.values()),
                    tables=len(expected),
                    source=source.url,
                )
            )
            with target.transaction() as write:
                _refuse_rows(write, shown)
                counts = copy_in(write, target, _batches(read, expected), _progress(say, expected))
                say(said(QT_TRANSLATE_NOOP("services", "Comparing the rows of every table…")))
                _compare(expected, _counts(write), shown)
                say(
                    said(
                        QT_TRANSLATE_NOOP(
                            "services", "Verifying every approved meeting's fingerprint and the record chain…"
                        )
                    )
                )
                approvals_ok = _verify(target, head, shown)
        return MoveResult(shown, counts, approvals_ok, head, time.perf_counter() - started)
    finally:
        target.close()


def _postgresql_url(url: str) -> str:
    try:
        parsed = make_url(url)
    except ArgumentError:
        parsed = None
    if parsed is None or parsed.get_backend_name() != "postgresql":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services",
                "'{url}' is not a PostgreSQL address; give one such as postgresql+psycopg://clerk@server/council.",
            ),
            url=url,
        )
    return parsed.render_as_string(hide_password=True)


def _refuse_unless_empty(url: str, shown: str) -> None:
    """Before any upgrade touches it: the database holds no table but CouncilDesk's, and no rows."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            foreign = sorted(names - set(Base.metadata.tables) - {"alembic_version"})
            if foreign:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "{url} is not empty: it holds tables that are not CouncilDesk's ({tables}); "
                        "migrate-to copies only into an empty database, and changed nothing.",
                    ),
                    url=shown,
                    tables=", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else ""),
                )
            for table in Base.metadata.sorted_tables:
                if table.name in names:
                    _refuse_table(
                        conn.execute(select(func.count()).select_from(table)).scalar(), table, shown
                    )
    except DBAPIError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("services", "Could not reach {url}: {reason}"),
            url=shown,
            reason=str(error.orig).strip().splitlines()[0] if error.orig else error,
        ) from None
    finally:
        engine.dispose()


def _refuse_rows(session: Session, shown: str) -> None:
    # Again inside the transaction: someone may have written between the first look and now.
    for table in Base.metadata.sorted_tables:
        _refuse_table(session.execute(select(func.count()).select_from(table)).scalar(), table, shown)


def _refuse_table(rows: Any, table: Table, shown: str) -> None:
    if rows:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services",
                "{url} is not empty: it already holds {count} {table} rows; migrate-to copies only "
                "into an empty database, and changed nothing.",
            ),
            url=shown,
            count=f"{int(rows):,}",
            table=table.name,
        )


def _counts(session: Session) -> dict[str, int]:
    return {
        t.name: int(session.execute(select(func.count()).select_from(t)).scalar() or 0)
        for t in Base.metadata.sorted_tables
    }


def _batches(read: Session, expected: dict[str, int]) -> Iterator[tuple[Table, Iterator[Any]]]:
    for table in Base.metadata.sorted_tables:
        if expected[table.name]:
            yield table, _chunks(read, table)


def _chunks(read: Session, table: Table) -> Iterator[list[dict[str, Any]]]:
    pk = list(table.primary_key.columns)
    result = read.execute(select(table).order_by(*pk).execution_options(yield_per=CHUNK)).mappings()
    for part in result.partitions():
        yield [dict(row) for row in part]


def _progress(say: Progress, expected: dict[str, int]) -> Callable[[str, int], None]:
    reported: dict[str, int] = {}

    def report(table: str, done: int) -> None:
        total = expected[table]
        if done == total or done - reported.get(table, 0) >= REPORT_EVERY:
            reported[table] = done
            say(
                said(
                    QT_TRANSLATE_NOOP("services", "  {table}: {done:,} of {total:,} rows"),
                    table=table,
                    done=done,
                    total=total,
                )
            )

    return report


def _compare(expected: dict[str, int], copied: dict[str, int], shown: str) -> None:
    differ = [
        f"{t} {expected[t]:,} → {copied.get(t, 0):,}" for t in expected if expected[t] != copied.get(t, 0)
    ]
    if differ:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services",
                "The copy in {url} does not hold the same rows as the file ({tables}); nothing was written.",
            ),
            url=shown,
            tables="; ".join(differ),
        )


def _verify(target: Database, head: record_chain.Head, shown: str) -> int:
    """Within the copy's transaction (its reads join it): every approved meeting's text verifies
    (OK, or the same text with a shared record renamed since, as `verify` says it) and the record
    chain is whole and ends at the file's head. A file that does not verify itself is not moved:
    `councildesk verify` names what changed, and that is for the clerk to settle first."""
    checked = ApprovalService(target).verify_all()
    if not checked.ok:
        failed = [v for v in checked.meetings if not v.text_intact]
        first = failed[0].sentence if failed else checked.breaks[0].sentence
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services",
                "The copy in {url} does not verify ({first}); nothing was written. Run "
                "`councildesk verify` on the file.",
            ),
            url=shown,
            first=first,
        )
    if (checked.head.length, checked.head.hash) != (head.length, head.hash):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services",
                "The record chain in {url} ends at {copied} links, the file's at {length}; "
                "nothing was written.",
            ),
            url=shown,
            copied=checked.head.length,
            length=head.length,
        )
    return sum(1 for v in checked.meetings if v.ok)
