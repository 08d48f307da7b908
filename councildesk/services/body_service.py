"""Bodies (council, committees), their seats and who holds a membership when."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Row, Select, and_, or_, select
from sqlalchemy.orm import Session

from councildesk.db.engine import Database
from councildesk.db.models import Body, Membership, Person, Post
from councildesk.domain.enums import (
    BodyClassification,
    MembershipRole,
    NumberingStyle,
    QuorumRule,
    ThresholdBase,
    ThresholdFraction,
)
from councildesk.domain.errors import UserError
from councildesk.domain.house_style import ClockStyle, DateStyle, HouseStyle, VoteSentenceStyle
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.domain.minutes_language import MinutesLanguage
from councildesk.domain.rules import BodySize
from councildesk.domain.time_zones import check_zone, host_zone_name
from councildesk.services import audit
from councildesk.services.agenda_service import renumber_open_meetings
from councildesk.services.dto import BodyDTO, MembershipDTO, PostDTO
from councildesk.services.guards import fetch, next_position, require_text
from councildesk.services.mapping import body_dto, post_dto
from councildesk.services.stale_edit import check_version


def active_on(day: date) -> Any:
    """SQL condition: a membership in force on `day`."""
    return and_(
        Membership.start_date <= day,
        or_(Membership.end_date.is_(None), Membership.end_date >= day),
    )


def in_force(membership: Membership, day: date) -> bool:
    """The test active_on makes in SQL, on a membership already read."""
    return membership.start_date <= day and (membership.end_date is None or membership.end_date >= day)


def roll_rows() -> Select[Membership, str, str, int]:
    """Memberships with the person's name and the seat, in roll-call order (seat order, then name;
    then the membership's id, so that one person's overlapping terms always come in the same order)."""
    return (
        select(Membership, Person.display_name, Post.label, Post.position)
        .join(Person, Person.id == Membership.person_id)
        .outerjoin(Post, Post.id == Membership.post_id)
        .order_by(
            Post.position.is_(None), Post.position, Person.family_name, Person.display_name, Membership.id
        )
    )


def memberships_on(session: Session, body_id: int, day: date) -> list[MembershipDTO]:
    """Everyone seated on the body on `day`, in roll-call order (seat order, then name)."""
    return seated(session.execute(roll_rows().where(Membership.body_id == body_id, active_on(day))))


def seated(rows: Iterable[Row[Membership, str, str, int]]) -> list[MembershipDTO]:
    """The DTOs of roll_rows() rows already filtered to one body and day, each person once."""
    seen: set[int] = set()
    result = []
    for membership, name, label, _pos in rows:
        if membership.person_id in seen:
            continue  # overlapping terms: count a person once
        seen.add(membership.person_id)
        result.append(_membership_dto(membership, name, label or ""))
    return result


def seat_holder(session: Session, post_id: int, start: date, end: date | None) -> str | None:
    """The name of whoever holds the seat with a vote at some time from `start` to `end`, if anyone."""
    return session.scalar(
        select(Person.display_name)
        .join(Membership, Membership.person_id == Person.id)
        .where(
            Membership.post_id == post_id,
            Membership.voting.is_(True),
            Membership.start_date <= (end or date.max),
            or_(Membership.end_date.is_(None), Membership.end_date >= start),
        )
    )


def body_size_on(session: Session, body: Body, day: date) -> BodySize:
    voting = sum(1 for m in memberships_on(session, body.id, day) if m.voting)
    return BodySize(seat_count=body.seat_count, seats_filled=min(voting, body.seat_count))


def _membership_dto(m: Membership, person_name: str, post_label: str) -> MembershipDTO:
    return MembershipDTO(
        id=m.id,
        person_id=m.person_id,
        person_name=person_name,
        body_id=m.body_id,
        post_id=m.post_id,
        post_label=post_label,
        role=m.role,
        start_date=m.start_date,
        end_date=m.end_date,
        voting=m.voting,
    )


class BodyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create_body(
        self,
        name: str,
        seat_count: int,
        *,
        classification: BodyClassification = BodyClassification.COUNCIL,
        municipality: str = "",
        parent_id: int | None = None,
        quorum_rule: QuorumRule = QuorumRule.MAJORITY_OF_SEATS,
        threshold_fraction: ThresholdFraction = ThresholdFraction.MAJORITY,
        threshold_base: ThresholdBase = ThresholdBase.VOTES_CAST,
        time_zone: str | None = None,
    ) -> BodyDTO:
        name = require_text(name, "body's name")
        zone_name = host_zone_name() if time_zone is None else check_zone(time_zone)
        if seat_count < 1:
            raise UserError(QT_TRANSLATE_NOOP("services", "{name} needs at least one seat."), name=name)
        with self.db.transaction() as s:
            if s.scalar(select(Body.id).where(Body.name == name)) is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "A body named {name} already exists."), name=name
                )
            if parent_id is not None:
                fetch(s, Body, parent_id)
            body = Body(
                name=name,
                seat_count=seat_count,
                classification=classification,
                municipality=municipality.strip(),
                parent_id=parent_id,
                quorum_rule=quorum_rule,
                default_threshold_fraction=threshold_fraction,
                default_threshold_base=threshold_base,
                time_zone=zone_name,
            )
            audit.created(s, body)
            return body_dto(body)

    def update_body(self, body_id: int, *, expected_version: int | None = None, **changes: Any) -> BodyDTO:
        """Change a body's fields, its minutes' house style columns too (see set_house_style);
        `expected_version` as in AgendaService.update_item."""
        allowed = HOUSE_STYLE_COLUMNS | {
            "numbering_style",
            "name",
            "seat_count",
            "classification",
            "municipality",
            "parent_id",
            "quorum_rule",
            "default_threshold_fraction",
            "default_threshold_base",
            "time_zone",
        }
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)} of a body")
        if "name" in changes:
            changes["name"] = require_text(changes["name"], "body's name")
        if "seat_count" in changes and int(changes["seat_count"]) < 1:
            raise UserError(QT_TRANSLATE_NOOP("services", "A body needs at least one seat."))
        if changes.get("time_zone") is not None:  # None: the computer's zone, as a body never set
            changes["time_zone"] = check_zone(str(changes["time_zone"]))
        changes.update(_house_columns({k: v for k, v in changes.items() if k in HOUSE_STYLE_COLUMNS}))
        if "numbering_style" in changes:
            changes["numbering_style"] = NumberingStyle(changes["numbering_style"])
        with self.db.transaction() as s:
            body = fetch(s, Body, body_id)
            check_version(s, body, expected_version)
            if changes.get("parent_id") == body_id:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "{body_name} cannot be its own parent body."),
                    body_name=body.name,
                )
            numbering = body.numbering_style
            audit.updated(s, body, changes)
            if body.numbering_style is not numbering:
                renumber_open_meetings(s, body_id)  # as AgendaTemplateService.set_numbering_style does
            return body_dto(body)

    def delete_body(self, body_id: int) -> None:
        """Delete a body with no seats, terms, meetings or committees (used to undo creating one)."""
        from councildesk.db.models import Meeting

        with self.db.transaction() as s:
            body = fetch(s, Body, body_id)
            for query, what in (
                (select(Meeting.id).where(Meeting.body_id == body_id), "meetings"),
                (select(Membership.id).where(Membership.body_id == body_id), "members"),
                (select(Post.id).where(Post.body_id == body_id), "seats"),
                (select(Body.id).where(Body.parent_id == body_id), "committees"),
            ):
                if s.scalar(query.limit(1)) is not None:
                    raise UserError(
                        QT_TRANSLATE_NOOP("services", "{body_name} has {what} and cannot be deleted."),
                        body_name=body.name,
                        what=what,
                    )
            audit.deleted(s, body)

    def delete_post(self, post_id: int) -> None:
        """Delete a seat nobody has held (used to undo adding one)."""
        with self.db.transaction() as s:
            post = fetch(s, Post, post_id)
            if s.scalar(select(Membership.id).where(Membership.post_id == post_id).limit(1)) is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "Someone has held the seat {post_label}, so it cannot be deleted."
                    ),
                    post_label=post.label,
                )
            audit.deleted(s, post)

    def list_bodies(self) -> list[BodyDTO]:
        with self.db.reading() as s:
            return [
                body_dto(b) for b in s.scalars(select(Body).order_by(Body.parent_id.isnot(None), Body.name))
            ]

    def time_zone(self, body_id: int) -> str:
        """The IANA zone the body's meeting times are wall-clock times of (the computer's if unset)."""
        with self.db.reading() as s:
            return fetch(s, Body, body_id).time_zone or host_zone_name()

    def get_body(self, body_id: int) -> BodyDTO:
        with self.db.reading() as s:
            return body_dto(fetch(s, Body, body_id))

    def house_style(self, body_id: int) -> HouseStyle:
        """How the body's minutes print times, dates and votes."""
        with self.db.reading() as s:
            return house_style_of(fetch(s, Body, body_id))

    def set_house_style(self, body_id: int, style: HouseStyle) -> HouseStyle:
        """Print the body's minutes in `style` from now on (approved ones too: it changes how, not what)."""
        changes = _house_columns(house_style_columns(style))
        with self.db.transaction() as s:
            body = fetch(s, Body, body_id)
            audit.updated(s, body, changes)
            return house_style_of(body)

    def add_post(self, body_id: int, label: str, position: int | None = None) -> PostDTO:
        label = require_text(label, "seat's name")
        with self.db.transaction() as s:
            body = fetch(s, Body, body_id)
            if s.scalar(select(Post.id).where(Post.body_id == body_id, Post.label == label)):
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "{body_name} already has a seat named {label}."),
                    body_name=body.name,
                    label=label,
                )
            if position is None:
                position = next_position(s, Post.position, Post.body_id == body_id)
            post = Post(body_id=body_id, label=label, position=position)
            audit.created(s, post)
            return post_dto(post)

    def list_posts(self, body_id: int) -> list[PostDTO]:
        with self.db.reading() as s:
            fetch(s, Body, body_id)
            rows = s.scalars(select(Post).where(Post.body_id == body_id).order_by(Post.position))
            return [post_dto(p) for p in rows]

    def add_membership(
        self,
        person_id: int,
        body_id: int,
        start_date: date,
        *,
        post_id: int | None = None,
        role: MembershipRole = MembershipRole.MEMBER,
        end_date: date | None = None,
        voting: bool = True,
    ) -> MembershipDTO:
        if end_date is not None and end_date < start_date:
            raise UserError(QT_TRANSLATE_NOOP("services", "A term cannot end before it starts."))
        with self.db.transaction() as s:
            person = fetch(s, Person, person_id)
            body = fetch(s, Body, body_id)
            post = fetch(s, Post, post_id) if post_id is not None else None
            if post is not None and post.body_id != body_id:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "The seat {post_label} does not belong to {body_name}."),
                    post_label=post.label,
                    body_name=body.name,
                )
            if post is not None and voting:
                clash = seat_holder(s, post.id, start_date, end_date)
                if clash:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "services", "{clash} already holds the seat {post_label} during that term."
                        ),
                        clash=clash,
                        post_label=post.label,
                    )
            membership = Membership(
                person_id=person_id,
                body_id=body_id,
                post_id=post_id,
                role=role,
                start_date=start_date,
                end_date=end_date,
                voting=voting,
            )
            audit.created(s, membership)
            return _membership_dto(membership, person.display_name, post.label if post else "")

    def end_membership(self, membership_id: int, end_date: date) -> MembershipDTO:
        with self.db.transaction() as s:
            m = fetch(s, Membership, membership_id)
            if end_date < m.start_date:
                raise UserError(QT_TRANSLATE_NOOP("services", "A term cannot end before it starts."))
            audit.updated(s, m, {"end_date": end_date})
            post = s.get(Post, m.post_id) if m.post_id else None
            return _membership_dto(m, fetch(s, Person, m.person_id).display_name, post.label if post else "")

    def update_membership(self, membership_id: int, **changes: Any) -> MembershipDTO:
        allowed = {"role", "start_date", "end_date", "voting", "post_id"}
        if set(changes) - allowed:
            raise ValueError(f"cannot change {sorted(set(changes) - allowed)} of a membership")
        with self.db.transaction() as s:
            m = fetch(s, Membership, membership_id)
            start = changes.get("start_date", m.start_date)
            end = changes.get("end_date", m.end_date)
            if end is not None and end < start:
                raise UserError(QT_TRANSLATE_NOOP("services", "A term cannot end before it starts."))
            audit.updated(s, m, changes)
            post = s.get(Post, m.post_id) if m.post_id else None
            return _membership_dto(m, fetch(s, Person, m.person_id).display_name, post.label if post else "")

    def delete_membership(self, membership_id: int) -> None:
        with self.db.transaction() as s:
            audit.deleted(s, fetch(s, Membership, membership_id))

    def list_memberships(
        self, body_id: int | None = None, person_id: int | None = None
    ) -> list[MembershipDTO]:
        with self.db.reading() as s:
            query = (
                select(Membership, Person.display_name, Post.label)
                .join(Person, Person.id == Membership.person_id)
                .outerjoin(Post, Post.id == Membership.post_id)
                .order_by(Membership.start_date.desc(), Post.position, Person.display_name)
            )
            if body_id is not None:
                query = query.where(Membership.body_id == body_id)
            if person_id is not None:
                query = query.where(Membership.person_id == person_id)
            return [_membership_dto(m, name, label or "") for m, name, label in s.execute(query)]

    def members_on(self, body_id: int, day: date) -> list[MembershipDTO]:
        with self.db.reading() as s:
            fetch(s, Body, body_id)
            return memberships_on(s, body_id, day)

    def size_on(self, body_id: int, day: date) -> BodySize:
        with self.db.reading() as s:
            return body_size_on(s, fetch(s, Body, body_id), day)


