"""An iCalendar (RFC 5545) file of meetings: times in their body's zone (TZID + VTIMEZONE), CRLF
lines folded at 75 octets, escaped text, stable UIDs."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from councildesk.domain.time_zones import zone
from councildesk.exchange.vtimezone import vtimezone
from councildesk.services.exchange_records import DateRange
from councildesk.services.exchange_service import ExchangeService

PRODID = "-//CouncilDesk//CouncilDesk meetings//EN"
ICS_NAME = "meetings.ics"
STATUS = {
    "cancelled": "CANCELLED",
    "scheduled": "CONFIRMED",
    "in_progress": "CONFIRMED",
    "adjourned": "CONFIRMED",
}


def escape_text(value: str) -> str:
    """TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into pieces of at most 75 octets, never inside a UTF-8 character."""
    if len(line) <= 75 and line.isascii():
        return line + "\r\n"  # most lines: short enough as they are (a character is an octet)
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75  # a continuation line starts with one space
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out) + "\r\n"


def _local(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")  # the body's wall clock, with TZID naming its zone


def _utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_text(
    exchange: ExchangeService, span: DateRange | None = None, *, stamp: datetime | None = None
) -> str:
    """The calendar as text; DTSTAMP is `stamp` in UTC (RFC 5545 §3.8.7.2), default the export time.

    Each start and end carries TZID of its body's zone, described by a VTIMEZONE for the years
    exported; with no meetings the calendar still holds the bodies' VTIMEZONEs, so it is never
    without a component (RFC 5545 §3.6 requires one).
    """
    stamp = stamp or datetime.now(UTC)
    meetings = exchange.calendar(span)
    used = {_zone_name(e.time_zone) for e in meetings}
    zones = sorted(used or {_zone_name(z) for z in exchange.zones_in_use()} or {_zone_name(None)})
    years = sorted({e.scheduled_start.year for e in meetings}) or [stamp.year]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for name in zones:
        lines += vtimezone(name, years[0], years[-1])
    for meeting in meetings:
        tzid = _zone_name(meeting.time_zone)
        kind = meeting.kind.replace("_", " ")
        summary = f"{meeting.body} — {meeting.title or kind + ' meeting'}"
        description = "\n".join(f"{n}. {t}" for n, t in enumerate(meeting.items, start=1))
        lines += [
            "BEGIN:VEVENT",
            f"UID:{meeting.uid}@councildesk",
            f"DTSTAMP:{_utc(stamp)}",
            f"DTSTART;TZID={tzid}:{_local(meeting.scheduled_start)}",
        ]
        if meeting.adjourned_at and meeting.adjourned_at > meeting.scheduled_start:
            lines.append(f"DTEND;TZID={tzid}:{_local(meeting.adjourned_at)}")
        lines.append(f"SUMMARY:{escape_text(summary)}")
        if meeting.location:
            lines.append(f"LOCATION:{escape_text(meeting.location)}")
        if description:
            lines.append(f"DESCRIPTION:{escape_text(description)}")
        lines += [f"STATUS:{STATUS[meeting.status]}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)


def _zone_name(name: str | None) -> str:
    return zone(name).key


def export_ics(
    exchange: ExchangeService, folder: Path, span: DateRange | None = None, name: str = ICS_NAME
) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(calendar_text(exchange, span).encode("utf-8"))
    return path
