"""Two processes race on one PostgreSQL database, round after round, and the outcome is counted.

The five races of the shared office: both clerks edit one item's title from the same copy, both
record the roll call of one motion, both add an item to one meeting, one approves the minutes
while the other adds an item to them, and both approve the same minutes. Each round the two
workers meet at a barrier and then act at once; every outcome ("saved", the sentence refused
with, or a traceback) goes back to the parent, which checks the database afterwards.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

RACES = ("edit title", "roll call", "add item", "approve vs add item", "both approve")
BARRIER_SECONDS = 60


@dataclass(frozen=True)
class Plan:
    """The records each round races on, made before the workers start."""

    url: str
    rounds: int
    items: tuple[int, ...]  # one per round: both edit its title
    motions: tuple[int, ...]  # one per round: both record its roll call
    members: tuple[int, ...]
    add_meeting: int  # both add items here, every round
    approve_add: tuple[int, ...]  # one adjourned meeting per round: approved while an item is added
    both_approve: tuple[int, ...]  # one adjourned meeting per round: approved by both
    approving_meeting: int


@dataclass
class Table:
    """What the races did: outcomes per race and worker, and the faults found in the database."""

    rounds: int
    outcomes: dict[str, Counter[str]] = field(default_factory=dict)
    lost_updates: int = 0
    double_votes: int = 0
    duplicate_numbers: int = 0
    gaps_in_positions: int = 0
    tracebacks: list[str] = field(default_factory=list)
    approvals: int = 0
    approvals_ok: int = 0
    double_approvals: int = 0

    def lines(self) -> list[str]:
        rows = [f"{race}: {dict(self.outcomes.get(race, {}))}" for race in RACES]
        rows.append(
            f"rounds {self.rounds}; lost updates {self.lost_updates}; double votes {self.double_votes}; "
            f"duplicate numbers {self.duplicate_numbers}; position gaps {self.gaps_in_positions}; "
            f"tracebacks {len(self.tracebacks)}; approvals verified OK {self.approvals_ok} of "
            f"{self.approvals}; double approvals {self.double_approvals}"
        )
        return rows


def prepare(url: str, rounds: int) -> Plan:
    """A council of three present members and the rows every round needs, through the services."""
    from councildesk.db.engine import open_database
    from councildesk.domain.enums import AttendanceStatus
    from councildesk.services.container import Services

    start = datetime(2024, 1, 8, 19, 0)
    with open_database(url) as db:
        sv = Services(db)
        body = sv.bodies.create_body("Race City Council", 3)
        members = []
        for n, name in enumerate(("Ada Ames", "Bo Burke", "Cy Cruz")):
            person = sv.people.create_person(name)
            post = sv.bodies.add_post(body.id, f"Ward {n + 1}")
            sv.bodies.add_membership(person.id, body.id, date(2024, 1, 1), post_id=post.id)
            members.append(person.id)

        def meeting(day: int, adjourned: bool) -> int:
            when = start + timedelta(days=day)
            m = sv.meetings.create_meeting(body.id, when, location="City Hall")
            if not adjourned:  # the meetings that only get approved need no roll
                for pid in members:
                    sv.meetings.set_attendance(m.id, pid, AttendanceStatus.PRESENT)
            if adjourned:
                sv.meetings.call_to_order(m.id, when)
                sv.agenda.add_item(m.id, "Call to order")
                sv.meetings.adjourn(m.id, when + timedelta(hours=1))
            return m.id

        work = meeting(0, adjourned=False)
        items = tuple(sv.agenda.add_item(work, f"Item {n}").id for n in range(rounds))
        motions = tuple(sv.motions.make_motion(i, "To adopt").id for i in items)
        add_meeting = meeting(1, adjourned=False)
        approve_add = tuple(meeting(2 + n, adjourned=True) for n in range(rounds))
        both_approve = tuple(meeting(2 + rounds + n, adjourned=True) for n in range(rounds))
        approving = meeting(2 + 2 * rounds, adjourned=False)
    return Plan(
        url, rounds, items, motions, tuple(members), add_meeting, approve_add, both_approve, approving
    )


def _worker(plan: Plan, me: int, barrier: Any, out: Any) -> None:
    """One clerk's client: every round of every race, in step with the other worker."""
    from councildesk.db.engine import open_database
    from councildesk.domain.enums import BallotOption
    from councildesk.domain.errors import UserError
    from councildesk.services.container import Services

    results: list[tuple[str, int, str]] = []
    with open_database(plan.url, upgrade=False) as db:
        sv = Services(db)

        def attempt(race: str, n: int, action: Any, *args: Any, **kwargs: Any) -> None:
            barrier.wait(BARRIER_SECONDS)
            try:
                action(*args, **kwargs)
            except UserError as error:
                results.append((race, n, f"refused: {error}"))
            except Exception:  # noqa: BLE001 - a traceback is what this harness counts
                results.append((race, n, "traceback: " + traceback.format_exc()))
            else:
                results.append((race, n, "saved"))

        for n, item_id in enumerate(plan.items):
            seen = sv.agenda.get_item(item_id)  # both read before either writes
            barrier.wait(BARRIER_SECONDS)
            title = f"Title by clerk {me} in round {n}"
            attempt(
                "edit title",
                n,
                sv.agenda.update_item,
                item_id,
                title=title,
                expected_version=seen.row_version,
            )
        ballots = {pid: BallotOption.YES for pid in plan.members}
        for n, motion_id in enumerate(plan.motions):
            attempt("roll call", n, sv.votes.record_roll_call, motion_id, ballots)
        for n in range(plan.rounds):
            attempt("add item", n, sv.agenda.add_item, plan.add_meeting, f"Added by {me} in {n}")
        for n, meeting_id in enumerate(plan.approve_add):
            if me == 0:
                attempt(
                    "approve vs add item",
                    n,
                    sv.approvals.approve,
                    meeting_id,
                    at_meeting_id=plan.approving_meeting,
                )
            else:
                attempt("approve vs add item", n, sv.agenda.add_item, meeting_id, "A late item")
        for n, meeting_id in enumerate(plan.both_approve):
            attempt("both approve", n, sv.approvals.approve, meeting_id, at_meeting_id=plan.approving_meeting)
    out.put((me, results))


