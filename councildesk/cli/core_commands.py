"""Core subcommands: init, demo, generate, meetings, show, check, backup, screenshot."""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from councildesk.cli import SubParsers, add_command
from councildesk.cli.language import say
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from councildesk.services.container import Services


def register(sub: SubParsers) -> None:
    add_command(
        sub, "init", cmd_init, QT_TRANSLATE_NOOP("cli", "create an empty database (or upgrade an older one)")
    )
    add_command(
        sub,
        "demo",
        cmd_demo,
        QT_TRANSLATE_NOOP("cli", "load the demo council and its 2011 meetings into an empty database"),
    )
    p = add_command(
        sub,
        "generate",
        cmd_generate,
        QT_TRANSLATE_NOOP("cli", "fill an empty database with a synthetic city (tests, benchmarks)"),
    )
    p.add_argument(
        "--years",
        type=int,
        default=1,
        help=QT_TRANSLATE_NOOP("cli", "how many years of meetings (default 1)"),
    )
    p.add_argument(
        "--seed",
        type=int,
        default=1,
        help=QT_TRANSLATE_NOOP("cli", "random seed, for a reproducible city (default 1)"),
    )
    p = add_command(
        sub,
        "meetings",
        cmd_meetings,
        QT_TRANSLATE_NOOP("cli", "list meetings, newest first"),
        database="read",
    )
    p.add_argument("--body", type=int, help=QT_TRANSLATE_NOOP("cli", "only this body's meetings (id)"))
    p.add_argument("--year", type=int, help=QT_TRANSLATE_NOOP("cli", "only this year"))
    p.add_argument("--limit", type=int, default=None, help=QT_TRANSLATE_NOOP("cli", "at most this many"))
    p = add_command(
        sub, "show", cmd_show, QT_TRANSLATE_NOOP("cli", "print one meeting as readable text"), database="read"
    )
    p.add_argument(
        "meeting", type=int, help=QT_TRANSLATE_NOOP("cli", "meeting id (see `councildesk meetings`)")
    )
    add_command(
        sub, "check", cmd_check, QT_TRANSLATE_NOOP("cli", "check the database's integrity"), database="read"
    )
    p = add_command(
        sub,
        "backup",
        cmd_backup,
        QT_TRANSLATE_NOOP(
            "cli",
            "copy the database safely, even while the window has it open "
            "(PostgreSQL: pg_dump, custom format)",
        ),
        database="none",
    )
    p.add_argument("dest", type=Path, help=QT_TRANSLATE_NOOP("cli", "the backup file to write"))
    p = add_command(
        sub,
        "screenshot",
        cmd_screenshot,
        QT_TRANSLATE_NOOP("cli", "render the main window offscreen to a PNG"),
        database="none",
    )
    p.add_argument("out", type=Path, help=QT_TRANSLATE_NOOP("cli", "PNG file to write"))
    p.add_argument("--meeting", type=int, help=QT_TRANSLATE_NOOP("cli", "select this meeting first"))
    p.add_argument(
        "--tab",
        choices=("meeting", "minutes", "records"),
        default="meeting",
        help=QT_TRANSLATE_NOOP("cli", "the workspace tab to show (default meeting)"),
    )


def cmd_init(args: argparse.Namespace, services: Services) -> int:
    print(say(QT_TRANSLATE_NOOP("cli", "Database ready: {url}"), url=services.db.url))
    return 0


def cmd_demo(args: argparse.Namespace, services: Services) -> int:
    from councildesk.sample.demo import load_demo
    from councildesk.services.guards import day_of

    meeting_id = load_demo(services)
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "Demo loaded. The {body} meeting of {day} is meeting {meeting}."),
            body="Northampton City Council",  # the demo city's own name
            day=day_of(date(2011, 8, 18)),
            meeting=meeting_id,
        )
    )
    return 0


def cmd_generate(args: argparse.Namespace, services: Services) -> int:
    from councildesk.sample.generator import generate

    if args.years < 1:
        raise UserError(QT_TRANSLATE_NOOP("cli", "--years must be at least 1."))
    started = time.perf_counter()
    stats = generate(services.db, years=args.years, seed=args.seed)
    elapsed = time.perf_counter() - started
    generated = QT_TRANSLATE_NOOP("cli", "Generated {stats} in {seconds:.1f} s.")
    print(say(generated, stats=stats.told(), seconds=elapsed))
    return 0


