"""VTIMEZONE blocks (RFC 5545 §3.6.5) made from the zoneinfo database's transitions for given years."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

DAY = timedelta(days=1)


def _offset(zone: ZoneInfo, moment: datetime) -> timedelta:
    offset = moment.astimezone(zone).utcoffset()
    assert offset is not None  # a ZoneInfo always has one
    return offset


def transitions(zone: ZoneInfo, first_year: int, last_year: int) -> list[datetime]:
    """The UTC instants in [first_year, last_year] at which the zone's offset changes."""
    out: list[datetime] = []
    moment = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    while moment < end:
        after = moment + DAY
        if _offset(zone, moment) != _offset(zone, after):
            low, high = moment, after  # the change lies in (low, high]: halve to the second
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _offset(zone, middle) == _offset(zone, low):
                    low = middle
                else:
                    high = middle
            out.append(high.replace(microsecond=0))
        moment = after
    return out


def _utc_offset(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def _observance(zone: ZoneInfo, at: datetime, before: timedelta) -> list[str]:
    """One STANDARD or DAYLIGHT observance starting at the UTC instant `at`."""
    local = at.astimezone(zone)
    kind = "DAYLIGHT" if local.dst() else "STANDARD"
    # DTSTART is the local time just before the change, read with the offset in force then.
    start = (at + before).replace(tzinfo=None)
    return [
        f"BEGIN:{kind}",
        f"DTSTART:{start:%Y%m%dT%H%M%S}",
        f"TZOFFSETFROM:{_utc_offset(before)}",
        f"TZOFFSETTO:{_utc_offset(_offset(zone, at))}",
        f"TZNAME:{local.tzname()}",
        f"END:{kind}",
    ]


def vtimezone(name: str, first_year: int, last_year: int) -> list[str]:
    """Content lines of the VTIMEZONE for `name`: the offset in force on 1 January of the first year
    (so every time exported is covered), then each transition up to the end of the last year."""
    zone = ZoneInfo(name)
    opening = datetime(first_year, 1, 1, tzinfo=UTC)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    lines += _observance(zone, opening, _offset(zone, opening))
    for at in transitions(zone, first_year, last_year):
        lines += _observance(zone, at, _offset(zone, at - timedelta(seconds=1)))
    lines.append("END:VTIMEZONE")
    return lines
