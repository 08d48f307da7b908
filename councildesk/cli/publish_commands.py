"""The publish command: the public website as static files in one folder (headless, no Qt)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from councildesk.cli import SubParsers, add_command
from councildesk.cli.language import say
from councildesk.domain.messages import QT_TRANSLATE_NOOP, as_read

if TYPE_CHECKING:
    from councildesk.services.container import Services


def register(sub: SubParsers) -> None:
    p = add_command(
        sub,
        "publish",
        cmd_publish,
        QT_TRANSLATE_NOOP(
            "cli",
            "write the public website (meetings, minutes, members, votes, matters, search, open data) "
            "into DIR",
        ),
        database="read",
    )
    p.add_argument(
        "dir", type=Path, help=QT_TRANSLATE_NOOP("cli", "the folder to write (created if missing)")
    )
    p.add_argument(
        "--body", type=int, metavar="ID", help=QT_TRANSLATE_NOOP("cli", "only this body's meetings")
    )
    p.add_argument(
        "--from",
        dest="start",
        type=_date,
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "first meeting date"),
    )
    p.add_argument(
        "--to",
        dest="end",
        type=_date,
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "last meeting date"),
    )
    p.add_argument(
        "--include-drafts",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "publish draft minutes too, each marked DRAFT"),
    )
    p.add_argument(
        "--base-url",
        metavar="URL",
        default="",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the address the site will be served at (https://…); used only in the Atom feed and sitemap.xml",
        ),
    )
    p.add_argument(
        "--lang",
        choices=("en", "es", "fr"),
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the language of the site's own words (default: the published bodies' language when they "
            "share one, else English)",
        ),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "publish into a folder that holds other files (never deletes them)"),
    )

    keep = add_command(
        sub,
        "keep-minutes-files",
        cmd_keep_minutes_files,
        QT_TRANSLATE_NOOP(
            "cli",
            "draw the files of approved minutes (agenda PDF, minutes web edition and PDF) and keep them "
            "in the records, so that publishing copies them instead of drawing them",
        ),
    )
    keep.add_argument(
        "--meeting",
        type=int,
        action="append",
        metavar="ID",
        help=QT_TRANSLATE_NOOP("cli", "only this meeting (repeatable; default: every approved meeting)"),
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2011-08-18") from None


def _base_url(text: str) -> str:
    from urllib.parse import urlsplit

    from councildesk.domain.errors import UserError
    from councildesk.domain.messages import QT_TRANSLATE_NOOP

    parts = urlsplit(text)
    if text and (parts.scheme not in ("http", "https") or not parts.netloc):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "cli", "--base-url {text!r} is not a web address like https://example.org/council/."
            ),
            text=text,
        )
    return text


def cmd_publish(args: argparse.Namespace, services: Services) -> int:
    from councildesk.publish.site import PublishOptions, publish
    from councildesk.services.exchange_records import DateRange

    DateRange(args.start, args.end)  # a range that ends before it starts is refused in one sentence
    options = PublishOptions(
        body_id=args.body,
        date_from=args.start,
        date_to=args.end,
        include_drafts=args.include_drafts,
        force=args.force,
        base_url=_base_url(args.base_url),
        lang=args.lang,
    )
    result = publish(services, args.dir, options, progress=lambda text: print(as_read(text), file=sys.stderr))
    summary = QT_TRANSLATE_NOOP(
        "cli",
        "Published {meetings} meetings ({approved} with approved minutes) as {pages} pages and {files} "
        "files in {dir} ({changed} written, {removed} removed) in {seconds:.1f} s. Open {index}.",
    )
    print(
        say(
            summary,
            meetings=result.meetings,
            approved=result.approved,
            pages=result.pages,
            files=result.files,
            dir=args.dir,
            changed=result.changed,
            removed=result.removed,
            seconds=result.seconds,
            index=args.dir / "index.html",
        )
    )
    return 0


def cmd_keep_minutes_files(args: argparse.Namespace, services: Services) -> int:
    from councildesk.domain.enums import MinutesStatus
    from councildesk.publish.kept_files import keep_minutes_files

    ids = args.meeting or [
        m.id
        for m in services.meetings.list_meetings(newest_first=False)
        if m.minutes_status is MinutesStatus.APPROVED
    ]
    progress = QT_TRANSLATE_NOOP(
        "cli", "Keeping the approved minutes' files: {done} of {total} meetings read…"
    )
    kept = keep_minutes_files(
        services, ids, lambda done, total: print(say(progress, done=done, total=total), file=sys.stderr)
    )
    if ids and not kept:
        broken = QT_TRANSLATE_NOOP(
            "cli",
            "No files were kept: none of the {count} meetings has approved minutes, or the record chain "
            "is broken (run `councildesk verify --all`).",
        )
        print(say(broken, count=len(ids)), file=sys.stderr)
        return 1
    done = QT_TRANSLATE_NOOP("cli", "Approved minutes with their files kept: {kept}.")
    print(say(done, kept=kept))
    return 0
