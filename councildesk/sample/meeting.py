"""One synthetic meeting as rows: attendance, a numbered agenda, speakers, motions, votes and ballots.

Vote results come from domain.rules.outcome over the ballots, exactly as the vote service computes
them, so the generated records agree with the arithmetic the application checks.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from councildesk.domain.agenda_numbering import AgendaNode, number_agenda
from councildesk.domain.enums import (
    AgendaItemKind,
    AttendanceStatus,
    BallotOption,
    MatterKind,
    MatterStatus,
    MeetingKind,
    MotionDisposition,
    MotionKind,
    SpeakerKind,
    Stance,
    ThresholdBase,
    ThresholdFraction,
    VoteMethod,
    VoteResult,
)
from councildesk.domain.rules import BodySize, Tally, Threshold, describe_tally, outcome
from councildesk.sample import vocabulary as vocab
from councildesk.sample.city import (
    ITEM_KIND_OF_MATTER,
    MEETING_DEFAULTS,
    PRESENT_LIKE,
    BodyInfo,
    MatterInfo,
    Row,
    Term,
)

if TYPE_CHECKING:
    from councildesk.sample.city import SyntheticCity

MAJORITY = Threshold(ThresholdFraction.MAJORITY, ThresholdBase.VOTES_CAST)
TWO_THIRDS_OF_COUNCIL = Threshold(ThresholdFraction.TWO_THIRDS, ThresholdBase.FULL_MEMBERSHIP)
# Substantive motions split this often; procedural ones (consent, adjourn, refer) never do, so
# that overall about one vote in five is a split roll call.
SPLIT_P = 0.3
TOPIC_WEIGHTS = {"immigration": 0.6, "budget": 2.0, "public works": 1.5, "zoning": 1.5}
CONSENT_ORDERS = (
    "Order to accept a gift of {amount} to the {dept}",
    "Order to declare surplus equipment of the {dept}",
    "Order to accept an easement for utilities on {street}",
    "Order to authorize the Mayor to apply for a state grant for the {dept}",
    "Order to set the date of the annual tax classification hearing",
    "Order to accept the donation of a bench for {park}",
)
STAFF_SUMMARIES = (
    "Presented the department's report on {topic} and answered councilors' questions.",
    "Explained the cost estimate and the schedule, and answered questions.",
    "Reviewed the recommendation of the {board} and the funding sources.",
    "Described the department's work on {topic} over the past year.",
)
AGAINST_WORDS = ("Opposed", "Questioned", "Complained", "delay")
NEUTRAL_WORDS = ("Described", "Thanked", "Spoke about", "Asked for lights")
SECTION_TITLES = {
    "presentations": "Presentations",
    "communications": "Communications and appointments from the Mayor",
    "consent": "Consent agenda",
    "resolutions": "Resolutions",
    "ordinances": "Ordinances",
    "orders": "Financial orders and orders",
    "reports": "Committee reports",
    "new": "New business",
}
SECTION_WEIGHTS = {
    "presentations": 0.5,
    "communications": 2.0,
    "consent": 3.0,
    "resolutions": 2.0,
    "ordinances": 1.0,
    "orders": 3.0,
    "reports": 0.5,
    "new": 1.0,
}


@dataclass
class Sitting:
    """What the builder needs to know about the meeting being built."""

    meeting: Row
    body: BodyInfo
    term: Term
    roll: list[int]  # voting members seated that day, in roll order
    status: dict[int, AttendanceStatus]
    clock: datetime
    items: list[Row] = field(default_factory=list)
    children: dict[int | None, int] = field(default_factory=dict)  # parent id -> next position
    motion_positions: dict[int, int] = field(default_factory=dict)  # item id -> next position
    speaker_positions: dict[int, int] = field(default_factory=dict)  # item id -> next position
    amended: set[int] = field(default_factory=set)  # motions with an adopted amendment
    titles: set[str] = field(default_factory=set)  # no two items of one meeting read the same

    @property
    def present(self) -> list[int]:
        return [p for p in self.roll if self.status[p] in PRESENT_LIKE]

    @property
    def any_remote(self) -> bool:
        return any(s is AttendanceStatus.REMOTE for s in self.status.values())

    @property
    def year(self) -> int:
        return self.clock.year

    def tick(self, minutes: float) -> datetime:
        self.clock += timedelta(seconds=int(minutes * 60))
        return self.clock


class MeetingBuilder:
    def __init__(self, city: SyntheticCity) -> None:
        self.city = city
        self.rng = city.rng
        self.out = city.out
        self.text = city.text
        topics = list(vocab.TOPICS)
        self.topics = topics
        self.topic_weights = [TOPIC_WEIGHTS.get(t.name, 1.0) for t in topics]

    # -- one meeting ------------------------------------------------------------------------
    def build(self, body: BodyInfo, when: datetime, kind: MeetingKind) -> None:
        city, rng = self.city, self.rng
        term = city.term_on(when.date())
        if body.is_council:
            roll = term.council_on(when.date())
        else:
            members = term.committee_on(body.id, when.date())
            roll = sorted(members, key=lambda p: (city.family(p), city.display(p)))
        started = when + timedelta(minutes=rng.randint(0, 6))
        meeting = self.out.add(
            "meeting",
            body_id=body.id,
            kind=kind,
            title="",
            scheduled_start=when,
            called_to_order_at=started,
            adjourned_at=None,
            location=f"City Council Chambers, City Hall, 210 Main Street, {city.city}"
            if body.is_council
            else f"Hearing Room 18, City Hall, 210 Main Street, {city.city}",
            presiding_person_id=None,
            recording_person_id=city.clerk_id,
            notices="",
            **MEETING_DEFAULTS,
        )
        sitting = Sitting(meeting, body, term, roll, {}, started)
        self._attendance(sitting)
        if kind is MeetingKind.HEARING:
            self._hearing(sitting)
        elif kind is MeetingKind.SPECIAL:
            self._special(sitting)
        elif body.is_council:
            self._regular(sitting)
        else:
            self._committee(sitting)
        self._number(sitting)
        meeting["adjourned_at"] = sitting.tick(rng.uniform(0.5, 2))
        if body.is_council and rng.random() < 0.06:
            meeting["notices"] = self.text.fill(
                rng.choice(vocab.POINTS_OF_ORDER),
                year=when.year,
                member=city.family(rng.choice(sitting.present)),
            )

    def _attendance(self, sitting: Sitting) -> None:
        """Mostly present; some absent, excused or remote (with a reason); always a quorum."""
        rng = self.rng
        remote_p = 0.08 if sitting.year >= 2020 else 0.015
        reasons: dict[int, str] = {}
        for person_id in sitting.roll:
            r = rng.random()
            if r < 0.025:
                status = AttendanceStatus.ABSENT
            elif r < 0.06:
                status = AttendanceStatus.EXCUSED
            elif r < 0.06 + remote_p:
                status = AttendanceStatus.REMOTE
                reasons[person_id] = rng.choice(vocab.REMOTE_REASONS)
            else:
                status = AttendanceStatus.PRESENT
            sitting.status[person_id] = status
        quorum = sitting.body.seat_count // 2 + 1
        while len(sitting.present) < quorum:
            missing = [p for p in sitting.roll if sitting.status[p] not in PRESENT_LIKE]
            sitting.status[rng.choice(missing)] = AttendanceStatus.PRESENT
        meeting_id = sitting.meeting["id"]
        for person_id in sitting.roll:
            self.out.add(
                "attendance",
                meeting_id=meeting_id,
                person_id=person_id,
                status=sitting.status[person_id],
                arrived_at=None,
                left_at=None,
                remote_reason=reasons.get(person_id, "")
                if sitting.status[person_id] is AttendanceStatus.REMOTE
                else "",
            )
        if sitting.body.is_council:  # the clerk keeps the record and is always there
            self.out.add(
                "attendance",
                meeting_id=meeting_id,
                person_id=self.city.clerk_id,
                status=AttendanceStatus.PRESENT,
                arrived_at=None,
                left_at=None,
                remote_reason="",
            )
        # The president (committee: the chair) presides, else the vice-president, else a member present.
        if sitting.body.is_council:
            preferred = [sitting.term.president, sitting.term.vice_president]
        else:
            preferred = [sitting.term.committees[sitting.body.id][0]]
        # An officer who has resigned is not on the roll; the next in line presides.
        in_room = [p for p in preferred if sitting.status.get(p) is AttendanceStatus.PRESENT]
        sitting.meeting["presiding_person_id"] = in_room[0] if in_room else sitting.present[0]

    # -- agendas ----------------------------------------------------------------------------
    def _regular(self, s: Sitting) -> None:
        rng = self.rng
        total = rng.randint(25, 40)
        counts = dict.fromkeys(SECTION_TITLES, 1) | {"consent": 2}
        counts["reports"] = max(1, min(len(self.city.reported), 4))
        counts["ordinances"] = max(1, min(len(self.city.second_reading), 3) + rng.randint(0, 1))
        fixed = 3  # call to order, public comment, adjournment
        remaining = total - fixed - len(SECTION_TITLES) - sum(counts.values())
        names = list(SECTION_WEIGHTS)
        weights = list(SECTION_WEIGHTS.values())
        for name in rng.choices(names, weights, k=max(0, remaining)):
            counts[name] += 1

        self._call_to_order(s)
        comment = self._item(s, AgendaItemKind.PUBLIC_COMMENT, "Public comment")
        self._public_comment(s, comment, rng.choice((0, 1, 2, 2, 3, 4, 6)))
        for name, title in SECTION_TITLES.items():
            section = self._item(s, AgendaItemKind.SECTION, title)
            for _ in range(counts[name]):
                getattr(self, f"_{name}_item")(s, section)
            if name == "consent":
                self._adopt_consent(s, section)
        self._adjournment(s)

    def _special(self, s: Sitting) -> None:
        topic = self._topic()
        s.meeting["title"] = f"Special meeting on {topic.name}"
        self._call_to_order(s)
        for _ in range(self.rng.randint(1, 5)):
            choice = self.rng.random()
            if choice < 0.3 and self.city.second_reading:
                self._ordinances_item(s, None)
            elif choice < 0.6:
                self._orders_item(s, None, topic=topic)
            else:
                self._resolutions_item(s, None, topic=topic)
        self._adjournment(s)

    def _hearing(self, s: Sitting) -> None:
        budget = next(t for t in self.topics if t.name == "budget")
        fy = s.year + 1
        s.meeting["title"] = f"Public hearing on the fiscal year {fy} budget"
        self._call_to_order(s)
        hearing = self._item(
            s, AgendaItemKind.PUBLIC_COMMENT, f"Public hearing: fiscal year {fy} operating budget"
        )
        for _ in range(self.rng.randint(3, 10)):
            self._speaker(s, hearing, budget)
        hearing["discussion"] = self.text.discussion(
            budget, year=s.year, members=self._names(s), staff="Finance Director"
        )
        matter = self.city.new_matter(
            MatterKind.ORDER, budget, s.clock, title=f"Order to adopt the fiscal year {fy} operating budget"
        )
        self.city.sponsor(matter, s.clock, primary=self.city.staff_on("Mayor", s.year))
        item = self._item(s, AgendaItemKind.ORDER, matter.title, matter_id=matter.id)
        self._decide(s, item, matter, "To adopt the fiscal year budget as presented.")
        self._adjournment(s)

    def _committee(self, s: Sitting) -> None:
        rng, city = self.rng, self.city
        self._call_to_order(s)
        comment = self._item(s, AgendaItemKind.PUBLIC_COMMENT, "Public comment")
        self._public_comment(s, comment, rng.choice((0, 0, 1, 2, 3)))
        waiting = city.referred[s.body.id]
        take = min(len(waiting), rng.randint(2, 6))
        for matter in waiting[:take]:
            item = self._item(s, ITEM_KIND_OF_MATTER.get(matter.kind, AgendaItemKind.OTHER), matter.title)
            item["matter_id"] = matter.id
            self._discuss(s, item, matter.topic)
            motion = self._motion(
                s, item, f"To recommend that the City Council adopt the {matter.kind.value}."
            )
            result, tally = self._vote(s, motion, split_p=SPLIT_P)
            verdict = "favorably" if result is VoteResult.PASS else "unfavorably"
            item["action_text"] = f"Reported {verdict} to the City Council ({describe_tally(tally)})."
            city.reported.append(matter)
        del waiting[:take]
        for _ in range(rng.randint(1, 3) if take < 2 else 0):
            topic = self._topic(s.body.topics)
            templates = topic.orders + topic.ordinances
            title = self._fresh(s, lambda: "Discussion: " + self._fill(s, rng.choice(templates)))  # noqa: B023
            self._discuss(s, self._item(s, AgendaItemKind.OTHER, title), topic, always=True)
        self._adjournment(s)

    # -- sections ---------------------------------------------------------------------------
    def _call_to_order(self, s: Sitting) -> None:
        item = self._item(s, AgendaItemKind.SECTION, "Call to order and roll call")
        item["action_text"] = (
            f"{len(s.present)} of {s.body.seat_count} members present; a quorum was present."
        )
        s.tick(2)

    def _adjournment(self, s: Sitting) -> None:
        item = self._item(s, AgendaItemKind.OTHER, "Adjournment")
        motion = self._motion(s, item, "To adjourn.", kind=MotionKind.ADJOURN)
        self._vote(s, motion, split_p=0)
        item["action_text"] = f"Adjourned at {s.clock:%H:%M}."

    def _presentations_item(self, s: Sitting, section: Row) -> None:
        topic = self._topic()
        staff = self.city.staff_on(topic.staff, s.year)
        title = self._fresh(
            s,
            lambda: self._fill(s, self.rng.choice(vocab.PRESENTATIONS), staff=topic.staff).replace(
                "{topic}", topic.name
            ),
        )
        item = self._item(s, AgendaItemKind.PRESENTATION, title, parent=section)
        self._speaker(s, item, topic, person_id=staff, kind=SpeakerKind.PRESENTER)
        self._discuss(s, item, topic, always=True)

    def _communications_item(self, s: Sitting, section: Row) -> None:
        rng, city = self.rng, self.city
        if rng.random() < 0.4:
            topic = self._topic()
            nominee = self.text.name().display
            board = rng.choice(vocab.BOARDS)
            matter = city.new_matter(
                MatterKind.APPOINTMENT, topic, s.clock, title=f"Appointment of {nominee} to the {board}"
            )
            city.sponsor(matter, s.clock, primary=city.staff_on("Mayor", s.year))
            item = self._item(
                s, AgendaItemKind.COMMUNICATION, matter.title, parent=section, matter_id=matter.id
            )
            self._decide(s, item, matter, "To confirm the appointment.", split_p=0.1)
        else:
            title = self._fresh(s, lambda: self._fill(s, rng.choice(vocab.COMMUNICATIONS)))
            item = self._item(s, AgendaItemKind.COMMUNICATION, title, parent=section)
            if rng.random() < 0.5:
                motion = self._motion(s, item, "To accept the communication and place it on file.")
                self._vote(s, motion, split_p=0)
                item["action_text"] = "Accepted and placed on file."

    def _consent_item(self, s: Sitting, section: Row) -> None:
        topic = self._topic()
        title = self._matter_title(s, MatterKind.ORDER, topic, CONSENT_ORDERS)
        matter = self.city.new_matter(MatterKind.ORDER, topic, s.clock, title=title)
        self.city.sponsor(matter, s.clock)
        item = self._item(s, AgendaItemKind.ORDER, title, parent=section, matter_id=matter.id)
        item["consent"] = True

    def _adopt_consent(self, s: Sitting, section: Row) -> None:
        """One motion adopts every item on the consent agenda."""
        motion = self._motion(s, section, "To adopt the consent agenda.")
        result, tally = self._vote(s, motion, split_p=0)
        status = MatterStatus.ADOPTED if result is VoteResult.PASS else MatterStatus.FAILED
        for item in s.items:
            if item["parent_id"] == section["id"]:
                self.city.set_matter_status(self.city.matters[item["matter_id"]], status)
                item["action_text"] = "Adopted on the consent agenda." if result is VoteResult.PASS else ""
        section["action_text"] = f"Consent agenda adopted ({describe_tally(tally)})."

    def _resolutions_item(self, s: Sitting, section: Row | None, *, topic: vocab.Topic | None = None) -> None:
        topic = topic or self._topic()
        kind = (
            MatterKind.PROCLAMATION
            if topic.name == "veterans" and self.rng.random() < 0.5
            else MatterKind.RESOLUTION
        )
        title = self._matter_title(s, kind, topic)
        if kind is MatterKind.PROCLAMATION:
            title = "Proclamation " + title.removeprefix("Resolution ").removeprefix("Proclamation ")
        matter = self.city.new_matter(kind, topic, s.clock, title=title)
        self.city.sponsor(matter, s.clock)
        item = self._item(s, AgendaItemKind.RESOLUTION, matter.title, parent=section, matter_id=matter.id)
        for _ in range(self.rng.choice((0, 0, 1, 2, 3, 4))):
            self._speaker(s, item, topic)
        self._discuss(s, item, topic)
        self._decide(s, item, matter, f"To adopt the {kind.value}.", may_refer=True)

    def _ordinances_item(self, s: Sitting, section: Row | None) -> None:
        city, rng = self.city, self.rng
        if city.second_reading and rng.random() < 0.8:
            matter = city.second_reading.pop(0)
            item = self._item(s, AgendaItemKind.ORDINANCE, matter.title, parent=section, matter_id=matter.id)
            item["body"] = "Second reading."
            self._discuss(s, item, matter.topic)
            self._decide(s, item, matter, "To adopt the ordinance on second reading.")
            return
        topic = self._topic()
        matter = city.new_matter(
            MatterKind.ORDINANCE, topic, s.clock, title=self._matter_title(s, MatterKind.ORDINANCE, topic)
        )
        city.sponsor(matter, s.clock)
        item = self._item(s, AgendaItemKind.ORDINANCE, matter.title, parent=section, matter_id=matter.id)
        item["body"] = "First reading."
        if rng.random() < 0.6:
            self._refer(s, item, matter)
            return
        self._discuss(s, item, topic)
        motion = self._motion(s, item, "To pass the ordinance to a second reading.")
        result, tally = self._vote(s, motion, split_p=SPLIT_P)
        if result is VoteResult.PASS:
            city.set_matter_status(matter, MatterStatus.PENDING)
            city.second_reading.append(matter)
            item["action_text"] = f"Passed to a second reading ({describe_tally(tally)})."
        else:
            city.set_matter_status(matter, MatterStatus.FAILED)
            item["action_text"] = f"Failed on first reading ({describe_tally(tally)})."

    def _orders_item(self, s: Sitting, section: Row | None, *, topic: vocab.Topic | None = None) -> None:
        topic = topic or self._topic()
        city = self.city
        matter = city.new_matter(
            MatterKind.ORDER, topic, s.clock, title=self._matter_title(s, MatterKind.ORDER, topic)
        )
        primary = city.staff_on("Mayor", s.year) if self.rng.random() < 0.3 else None
        city.sponsor(matter, s.clock, primary=primary)
        item = self._item(s, AgendaItemKind.ORDER, matter.title, parent=section, matter_id=matter.id)
        if self.rng.random() < 0.4:
            self._speaker(
                s, item, topic, person_id=city.staff_on(topic.staff, s.year), kind=SpeakerKind.STAFF
            )
        self._discuss(s, item, topic)
        self._decide(s, item, matter, "To adopt the order.", may_refer=True)

    def _reports_item(self, s: Sitting, section: Row) -> None:
        city = self.city
        if city.reported:
            matter = city.reported.pop(0)
            committee = city.committee_for(matter.topic)
            item = self._item(
                s,
                AgendaItemKind.REPORT,
                f"Report of the {committee.name}: {matter.title}",
                parent=section,
                matter_id=matter.id,
            )
            self._discuss(s, item, matter.topic)
            self._decide(s, item, matter, f"To accept the report and adopt the {matter.kind.value}.")
            return
        committee = self.rng.choice(city.committees)
        title = self._fresh(
            s, lambda: f"Report of the {committee.name} on {self._topic(committee.topics).name}"
        )
        topic = next(t for t in self.topics if title.endswith(f" on {t.name}"))
        item = self._item(s, AgendaItemKind.REPORT, title, parent=section)
        self._discuss(s, item, topic, always=True)
        motion = self._motion(s, item, "To accept the report and place it on file.")
        self._vote(s, motion, split_p=0)
        item["action_text"] = "Accepted and placed on file."

    def _new_item(self, s: Sitting, section: Row) -> None:
        topic = self._topic()
        title = self._fresh(
            s,
            lambda: self._fill(
                s, self.rng.choice(vocab.NEW_BUSINESS), member=self._member_name(s), staff=topic.staff
            ),
        )
        item = self._item(s, AgendaItemKind.OTHER, title, parent=section)
        if title.startswith("Announcements"):
            item["discussion"] = self.text.fill(
                "Councilor {member} announced a ward meeting in {place}; "
                "Councilor {member} thanked the {dept}.",
                year=s.year,
                member=self._member_name(s),
            )
        elif self.rng.random() < 0.4:
            motion = self._motion(s, item, "To approve the request.")
            result, tally = self._vote(s, motion, split_p=SPLIT_P / 2)
            item["action_text"] = (
                f"{'Approved' if result is VoteResult.PASS else 'Not approved'} ({describe_tally(tally)})."
            )

    # -- decisions --------------------------------------------------------------------------
    def _decide(
        self,
        s: Sitting,
        item: Row,
        matter: MatterInfo,
        text: str,
        *,
        may_refer: bool = False,
        split_p: float = SPLIT_P,
    ) -> None:
        """Refer, table, withdraw, or (mostly) move, maybe amend, and vote; the matter follows the result."""
        rng, city = self.rng, self.city
        if may_refer and rng.random() < 0.08:
            self._refer(s, item, matter)
            return
        main = self._motion(s, item, text)
        roll = rng.random()
        if roll < 0.015:
            main["disposition"] = MotionDisposition.WITHDRAWN
            city.set_matter_status(matter, MatterStatus.WITHDRAWN)
            item["action_text"] = "The motion was withdrawn by the mover."
            return
        if roll < 0.035:
            table = self._motion(s, item, "To lay the matter on the table.", kind=MotionKind.TABLE)
            self._vote(s, table, split_p=0)
            main["disposition"] = MotionDisposition.TABLED
            city.set_matter_status(matter, MatterStatus.TABLED)
            item["action_text"] = "Laid on the table."
            return
        if rng.random() < 0.1:
            amendment = self._motion(s, item, self.text.amendment(), kind=MotionKind.AMENDMENT, parent=main)
            self._vote(s, amendment, split_p=split_p)
        threshold = TWO_THIRDS_OF_COUNCIL if matter.two_thirds and s.body.is_council else MAJORITY
        result, tally = self._vote(s, main, split_p=split_p, threshold=threshold)
        city.set_matter_status(
            matter, MatterStatus.ADOPTED if result is VoteResult.PASS else MatterStatus.FAILED
        )
        verb = "Adopted" if result is VoteResult.PASS else "Failed"
        if main["disposition"] is MotionDisposition.ADOPTED_AS_AMENDED:
            verb = "Adopted as amended"
        unanimous = tally.no == 0 and tally.abstain == 0 and tally.recused == 0
        how = "unanimously, " if unanimous and result is VoteResult.PASS else ""
        item["action_text"] = f"{verb} {how}{describe_tally(tally)}" + (
            f" under {threshold.describe()}." if threshold != MAJORITY else "."
        )

    def _refer(self, s: Sitting, item: Row, matter: MatterInfo) -> None:
        committee = self.city.committee_for(matter.topic)
        motion = self._motion(
            s, item, f"To refer the {matter.kind.value} to the {committee.name}.", kind=MotionKind.REFER
        )
        self._vote(s, motion, split_p=0)
        self.city.set_matter_status(matter, MatterStatus.REFERRED)
        self.city.referred[committee.id].append(matter)
        item["action_text"] = f"Referred to the {committee.name}."

    def _motion(
        self,
        s: Sitting,
        item: Row,
        text: str,
        *,
        kind: MotionKind = MotionKind.MAIN,
        parent: Row | None = None,
    ) -> Row:
        mover, seconder = self.rng.sample(s.present, 2)
        position = s.motion_positions.get(item["id"], 0)
        s.motion_positions[item["id"]] = position + 1
        return self.out.add(
            "motion",
            agenda_item_id=item["id"],
            parent_motion_id=parent["id"] if parent else None,
            position=position,
            kind=kind,
            text=text,
            mover_id=mover,
            seconder_id=seconder,
            disposition=MotionDisposition.PENDING,
            made_at=s.tick(self.rng.uniform(0.5, 3)),
        )

    def _vote(
        self, s: Sitting, motion: Row, *, split_p: float, threshold: Threshold = MAJORITY
    ) -> tuple[VoteResult, Tally]:
        """Ballots for every voting member seated that day; the result is the rules' outcome."""
        rng = self.rng
        present = s.present
        ballots: dict[int, tuple[BallotOption, str]] = {}
        for person_id in s.roll:
            status = s.status[person_id]
            if status is AttendanceStatus.ABSENT:
                ballots[person_id] = (BallotOption.ABSENT, "")
            elif status is AttendanceStatus.EXCUSED:
                ballots[person_id] = (BallotOption.EXCUSED, "")
            else:
                ballots[person_id] = (BallotOption.YES, "")
        split = len(present) >= 3 and rng.random() < split_p
        if split:
            self._split(s, motion, present, ballots)
            method = VoteMethod.ROLL_CALL
        elif s.any_remote or rng.random() < 0.1:
            method = VoteMethod.ROLL_CALL  # with a member remote, every vote is a roll call
        else:
            method = VoteMethod.VOICE if rng.random() < 0.2 else VoteMethod.UNANIMOUS_CONSENT
        tally = Tally.from_options(option for option, _note in ballots.values())
        size = BodySize(seat_count=s.body.seat_count, seats_filled=min(len(s.roll), s.body.seat_count))
        result = outcome(threshold, tally, size)
        vote = self.out.add(
            "vote",
            motion_id=motion["id"],
            method=method,
            threshold_fraction=threshold.fraction,
            threshold_base=threshold.base,
            result=result,
            declared_result=None,
            yes_count=None,
            no_count=None,
            abstain_count=None,
            taken_at=s.tick(rng.uniform(0.5, 2)),
        )
        for person_id in s.roll:
            option, note = ballots[person_id]
            self.out.add("ballot", vote_id=vote["id"], person_id=person_id, option=option, note=note)
        if result is VoteResult.FAIL:
            motion["disposition"] = MotionDisposition.FAILED
        elif motion["id"] in s.amended:
            motion["disposition"] = MotionDisposition.ADOPTED_AS_AMENDED
        else:
            motion["disposition"] = MotionDisposition.ADOPTED
        if result is VoteResult.PASS and motion["kind"] is MotionKind.AMENDMENT:
            s.amended.add(motion["parent_motion_id"])
        return result, tally

    def _split(
        self, s: Sitting, motion: Row, present: list[int], ballots: dict[int, tuple[BallotOption, str]]
    ) -> None:
        """Some noes (the members leaning the other way), maybe abstentions and a recusal with its reason."""
        rng = self.rng
        # The mover and seconder vote for their own motion.
        others = [p for p in present if p not in (motion["mover_id"], motion["seconder_id"])]
        if others and rng.random() < 0.15:
            recused = rng.choice(others)
            others.remove(recused)
            ballots[recused] = (BallotOption.RECUSED, rng.choice(vocab.RECUSAL_REASONS))
        if not others:
            return
        direction = rng.choice((-1.0, 1.0))
        ranked = sorted(
            others, key=lambda p: -(self.city.leaning.get(p, 0.0) * direction + rng.gauss(0.0, 0.3))
        )
        voting = len(present)
        if rng.random() < 0.25:  # a contested item that fails
            noes = rng.randint(max(1, math.ceil(voting / 2) - 1), len(ranked))
        else:
            noes = rng.randint(1, max(1, min(len(ranked), voting // 3)))
        for person_id in ranked[:noes]:
            ballots[person_id] = (BallotOption.NO, "")
        rest = ranked[noes:]
        abstain = rng.choices((0, 1, 2), weights=(6, 3, 1))[0]
        for person_id in rng.sample(rest, min(abstain, len(rest))):
            ballots[person_id] = (BallotOption.ABSTAIN, "")
        still_yes = [p for p in rest if ballots[p][0] is BallotOption.YES]
        if still_yes and rng.random() < 0.08:  # now and then a member answers "present"
            ballots[rng.choice(still_yes)] = (BallotOption.PRESENT, "")

    # -- bits -------------------------------------------------------------------------------
    def _item(
        self,
        s: Sitting,
        kind: AgendaItemKind,
        title: str,
        *,
        parent: Row | None = None,
        matter_id: int | None = None,
    ) -> Row:
        parent_id = parent["id"] if parent else None
        position = s.children.get(parent_id, 0)
        s.children[parent_id] = position + 1
        item = self.out.add(
            "agenda_item",
            meeting_id=s.meeting["id"],
            parent_id=parent_id,
            position=position,
            number="",
            kind=kind,
            title=title,
            body="",
            discussion="",
            action_text="",
            consent=False,
            matter_id=matter_id,
            started_at=s.tick(self.rng.uniform(0.5, 2)),
        )
        s.items.append(item)
        return item

    def _number(self, s: Sitting) -> None:
        """The same numbers the agenda service gives: '3', '3.1', '3.2' …"""
        numbered = number_agenda(AgendaNode(i["id"], i["parent_id"], i["position"]) for i in s.items)
        by_id = {i["id"]: i for i in s.items}
        for node in numbered:
            by_id[node.id]["number"] = node.number

    def _discuss(self, s: Sitting, item: Row, topic: vocab.Topic, *, always: bool = False) -> None:
        if always or self.rng.random() < 0.75:
            item["discussion"] = self.text.discussion(
                topic, year=s.year, members=self._names(s), staff=topic.staff
            )
            s.tick(self.rng.uniform(2, 10))

    def _public_comment(self, s: Sitting, item: Row, count: int) -> None:
        for _ in range(count):
            self._speaker(s, item, self._topic(), on_item=False)
        if not count:
            item["discussion"] = "No one asked to speak."

    def _speaker(
        self,
        s: Sitting,
        item: Row,
        topic: vocab.Topic,
        *,
        person_id: int | None = None,
        kind: SpeakerKind = SpeakerKind.PUBLIC_COMMENT,
        on_item: bool = True,
    ) -> None:
        """A speaker with affiliation or residence: a staff member, a regular, or a newcomer."""
        rng, city = self.rng, self.city
        if person_id is None and rng.random() < 0.35:
            person_id = rng.choice(city.regulars)
        if person_id is not None:
            person = city.people[person_id]
            name, affiliation, residence = person["display_name"], person["affiliation"], person["residence"]
            if person["title"]:
                affiliation = person["title"]
        else:
            name = self.text.name().display
            affiliation = rng.choice(vocab.AFFILIATIONS) if rng.random() < 0.4 else ""
            residence = rng.choice(vocab.NEIGHBORHOODS) if not affiliation or rng.random() < 0.3 else ""
        stance: Stance | None = None
        if kind is SpeakerKind.PUBLIC_COMMENT:
            summary = self.text.speaker_summary(topic, year=s.year)
            if on_item:  # a stance only means something when the speaker addresses a matter
                stance = stance_of(summary)
        else:
            summary = self._fill(s, rng.choice(STAFF_SUMMARIES)).replace("{topic}", topic.name)
        duration = rng.randint(60, 180)  # the three-minute limit
        position = s.speaker_positions.get(item["id"], 0)
        s.speaker_positions[item["id"]] = position + 1
        self.out.add(
            "speaker",
            agenda_item_id=item["id"],
            person_id=person_id,
            name=name,
            affiliation=affiliation,
            residence=residence,
            kind=kind,
            stance=stance,
            summary=summary,
            position=position,
            started_at=s.clock,
            duration_seconds=duration,
        )
        s.tick(duration / 60)

    def _fresh(self, s: Sitting, draw: Callable[[], str]) -> str:
        """A title no other item of this meeting has (a few draws, then accept a repeat)."""
        title = draw()
        for _ in range(8):
            if title not in s.titles:
                break
            title = draw()
        s.titles.add(title)
        return title

    def _fill(self, s: Sitting, template: str, *, member: str = "", staff: str = "") -> str:
        return self.text.fill(template, year=s.year, member=member, staff=staff)

    def _matter_title(
        self, s: Sitting, kind: MatterKind, topic: vocab.Topic, templates: tuple[str, ...] = ()
    ) -> str:
        templates = templates or {
            MatterKind.RESOLUTION: topic.resolutions,
            MatterKind.PROCLAMATION: topic.resolutions,
            MatterKind.ORDINANCE: topic.ordinances,
        }.get(kind, topic.orders)
        used = self.city.matter_titles.setdefault(s.year, set())
        title = self._fill(s, self.rng.choice(templates))
        for _ in range(8):  # a city seldom takes up the same measure twice in one year
            if title not in used and title not in s.titles:
                break
            title = self._fill(s, self.rng.choice(templates))
        used.add(title)
        s.titles.add(title)
        return title

    def _topic(self, names: tuple[str, ...] = ()) -> vocab.Topic:
        if names:
            return self.rng.choice([t for t in self.topics if t.name in names])
        return self.rng.choices(self.topics, self.topic_weights)[0]

    def _names(self, s: Sitting) -> list[str]:
        return [self.city.family(p) for p in s.present]

    def _member_name(self, s: Sitting) -> str:
        return self.city.family(self.rng.choice(s.present))


def stance_of(summary: str) -> Stance:
    """The stance a public speaker's summary expresses, so that the two never contradict."""
    if any(word in summary for word in AGAINST_WORDS):
        return Stance.AGAINST
    if any(summary.startswith(word) for word in NEUTRAL_WORDS):
        return Stance.NEUTRAL
    return Stance.FOR
