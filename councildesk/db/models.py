"""ORM tables for bodies, people, meetings, agendas, motions, votes, minutes and the audit log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from councildesk.db.base import Base, enum_type, now
from councildesk.db.row_version import Versioned
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
    ThresholdBase,
    ThresholdFraction,
    VoteMethod,
    VoteResult,
)
from councildesk.domain.house_style import ClockStyle, DateStyle, VoteSentenceStyle
from councildesk.domain.minutes_language import MinutesLanguage
from councildesk.domain.time_zones import host_zone_name


class Body(Versioned, Base):
    __tablename__ = "body"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    classification: Mapped[BodyClassification] = mapped_column(
        enum_type(BodyClassification, "body_classification"), default=BodyClassification.COUNCIL
    )
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("body.id", ondelete="RESTRICT"))
    municipality: Mapped[str] = mapped_column(String(200), default="")
    seat_count: Mapped[int] = mapped_column(Integer)
    quorum_rule: Mapped[QuorumRule] = mapped_column(
        enum_type(QuorumRule, "quorum_rule"), default=QuorumRule.MAJORITY_OF_SEATS
    )
    default_threshold_fraction: Mapped[ThresholdFraction] = mapped_column(
        enum_type(ThresholdFraction, "threshold_fraction"), default=ThresholdFraction.MAJORITY
    )
    default_threshold_base: Mapped[ThresholdBase] = mapped_column(
        enum_type(ThresholdBase, "threshold_base"), default=ThresholdBase.VOTES_CAST
    )
    numbering_style: Mapped[NumberingStyle] = mapped_column(
        enum_type(NumberingStyle, "numbering_style"),
        default=NumberingStyle.DECIMAL,
        server_default=NumberingStyle.DECIMAL.value,
    )
    # House style of the body's minutes (domain/house_style.py): how times, dates and votes print.
    clock_style: Mapped[ClockStyle] = mapped_column(
        enum_type(ClockStyle, "clock_style"),
        default=ClockStyle.TWELVE_HOUR,
        server_default=ClockStyle.TWELVE_HOUR.value,
    )
    date_style: Mapped[DateStyle] = mapped_column(
        enum_type(DateStyle, "date_style"),
        default=DateStyle.DAY_MONTH_YEAR,
        server_default=DateStyle.DAY_MONTH_YEAR.value,
    )
    vote_sentence_style: Mapped[VoteSentenceStyle] = mapped_column(
        enum_type(VoteSentenceStyle, "vote_sentence_style"),
        default=VoteSentenceStyle.COUNTS,
        server_default=VoteSentenceStyle.COUNTS.value,
    )
    vote_tables_always: Mapped[bool] = mapped_column(Boolean, default=False)
    # The language its minutes, agendas and records print in (not the window's language).
    minutes_language: Mapped[MinutesLanguage] = mapped_column(
        enum_type(MinutesLanguage, "minutes_language"),
        default=MinutesLanguage.EN,
        server_default=MinutesLanguage.EN.value,
    )
    # The body's usual order of business as JSON ([[title, kind], …]); empty: none saved.
    agenda_template: Mapped[str] = mapped_column(Text, default="", server_default="")
    # IANA zone of the body's wall-clock times (meetings are stored as local time without offset);
    # a new body takes the computer's zone. Empty only in a restored older archive: the computer's.
    time_zone: Mapped[str] = mapped_column(String(64), default=host_zone_name, server_default="")

    __table_args__ = (
        CheckConstraint("seat_count > 0", name="seat_count_positive"),
        UniqueConstraint("name", name="uq_body_name"),
    )


class Person(Versioned, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(300))
    given_name: Mapped[str] = mapped_column(String(150), default="")
    family_name: Mapped[str] = mapped_column(String(150), default="")
    honorific: Mapped[str] = mapped_column(String(50), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    affiliation: Mapped[str] = mapped_column(String(300), default="")
    residence: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        CheckConstraint("length(trim(display_name)) > 0", name="display_name_not_blank"),
        Index("ix_person_display_name", "display_name"),
    )


class Post(Versioned, Base):
    __tablename__ = "post"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)  # roll-call order

    __table_args__ = (UniqueConstraint("body_id", "label", name="uq_post_body_label"),)


class Membership(Versioned, Base):
    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("post.id", ondelete="SET NULL"))
    role: Mapped[MembershipRole] = mapped_column(
        enum_type(MembershipRole, "membership_role"), default=MembershipRole.MEMBER
    )
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    voting: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="term_order"),
        Index("ix_membership_body_dates", "body_id", "start_date", "end_date"),
        Index("ix_membership_person", "person_id"),
    )


class Meeting(Versioned, Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="RESTRICT"))
    kind: Mapped[MeetingKind] = mapped_column(
        enum_type(MeetingKind, "meeting_kind"), default=MeetingKind.REGULAR
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    scheduled_start: Mapped[datetime] = mapped_column(DateTime)
    called_to_order_at: Mapped[datetime | None] = mapped_column(DateTime)
    adjourned_at: Mapped[datetime | None] = mapped_column(DateTime)
    location: Mapped[str] = mapped_column(String(300), default="")
    presiding_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    recording_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    status: Mapped[MeetingStatus] = mapped_column(
        enum_type(MeetingStatus, "meeting_status"), default=MeetingStatus.SCHEDULED
    )
    minutes_status: Mapped[MinutesStatus] = mapped_column(
        enum_type(MinutesStatus, "minutes_status"), default=MinutesStatus.DRAFT
    )
    notices: Mapped[str] = mapped_column(Text, default="")  # points of order and notices
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_meeting_body_start", "body_id", "scheduled_start"),)


class Attendance(Versioned, Base):
    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    status: Mapped[AttendanceStatus] = mapped_column(enum_type(AttendanceStatus, "attendance_status"))
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime)
    left_at: Mapped[datetime | None] = mapped_column(DateTime)
    remote_reason: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", name="uq_attendance_meeting_person"),
        Index("ix_attendance_person", "person_id"),
    )


class Matter(Versioned, Base):
    __tablename__ = "matter"

    id: Mapped[int] = mapped_column(primary_key=True)
    identifier: Mapped[str] = mapped_column(String(60))
    kind: Mapped[MatterKind] = mapped_column(enum_type(MatterKind, "matter_kind"))
    title: Mapped[str] = mapped_column(Text)
    full_text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[MatterStatus] = mapped_column(
        enum_type(MatterStatus, "matter_status"), default=MatterStatus.INTRODUCED
    )
    introduced_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("identifier", name="uq_matter_identifier"),)


class Sponsorship(Versioned, Base):
    __tablename__ = "sponsorship"

    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("matter_id", "person_id", name="uq_sponsorship_matter_person"),
        # At most one primary sponsor per matter.
        Index(
            "uq_sponsorship_one_primary",
            "matter_id",
            unique=True,
            sqlite_where=text("is_primary = 1"),
            postgresql_where=text("is_primary"),
        ),
        Index("ix_sponsorship_person", "person_id"),
    )


class AgendaItem(Versioned, Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(30), default="")
    kind: Mapped[AgendaItemKind] = mapped_column(
        enum_type(AgendaItemKind, "agenda_item_kind"), default=AgendaItemKind.OTHER
    )
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    discussion: Mapped[str] = mapped_column(Text, default="")
    action_text: Mapped[str] = mapped_column(Text, default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    matter_id: Mapped[int | None] = mapped_column(ForeignKey("matter.id", ondelete="SET NULL"))
    started_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_agenda_item_meeting", "meeting_id", "parent_id", "position"),
        Index("ix_agenda_item_matter", "matter_id"),
    )


class Speaker(Versioned, Base):
    __tablename__ = "speaker"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(300))
    affiliation: Mapped[str] = mapped_column(String(300), default="")
    residence: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[SpeakerKind] = mapped_column(
        enum_type(SpeakerKind, "speaker_kind"), default=SpeakerKind.PUBLIC_COMMENT
    )
    stance: Mapped[Stance | None] = mapped_column(enum_type(Stance, "stance"))
    summary: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    sign_up: Mapped[SignUp] = mapped_column(
        enum_type(SignUp, "sign_up"), default=SignUp.WALK_UP, server_default=SignUp.WALK_UP.value
    )
    # The speaker this one gave the rest of their time to (the minutes say so).
    yielded_to_id: Mapped[int | None] = mapped_column(ForeignKey("speaker.id", ondelete="SET NULL"))
    # The body's limit for this kind of speaker when their time was taken, kept with the meeting so
    # that a later change of the body's limit never changes what these minutes say.
    limit_seconds: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_speaker_item", "agenda_item_id", "position"),)


class MeetingVideo(Versioned, Base):
    """The meeting's recording: its address and where in it the meeting was called to order.

    Outside the approval lock (no trigger): a video is usually posted after the minutes are approved.
    """

    __tablename__ = "meeting_video"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), default="")
    offset_seconds: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (CheckConstraint("offset_seconds >= 0", name="offset_not_negative"),)


class ChairPhrase(Versioned, Base):
    """One sentence of a body's chair's script in the body's own words (no row: the default)."""

    __tablename__ = "chair_phrase"

    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class SpeakingLimit(Versioned, Base):
    """A body's time limit for one kind of speaker (no row: no limit)."""

    __tablename__ = "speaking_limit"

    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[SpeakerKind] = mapped_column(enum_type(SpeakerKind, "speaker_kind"), primary_key=True)
    seconds: Mapped[int] = mapped_column(Integer)

    __table_args__ = (CheckConstraint("seconds > 0", name="positive_limit"),)


