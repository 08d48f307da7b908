"""Votes: unanimous in one call, roll calls with one ballot per member, voice votes with counts.

The result is computed from the rules; a result the clerk declares that disagrees with the
arithmetic is kept as declared and reported as a warning, never silently changed.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.engine import Database
from councildesk.db.models import AgendaItem, Ballot, Body, Meeting, Motion, Person, Vote
from councildesk.domain.enums import (
    AttendanceStatus,
    BallotOption,
    MotionDisposition,
    VoteMethod,
    VoteResult,
)
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.domain.rules import (
    BodySize,
    Tally,
    Threshold,
    declared_result_warning,
    is_unanimous,
    outcome,
)
from councildesk.services import audit
from councildesk.services.approval_guard import ensure_not_approving
from councildesk.services.body_service import body_size_on
from councildesk.services.consent_agenda import adopt_consent_items, undo_consent_adoption
from councildesk.services.dto import BallotDTO, VoteDTO
from councildesk.services.eligibility import Roll, absence_option, away_at, roll_of
from councildesk.services.guards import day_of, ensure_editable, fetch
from councildesk.services.meeting_clock import stamp

BallotInput = BallotOption | str | tuple[BallotOption | str, str]
NOT_THERE = {BallotOption.ABSENT, BallotOption.EXCUSED}


def vote_dto(s: Session, v: Vote) -> VoteDTO:
    rows = s.execute(
        select(Ballot, Person.display_name)
        .join(Person, Person.id == Ballot.person_id)
        .where(Ballot.vote_id == v.id)
        .order_by(Ballot.id)
    ).all()
    motion = fetch(s, Motion, v.motion_id)
    meeting = fetch(s, Meeting, fetch(s, AgendaItem, motion.agenda_item_id).meeting_id)
    size = body_size_on(s, fetch(s, Body, meeting.body_id), meeting.scheduled_start.date())
    return vote_dto_from(v, [BallotDTO(b.person_id, name, b.option, b.note) for b, name in rows], size)


def vote_dto_from(v: Vote, ballots: Sequence[BallotDTO], size: BodySize) -> VoteDTO:
    """The DTO of `v` from its ballots (in id order) and the body's size on the meeting day.

    Shared by vote_dto and the whole-meeting loader, which reads ballots for many votes at once.
    """
    tally = _tally(v, [b.option for b in ballots])
    threshold = Threshold(v.threshold_fraction, v.threshold_base)
    computed = outcome(threshold, tally, size)
    return VoteDTO(
        id=v.id,
        motion_id=v.motion_id,
        method=v.method,
        threshold=threshold,
        result=v.result,
        computed_result=computed,
        declared_result=v.declared_result,
        tally=tally,
        ballots=tuple(ballots),
        taken_at=v.taken_at,
        warning=declared_result_warning(v.declared_result, computed, threshold, tally),
        # Unanimous: every member present voted yes (nobody recused or answered "present").
        unanimous=is_unanimous(tally) and tally.recused == 0 and tally.present == 0,
    )


def _tally(v: Vote, options: Sequence[BallotOption]) -> Tally:
    """From the ballots when there are any; a voice or show-of-hands vote keeps its stored counts."""
    if options:
        return Tally.from_options(options)
    return Tally(yes=v.yes_count or 0, no=v.no_count or 0, abstain=v.abstain_count or 0)


def vote_tallies(s: Session, vote_ids: Collection[int]) -> dict[int, Tally]:
    """Each vote's tally as `vote_dto` counts it, for many votes in two queries (votes not found
    are left out)."""
    if not vote_ids:
        return {}
    options: dict[int, list[BallotOption]] = {}
    for vote_id, option in s.execute(
        select(Ballot.vote_id, Ballot.option)
        .join(Person, Person.id == Ballot.person_id)
        .where(Ballot.vote_id.in_(vote_ids))
        .order_by(Ballot.id)
    ):
        options.setdefault(vote_id, []).append(option)
    return {
        v.id: _tally(v, options.get(v.id, [])) for v in s.scalars(select(Vote).where(Vote.id.in_(vote_ids)))
    }


def _normalise(entry: BallotInput) -> tuple[BallotOption, str]:
    if isinstance(entry, tuple):
        option, note = entry
    else:
        option, note = entry, ""
    try:
        return BallotOption(option), (note or "").strip()
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("services", "'{option}' is not a ballot option."), option=option
        ) from None


def remote_members(roll: Roll) -> list[str]:
    """Names of the members taking part remotely: with any of them, every vote is a roll call."""
    return [m.person_name for m in roll.members if m.status is AttendanceStatus.REMOTE]


def _refuse_with_remote_members(roll: Roll, what: str) -> None:
    remote = remote_members(roll)
    if remote:
        who = remote[0] if len(remote) == 1 else f"{', '.join(remote[:-1])} and {remote[-1]}"
        verb = "takes" if len(remote) == 1 else "take"
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services",
                "{who} {verb} part remotely, so the law wants every vote by roll call; "
                "record this one as a roll call instead of {what}.",
            ),
            who=who,
            verb=verb,
            what=what,
        )


class VoteService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- recording ----------------------------------------------------------------------
    def record_unanimous(
        self,
        motion_id: int,
        *,
        threshold: Threshold | None = None,
        taken_at: datetime | None = None,
        method: VoteMethod = VoteMethod.UNANIMOUS_CONSENT,
    ) -> VoteDTO:
        """A yes for every present voting member; absent and excused members are recorded as such."""
        with self.db.transaction() as s:
            motion, roll = self._open(s, motion_id)
            _refuse_with_remote_members(roll, "a unanimous vote")
            if not roll.present:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "Record attendance first: no voting member is marked present."
                    )
                )
            when = roll.moment(taken_at)
            in_room = roll.present_at(when)
            if not in_room:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "No voting member is recorded as in the room at {when:%H:%M}."
                    ),
                    when=when,
                )
            ballots = {
                m.person_id: (
                    BallotOption.YES if m in in_room else BallotOption(absence_option(m.status)),
                    "",
                )
                for m in roll.members
            }
            return self._store(s, motion, roll, method, ballots, threshold, None, taken_at)

    def record_roll_call(
        self,
        motion_id: int,
        ballots: Mapping[int, BallotInput],
        *,
        threshold: Threshold | None = None,
        declared_result: VoteResult | None = None,
        taken_at: datetime | None = None,
    ) -> VoteDTO:
        """One ballot for every voting member seated that day; recusals need a reason."""
        normalised = {person_id: _normalise(entry) for person_id, entry in ballots.items()}
        with self.db.transaction() as s:
            motion, roll = self._open(s, motion_id)
            when = roll.moment(taken_at)
            expected = {m.person_id for m in roll.members}
            for person_id in normalised:
                if person_id not in expected:
                    name = fetch(s, Person, person_id).display_name
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "services",
                            "{name} is not a voting member of {body_name} on {long_date} and cannot vote.",
                        ),
                        name=name,
                        body_name=roll.body.name,
                        long_date=day_of(roll.meeting.scheduled_start),
                    )
            missing = [m.person_name for m in roll.members if m.person_id not in normalised]
            if missing:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "The roll call has no vote for {value}."),
                    value=", ".join(missing),
                )
            for member in roll.members:
                option, note = normalised[member.person_id]
                not_there = member.status in (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)
                if not_there and option not in NOT_THERE:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "services", "{person_name} is recorded as {value} and cannot vote {option_value}."
                        ),
                        person_name=member.person_name,
                        value=member.status.value if member.status else "",
                        option_value=option.value,
                    )
                present = member.status is not None and not not_there
                away = away_at(member, when) if present and when is not None else None
                if away and option not in NOT_THERE:
                    raise UserError(
                        QT_TRANSLATE_NOOP("services", "{person_name} {away} and cannot vote {option_value}."),
                        person_name=member.person_name,
                        away=away,
                        option_value=option.value,
                    )
                if option is BallotOption.RECUSED and not note:
                    raise UserError(
                        QT_TRANSLATE_NOOP("services", "Give the reason {person_name} is recused."),
                        person_name=member.person_name,
                    )
                if option is BallotOption.OTHER and not note:
                    # 'Other' means only what its note says: the words another system recorded.
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "services", "Give the words {person_name}'s vote was recorded in ('other')."
                        ),
                        person_name=member.person_name,
                    )
            return self._store(
                s, motion, roll, VoteMethod.ROLL_CALL, normalised, threshold, declared_result, taken_at
            )

    def record_voice_vote(
        self,
        motion_id: int,
        yes: int,
        no: int,
        abstain: int = 0,
        *,
        threshold: Threshold | None = None,
        declared_result: VoteResult | None = None,
        taken_at: datetime | None = None,
        method: VoteMethod = VoteMethod.VOICE,
    ) -> VoteDTO:
        if min(yes, no, abstain) < 0:
            raise UserError(QT_TRANSLATE_NOOP("services", "Vote counts cannot be negative."))
        if method in (VoteMethod.ROLL_CALL, VoteMethod.UNANIMOUS_CONSENT):
            raise ValueError("use record_roll_call or record_unanimous for that method")
        with self.db.transaction() as s:
            motion, roll = self._open(s, motion_id)
            _refuse_with_remote_members(roll, f"a {method.value.replace('_', ' ')} vote")
            counted, present = yes + no + abstain, len(roll.present_at(roll.moment(taken_at)))
            if roll.attendance_recorded and counted > present:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "{counted} votes were counted but only {present} voting members are present.",
                    ),
                    counted=counted,
                    present=present,
                )
            threshold = threshold or Threshold(
                roll.body.default_threshold_fraction, roll.body.default_threshold_base
            )
            tally = Tally(yes=yes, no=no, abstain=abstain)
            computed = outcome(threshold, tally, roll.size)
            vote = Vote(
                motion_id=motion.id,
                method=method,
                threshold_fraction=threshold.fraction,
                threshold_base=threshold.base,
                result=declared_result or computed,
                declared_result=declared_result,
                yes_count=yes,
                no_count=no,
                abstain_count=abstain,
                taken_at=stamp(s, roll.meeting, taken_at),
            )
            audit.created(s, vote)
            self._settle_motion(s, motion, vote.result)
            return vote_dto(s, vote)

    def delete_vote(self, vote_id: int) -> None:
        """Remove a vote and its ballots (for undo or a vote recorded by mistake)."""
        with self.db.transaction() as s:
            vote = fetch(s, Vote, vote_id)
            motion = fetch(s, Motion, vote.motion_id)
            ensure_editable(s, fetch(s, AgendaItem, motion.agenda_item_id).meeting_id)
            ensure_not_approving(s, vote_id=vote_id)
            for ballot in s.scalars(select(Ballot).where(Ballot.vote_id == vote_id)):
                s.delete(ballot)
            audit.deleted(s, vote)
            # Only the dispositions a vote sets (see _settle_motion) go back to pending.
            if motion.disposition in (
                MotionDisposition.ADOPTED,
                MotionDisposition.ADOPTED_AS_AMENDED,
                MotionDisposition.FAILED,
            ):
                undo_consent_adoption(s, motion)
                audit.updated(s, motion, {"disposition": MotionDisposition.PENDING})

    def get_vote(self, vote_id: int) -> VoteDTO:
        with self.db.reading() as s:
            return vote_dto(s, fetch(s, Vote, vote_id))

    def preview(
        self, motion_id: int, ballots: Mapping[int, BallotInput], threshold: Threshold | None = None
    ) -> tuple[Tally, VoteResult]:
        """The live tally and computed result of ballots not yet recorded (for the roll-call screen)."""
        with self.db.reading() as s:
            _motion, roll = self._open(s, motion_id, check_vote=False)
            threshold = threshold or Threshold(
                roll.body.default_threshold_fraction, roll.body.default_threshold_base
            )
            tally = Tally.from_options(_normalise(b)[0] for b in ballots.values())
            return tally, outcome(threshold, tally, roll.size)

    # -- internals ----------------------------------------------------------------------
    @staticmethod
    def _open(s: Session, motion_id: int, check_vote: bool = True) -> tuple[Motion, Roll]:
        motion = fetch(s, Motion, motion_id)
        item = fetch(s, AgendaItem, motion.agenda_item_id)
        ensure_editable(s, item.meeting_id)
        if check_vote and s.scalar(select(Vote.id).where(Vote.motion_id == motion_id)) is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services",
                    "This motion already has a recorded vote; delete that vote first to record it again.",
                )
            )
        return motion, roll_of(s, item.meeting_id)

    def _store(
        self,
        s: Session,
        motion: Motion,
        roll: Roll,
        method: VoteMethod,
        ballots: Mapping[int, tuple[BallotOption, str]],
        threshold: Threshold | None,
        declared_result: VoteResult | None,
        taken_at: datetime | None,
    ) -> VoteDTO:
        threshold = threshold or Threshold(
            roll.body.default_threshold_fraction, roll.body.default_threshold_base
        )
        tally = Tally.from_options(option for option, _ in ballots.values())
        computed = outcome(threshold, tally, roll.size)
        vote = Vote(
            motion_id=motion.id,
            method=method,
            threshold_fraction=threshold.fraction,
            threshold_base=threshold.base,
            result=declared_result or computed,
            declared_result=declared_result,
            taken_at=stamp(s, roll.meeting, taken_at),
        )
        audit.created(s, vote)
        for member in roll.members:  # roll order, so ballots read back in roll order
            option, note = ballots[member.person_id]
            s.add(Ballot(vote_id=vote.id, person_id=member.person_id, option=option, note=note))
        s.flush()
        audit.record(
            s, "ballots", vote, None, {str(pid): [opt.value, note] for pid, (opt, note) in ballots.items()}
        )
        self._settle_motion(s, motion, vote.result)
        # Built from what was just written, in roll order, rather than read back.
        stored = [BallotDTO(m.person_id, m.person_name, *ballots[m.person_id]) for m in roll.members]
        return vote_dto_from(vote, stored, roll.size)

    @staticmethod
    def _settle_motion(s: Session, motion: Motion, result: VoteResult) -> None:
        """A pending motion takes the vote's outcome; an explicit disposition is left alone."""
        if motion.disposition is not MotionDisposition.PENDING:
            return
        if result is VoteResult.FAIL:
            disposition = MotionDisposition.FAILED
        else:
            amended = s.scalar(
                select(Motion.id).where(
                    Motion.parent_motion_id == motion.id,
                    Motion.disposition.in_([MotionDisposition.ADOPTED, MotionDisposition.ADOPTED_AS_AMENDED]),
                )
            )
            disposition = MotionDisposition.ADOPTED_AS_AMENDED if amended else MotionDisposition.ADOPTED
        audit.updated(s, motion, {"disposition": disposition})
        adopt_consent_items(s, motion)
