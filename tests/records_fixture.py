"""A small council with known votes, built through the services, for voting-record tests.

Five members A–E. Hand-computed facts the tests check are listed in `Council`.

* 10 Jan 2020, all present: R-20-001 (A sponsors) adopted unanimously; O-20-002 referred by voice.
* 10 Feb 2020, D excused, E absent: amendment to O-20-002 by voice; O-20-002 adopted 2–1
  (A yes, B yes, C no); fire-truck order tied 1–1 (A no, B yes, C recused) and failed.
* 10 Mar 2021, all present: budget order failed 1–3 (A yes, B/C/E no, D abstains); a voice vote.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from councildesk.domain.enums import AgendaItemKind, AttendanceStatus, BallotOption, MatterKind, MotionKind
from councildesk.services.container import Services


@dataclass(frozen=True)
class Council:
    body_id: int
    a: int
    b: int
    c: int
    d: int
    e: int
    meetings: tuple[int, int, int]
    parking_matter: int
    tree_item: int
    truck_item: int


def build_council(services: Services) -> Council:
    body = services.bodies.create_body("Springfield Town Council", 5)
    names = ["Ada Alder", "Ben Birch", "Cy Cedar", "Dot Dogwood", "Eve Elm"]
    people = [services.people.create_person(n) for n in names]
    for p in people:
        services.bodies.add_membership(p.id, body.id, date(2019, 1, 1))
    a, b, c, d, e = (p.id for p in people)

    def meeting(when: datetime, absent: dict[int, AttendanceStatus]) -> int:
        mid = services.meetings.create_meeting(body.id, when).id
        for pid, status in absent.items():
            services.meetings.set_attendance(mid, pid, status)
        services.meetings.mark_all_present(mid)
        services.meetings.call_to_order(mid, when)
        return mid

    tree = services.matters.create_matter(
        "R-20-001", "Resolution on tree planting", kind=MatterKind.RESOLUTION
    )
    services.matters.set_sponsors(tree.id, a, [])
    parking = services.matters.create_matter(
        "O-20-002",
        "Ordinance on downtown parking",
        kind=MatterKind.ORDINANCE,
        full_text="Meters run until 8 pm.",
    )
    services.matters.set_sponsors(parking.id, b, [c])

    m1 = meeting(datetime(2020, 1, 10, 19), {})
    tree_item = services.agenda.add_item(
        m1, "Resolution on tree planting", kind=AgendaItemKind.RESOLUTION, matter_id=tree.id
    )
    mo = services.motions.make_motion(
        tree_item.id, "To adopt the tree resolution.", mover_id=a, seconder_id=b
    )
    services.votes.record_unanimous(mo.id)
    park1 = services.agenda.add_item(
        m1, "Ordinance on downtown parking", kind=AgendaItemKind.ORDINANCE, matter_id=parking.id
    )
    mo = services.motions.make_motion(
        park1.id, "To refer the parking ordinance to committee.", kind=MotionKind.REFER
    )
    services.votes.record_voice_vote(mo.id, 5, 0)

    m2 = meeting(datetime(2020, 2, 10, 19), {d: AttendanceStatus.EXCUSED, e: AttendanceStatus.ABSENT})
    park2 = services.agenda.add_item(
        m2, "Ordinance on downtown parking", kind=AgendaItemKind.ORDINANCE, matter_id=parking.id
    )
    main = services.motions.make_motion(
        park2.id, "To adopt the parking ordinance.", mover_id=b, seconder_id=a
    )
    amend = services.motions.make_motion(park2.id, "To end metering at 6 pm.", parent_motion_id=main.id)
    services.votes.record_voice_vote(amend.id, 3, 0)
    absentees = {d: BallotOption.EXCUSED, e: BallotOption.ABSENT}
    services.votes.record_roll_call(main.id, {a: "yes", b: "yes", c: "no"} | absentees)
    truck = services.agenda.add_item(m2, "Order to buy a fire truck", kind=AgendaItemKind.ORDER)
    mo = services.motions.make_motion(truck.id, "To buy the fire truck.")
    services.votes.record_roll_call(
        mo.id, {a: "no", b: "yes", c: ("recused", "Brother sells fire trucks")} | absentees
    )

    m3 = meeting(datetime(2021, 3, 10, 19), {})
    budget = services.agenda.add_item(m3, "Order on the budget", kind=AgendaItemKind.ORDER)
    mo = services.motions.make_motion(budget.id, "To adopt the budget.")
    services.votes.record_roll_call(mo.id, {a: "yes", b: "no", c: "no", d: "abstain", e: "no"})
    misc = services.agenda.add_item(m3, "Order on bench painting", kind=AgendaItemKind.ORDER)
    mo = services.motions.make_motion(misc.id, "To paint the benches.")
    services.votes.record_voice_vote(mo.id, 4, 1)
    return Council(body.id, a, b, c, d, e, (m1, m2, m3), parking.id, tree_item.id, truck.id)