def cmd_meetings(args: argparse.Namespace, services: Services) -> int:
    from councildesk.cli.language import clock
    from councildesk.domain.enum_labels import label

    rows = services.meetings.list_meetings(body_id=args.body, year=args.year, limit=args.limit)
    for m in rows:
        kind, status = label(m.kind).lower(), label(m.minutes_status).lower()
        when = f"{m.scheduled_start:%Y-%m-%d} {clock(m.scheduled_start)}"
        print(f"{m.id:>6}  {when}  {m.body_name} — {kind}  [{status}]")
    if not rows:
        print(say(QT_TRANSLATE_NOOP("cli", "No meetings.")))
    return 0


def cmd_show(args: argparse.Namespace, services: Services) -> int:
    from councildesk.cli.meeting_text import meeting_text

    record = services.records.load(args.meeting)
    print(meeting_text(record, services.times.warnings(args.meeting)), end="")
    return 0


def cmd_check(args: argparse.Namespace, services: Services) -> int:
    from councildesk.db.integrity import (
        SQLITE_FINDING,
        SQLITE_UNREADABLE,
        integrity_problems,
        integrity_warnings,
    )
    from councildesk.domain.messages import Message

    problems = integrity_problems(services.db)
    # Pages SQLite finds damaged may fail any further read: the rest waits for a sound file.
    damaged = any(p.text in (SQLITE_UNREADABLE, SQLITE_FINDING) for p in problems)
    # The approved minutes are checked as `verify --all` checks them; the record chain is
    # already in integrity_problems, so only the meetings are taken from here.
    verified = [] if damaged else services.approvals.verify_all().meetings
    problems.extend(
        Message(MEETING_VERDICT, {"meeting": v.meeting_id, "verdict": v.message})
        for v in verified
        if v.status.value == "tampered"
    )
    for warning in [] if damaged else integrity_warnings(services.db):
        print(say(QT_TRANSLATE_NOOP("cli", "Warning: {warning}"), warning=warning))
    if problems:
        for p in problems:
            print(p.translated())
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "{problems_count} integrity problem(s) found in {url}."),
            problems_count=len(problems),
            url=services.db.url,
        )
    print(say(QT_TRANSLATE_NOOP("cli", "OK: {url} passed the integrity check."), url=services.db.url))
    return 0


MEETING_VERDICT = QT_TRANSLATE_NOOP("cli", "Meeting {meeting}: {verdict}")
WROTE = QT_TRANSLATE_NOOP("cli", "Wrote {file}.")


def cmd_backup(args: argparse.Namespace) -> int:
    from councildesk.cli import database_target
    from councildesk.db.backup import backup_sqlite_file

    target = database_target(args)
    if "://" in str(target):
        from councildesk.db.pg_tools import dump

        started = time.perf_counter()
        written = dump(str(target), args.dest)
        seconds = time.perf_counter() - started
        print(
            say(
                QT_TRANSLATE_NOOP("cli", "Backed up to {file} with pg_dump in {seconds:.1f} s."),
                file=written,
                seconds=seconds,
            )
        )
        return 0
    source = Path(target)
    if "://" in str(source):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "cli", "Back up a PostgreSQL database with pg_dump; `backup` copies SQLite files."
            )
        )
    if not source.exists():
        raise UserError(QT_TRANSLATE_NOOP("cli", "There is no database at {source}."), source=source)
    dest = backup_sqlite_file(source, args.dest)
    print(say(QT_TRANSLATE_NOOP("cli", "Backed up {source} to {dest}."), source=source, dest=dest))
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
    from councildesk.cli import database_target
    from councildesk.ui.screenshot import save_screenshot

    language = None if args.lang == "system" else args.lang  # --lang es: the window in Spanish
    save_screenshot(database_target(args), args.out, meeting_id=args.meeting, tab=args.tab, language=language)
    print(say(WROTE, file=args.out))
    return 0
