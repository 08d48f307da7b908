"""A member's voting record, summary, attendance and matter history against hand-computed answers."""

from __future__ import annotations

from datetime import date

import pytest

from councildesk.domain.enums import BallotOption, MatterKind, VoteResult
from councildesk.domain.errors import NotFoundError, UserError
from councildesk.services.container import Services
from councildesk.services.voting_record_dto import RecordFilter, RecordSort
from tests.helpers import table_dump
from tests.records_fixture import Council, build_council


@pytest.fixture
def council(services: Services) -> Council:
    return build_council(services)


def titles(services: Services, person: int, flt: RecordFilter | None = None, **kw: object) -> list[str]:
    return [r.item_title for r in services.voting_records.record_page(person, flt, **kw).rows]  # type: ignore[arg-type]


def test_record_lists_every_ballot_newest_first_and_skips_voice_votes(
    services: Services, council: Council
) -> None:
    page = services.voting_records.record_page(council.a)
    assert page.total == 4
    assert [(r.item_title, r.option, r.result) for r in page.rows] == [
        ("Order on the budget", BallotOption.YES, VoteResult.FAIL),
        ("Order to buy a fire truck", BallotOption.NO, VoteResult.FAIL),
        ("Ordinance on downtown parking", BallotOption.YES, VoteResult.PASS),
        ("Resolution on tree planting", BallotOption.YES, VoteResult.PASS),
    ]
    tree = page.rows[-1]
    assert (tree.matter_identifier, tree.motion_text, tree.yes, tree.no) == (
        "R-20-001",
        "To adopt the tree resolution.",
        5,
        0,
    )
    assert tree.taken_on == date(2020, 1, 10) and tree.meeting_id == council.meetings[0]


def test_with_majority_is_none_for_ties_and_non_votes(services: Services, council: Council) -> None:
    rows = {r.item_title: r for r in services.voting_records.record_page(council.a).rows}
    assert rows["Order on the budget"].with_majority is False
    assert rows["Order to buy a fire truck"].with_majority is None  # 1–1 tie
    assert rows["Ordinance on downtown parking"].with_majority is True
    d_rows = services.voting_records.record_page(council.d).rows
    assert [r.option for r in d_rows] == [
        BallotOption.ABSTAIN,
        BallotOption.EXCUSED,
        BallotOption.EXCUSED,
        BallotOption.YES,
    ]
    assert [r.with_majority for r in d_rows] == [None, None, None, True]


def test_summary_of_a_member_who_dissented(services: Services, council: Council) -> None:
    s = services.voting_records.summary(council.a)
    assert s.person_name == "Ada Alder"
    assert s.counts[BallotOption.YES] == 3 and s.counts[BallotOption.NO] == 1 and s.ballots == 4
    assert (s.decided, s.with_majority) == (3, 2)
    assert s.majority_share == pytest.approx(2 / 3)
    assert [d.item_title for d in s.dissents] == ["Order on the budget"]
    assert (s.meetings_seated, s.meetings_present, s.attendance_rate) == (3, 3, 1.0)
    assert s.recusals == ()


def test_summary_counts_recusal_with_reason_and_excused_absences(
    services: Services, council: Council
) -> None:
    c = services.voting_records.summary(council.c)
    assert c.counts[BallotOption.RECUSED] == 1
    assert [(r.item_title, r.reason) for r in c.recusals] == [
        ("Order to buy a fire truck", "Brother sells fire trucks")
    ]
    assert (c.decided, c.with_majority) == (3, 2)
    assert [d.item_title for d in c.dissents] == ["Ordinance on downtown parking"]
    d = services.voting_records.summary(council.d)
    assert d.counts[BallotOption.EXCUSED] == 2 and d.counts[BallotOption.ABSTAIN] == 1
    assert (d.meetings_seated, d.meetings_present) == (3, 2)
    assert (d.decided, d.with_majority) == (1, 1)
    e = services.voting_records.summary(council.e)
    assert e.counts[BallotOption.ABSENT] == 2 and (e.decided, e.with_majority) == (2, 2)
    assert e.attendance_rate == pytest.approx(2 / 3)


