"""Meeting commands: call to order and adjourn (with --at), the times of a record, and its history log."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from councildesk.cli import SubParsers, add_command
from councildesk.cli.language import calendar_day, clock, say
from councildesk.domain.meeting_times import TimeKind, on_meeting_day
from councildesk.domain.messages import QT_TRANSLATE_NOOP, as_read, installed_language, translate

if TYPE_CHECKING:
    from councildesk.services.container import Services


def register(sub: SubParsers) -> None:
    p = add_command(
        sub,
        "call-to-order",
        cmd_call_to_order,
        QT_TRANSLATE_NOOP("cli", "record the time a meeting was called to order"),
    )
    p.add_argument(
        "meeting", type=int, help=QT_TRANSLATE_NOOP("cli", "meeting id (see `councildesk meetings`)")
    )
    _at_option(p)
    p = add_command(
        sub, "adjourn", cmd_adjourn, QT_TRANSLATE_NOOP("cli", "record the time a meeting adjourned")
    )
    p.add_argument("meeting", type=int, help=QT_TRANSLATE_NOOP("cli", "meeting id"))
    _at_option(p)
    p = add_command(
        sub,
        "set-time",
        cmd_set_time,
        QT_TRANSLATE_NOOP("cli", "type or correct one time of a meeting's record (see `times`)"),
    )
    p.add_argument("meeting", type=int, help=QT_TRANSLATE_NOOP("cli", "meeting id"))
    p.add_argument("kind", choices=[k.value for k in TimeKind], help=QT_TRANSLATE_NOOP("cli", "which time"))
    p.add_argument("record", type=int, help=QT_TRANSLATE_NOOP("cli", "the record's id as `times` lists it"))
    p.add_argument(
        "--at",
        required=True,
        metavar="HH:MM",
        help=QT_TRANSLATE_NOOP("cli", "the time on the meeting's date, e.g. 17:30"),
    )
    p = add_command(
        sub,
        "times",
        cmd_times,
        QT_TRANSLATE_NOOP("cli", "every time of a meeting's record, with warnings"),
        database="read",
    )
    p.add_argument("meeting", type=int, help=QT_TRANSLATE_NOOP("cli", "meeting id"))
    p = add_command(
        sub,
        "history-log",
        cmd_history_log,
        QT_TRANSLATE_NOOP("cli", "who changed what and when (the audit log)"),
        database="read",
    )
    p.add_argument(
        "meeting",
        type=int,
        nargs="?",
        help=QT_TRANSLATE_NOOP("cli", "only this meeting's records (default: all)"),
    )
    p.add_argument(
        "--item", type=int, metavar="ITEM", help=QT_TRANSLATE_NOOP("cli", "only this agenda item's records")
    )
    p.add_argument(
        "--filter", default="", metavar="TEXT", help=QT_TRANSLATE_NOOP("cli", "only entries mentioning TEXT")
    )
    p.add_argument(
        "--limit",
        type=int,
        default=200,
        help=QT_TRANSLATE_NOOP("cli", "at most this many entries (default 200)"),
    )


def _at_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--at",
        metavar="HH:MM",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the time on the meeting's date (17:30 or 5:30 pm); "
            "default: now at a meeting held today, else the scheduled start",
        ),
    )


def _moment(services: Services, meeting_id: int, typed: str | None) -> datetime | None:
    if typed is None:
        return None
    m = services.meetings.get_meeting(meeting_id)
    return on_meeting_day(
        m.scheduled_start.date(), typed, not_before=m.called_to_order_at or m.scheduled_start
    )


def _print_warnings(services: Services, meeting_id: int) -> None:
    for warning in services.times.warnings(meeting_id):
        print(say(QT_TRANSLATE_NOOP("cli", "warning: {warning}"), warning=warning))


def cmd_call_to_order(args: argparse.Namespace, services: Services) -> int:
    m = services.meetings.call_to_order(args.meeting, _moment(services, args.meeting, args.at))
    assert m.called_to_order_at is not None
    at = m.called_to_order_at
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "Called to order at {time} on {day}."),
            time=clock(at),
            day=calendar_day(at),
        )
    )
    _print_warnings(services, args.meeting)
    return 0


def cmd_adjourn(args: argparse.Namespace, services: Services) -> int:
    m = services.meetings.adjourn(args.meeting, _moment(services, args.meeting, args.at))
    assert m.adjourned_at is not None
    at = m.adjourned_at
    print(
        say(QT_TRANSLATE_NOOP("cli", "Adjourned at {time} on {day}."), time=clock(at), day=calendar_day(at))
    )
    _print_warnings(services, args.meeting)
    return 0


def cmd_set_time(args: argparse.Namespace, services: Services) -> int:
    row = services.times.set_time(TimeKind(args.kind), args.record, _moment(services, args.meeting, args.at))
    if row.at:
        print(f"{as_read(row.what) or args.kind}: {clock(row.at)}.")
    else:
        print(say(QT_TRANSLATE_NOOP("cli", "{what}: cleared."), what=row.what))
    _print_warnings(services, args.meeting)
    return 0


def cmd_times(args: argparse.Namespace, services: Services) -> int:
    for row in services.times.timeline(args.meeting):
        when = clock(row.at) if row.at else "--:--"
        kind = say(TIME_KINDS[row.kind]) if row.kind in TIME_KINDS else row.kind.value
        print(f"{when}  {kind:<13} {row.record_id:>6}  {as_read(row.what)}")
    _print_warnings(services, args.meeting)
    return 0


def cmd_history_log(args: argparse.Namespace, services: Services) -> int:
    from councildesk.services.audit_service import changed_fields

    entries = services.audit.history(args.meeting, item_id=args.item, text=args.filter, limit=args.limit)
    for e in entries:
        what = _named(e.entity, records=True)
        done = say(ACTIONS[e.action], what=what, id=e.entity_id) if e.action in ACTIONS else None
        print(f"{e.at:%Y-%m-%d %H:%M:%S}  {e.who}  " + (done or f"{e.action} {what} {e.entity_id}"))
        for field, before, after in changed_fields(e):
            name = _named(field, records=False)
            print(f"    {name}: {_value(before)} → {_value(after)}" if field else f"    {_value(after)}")
    if not entries:
        print(say(QT_TRANSLATE_NOOP("cli", "No changes recorded.")))
    return 0


# A time's kind as `times` lists it (the English is TimeKind's own value).
TIME_KINDS = {
    TimeKind.CALL_TO_ORDER: QT_TRANSLATE_NOOP("cli", "call-to-order"),
    TimeKind.ADJOURNMENT: QT_TRANSLATE_NOOP("cli", "adjournment"),
    TimeKind.ARRIVAL: QT_TRANSLATE_NOOP("cli", "arrival"),
    TimeKind.DEPARTURE: QT_TRANSLATE_NOOP("cli", "departure"),
    TimeKind.ITEM_START: QT_TRANSLATE_NOOP("cli", "item"),
    TimeKind.MOTION: QT_TRANSLATE_NOOP("cli", "motion"),
    TimeKind.VOTE: QT_TRANSLATE_NOOP("cli", "vote"),
    TimeKind.SPEAKER: QT_TRANSLATE_NOOP("cli", "speaker"),
}
# What an audit entry did, with the record it names (the English is the log's own words).
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("cli", "create {what} {id}"),
    "update": QT_TRANSLATE_NOOP("cli", "update {what} {id}"),
    "delete": QT_TRANSLATE_NOOP("cli", "delete {what} {id}"),
}


def _named(name: str, *, records: bool) -> str:
    """A table's (records) or a column's name as the log stores it, in English (agenda item,
    given_name); in another language a record as the refusals name it (services' declared nouns),
    a column as the window's History panel does."""
    from councildesk.domain.history_fields import FIELDS
    from councildesk.services.guards import WHAT
    from councildesk.services.stale_edit import FIELDS as NOUNS

    if installed_language() == "en":
        return name.replace("_", " ") if records else name
    if records:
        noun = WHAT.get(name)
        return translate("services", noun) if noun else name.replace("_", " ")
    if field := FIELDS.get(name):
        return translate("HistoryFields", field)
    noun = NOUNS.get(name)  # a column the panel does not name, as the refusals do
    return translate("services", noun) if noun else name.replace("_", " ")


def _value(value: object) -> str:
    return "—" if value is None or value == "" else str(value)
