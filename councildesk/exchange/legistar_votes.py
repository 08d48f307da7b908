"""Legistar vote, roll-call and matter-status values mapped to ours by meaning.

Vote values are read with the one table of option spellings for every format,
`vocab.OPTION_SPELLINGS` (README ▸ Vote values): "In Favor" → yes, "Opposed" → no, "Conflict" →
recused (noted), "Medical" → excused (noted) … A value outside it never refuses the file: the
ballot is kept as 'other' with the original text as its note, and the preview names it, so the
clerk can see exactly what Legistar said.
"""

from __future__ import annotations

from councildesk.domain.enums import AttendanceStatus, MatterStatus
from councildesk.exchange.vocab import option_of, other_ballot, spelled

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


def vote_value(raw: object, where: str, warnings: list[str]) -> tuple[str, str]:
    """(our ballot option, note) for a Legistar VoteValueName; unknown values warn, never refuse."""
    text = raw.strip() if isinstance(raw, str) else ("" if raw is None else str(raw))
    found = option_of(text)
    if found is not None:
        return found[0].value, found[1]
    return other_ballot(text, where, warnings)


def roll_call_value(raw: str) -> AttendanceStatus | None:
    return ROLL_CALL_VALUES.get(spelled(raw))


def matter_status(raw: str) -> MatterStatus:
    words = spelled(raw)
    for word, status in STATUS_WORDS:
        if word in words:
            return status
    return MatterStatus.PENDING  # "In Council", "Agenda Ready", "Draft": still before the body
