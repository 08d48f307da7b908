"""Legistar vote, roll-call and matter-status values mapped to ours by meaning, with the table below.

Each city names its Legistar values itself. A value is matched without regard to case, spacing or
punctuation; the words on the left all mean the option on the right:

| Legistar value (any of)                                 | ballot  | note kept           |
|---------------------------------------------------------|---------|---------------------|
| In Favor, Aye, Yes, Yea, Affirmative, For, Y            | yes     |                     |
| Opposed, Nay, No, Negative, Against, N                  | no      |                     |
| Abstain, Abstained, Abstention                          | abstain |                     |
| Absent, Not Present                                     | absent  |                     |
| Excused, Excused Absence, Medical, Maternity, Leave     | excused | medical, maternity… |
| Conflict, Recused, Recusal                              | recused | conflict            |
| Non-voting, Present, Not Voting, Present Not Voting     | present |                     |
| Suspended                                               | absent  | suspended           |
| Vacant                                                  | absent  | vacant seat         |
| anything else (the import warns)                        | absent  | Legistar: '<value>' |

An unknown value never refuses the file: the ballot is kept as absent with the original text in
its note, and the preview names it, so the clerk can correct the ballot by hand.
"""

from __future__ import annotations

import re

from councildesk.domain.enums import AttendanceStatus, BallotOption, MatterStatus

# spelled value → (our option, note to keep or "")
VOTE_VALUES: dict[str, tuple[BallotOption, str]] = {
    **{w: (BallotOption.YES, "") for w in ("in favor", "aye", "yes", "yea", "affirmative", "for", "y")},
    **{w: (BallotOption.NO, "") for w in ("opposed", "nay", "no", "negative", "against", "n")},
    **{w: (BallotOption.ABSTAIN, "") for w in ("abstain", "abstained", "abstention")},
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
    **{w: (BallotOption.PRESENT, "") for w in ("non voting", "present", "not voting", "present not voting")},
    "suspended": (BallotOption.ABSENT, "suspended"),
    "vacant": (BallotOption.ABSENT, "vacant seat"),
}

ROLL_CALL_VALUES: dict[str, AttendanceStatus] = {
    "present": AttendanceStatus.PRESENT,
    "late": AttendanceStatus.PRESENT,
    "arrived late": AttendanceStatus.PRESENT,
    "absent": AttendanceStatus.ABSENT,
    "not present": AttendanceStatus.ABSENT,
    "suspended": AttendanceStatus.ABSENT,
    "excused": AttendanceStatus.EXCUSED,
    "medical": AttendanceStatus.EXCUSED,
    "maternity": AttendanceStatus.EXCUSED,
    "leave": AttendanceStatus.EXCUSED,
    "remote": AttendanceStatus.REMOTE,
    "present remote": AttendanceStatus.REMOTE,
    "teleconference": AttendanceStatus.REMOTE,
}

# MatterStatusName → our status; the words are each city's own, the original is kept beside it.
STATUS_WORDS: tuple[tuple[str, MatterStatus], ...] = (
    ("withdrawn", MatterStatus.WITHDRAWN),
    ("tabled", MatterStatus.TABLED),
    ("failed", MatterStatus.FAILED),
    ("defeated", MatterStatus.FAILED),
    ("vetoed", MatterStatus.FAILED),
    ("passed", MatterStatus.ADOPTED),
    ("adopted", MatterStatus.ADOPTED),
    ("approved", MatterStatus.ADOPTED),
    ("enacted", MatterStatus.ADOPTED),
    ("committee", MatterStatus.REFERRED),
    ("referred", MatterStatus.REFERRED),
    ("introduced", MatterStatus.INTRODUCED),
    ("filed", MatterStatus.INTRODUCED),
)


def spelled(raw: str) -> str:
    """'Non-Voting ' → 'non voting': case, hyphens, underscores and repeated spaces do not matter."""
    return " ".join(re.sub(r"[-_/.,]", " ", raw.lower()).split())


def vote_value(raw: object, where: str, warnings: list[str]) -> tuple[str, str]:
    """(our ballot option, note) for a Legistar VoteValueName; unknown values warn, never refuse."""
    text = raw.strip() if isinstance(raw, str) else ("" if raw is None else str(raw))
    found = VOTE_VALUES.get(spelled(text))
    if found is not None:
        return found[0].value, found[1]
    warnings.append(
        f"{where}: the vote value '{text}' has no meaning CouncilDesk knows; "
        "it was recorded as absent with the original value in the ballot's note."
    )
    return BallotOption.ABSENT.value, f"Legistar: '{text}'"


def roll_call_value(raw: str) -> AttendanceStatus | None:
    return ROLL_CALL_VALUES.get(spelled(raw))


def matter_status(raw: str) -> MatterStatus:
    words = spelled(raw)
    for word, status in STATUS_WORDS:
        if word in words:
            return status
    return MatterStatus.PENDING  # "In Council", "Agenda Ready", "Draft": still before the body
