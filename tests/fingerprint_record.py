"""A small meeting record built by hand, field by field, for the pinned fingerprint tests."""

from __future__ import annotations

from datetime import date, datetime

from councildesk.domain.enums import (
    AgendaItemKind,
    ApprovalManner,
    AttendanceStatus,
    BallotOption,
    BodyClassification,
    MatterKind,
    MatterStatus,
    MeetingKind,
    MeetingStatus,
    MembershipRole,
    MinutesStatus,
    MotionDisposition,
    MotionKind,
    QuorumRule,
    SpeakerKind,
    Stance,
    ThresholdBase,
    ThresholdFraction,
    VoteMethod,
    VoteResult,
)
from councildesk.domain.rules import Tally, Threshold
from councildesk.services.dto import (
    AgendaItemDTO,
    ApprovalDTO,
    AttendanceDTO,
    BallotDTO,
    BodyDTO,
    CorrectionDTO,
    DocumentDTO,
    ItemRecord,
    MatterDTO,
    MeetingDTO,
    MeetingRecord,
    MotionDTO,
    QuorumDTO,
    SpeakerDTO,
    SponsorDTO,
    VoteDTO,
)

# Every keyword is spelled out (no defaults), so a field added to a DTO later never slips in here.
MEETING = MeetingDTO(
    id=7,
    body_id=1,
    body_name="City Council",
    municipality="Northampton",
    kind=MeetingKind.REGULAR,
    title="Regular Meeting",
    scheduled_start=datetime(2011, 8, 4, 19, 0),
    called_to_order_at=datetime(2011, 8, 4, 19, 2, 30),
    adjourned_at=datetime(2011, 8, 4, 21, 15),
    location="Council Chambers, 212 Main Street",
    presiding_person_id=11,
    presiding_name="David Narkewicz",
    recording_person_id=None,
    recording_name="",
    status=MeetingStatus.ADJOURNED,
    minutes_status=MinutesStatus.APPROVED,
    notices="Posted 1 August 2011 — “in good time”",
    is_sample=False,
)

BODY = BodyDTO(
    id=1,
    name="City Council",
    classification=BodyClassification.COUNCIL,
    parent_id=None,
    municipality="Northampton",
    seat_count=9,
    quorum_rule=QuorumRule.MAJORITY_OF_SEATS,
    default_threshold=Threshold(fraction=ThresholdFraction.MAJORITY, base=ThresholdBase.VOTES_CAST),
)

ATTENDANCE = (
    AttendanceDTO(
        person_id=11,
        person_name="David Narkewicz",
        post_label="President",
        role=MembershipRole.PRESIDENT,
        voting=True,
        status=AttendanceStatus.PRESENT,
        arrived_at=None,
        left_at=None,
        remote_reason="",
    ),
    AttendanceDTO(
        person_id=12,
        person_name="Pamela Schwartz",
        post_label="Ward 4",
        role=MembershipRole.MEMBER,
        voting=True,
        status=AttendanceStatus.REMOTE,
        arrived_at=datetime(2011, 8, 4, 19, 20),
        left_at=None,
        remote_reason="travelling",
    ),
    AttendanceDTO(
        person_id=13,
        person_name="Jesse Adams",
        post_label="Ward 3",
        role=MembershipRole.MEMBER,
        voting=True,
        status=None,
        arrived_at=None,
        left_at=None,
        remote_reason="",
    ),
)

VOTE = VoteDTO(
    id=5,
    motion_id=4,
    method=VoteMethod.ROLL_CALL,
    threshold=Threshold(fraction=ThresholdFraction.TWO_THIRDS, base=ThresholdBase.PRESENT),
    result=VoteResult.PASS,
    computed_result=VoteResult.PASS,
    declared_result=None,
    tally=Tally(yes=2, no=0, abstain=0, absent=1, excused=0, recused=0, present=0),
    ballots=(
        BallotDTO(person_id=11, person_name="David Narkewicz", option=BallotOption.YES, note=""),
        BallotDTO(person_id=12, person_name="Pamela Schwartz", option=BallotOption.YES, note="by phone"),
        BallotDTO(person_id=13, person_name="Jesse Adams", option=BallotOption.ABSENT, note=""),
    ),
    taken_at=datetime(2011, 8, 4, 20, 5),
    warning=None,
    unanimous=False,
)

ITEM = ItemRecord(
    item=AgendaItemDTO(
        id=3,
        meeting_id=7,
        parent_id=None,
        position=1,
        number="1.1",
        depth=1,
        kind=AgendaItemKind.ORDER,
        title="Order to accept a road-repair grant",
        body="",
        discussion="Councilor Schwartz asked about the match.",
        action_text="Adopted on a roll call.",
        consent=False,
        matter_id=2,
        started_at=datetime(2011, 8, 4, 19, 45),
    ),
    matter=MatterDTO(
        id=2,
        identifier="O-11-021",
        kind=MatterKind.ORDER,
        title="Order to accept a road-repair grant",
        full_text="Ordered, that the city accept €40,000.",
        status=MatterStatus.ADOPTED,
        introduced_on=date(2011, 7, 21),
        sponsors=(
            SponsorDTO(
                person_id=12, name="Pamela Schwartz", title="Councilor", is_primary=True, is_member=True
            ),
        ),
    ),
    speakers=(
        SpeakerDTO(
            id=9,
            agenda_item_id=3,
            person_id=None,
            name="Amy Bookbinder",
            affiliation="",
            residence="Leeds",
            kind=SpeakerKind.PUBLIC_COMMENT,
            stance=Stance.FOR,
            summary="Supports the repairs.",
            position=1,
            started_at=None,
            duration_seconds=120,
        ),
    ),
    motions=(
        MotionDTO(
            id=4,
            agenda_item_id=3,
            parent_motion_id=None,
            position=1,
            kind=MotionKind.MAIN,
            text="To accept the grant.",
            mover_id=12,
            mover_name="Pamela Schwartz",
            seconder_id=11,
            seconder_name="David Narkewicz",
            disposition=MotionDisposition.ADOPTED,
            made_at=datetime(2011, 8, 4, 20, 0),
            votes=(VOTE,),
        ),
    ),
    documents=(
        DocumentDTO(
            id=6,
            agenda_item_id=3,
            matter_id=None,
            title="Grant letter",
            file_name="grant.pdf",
            media_type="application/pdf",
            sha256="ab" * 32,
            size=1234,
        ),
    ),
)


def hand_built_record() -> MeetingRecord:
    """One meeting with a member of each kind; approvals and corrections are filled in to show
    that the fingerprint leaves them out."""
    return MeetingRecord(
        meeting=MEETING,
        body=BODY,
        attendance=ATTENDANCE,
        quorum=QuorumDTO(present=2, required=5, seat_count=9, seats_filled=3),
        items=(ITEM,),
        approvals=(
            ApprovalDTO(
                meeting_id=7,
                version=1,
                approved_on=date(2011, 8, 18),
                approving_meeting_id=8,
                approving_vote_id=None,
                manner=ApprovalManner.AS_READ,
                sha256="00" * 32,
            ),
        ),
        corrections=(
            CorrectionDTO(
                id=1,
                meeting_id=7,
                made_on=date(2011, 9, 1),
                reason="Spelling",
                entity="meeting",
                entity_id=7,
                field="",
                before="a",
                after="b",
            ),
        ),
    )
