"""Bodies' time zones: kept per body, times exported with the body's offset, imported offsets read
in the body's zone, and an iCalendar file with TZID, VTIMEZONE and DTSTAMP that RFC 5545 readers accept."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select

from councildesk.db import models as m
from councildesk.db.engine import Database
from councildesk.domain.errors import UserError
from councildesk.domain.time_zones import host_zone_name
from councildesk.exchange.ics import calendar_text
from councildesk.exchange.popolo_write import export_popolo
from councildesk.exchange.time_offsets import with_offset
from councildesk.exchange.vtimezone import transitions
from councildesk.services.container import Services
from councildesk.services.exchange_records import DateRange, ParsedImport, Rec

STAMP = datetime(2026, 3, 1, 12, 30, tzinfo=UTC)


def test_a_body_takes_the_computers_zone_or_the_one_given(services: Services) -> None:
    plain = services.bodies.create_body("Plain Council", 5)
    assert services.bodies.time_zone(plain.id) == host_zone_name()
    west = services.bodies.create_body("West Council", 5, time_zone="America/Los_Angeles")
    assert services.bodies.time_zone(west.id) == "America/Los_Angeles"
    services.bodies.update_body(west.id, time_zone=" Europe/Paris ")
    assert services.bodies.time_zone(west.id) == "Europe/Paris"
    with pytest.raises(UserError, match="'Mars/Olympus' is not a time zone name"):
        services.bodies.update_body(west.id, time_zone="Mars/Olympus")
    assert services.bodies.time_zone(west.id) == "Europe/Paris"


def test_offsets_follow_the_zone_and_daylight_saving() -> None:
    assert with_offset("2011-08-04T19:00:00", "America/New_York") == "2011-08-04T19:00:00-04:00"
    assert with_offset("2011-12-01T19:00:00", "America/New_York") == "2011-12-01T19:00:00-05:00"
    assert with_offset("2024-07-01T10:00:00", "Australia/Sydney") == "2024-07-01T10:00:00+10:00"
    assert with_offset("2011-08-04", "America/New_York") == "2011-08-04"


def test_the_demo_exports_with_massachusetts_offsets(demo, tmp_path: Path) -> None:
    services, _ = demo
    doc = json.loads(export_popolo(services.exchange, tmp_path).read_text())
    starts = {e["start_date"] for e in doc["events"] if e.get("classification") == "meeting"}
    assert starts and all(s.endswith("-04:00") for s in starts), starts


def _meeting_at(when: str) -> ParsedImport:
    body = Rec("body", "b", {"name": "Harbor Board", "seat_count": 5}, match={"name": None})
    meeting = Rec("meeting", "e", {"scheduled_start": when, "status": "scheduled"}, {"body_id": "b"})
    return ParsedImport([body, meeting], "test", "test.json")


def test_an_imported_offset_becomes_the_bodys_wall_clock(services: Services, db: Database) -> None:
    services.bodies.create_body("Harbor Board", 5, time_zone="America/Chicago")
    services.exchange.apply(_meeting_at("2024-07-01T23:00:00+00:00"))
    with db.reading() as s:
        start = s.scalars(select(m.Meeting.scheduled_start)).one()
    assert start == datetime(2024, 7, 1, 18, 0)  # 23:00 UTC is 6 p.m. in Chicago in July


def test_vtimezone_transitions_of_new_york_2011() -> None:
    from zoneinfo import ZoneInfo

    found = transitions(ZoneInfo("America/New_York"), 2011, 2011)
    assert found == [datetime(2011, 3, 13, 7, 0, tzinfo=UTC), datetime(2011, 11, 6, 6, 0, tzinfo=UTC)]


def test_the_calendar_is_rfc_5545_with_tzid_vtimezone_and_a_utc_dtstamp(demo) -> None:
    services, _ = demo
    text = calendar_text(services.exchange, stamp=STAMP)
    cal = icalendar.Calendar.from_ical(text)
    zones = cal.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["America/New_York"]
    kinds = [(c.name, str(c["TZNAME"])) for c in zones[0].subcomponents]
    assert kinds == [("STANDARD", "EST"), ("DAYLIGHT", "EDT"), ("STANDARD", "EST")]
    events = cal.walk("VEVENT")
    assert len(events) == 3
    assert {e["DTSTAMP"].dt for e in events} == {STAMP}
    first = min(e["DTSTART"].dt for e in events)
    assert first.tzinfo is not None and first.astimezone(UTC) == datetime(2011, 8, 4, 23, 0, tzinfo=UTC)
    assert "DTSTART;TZID=America/New_York:20110804T190000\r\n" in text


def test_dtstamp_is_the_export_time_whatever_the_meetings(demo) -> None:
    services, _ = demo
    before = datetime.now(UTC).replace(microsecond=0)
    cal = icalendar.Calendar.from_ical(calendar_text(services.exchange))
    stamps = {e["DTSTAMP"].dt for e in cal.walk("VEVENT")}
    assert len(stamps) == 1 and stamps.pop() >= before


def test_an_empty_range_is_still_a_valid_calendar(demo) -> None:
    services, _ = demo
    text = calendar_text(services.exchange, DateRange(date(1990, 1, 1), date(1990, 12, 31)), stamp=STAMP)
    cal = icalendar.Calendar.from_ical(text)
    assert cal.walk("VEVENT") == [] and len(cal.walk("VTIMEZONE")) == 1
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")


def test_an_empty_database_writes_a_valid_calendar(services: Services) -> None:
    cal = icalendar.Calendar.from_ical(calendar_text(services.exchange, stamp=STAMP))
    assert cal.walk("VEVENT") == [] and [str(z["TZID"]) for z in cal.walk("VTIMEZONE")] == [host_zone_name()]
