"""Enumerations for every kind of record in the schema (values are stored as text)."""

from __future__ import annotations

from enum import StrEnum


class BodyClassification(StrEnum):
    COUNCIL = "council"
    COMMITTEE = "committee"
    BOARD = "board"
    COMMISSION = "commission"
    EXECUTIVE = "executive"  # a mayor's office: holds mayors and deputies, rarely meets as a body
    PARTY = "party"  # parties and groups are organizations people belong to, not bodies that meet
    GROUP = "group"


class QuorumRule(StrEnum):
    """What a quorum is a majority of."""

    MAJORITY_OF_SEATS = "majority_of_seats"
    MAJORITY_OF_FILLED_SEATS = "majority_of_filled_seats"


class MembershipRole(StrEnum):
    MEMBER = "member"
    PRESIDENT = "president"
    VICE_PRESIDENT = "vice_president"
    CLERK = "clerk"
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MAYOR = "mayor"
    DEPUTY_MAYOR = "deputy_mayor"
    SECRETARY = "secretary"


class NumberingStyle(StrEnum):
    """How a body numbers its agenda: 1 / 1.1, I / A / 1 (outline), or A / 1 / a (letters)."""

    DECIMAL = "decimal"
    OUTLINE = "outline"
    LETTERS = "letters"


class MeetingKind(StrEnum):
    REGULAR = "regular"
    SPECIAL = "special"
    EMERGENCY = "emergency"
    EXECUTIVE_SESSION = "executive_session"
    HEARING = "hearing"


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    ADJOURNED = "adjourned"
    CANCELLED = "cancelled"


class MinutesStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
    REMOTE = "remote"

    @property
    def counts_as_present(self) -> bool:
        return self in (AttendanceStatus.PRESENT, AttendanceStatus.REMOTE)


class AgendaItemKind(StrEnum):
    SECTION = "section"
    RESOLUTION = "resolution"
    ORDINANCE = "ordinance"
    ORDER = "order"
    COMMUNICATION = "communication"
    PRESENTATION = "presentation"
    PUBLIC_COMMENT = "public_comment"
    APPROVAL_OF_MINUTES = "approval_of_minutes"
    REPORT = "report"
    CONSENT = "consent"
    CONTRACT = "contract"
    HEARING = "hearing"
    PROCLAMATION = "proclamation"
    CLOSED_SESSION = "closed_session"
    OTHER = "other"


class MatterKind(StrEnum):
    RESOLUTION = "resolution"
    ORDINANCE = "ordinance"
    ORDER = "order"
    APPOINTMENT = "appointment"
    PROCLAMATION = "proclamation"
    CONTRACT = "contract"
    OTHER = "other"


class MatterStatus(StrEnum):
    INTRODUCED = "introduced"
    REFERRED = "referred"
    PENDING = "pending"
    ADOPTED = "adopted"
    FAILED = "failed"
    WITHDRAWN = "withdrawn"
    TABLED = "tabled"


class SpeakerKind(StrEnum):
    PUBLIC_COMMENT = "public_comment"
    MEMBER = "member"
    STAFF = "staff"
    PRESENTER = "presenter"


class SignUp(StrEnum):
    """How a speaker asked to speak: at the lectern when called, or on a card filled in beforehand."""

    WALK_UP = "walk_up"
    CARD = "card"


class Stance(StrEnum):
    FOR = "for"
    AGAINST = "against"
    NEUTRAL = "neutral"


class MotionKind(StrEnum):
    MAIN = "main"
    AMENDMENT = "amendment"
    SUBSTITUTE = "substitute"
    REFER = "refer"
    TABLE = "table"
    POSTPONE = "postpone"
    RECONSIDER = "reconsider"
    ADJOURN = "adjourn"
    OTHER = "other"


class MotionDisposition(StrEnum):
    PENDING = "pending"
    ADOPTED = "adopted"
    ADOPTED_AS_AMENDED = "adopted_as_amended"
    FAILED = "failed"
    WITHDRAWN = "withdrawn"
    NO_SECOND = "no_second"
    TABLED = "tabled"
    POSTPONED = "postponed"
    REFERRED = "referred"


class VoteMethod(StrEnum):
    VOICE = "voice"
    UNANIMOUS_CONSENT = "unanimous_consent"
    ROLL_CALL = "roll_call"
    SHOW_OF_HANDS = "show_of_hands"


class VoteResult(StrEnum):
    PASS = "pass"
    FAIL = "fail"


class BallotOption(StrEnum):
    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"
    ABSENT = "absent"
    EXCUSED = "excused"
    RECUSED = "recused"
    PRESENT = "present"  # present, not voting
    # A value another system recorded that has no meaning here; the ballot's note keeps its text.
    OTHER = "other"


class ThresholdFraction(StrEnum):
    MAJORITY = "majority"
    TWO_THIRDS = "two_thirds"
    THREE_QUARTERS = "three_quarters"
    FOUR_FIFTHS = "four_fifths"
    UNANIMOUS = "unanimous"


class ThresholdBase(StrEnum):
    VOTES_CAST = "votes_cast"
    PRESENT_AND_VOTING = "present_and_voting"
    PRESENT = "present"
    FULL_MEMBERSHIP = "full_membership"
    SEATS_FILLED = "seats_filled"


class ApprovalManner(StrEnum):
    AS_READ = "as_read"
    AS_CORRECTED = "as_corrected"


def label(value: StrEnum) -> str:
    """A human label for an enumeration value: 'adopted_as_amended' -> 'Adopted as amended'."""
    text = str(value.value).replace("_", " ")
    return text[:1].upper() + text[1:]
