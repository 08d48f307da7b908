"""The move-up subcommand: migrate-to copies the SQLite file into an empty PostgreSQL database."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from councildesk.cli import SubParsers, add_command
from councildesk.domain.messages import QT_TRANSLATE_NOOP


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
        print(line, file=sys.stderr, flush=True)

    result = migrate_to(services.db, args.url, progress)
    print(
        f"Copied {result.rows:,} rows in {len(result.counts)} tables into {result.url} in "
        f"{result.seconds:.1f} s: every table holds the same rows as the file, {result.approvals_ok} "
        f"approved meetings verify OK, and the record chain ends at the same head "
        f"({result.chain.length} links, {result.chain.hash[:16]}…). The file is unchanged; open the "
        f"server with --db {result.url}."
    )
    return 0