class Motion(Versioned, Base):
    __tablename__ = "motion"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    parent_motion_id: Mapped[int | None] = mapped_column(ForeignKey("motion.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[MotionKind] = mapped_column(enum_type(MotionKind, "motion_kind"), default=MotionKind.MAIN)
    text: Mapped[str] = mapped_column(Text)
    mover_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    seconder_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    disposition: Mapped[MotionDisposition] = mapped_column(
        enum_type(MotionDisposition, "motion_disposition"), default=MotionDisposition.PENDING
    )
    made_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint(
            "mover_id IS NULL OR seconder_id IS NULL OR mover_id <> seconder_id",
            name="mover_not_seconder",
        ),
        Index("ix_motion_item", "agenda_item_id", "position"),
        Index("ix_motion_parent", "parent_motion_id"),
    )


class Vote(Versioned, Base):
    __tablename__ = "vote"

    id: Mapped[int] = mapped_column(primary_key=True)
    motion_id: Mapped[int] = mapped_column(ForeignKey("motion.id", ondelete="CASCADE"))
    method: Mapped[VoteMethod] = mapped_column(enum_type(VoteMethod, "vote_method"))
    threshold_fraction: Mapped[ThresholdFraction] = mapped_column(
        enum_type(ThresholdFraction, "threshold_fraction")
    )
    threshold_base: Mapped[ThresholdBase] = mapped_column(enum_type(ThresholdBase, "threshold_base"))
    result: Mapped[VoteResult] = mapped_column(enum_type(VoteResult, "vote_result"))
    declared_result: Mapped[VoteResult | None] = mapped_column(enum_type(VoteResult, "declared_vote_result"))
    # Counts for votes without ballots (voice, show of hands); roll calls count their ballots.
    yes_count: Mapped[int | None] = mapped_column(Integer)
    no_count: Mapped[int | None] = mapped_column(Integer)
    abstain_count: Mapped[int | None] = mapped_column(Integer)
    taken_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_vote_motion", "motion_id"),)


class Ballot(Versioned, Base):
    __tablename__ = "ballot"

    id: Mapped[int] = mapped_column(primary_key=True)
    vote_id: Mapped[int] = mapped_column(ForeignKey("vote.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    option: Mapped[BallotOption] = mapped_column(enum_type(BallotOption, "ballot_option"))
    note: Mapped[str] = mapped_column(String(500), default="")

    __table_args__ = (
        UniqueConstraint("vote_id", "person_id", name="uq_ballot_vote_person"),
        Index("ix_ballot_person_vote", "person_id", "vote_id"),
    )


class Document(Versioned, Base):
    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    matter_id: Mapped[int | None] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    file_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    # A document published elsewhere (a Legistar attachment): its address, and no bytes or SHA-256.
    url: Mapped[str] = mapped_column(String(2000), default="", server_default="")

    __table_args__ = (
        CheckConstraint("agenda_item_id IS NOT NULL OR matter_id IS NOT NULL", name="attached_somewhere"),
        Index("ix_document_item", "agenda_item_id"),
    )


class MinutesApproval(Base):
    __tablename__ = "minutes_approval"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    approved_on: Mapped[date] = mapped_column(Date)
    approving_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    approving_vote_id: Mapped[int | None] = mapped_column(ForeignKey("vote.id"))
    manner: Mapped[ApprovalManner] = mapped_column(enum_type(ApprovalManner, "approval_manner"))
    sha256: Mapped[str] = mapped_column(String(64))
    snapshot: Mapped[str] = deferred(mapped_column(Text))  # canonical JSON of the approved content
    # Which canonical form (services/snapshot_format.py) the snapshot and sha256 follow; rows
    # approved before formats were numbered are format 1.
    snapshot_format: Mapped[int] = mapped_column(Integer, server_default="1")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=now)

    __table_args__ = (UniqueConstraint("meeting_id", "version", name="uq_minutes_approval_version"),)


class KeptMinutesFiles(Base):
    """The files a meeting's approved minutes are published as, drawn once when they were approved.

    A copy, not the record: publishing takes it only while the meeting, its house style and the
    code that draws them are what it was drawn from (`made_from`), and while the SHA-256 of its
    files is the one its audit entry (in the record chain) holds, so a forged copy is redrawn.
    """

    __tablename__ = "kept_minutes_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), unique=True)
    made_from: Mapped[str] = mapped_column(String(64))
    files_sha256: Mapped[str] = mapped_column(String(64))
    agenda_pdf: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    minutes_html: Mapped[str] = deferred(mapped_column(Text))
    minutes_pdf: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    kept_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class Correction(Base):
    __tablename__ = "correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"))
    made_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    entity: Mapped[str] = mapped_column(String(50), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(50), default="")
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=now)

    __table_args__ = (Index("ix_correction_meeting", "meeting_id"),)


