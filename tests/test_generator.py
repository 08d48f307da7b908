"""The synthetic-city generator: deterministic, consistent with the rules, usable through the services."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from councildesk.cli import main as cli_main
from councildesk.db import models as m
from councildesk.db.engine import Database, open_database
from councildesk.db.integrity import check_database
from councildesk.domain.agenda_numbering import AgendaNode, number_agenda
from councildesk.domain.enums import (
    AttendanceStatus,
    BallotOption,
    BodyClassification,
    MeetingKind,
    MinutesStatus,
    MotionDisposition,
    MotionKind,
    ThresholdBase,
    ThresholdFraction,
    VoteMethod,
)
from councildesk.domain.errors import UserError
from councildesk.domain.rules import BodySize, Tally, Threshold, outcome, quorum_required
from councildesk.sample.city import END_YEAR
from councildesk.sample.generator import CityStats, generate
from councildesk.services.container import Services
from tests.helpers import table_dump
from tests.pg_server import pg_admin_url, pg_url  # noqa: F401 - fixtures

SEED = 7


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, CityStats]]:
    """One year of a synthetic city, generated once and only read by the tests that share it."""
    database = open_database(tmp_path_factory.mktemp("city") / "city.db")
    stats = generate(database, years=1, seed=SEED)
    yield database, stats
    database.close()


def rows(db: Database, sql: str, **params: Any) -> list[Any]:
    with db.engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def voting_roll(db: Database) -> dict[int, list[int]]:
    """meeting id -> the voting members seated on its date (from memberships, as the services judge it)."""
    result: dict[int, list[int]] = {}
    for meeting_id, body_id, start in rows(db, "SELECT id, body_id, scheduled_start FROM meeting"):
        day = str(start)[:10]
        result[meeting_id] = [
            r[0]
            for r in rows(
                db,
                "SELECT person_id FROM membership WHERE body_id = :b AND voting AND start_date <= :d "
                "AND (end_date IS NULL OR end_date >= :d)",
                b=body_id,
                d=day,
            )
        ]
    return result


# -- what was written ---------------------------------------------------------------------------
def test_stats_count_the_rows_written_and_read_well(city: tuple[Database, CityStats]) -> None:
    db, stats = city
    with db.reading() as s:
        assert stats.bodies == s.scalar(select(func.count()).select_from(m.Body))
        assert stats.people == s.scalar(select(func.count()).select_from(m.Person))
        assert stats.meetings == s.scalar(select(func.count()).select_from(m.Meeting))
        assert stats.items == s.scalar(select(func.count()).select_from(m.AgendaItem))
        assert stats.motions == s.scalar(select(func.count()).select_from(m.Motion))
        assert stats.votes == s.scalar(select(func.count()).select_from(m.Vote))
        assert stats.ballots == s.scalar(select(func.count()).select_from(m.Ballot))
        assert stats.speakers == s.scalar(select(func.count()).select_from(m.Speaker))
        assert stats.matters == s.scalar(select(func.count()).select_from(m.Matter))
    words = str(stats)
    assert f"{stats.meetings:,} meetings" in words and f"{stats.ballots:,} ballots" in words
    assert f"seed {SEED}" in words and str(END_YEAR) in words
    for noun in ("bodies", "people", "agenda items", "motions", "votes", "speakers", "matters"):
        assert noun in words


def test_database_passes_the_integrity_check_and_every_constraint(city: tuple[Database, CityStats]) -> None:
    db, _ = city
    assert check_database(db) == []
    assert rows(db, "PRAGMA foreign_key_check") == []
    assert rows(db, "PRAGMA foreign_keys") == [(1,)]


def test_everyone_and_every_meeting_is_sample_and_minutes_are_drafts(
    city: tuple[Database, CityStats],
) -> None:
    db, _ = city
    assert rows(db, "SELECT COUNT(*) FROM person WHERE NOT is_sample") == [(0,)]
    assert rows(db, "SELECT COUNT(*) FROM meeting WHERE NOT is_sample") == [(0,)]
    statuses = {r[0] for r in rows(db, "SELECT DISTINCT minutes_status FROM meeting")}
    assert statuses == {MinutesStatus.DRAFT.value}
    assert rows(db, "SELECT COUNT(*) FROM minutes_approval") == [(0,)]


def test_one_generate_entry_in_the_audit_log(city: tuple[Database, CityStats]) -> None:
    db, stats = city
    entries = rows(db, "SELECT action, entity, after FROM audit_log")
    assert len(entries) == 1
    action, entity, after = entries[0]
    assert (action, entity) == ("generate", "database")
    summary = json.loads(after)
    assert summary["seed"] == SEED and summary["years"] == 1 and summary["ballots"] == stats.ballots


# -- the city's shape ---------------------------------------------------------------------------
def test_council_seats_wards_and_committees_drawn_from_it(city: tuple[Database, CityStats]) -> None:
    db, _ = city
    services = Services(db)
    bodies = services.bodies.list_bodies()
    councils = [b for b in bodies if b.classification is BodyClassification.COUNCIL]
    committees = [b for b in bodies if b.classification is BodyClassification.COMMITTEE]
    assert len(councils) == 1 and 2 <= len(committees) <= 3
    council = councils[0]
    assert council.seat_count in (9, 11)
    labels = [p.label for p in services.bodies.list_posts(council.id)]
    assert len(labels) == council.seat_count
    assert any(label.startswith("Ward") for label in labels)
    assert any(label.startswith("At-Large") for label in labels)
    day = date(END_YEAR, 6, 1)
    seated = {x.person_id for x in services.bodies.members_on(council.id, day) if x.voting}
    assert len(seated) == council.seat_count
    for committee in committees:
        assert committee.parent_id == council.id
        members = services.bodies.members_on(committee.id, day)
        assert len(members) == committee.seat_count
        assert {x.person_id for x in members} <= seated


def test_two_regular_council_meetings_a_month_plus_specials_and_committees(
    city: tuple[Database, CityStats],
) -> None:
    db, _ = city
    council_id = rows(db, "SELECT id FROM body WHERE parent_id IS NULL")[0][0]
    regular = rows(
        db, "SELECT scheduled_start FROM meeting WHERE body_id = :b AND kind = 'regular'", b=council_id
    )
    months = Counter(str(r[0])[:7] for r in regular)
    assert len(months) == 12 and set(months.values()) == {2}
    kinds = {r[0] for r in rows(db, "SELECT DISTINCT kind FROM meeting WHERE body_id = :b", b=council_id)}
    assert MeetingKind.SPECIAL.value in kinds
    committee_meetings = rows(db, "SELECT COUNT(*) FROM meeting WHERE body_id <> :b", b=council_id)[0][0]
    assert committee_meetings >= 6


def test_regular_agendas_have_25_to_40_items_numbered_like_the_services(
    city: tuple[Database, CityStats],
) -> None:
    db, _ = city
    council_id = rows(db, "SELECT id FROM body WHERE parent_id IS NULL")[0][0]
    regular = [
        r[0] for r in rows(db, "SELECT id FROM meeting WHERE body_id = :b AND kind = 'regular'", b=council_id)
    ]
    for meeting_id in regular:
        items = rows(
            db, "SELECT id, parent_id, position, number FROM agenda_item WHERE meeting_id = :m", m=meeting_id
        )
        assert 25 <= len(items) <= 40, meeting_id
        expected = {n.id: n.number for n in number_agenda(AgendaNode(i, p, pos) for i, p, pos, _ in items)}
        assert {i: number for i, _p, _pos, number in items} == expected
        assert any(p is not None for _i, p, _pos, _n in items)  # sections have children


# -- votes, motions, attendance -------------------------------------------------------------------
def test_every_vote_agrees_with_the_rules_and_has_a_ballot_per_seated_member(
    city: tuple[Database, CityStats],
) -> None:
    db, _ = city
    roll = voting_roll(db)
    attendance = defaultdict(dict)
    for meeting_id, person_id, status in rows(db, "SELECT meeting_id, person_id, status FROM attendance"):
        attendance[meeting_id][person_id] = AttendanceStatus(status)
    seats = dict(rows(db, "SELECT id, seat_count FROM body"))
    ballots: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for vote_id, person_id, option, note in rows(db, "SELECT vote_id, person_id, option, note FROM ballot"):
        ballots[vote_id].append((person_id, option, note))
    votes = rows(
        db,
        "SELECT v.id, v.method, v.threshold_fraction, v.threshold_base, v.result, mt.id, mt.body_id, "
        "mo.mover_id, mo.seconder_id FROM vote v JOIN motion mo ON mo.id = v.motion_id "
        "JOIN agenda_item a ON a.id = mo.agenda_item_id JOIN meeting mt ON mt.id = a.meeting_id",
    )
    assert votes
    split = 0
    for vote_id, method, fraction, base, result, meeting_id, body_id, mover, seconder in votes:
        cast = {person_id: option for person_id, option, _note in ballots[vote_id]}
        assert sorted(cast) == sorted(roll[meeting_id]), vote_id
        for person_id, option, note in ballots[vote_id]:
            status = attendance[meeting_id][person_id]
            if status is AttendanceStatus.ABSENT:
                assert option == BallotOption.ABSENT.value
            elif status is AttendanceStatus.EXCUSED:
                assert option == BallotOption.EXCUSED.value
            else:
                assert option in ("yes", "no", "abstain", "recused", "present")
            assert (option == "recused") == bool(note), "a recusal, and only a recusal, carries its reason"
        for person_id in (mover, seconder):
            assert attendance[meeting_id][person_id].counts_as_present
            assert cast[person_id] == "yes"
        assert mover != seconder
        tally = Tally.from_options(cast.values())
        size = BodySize(seats[body_id], min(len(roll[meeting_id]), seats[body_id]))
        threshold = Threshold(ThresholdFraction(fraction), ThresholdBase(base))
        assert outcome(threshold, tally, size).value == result, vote_id
        if tally.no or tally.abstain or tally.recused or tally.present:
            split += 1
            assert method == VoteMethod.ROLL_CALL.value
    share = split / len(votes)
    assert 0.1 < share < 0.3, f"split roll calls are {share:.0%} of votes, not about one in five"


def test_split_votes_include_abstentions_recusals_absences_and_failures(
    city: tuple[Database, CityStats],
) -> None:
    db, _ = city
    options = {r[0] for r in rows(db, "SELECT DISTINCT option FROM ballot")}
    assert {"yes", "no", "abstain", "recused", "present", "absent", "excused"} <= options
    assert rows(db, "SELECT COUNT(*) FROM vote WHERE result = 'fail'")[0][0] > 0


def test_amendments_hang_off_a_motion_on_the_same_item(city: tuple[Database, CityStats]) -> None:
    db, _ = city
    pairs = rows(
        db,
        "SELECT c.kind, c.agenda_item_id, p.agenda_item_id, p.kind FROM motion c "
        "JOIN motion p ON p.id = c.parent_motion_id",
    )
    assert pairs
    for kind, item, parent_item, parent_kind in pairs:
        assert kind == MotionKind.AMENDMENT.value and parent_kind == MotionKind.MAIN.value
        assert item == parent_item
    dispositions = {r[0] for r in rows(db, "SELECT DISTINCT disposition FROM motion")}
    assert {MotionDisposition.ADOPTED.value, MotionDisposition.FAILED.value} <= dispositions
    assert rows(db, "SELECT COUNT(*) FROM motion WHERE disposition = 'pending'") == [(0,)]


def test_attendance_for_every_seated_member_with_quorum_and_remote_reasons(
    city: tuple[Database, CityStats],
) -> None:
    db, _ = city
    roll = voting_roll(db)
    services = Services(db)
    statuses: Counter[str] = Counter()
    for meeting_id, members in roll.items():
        recorded = dict(
            rows(db, "SELECT person_id, status FROM attendance WHERE meeting_id = :m", m=meeting_id)
        )
        assert set(members) <= set(recorded)
        statuses.update(recorded[p] for p in members)
        quorum = services.meetings.quorum(meeting_id)
        assert quorum.has_quorum and quorum.required == quorum_required(
            BodySize(quorum.seat_count, quorum.seats_filled)
        )
    assert statuses["present"] > 0.8 * sum(statuses.values())
    assert statuses["absent"] and statuses["excused"] and statuses["remote"]
    assert rows(db, "SELECT COUNT(*) FROM attendance WHERE status = 'remote' AND remote_reason = ''") == [
        (0,)
    ]
    presiding = rows(
        db,
        "SELECT COUNT(*) FROM meeting mt LEFT JOIN attendance a ON a.meeting_id = mt.id "
        "AND a.person_id = mt.presiding_person_id "
        "WHERE a.status IS NULL OR a.status NOT IN ('present', 'remote')",
    )
    assert presiding == [(0,)], "the presiding officer is present at every meeting"


# -- matters, sponsors, speakers, words -------------------------------------------------------------
def test_matters_have_one_primary_sponsor_and_some_staff_co_sponsors(
    city: tuple[Database, CityStats],
) -> None:
    db, _ = city
    primaries = rows(
        db,
        "SELECT m.id, SUM(CASE WHEN s.is_primary THEN 1 ELSE 0 END) FROM matter m "
        "LEFT JOIN sponsorship s ON s.matter_id = m.id GROUP BY m.id",
    )
    assert primaries and all(count == 1 for _id, count in primaries)
    staff_titles = {
        r[0]
        for r in rows(
            db,
            "SELECT DISTINCT p.title FROM sponsorship s JOIN person p ON p.id = s.person_id "
            "WHERE NOT s.is_primary AND p.title <> ''",
        )
    }
    assert staff_titles, "some co-sponsors are staff, not members"
    assert staff_titles <= {r[0] for r in rows(db, "SELECT title FROM person WHERE title <> ''")}
    kinds = {r[0] for r in rows(db, "SELECT DISTINCT kind FROM matter")}
    assert {"resolution", "ordinance", "order", "appointment"} <= kinds
    identifiers = [r[0] for r in rows(db, "SELECT identifier FROM matter")]
    assert all(i.split("-")[1] == f"{END_YEAR % 100:02d}" for i in identifiers)


def test_public_speakers_have_an_affiliation_or_a_residence(city: tuple[Database, CityStats]) -> None:
    db, _ = city
    assert rows(db, "SELECT COUNT(*) FROM speaker WHERE kind = 'public_comment'")[0][0] > 20
    assert rows(db, "SELECT COUNT(*) FROM speaker WHERE affiliation = '' AND residence = ''") == [(0,)]
    stances = {r[0] for r in rows(db, "SELECT DISTINCT stance FROM speaker WHERE stance IS NOT NULL")}
    assert stances == {"for", "against", "neutral"}


def test_discussions_give_full_text_search_something_to_find(city: tuple[Database, CityStats]) -> None:
    db, _ = city
    corpus = " ".join(
        r[0].lower()
        for r in rows(db, "SELECT title || ' ' || discussion || ' ' || action_text FROM agenda_item")
    )
    for word in ("zoning", "budget", "immigration", "parking", "school", "police", "secure communities"):
        assert word in corpus, word
    discussions = [r[0] for r in rows(db, "SELECT discussion FROM agenda_item WHERE discussion <> ''")]
    assert len(set(discussions)) > 0.8 * len(discussions), "summaries vary"


# -- the services work on generated data -------------------------------------------------------------
def test_records_service_reads_generated_meetings_with_consistent_results(
    city: tuple[Database, CityStats],
) -> None:
    db, _ = city
    services = Services(db)
    meeting_ids = [r[0] for r in rows(db, "SELECT id FROM meeting ORDER BY id")]
    for meeting_id in meeting_ids[::7]:
        record = services.records.load(meeting_id)
        assert record.meeting.is_sample and record.quorum.has_quorum
        votes = [v for entry in record.items for mo in entry.motions for v in mo.votes]
        assert votes
        for vote in votes:
            assert vote.result == vote.computed_result and vote.warning is None
        sponsored = [entry.matter for entry in record.items if entry.matter is not None]
        assert all(mt.sponsors for mt in sponsored)


def test_a_new_vote_can_be_recorded_in_a_generated_meeting(db: Database) -> None:
    generate(db, years=1, seed=SEED)
    services = Services(db)
    regular = "SELECT id FROM meeting WHERE kind = 'regular' ORDER BY scheduled_start DESC LIMIT 1"
    # The latest regular meeting with a member taking part remotely: the law wants a roll call.
    with_remote = (
        "SELECT m.id FROM meeting m WHERE m.kind = 'regular' AND EXISTS (SELECT 1 FROM attendance a"
        " WHERE a.meeting_id = m.id AND a.status = 'remote') ORDER BY m.scheduled_start DESC LIMIT 1"
    )
    for query in (regular, with_remote):
        meeting_id = rows(db, query)[0][0]
        attendance = services.meetings.attendance(meeting_id)
        present = [a.person_id for a in attendance if a.voting and a.status and a.status.counts_as_present]
        remote = any(a.status is AttendanceStatus.REMOTE for a in attendance)
        item = services.agenda.add_item(meeting_id, "Order to name the new footbridge")
        motion = services.motions.make_motion(
            item.id, "To adopt the order.", mover_id=present[0], seconder_id=present[1]
        )
        taken_at = services.meetings.get_meeting(meeting_id).scheduled_start.replace(hour=21, minute=0)
        if remote:
            with pytest.raises(UserError, match="roll call"):
                services.votes.record_unanimous(motion.id, taken_at=taken_at)
            ballots = {
                a.person_id: "yes" if a.person_id in present else a.status.value
                for a in attendance
                if a.voting and a.status
            }
            vote = services.votes.record_roll_call(motion.id, ballots, taken_at=taken_at)
            assert vote.method is VoteMethod.ROLL_CALL
        else:
            vote = services.votes.record_unanimous(motion.id, taken_at=taken_at)
        assert vote.result == vote.computed_result and vote.tally.yes == len(present)
    assert services.agenda.get_item(item.id).number.isdigit()


# -- determinism and refusals --------------------------------------------------------------------
def without_audit_times(dump: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """The audit entry records when it was written; everything else must match exactly."""
    result = dict(dump)
    result["audit_log"] = [row[2:] for row in dump["audit_log"]]  # drop id-sorted `id, at`
    # The chain hashes the entry, time included: keep only which entries it links, in order.
    result["record_chain"] = [row[:4] for row in dump["record_chain"]]
    return result


def test_same_seed_gives_identical_databases_and_another_seed_differs(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        with open_database(tmp_path / f"{name}.db") as database:
            generate(database, years=1, seed=seed)
            dumps.append(without_audit_times(table_dump(database)))
    assert dumps[0] == dumps[1]
    assert dumps[0]["ballot"] != dumps[2]["ballot"]
    assert dumps[0]["person"] != dumps[2]["person"]


def test_refuses_a_database_that_already_holds_records(demo: tuple[Services, int]) -> None:
    services, _ = demo
    before = table_dump(services.db)
    with pytest.raises(UserError, match="already holds records"):
        generate(services.db, years=1, seed=1)
    assert table_dump(services.db) == before


@pytest.mark.parametrize("years", [0, -3, 101])
def test_refuses_an_impossible_number_of_years(db: Database, years: int) -> None:
    before = table_dump(db)
    with pytest.raises(UserError, match="between 1 and 100"):
        generate(db, years=years, seed=1)
    assert table_dump(db) == before


@pytest.fixture(scope="module")
def three_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Three years: an election on 1 January of the second year, and (with this seed) a resignation."""
    database = open_database(tmp_path_factory.mktemp("city3") / "city.db")
    generate(database, years=3, seed=SEED)
    yield database
    database.close()


