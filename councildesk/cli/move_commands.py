"""The move-up subcommand: migrate-to copies the SQLite file into an empty PostgreSQL database."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from councildesk.cli import SubParsers, add_command
from councildesk.cli.language import say
from councildesk.domain.messages import QT_TRANSLATE_NOOP, as_read

if TYPE_CHECKING:
    from councildesk.services.database_move import MoveResult


def register(sub: SubParsers) -> None:
    p = add_command(
        sub,
        "migrate-to",
        cmd_migrate_to,
        QT_TRANSLATE_NOOP(
            "cli",
            "copy this SQLite file into an EMPTY PostgreSQL database, in one transaction: every table's "
            "rows compared and every approved meeting verified before anything is kept",
        ),
    )
    p.add_argument(
        "url", help=QT_TRANSLATE_NOOP("cli", "the empty database: postgresql+psycopg://clerk@server/council")
    )


def cmd_migrate_to(args: argparse.Namespace, services: Any) -> int:
    from councildesk.services.database_move import migrate_to

    def progress(line: str) -> None:
        print(as_read(line), file=sys.stderr, flush=True)

    print(moved(migrate_to(services.db, args.url, progress)))
    return 0


def moved(result: MoveResult) -> str:
    """What migrate-to copied and checked, in the chosen language."""
    return say(
        QT_TRANSLATE_NOOP(
            "cli",
            "Copied {rows:,} rows in {tables} tables into {url} in {seconds:.1f} s: every table holds the "
            "same rows as the file, {approvals} approved meetings verify OK, and the record chain ends at "
            "the same head ({links} links, {head}…). The file is unchanged; open the server with --db {url}.",
        ),
        rows=result.rows,
        tables=len(result.counts),
        url=result.url,
        seconds=result.seconds,
        approvals=result.approvals_ok,
        links=result.chain.length,
        head=result.chain.hash[:16],
    )