class AuditLog(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=now)
    os_user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[str | None] = mapped_column(Text)  # JSON
    after: Mapped[str | None] = mapped_column(Text)  # JSON
    # Filled by the server on PostgreSQL (db/office_roles.py): the signed-in role and its person.
    db_role: Mapped[str | None] = mapped_column(String(63), server_default=FetchedValue())
    db_person_id: Mapped[int | None] = mapped_column(Integer, server_default=FetchedValue())

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)


class DbRolePerson(Base):
    """A PostgreSQL login role and the person in the records who signs in with it."""

    __tablename__ = "db_role_person"

    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))


class ExternalId(Base):
    """An identifier another system gave a record (OCD id, Popolo id, Legistar key), for re-imports."""

    __tablename__ = "external_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme: Mapped[str] = mapped_column(String(40))  # "ocd", "popolo", "legistar", "csv"
    value: Mapped[str] = mapped_column(String(300))
    entity: Mapped[str] = mapped_column(String(50))  # table name
    entity_id: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("scheme", "value", "entity", name="uq_external_id_scheme_value"),
        Index("ix_external_id_entity", "entity", "entity_id"),
    )


# The record chain's links are declared beside the chain's own code; imported here so that every
# use of the schema (migrations, archives, restores) sees the table.
from councildesk.db.record_chain import ChainLink as ChainLink  # noqa: E402

# Fields of imported records that no column models, declared beside the code that explains them.
from councildesk.db.record_extras import RecordExtra as RecordExtra  # noqa: E402
