"""The demo records: Northampton City Council, 18 August 2011, and sample meetings around it.

Only people the public record names are named (see DESIGN.md §1); every other seat is held by
a person named for the seat ("Ward 1 Councilor") and marked as sample data, as are the
meetings around the seed meeting and anything else the record does not tell us.

Everything is created through the public services, so the demo obeys the same rules and leaves
the same audit entries as a clerk's own work. Each call is its own transaction: a failure part
way leaves the records made before it (the database was empty, so a new file starts afresh).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from councildesk.domain.enums import (
    AgendaItemKind,
    ApprovalManner,
    AttendanceStatus,
    BallotOption,
    MatterKind,
    MatterStatus,
    MeetingKind,
    MembershipRole,
    MotionKind,
    SpeakerKind,
)
from councildesk.domain.errors import UserError
from councildesk.services.container import Services
from councildesk.services.dto import AgendaItemDTO, PersonDTO
from councildesk.services.vote_service import BallotInput

Members = dict[str, PersonDTO]  # seat label -> the person holding it

SEED_DATE = datetime(2011, 8, 18, 19, 0)
PLACE = "City Council Chambers, Wallace J. Puchalski Municipal Building, 212 Main Street, Northampton"
TERM_START = date(2010, 1, 4)
TERM_END = date(2011, 12, 31)
SEATS = ["Ward 1", "Ward 2", "Ward 3", "Ward 4", "Ward 5", "Ward 6", "Ward 7", "At-Large A", "At-Large B"]
SAMPLE_NOTE = "Sample data: the public record consulted does not name this member."

RESOLUTION_TEXT = (
    "[Sample text — the official text is kept by the City Clerk.]\n\n"
    'Resolved, that the Northampton City Council condemns the federal "Secure Communities" program, '
    "which shares the fingerprints of everyone booked by local police with federal immigration "
    "authorities; and\n\n"
    "Resolved, that the Council asks that Northampton be released from the program, so that residents "
    "may report crimes and seek help from the police without fear; and\n\n"
    "Resolved, that the City Clerk send copies of this resolution to the city's delegation in the "
    "General Court and in Congress."
)


def load_demo(services: Services) -> int:
    """Load the demo into an empty database; returns the id of the 18 August 2011 meeting.

    All or nothing: the many service calls join one transaction, so a failure half-way (a full
    disk, a refusal) leaves the database as empty as it was.
    """
    with services.db.transaction():
        return _load_demo(services)


def _load_demo(services: Services) -> int:
    if services.bodies.list_bodies():
        raise UserError("The demo can only be loaded into an empty database.")
    council = services.bodies.create_body(
        "Northampton City Council",
        9,
        municipality="City of Northampton, Massachusetts",
        time_zone="America/New_York",  # its minutes' times are Massachusetts wall-clock times
    )
    posts = {label: services.bodies.add_post(council.id, label) for label in SEATS}

    narkewicz = services.people.create_person(
        "David J. Narkewicz", given_name="David J.", family_name="Narkewicz", title="Council President"
    )
    schwartz = services.people.create_person("Pamela Schwartz", title="Ward 4 Councilor")
    members = {"Ward 2": narkewicz, "Ward 4": schwartz}
    for seat in SEATS:
        if seat not in members:
            # "Ward 1 Councilor", "At-Large Councilor A": named for the seat, never invented.
            display = (
                seat.replace("At-Large", "At-Large Councilor") if "At-Large" in seat else f"{seat} Councilor"
            )
            members[seat] = services.people.create_person(
                display, given_name="", family_name=display, title=SAMPLE_NOTE, is_sample=True
            )
    for seat, person in members.items():
        role = MembershipRole.PRESIDENT if person.id == narkewicz.id else MembershipRole.MEMBER
        services.bodies.add_membership(
            person.id, council.id, TERM_START, post_id=posts[seat].id, role=role, end_date=TERM_END
        )
    clerk = services.people.create_person(
        "City Clerk", family_name="City Clerk", title="City Clerk", is_sample=True
    )
    services.bodies.add_membership(
        clerk.id, council.id, TERM_START, role=MembershipRole.CLERK, end_date=TERM_END, voting=False
    )
    chief = services.people.create_person(
        "Russell P. Sienkiewicz",
        given_name="Russell P.",
        family_name="Sienkiewicz",
        title="Police Chief",
        affiliation="Northampton Police Department",
    )

    first = _sample_meeting(
        services, council.id, datetime(2011, 8, 4, 19, 0), members, clerk.id, narkewicz.id
    )
    seed = _seed_meeting(services, council.id, members, clerk.id, narkewicz, schwartz, chief)
    _sample_meeting_after(services, council.id, datetime(2011, 9, 1, 19, 0), members, clerk.id, narkewicz.id)
    # The 4 August minutes were approved "as read" at the 18 August meeting (its item 2), so the
    # demo shows an approved, locked and fingerprinted meeting beside the drafts.
    services.approvals.approve(first, at_meeting_id=seed, manner=ApprovalManner.AS_READ)
    return seed


def _open_meeting(
    services: Services, body_id: int, when: datetime, clerk_id: int, president_id: int, *, sample: bool
) -> int:
    meeting = services.meetings.create_meeting(
        body_id,
        when,
        kind=MeetingKind.REGULAR,
        location=PLACE,
        presiding_person_id=president_id,
        recording_person_id=clerk_id,
        is_sample=sample,
    )
    return meeting.id


def _seed_meeting(
    services: Services,
    body_id: int,
    members: Members,
    clerk_id: int,
    narkewicz: PersonDTO,
    schwartz: PersonDTO,
    chief: PersonDTO,
) -> int:
    mid = _open_meeting(services, body_id, SEED_DATE, clerk_id, narkewicz.id, sample=False)
    services.meetings.mark_all_present(mid)
    services.meetings.call_to_order(mid, SEED_DATE)
    agenda = services.agenda
    agenda.add_item(mid, "Call to order and roll call", kind=AgendaItemKind.SECTION)
    minutes_item = agenda.add_item(
        mid,
        "Approval of the minutes of the meeting of 4 August 2011",
        kind=AgendaItemKind.APPROVAL_OF_MINUTES,
    )
    comment = agenda.add_item(mid, "Public comment", kind=AgendaItemKind.PUBLIC_COMMENT)
    resolutions = agenda.add_item(mid, "Resolutions", kind=AgendaItemKind.SECTION)
    matter_id, item = _matter_item(
        services,
        mid,
        resolutions.id,
        "R-11-034",
        'Resolution condemning the federal "Secure Communities" program',
        (MatterKind.RESOLUTION, AgendaItemKind.RESOLUTION),
        SEED_DATE,
        sponsors=(narkewicz.id, [schwartz.id, chief.id]),
        full_text=RESOLUTION_TEXT,
    )
    agenda.update_item(
        item.id,
        discussion=(
            "The resolution, co-sponsored by Council President Narkewicz, Councilor Schwartz and Police "
            "Chief Sienkiewicz, was taken up after public comment. [Sample summary.]"
        ),
    )
    speakers = [
        ("William C. Newman", "Northampton attorney; director, ACLU of Massachusetts western office", "", 0),
        ("Amy Bookbinder", "", "Leeds", 1),
        ("Emma Roderick", "Campaign coordinator, Bill of Rights Defense Committee", "", 2),
    ]
    for name, affiliation, residence, minute in speakers:
        person = services.people.create_person(name, affiliation=affiliation, residence=residence)
        services.speakers.add_speaker(
            item.id,
            person_id=person.id,
            kind=SpeakerKind.PUBLIC_COMMENT,
            summary="Addressed the council on the resolution. [Sample summary.]",
            started_at=SEED_DATE.replace(minute=20 + minute * 4),
        )
    motion = services.motions.make_motion(
        item.id,
        'To adopt the resolution condemning the federal "Secure Communities" program.',
        kind=MotionKind.MAIN,
        mover_id=members["At-Large A"].id,
        seconder_id=members["Ward 7"].id,
        made_at=SEED_DATE.replace(minute=40),
    )
    services.votes.record_unanimous(motion.id, taken_at=SEED_DATE.replace(minute=42))
    services.matters.update_matter(matter_id, status=MatterStatus.ADOPTED)
    agenda.update_item(item.id, action_text="Adopted unanimously.")
    m2 = services.motions.make_motion(
        minutes_item.id,
        "To approve the minutes of the meeting of 4 August 2011 as read.",
        mover_id=members["Ward 5"].id,
        seconder_id=members["Ward 6"].id,
        made_at=SEED_DATE.replace(minute=5),
    )
    services.votes.record_unanimous(m2.id, taken_at=SEED_DATE.replace(minute=6))
    agenda.update_item(comment.id, discussion="No one else asked to speak under general public comment.")
    services.meetings.adjourn(mid, SEED_DATE.replace(hour=20, minute=15))
    return mid


def _matter_item(
    services: Services,
    meeting_id: int,
    section_id: int,
    identifier: str,
    title: str,
    kinds: tuple[MatterKind, AgendaItemKind],
    introduced: datetime,
    *,
    sponsors: tuple[int, list[int]],
    full_text: str = "",
) -> tuple[int, AgendaItemDTO]:
    """A matter introduced at this meeting, its sponsors, and the agenda item that takes it up."""
    matter_kind, item_kind = kinds
    matter = services.matters.create_matter(
        identifier, title, kind=matter_kind, full_text=full_text, introduced_on=introduced.date()
    )
    services.matters.set_sponsors(matter.id, *sponsors)
    item = services.agenda.add_item(
        meeting_id, title, kind=item_kind, parent_id=section_id, matter_id=matter.id
    )
    return matter.id, item


def _split_vote(
    services: Services,
    item_id: int,
    text: str,
    members: Members,
    options: Mapping[str, BallotInput],
    when: datetime,
) -> None:
    motion = services.motions.make_motion(
        item_id, text, mover_id=members["Ward 3"].id, seconder_id=members["Ward 6"].id, made_at=when
    )
    services.votes.record_roll_call(
        motion.id, {members[seat].id: option for seat, option in options.items()}, taken_at=when
    )


def _sample_meeting(
    services: Services, body_id: int, when: datetime, members: Members, clerk_id: int, president_id: int
) -> int:
    """4 August 2011 (sample): a split roll call with an abstention and an absence."""
    mid = _open_meeting(services, body_id, when, clerk_id, president_id, sample=True)
    services.meetings.set_attendance(mid, members["Ward 5"].id, AttendanceStatus.ABSENT)
    services.meetings.mark_all_present(mid)
    services.meetings.call_to_order(mid, when)
    section = services.agenda.add_item(mid, "Orders", kind=AgendaItemKind.SECTION)
    _, item = _matter_item(
        services,
        mid,
        section.id,
        "O-11-021",
        "Order to accept a sample road-repair grant",
        (MatterKind.ORDER, AgendaItemKind.ORDER),
        when,
        sponsors=(members["Ward 3"].id, []),
    )
    options = dict.fromkeys(SEATS, BallotOption.YES) | {
        "Ward 5": BallotOption.ABSENT,
        "Ward 1": BallotOption.NO,
        "At-Large B": BallotOption.ABSTAIN,
    }
    _split_vote(services, item.id, "To adopt the order (sample).", members, options, when.replace(minute=30))
    services.meetings.adjourn(mid, when.replace(hour=20, minute=5))
    return mid


def _sample_meeting_after(
    services: Services, body_id: int, when: datetime, members: Members, clerk_id: int, president_id: int
) -> int:
    """1 September 2011 (sample): a 6–2 roll call with a recusal, and a failed motion."""
    mid = _open_meeting(services, body_id, when, clerk_id, president_id, sample=True)
    services.meetings.set_attendance(
        mid,
        members["At-Large B"].id,
        AttendanceStatus.REMOTE,
        remote_reason="Travelling on city business (sample)",
    )
    services.meetings.mark_all_present(mid)
    services.meetings.call_to_order(mid, when)
    section = services.agenda.add_item(mid, "Ordinances", kind=AgendaItemKind.SECTION)
    _, item = _matter_item(
        services,
        mid,
        section.id,
        "ORD-11-007",
        "Ordinance amending sample parking rules downtown",
        (MatterKind.ORDINANCE, AgendaItemKind.ORDINANCE),
        when,
        sponsors=(members["Ward 1"].id, [members["Ward 6"].id]),
    )
    options: dict[str, BallotInput] = dict.fromkeys(SEATS, BallotOption.YES)
    options |= {
        "Ward 1": BallotOption.NO,
        "Ward 7": BallotOption.NO,
        "Ward 5": (BallotOption.RECUSED, "Owns property on the affected block (sample)"),
    }
    _split_vote(
        services, item.id, "To adopt the ordinance (sample).", members, options, when.replace(minute=25)
    )
    other = services.agenda.add_item(
        mid, "Order to fund a sample feasibility study", kind=AgendaItemKind.ORDER, parent_id=section.id
    )
    fail = dict.fromkeys(SEATS, BallotOption.NO) | {
        "Ward 3": BallotOption.YES,
        "Ward 6": BallotOption.YES,
        "At-Large A": BallotOption.ABSTAIN,
    }
    _split_vote(services, other.id, "To fund the study (sample).", members, fail, when.replace(minute=45))
    services.meetings.adjourn(mid, when.replace(hour=20, minute=30))
    return mid