def test_elections_every_two_years_end_and_start_memberships(three_years: Database) -> None:
    db = three_years
    council_id = rows(db, "SELECT id FROM body WHERE parent_id IS NULL")[0][0]
    boundary = date(END_YEAR - 1, 1, 1)  # a term starts on 1 January of an even year
    ended = {
        r[0]
        for r in rows(
            db,
            "SELECT person_id FROM membership WHERE body_id = :b AND voting AND end_date = :d",
            b=council_id,
            d=str(date(END_YEAR - 2, 12, 31)),
        )
    }
    started = {
        r[0]
        for r in rows(
            db,
            "SELECT person_id FROM membership WHERE body_id = :b AND voting AND start_date = :d",
            b=council_id,
            d=str(boundary),
        )
    }
    assert ended and started
    assert ended & started, "some members are re-elected"
    assert started - ended, "some seats change hands"
    assert rows(
        db, "SELECT COUNT(*) FROM membership WHERE body_id = :b AND end_date IS NULL AND voting", b=council_id
    )[0][0] == len(started), "the current term is open-ended"


def test_a_resignation_leaves_a_seat_vacant_until_a_successor_joins(three_years: Database) -> None:
    db = three_years
    services = Services(db)
    council_id = rows(db, "SELECT id FROM body WHERE parent_id IS NULL")[0][0]
    seat_count = services.bodies.get_body(council_id).seat_count
    cut_short = rows(
        db,
        "SELECT a.post_id, a.end_date, b.start_date, b.person_id FROM membership a JOIN membership b "
        "ON b.post_id = a.post_id AND b.start_date > a.end_date AND b.start_date NOT LIKE '%-01-01' "
        "WHERE a.body_id = :b AND a.end_date NOT LIKE '%-12-31'",
        b=council_id,
    )
    assert cut_short, f"seed {SEED} should give a mid-term resignation in three years; pick another seed"
    _post, left_on, joined_on, successor = cut_short[-1]
    gap = [
        r[0]
        for r in rows(
            db,
            "SELECT id FROM meeting WHERE body_id = :b "
            "AND scheduled_start > :left AND scheduled_start < :joined",
            b=council_id,
            left=f"{left_on} 23:59",
            joined=str(joined_on),
        )
    ]
    assert gap, "council meetings were held while the seat was vacant"
    for meeting_id in gap:
        quorum = services.meetings.quorum(meeting_id)
        assert quorum.seats_filled == seat_count - 1 and quorum.has_quorum
        record = services.records.load(meeting_id)
        assert successor not in {a.person_id for a in record.attendance}
        for vote in (v for entry in record.items for mo in entry.motions for v in mo.votes):
            assert len(vote.ballots) == seat_count - 1
            assert vote.result == vote.computed_result
    after = rows(
        db,
        "SELECT COUNT(*) FROM ballot b JOIN vote v ON v.id = b.vote_id WHERE b.person_id = :p",
        p=successor,
    )
    assert after[0][0] > 0, "the successor votes once seated"


def test_cli_generate_prints_the_stats(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--db", str(db_path), "generate", "--years", "1", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Generated the synthetic City of ") and "meetings" in out and "ballots" in out
    assert cli_main(["--db", str(db_path), "generate", "--years", "1"]) == 1
    assert "already holds records" in capsys.readouterr().err


@pytest.mark.postgres
def test_generates_on_postgresql_and_later_inserts_get_fresh_ids(pg_url: str) -> None:  # noqa: F811
    with open_database(pg_url) as database:
        stats = generate(database, years=1, seed=SEED)
        services = Services(database)
        person = services.people.create_person("Added After Generation")
        assert person.id > stats.people
        meeting_id = rows(database, "SELECT MAX(id) FROM meeting")[0][0]
        record = services.records.load(meeting_id)
        votes = [v for entry in record.items for mo in entry.motions for v in mo.votes]
        assert votes and all(v.result == v.computed_result for v in votes)
