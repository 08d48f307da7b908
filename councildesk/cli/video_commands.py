"""Video commands: a meeting's recording (address and offset) and its chapters as WebVTT or a YouTube list."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from councildesk.cli import SubParsers, add_command
from councildesk.cli.language import say
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from councildesk.services.container import Services


def register(sub: SubParsers) -> None:
    p = add_command(
        sub,
        "chapters",
        cmd_chapters,
        QT_TRANSLATE_NOOP(
            "cli", "a meeting's video chapters from its stamped times (WebVTT or a YouTube description list)"
        ),
        database="read",
    )
    p.add_argument(
        "meeting", type=int, help=QT_TRANSLATE_NOOP("cli", "meeting id (see `councildesk meetings`)")
    )
    p.add_argument(
        "--format",
        choices=("vtt", "youtube"),
        default="vtt",
        help=QT_TRANSLATE_NOOP("cli", "WebVTT chapters or YouTube list"),
    )
    p.add_argument(
        "--offset",
        metavar="HH:MM:SS",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "where in the recording the meeting was called to order (default: the one `video` set, else 0)",
        ),
    )
    p.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("cli", "write to FILE (default: print)"),
    )
    p = add_command(
        sub,
        "video",
        cmd_video,
        QT_TRANSLATE_NOOP("cli", "set a meeting's video address and offset (shown if neither is given)"),
    )
    p.add_argument("meeting", type=int, help=QT_TRANSLATE_NOOP("cli", "meeting id"))
    p.add_argument("--url", help=QT_TRANSLATE_NOOP("cli", "the recording's web address (empty to remove)"))
    p.add_argument(
        "--offset",
        metavar="HH:MM:SS",
        help=QT_TRANSLATE_NOOP("cli", "where in the recording the meeting was called to order"),
    )


def _offset(text: str) -> int:
    from councildesk.exchange.video_chapters import parse_offset

    try:
        return int(parse_offset(text).total_seconds())
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "cli", "--offset {text} is not a time like 00:04:12 (hours, minutes, seconds)."
            ),
            text=text,
        ) from None


def cmd_chapters(args: argparse.Namespace, services: Services) -> int:
    from councildesk.exchange.video_chapters import chapters, webvtt, youtube

    seconds = _offset(args.offset) if args.offset else services.meetings.video(args.meeting).offset_seconds
    record = services.records.load(args.meeting)
    found = chapters(
        record,
        timedelta(seconds=seconds),
        before=say(QT_TRANSLATE_NOOP("cli", "Before the meeting")),
        call_to_order=say(QT_TRANSLATE_NOOP("cli", "Call to order")),
    )
    if not found:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "cli", "Meeting {meeting} has no call to order and no stamped item, so no chapters to mark."
            ),
            meeting=args.meeting,
        )
    text = webvtt(found) if args.format == "vtt" else youtube(found)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    return 0


def cmd_video(args: argparse.Namespace, services: Services) -> int:
    offset = _offset(args.offset) if args.offset else None
    if args.url is None and offset is None:
        video = services.meetings.video(args.meeting)
    else:
        video = services.meetings.set_video(args.meeting, url=args.url, offset_seconds=offset)
    print(say(QT_TRANSLATE_NOOP("cli", "url: {url}"), url=video.url or "-"))
    print(
        say(QT_TRANSLATE_NOOP("cli", "offset: {offset}"), offset=str(timedelta(seconds=video.offset_seconds)))
    )
    return 0
