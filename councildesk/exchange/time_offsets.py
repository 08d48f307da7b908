"""Wall-clock times of the database written with their body's UTC offset, as open-data formats require."""

from __future__ import annotations

from datetime import datetime

from councildesk.domain.time_zones import zone
from councildesk.services.exchange_records import Rec

# How a record reaches the one above it on the way to its body.
UP = {
    "body_id": "body",
    "meeting_id": "meeting",
    "agenda_item_id": "agenda_item",
    "motion_id": "motion",
    "vote_id": "vote",
}


def with_offset(value: str | None, zone_name: str | None = None) -> str | None:
    """'2011-08-04T19:00:00' → '2011-08-04T19:00:00-04:00'; a date alone or None is left as it is.

    Times are stored as the body's wall clock, so the offset is that of the body's zone on that
    day (daylight saving included); without a zone, this computer's zone is used.
    """
    if value is None or len(value) <= 10:
        return value
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        # fold=0: in the repeated hour of autumn the earlier instant, as a clerk would mean it.
        parsed = parsed.replace(tzinfo=zone(zone_name))
    return parsed.isoformat(timespec="seconds")


class Zones:
    """The zone of any exported record, found by following its references up to its body."""

    def __init__(self, recs: list[Rec]) -> None:
        # Only the tables on the way up are looked up (a ballot is never another record's parent).
        above = set(UP.values())
        self._by_key = {(r.table, r.key): r for r in recs if r.table in above}
        self._memo: dict[tuple[str, str], str | None] = {}

    def of(self, rec: Rec) -> str | None:
        """The body's IANA name, or None (this computer's zone) for a record with no body."""
        here = (rec.table, rec.key)
        if here in self._memo:
            return self._memo[here]
        found: str | None = None
        if rec.table == "body":
            found = rec.values.get("time_zone") or None
        else:
            for ref, table in UP.items():
                up = self._by_key.get((table, rec.refs.get(ref) or ""))
                if up is not None:
                    found = self.of(up)
                    break
        self._memo[here] = found
        return found
