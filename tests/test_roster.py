"""Rosters in one step: seat patterns, a pasted grid of terms (all or nothing), the body's current term."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from councildesk.db.engine import open_database
from councildesk.db.migrate import alembic_config
from councildesk.domain.enums import MembershipRole
from councildesk.domain.errors import UserError
from councildesk.domain.roster_rows import parse_day, parse_role, split_paste
from councildesk.domain.seat_pattern import expand_seat_pattern, match_label
from councildesk.domain.wording import count_of, join_words, plural
from councildesk.services.container import Services

RTD = [
    ("Judy Lubow", "A", "Chair"),
    ("Doug Tisdale", "H", "First vice-chair"),
    ("Barbara Deadwyler", "B", ""),
]


def test_seat_patterns_give_every_seat_in_order() -> None:
    assert expand_seat_pattern("District A–O") == [f"District {c}" for c in "ABCDEFGHIJKLMNO"]
    assert expand_seat_pattern("Ward 1-9, At-Large A-B") == [
        *(f"Ward {n}" for n in range(1, 10)),
        "At-Large A",
        "At-Large B",
    ]
    assert expand_seat_pattern("At-Large") == ["At-Large"]
    assert expand_seat_pattern("Seat 08 to 10") == ["Seat 08", "Seat 09", "Seat 10"]
    for bad, says in (
        ("Ward 9–1", "backwards"),
        ("Ward 1–C", "mixes"),
        ("  ", "Type the seats"),
        ("A, a", "twice"),
    ):
        with pytest.raises(UserError, match=says):
            expand_seat_pattern(bad)


def test_a_typed_seat_name_picks_the_exact_seat_first() -> None:
    labels = ["District 1", "District 10", "District 11", "Ward 4"]
    assert match_label("District 1", labels) == 0  # not District 10, which also starts so
    assert match_label("district 10", labels) == 1
    assert match_label("4", labels) == 3
    districts = expand_seat_pattern("District A–O")
    assert match_label("D", districts) == 3  # District D, though every seat starts with a D
    assert match_label("Ward", labels) == 3
    assert match_label("District", labels) is None  # three fit: none is guessed
    assert match_label("", labels) is None


def test_roles_dates_and_pasted_lines_as_spreadsheets_write_them() -> None:
    assert parse_role("Vice-Chair") is MembershipRole.VICE_CHAIR
    assert parse_role("deputy mayor") is MembershipRole.DEPUTY_MAYOR
    assert parse_role("") is MembershipRole.MEMBER
    assert parse_role("boss") is None
    assert (
        parse_day("1/9/2017") == parse_day("9 Jan 2017") == parse_day("January 9, 2017") == date(2017, 1, 9)
    )
    rows = split_paste("Name\tSeat\tRole\nJudy Lubow\tDistrict A\tChair\t1/9/2017\n\nBob Broom\tB\n")
    assert [(r.line, r.person, r.seat, r.role, r.start) for r in rows] == [
        (2, "Judy Lubow", "District A", "Chair", "1/9/2017"),
        (4, "Bob Broom", "B", "", ""),
    ]


def test_plural_agreement() -> None:
    assert count_of(1, "result") == "1 result"
    assert count_of(2, "result") == "2 results"
    assert count_of(15, "agenda item") == "15 agenda items"
    assert count_of(1, "body") == "1 body" and plural("body") == "bodies"
    assert count_of(3, "person", "people") == "3 people"
    assert join_words(["a", "b", "c"]) == "a, b and c"


def _board(services: Services) -> int:
    body = services.bodies.create_body("RTD Board of Directors", 15)
    services.roster.create_seats(body.id, "District A–O")
    return body.id


def test_fifteen_seats_in_one_step_and_undone_in_one(services: Services) -> None:
    body_id = _board(services)
    posts = services.bodies.list_posts(body_id)
    assert [p.label for p in posts][:3] == ["District A", "District B", "District C"] and len(posts) == 15
    with pytest.raises(UserError, match="already has District O"):
        services.roster.create_seats(body_id, "District O-P")
    assert len(services.bodies.list_posts(body_id)) == 15  # P was not added either
    services.roster.delete_seats([p.id for p in posts])
    assert services.bodies.list_posts(body_id) == []


def test_a_pasted_roster_is_saved_whole_with_the_bodys_current_term(services: Services) -> None:
    body_id = _board(services)
    known = services.people.create_person("Judy Lubow")
    first = services.roster.save(body_id, split_paste("Judy Lubow\tA\tChair\t1/9/2017\t1/8/2021"))
    text = "\n".join(f"{name}\t{seat}\t{role}" for name, seat, role in RTD[1:]) + "\nAnn Clerk\t\tClerk"
    plan = services.roster.plan(body_id, split_paste(text), day=date(2017, 2, 28))
    assert plan.errors == []
    assert plan.summary() == "Add 3 terms and create 3 people."
    saved = services.roster.save(body_id, split_paste(text), day=date(2017, 2, 28))
    terms = {m.person_name: m for m in services.bodies.list_memberships(body_id=body_id)}
    assert terms["Judy Lubow"].person_id == known.id and terms["Judy Lubow"].role is MembershipRole.CHAIR
    # Blank dates take the body's current term (Lubow's), not 1 January of this year.
    assert (terms["Doug Tisdale"].start_date, terms["Doug Tisdale"].end_date) == (
        date(2017, 1, 9),
        date(2021, 1, 8),
    )
    assert terms["Doug Tisdale"].post_label == "District H"
    assert terms["Doug Tisdale"].role is MembershipRole.VICE_CHAIR  # "first vice-chair" is not a role…
    assert terms["Ann Clerk"].voting is False and terms["Ann Clerk"].post_label == ""
    services.roster.remove(saved)
    services.roster.remove(first)
    assert services.bodies.list_memberships(body_id=body_id) == []
    assert services.people.find_by_name("Doug Tisdale") is None
    assert services.people.find_by_name("Judy Lubow") is not None  # on file before the paste


def test_a_bad_row_saves_nothing_and_each_error_names_its_line(services: Services) -> None:
    body_id = _board(services)
    text = "\n".join(
        [
            "Judy Lubow\tDistrict A\tChair",
            "Bob Broom\tDistrict A",  # seat taken on line 1
            "Cara Dee\tDistrict Z",  # no such seat
            "Dan Eel\tB\tBoss",  # no such role
            "Eve Fox\tC\t\tsoon",  # not a date
            "Judy Lubow\tD",  # twice
        ]
    )
    with pytest.raises(UserError) as refused:
        services.roster.save(body_id, split_paste(text))
    message = str(refused.value)
    assert message.startswith("Nothing was added to RTD Board of Directors.")
    for expected in (
        "Line 2: the seat District A is already taken on line 1.",
        "Line 3: RTD Board of Directors has no seat “District Z”.",
        "Line 4: “Boss” is not a role",
        "Line 5: “soon” is not a date",
        "Line 6: Judy Lubow is already on line 1.",
    ):
        assert expected in message
    assert services.bodies.list_memberships(body_id=body_id) == []
    assert services.people.find_by_name("Judy Lubow") is None


def test_the_current_term_is_the_most_common_one_else_today(services: Services) -> None:
    body_id = _board(services)
    assert services.roster.current_term(body_id, date(2017, 2, 28)) == (date(2017, 2, 28), None)
    services.roster.save(
        body_id,
        split_paste(
            "A One\tA\t\t2017-01-09\t2021-01-08\nB Two\tB\t\t2017-01-09\t2021-01-08\n"
            "C Three\tC\t\t2015-01-05\t2019-01-04"
        ),
    )
    assert services.roster.current_term(body_id, date(2017, 2, 28)) == (date(2017, 1, 9), date(2021, 1, 8))


def test_upgrade_widens_roles_and_kinds_and_keeps_triggers(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        triggers = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger'").fetchone()[0]
    config = alembic_config()
    database = open_database(path)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    database.close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO body (name, classification, municipality, seat_count, quorum_rule,"
            " default_threshold_fraction, default_threshold_base) VALUES"
            " ('B', 'board', '', 3, 'majority_of_seats', 'majority', 'votes_cast')"
        )
        conn.execute(
            "INSERT INTO person (display_name, given_name, family_name, honorific, title,"
            " affiliation, residence, email, is_sample) VALUES ('P', '', '', '', '', '', '', '', 0)"
        )
        with pytest.raises(sqlite3.IntegrityError, match="membership_role"):  # the old schema's roles
            conn.execute(
                "INSERT INTO membership (person_id, body_id, role, start_date, voting)"
                " VALUES (1, 1, 'chair', '2017-01-09', 1)"
            )
    services = Services(open_database(path))  # upgrades to the head again
    body = services.bodies.create_body("RTD", 15)
    person = services.people.create_person("Judy Lubow")
    services.bodies.add_membership(person.id, body.id, date(2017, 1, 9), role=MembershipRole.CHAIR)
    services.db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert (
            conn.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger'").fetchone()[0] == triggers
        )
        assert conn.execute("SELECT numbering_style FROM body").fetchone()[0] == "decimal"
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE membership SET role = 'boss'")