HOUSE_STYLE_COLUMNS = frozenset(
    {"clock_style", "date_style", "vote_sentence_style", "vote_tables_always", "minutes_language"}
)


def house_style_columns(style: HouseStyle) -> dict[str, Any]:
    """The body's columns that hold `style` (what update_body takes to change it with the rest)."""
    return {
        "clock_style": style.clock,
        "date_style": style.date,
        "vote_sentence_style": style.vote_sentence,
        "vote_tables_always": style.vote_tables,
        "minutes_language": style.language,
    }


def _house_columns(values: dict[str, Any]) -> dict[str, Any]:
    """House style columns as stored; a value that is no style CouncilDesk knows is one sentence."""
    kinds: dict[str, Any] = {
        "clock_style": ClockStyle,
        "date_style": DateStyle,
        "vote_sentence_style": VoteSentenceStyle,
        "vote_tables_always": bool,
        "minutes_language": MinutesLanguage,
    }
    try:
        return {key: kinds[key](value) for key, value in values.items()}
    except ValueError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("services", "That is not a house style CouncilDesk knows ({error})."),
            error=error,
        ) from None


def house_style_of(body: Body) -> HouseStyle:
    return HouseStyle(
        clock=body.clock_style,
        date=body.date_style,
        vote_sentence=body.vote_sentence_style,
        vote_tables=body.vote_tables_always,
        language=body.minutes_language,
    )