def race(url: str, rounds: int) -> Table:
    """Run every race `rounds` times between two processes and count what went wrong."""
    plan = prepare(url, rounds)
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no shared connections
    barrier = context.Barrier(2)
    out = context.Queue()
    workers = [context.Process(target=_worker, args=(plan, me, barrier, out)) for me in (0, 1)]
    for w in workers:
        w.start()
    collected = dict(out.get(timeout=BARRIER_SECONDS * 10) for _ in workers)
    for w in workers:
        w.join(BARRIER_SECONDS)
    return check(plan, collected)


def check(plan: Plan, collected: dict[int, list[tuple[str, int, str]]]) -> Table:
    """Count the outcomes and look in the database for what the races must never leave behind."""
    from sqlalchemy import func, select

    from councildesk.db.engine import open_database
    from councildesk.db.models import AgendaItem, MinutesApproval, Vote
    from councildesk.services.approval_service import VerificationStatus
    from councildesk.services.container import Services

    table = Table(plan.rounds)
    told: dict[tuple[str, int], dict[int, str]] = {}
    for me, results in collected.items():
        for race_name, n, outcome in results:
            kind = outcome.split(":", 1)[0]
            table.outcomes.setdefault(race_name, Counter())[kind] += 1
            told.setdefault((race_name, n), {})[me] = outcome
            if kind == "traceback":
                table.tracebacks.append(outcome)
    with open_database(plan.url, upgrade=False) as db:
        sv = Services(db)
        for n, item_id in enumerate(plan.items):
            saved = [me for me, o in told.get(("edit title", n), {}).items() if o == "saved"]
            title = sv.agenda.get_item(item_id).title
            # Lost: both were told "saved", or the title is not the one of the clerk told so.
            if len(saved) != 1 or title != f"Title by clerk {saved[0]} in round {n}":
                table.lost_updates += 1
        with db.reading() as s:
            for motion_id in plan.motions:
                votes = s.scalar(select(func.count()).select_from(Vote).where(Vote.motion_id == motion_id))
                table.double_votes += max(0, int(votes or 0) - 1)
            rows = s.execute(
                select(AgendaItem.number, AgendaItem.position).where(
                    AgendaItem.meeting_id == plan.add_meeting, AgendaItem.parent_id.is_(None)
                )
            ).all()
            numbers = [r.number for r in rows]
            table.duplicate_numbers = len(numbers) - len(set(numbers))
            table.gaps_in_positions = int(sorted(r.position for r in rows) != list(range(len(rows))))
            for meeting_id in (*plan.approve_add, *plan.both_approve):
                count = s.scalar(
                    select(func.count())
                    .select_from(MinutesApproval)
                    .where(MinutesApproval.meeting_id == meeting_id)
                )
                table.double_approvals += max(0, int(count or 0) - 1)
        added = table.outcomes.get("add item", Counter())["saved"]
        if added != len(numbers):
            table.duplicate_numbers += abs(added - len(numbers))
        for meeting_id in (*plan.approve_add, *plan.both_approve):
            found = sv.approvals.verify(meeting_id)
            if found.status is not VerificationStatus.NOT_APPROVED:
                table.approvals += 1
                table.approvals_ok += found.status is VerificationStatus.OK
    return table
