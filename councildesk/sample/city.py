"""The synthetic city in memory: bodies, terms and people, then every meeting in date order, as table rows.

Nothing here touches the database; generator.py writes the rows in bulk. Every choice comes from
one seeded random.Random, and everything is iterated in a fixed order, so that the same seed always
produces the same rows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from councildesk.domain.enums import (
    AgendaItemKind,
    AttendanceStatus,
    BodyClassification,
    MatterKind,
    MatterStatus,
    MeetingKind,
    MeetingStatus,
    MembershipRole,
    MinutesStatus,
    QuorumRule,
    ThresholdBase,
    ThresholdFraction,
)
from councildesk.sample import vocabulary as vocab
from councildesk.sample.text import TextMaker

Row = dict[str, Any]

# Generated history ends with this year, whatever today's date, so that a seed always gives the same city.
END_YEAR = 2025
MAX_YEARS = 100  # matter numbers carry a two-digit year ("R-11-034")
VACANCY_P = 0.35  # the share of terms in which a member resigns and a special election follows
TABLES = (
    "body",
    "person",
    "post",
    "membership",
    "matter",
    "sponsorship",
    "meeting",
    "attendance",
    "agenda_item",
    "speaker",
    "motion",
    "vote",
    "ballot",
)

COMMITTEES: dict[str, tuple[str, ...]] = {
    "Finance Committee": ("budget", "public works", "library"),
    "Committee on Legislative Matters": ("zoning", "licensing", "immigration"),
    "Public Safety Committee": ("police", "parking", "transportation", "public health"),
    "Committee on Community Resources": ("housing", "schools", "parks", "climate", "veterans"),
}


@dataclass(frozen=True)
class Vacancy:
    """A member who left mid-term (last day `left_on`) and whoever took the seat from `joined_on`."""

    leaver: int
    left_on: date
    successor: int
    joined_on: date


@dataclass
class Term:
    """Two years of one council: who holds each seat, the officers, and each committee's members."""

    start: date
    end: date | None  # the current term is open-ended
    seats: list[tuple[int, int]]  # (person_id, post_id) as elected, in roll order
    president: int
    vice_president: int
    committees: dict[int, list[int]] = field(default_factory=dict)  # body id -> members, chair first
    vacancies: dict[int, Vacancy] = field(default_factory=dict)  # by the leaver's person id

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def holder(self, elected: int, day: date) -> int | None:
        """Who holds the elected member's place on `day`: the member, the successor, or nobody (vacant)."""
        vacancy = self.vacancies.get(elected)
        if vacancy is None or day <= vacancy.left_on:
            return elected
        return vacancy.successor if day >= vacancy.joined_on else None

    def council_on(self, day: date) -> list[int]:
        """The council's voting members on `day`, in seat order; a vacant seat is skipped."""
        return [h for p, _post in self.seats if (h := self.holder(p, day)) is not None]

    def committee_on(self, body_id: int, day: date) -> list[int]:
        return [h for p in self.committees[body_id] if (h := self.holder(p, day)) is not None]


@dataclass
class BodyInfo:
    id: int
    name: str
    seat_count: int
    is_council: bool
    topics: tuple[str, ...] = ()


@dataclass
class MatterInfo:
    id: int
    kind: MatterKind
    title: str
    topic: vocab.Topic
    two_thirds: bool  # zoning changes and borrowing need two-thirds of the full council


class CityRows:
    """Rows per table with ids assigned here, starting after whatever ids the tables already use."""

    def __init__(self, first_ids: dict[str, int]) -> None:
        self.rows: dict[str, list[Row]] = {t: [] for t in TABLES}
        self._next = {t: first_ids.get(t, 1) for t in TABLES}

    def add(self, table: str, **values: Any) -> Row:
        values["id"] = self._next[table]
        self._next[table] += 1
        self.rows[table].append(values)
        return values

    def count(self, table: str) -> int:
        return len(self.rows[table])


