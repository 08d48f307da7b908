"""CSV export, the ICS calendar (RFC 5545 folding and escaping) and the roster CSV import."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from councildesk.db import models as m
from councildesk.db.engine import Database
from councildesk.domain.errors import UserError
from councildesk.exchange.csv_export import csv_text, export_csv
from councildesk.exchange.ics import calendar_text, escape_text, export_ics, fold
from councildesk.exchange.roster_csv import import_roster
from councildesk.services.container import Services
from councildesk.services.exchange_records import DateRange
from tests.helpers import table_dump


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_export_has_every_file_and_the_seed_vote(demo, tmp_path: Path) -> None:
    services, seed = demo
    written = export_csv(services.exchange, tmp_path / "csv")
    assert sorted(p.name for p in written) == sorted(
        ["meetings.csv", "agenda_items.csv", "motions.csv", "votes.csv", "ballots.csv", "people.csv"]
    )
    assert (tmp_path / "csv" / "meetings.csv").read_bytes().startswith(b"\xef\xbb\xbfmeeting_id,")
    assert b"\r\n" in (tmp_path / "csv" / "meetings.csv").read_bytes()
    meetings = read_csv(tmp_path / "csv" / "meetings.csv")
    assert [r["scheduled_start"][:10] for r in meetings] == ["2011-08-04", "2011-08-18", "2011-09-01"]
    # ISO 8601 times, as spreadsheets and the other exports write them, not SQL's text.
    assert meetings[0]["scheduled_start"] == "2011-08-04T19:00:00"
    assert all("." not in r["adjourned_at"] and " " not in r["adjourned_at"] for r in meetings)
    ballots = [r for r in read_csv(tmp_path / "csv" / "ballots.csv") if r["meeting_id"] == str(seed)]
    people = {r["name"] for r in read_csv(tmp_path / "csv" / "people.csv")}
    assert "Russell P. Sienkiewicz" in people
    votes = [r for r in read_csv(tmp_path / "csv" / "votes.csv") if r["meeting_id"] == str(seed)]
    resolution = [v for v in votes if v["yes"] == "9"]
    assert resolution and all(v["no"] == "0" for v in resolution)
    assert len(ballots) == 9 * len(votes)


def test_csv_export_date_range(demo, tmp_path: Path) -> None:
    services, _ = demo
    from datetime import date

    export_csv(services.exchange, tmp_path, DateRange(date(2011, 8, 18), date(2011, 8, 18)))
    assert [r["scheduled_start"][:10] for r in read_csv(tmp_path / "meetings.csv")] == ["2011-08-18"]


def test_csv_cells_that_look_like_formulas_stay_text() -> None:
    text = csv_text(["a", "b", "c"], [["=HYPERLINK(1)", "-5", "a,b"]])
    assert text == 'a,b,c\r\n\'=HYPERLINK(1),-5,"a,b"\r\n'


def test_ics_escaping_and_folding() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "DESCRIPTION:" + "Łukasz Nguyễn " * 12
    folded = fold(line)
    pieces = folded.split("\r\n")[:-1]
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == line


def test_ics_calendar_of_the_demo_is_stable(demo, tmp_path: Path) -> None:
    services, _ = demo
    stamp = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    first = calendar_text(services.exchange, stamp=stamp)
    assert first == calendar_text(services.exchange, stamp=stamp)
    assert first.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and first.endswith("END:VCALENDAR\r\n")
    assert first.count("BEGIN:VEVENT") == 3
    assert "\n" not in first.replace("\r\n", "")
    assert "DTSTART;TZID=America/New_York:20110818T190000\r\n" in first
    assert "LOCATION:City Council Chambers\\, Wallace J. Puchalski" in first
    uids = [line for line in first.split("\r\n") if line.startswith("UID:")]
    assert len(set(uids)) == 3
    path = export_ics(services.exchange, tmp_path)

    def unstamped(text: str) -> list[str]:  # the file's DTSTAMP is the moment it was written
        return [line for line in text.split("\r\n") if not line.startswith("DTSTAMP:")]

    assert unstamped(path.read_bytes().decode("utf-8")) == unstamped(first)


ROSTER = (
    "name,title,email,body,seat,role,start_date,end_date,voting\r\n"
    "Ann Lee,Councilor,ann@example.org,Springfield Council,Ward 1,president,2024-01-01,,yes\r\n"
    "Bo Diaz,,,Springfield Council,Ward 2,member,2024-01-01,2025-12-31,yes\r\n"
    "Cy Park,City Clerk,,Springfield Council,,clerk,2024-01-01,,no\r\n"
)


def test_roster_import_creates_people_seats_terms(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    preview = import_roster(Services(db).exchange, path)
    assert dict(preview.created) == {"person": 3, "body": 1, "post": 2, "membership": 3}
    with db.reading() as s:
        body = s.scalars(select(m.Body)).one()
        assert body.seat_count == 2
        roles = sorted((ms.role.value, ms.voting) for ms in s.scalars(select(m.Membership)))
        assert roles == [("clerk", False), ("member", True), ("president", True)]
    again = import_roster(Services(db).exchange, path)
    assert sum(again.created.values()) == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title,body\r\nx,y\r\n", "must name the columns and include 'name'"),
        (
            "name,body,start_date\r\n,Council,2024-01-01\r\n",
            "roster.csv, row 2, field 'name': a value is required.",
        ),
        (
            "name,body,role,start_date\r\nAnn,Council,emperor,2024-01-01\r\n",
            "row 2, field 'role': 'emperor' is not a role CouncilDesk knows",
        ),
        (
            "name,body,start_date\r\nAnn,Council,yesterday\r\n",
            "row 2, field 'start_date': 'yesterday' is not a date",
        ),
        ("name,body\r\nAnn,Council\r\n", "field 'start_date': a term needs its first day"),
        ("name,body,start_date\r\nAnn,Council,2024-01-01\r\nAnn,Council,2024-01-01\r\n", "already on row 2"),
        ("name,body,start_date,voting\r\nAnn,Council,2024-01-01,perhaps\r\n", "field 'voting': 'perhaps'"),
    ],
)
def test_bad_rosters_are_refused(db: Database, tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(text, encoding="utf-8")
    before = table_dump(db)
    with pytest.raises(UserError, match=message):
        import_roster(Services(db).exchange, path)
    assert table_dump(db) == before


def test_roster_that_is_really_a_zip_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(UserError, match=r"roster.csv is not a CSV text file"):
        import_roster(Services(db).exchange, path)
