"""Voting-record commands: record (a member's ballots), search, agreement (who votes with whom)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from councildesk.cli import SubParsers, add_command
from councildesk.cli.language import say, say_count
from councildesk.domain.enum_labels import label
from councildesk.domain.enums import MatterStatus
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, translate
from councildesk.exchange.atomic_file import write_atomically

if TYPE_CHECKING:
    from councildesk.services.container import Services

FORMATS = (".pdf", ".csv")


def register(sub: SubParsers) -> None:
    p = add_command(
        sub,
        "record",
        cmd_record,
        QT_TRANSLATE_NOOP("cli", "a member's voting record, as PDF or CSV"),
        database="read",
    )
    p.add_argument(
        "person",
        help=QT_TRANSLATE_NOOP("cli", "the member's id or name (part of a name is enough when it is unique)"),
    )
    _range_options(p)
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        help=QT_TRANSLATE_NOOP("cli", "write FILE.pdf or FILE.csv (default: print a summary)"),
    )
    p = add_command(
        sub,
        "search",
        cmd_search,
        QT_TRANSLATE_NOOP("cli", "full-text search of items, matters, motions and speakers"),
        database="read",
    )
    p.add_argument("query", help=QT_TRANSLATE_NOOP("cli", 'words, "a phrase" or a prefix*'))
    p.add_argument(
        "--limit",
        type=int,
        default=50,
        help=QT_TRANSLATE_NOOP("cli", "at most this many results (default 50)"),
    )
    p.add_argument(
        "-o", "--output", type=Path, help=QT_TRANSLATE_NOOP("cli", "write the results to FILE.csv")
    )
    p = add_command(
        sub,
        "agreement",
        cmd_agreement,
        QT_TRANSLATE_NOOP("cli", "who votes with whom on split votes, as PDF or CSV"),
        database="read",
    )
    _range_options(p)
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        help=QT_TRANSLATE_NOOP("cli", "write FILE.pdf or FILE.csv (default: print the pairs)"),
    )
    p = add_command(
        sub,
        "history",
        cmd_history,
        QT_TRANSLATE_NOOP("cli", "a matter's path across meetings, with every vote"),
        database="read",
    )
    p.add_argument("matter", help=QT_TRANSLATE_NOOP("cli", "the matter's identifier (e.g. R-11-034) or id"))


def _range_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help=QT_TRANSLATE_NOOP("cli", "first day, e.g. 2011-01-01"),
    )
    p.add_argument(
        "--to", dest="date_to", metavar="DATE", help=QT_TRANSLATE_NOOP("cli", "last day, e.g. 2011-12-31")
    )
    p.add_argument("--body", type=int, help=QT_TRANSLATE_NOOP("cli", "only this body (id)"))


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "{option} {value!r} is not a date; write it like 2011-08-18."),
            option=option,
            value=value,
        ) from None


def _checked_output(path: Path, allowed: tuple[str, ...] = FORMATS) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "{path} must end in {value}."), path=path, value=" or ".join(allowed)
        )
    if not path.resolve().parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "The folder {value} does not exist."), value=path.resolve().parent
        )
    return suffix


def _municipality(services: Services, body_id: int | None) -> tuple[str, str]:
    bodies = services.bodies.list_bodies()
    chosen = [b for b in bodies if b.id == body_id] if body_id is not None else bodies
    if len(chosen) == 1:
        return chosen[0].municipality, chosen[0].name
    return "", "All bodies"


def cmd_record(args: argparse.Namespace, services: Services) -> int:
    from councildesk.services.voting_record_dto import RecordFilter

    flt = RecordFilter(
        date_from=parse_day(args.date_from, "--from"),
        date_to=parse_day(args.date_to, "--to"),
        body_id=args.body,
    )
    suffix = _checked_output(args.output) if args.output else ""
    person_id, name = services.voting_records.find_member(args.person)
    records = services.voting_records
    rows = records.full_record(person_id, flt)
    summary = records.summary(person_id, flt)
    if suffix == ".csv":
        from councildesk.exchange.records_csv import record_csv

        write_atomically(args.output, record_csv(rows).encode("utf-8-sig"))
    elif suffix == ".pdf":
        from councildesk.domain.messages import installed_language
        from councildesk.reports.record_report import RecordReportHeader, record_language, record_pdf

        municipality, body = _municipality(services, args.body)
        filters = [(k, v) for k, v in flt.describe() if k != "Body"] + ([("Body", body)] if args.body else [])
        # A record is the body's, like its minutes: it prints in the body's language unless --lang
        # names one (bodies that differ: the reader's language).
        given = getattr(args, "lang", "system")
        lang = (
            given if given != "system" else record_language(services.bodies, args.body, installed_language())
        )
        pdf = record_pdf(summary, rows, filters, RecordReportHeader(municipality, body), lang=lang)
        write_atomically(args.output, pdf)
    else:
        for r in rows:
            option, result = label(r.option).lower(), label(r.result).lower()
            print(f"{r.taken_on}  {option:<8} {result:<4} {r.yes}-{r.no}  {r.item_title}")
    share = "—" if summary.majority_share is None else _percent(summary.majority_share)
    standing = QT_TRANSLATE_NOOP(
        "cli",
        "{name}: {count} ballots, with the majority {with_majority} of {decided} ({share}), present at "
        "{present} of {seated} meetings.",
    )
    counts = {"with_majority": summary.with_majority, "decided": summary.decided, "share": share}
    seated = {"present": summary.meetings_present, "seated": summary.meetings_seated}
    print(say(standing, name=name, count=summary.ballots, **counts, **seated))
    if args.output:
        print(say(WROTE, file=args.output))
    return 0


def _percent(share: float) -> str:
    """'66.7%' in English; as the reader's locale writes a percentage otherwise ('66,7 %')."""
    from councildesk.domain.messages import installed_language

    language = installed_language()
    if language == "en":
        return f"{share * 100:.1f}%"
    from babel.numbers import format_percent

    from councildesk.domain.minutes_language import LOCALES

    return str(format_percent(share, "#,##0.0 %", locale=LOCALES[language]))


