"""Frozen results of the voting-record, search and agreement queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from councildesk.domain.enums import BallotOption, MatterKind, MotionDisposition, MotionKind, VoteResult
from councildesk.domain.messages import QT_TRANSLATE_NOOP

HIT_START, HIT_END = "\x02", "\x03"  # around matched words in snippets; never in user text
# What happened to a matter at one meeting (MatterStep.stage, voting_record_service._stage's words),
# declared for the command line and the public site to say in their own language.
STAGES = {
    "introduced": QT_TRANSLATE_NOOP("matter_stage", "introduced"),
    "referred": QT_TRANSLATE_NOOP("matter_stage", "referred"),
    "amended": QT_TRANSLATE_NOOP("matter_stage", "amended"),
    "amended and adopted": QT_TRANSLATE_NOOP("matter_stage", "amended and adopted"),
    "adopted": QT_TRANSLATE_NOOP("matter_stage", "adopted"),
    "failed": QT_TRANSLATE_NOOP("matter_stage", "failed"),
    "tabled": QT_TRANSLATE_NOOP("matter_stage", "tabled"),
    "postponed": QT_TRANSLATE_NOOP("matter_stage", "postponed"),
    "considered": QT_TRANSLATE_NOOP("matter_stage", "considered"),
}


class RecordSort(StrEnum):
    DATE = "date"
    TITLE = "title"
    MATTER = "matter"
    OPTION = "option"
    RESULT = "result"


@dataclass(frozen=True)
class RecordFilter:
    """What part of a member's record to show; every field is optional."""

    date_from: date | None = None
    date_to: date | None = None
    body_id: int | None = None
    option: BallotOption | None = None
    result: VoteResult | None = None
    matter_kind: MatterKind | None = None
    sponsor_id: int | None = None
    text: str = ""

    def describe(self) -> list[tuple[str, str]]:
        """The filters in use, as (label, value) pairs, for report headers."""
        out: list[tuple[str, str]] = []
        if self.date_from:
            out.append(("From", self.date_from.isoformat()))
        if self.date_to:
            out.append(("To", self.date_to.isoformat()))
        if self.body_id is not None:
            out.append(("Body", str(self.body_id)))
        if self.option:
            out.append(("Vote", self.option.value))
        if self.result:
            out.append(("Result", self.result.value))
        if self.matter_kind:
            out.append(("Matter kind", self.matter_kind.value))
        if self.sponsor_id is not None:
            out.append(("Sponsor", str(self.sponsor_id)))
        if self.text.strip():
            out.append(("Text", self.text.strip()))
        return out


class RecordRow(NamedTuple):
    """One ballot a member cast.

    A named tuple rather than a frozen dataclass: a 30-year record builds thousands of these per
    call, and a tuple is built several times faster while staying immutable and typed.
    """

    ballot_id: int
    vote_id: int
    taken_on: date
    meeting_id: int
    body_name: str
    item_id: int
    item_number: str
    item_title: str
    matter_id: int | None
    matter_identifier: str
    motion_text: str
    option: BallotOption
    note: str
    result: VoteResult
    yes: int
    no: int

    @property
    def with_majority(self) -> bool | None:
        """True/False for a yes or no on the side with more votes; None otherwise (or on a tie)."""
        if self.option not in (BallotOption.YES, BallotOption.NO) or self.yes == self.no:
            return None
        majority = BallotOption.YES if self.yes > self.no else BallotOption.NO
        return self.option is majority


@dataclass(frozen=True)
class RecordPage:
    rows: tuple[RecordRow, ...]
    total: int
    offset: int


@dataclass(frozen=True)
class Recusal:
    taken_on: date
    meeting_id: int
    item_title: str
    reason: str


@dataclass(frozen=True)
class RecordSummary:
    person_id: int
    person_name: str
    counts: dict[BallotOption, int]
    ballots: int
    meetings_seated: int
    meetings_present: int
    decided: int  # yes/no ballots on votes that were not tied
    with_majority: int
    dissents: tuple[RecordRow, ...]
    recusals: tuple[Recusal, ...]

    @property
    def attendance_rate(self) -> float | None:
        return self.meetings_present / self.meetings_seated if self.meetings_seated else None

    @property
    def majority_share(self) -> float | None:
        return self.with_majority / self.decided if self.decided else None


@dataclass(frozen=True)
class AttendanceYear:
    year: int
    seated: int
    present: int
    absent: int
    excused: int


@dataclass(frozen=True)
class HistoryBallot:
    person_name: str
    option: BallotOption
    note: str


@dataclass(frozen=True)
class HistoryMotion:
    motion_id: int
    kind: MotionKind
    text: str
    disposition: MotionDisposition
    result: VoteResult | None
    yes: int
    no: int
    abstain: int
    ballots: tuple[HistoryBallot, ...]


@dataclass(frozen=True)
class HistoryStep:
    """One time a matter came before a body."""

    meeting_id: int
    meeting_on: date
    body_name: str
    item_id: int
    item_number: str
    item_title: str
    action_text: str
    stage: str  # introduced, referred, amended, adopted, failed, tabled, considered
    motions: tuple[HistoryMotion, ...]


@dataclass(frozen=True)
class MatterHistory:
    matter_id: int
    identifier: str
    title: str
    status: str
    steps: tuple[HistoryStep, ...]


@dataclass(frozen=True)
class SearchHit:
    source: str  # agenda item, matter, motion, speaker
    meeting_id: int | None
    item_id: int | None
    meeting_on: date | None
    body_name: str
    title: str
    snippet: str  # matched words between HIT_START and HIT_END
    rank: float

    def plain_snippet(self) -> str:
        return self.snippet.replace(HIT_START, "[").replace(HIT_END, "]")


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: tuple[SearchHit, ...] = ()
    message: str = ""  # a plain sentence when there is nothing to search for or nothing found
    engine: str = ""  # fts5, like, postgresql


@dataclass(frozen=True)
class AgreementMatrix:
    """Pairwise agreement on split votes: agree[i][j] of together[i][j] votes both cast yes/no."""

    person_ids: tuple[int, ...]
    names: tuple[str, ...]
    agree: tuple[tuple[int, ...], ...]
    together: tuple[tuple[int, ...], ...]
    split_votes: int
    date_from: date | None = None
    date_to: date | None = None
    body_name: str = ""
    made_at: datetime | None = field(default=None, compare=False)

    def share(self, i: int, j: int) -> float | None:
        n = self.together[i][j]
        return self.agree[i][j] / n if n else None
