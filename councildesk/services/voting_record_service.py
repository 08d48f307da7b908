"""Voting records: every ballot a member cast, summaries, matter histories, search and who votes with whom.

Only votes with ballots count: roll calls and unanimous votes (which store a yes for every member
present). Voice votes and shows of hands record counts without names, so they appear in no
member's record and count neither for nor against anyone.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, String, and_, case, cast, exists, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from councildesk.db.engine import Database
from councildesk.db.models import (
    AgendaItem,
    Attendance,
    Ballot,
    Body,
    Matter,
    Meeting,
    Membership,
    Motion,
    Person,
    Sponsorship,
    Vote,
)
from councildesk.domain.enums import (
    AttendanceStatus,
    BallotOption,
    MinutesStatus,
    MotionDisposition,
    MotionKind,
    VoteResult,
)
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services.full_text_search import search as run_search
from councildesk.services.guards import fetch
from councildesk.services.voting_record_dto import (
    AgreementMatrix,
    AttendanceYear,
    HistoryBallot,
    HistoryMotion,
    HistoryStep,
    MatterHistory,
    RecordFilter,
    RecordPage,
    RecordRow,
    RecordSort,
    RecordSummary,
    Recusal,
    SearchResults,
)

MAX_PAGE = 1000
PRESENT_STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.REMOTE)
VOTED = (BallotOption.YES, BallotOption.NO)
_OPTIONS = {o.value: o for o in BallotOption}
_RESULTS = {r.value: r for r in VoteResult}


def _day(start: Any) -> date:
    """The day of a meeting start as the driver returns it: a datetime (PostgreSQL) or ISO text (SQLite)."""
    return start.date() if isinstance(start, datetime) else datetime.fromisoformat(str(start)).date()


def _count_of(option: BallotOption) -> Any:
    """Correlated count of one option on the outer row's vote (uses ix_ballot_vote_option)."""
    other = aliased(Ballot)
    return (
        # count(*), not count(id): SQLite then answers from the covering index without testing
        # each entry for NULL (a fifth faster over a 30-year record).
        select(func.count())
        .select_from(other)
        .where(other.vote_id == Ballot.vote_id, other.option == option)
        .correlate(Ballot)
        .scalar_subquery()
    )


def _day_of(s: Session, column: Any) -> Any:
    """The calendar day of a timestamp column, comparable with Date columns on either dialect."""
    return cast(column, Date) if s.get_bind().dialect.name == "postgresql" else func.date(column)