class SyntheticCity:
    """Builds the whole city; `build()` fills `self.out` and returns it."""

    def __init__(self, years: int, seed: int, first_ids: dict[str, int]) -> None:
        self.years = years
        self.seed = seed
        self.rng = random.Random(seed)
        self.city = self.rng.choice(vocab.CITY_NAMES)
        self.text = TextMaker(self.rng, self.city)
        self.out = CityRows(first_ids)
        self.start_year = END_YEAR - years + 1
        self.people: dict[int, Row] = {}
        self.leaning: dict[int, float] = {}  # how each member tends to vote on contested items
        self.used_names: set[str] = set()
        self.staff_eras: dict[str, list[tuple[int, int]]] = {}  # title -> [(first year, person id)]
        self.regulars: list[int] = []  # residents who come to speak again and again
        self.terms: list[Term] = []
        self.council: BodyInfo
        self.committees: list[BodyInfo] = []
        self.clerk_id = 0
        self.matter_counter: dict[tuple[str, int], int] = {}
        self.referred: dict[int, list[MatterInfo]] = {}  # committee id -> matters waiting for it
        self.reported: list[MatterInfo] = []  # back from committee, waiting for the council's vote
        self.second_reading: list[MatterInfo] = []
        self.matters: dict[int, MatterInfo] = {}
        self.matter_titles: dict[int, set[str]] = {}  # year -> titles of matters introduced

    # -- the whole city ---------------------------------------------------------------------
    def build(self) -> CityRows:
        from councildesk.sample.meeting import MeetingBuilder

        self._bodies()
        self._staff()
        self._terms()
        self._regulars()
        meetings = MeetingBuilder(self)
        for when, body, kind in self._calendar():
            meetings.build(body, when, kind)
        return self.out

    def term_on(self, day: date) -> Term:
        for term in self.terms:
            if term.covers(day):
                return term
        raise AssertionError(f"no term covers {day}")  # pragma: no cover - terms cover the calendar

    def staff_on(self, title: str, year: int) -> int:
        holder = self.staff_eras[title][0][1]
        for first_year, person_id in self.staff_eras[title]:
            if first_year <= year:
                holder = person_id
        return holder

    def display(self, person_id: int) -> str:
        return str(self.people[person_id]["display_name"])

    def family(self, person_id: int) -> str:
        return str(self.people[person_id]["family_name"])

    # -- people -----------------------------------------------------------------------------
    def new_person(
        self, *, title: str = "", affiliation: str = "", residence: str = "", email: bool = False
    ) -> int:
        """A sample person with a name nobody else in the city has (so voting records are unambiguous)."""
        name = self.text.name()
        while name.display in self.used_names:
            name = self.text.name()
        self.used_names.add(name.display)
        address = ""
        if email:
            local = "".join(c for c in name.display.lower() if c.isascii() and (c.isalpha() or c == " "))
            address = ".".join(local.split()) + f"@{self.city.lower().replace(' ', '')}.example"
        row = self.out.add(
            "person",
            display_name=name.display,
            given_name=name.given,
            family_name=name.family,
            honorific="",
            title=title,
            affiliation=affiliation,
            residence=residence,
            email=address,
            is_sample=True,
        )
        self.people[row["id"]] = row
        return int(row["id"])

    def _staff(self) -> None:
        """Each office changes hands every few years; the first holder serves from before the start."""
        for title in vocab.STAFF_TITLES:
            eras: list[tuple[int, int]] = []
            year = self.start_year - self.rng.randint(0, 6)
            while year <= END_YEAR:
                eras.append((year, self.new_person(title=title, affiliation=f"City of {self.city}")))
                year += self.rng.randint(4, 12)
            self.staff_eras[title] = eras
        self.clerk_id = self.new_person(title="City Clerk", affiliation=f"City of {self.city}")

    def _regulars(self) -> None:
        for _ in range(20 + 2 * self.years):
            if self.rng.random() < 0.5:
                affiliation, residence = self.rng.choice(vocab.AFFILIATIONS), ""
            else:
                affiliation, residence = "", self.rng.choice(vocab.NEIGHBORHOODS)
            self.regulars.append(self.new_person(affiliation=affiliation, residence=residence))

    # -- bodies and terms -------------------------------------------------------------------
    def _bodies(self) -> None:
        seats = self.rng.choice((9, 11))
        wards = seats - (2 if seats == 9 else 3)
        council = self.out.add(
            "body",
            name=f"{self.city} City Council",
            classification=BodyClassification.COUNCIL,
            parent_id=None,
            municipality=f"City of {self.city} (synthetic sample)",
            seat_count=seats,
            quorum_rule=QuorumRule.MAJORITY_OF_SEATS,
            default_threshold_fraction=ThresholdFraction.MAJORITY,
            default_threshold_base=ThresholdBase.VOTES_CAST,
        )
        self.council = BodyInfo(council["id"], council["name"], seats, True)
        labels = [f"Ward {n}" for n in range(1, wards + 1)]
        labels += [f"At-Large {chr(ord('A') + n)}" for n in range(seats - wards)]
        self.posts = [
            int(self.out.add("post", body_id=council["id"], label=label, position=i)["id"])
            for i, label in enumerate(labels)
        ]
        names = list(COMMITTEES)
        chosen = ["Finance Committee", *self.rng.sample(names[1:], self.rng.choice((1, 2)))]
        for name in chosen:
            size = self.rng.choice((3, 5))
            row = self.out.add(
                "body",
                name=f"{self.city} City Council {name}",
                classification=BodyClassification.COMMITTEE,
                parent_id=council["id"],
                municipality=f"City of {self.city} (synthetic sample)",
                seat_count=size,
                quorum_rule=QuorumRule.MAJORITY_OF_SEATS,
                default_threshold_fraction=ThresholdFraction.MAJORITY,
                default_threshold_base=ThresholdBase.VOTES_CAST,
            )
            self.committees.append(BodyInfo(row["id"], name, size, False, COMMITTEES[name]))
            self.referred[row["id"]] = []

    def _terms(self) -> None:
        """Elections every two years; a term starts on 1 January of an even year."""
        first = self.start_year if self.start_year % 2 == 0 else self.start_year - 1
        holders: list[int] = []
        for year in range(first, END_YEAR + 1, 2):
            start = date(year, 1, 1)
            end = None if year + 2 > END_YEAR else date(year + 1, 12, 31)
            if not holders:
                holders = [self._new_councilor() for _ in self.posts]
            else:
                # Most incumbents run again and most of those win; the rest are new faces.
                holders = [p if self.rng.random() < 0.65 else self._new_councilor() for p in holders]
            seats = list(zip(holders, self.posts, strict=True))
            officers = self.rng.sample(holders, 2)
            term = Term(start, end, seats, officers[0], officers[1])
            for committee in self.committees:
                term.committees[committee.id] = self.rng.sample(holders, committee.seat_count)
            if self.rng.random() < VACANCY_P:
                # A resignation; the seat stays empty until a special election fills it (and the
                # successor's committee places), so seats filled is below the seat count for a while.
                leaver = self.rng.choice(holders)
                left_on = start + timedelta(days=self.rng.randint(90, 600))
                joined_on = left_on + timedelta(days=self.rng.randint(30, 120))
                successor = self._new_councilor()
                term.vacancies[leaver] = Vacancy(leaver, left_on, successor, joined_on)
                holders = [successor if p == leaver else p for p in holders]  # the incumbent next time
            self.terms.append(term)
            self._term_memberships(term)

    def _new_councilor(self) -> int:
        person_id = self.new_person(email=True)
        self.leaning[person_id] = self.rng.uniform(-1.0, 1.0)
        return person_id

    def _term_memberships(self, term: Term) -> None:
        for person_id, post_id in term.seats:
            role = MembershipRole.MEMBER
            if person_id == term.president:
                role = MembershipRole.PRESIDENT
            elif person_id == term.vice_president:
                role = MembershipRole.VICE_PRESIDENT
            self._seat(person_id, self.council.id, post_id, role, term)
        self._membership(
            self.clerk_id, self.council.id, None, MembershipRole.CLERK, term.start, term.end, False
        )
        for body_id, members in term.committees.items():
            for index, person_id in enumerate(members):
                role = MembershipRole.PRESIDENT if index == 0 else MembershipRole.MEMBER  # the chair
                self._seat(person_id, body_id, None, role, term)

    def _seat(
        self, person_id: int, body_id: int, post_id: int | None, role: MembershipRole, term: Term
    ) -> None:
        """The elected member's membership, cut short by a vacancy and followed by the successor's."""
        vacancy = term.vacancies.get(person_id)
        if vacancy is None:
            self._membership(person_id, body_id, post_id, role, term.start, term.end, True)
            return
        self._membership(person_id, body_id, post_id, role, term.start, vacancy.left_on, True)
        self._membership(
            vacancy.successor, body_id, post_id, MembershipRole.MEMBER, vacancy.joined_on, term.end, True
        )

    def _membership(
        self,
        person_id: int,
        body_id: int,
        post_id: int | None,
        role: MembershipRole,
        start: date,
        end: date | None,
        voting: bool,
    ) -> None:
        self.out.add(
            "membership",
            person_id=person_id,
            body_id=body_id,
            post_id=post_id,
            role=role,
            start_date=start,
            end_date=end,
            voting=voting,
        )

    # -- calendar ---------------------------------------------------------------------------
    def _calendar(self) -> list[tuple[datetime, BodyInfo, MeetingKind]]:
        """Two regular council meetings a month, a few specials and a budget hearing, committee meetings."""
        entries: list[tuple[datetime, int, BodyInfo, MeetingKind]] = []
        order = {self.council.id: 0} | {c.id: i + 1 for i, c in enumerate(self.committees)}
        for year in range(self.start_year, END_YEAR + 1):
            regular_days: set[date] = set()
            for month in range(1, 13):
                thursdays = _weekdays_in(year, month, 3)
                for day in (thursdays[0], thursdays[2]):  # first and third Thursday
                    regular_days.add(day)
                    entries.append((datetime.combine(day, time(19, 0)), 0, self.council, MeetingKind.REGULAR))
            hearing = _weekdays_in(year, 6, 1)[1]  # second Tuesday of June: the budget hearing
            regular_days.add(hearing)
            entries.append((datetime.combine(hearing, time(18, 30)), 0, self.council, MeetingKind.HEARING))
            for _ in range(self.rng.randint(2, 4)):
                day = date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))
                while day.weekday() >= 5 or day in regular_days:
                    day += timedelta(days=1)
                regular_days.add(day)
                entries.append((datetime.combine(day, time(18, 0)), 0, self.council, MeetingKind.SPECIAL))
            for committee in self.committees:
                weekday = 0 if order[committee.id] % 2 else 2  # Mondays or Wednesdays
                months = sorted(self.rng.sample(range(1, 13), self.rng.randint(6, 10)))
                for month in months:
                    day = _weekdays_in(year, month, weekday)[1 + order[committee.id] % 2]
                    at = datetime.combine(day, time(16 + order[committee.id], 30))
                    entries.append((at, order[committee.id], committee, MeetingKind.REGULAR))
        entries.sort(key=lambda e: (e[0], e[1]))
        return [(when, body, kind) for when, _o, body, kind in entries]

    # -- matters ----------------------------------------------------------------------------
    def new_matter(self, kind: MatterKind, topic: vocab.Topic, when: datetime, *, title: str) -> MatterInfo:
        year = when.year
        prefix = {
            MatterKind.RESOLUTION: "R",
            MatterKind.ORDINANCE: "ORD",
            MatterKind.ORDER: "O",
            MatterKind.APPOINTMENT: "A",
            MatterKind.PROCLAMATION: "P",
            MatterKind.CONTRACT: "C",
        }.get(kind, "M")
        number = self.matter_counter.get((prefix, year), 0) + 1
        self.matter_counter[(prefix, year)] = number
        row = self.out.add(
            "matter",
            identifier=f"{prefix}-{year % 100:02d}-{number:03d}",
            kind=kind,
            title=title,
            full_text=self.text.full_text(kind.value, title, topic, year=year),
            status=MatterStatus.INTRODUCED,
            introduced_on=when.date(),
        )
        two_thirds = (kind is MatterKind.ORDINANCE and topic.name == "zoning") or "borrowing" in title
        info = MatterInfo(int(row["id"]), kind, title, topic, two_thirds)
        self.matters[info.id] = info
        return info

    def sponsor(self, matter: MatterInfo, when: datetime, *, primary: int | None = None) -> None:
        """A primary sponsor and up to three co-sponsors; now and then a staff member co-sponsors."""
        term = self.term_on(when.date())
        members = term.council_on(when.date())
        sponsors = [primary if primary is not None else self.rng.choice(members)]
        for person_id in self.rng.sample(members, self.rng.choice((0, 0, 1, 1, 2, 3))):
            if person_id not in sponsors:
                sponsors.append(person_id)
        if self.rng.random() < 0.2:
            staff = self.staff_on(matter.topic.staff, when.year)
            if staff not in sponsors:
                sponsors.append(staff)
        for position, person_id in enumerate(sponsors):
            self.out.add(
                "sponsorship",
                matter_id=matter.id,
                person_id=person_id,
                is_primary=position == 0,
                position=position,
            )

    def set_matter_status(self, matter: MatterInfo, status: MatterStatus) -> None:
        # Matter rows are in id order from the first id, so the row is found by offset.
        rows = self.out.rows["matter"]
        row = rows[matter.id - rows[0]["id"]]
        row["status"] = status

    def committee_for(self, topic: vocab.Topic) -> BodyInfo:
        for committee in self.committees:
            if topic.name in committee.topics:
                return committee
        return self.committees[0]


MEETING_DEFAULTS: dict[str, Any] = {
    "status": MeetingStatus.ADJOURNED,
    "minutes_status": MinutesStatus.DRAFT,
    "is_sample": True,
}
ITEM_KIND_OF_MATTER = {
    MatterKind.RESOLUTION: AgendaItemKind.RESOLUTION,
    MatterKind.ORDINANCE: AgendaItemKind.ORDINANCE,
    MatterKind.ORDER: AgendaItemKind.ORDER,
    MatterKind.APPOINTMENT: AgendaItemKind.COMMUNICATION,
    MatterKind.PROCLAMATION: AgendaItemKind.RESOLUTION,
}
PRESENT_LIKE = (AttendanceStatus.PRESENT, AttendanceStatus.REMOTE)


def _weekdays_in(year: int, month: int, weekday: int) -> list[date]:
    """Every date in the month falling on `weekday` (Monday = 0)."""
    day = date(year, month, 1)
    day += timedelta(days=(weekday - day.weekday()) % 7)
    result = []
    while day.month == month:
        result.append(day)
        day += timedelta(days=7)
    return result