def cmd_search(args: argparse.Namespace, services: Services) -> int:
    if args.output:
        _checked_output(args.output, (".csv",))
    if not 0 < args.limit <= 1000:
        raise UserError(QT_TRANSLATE_NOOP("cli", "--limit must be between 1 and 1000."))
    results = services.voting_records.search(args.query, limit=args.limit)
    if args.output:
        from councildesk.exchange.records_csv import search_csv

        write_atomically(args.output, search_csv(results.hits).encode("utf-8-sig"))
        one, many = (
            QT_TRANSLATE_NOOP("cli", "Wrote 1 result to {file}."),
            QT_TRANSLATE_NOOP("cli", "Wrote {count} results to {file}."),
        )
        print(say_count(one, many, len(results.hits), file=args.output))
        return 0
    if results.message:
        print(results.message)
    for h in results.hits:
        where = say(QT_TRANSLATE_NOOP("cli", "not on an agenda yet"))
        if h.meeting_id:
            where = say(
                QT_TRANSLATE_NOOP("cli", "meeting {meeting}, item {item}"),
                meeting=h.meeting_id,
                item=h.item_id,
            )
        day = h.meeting_on.isoformat() if h.meeting_on else "          "
        source = translate("services", h.source) if h.source in SOURCES else h.source
        print(f"{day}  {source:<11} {h.title}  ({where})\n            {h.plain_snippet()}")
    return 0


def cmd_agreement(args: argparse.Namespace, services: Services) -> int:
    suffix = _checked_output(args.output) if args.output else ""
    m = services.voting_records.agreement(
        date_from=parse_day(args.date_from, "--from"),
        date_to=parse_day(args.date_to, "--to"),
        body_id=args.body,
    )
    if suffix == ".csv":
        from councildesk.exchange.records_csv import agreement_csv

        write_atomically(args.output, agreement_csv(m).encode("utf-8-sig"))
    elif suffix == ".pdf":
        from councildesk.reports.agreement_report import agreement_pdf

        municipality, _body = _municipality(services, args.body)
        write_atomically(args.output, agreement_pdf(m, municipality=municipality))
    else:
        n = len(m.names)
        for i in range(n):
            for j in range(i + 1, n):
                if m.together[i][j]:
                    share = m.agree[i][j] / m.together[i][j] * 100
                    print(
                        f"{share:5.1f}%  {m.agree[i][j]:>4}/{m.together[i][j]:<4} {m.names[i]} — {m.names[j]}"
                    )
    split = say_count(
        QT_TRANSLATE_NOOP("cli", "1 split vote"),
        QT_TRANSLATE_NOOP("cli", "{count} split votes"),
        m.split_votes,
    )
    members = say_count(
        QT_TRANSLATE_NOOP("cli", "1 member"), QT_TRANSLATE_NOOP("cli", "{count} members"), len(m.names)
    )
    print(f"{split}, {members}.")
    if args.output:
        print(say(WROTE, file=args.output))
    return 0


def cmd_history(args: argparse.Namespace, services: Services) -> int:
    wanted = args.matter.strip()
    matches = [
        m for m in services.matters.find_matters(wanted, limit=20) if m.identifier.lower() == wanted.lower()
    ]
    if matches:
        matter_id = matches[0].id
    elif wanted.isdigit():
        matter_id = int(wanted)
    else:
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "There is no matter {wanted!r}; give its identifier, e.g. R-11-034."),
            wanted=wanted,
        )
    history = services.voting_records.matter_history(matter_id)
    status = label(MatterStatus(history.status)).lower()
    print(f"{history.identifier}: {history.title} — {status}")
    if not history.steps:
        print(say(QT_TRANSLATE_NOOP("cli", "  Not yet on any meeting's agenda.")))
    from councildesk.services.voting_record_dto import STAGES

    for step in history.steps:
        stage = say(STAGES[step.stage]) if step.stage in STAGES else step.stage
        where = QT_TRANSLATE_NOOP("cli", "  {day}  {body}, item {item} (meeting {meeting}): {stage}")
        values = {"day": step.meeting_on, "body": step.body_name, "item": step.item_number or "—"}
        print(say(where, **values, meeting=step.meeting_id, stage=stage))
        for m in step.motions:
            outcome = say(QT_TRANSLATE_NOOP("cli", "no vote"))
            if m.result:
                outcome = f"{label(m.result).lower()} {m.yes}–{m.no}"
            print(f"    {label(m.kind).lower()}: {m.text} [{label(m.disposition).lower()}; {outcome}]")
            for b in m.ballots:
                if b.option.value != "yes":  # the yes votes follow from the count
                    note = f" ({b.note})" if b.note else ""
                    print(f"      {b.person_name}: {label(b.option).lower()}{note}")
    return 0


WROTE = QT_TRANSLATE_NOOP("cli", "Wrote {file}.")
# What `search` found a hit in (full_text_search's words, which the refusals also name).
SOURCES = ("agenda item", "matter", "motion", "speaker")
