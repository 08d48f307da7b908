"""Open-data subcommands: export, import (with --dry-run preview), archive, restore, backups."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from councildesk.cli import add_command
from councildesk.cli.language import say
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services.import_run import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_RECORDS,
    MB,
    ImportLimits,
    ImportRun,
)
from councildesk.services.person_choices import PersonChoices

EXPORT_FORMATS = ("ocd", "popolo", "csv", "ics", "wide-csv")
IMPORT_FORMATS = ("ocd", "popolo", "legistar", "csv", "wide-csv")


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "export",
        cmd_export,
        QT_TRANSLATE_NOOP("cli", "export open data: ocd, popolo, csv, ics or wide-csv roll calls"),
        database="read",
    )
    p.add_argument("format", choices=EXPORT_FORMATS)
    p.add_argument(
        "dir", type=Path, help=QT_TRANSLATE_NOOP("cli", "folder to write into (created if missing)")
    )
    p.add_argument(
        "--from", dest="start", type=_date, help=QT_TRANSLATE_NOOP("cli", "first meeting date (YYYY-MM-DD)")
    )
    p.add_argument(
        "--to", dest="end", type=_date, help=QT_TRANSLATE_NOOP("cli", "last meeting date (YYYY-MM-DD)")
    )
    p.add_argument(
        "--body",
        help=QT_TRANSLATE_NOOP("cli", "wide-csv: only this body's roll calls (one file per body otherwise)"),
    )
    p = add_command(
        sub,
        "import",
        cmd_import,
        QT_TRANSLATE_NOOP(
            "cli", "import ocd, popolo, legistar, a csv roster or wide-csv roll calls (all or nothing)"
        ),
    )
    p.add_argument("format", choices=IMPORT_FORMATS)
    p.add_argument("path", type=Path, help=QT_TRANSLATE_NOOP("cli", "file or folder to read"))
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "print what would change and change nothing"),
    )
    p.add_argument(
        "--max-records",
        type=_positive,
        default=DEFAULT_MAX_RECORDS,
        help=f"refuse more records (JSON objects, CSV lines) than this (default {DEFAULT_MAX_RECORDS:,})",
    )
    p.add_argument(
        "--max-bytes",
        type=_positive,
        default=DEFAULT_MAX_BYTES,
        help=f"refuse files larger than this in total (default {DEFAULT_MAX_BYTES // MB} MB)",
    )
    p.add_argument(
        "--progress",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "a line per phase on stderr (the default on a terminal)"),
    )
    p.add_argument(
        "--new-person",
        action="append",
        default=[],
        metavar="NAME",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "create the file's person NAME as a new person rather than use the one of that name (repeatable)",
        ),
    )
    p.add_argument(
        "--match-person",
        action="append",
        default=[],
        type=_name_and_id,
        metavar="NAME=ID",
        help=QT_TRANSLATE_NOOP(
            "cli", "use the existing person with id ID for the file's person NAME (repeatable)"
        ),
    )
    p.add_argument(
        "--take-spelling",
        action="append",
        default=[],
        metavar="NAME",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "store the file's spelling NAME for the person it names (the database's spelling is "
            "kept otherwise; repeatable)",
        ),
    )
    p = add_command(
        sub,
        "archive",
        cmd_archive,
        QT_TRANSLATE_NOOP("cli", "write a full-fidelity archive (zip) of the database"),
        database="read",
    )
    p.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("cli", "the .zip to write"))
    p = add_command(
        sub,
        "restore",
        cmd_restore,
        QT_TRANSLATE_NOOP(
            "cli",
            "replace the database with a backup (.db) or an archive (.zip); "
            "on PostgreSQL, pg_restore a .dump into an empty database",
        ),
        database="none",
    )
    p.add_argument(
        "file", type=Path, help=QT_TRANSLATE_NOOP("cli", "backup .db, archive .zip, or a PostgreSQL .dump")
    )
    add_command(
        sub,
        "backups",
        cmd_backups,
        QT_TRANSLATE_NOOP("cli", "list the automatic backups of the database"),
        database="read",
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def cmd_export(args: argparse.Namespace, services: Any) -> int:
    from councildesk.services.exchange_records import DateRange

    span = DateRange(args.start, args.end)
    from councildesk.exchange.exporters import run_exporter

    if args.body is not None and args.format != "wide-csv":
        raise UserError(QT_TRANSLATE_NOOP("cli", "--body applies to the wide-csv export only."))
    n = run_exporter(args.format, services.exchange, args.dir, span, body=args.body)
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "Wrote {n} {format} file(s) to {dir}."),
            n=n,
            format=args.format,
            dir=args.dir,
        )
    )
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def _name_and_id(text: str) -> tuple[str, int]:
    name, _, ident = text.rpartition("=")
    if not name.strip() or not ident.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not NAME=ID (a person's name and an id number)")
    return name.strip(), int(ident)


def _stderr_line(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def cmd_import(args: argparse.Namespace, services: Any) -> int:
    from councildesk.exchange.importers import run_importer

    show = args.progress or sys.stderr.isatty()
    people = PersonChoices(tuple(args.new_person), tuple(args.match_person), tuple(args.take_spelling))
    run = ImportRun(
        ImportLimits(args.max_records, args.max_bytes), report=_stderr_line if show else None, people=people
    )
    preview = run_importer(args.format, services.exchange, args.path, dry_run=args.dry_run, run=run)
    print(preview.text(), end="")
    done = (
        QT_TRANSLATE_NOOP("cli", "Dry run: nothing was changed.")
        if args.dry_run
        else QT_TRANSLATE_NOOP("cli", "Imported.")
    )
    print(say(done))
    return 0


def cmd_archive(args: argparse.Namespace, services: Any) -> int:
    from councildesk.exchange.archive import write_archive

    write_archive(services.exchange, args.file)
    print(say(QT_TRANSLATE_NOOP("cli", "Archived {url} to {file}."), url=services.db.url, file=args.file))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from councildesk.cli import Command, database_target, run_command

    target = database_target(args)
    if "://" not in str(target):
        return run_command(Command(_restore_file), args)
    # Into an empty server database: opening it first would create the schema and make it non-empty.
    from councildesk.services.server_backup import restore_server

    result = restore_server(str(target), args.file)
    restored = QT_TRANSLATE_NOOP(
        "cli",
        "Restored {database} from {source}: the integrity check passed and {count} approved meetings verify "
        "against their fingerprints (record chain of {length} links). Run `councildesk pg-setup` to grant "
        "it to the office's roles.",
    )
    values = {"database": result.database, "source": result.restored_from, "length": result.chain_length}
    print(say(restored, **values, count=result.approved_meetings))
    return 0


def _restore_file(args: argparse.Namespace, services: Any) -> int:
    from councildesk.exchange.archive import restore_any

    result = restore_any(services.exchange, args.file)
    restored = QT_TRANSLATE_NOOP("cli", "Restored from {source}; the replaced database is kept as {copy}.")
    print(say(restored, source=result.restored_from, copy=result.replaced_copy))
    return 0


def cmd_backups(args: argparse.Namespace, services: Any) -> int:
    backups = services.backups.list_backups()
    if not backups:
        print(
            say(QT_TRANSLATE_NOOP("cli", "No automatic backups in {folder}."), folder=services.backups.folder)
        )
    for b in backups:
        print(f"{b.created:%Y-%m-%d %H:%M:%S}  {b.reason:<16} {b.size / 1024:>8.0f} KB  {b.path}")
    return 0


__all__ = ["UserError", "register"]
