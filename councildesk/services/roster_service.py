"""Rosters in one step: many seats from a pattern, many terms from a pasted grid, the body's usual term."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from councildesk.db.engine import Database
from councildesk.db.models import Body, Membership, Person, Post
from councildesk.domain.enums import MembershipRole, label
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.domain.roster_rows import RosterRow, parse_day, parse_role
from councildesk.domain.seat_pattern import expand_seat_pattern, match_label
from councildesk.domain.wording import count_of, join_words
from councildesk.services import audit
from councildesk.services.body_service import active_on, seat_holder
from councildesk.services.dto import PostDTO
from councildesk.services.guards import fetch, next_position
from councildesk.services.mapping import post_dto
from councildesk.services.person_service import split_name

NON_VOTING_ROLES = frozenset({MembershipRole.CLERK})
ROLE_NAMES = join_words([label(r).lower() for r in MembershipRole], "or")
SeatLines = dict[int, tuple[int, date, date | None]]  # seat id -> (line, start, end) of the paste


@dataclass(frozen=True)
class PlannedTerm:
    """One pasted row as it would be saved, or the sentence saying why it cannot be."""

    line: int
    person_name: str
    person_id: int | None  # None: the person is new and would be created
    post_id: int | None
    post_label: str
    role: MembershipRole
    start_date: date
    end_date: date | None
    voting: bool
    error: str = ""


@dataclass(frozen=True)
class RosterPlan:
    rows: tuple[PlannedTerm, ...]

    @property
    def errors(self) -> list[str]:
        return [f"Line {r.line}: {r.error}" for r in self.rows if r.error]

    def summary(self) -> str:
        """'Add 15 terms and create 12 people (3 already on file).' — what saving would do."""
        new = len({r.person_name.casefold() for r in self.rows if r.person_id is None and not r.error})
        known = sum(1 for r in self.rows if r.person_id is not None and not r.error)
        good = sum(1 for r in self.rows if not r.error)
        parts = [f"Add {count_of(good, 'term')}"]
        if new:
            parts.append(f"create {count_of(new, 'person', 'people')}")
        text = " and ".join(parts)
        if known:
            text += f" ({count_of(known, 'person', 'people')} already on file)"
        if self.errors:
            text += f"; {count_of(len(self.errors), 'line')} must be fixed first"
        return text + "."


@dataclass(frozen=True)
class RosterSaved:
    """What one roster paste created, so that undo can take exactly that back."""

    membership_ids: tuple[int, ...]
    person_ids: tuple[int, ...]


def current_term(s: Session, body_id: int, day: date) -> tuple[date, date | None]:
    """The body's current term: the most common start and end of the memberships in force on `day`
    (a council elected together shares them), else from `day` with no end."""
    terms = Counter(
        (m.start_date, m.end_date)
        for m in s.scalars(select(Membership).where(Membership.body_id == body_id, active_on(day)))
    )
    if not terms:
        return day, None
    (start, end), _count = max(terms.items(), key=lambda kv: (kv[1], kv[0][0]))
    return start, end


class RosterService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- seats ----------------------------------------------------------------------------------
    def preview_seats(self, body_id: int, pattern: str) -> list[str]:
        """The seat names a pattern stands for, refused when one is already on the body."""
        names = expand_seat_pattern(pattern)
        with self.db.reading() as s:
            body = fetch(s, Body, body_id)
            self._refuse_existing(s, body, names)
        return names

    def create_seats(self, body_id: int, pattern: str) -> list[PostDTO]:
        """Every seat of a pattern ("District A–O"), after the body's last seat, in one step."""
        names = expand_seat_pattern(pattern)
        with self.db.transaction() as s:
            body = fetch(s, Body, body_id)
            self._refuse_existing(s, body, names)
            first = next_position(s, Post.position, Post.body_id == body_id)
            posts = []
            for offset, name in enumerate(names):
                post = Post(body_id=body_id, label=name, position=first + offset)
                audit.created(s, post)
                posts.append(post_dto(post))
            return posts

    def delete_seats(self, post_ids: list[int]) -> None:
        """Delete seats nobody has held (undo of create_seats), all or none."""
        with self.db.transaction() as s:
            for post_id in post_ids:
                post = fetch(s, Post, post_id)
                if s.scalar(select(Membership.id).where(Membership.post_id == post_id).limit(1)) is not None:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "services", "Someone has held the seat {post_label}, so it cannot be deleted."
                        ),
                        post_label=post.label,
                    )
                audit.deleted(s, post)

    @staticmethod
    def _refuse_existing(s: Session, body: Body, names: list[str]) -> None:
        taken = set(
            s.scalars(
                select(Post.label).where(
                    Post.body_id == body.id, func.lower(Post.label).in_([n.lower() for n in names])
                )
            )
        )
        if taken:
            raise UserError(
                QT_TRANSLATE_NOOP("services", "{body_name} already has {names}."),
                body_name=body.name,
                names=join_words(sorted(taken)),
            )

    # -- terms ----------------------------------------------------------------------------------
    def current_term(self, body_id: int, day: date | None = None) -> tuple[date, date | None]:
        with self.db.reading() as s:
            fetch(s, Body, body_id)
            return current_term(s, body_id, day or date.today())

    def plan(self, body_id: int, rows: list[RosterRow], day: date | None = None) -> RosterPlan:
        """What saving these rows would do, row by row, without saving anything.

        A row without dates takes the term the pasted rows give most often, else the body's current term.
        """
        with self.db.reading() as s:
            return self._plan(s, fetch(s, Body, body_id), rows, day or date.today())

    def save(self, body_id: int, rows: list[RosterRow], day: date | None = None) -> RosterSaved:
        """Create the people and terms of a pasted roster in one transaction, or nothing at all."""
        with self.db.transaction() as s:
            body = fetch(s, Body, body_id)
            plan = self._plan(s, body, rows, day or date.today())
            if not plan.rows:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "There are no rows to add; paste a roster with one member a line."
                    )
                )
            if plan.errors:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "Nothing was added to {body_name}. {problems}"),
                    body_name=body.name,
                    problems=" ".join(plan.errors),
                )
            created: dict[str, int] = {}
            memberships = []
            for row in plan.rows:
                person_id = row.person_id
                if person_id is None:
                    person_id = created.get(row.person_name.casefold())
                if person_id is None:
                    given, family = split_name(row.person_name)
                    person = Person(display_name=row.person_name, given_name=given, family_name=family)
                    audit.created(s, person)
                    person_id = created[row.person_name.casefold()] = person.id
                membership = Membership(
                    person_id=person_id,
                    body_id=body.id,
                    post_id=row.post_id,
                    role=row.role,
                    start_date=row.start_date,
                    end_date=row.end_date,
                    voting=row.voting,
                )
                audit.created(s, membership)
                memberships.append(membership.id)
            return RosterSaved(tuple(memberships), tuple(created.values()))

    def remove(self, saved: RosterSaved) -> None:
        """Take back one roster paste: its terms, then the people it created (undo)."""
        with self.db.transaction() as s:
            for membership_id in saved.membership_ids:
                audit.deleted(s, fetch(s, Membership, membership_id))
            for person_id in saved.person_ids:
                audit.deleted(s, fetch(s, Person, person_id))

    def _plan(self, s: Session, body: Body, rows: list[RosterRow], day: date) -> RosterPlan:
        default_start, default_end = _pasted_term(rows) or current_term(s, body.id, day)
        posts = list(s.scalars(select(Post).where(Post.body_id == body.id).order_by(Post.position)))
        labels = [p.label for p in posts]
        people: dict[str, list[int]] = {}
        names = {" ".join(r.person.split()).casefold() for r in rows}
        for person_id, name in s.execute(
            select(Person.id, Person.display_name).where(func.lower(Person.display_name).in_(names))
        ):
            people.setdefault(" ".join(name.split()).casefold(), []).append(person_id)
        seat_lines: SeatLines = {}
        person_lines: dict[str, int] = {}
        planned = []
        for row in rows:
            name = " ".join(row.person.split())
            role = parse_role(row.role)
            start = parse_day(row.start) if row.start.strip() else default_start
            end = parse_day(row.end) if row.end.strip() else (default_end if not row.start.strip() else None)
            index = match_label(row.seat, labels) if row.seat.strip() else None
            post = posts[index] if index is not None else None
            matches = people.get(name.casefold(), [])
            error = ""
            if not name:
                error = "the person's name is missing."
            elif len(name) > 300:
                error = "a person's name can be at most 300 characters long."
            elif len(matches) > 1:
                error = f"{len(matches)} people are named {name}; add this term with Add term instead."
            elif name.casefold() in person_lines:
                error = f"{name} is already on line {person_lines[name.casefold()]}."
            elif row.seat.strip() and post is None:
                error = f"{body.name} has no seat “{row.seat.strip()}”" + (
                    " (several seats start so; type the whole name)." if _several(row.seat, labels) else "."
                )
            elif role is None:
                error = f"“{row.role.strip()}” is not a role; use {ROLE_NAMES}."
            elif start is None:
                error = f"“{row.start.strip()}” is not a date; write it as 2017-01-09 or 1/9/2017."
            elif row.end.strip() and end is None:
                error = f"“{row.end.strip()}” is not a date; write it as 2017-01-09 or 1/9/2017."
            elif end is not None and end < start:
                error = "the term cannot end before it starts."
            voting = role not in NON_VOTING_ROLES
            if not error and post is not None and voting and start is not None:
                error = self._seat_clash(s, post, start, end, seat_lines)
            if not error:
                person_lines[name.casefold()] = row.line
                if post is not None and voting and start is not None:
                    seat_lines[post.id] = (row.line, start, end)
            planned.append(
                PlannedTerm(
                    line=row.line,
                    person_name=name,
                    person_id=matches[0] if len(matches) == 1 else None,
                    post_id=post.id if post else None,
                    post_label=post.label if post else "",
                    role=role or MembershipRole.MEMBER,
                    start_date=start or default_start,
                    end_date=end,
                    voting=voting,
                    error=error,
                )
            )
        return RosterPlan(tuple(planned))

    @staticmethod
    def _seat_clash(
        s: Session,
        post: Post,
        start: date,
        end: date | None,
        seat_lines: dict[int, tuple[int, date, date | None]],
    ) -> str:
        earlier = seat_lines.get(post.id)
        if earlier is not None:
            return f"the seat {post.label} is already taken on line {earlier[0]}."
        holder = seat_holder(s, post.id, start, end)
        return f"{holder} already holds the seat {post.label} during that term." if holder else ""


def _pasted_term(rows: list[RosterRow]) -> tuple[date, date | None] | None:
    """The term most rows of a paste give (blank dates on the other rows take it), if any give one."""
    given = Counter(
        (start, parse_day(r.end) if r.end.strip() else None)
        for r in rows
        if r.start.strip() and (start := parse_day(r.start)) is not None
    )
    return max(given.items(), key=lambda kv: (kv[1], kv[0][0]))[0] if given else None


def _several(typed: str, labels: list[str]) -> bool:
    key = typed.strip().casefold()
    return sum(1 for label_ in labels if label_.casefold().startswith(key)) > 1
