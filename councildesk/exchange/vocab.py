"""Vote options and results as other systems spell them, mapped to ours (never guessed silently)."""

from __future__ import annotations

from collections import Counter

from councildesk.domain.enums import BallotOption, VoteResult
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.domain.rules import Threshold

# A vote whose file names no threshold gets the domain's default (a majority of votes cast).
_DEFAULT = Threshold()
DEFAULT_THRESHOLD = {"threshold_fraction": _DEFAULT.fraction.value, "threshold_base": _DEFAULT.base.value}

# Spellings with one clear meaning.
OPTION_SPELLINGS: dict[str, BallotOption] = {
    "yes": BallotOption.YES,
    "aye": BallotOption.YES,
    "yea": BallotOption.YES,
    "y": BallotOption.YES,
    "affirmative": BallotOption.YES,
    "for": BallotOption.YES,
    "no": BallotOption.NO,
    "nay": BallotOption.NO,
    "n": BallotOption.NO,
    "negative": BallotOption.NO,
    "against": BallotOption.NO,
    "abstain": BallotOption.ABSTAIN,
    "abstention": BallotOption.ABSTAIN,
    "abstained": BallotOption.ABSTAIN,
    "absent": BallotOption.ABSENT,
    "excused": BallotOption.EXCUSED,
    "recused": BallotOption.RECUSED,
    "recusal": BallotOption.RECUSED,
    "present": BallotOption.PRESENT,
    "not voting": BallotOption.PRESENT,
    "present, not voting": BallotOption.PRESENT,
}
# Spellings we can store only approximately: mapped, and the import lists a warning.
OPTION_APPROXIMATIONS: dict[str, tuple[BallotOption, str]] = {
    "paired": (BallotOption.ABSENT, "paired"),
    "pair": (BallotOption.ABSENT, "paired"),
}

RESULT_SPELLINGS: dict[str, VoteResult] = {
    "pass": VoteResult.PASS,
    "passed": VoteResult.PASS,
    "adopted": VoteResult.PASS,
    "carried": VoteResult.PASS,
    "approved": VoteResult.PASS,
    "fail": VoteResult.FAIL,
    "failed": VoteResult.FAIL,
    "defeated": VoteResult.FAIL,
    "rejected": VoteResult.FAIL,
    "lost": VoteResult.FAIL,
}

# Our options in Open Civic Data (DESIGN.md §3).
OCD_OPTION: dict[BallotOption, str] = {
    BallotOption.YES: "yes",
    BallotOption.NO: "no",
    BallotOption.ABSTAIN: "abstain",
    BallotOption.ABSENT: "absent",
    BallotOption.EXCUSED: "excused",
    BallotOption.PRESENT: "not voting",
    BallotOption.RECUSED: "abstain",
}


def ballot_option(raw: object, where: str, field: str, note: str, warnings: list[str]) -> tuple[str, str]:
    """(our option value, note) for a spelled option; OCD's abstain + note 'recused' is a recusal."""
    if not isinstance(raw, str):
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{where}, field '{field}': {raw!r} is not a known vote option."),
            where=where,
            field=field,
            raw=raw,
        )
    spelled = " ".join(raw.strip().lower().replace("_", " ").split())
    if spelled in OPTION_SPELLINGS:
        option = OPTION_SPELLINGS[spelled]
        if option is BallotOption.ABSTAIN and note.lower().startswith("recused"):
            return BallotOption.RECUSED.value, note[len("recused") :].lstrip(":; ").strip()
        return option.value, note
    if spelled in OPTION_APPROXIMATIONS:
        option, why = OPTION_APPROXIMATIONS[spelled]
        warnings.append(f"{where}, field '{field}': '{raw}' was recorded as {option.value} (noted '{why}').")
        return option.value, (f"{why}; {note}" if note else why)
    raise UserError(
        QT_TRANSLATE_NOOP("exchange", "{where}, field '{field}': {raw!r} is not a known vote option."),
        where=where,
        field=field,
        raw=raw,
    )


def ocd_ballot(option: str, note: str) -> tuple[str, str]:
    """Our (option, note) as OCD writes it: recused travels as abstain with the note 'recused'."""
    ours = BallotOption(option)
    if ours is BallotOption.RECUSED:
        return "abstain", f"recused: {note}" if note else "recused"
    return OCD_OPTION[ours], note


def vote_result(raw: object, where: str, field: str) -> str:
    if isinstance(raw, str) and raw.strip().lower() in RESULT_SPELLINGS:
        return RESULT_SPELLINGS[raw.strip().lower()].value
    raise UserError(
        QT_TRANSLATE_NOOP(
            "exchange", "{where}, field '{field}': {raw!r} is not a known vote result (pass or fail)."
        ),
        where=where,
        field=field,
        raw=raw,
    )


def vote_counts(
    values: dict[str, object], options: list[str], other: dict[str, int] | None = None
) -> dict[str, int]:
    """A vote's counts by our option, the same rule as the spreadsheet export: a stored count
    (yes, no, abstain) wins, else the ballots are counted; options without a stored column come
    from the ballots, or from counts a file gave without ballots (`other`). No ballots and no
    counts give no counts at all, never 0–0–0."""
    tally = Counter(options)
    out: dict[str, int] = {}
    for option in ("yes", "no", "abstain"):
        stored = values.get(f"{option}_count")
        if isinstance(stored, int):
            out[option] = stored
        elif options:
            out[option] = tally[option]
    for option, n in tally.items():
        out.setdefault(option, n)
    if not options:
        for option, n in (other or {}).items():
            out.setdefault(option, n)
    return out
