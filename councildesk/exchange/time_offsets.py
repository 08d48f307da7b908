"""Wall-clock times of the database written with their UTC offset, as open-data formats require."""

from __future__ import annotations

from datetime import datetime


def with_offset(value: str | None) -> str | None:
    """'2011-08-04T19:00:00' → '2011-08-04T19:00:00-04:00'; a date alone or None is left as it is.

    Times are stored as the clerk's wall clock, so the offset is that of this computer's zone on
    that day (daylight saving included). When bodies carry their own zone, only this changes.
    """
    if value is None or len(value) <= 10:
        return value
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.astimezone()
    return parsed.isoformat(timespec="seconds")
