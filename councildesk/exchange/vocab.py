"""Vote options and results as other systems spell them, mapped to ours (never guessed silently)."""

from __future__ import annotations

import re
from collections import Counter

from councildesk.domain.enums import BallotOption, VoteResult
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, said
from councildesk.domain.rules import Threshold

# What an import says of a value it keeps otherwise than written (its warnings), declared: English as
# their str, in the reader's language in the import preview and on the command line.
AT_FIELD = QT_TRANSLATE_NOOP("exchange", "{where}, field '{field}'")
VALUE_AS_OTHER = QT_TRANSLATE_NOOP(
    "exchange",
    "{where}: the vote value '{text}' has no meaning CouncilDesk knows; "
    "it was recorded as 'other' with the original value in the ballot's note.",
)
OPTION_APPROXIMATE = QT_TRANSLATE_NOOP(
    "exchange", "{where}, field '{field}': '{raw}' was recorded as {option} (noted '{kept}')."
)
COUNT_AS_OTHER = QT_TRANSLATE_NOOP(
    "exchange",
    "{where}, field '{field}': the count option '{raw}' has no meaning CouncilDesk knows; "
    "it was counted as 'other'.",
)

# A vote whose file names no threshold gets the domain's default (a majority of votes cast).
_DEFAULT = Threshold()
DEFAULT_THRESHOLD = {"threshold_fraction": _DEFAULT.fraction.value, "threshold_base": _DEFAULT.base.value}

# Every spelling of a ballot option we read, from any format (Popolo, OCD, Legistar, a wide roll-call
# CSV), matched after `spelled()`: spelled value → (our option, note kept). README ▸ Vote values
# prints this table; the words are each city's own.
OPTION_SPELLINGS: dict[str, tuple[BallotOption, str]] = {
    **{w: (BallotOption.YES, "") for w in ("yes", "aye", "yea", "y", "affirmative", "for", "in favor")},
    **{w: (BallotOption.NO, "") for w in ("no", "nay", "n", "negative", "against", "opposed")},
    **{w: (BallotOption.ABSTAIN, "") for w in ("abstain", "abstention", "abstained")},
    "absent": (BallotOption.ABSENT, ""),
    "not present": (BallotOption.ABSENT, ""),
    "excused": (BallotOption.EXCUSED, ""),
    "excused absence": (BallotOption.EXCUSED, ""),
    "medical": (BallotOption.EXCUSED, "medical"),
    "maternity": (BallotOption.EXCUSED, "maternity"),
    "leave": (BallotOption.EXCUSED, "leave"),
    "conflict": (BallotOption.RECUSED, "conflict"),
    "recused": (BallotOption.RECUSED, ""),
    "recusal": (BallotOption.RECUSED, ""),
    **{w: (BallotOption.PRESENT, "") for w in ("present", "not voting", "present not voting", "non voting")},
    "suspended": (BallotOption.ABSENT, "suspended"),
    "vacant": (BallotOption.ABSENT, "vacant seat"),
    # Only approximately ours: mapped, noted, and the import warns (APPROXIMATE).
    "paired": (BallotOption.ABSENT, "paired"),
    "pair": (BallotOption.ABSENT, "paired"),
    "other": (BallotOption.OTHER, ""),
}
APPROXIMATE = frozenset({"paired", "pair"})


def spelled(raw: str) -> str:
    """'Non-Voting ' → 'non voting': case, hyphens, underscores and punctuation do not matter."""
    return " ".join(re.sub(r"[-_/.,]", " ", raw.lower()).split())


def option_of(raw: str) -> tuple[BallotOption, str] | None:
    """(our option, note to keep) for a spelling in the table, else None."""
    return OPTION_SPELLINGS.get(spelled(raw))


def other_ballot(raw: str, where: str, warnings: list[str]) -> tuple[str, str]:
    """A value with no meaning here: kept as 'other' with its own words as the note, and a warning."""
    text = raw.strip()
    warnings.append(said(VALUE_AS_OTHER, where=where, text=text))
    return BallotOption.OTHER.value, text


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
    BallotOption.OTHER: "other",
}


def _option_text(raw: object, where: str, field: str) -> str:
    """The option as the file spelled it; none at all (or not text) is refused, naming the field."""
    if not isinstance(raw, str) or not raw.strip():
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{where}, field '{field}': {raw!r} is not a known vote option."),
            where=where,
            field=field,
            raw=raw,
        )
    return raw


def ballot_option(raw: object, where: str, field: str, note: str, warnings: list[str]) -> tuple[str, str]:
    """(our option value, note) for a spelled option; OCD's abstain + note 'recused' is a recusal.
    An option outside the table is kept as 'other' with its text in the note, and a warning."""
    raw = _option_text(raw, where, field)
    found = option_of(raw)
    if found is None:
        option, text = other_ballot(raw, said(AT_FIELD, where=where, field=field), warnings)
        return option, (f"{text}; {note}" if note else text)
    option, kept = found
    if option is BallotOption.ABSTAIN and note.lower().startswith("recused"):
        return BallotOption.RECUSED.value, note[len("recused") :].lstrip(":; ").strip()
    if spelled(raw) in APPROXIMATE:
        warnings.append(
            said(OPTION_APPROXIMATE, where=where, field=field, raw=raw, option=option.value, kept=kept)
        )
    if kept and kept.lower() not in note.lower():
        note = f"{kept}; {note}" if note else kept
    return option.value, note


def count_option(raw: object, where: str, field: str, warnings: list[str]) -> str:
    """Our option for a count's option; one outside the table is counted as 'other', with a warning."""
    raw = _option_text(raw, where, field)
    found = option_of(raw)
    if found is None:
        warnings.append(said(COUNT_AS_OTHER, where=where, field=field, raw=raw.strip()))
        return BallotOption.OTHER.value
    return found[0].value


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
