"""The publish command: the public website as static files in one folder (headless, no Qt)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from councildesk.cli import SubParsers, add_command

if TYPE_CHECKING:
    from councildesk.services.container import Services


def register(sub: SubParsers) -> None:
    p = add_command(
        sub,
        "publish",
        cmd_publish,
        "write the public website (meetings, minutes, members, votes, matters, search, open data) into DIR",
        database="read",
    )
    p.add_argument("dir", type=Path, help="the folder to write (created if missing)")
    p.add_argument("--body", type=int, metavar="ID", help="only this body's meetings")
    p.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD", help="first meeting date")
    p.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD", help="last meeting date")
    p.add_argument(
        "--include-drafts", action="store_true", help="publish draft minutes too, each marked DRAFT"
    )
    p.add_argument(
        "--base-url",
        metavar="URL",
        default="",
        help="the address the site will be served at (https://…); used only in the Atom feed and sitemap.xml",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="publish into a folder that holds other files (never deletes them)",
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
    )
    result = publish(services, args.dir, options, progress=lambda text: print(text, file=sys.stderr))
    print(
        f"Published {result.meetings} meetings ({result.approved} with approved minutes) as "
        f"{result.pages} pages and {result.files} files in {args.dir} ({result.changed} written, "
        f"{result.removed} removed) in {result.seconds:.1f} s. Open {args.dir / 'index.html'}."
    )
    return 0
