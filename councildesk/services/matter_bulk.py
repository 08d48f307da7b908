"""Many matters at once, each table read once per batch: the DTOs get_matter and matter_history build."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import (
    AgendaItem,
    Ballot,
    Body,
    Matter,
    Meeting,
    Motion,
    Person,
    Vote,
)
from councildesk.domain.enums import BallotOption, MotionDisposition, MotionKind, VoteResult
from councildesk.services.dto import MatterDTO
from councildesk.services.meeting_record_service import matters_with_sponsors
from councildesk.services.voting_record_dto import HistoryBallot, HistoryMotion, HistoryStep, MatterHistory

# Ids per IN (...) list, well under every backend's limit on bound parameters.
CHUNK = 500


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    listed = sorted(set(ids))
    for start in range(0, len(listed), CHUNK):
        yield listed[start : start + CHUNK]


def matters_by_id(s: Session, ids: Iterable[int]) -> dict[int, MatterDTO]:
    """What matter_dto(s, matter) gives for each id (sponsors judged on any voting term)."""
    out: dict[int, MatterDTO] = {}
    for chunk in _chunks(ids):
        out |= matters_with_sponsors(s, chunk)
    return out


def histories_by_id(
    s: Session, ids: Iterable[int], stage: Callable[[tuple[HistoryMotion, ...], bool], str]
) -> dict[int, MatterHistory]:
    """What matter_history gives for each id; `stage` names what happened at a step."""
    out: dict[int, MatterHistory] = {}
    for chunk in _chunks(ids):
        # Columns, not objects, here and below: a website reads the path of every matter.
        items = s.execute(
            select(
                AgendaItem.id,
                AgendaItem.matter_id,
                AgendaItem.meeting_id,
                AgendaItem.number,
                AgendaItem.title,
                AgendaItem.action_text,
                Meeting.scheduled_start,
                Body.name,
            )
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .join(Body, Body.id == Meeting.body_id)
            .where(AgendaItem.matter_id.in_(chunk))
            .order_by(Meeting.scheduled_start, AgendaItem.id)
        ).all()
        motions = _motions_of(s, [item.id for item in items])
        steps: defaultdict[int, list[HistoryStep]] = defaultdict(list)
        for item in items:
            assert item.matter_id is not None
            its = motions.get(item.id, ())
            steps[item.matter_id].append(
                HistoryStep(
                    meeting_id=item.meeting_id,
                    meeting_on=item.scheduled_start.date(),
                    body_name=item.name,
                    item_id=item.id,
                    item_number=item.number,
                    item_title=item.title,
                    action_text=item.action_text,
                    stage=stage(its, not steps[item.matter_id]),
                    motions=its,
                )
            )
        for m in s.scalars(select(Matter).where(Matter.id.in_(chunk))):
            out[m.id] = MatterHistory(m.id, m.identifier, m.title, m.status.value, tuple(steps[m.id]))
    return out


def _motions_of(s: Session, item_ids: list[int]) -> dict[int, tuple[HistoryMotion, ...]]:
    """Each item's motions as a matter's history shows them, with the first vote on each."""
    by_item: defaultdict[int, list[MotionFacts]] = defaultdict(list)
    votes: dict[int, VoteFacts] = {}
    ballots: defaultdict[int, list[HistoryBallot]] = defaultdict(list)
    for chunk in _chunks(item_ids):
        for row in s.execute(
            select(Motion.id, Motion.agenda_item_id, Motion.kind, Motion.text, Motion.disposition)
            .where(Motion.agenda_item_id.in_(chunk))
            .order_by(Motion.position, Motion.id)
        ):
            by_item[row.agenda_item_id].append(row)
    motion_ids = [m.id for ms in by_item.values() for m in ms]
    for chunk in _chunks(motion_ids):
        for vote in s.execute(
            select(Vote.id, Vote.motion_id, Vote.result, Vote.yes_count, Vote.no_count, Vote.abstain_count)
            .where(Vote.motion_id.in_(chunk))
            .order_by(Vote.id)
        ):
            votes.setdefault(vote.motion_id, vote)
    for chunk in _chunks(v.id for v in votes.values()):
        for vote_id, name, option, note in s.execute(
            select(Ballot.vote_id, Person.display_name, Ballot.option, Ballot.note)
            .join(Person, Person.id == Ballot.person_id)
            .where(Ballot.vote_id.in_(chunk))
            .order_by(Ballot.id)
        ):
            ballots[vote_id].append(HistoryBallot(name, option, note))
    out = {}
    for item_id, motions in by_item.items():
        made = []
        for motion in motions:
            first = votes.get(motion.id)
            made.append(history_motion(motion, first, tuple(ballots[first.id]) if first is not None else ()))
        out[item_id] = tuple(made)
    return out


class MotionFacts(Protocol):
    """What a matter's path shows of a motion: a Motion, or a row of those columns."""

    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> MotionKind: ...
    @property
    def text(self) -> str: ...
    @property
    def disposition(self) -> MotionDisposition: ...


class VoteFacts(Protocol):
    """What a matter's path shows of a vote: a Vote, or a row of those columns."""

    @property
    def id(self) -> int: ...
    @property
    def result(self) -> VoteResult: ...
    @property
    def yes_count(self) -> int | None: ...
    @property
    def no_count(self) -> int | None: ...
    @property
    def abstain_count(self) -> int | None: ...


def history_motion(
    motion: MotionFacts, vote: VoteFacts | None, ballots: tuple[HistoryBallot, ...]
) -> HistoryMotion:
    """A motion on a matter's path: its counts from the ballots when the roll was kept, else as recorded."""
    yes = no = abstain = 0
    if vote is not None and ballots:
        yes = sum(b.option is BallotOption.YES for b in ballots)
        no = sum(b.option is BallotOption.NO for b in ballots)
        abstain = sum(b.option is BallotOption.ABSTAIN for b in ballots)
    elif vote is not None:
        yes, no, abstain = vote.yes_count or 0, vote.no_count or 0, vote.abstain_count or 0
    return HistoryMotion(
        motion.id,
        motion.kind,
        motion.text,
        motion.disposition,
        vote.result if vote else None,
        yes,
        no,
        abstain,
        ballots,
    )
