"""Minutes subcommands: minutes and agenda PDFs, approve, verify and correct (headless, no Qt)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from councildesk.cli import SubParsers, add_command
from councildesk.cli.language import calendar_day, say
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from councildesk.services.container import Services
    from councildesk.services.minutes_document import MinutesDocument, MinutesSettings

EXIT_TAMPERED = 1
EXIT_NOT_APPROVED = 3  # a draft: nothing to verify, which is neither OK nor tampered
# The approved text is intact but a person, the body or a seat it names was renamed since: not a
# failure (so not 1), yet not silent either — a nightly `verify` script can tell it from 0.
EXIT_RENAMED = 4


def register(sub: SubParsers) -> None:
    p = add_command(
        sub,
        "minutes",
        cmd_minutes,
        QT_TRANSLATE_NOOP(
            "cli",
            "write a meeting's minutes as PDF, or a body's year of minutes as one volume (--year, --body)",
        ),
        database="read",
    )
    p.add_argument(
        "meeting",
        type=int,
        nargs="?",
        help=QT_TRANSLATE_NOOP("cli", "meeting id (see `councildesk meetings`)"),
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("cli", "file to write: FILE.html for the accessible web edition, else PDF"),
    )
    p.add_argument(
        "--year",
        type=int,
        metavar="YYYY",
        help=QT_TRANSLATE_NOOP("cli", "every meeting of --body in YYYY, one PDF"),
    )
    p.add_argument(
        "--body",
        type=int,
        metavar="ID",
        help=QT_TRANSLATE_NOOP("cli", "the body whose year is bound (with --year)"),
    )
    p.add_argument(
        "--sign",
        type=Path,
        metavar="KEY.p12",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "sign approved minutes with this key file (see `councildesk keys new`); asks its passphrase",
        ),
    )
    _paper(p)
    p = add_command(
        sub,
        "agenda",
        cmd_agenda,
        QT_TRANSLATE_NOOP("cli", "write a meeting's agenda as PDF"),
        database="read",
    )
    p.add_argument("meeting", type=int, help=QT_TRANSLATE_NOOP("cli", "meeting id"))
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("cli", "PDF file to write"),
    )
    _paper(p)
    p = add_command(
        sub,
        "approve",
        cmd_approve,
        QT_TRANSLATE_NOOP("cli", "approve a meeting's minutes at a later meeting; locks them"),
    )
    p.add_argument(
        "meeting", type=int, help=QT_TRANSLATE_NOOP("cli", "the meeting whose minutes are approved")
    )
    p.add_argument(
        "--at",
        type=int,
        required=True,
        metavar="MEETING2",
        help=QT_TRANSLATE_NOOP("cli", "the meeting that approved them"),
    )
    p.add_argument(
        "--on",
        type=_date,
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "approval date (default: the date of MEETING2)"),
    )
    p.add_argument(
        "--as-corrected",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "approved as corrected (default: as read)"),
    )
    p.add_argument(
        "--vote",
        type=int,
        metavar="VOTE",
        help=QT_TRANSLATE_NOOP("cli", "the vote that approved them (default: found at MEETING2)"),
    )
    p = add_command(
        sub,
        "verify",
        cmd_verify,
        QT_TRANSLATE_NOOP(
            "cli",
            "check approved minutes against their fingerprint and the record chain "
            "(exit 0 OK, 1 tampered, 3 draft, 4 text unchanged but shared records renamed)",
        ),
        database="read",
    )
    p.add_argument("meeting", type=int, nargs="?", help=QT_TRANSLATE_NOOP("cli", "meeting id"))
    p.add_argument(
        "--all",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "every approved meeting and the whole record chain"),
    )
    p.add_argument(
        "--against",
        metavar="ANCHOR",
        help=QT_TRANSLATE_NOOP(
            "cli", "a fingerprints file, an older backup (.db) or a printed chain head / fingerprint"
        ),
    )
    p = add_command(
        sub,
        "fingerprints",
        cmd_fingerprints,
        QT_TRANSLATE_NOOP(
            "cli", "write the record chain's head and every approval's fingerprint as JSON (to publish)"
        ),
        database="read",
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.json",
        help=QT_TRANSLATE_NOOP("cli", "file to write"),
    )
    p = add_command(
        sub,
        "correct",
        cmd_correct,
        QT_TRANSLATE_NOOP("cli", "record a correction to approved minutes (never erases them)"),
    )
    p.add_argument("meeting", type=int, help=QT_TRANSLATE_NOOP("cli", "meeting id"))
    p.add_argument("--reason", required=True, help=QT_TRANSLATE_NOOP("cli", "why the correction is made"))
    p.add_argument("--before", default="", help=QT_TRANSLATE_NOOP("cli", "the text as approved"))
    p.add_argument("--after", default="", help=QT_TRANSLATE_NOOP("cli", "the corrected text"))
    p.add_argument(
        "--on",
        type=_date,
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "date of the correction (default: today)"),
    )
    p.add_argument(
        "--item",
        type=int,
        metavar="ITEM",
        help=QT_TRANSLATE_NOOP("cli", "agenda item id the correction belongs to"),
    )


def _paper(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--paper",
        choices=["letter", "a4"],
        default="letter",
        help=QT_TRANSLATE_NOOP("cli", "paper size (default letter)"),
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2011-08-18") from None


def _is_html(path: Path) -> bool:
    return path.suffix.lower() in (".html", ".htm")


def _write(path: Path, data: bytes) -> None:
    from councildesk.reports.output import write_atomically

    write_atomically(path, data)


def _settings(args: argparse.Namespace) -> MinutesSettings:
    from councildesk.services.minutes_document import MinutesSettings, PaperSize

    return MinutesSettings(paper=PaperSize(args.paper))


def cmd_minutes(args: argparse.Namespace, services: Services) -> int:
    if args.year is not None or args.body is not None:
        return _minutes_volume(args, services)
    if args.meeting is None:
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "Give a meeting id, or --year and --body for a year's volume.")
        )
    doc = services.minutes.minutes(args.meeting, _settings(args))
    # The suffix picks the edition: the same document as an HTML page or as PDF. Each edition's
    # module is imported only when it is written (the other costs a process 0.05 s or more).
    html = _is_html(args.output)
    if args.sign is not None:
        return _signed_minutes(args, doc)
    if html:
        from councildesk.reports.minutes_html import minutes_html

        _write(args.output, minutes_html(doc).encode("utf-8"))
    else:
        from councildesk.reports.minutes import minutes_pdf

        _write(args.output, minutes_pdf(doc))
    # One whole sentence per case: "approved" and "draft" agree with "minutes" in Spanish and French.
    wrote = {
        (True, False): QT_TRANSLATE_NOOP("cli", "Wrote the approved minutes of meeting {meeting} to {file}."),
        (False, False): QT_TRANSLATE_NOOP("cli", "Wrote the DRAFT minutes of meeting {meeting} to {file}."),
        (True, True): QT_TRANSLATE_NOOP(
            "cli", "Wrote the approved HTML minutes of meeting {meeting} to {file}."
        ),
        (False, True): QT_TRANSLATE_NOOP(
            "cli", "Wrote the DRAFT HTML minutes of meeting {meeting} to {file}."
        ),
    }[(doc.approval is not None, html)]
    print(say(wrote, meeting=args.meeting, file=args.output))
    return 0


def _signed_minutes(args: argparse.Namespace, doc: MinutesDocument) -> int:
    from councildesk.cli.signing_commands import passphrase
    from councildesk.reports.pdf_signature import signed_minutes_pdf

    if _is_html(args.output) or args.year is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "cli", "Only one meeting's minutes as PDF can be signed; give a file name ending in .pdf."
            )
        )
    if doc.approval is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "cli", "The minutes of meeting {meeting} are a draft; only approved minutes are signed."
            ),
            meeting=args.meeting,
        )
    key_file: Path = args.sign.expanduser()
    signed, who = signed_minutes_pdf(doc, key_file, passphrase(key_file))
    _write(args.output, signed)
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli", "Wrote the approved minutes of meeting {meeting}, signed by {who}, to {file}."
            ),
            meeting=args.meeting,
            who=who,
            file=args.output,
        )
    )
    return 0


def _minutes_volume(args: argparse.Namespace, services: Services) -> int:
    if args.meeting is not None or args.year is None or args.body is None:
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "A volume takes --year and --body together, without a meeting id.")
        )
    if _is_html(args.output):
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "A year's volume is written as PDF; give a file name ending in .pdf.")
        )
    from councildesk.reports.minutes_volume import minutes_volume_pdf

    volume = services.minutes.volume(args.body, args.year, _settings(args))
    _write(args.output, minutes_volume_pdf(volume))
    drafts = sum(1 for d in volume.documents if d.approval is None)
    wrote = QT_TRANSLATE_NOOP(
        "cli", "Wrote the {year} minutes of the {body} ({count} meetings, {drafts} still drafts) to {file}."
    )
    values = {"year": args.year, "body": volume.body_name, "count": len(volume.documents), "drafts": drafts}
    print(say(wrote, **values, file=args.output))
    return 0


def cmd_agenda(args: argparse.Namespace, services: Services) -> int:
    from councildesk.reports.agenda import agenda_pdf

    _write(args.output, agenda_pdf(services.minutes.agenda(args.meeting, _settings(args))))
    wrote = QT_TRANSLATE_NOOP("cli", "Wrote the agenda of meeting {meeting} to {file}.")
    print(say(wrote, meeting=args.meeting, file=args.output))
    return 0


def cmd_approve(args: argparse.Namespace, services: Services) -> int:
    from councildesk.domain.enums import ApprovalManner

    approval = services.approvals.approve(
        args.meeting,
        at_meeting_id=args.at,
        on=args.on,
        manner=ApprovalManner.AS_CORRECTED if args.as_corrected else ApprovalManner.AS_READ,
        approving_vote_id=args.vote,
    )
    approved = QT_TRANSLATE_NOOP(
        "cli",
        "Approved the minutes of meeting {meeting} on {day}; they are now locked. "
        "Fingerprint (SHA-256): {sha256}",
    )
    print(say(approved, meeting=args.meeting, day=calendar_day(approval.approved_on), sha256=approval.sha256))
    from councildesk.publish.kept_files import keep_minutes_files

    # Drawn now, once, so that every later publish copies them instead of drawing them.
    keep_minutes_files(services, [args.meeting])
    return 0


def cmd_fingerprints(args: argparse.Namespace, services: Services) -> int:
    import json

    from councildesk.services.anchors import fingerprints

    with services.db.reading() as s:
        data = fingerprints(s)
    _write(args.output, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    wrote = QT_TRANSLATE_NOOP(
        "cli", "Wrote {count} approval fingerprints and the chain head {head} (link {length}) to {file}."
    )
    chain = {"head": data["chain"]["head"], "length": data["chain"]["length"]}
    print(say(wrote, count=len(data["approvals"]), **chain, file=args.output))
    return 0


def cmd_verify(args: argparse.Namespace, services: Services) -> int:
    if args.against:
        from councildesk.services.anchors import check_against

        anchored = check_against(services.db, args.against)
        print(anchored.text)
        for line in anchored.lines[1:]:
            print(say(QT_TRANSLATE_NOOP("cli", "  also: {line}"), line=line))
        if not anchored.ok:
            return EXIT_TAMPERED
        if args.meeting is None and not args.all:
            return 0
    if args.all:
        every = services.approvals.verify_all()
        for brk in every.breaks:
            print(say(QT_TRANSLATE_NOOP("cli", "TAMPERED: the record chain breaks: {brk}"), brk=brk.message))
        for result in every.meetings:
            print(
                say(
                    QT_TRANSLATE_NOOP("cli", "meeting {meeting}: {verdict}"),
                    meeting=result.meeting_id,
                    verdict=result.text,
                )
            )
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "{count} approved meetings checked; record chain of {length} links, head {head}.",
                ),
                count=len(every.meetings),
                length=every.head.length,
                head=every.head.hash,
            )
        )
        if every.breaks or any(v.status.value == "tampered" for v in every.meetings):
            return EXIT_TAMPERED
        return EXIT_RENAMED if any(v.status.value == "renamed" for v in every.meetings) else 0
    if args.meeting is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "cli", "Give a meeting id, or --all for every approved meeting and the record chain."
            )
        )
    result = services.approvals.verify(args.meeting)
    print(result.text)
    for line in result.differences:
        print(say(QT_TRANSLATE_NOOP("cli", "  changed: {line}"), line=line))  # a Sentence: as read
    codes = {"ok": 0, "renamed": EXIT_RENAMED, "tampered": EXIT_TAMPERED}
    return codes.get(result.status.value, EXIT_NOT_APPROVED)


def cmd_correct(args: argparse.Namespace, services: Services) -> int:
    c = services.approvals.record_correction(
        args.meeting,
        reason=args.reason,
        before=args.before,
        after=args.after,
        made_on=args.on,
        agenda_item_id=args.item,
    )
    recorded = QT_TRANSLATE_NOOP(
        "cli",
        "Recorded correction {correction} to the minutes of meeting {meeting}; "
        "the approved fingerprint is unchanged.",
    )
    print(say(recorded, correction=c.id, meeting=args.meeting))
    return 0