def test_attendance_history_per_year(services: Services, council: Council) -> None:
    history = services.voting_records.attendance_history(council.e)
    assert [(h.year, h.seated, h.present, h.absent, h.excused) for h in history] == [
        (2020, 2, 1, 1, 0),
        (2021, 1, 1, 0, 0),
    ]
    d = services.voting_records.attendance_history(council.d)
    assert [(h.year, h.excused) for h in d] == [(2020, 1), (2021, 0)]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (RecordFilter(option=BallotOption.NO), ["Order to buy a fire truck"]),
        (RecordFilter(result=VoteResult.FAIL), ["Order on the budget", "Order to buy a fire truck"]),
        (RecordFilter(matter_kind=MatterKind.ORDINANCE), ["Ordinance on downtown parking"]),
        (RecordFilter(date_from=date(2021, 1, 1)), ["Order on the budget"]),
        (RecordFilter(date_to=date(2020, 1, 10)), ["Resolution on tree planting"]),
        (RecordFilter(text="TRUCK"), ["Order to buy a fire truck"]),
        (RecordFilter(text="o-20-002"), ["Ordinance on downtown parking"]),
        (RecordFilter(text="100%_"), []),
    ],
)
def test_filters(services: Services, council: Council, flt: RecordFilter, expected: list[str]) -> None:
    assert titles(services, council.a, flt) == expected
    assert services.voting_records.record_count(council.a, flt) == len(expected)


def test_filter_by_sponsor_and_body(services: Services, council: Council) -> None:
    assert titles(services, council.a, RecordFilter(sponsor_id=council.c)) == [
        "Ordinance on downtown parking"
    ]
    assert titles(services, council.a, RecordFilter(sponsor_id=council.a)) == ["Resolution on tree planting"]
    other = services.bodies.create_body("Planning Board", 3)
    assert titles(services, council.a, RecordFilter(body_id=other.id)) == []
    assert len(titles(services, council.a, RecordFilter(body_id=council.body_id))) == 4


def test_sorting_and_paging(services: Services, council: Council) -> None:
    by_title = titles(services, council.a, sort=RecordSort.TITLE, descending=False)
    assert by_title == sorted(by_title)
    first = services.voting_records.record_page(council.a, offset=0, limit=3)
    rest = services.voting_records.record_page(council.a, offset=3, limit=3)
    assert (first.total, rest.total, len(first.rows), len(rest.rows)) == (4, 4, 3, 1)
    assert {r.ballot_id for r in first.rows}.isdisjoint(r.ballot_id for r in rest.rows)
    oldest = titles(services, council.a, descending=False)
    assert oldest[0] == "Resolution on tree planting"


def test_bad_requests_are_plain_errors_and_change_nothing(services: Services, council: Council) -> None:
    before = table_dump(services.db)
    with pytest.raises(NotFoundError, match="no person 9999"):
        services.voting_records.record_page(9999)
    with pytest.raises(UserError, match="page"):
        services.voting_records.record_page(council.a, limit=0)
    with pytest.raises(UserError, match="No member"):
        services.voting_records.find_member("Zebediah")
    with pytest.raises(UserError, match="several members"):
        services.voting_records.find_member("e")  # Ben, Cy Cedar, Dot, Eve … all contain an e
    assert table_dump(services.db) == before


def test_find_member_by_id_or_name(services: Services, council: Council) -> None:
    assert services.voting_records.find_member(str(council.b)) == (council.b, "Ben Birch")
    assert services.voting_records.find_member("cy cedar") == (council.c, "Cy Cedar")
    assert services.voting_records.find_member("Dogw") == (council.d, "Dot Dogwood")


def test_matter_history_follows_the_ordinance(services: Services, council: Council) -> None:
    history = services.voting_records.matter_history(council.parking_matter)
    assert history.identifier == "O-20-002"
    assert [(s.meeting_on, s.stage) for s in history.steps] == [
        (date(2020, 1, 10), "referred"),
        (date(2020, 2, 10), "amended and adopted"),
    ]
    second = history.steps[1]
    main, amendment = second.motions
    assert (main.yes, main.no, main.result) == (2, 1, VoteResult.PASS)
    assert [(b.person_name, b.option) for b in main.ballots][:3] == [
        ("Ada Alder", BallotOption.YES),
        ("Ben Birch", BallotOption.YES),
        ("Cy Cedar", BallotOption.NO),
    ]
    assert (amendment.yes, amendment.ballots) == (3, ())  # a voice vote: counts, no names


def test_demo_pamela_schwartz_voted_yes_on_secure_communities(demo: tuple[Services, int]) -> None:
    services, seed = demo
    pid, _name = services.voting_records.find_member("Pamela Schwartz")
    rows = services.voting_records.record_page(pid, RecordFilter(text="Secure Communities")).rows
    assert [(r.meeting_id, r.option, r.result, r.matter_identifier) for r in rows] == [
        (seed, BallotOption.YES, VoteResult.PASS, "R-11-034")
    ]