def _range_conditions(flt: RecordFilter) -> list[Any]:
    cond: list[Any] = []
    if flt.date_from is not None:
        cond.append(Meeting.scheduled_start >= datetime.combine(flt.date_from, time.min))
    if flt.date_to is not None:
        cond.append(Meeting.scheduled_start < datetime.combine(flt.date_to + timedelta(days=1), time.min))
    if flt.body_id is not None:
        cond.append(Meeting.body_id == flt.body_id)
    return cond


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class VotingRecordService:
    """Read-only queries over ballots; nothing here writes to the database."""

    def __init__(self, db: Database, *, force_like_search: bool = False) -> None:
        self.db = db
        self.force_like_search = force_like_search  # for tests of the fallback path

    # -- people ----------------------------------------------------------------------------
    def find_member(self, who: str) -> tuple[int, str]:
        """A person by id or by (part of) their name; refuses an unknown or ambiguous name."""
        who = who.strip()
        with self.db.reading() as s:
            if who.isdigit():
                person = fetch(s, Person, int(who))
                return person.id, person.display_name
            exact = s.execute(
                select(Person.id, Person.display_name).where(func.lower(Person.display_name) == who.lower())
            ).all()
            if len(exact) == 1:
                return exact[0][0], exact[0][1]
            like = f"%{_escape_like(who.lower())}%"
            rows = s.execute(
                select(Person.id, Person.display_name)
                .where(func.lower(Person.display_name).like(like, escape="\\"))
                .where(exists().where(Ballot.person_id == Person.id))
                .order_by(Person.display_name)
                .limit(6)
            ).all()
        if not who or not rows:
            raise UserError(
                QT_TRANSLATE_NOOP("services", "No member who has voted is called {who!r}."), who=who
            )
        if len(rows) > 1:
            names = ", ".join(r[1] for r in rows[:5])
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services", "{who!r} matches several members ({names}); give more of the name or the id."
                ),
                who=who,
                names=names,
            )
        return rows[0][0], rows[0][1]

    def voters(self) -> list[tuple[int, str]]:
        """Everyone with at least one ballot, by name (for the member picker)."""
        with self.db.reading() as s:
            rows = s.execute(
                select(Person.id, Person.display_name)
                .where(exists().where(Ballot.person_id == Person.id))
                .order_by(Person.display_name)
            ).all()
            return [(r[0], r[1]) for r in rows]

    # -- a member's record -------------------------------------------------------------------
    def _base(self, person_id: int, flt: RecordFilter) -> Any:
        yes, no = _count_of(BallotOption.YES), _count_of(BallotOption.NO)
        query = (
            # The start and the two enums come back raw (type_coerce skips SQLAlchemy's per-value
            # processors): _rows turns them into a day and enum members with a dict look-up each.
            select(
                Ballot.id,
                Ballot.vote_id,
                type_coerce(Meeting.scheduled_start, String),
                Meeting.id,
                Body.name,
                AgendaItem.id,
                AgendaItem.number,
                AgendaItem.title,
                Matter.id,
                Matter.identifier,
                Motion.text,
                type_coerce(Ballot.option, String),
                Ballot.note,
                type_coerce(Vote.result, String),
                yes.label("yes"),
                no.label("no"),
            )
            .select_from(Ballot)
            .join(Vote, Vote.id == Ballot.vote_id)
            .join(Motion, Motion.id == Vote.motion_id)
            .join(AgendaItem, AgendaItem.id == Motion.agenda_item_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .join(Body, Body.id == Meeting.body_id)
            .outerjoin(Matter, Matter.id == AgendaItem.matter_id)
            .where(Ballot.person_id == person_id, *self._conditions(flt))
        )
        return query

    @staticmethod
    def _conditions(flt: RecordFilter) -> list[Any]:
        cond = _range_conditions(flt)
        if flt.option is not None:
            cond.append(Ballot.option == flt.option)
        if flt.result is not None:
            cond.append(Vote.result == flt.result)
        if flt.matter_kind is not None:
            cond.append(Matter.kind == flt.matter_kind)
        if flt.sponsor_id is not None:
            cond.append(
                exists().where(
                    Sponsorship.matter_id == AgendaItem.matter_id, Sponsorship.person_id == flt.sponsor_id
                )
            )
        haystack = func.lower(
            AgendaItem.title
            + " "
            + Motion.text
            + " "
            + func.coalesce(Matter.identifier, "")
            + " "
            + func.coalesce(Matter.title, "")
        )
        for word in flt.text.lower().split():
            cond.append(haystack.like(f"%{_escape_like(word)}%", escape="\\"))
        return cond

    @staticmethod
    def _rows(s: Session, query: Any) -> list[RecordRow]:
        """RecordRows from `_base` rows, run on the Core connection (no ORM result machinery).

        A 30-year record is thousands of rows: conversion is kept to tuple unpacking and dict
        look-ups, and each meeting's day is worked out once.
        """
        days: dict[Any, date] = {}
        out: list[RecordRow] = []
        append = out.append
        for (
            ballot_id,
            vote_id,
            start,
            meeting_id,
            body_name,
            item_id,
            item_number,
            item_title,
            matter_id,
            matter_identifier,
            motion_text,
            option,
            note,
            result,
            yes,
            no,
        ) in s.connection().execute(query):
            day = days.get(start)
            if day is None:
                day = days[start] = _day(start)
            append(
                RecordRow(
                    ballot_id,
                    vote_id,
                    day,
                    meeting_id,
                    body_name,
                    item_id,
                    item_number,
                    item_title,
                    matter_id,
                    matter_identifier or "",
                    motion_text,
                    _OPTIONS[option],
                    note or "",
                    _RESULTS[result],
                    int(yes),
                    int(no),
                )
            )
        return out

    def _filtered(self, person_id: int, flt: RecordFilter, *columns: Any, placed: bool = False) -> Any:
        """`columns` of the person's ballots that pass the filter.

        Without filters (and `placed` False) the ballot index alone answers, without joining
        the meeting chain, which is most of the cost for a member with thousands of ballots.
        """
        query = select(*columns).select_from(Ballot).where(Ballot.person_id == person_id)
        if not placed and flt == RecordFilter(text=flt.text) and not flt.text.strip():
            return query
        return (
            query.join(Vote, Vote.id == Ballot.vote_id)
            .join(Motion, Motion.id == Vote.motion_id)
            .join(AgendaItem, AgendaItem.id == Motion.agenda_item_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .outerjoin(Matter, Matter.id == AgendaItem.matter_id)
            .where(*self._conditions(flt))
        )

    def _rows_by_id(self, s: Session, person_id: int, ids: list[int]) -> tuple[RecordRow, ...]:
        """Full rows (with tallies) for these ballot ids, in the order given."""
        if not ids:
            return ()
        found = {
            row.ballot_id: row
            for row in self._rows(s, self._base(person_id, RecordFilter()).where(Ballot.id.in_(ids)))
        }
        return tuple(found[i] for i in ids if i in found)

    def record_page(
        self,
        person_id: int,
        flt: RecordFilter | None = None,
        *,
        sort: RecordSort = RecordSort.DATE,
        descending: bool = True,
        offset: int = 0,
        limit: int = 100,
    ) -> RecordPage:
        """One page of a member's ballots, sorted and filtered in SQL, with the total count."""
        flt = flt or RecordFilter()
        if offset < 0 or not 0 < limit <= MAX_PAGE:
            raise UserError(
                QT_TRANSLATE_NOOP("services", "A page holds 1 to {most} rows from offset 0 up."),
                most=MAX_PAGE,
            )
        key = {
            RecordSort.DATE: Meeting.scheduled_start,
            RecordSort.TITLE: AgendaItem.title,
            RecordSort.MATTER: Matter.identifier,
            RecordSort.OPTION: Ballot.option,
            RecordSort.RESULT: Vote.result,
        }[RecordSort(sort)]
        direction = key.desc() if descending else key.asc()
        # Within a meeting, votes follow the order they were taken.
        ties = (
            (Meeting.scheduled_start.desc(), Ballot.vote_id.desc())
            if descending
            else (Meeting.scheduled_start, Ballot.vote_id)
        )
        with self.db.reading() as s:
            fetch(s, Person, person_id)
            # Sort and cut the page on bare ids first: SQLite would otherwise work out the vote
            # tallies of every ballot before sorting, not just of the page's rows.
            ids = list(
                s.scalars(
                    self._filtered(person_id, flt, Ballot.id, placed=True)
                    .order_by(direction, *ties, Ballot.id)
                    .offset(offset)
                    .limit(limit)
                )
            )
            rows = self._rows_by_id(s, person_id, ids)
            total = self._count(s, person_id, flt)
        return RecordPage(rows, total, offset)

    def record_count(self, person_id: int, flt: RecordFilter | None = None) -> int:
        with self.db.reading() as s:
            return self._count(s, person_id, flt or RecordFilter())

    def _count(self, s: Session, person_id: int, flt: RecordFilter) -> int:
        return int(s.scalar(self._filtered(person_id, flt, func.count(Ballot.id))) or 0)

    def full_record(self, person_id: int, flt: RecordFilter | None = None) -> list[RecordRow]:
        """Every matching ballot, oldest first (for exports)."""
        with self.db.reading() as s:
            fetch(s, Person, person_id)
            query = self._base(person_id, flt or RecordFilter()).order_by(Meeting.scheduled_start, Ballot.id)
            return self._rows(s, query)

    def summary(self, person_id: int, flt: RecordFilter | None = None) -> RecordSummary:
        """Counts per option, attendance, share with the majority, dissents and recusals."""
        flt = flt or RecordFilter()
        with self.db.reading() as s:
            person_name = fetch(s, Person, person_id).display_name
            counts = dict.fromkeys(BallotOption, 0)
            for option_value, n in s.execute(
                self._filtered(person_id, flt, Ballot.option, func.count()).group_by(Ballot.option)
            ):
                counts[BallotOption(option_value)] = int(n)
            # Each yes/no ballot with its vote's yes and no counts: two index seeks per ballot
            # (ix_ballot_vote_option), cheaper than grouping every ballot of every vote.
            tallied = s.execute(
                self._filtered(
                    person_id,
                    flt,
                    Ballot.id,
                    Ballot.option,
                    _count_of(BallotOption.YES),
                    _count_of(BallotOption.NO),
                ).where(Ballot.option.in_(VOTED))
            ).all()
            yes_value = BallotOption.YES.value
            decided = with_majority = 0
            dissent_ids: list[int] = []
            for ballot_id, option_value, yes, no in tallied:
                if yes == no:
                    continue  # a tie has no majority side
                decided += 1
                if (option_value == yes_value) == (yes > no):
                    with_majority += 1
                else:
                    dissent_ids.append(ballot_id)
            recusal_ids = list(
                s.scalars(
                    self._filtered(person_id, flt, Ballot.id).where(Ballot.option == BallotOption.RECUSED)
                )
            )
            dissents = _by_date(self._rows_by_id(s, person_id, dissent_ids))
            recusals = tuple(
                Recusal(r.taken_on, r.meeting_id, r.item_title, r.note)
                for r in _by_date(self._rows_by_id(s, person_id, recusal_ids))
            )
            seated, present = self._attendance_counts(s, person_id, flt)
        return RecordSummary(
            person_id=person_id,
            person_name=person_name,
            counts=counts,
            ballots=sum(counts.values()),
            meetings_seated=seated,
            meetings_present=present,
            decided=decided,
            with_majority=with_majority,
            dissents=dissents,
            recusals=recusals,
        )

    def _seated_meetings(self, s: Session, person_id: int, flt: RecordFilter) -> Any:
        """Meetings held (attendance taken) while the person held a voting seat on that body."""
        day = _day_of(s, Meeting.scheduled_start)
        taken = aliased(Attendance)
        held = exists().where(taken.meeting_id == Meeting.id).correlate(Meeting)
        # Driven from the person's few memberships, then each body's meetings by index.
        seated = (
            select(Meeting.id)
            .join(
                Membership,
                and_(
                    Membership.body_id == Meeting.body_id,
                    Membership.person_id == person_id,
                    Membership.voting.is_(True),
                    Membership.start_date <= day,
                    or_(Membership.end_date.is_(None), Membership.end_date >= day),
                ),
            )
            .where(held, *_range_conditions(flt))
        )
        return (
            select(
                Meeting.id.label("meeting_id"),
                Meeting.scheduled_start.label("start"),
                Attendance.status.label("status"),
            )
            .select_from(Meeting)
            .outerjoin(
                Attendance, and_(Attendance.meeting_id == Meeting.id, Attendance.person_id == person_id)
            )
            .where(Meeting.id.in_(seated))
        )

    def _attendance_counts(self, s: Session, person_id: int, flt: RecordFilter) -> tuple[int, int]:
        sub = self._seated_meetings(s, person_id, flt).subquery()
        present = case((sub.c.status.in_([st.value for st in PRESENT_STATUSES]), 1), else_=0)
        seated, here = s.execute(
            select(func.count(), func.coalesce(func.sum(present), 0)).select_from(sub)
        ).one()
        return int(seated), int(here)

    def attendance_history(
        self, person_id: int, flt: RecordFilter | None = None, *, approved_only: bool = False
    ) -> list[AttendanceYear]:
        """Per calendar year: meetings seated, present (in person or remote), absent, excused.

        `approved_only` counts only meetings whose minutes are approved (what the public site may show:
        a draft's roll may still be corrected)."""
        with self.db.reading() as s:
            fetch(s, Person, person_id)
            seated = self._seated_meetings(s, person_id, flt or RecordFilter())
            if approved_only:
                seated = seated.where(Meeting.minutes_status == MinutesStatus.APPROVED)
            rows = s.execute(seated).all()
        years: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for _mid, start, status in rows:
            when = start if isinstance(start, datetime) else datetime.fromisoformat(str(start))
            tally = years[when.year]
            tally[0] += 1
            if status in PRESENT_STATUSES:
                tally[1] += 1
            elif status == AttendanceStatus.EXCUSED:
                tally[3] += 1
            else:
                tally[2] += 1  # recorded absent, or not recorded at a meeting that was held
        return [AttendanceYear(y, *years[y]) for y in sorted(years)]

    # -- a matter's path -----------------------------------------------------------------------
    def matter_history(self, matter_id: int) -> MatterHistory:
        """Every time the matter came before a body, oldest first, with each motion and vote on it."""
        with self.db.reading() as s:
            matter = fetch(s, Matter, matter_id)
            heading = (matter.id, matter.identifier, matter.title, matter.status.value)
            items = s.execute(
                select(AgendaItem, Meeting.scheduled_start, Body.name)
                .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .join(Body, Body.id == Meeting.body_id)
                .where(AgendaItem.matter_id == matter_id)
                .order_by(Meeting.scheduled_start, AgendaItem.id)
            ).all()
            steps = []
            for index, (item, start, body_name) in enumerate(items):
                motions = self._history_motions(s, item.id)
                steps.append(
                    HistoryStep(
                        meeting_id=item.meeting_id,
                        meeting_on=start.date(),
                        body_name=body_name,
                        item_id=item.id,
                        item_number=item.number,
                        item_title=item.title,
                        action_text=item.action_text,
                        stage=_stage(motions, first=index == 0),
                        motions=motions,
                    )
                )
            return MatterHistory(*heading, tuple(steps))

    def matter_histories(self, matter_ids: list[int]) -> dict[int, MatterHistory]:
        """matter_history of each id (unknown ids left out), reading each table once per few hundred."""
        from councildesk.services.matter_bulk import histories_by_id

        with self.db.reading() as s:
            return histories_by_id(s, matter_ids, lambda motions, first: _stage(motions, first=first))

    @staticmethod
    def _history_motions(s: Session, item_id: int) -> tuple[HistoryMotion, ...]:
        from councildesk.services.matter_bulk import history_motion

        out = []
        for motion in s.scalars(
            select(Motion).where(Motion.agenda_item_id == item_id).order_by(Motion.position, Motion.id)
        ):
            vote = s.scalars(select(Vote).where(Vote.motion_id == motion.id)).first()
            ballots: tuple[HistoryBallot, ...] = ()
            if vote is not None:
                rows = s.execute(
                    select(Person.display_name, Ballot.option, Ballot.note)
                    .join(Person, Person.id == Ballot.person_id)
                    .where(Ballot.vote_id == vote.id)
                    .order_by(Ballot.id)
                ).all()
                ballots = tuple(HistoryBallot(n, o, note) for n, o, note in rows)
            out.append(history_motion(motion, vote, ballots))
        return tuple(out)

    # -- search ----------------------------------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> SearchResults:
        """Ranked hits with snippets over items, matters, motions and speakers; never raises on odd input."""
        with self.db.reading() as s:
            return run_search(s, query, limit, force_like=self.force_like_search)

    # -- who votes with whom ------------------------------------------------------------------
    def agreement(
        self,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        body_id: int | None = None,
        approved_only: bool = False,
    ) -> AgreementMatrix:
        """On split votes (at least one yes and one no), how often each pair voted the same way.

        A pair counts on a vote only when both cast yes or no; abstentions, absences,
        recusals and "present" leave the pair out of that vote. `approved_only` counts only
        meetings whose minutes are approved (what the public site may show).
        """
        flt = RecordFilter(date_from=date_from, date_to=date_to, body_id=body_id)
        approved = [Meeting.minutes_status == MinutesStatus.APPROVED] if approved_only else []
        b1, b2 = aliased(Ballot), aliased(Ballot)
        with self.db.reading() as s:
            body_name = fetch(s, Body, body_id).name if body_id is not None else ""
            split = (
                select(Ballot.vote_id)
                .join(Vote, Vote.id == Ballot.vote_id)
                .join(Motion, Motion.id == Vote.motion_id)
                .join(AgendaItem, AgendaItem.id == Motion.agenda_item_id)
                .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .where(Ballot.option.in_(VOTED), *_range_conditions(flt), *approved)
                .group_by(Ballot.vote_id)
                .having(func.count(func.distinct(Ballot.option)) == 2)
            ).subquery()
            split_votes = int(s.scalar(select(func.count()).select_from(split)) or 0)
            pairs = s.execute(
                select(
                    b1.person_id,
                    b2.person_id,
                    func.sum(case((b1.option == b2.option, 1), else_=0)),
                    func.count(),
                )
                .select_from(split)
                .join(b1, b1.vote_id == split.c.vote_id)
                .join(b2, and_(b2.vote_id == split.c.vote_id, b2.person_id > b1.person_id))
                .where(b1.option.in_(VOTED), b2.option.in_(VOTED))
                .group_by(b1.person_id, b2.person_id)
            ).all()
            people = sorted({p for a, b, _, _ in pairs for p in (a, b)})
            names = dict(s.execute(select(Person.id, Person.display_name).where(Person.id.in_(people))).all())
        people.sort(key=lambda p: names[p])
        index = {p: i for i, p in enumerate(people)}
        n = len(people)
        agree = [[0] * n for _ in range(n)]
        together = [[0] * n for _ in range(n)]
        for a, b, same, count in pairs:
            i, j = index[a], index[b]
            agree[i][j] = agree[j][i] = int(same)
            together[i][j] = together[j][i] = int(count)
        return AgreementMatrix(
            person_ids=tuple(people),
            names=tuple(names[p] for p in people),
            agree=tuple(tuple(r) for r in agree),
            together=tuple(tuple(r) for r in together),
            split_votes=split_votes,
            date_from=date_from,
            date_to=date_to,
            body_name=body_name,
            made_at=datetime.now().replace(microsecond=0),
        )

    def bodies(self) -> list[tuple[int, str]]:
        with self.db.reading() as s:
            return [(r[0], r[1]) for r in s.execute(select(Body.id, Body.name).order_by(Body.name))]


def _by_date(rows: tuple[RecordRow, ...]) -> tuple[RecordRow, ...]:
    return tuple(sorted(rows, key=lambda r: (r.taken_on, r.vote_id, r.ballot_id)))


def _stage(motions: tuple[HistoryMotion, ...], *, first: bool) -> str:
    """What happened to the matter at this step, in the words a clerk would use."""
    passed = (MotionDisposition.ADOPTED, MotionDisposition.ADOPTED_AS_AMENDED)
    for m in motions:
        if (
            m.kind is MotionKind.REFER and m.disposition in passed
        ) or m.disposition is MotionDisposition.REFERRED:
            return "referred"
    for m in motions:
        if m.kind is MotionKind.MAIN and m.disposition is MotionDisposition.ADOPTED_AS_AMENDED:
            return "amended and adopted"
        if m.kind is MotionKind.MAIN and m.disposition is MotionDisposition.ADOPTED:
            return "adopted"
        if m.kind is MotionKind.MAIN and m.disposition is MotionDisposition.FAILED:
            return "failed"
        if m.disposition in (MotionDisposition.TABLED, MotionDisposition.POSTPONED):
            return m.disposition.value
    if any(
        m.kind in (MotionKind.AMENDMENT, MotionKind.SUBSTITUTE) and m.disposition in passed for m in motions
    ):
        return "amended"
    return "introduced" if first else "considered"
