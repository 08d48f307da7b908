"""Vote arithmetic without Qt or SQL: tables of known cases plus hypothesis properties."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from councildesk.domain.enums import BallotOption, QuorumRule, ThresholdBase, ThresholdFraction, VoteResult
from councildesk.domain.rules import (
    FRACTIONS,
    BodySize,
    Tally,
    Threshold,
    base_size,
    declared_result_warning,
    describe_tally,
    has_quorum,
    is_unanimous,
    outcome,
    quorum_required,
    required_yes,
)

F = ThresholdFraction
B = ThresholdBase
PASS, FAIL = VoteResult.PASS, VoteResult.FAIL
NINE = BodySize(9, 9)


@pytest.mark.parametrize(
    ("fraction", "base", "needed"),
    [
        (F.MAJORITY, 9, 5),
        (F.MAJORITY, 10, 6),
        (F.MAJORITY, 8, 5),
        (F.MAJORITY, 1, 1),
        (F.MAJORITY, 2, 2),
        (F.TWO_THIRDS, 9, 6),
        (F.TWO_THIRDS, 10, 7),
        (F.TWO_THIRDS, 3, 2),
        (F.THREE_QUARTERS, 9, 7),
        (F.THREE_QUARTERS, 8, 6),
        (F.FOUR_FIFTHS, 9, 8),
        (F.FOUR_FIFTHS, 10, 8),
        (F.UNANIMOUS, 9, 9),
        (F.UNANIMOUS, 1, 1),
    ],
)
def test_required_yes_table(fraction: ThresholdFraction, base: int, needed: int) -> None:
    assert required_yes(Threshold(fraction), base) == needed


@pytest.mark.parametrize(
    ("threshold", "tally", "body", "expected"),
    [
        # a majority of votes cast: 5-4 passes, a 4-4 tie fails
        (Threshold(), Tally(yes=5, no=4), NINE, PASS),
        (Threshold(), Tally(yes=4, no=4, absent=1), NINE, FAIL),
        # abstentions are not votes cast: 3-2 with 4 abstaining carries a majority of votes cast ...
        (Threshold(), Tally(yes=3, no=2, abstain=4), NINE, PASS),
        # ... but not a majority of those present and voting (3 of 9), nor of those present
        (Threshold(F.MAJORITY, B.PRESENT_AND_VOTING), Tally(yes=3, no=2, abstain=4), NINE, FAIL),
        (Threshold(F.MAJORITY, B.PRESENT), Tally(yes=4, no=2, present=3), NINE, FAIL),
        # recused members leave the "present" base: 4 of 7 is a majority, 4 of 9 would not be
        (Threshold(F.MAJORITY, B.PRESENT), Tally(yes=4, no=3, recused=2), NINE, PASS),
        # two-thirds of votes cast: 6-3 passes, 5-3 fails (5 < 16/3)
        (Threshold(F.TWO_THIRDS), Tally(yes=6, no=3), NINE, PASS),
        (Threshold(F.TWO_THIRDS), Tally(yes=5, no=3), NINE, FAIL),
        # vacancies: 2 of 9 seats empty; 4 yes is a majority of seats filled, not of full membership
        (Threshold(F.MAJORITY, B.SEATS_FILLED), Tally(yes=4, no=1), BodySize(9, 7), PASS),
        (Threshold(F.MAJORITY, B.FULL_MEMBERSHIP), Tally(yes=4, no=1), BodySize(9, 7), FAIL),
        (Threshold(F.TWO_THIRDS, B.FULL_MEMBERSHIP), Tally(yes=6, no=1), BodySize(9, 7), PASS),
        (Threshold(F.TWO_THIRDS, B.SEATS_FILLED), Tally(yes=4, no=3), BodySize(9, 7), FAIL),
        (Threshold(F.TWO_THIRDS, B.SEATS_FILLED), Tally(yes=5, no=2), BodySize(9, 7), PASS),
        # unanimous: every vote cast is yes
        (Threshold(F.UNANIMOUS), Tally(yes=9), NINE, PASS),
        (Threshold(F.UNANIMOUS), Tally(yes=8, no=1), NINE, FAIL),
        (Threshold(F.UNANIMOUS), Tally(yes=8, abstain=1), NINE, PASS),
        (Threshold(F.UNANIMOUS, B.PRESENT_AND_VOTING), Tally(yes=8, abstain=1), NINE, FAIL),
        # an empty base always fails, whatever the fraction
        (Threshold(), Tally(), NINE, FAIL),
        (Threshold(), Tally(abstain=9), NINE, FAIL),
        (Threshold(F.UNANIMOUS), Tally(present=3, absent=6), NINE, FAIL),
        (Threshold(F.MAJORITY, B.PRESENT), Tally(recused=9), NINE, FAIL),
        # no yes votes never passes, even against an empty "no"
        (Threshold(F.MAJORITY, B.FULL_MEMBERSHIP), Tally(no=0, abstain=9), NINE, FAIL),
    ],
)
def test_outcome_table(threshold: Threshold, tally: Tally, body: BodySize, expected: VoteResult) -> None:
    assert outcome(threshold, tally, body) is expected


def test_bases_count_the_right_people() -> None:
    tally = Tally(yes=3, no=2, abstain=1, absent=1, excused=1, recused=1, present=1)
    body = BodySize(11, 10)
    sizes = {base: base_size(Threshold(base=base), tally, body) for base in ThresholdBase}
    assert sizes == {
        B.VOTES_CAST: 5,
        B.PRESENT_AND_VOTING: 6,
        B.PRESENT: 7,  # yes + no + abstain + present; the recused member is not counted
        B.FULL_MEMBERSHIP: 11,
        B.SEATS_FILLED: 10,
    }


@pytest.mark.parametrize(
    ("body", "rule", "needed"),
    [
        (BodySize(9, 9), QuorumRule.MAJORITY_OF_SEATS, 5),
        (BodySize(9, 7), QuorumRule.MAJORITY_OF_SEATS, 5),
        (BodySize(9, 7), QuorumRule.MAJORITY_OF_FILLED_SEATS, 4),
        (BodySize(9, 6), QuorumRule.MAJORITY_OF_FILLED_SEATS, 4),
        (BodySize(10, 10), QuorumRule.MAJORITY_OF_SEATS, 6),
        (BodySize(1, 1), QuorumRule.MAJORITY_OF_SEATS, 1),
    ],
)
def test_quorum_table(body: BodySize, rule: QuorumRule, needed: int) -> None:
    assert quorum_required(body, rule) == needed
    assert has_quorum(needed, body, rule)
    assert not has_quorum(needed - 1, body, rule)


def test_unanimity() -> None:
    assert is_unanimous(Tally(yes=9))
    assert is_unanimous(Tally(yes=7, absent=2))
    assert not is_unanimous(Tally(yes=8, no=1))
    assert not is_unanimous(Tally(yes=8, abstain=1))
    assert not is_unanimous(Tally())


def test_tally_from_options_and_validation() -> None:
    tally = Tally.from_options(["yes", BallotOption.YES, "no", "recused", "present"])
    assert (tally.yes, tally.no, tally.recused, tally.present, tally.total) == (2, 1, 1, 1, 5)
    with pytest.raises(ValueError, match="negative no"):
        Tally(no=-1)
    with pytest.raises(ValueError, match="not a valid BallotOption"):
        Tally.from_options(["maybe"])
    with pytest.raises(ValueError, match="impossible body size"):
        BodySize(9, 10)
    assert BodySize(9, 7).vacancies == 2


def test_declared_result_warning_and_descriptions() -> None:
    tally = Tally(yes=4, no=5)
    assert declared_result_warning(None, FAIL, Threshold(), tally) is None
    assert declared_result_warning(FAIL, FAIL, Threshold(), tally) is None
    warning = declared_result_warning(PASS, FAIL, Threshold(), tally)
    assert warning == (
        "The declared result (pass) disagrees with the arithmetic: "
        "4–5 under majority of votes cast is a fail."
    )
    assert Threshold(F.TWO_THIRDS, B.FULL_MEMBERSHIP).describe() == "Two thirds of full membership"
    assert describe_tally(Tally(yes=6, no=2, recused=1)) == "6–2, 1 recused"
    assert describe_tally(Tally(yes=9)) == "9–0"


# -- properties ----------------------------------------------------------------------------

# No per-example deadline (a busy 2-core machine must not fail a correct rule) and no example
# database written into the working tree.
QUIET = settings(deadline=None, database=None)

thresholds = st.builds(
    Threshold, st.sampled_from(list(ThresholdFraction)), st.sampled_from(list(ThresholdBase))
)


@st.composite
def situations(draw: st.DrawFn) -> tuple[Tally, BodySize]:
    counts = {name: draw(st.integers(0, 12)) for name in Tally().as_dict()}
    tally = Tally(**counts)
    # room for one more ballot, and seats at least as many as the people voting
    seats = draw(st.integers(tally.total + 1, tally.total + 15))
    filled = draw(st.integers(tally.total + 1, seats))
    return tally, BodySize(seats, filled)


def _with(tally: Tally, **extra: int) -> Tally:
    counts = tally.as_dict()
    for key, value in extra.items():
        counts[key] += value
    return Tally(**counts)


@QUIET
@given(thresholds, situations())
def test_adding_a_yes_never_turns_a_pass_into_a_fail(
    threshold: Threshold, situation: tuple[Tally, BodySize]
) -> None:
    tally, body = situation
    if outcome(threshold, tally, body) is PASS:
        assert outcome(threshold, _with(tally, yes=1), body) is PASS


@QUIET
@given(thresholds, situations())
def test_adding_a_no_never_turns_a_fail_into_a_pass(
    threshold: Threshold, situation: tuple[Tally, BodySize]
) -> None:
    tally, body = situation
    if outcome(threshold, tally, body) is FAIL:
        assert outcome(threshold, _with(tally, no=1), body) is FAIL


@QUIET
@given(st.sampled_from(list(ThresholdFraction)), st.integers(1, 500))
def test_required_yes_is_the_least_yes_count_that_meets_the_fraction(
    fraction: ThresholdFraction, base: int
) -> None:
    """Checked against the definition: a majority is more than half, the others at least their share."""

    def meets(yes: int) -> bool:
        share = Fraction(yes, base)
        return share > FRACTIONS[fraction] if fraction is F.MAJORITY else share >= FRACTIONS[fraction]

    needed = required_yes(Threshold(fraction), base)
    assert 1 <= needed <= base
    assert meets(needed)
    assert not meets(needed - 1)


@QUIET
@given(
    st.sampled_from(list(ThresholdFraction)),
    st.sampled_from([B.FULL_MEMBERSHIP, B.SEATS_FILLED]),
    situations(),
)
def test_on_a_fixed_base_a_vote_passes_exactly_from_required_yes(
    fraction: ThresholdFraction, base: ThresholdBase, situation: tuple[Tally, BodySize]
) -> None:
    tally, body = situation
    threshold = Threshold(fraction, base)
    size = base_size(threshold, tally, body)
    needed = required_yes(threshold, size)
    expected = tally.yes >= needed and not (fraction is F.UNANIMOUS and tally.no > 0)
    assert (outcome(threshold, tally, body) is PASS) == expected
    # and one yes fewer than needed always fails
    assert outcome(threshold, Tally(yes=needed - 1), body) is FAIL


@QUIET
@given(thresholds, situations())
def test_recused_and_absent_members_never_change_a_votes_cast_result(
    threshold: Threshold, situation: tuple[Tally, BodySize]
) -> None:
    tally, body = situation
    if threshold.base in (B.VOTES_CAST, B.PRESENT_AND_VOTING, B.PRESENT):
        more = _with(tally, recused=1, absent=1, excused=1)
        assert outcome(threshold, more, body) is outcome(threshold, tally, body)
