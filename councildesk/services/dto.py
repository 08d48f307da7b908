"""Frozen data returned by the services; never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from councildesk.domain.agenda_template import TemplateSection
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
    NumberingStyle,
    QuorumRule,
    SignUp,
    SpeakerKind,
    Stance,
    VoteMethod,
    VoteResult,
)
from councildesk.domain.meeting_times import TimeKind
from councildesk.domain.rules import Tally, Threshold


@dataclass(frozen=True)
class BodyDTO:
    id: int
    name: str
    classification: BodyClassification
    parent_id: int | None
    municipality: str
    seat_count: int
    quorum_rule: QuorumRule
    default_threshold: Threshold
    row_version: int = field(default=1, compare=False)  # as read: see AgendaItemDTO


@dataclass(frozen=True)
class PersonDTO:
    id: int
    display_name: str
    given_name: str = ""
    family_name: str = ""
    honorific: str = ""
    title: str = ""
    affiliation: str = ""
    residence: str = ""
    email: str = ""
    is_sample: bool = False
    row_version: int = field(default=1, compare=False)  # as read: see AgendaItemDTO


@dataclass(frozen=True)
class PostDTO:
    id: int
    body_id: int
    label: str
    position: int


@dataclass(frozen=True)
class MembershipDTO:
    id: int
    person_id: int
    person_name: str
    body_id: int
    post_id: int | None
    post_label: str
    role: MembershipRole
    start_date: date
    end_date: date | None
    voting: bool


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    body_id: int
    body_name: str
    kind: MeetingKind
    title: str
    scheduled_start: datetime
    location: str
    status: MeetingStatus
    minutes_status: MinutesStatus

    @property
    def label(self) -> str:
        kind = self.kind.value.replace("_", " ")
        return f"{self.scheduled_start:%Y-%m-%d} {self.body_name} — {kind} meeting"


@dataclass(frozen=True)
class MeetingDTO:
    id: int
    body_id: int
    body_name: str
    municipality: str
    kind: MeetingKind
    title: str
    scheduled_start: datetime
    called_to_order_at: datetime | None
    adjourned_at: datetime | None
    location: str
    presiding_person_id: int | None
    presiding_name: str
    recording_person_id: int | None
    recording_name: str
    status: MeetingStatus
    minutes_status: MinutesStatus
    notices: str
    is_sample: bool
    row_version: int = field(default=1, compare=False)  # as read: see AgendaItemDTO

    @property
    def locked(self) -> bool:
        return self.minutes_status is MinutesStatus.APPROVED


@dataclass(frozen=True)
class AttendanceDTO:
    """One member of the body seated on the meeting date, with what was recorded for them."""

    person_id: int
    person_name: str
    post_label: str
    role: MembershipRole
    voting: bool
    status: AttendanceStatus | None  # None: not yet recorded
    arrived_at: datetime | None
    left_at: datetime | None
    remote_reason: str
    row_version: int = field(default=0, compare=False)  # as read; 0: nothing recorded yet


@dataclass(frozen=True)
class QuorumDTO:
    present: int
    required: int
    seat_count: int
    seats_filled: int

    @property
    def has_quorum(self) -> bool:
        return self.present >= self.required


@dataclass(frozen=True)
class AgendaItemDTO:
    id: int
    meeting_id: int
    parent_id: int | None
    position: int
    number: str
    depth: int
    kind: AgendaItemKind
    title: str
    body: str
    discussion: str
    action_text: str
    consent: bool
    matter_id: int | None
    started_at: datetime | None
    # The row's version when read: a change sent with it is refused if someone changed it since.
    # Not part of what the item says, so two readings of the same item compare equal.
    row_version: int = field(default=1, compare=False)


@dataclass(frozen=True)
class SponsorDTO:
    person_id: int
    name: str
    title: str
    is_primary: bool
    is_member: bool
    # The sponsorship row and its version as read (see AgendaItemDTO): not what the minutes say.
    sponsorship_id: int = field(default=0, compare=False)
    row_version: int = field(default=1, compare=False)


@dataclass(frozen=True)
class MatterDTO:
    id: int
    identifier: str
    kind: MatterKind
    title: str
    full_text: str
    status: MatterStatus
    introduced_on: date | None
    sponsors: tuple[SponsorDTO, ...] = ()


@dataclass(frozen=True)
class SpeakerDTO:
    id: int
    agenda_item_id: int
    person_id: int | None
    name: str
    affiliation: str
    residence: str
    kind: SpeakerKind
    stance: Stance | None
    summary: str
    position: int
    started_at: datetime | None
    duration_seconds: int | None
    sign_up: SignUp = SignUp.WALK_UP
    yielded_to_id: int | None = None  # the speaker given the rest of this one's time
    limit_seconds: int | None = None  # the body's limit that applied when this speaker was timed
    row_version: int = field(default=1, compare=False)  # as read: see AgendaItemDTO

    @property
    def described(self) -> str:
        """'Amy Bookbinder of Leeds', 'William C. Newman, ACLU of Massachusetts'."""
        text = self.name
        if self.affiliation:
            text += f", {self.affiliation}"
        if self.residence:
            text += f", of {self.residence}" if self.affiliation else f" of {self.residence}"
        return text


@dataclass(frozen=True)
class BallotDTO:
    person_id: int
    person_name: str
    option: BallotOption
    note: str = ""


@dataclass(frozen=True)
class VoteDTO:
    id: int
    motion_id: int
    method: VoteMethod
    threshold: Threshold
    result: VoteResult
    computed_result: VoteResult
    declared_result: VoteResult | None
    tally: Tally
    ballots: tuple[BallotDTO, ...]
    taken_at: datetime | None
    warning: str | None
    unanimous: bool


@dataclass(frozen=True)
class MotionDTO:
    id: int
    agenda_item_id: int
    parent_motion_id: int | None
    position: int
    kind: MotionKind
    text: str
    mover_id: int | None
    mover_name: str
    seconder_id: int | None
    seconder_name: str
    disposition: MotionDisposition
    made_at: datetime | None
    votes: tuple[VoteDTO, ...] = ()
    row_version: int = field(default=1, compare=False)  # as read: see AgendaItemDTO


@dataclass(frozen=True)
class DocumentDTO:
    id: int
    agenda_item_id: int | None
    matter_id: int | None
    title: str
    file_name: str
    media_type: str
    sha256: str  # "" for a linked document: there are no bytes to fingerprint
    size: int
    url: str = ""  # a document published elsewhere (a Legistar attachment), held as its address


@dataclass(frozen=True)
class ApprovalDTO:
    meeting_id: int
    version: int
    approved_on: date
    approving_meeting_id: int | None
    approving_vote_id: int | None
    manner: ApprovalManner
    sha256: str


@dataclass(frozen=True)
class CorrectionDTO:
    id: int
    meeting_id: int
    made_on: date
    reason: str
    entity: str
    entity_id: int | None
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class ItemRecord:
    """An agenda item with everything recorded under it."""

    item: AgendaItemDTO
    matter: MatterDTO | None
    speakers: tuple[SpeakerDTO, ...]
    motions: tuple[MotionDTO, ...]  # in order; amendments follow their parent (parent_motion_id)
    documents: tuple[DocumentDTO, ...]


@dataclass(frozen=True)
class MeetingRecord:
    """A whole meeting, as the minutes, the text dump and the exports read it."""

    meeting: MeetingDTO
    body: BodyDTO
    attendance: tuple[AttendanceDTO, ...]
    quorum: QuorumDTO
    items: tuple[ItemRecord, ...]
    approvals: tuple[ApprovalDTO, ...]
    corrections: tuple[CorrectionDTO, ...]


@dataclass(frozen=True)
class AuditEntryDTO:
    id: int
    at: datetime
    os_user: str
    action: str
    entity: str
    entity_id: int | None
    before: str | None
    after: str | None
    db_role: str | None = None  # on a server, the role signed in
    person: str | None = None  # the person that role is mapped to

    @property
    def who(self) -> str:
        """The person, else the database role, else the operating-system user (a file has no roles)."""
        if self.person:
            return f"{self.person} ({self.db_role})" if self.db_role else self.person
        return self.db_role or self.os_user


@dataclass(frozen=True)
class TimeRowDTO:
    """One time slot of a meeting's record: which kind, whose row (meeting, item, motion …), and when."""

    kind: TimeKind
    record_id: int
    what: str
    at: datetime | None
    # The row holding the time (table name) and its version as read (see AgendaItemDTO).
    table: str = field(default="", compare=False)
    row_version: int = field(default=1, compare=False)


@dataclass(frozen=True)
class AgendaSettingsDTO:
    """How a body numbers its agendas and the order of business its new meetings start from."""

    body_id: int
    numbering_style: NumberingStyle
    template: tuple[TemplateSection, ...]


@dataclass(frozen=True)
class VideoDTO:
    """A meeting's recording: its address ("" before it is posted) and where in it the meeting begins."""

    meeting_id: int
    url: str
    offset_seconds: int  # the recording's time at the call to order
