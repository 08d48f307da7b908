"""Vote arithmetic: thresholds as exact fractions of a base, quorum, tallies and outcomes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from councildesk.domain.enums import (
    BallotOption,
    QuorumRule,
    ThresholdBase,
    ThresholdFraction,
    VoteResult,
    label,
)
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message

FRACTIONS: dict[ThresholdFraction, Fraction] = {
    ThresholdFraction.MAJORITY: Fraction(1, 2),
    ThresholdFraction.TWO_THIRDS: Fraction(2, 3),
    ThresholdFraction.THREE_QUARTERS: Fraction(3, 4),
    ThresholdFraction.FOUR_FIFTHS: Fraction(4, 5),
    ThresholdFraction.UNANIMOUS: Fraction(1, 1),
}


@dataclass(frozen=True)
class Threshold:
    """What a motion needs to pass: a fraction of a base."""

    fraction: ThresholdFraction = ThresholdFraction.MAJORITY
    base: ThresholdBase = ThresholdBase.VOTES_CAST

    def describe(self) -> str:
        return f"{label(self.fraction)} of {label(self.base).lower()}"


@dataclass(frozen=True)
class BodySize:
    """How many seats a body has and how many of them are filled (the rest are vacant)."""

    seat_count: int
    seats_filled: int

    def __post_init__(self) -> None:
        if self.seat_count < 0 or not 0 <= self.seats_filled <= self.seat_count:
            raise ValueError(f"impossible body size {self.seats_filled}/{self.seat_count}")

    @property
    def vacancies(self) -> int:
        return self.seat_count - self.seats_filled


@dataclass(frozen=True)
class Tally:
    """Counts of each ballot option on one vote."""

    yes: int = 0
    no: int = 0
    abstain: int = 0
    absent: int = 0
    excused: int = 0
    recused: int = 0
    present: int = 0  # answered "present", i.e. present and not voting
    other: int = 0  # a value imported from another system with no meaning here (not a vote cast)

    def __post_init__(self) -> None:
        for name, value in self.as_dict().items():
            if value < 0:
                raise ValueError(f"negative {name} count")

    @classmethod
    def from_options(cls, options: Iterable[BallotOption | str]) -> Tally:
        counts = dict.fromkeys((o.value for o in BallotOption), 0)
        for option in options:
            counts[BallotOption(option).value] += 1
        return cls(**counts)

    def as_dict(self) -> dict[str, int]:
        return {
            "yes": self.yes,
            "no": self.no,
            "abstain": self.abstain,
            "absent": self.absent,
            "excused": self.excused,
            "recused": self.recused,
            "present": self.present,
            "other": self.other,
        }

    @property
    def votes_cast(self) -> int:
        """Abstentions and 'present' answers are not votes cast."""
        return self.yes + self.no

    @property
    def present_and_voting(self) -> int:
        """Members present who answered yes, no or abstain."""
        return self.yes + self.no + self.abstain

    @property
    def members_present(self) -> int:
        """Members in the room who are not recused (recusal removes a member from the base)."""
        return self.yes + self.no + self.abstain + self.present

    @property
    def total(self) -> int:
        return sum(self.as_dict().values())


def base_size(threshold: Threshold, tally: Tally, body: BodySize) -> int:
    """The number the threshold's fraction is taken of."""
    match threshold.base:
        case ThresholdBase.VOTES_CAST:
            return tally.votes_cast
        case ThresholdBase.PRESENT_AND_VOTING:
            return tally.present_and_voting
        case ThresholdBase.PRESENT:
            return tally.members_present
        case ThresholdBase.FULL_MEMBERSHIP:
            return body.seat_count
        case ThresholdBase.SEATS_FILLED:
            return body.seats_filled
    raise ValueError(f"unknown base {threshold.base!r}")


def required_yes(threshold: Threshold, base: int) -> int:
    """The smallest number of yes votes that carries the motion on a base of this size.

    A majority is *more than* half (so a tie fails); the other fractions are *at least*
    that share: two-thirds of 9 is 6, a majority of 9 is 5, a majority of 10 is 6.
    """
    share = FRACTIONS[threshold.fraction] * base
    if threshold.fraction is ThresholdFraction.MAJORITY:
        return int(share) + 1  # floor(base / 2) + 1
    needed = share.numerator // share.denominator
    if needed < share:
        needed += 1  # ceiling
    return max(needed, 1)


def outcome(threshold: Threshold, tally: Tally, body: BodySize) -> VoteResult:
    """Pass or fail, from the tally alone. An empty base always fails."""
    base = base_size(threshold, tally, body)
    if base <= 0 or tally.yes <= 0:
        return VoteResult.FAIL
    if threshold.fraction is ThresholdFraction.UNANIMOUS and tally.no > 0:
        return VoteResult.FAIL
    return VoteResult.PASS if tally.yes >= required_yes(threshold, base) else VoteResult.FAIL


def is_unanimous(tally: Tally) -> bool:
    """Everyone who voted said yes, nobody voted no or abstained, and someone voted."""
    return tally.yes > 0 and tally.no == 0 and tally.abstain == 0


def quorum_required(body: BodySize, rule: QuorumRule = QuorumRule.MAJORITY_OF_SEATS) -> int:
    """How many members must be present (in person or remotely) for a quorum."""
    base = body.seat_count if rule is QuorumRule.MAJORITY_OF_SEATS else body.seats_filled
    return base // 2 + 1


def has_quorum(present: int, body: BodySize, rule: QuorumRule = QuorumRule.MAJORITY_OF_SEATS) -> bool:
    return present >= quorum_required(body, rule)


DECLARED_RESULT = QT_TRANSLATE_NOOP(
    "domain",
    "The declared result ({declared}) disagrees with the arithmetic: {yes}–{no} under {threshold} is a "
    "{computed}.",
)


def declared_result_message(
    declared: VoteResult | None, computed: VoteResult, threshold: Threshold, tally: Tally
) -> Message | None:
    """The warning when the result the clerk declared disagrees with the arithmetic, as a declared
    sentence: the minutes print it in their own language (with their own words for the threshold)."""
    if declared is None or declared == computed:
        return None
    params = {"declared": declared, "yes": tally.yes, "no": tally.no, "computed": computed}
    return Message(DECLARED_RESULT, params | {"threshold": threshold.describe().lower()})


def declared_result_warning(
    declared: VoteResult | None, computed: VoteResult, threshold: Threshold, tally: Tally
) -> str | None:
    """That warning in the reader's language, the window's or the command line's (its result and
    threshold in their words too)."""
    message = declared_result_message(declared, computed, threshold, tally)
    if message is None or declared is None:
        return None
    from councildesk.domain.enum_labels import describe_threshold, label  # it imports this module

    worded = {"declared": label(declared).lower(), "computed": label(computed).lower()}
    return Message(
        message.text, {**message.params, **worded, "threshold": describe_threshold(threshold)}
    ).translated()


def describe_tally(tally: Tally) -> str:
    """'6–2, 1 abstaining' style summary of a tally."""
    text = f"{tally.yes}–{tally.no}"
    extras = [
        (tally.abstain, "abstaining"),
        (tally.recused, "recused"),
        (tally.present, "present and not voting"),
        (tally.absent, "absent"),
        (tally.excused, "excused"),
        (tally.other, "other"),
    ]
    parts = [f"{count} {words}" for count, words in extras if count]
    return text + (", " + ", ".join(parts) if parts else "")
