"""Enumeration labels, declared once for the window and the command line, in the reader's language."""

from __future__ import annotations

from enum import StrEnum

from councildesk.domain import enums
from councildesk.domain.enums import label as english_label
from councildesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    MessageId,
    Translate,
    installed_translate,
    translate,
)
from councildesk.domain.rules import Threshold

# Declared here, below ui/ and cli/, so that the window and the command line read one table (in the
# messages catalogue). Per enumeration (the context is its class): "Present" is an attendance in one
# and a ballot in the other, "Order" a kind of matter and of item, and each language says them apart.
# Keyed by (class, member): StrEnum members of different classes with one value are equal.
LABELS: dict[tuple[type[StrEnum], StrEnum], str] = {
    (enums.AgendaItemKind, enums.AgendaItemKind.SECTION): QT_TRANSLATE_NOOP("AgendaItemKind", "Section"),
    (enums.AgendaItemKind, enums.AgendaItemKind.RESOLUTION): QT_TRANSLATE_NOOP(
        "AgendaItemKind", "Resolution"
    ),
    (enums.AgendaItemKind, enums.AgendaItemKind.ORDINANCE): QT_TRANSLATE_NOOP("AgendaItemKind", "Ordinance"),
    (enums.AgendaItemKind, enums.AgendaItemKind.ORDER): QT_TRANSLATE_NOOP("AgendaItemKind", "Order"),
    (enums.AgendaItemKind, enums.AgendaItemKind.COMMUNICATION): QT_TRANSLATE_NOOP(
        "AgendaItemKind", "Communication"
    ),
    (enums.AgendaItemKind, enums.AgendaItemKind.PRESENTATION): QT_TRANSLATE_NOOP(
        "AgendaItemKind", "Presentation"
    ),
    (enums.AgendaItemKind, enums.AgendaItemKind.PUBLIC_COMMENT): QT_TRANSLATE_NOOP(
        "AgendaItemKind", "Public comment"
    ),
    (enums.AgendaItemKind, enums.AgendaItemKind.APPROVAL_OF_MINUTES): QT_TRANSLATE_NOOP(
        "AgendaItemKind", "Approval of minutes"
    ),
    (enums.AgendaItemKind, enums.AgendaItemKind.REPORT): QT_TRANSLATE_NOOP("AgendaItemKind", "Report"),
    (enums.AgendaItemKind, enums.AgendaItemKind.CONSENT): QT_TRANSLATE_NOOP("AgendaItemKind", "Consent"),
    (enums.AgendaItemKind, enums.AgendaItemKind.CONTRACT): QT_TRANSLATE_NOOP("AgendaItemKind", "Contract"),
    (enums.AgendaItemKind, enums.AgendaItemKind.HEARING): QT_TRANSLATE_NOOP("AgendaItemKind", "Hearing"),
    (enums.AgendaItemKind, enums.AgendaItemKind.PROCLAMATION): QT_TRANSLATE_NOOP(
        "AgendaItemKind", "Proclamation"
    ),
    (enums.AgendaItemKind, enums.AgendaItemKind.CLOSED_SESSION): QT_TRANSLATE_NOOP(
        "AgendaItemKind", "Closed session"
    ),
    (enums.AgendaItemKind, enums.AgendaItemKind.OTHER): QT_TRANSLATE_NOOP("AgendaItemKind", "Other"),
    (enums.ApprovalManner, enums.ApprovalManner.AS_READ): QT_TRANSLATE_NOOP("ApprovalManner", "As read"),
    (enums.ApprovalManner, enums.ApprovalManner.AS_CORRECTED): QT_TRANSLATE_NOOP(
        "ApprovalManner", "As corrected"
    ),
    (enums.AttendanceStatus, enums.AttendanceStatus.PRESENT): QT_TRANSLATE_NOOP(
        "AttendanceStatus", "Present"
    ),
    (enums.AttendanceStatus, enums.AttendanceStatus.ABSENT): QT_TRANSLATE_NOOP("AttendanceStatus", "Absent"),
    (enums.AttendanceStatus, enums.AttendanceStatus.EXCUSED): QT_TRANSLATE_NOOP(
        "AttendanceStatus", "Excused"
    ),
    (enums.AttendanceStatus, enums.AttendanceStatus.REMOTE): QT_TRANSLATE_NOOP("AttendanceStatus", "Remote"),
    (enums.BallotOption, enums.BallotOption.YES): QT_TRANSLATE_NOOP("BallotOption", "Yes"),
    (enums.BallotOption, enums.BallotOption.NO): QT_TRANSLATE_NOOP("BallotOption", "No"),
    (enums.BallotOption, enums.BallotOption.ABSTAIN): QT_TRANSLATE_NOOP("BallotOption", "Abstain"),
    (enums.BallotOption, enums.BallotOption.ABSENT): QT_TRANSLATE_NOOP("BallotOption", "Absent"),
    (enums.BallotOption, enums.BallotOption.EXCUSED): QT_TRANSLATE_NOOP("BallotOption", "Excused"),
    (enums.BallotOption, enums.BallotOption.RECUSED): QT_TRANSLATE_NOOP("BallotOption", "Recused"),
    (enums.BallotOption, enums.BallotOption.PRESENT): QT_TRANSLATE_NOOP("BallotOption", "Present"),
    (enums.BallotOption, enums.BallotOption.OTHER): QT_TRANSLATE_NOOP("BallotOption", "Other"),
    (enums.BodyClassification, enums.BodyClassification.COUNCIL): QT_TRANSLATE_NOOP(
        "BodyClassification", "Council"
    ),
    (enums.BodyClassification, enums.BodyClassification.COMMITTEE): QT_TRANSLATE_NOOP(
        "BodyClassification", "Committee"
    ),
    (enums.BodyClassification, enums.BodyClassification.BOARD): QT_TRANSLATE_NOOP(
        "BodyClassification", "Board"
    ),
    (enums.BodyClassification, enums.BodyClassification.COMMISSION): QT_TRANSLATE_NOOP(
        "BodyClassification", "Commission"
    ),
    (enums.BodyClassification, enums.BodyClassification.EXECUTIVE): QT_TRANSLATE_NOOP(
        "BodyClassification", "Executive"
    ),
    (enums.BodyClassification, enums.BodyClassification.PARTY): QT_TRANSLATE_NOOP(
        "BodyClassification", "Party"
    ),
    (enums.BodyClassification, enums.BodyClassification.GROUP): QT_TRANSLATE_NOOP(
        "BodyClassification", "Group"
    ),
    (enums.MatterKind, enums.MatterKind.RESOLUTION): QT_TRANSLATE_NOOP("MatterKind", "Resolution"),
    (enums.MatterKind, enums.MatterKind.ORDINANCE): QT_TRANSLATE_NOOP("MatterKind", "Ordinance"),
    (enums.MatterKind, enums.MatterKind.ORDER): QT_TRANSLATE_NOOP("MatterKind", "Order"),
    (enums.MatterKind, enums.MatterKind.APPOINTMENT): QT_TRANSLATE_NOOP("MatterKind", "Appointment"),
    (enums.MatterKind, enums.MatterKind.PROCLAMATION): QT_TRANSLATE_NOOP("MatterKind", "Proclamation"),
    (enums.MatterKind, enums.MatterKind.CONTRACT): QT_TRANSLATE_NOOP("MatterKind", "Contract"),
    (enums.MatterKind, enums.MatterKind.OTHER): QT_TRANSLATE_NOOP("MatterKind", "Other"),
    (enums.MatterStatus, enums.MatterStatus.INTRODUCED): QT_TRANSLATE_NOOP("MatterStatus", "Introduced"),
    (enums.MatterStatus, enums.MatterStatus.REFERRED): QT_TRANSLATE_NOOP("MatterStatus", "Referred"),
    (enums.MatterStatus, enums.MatterStatus.PENDING): QT_TRANSLATE_NOOP("MatterStatus", "Pending"),
    (enums.MatterStatus, enums.MatterStatus.ADOPTED): QT_TRANSLATE_NOOP("MatterStatus", "Adopted"),
    (enums.MatterStatus, enums.MatterStatus.FAILED): QT_TRANSLATE_NOOP("MatterStatus", "Failed"),
    (enums.MatterStatus, enums.MatterStatus.WITHDRAWN): QT_TRANSLATE_NOOP("MatterStatus", "Withdrawn"),
    (enums.MatterStatus, enums.MatterStatus.TABLED): QT_TRANSLATE_NOOP("MatterStatus", "Tabled"),
    (enums.MeetingKind, enums.MeetingKind.REGULAR): QT_TRANSLATE_NOOP("MeetingKind", "Regular"),
    (enums.MeetingKind, enums.MeetingKind.SPECIAL): QT_TRANSLATE_NOOP("MeetingKind", "Special"),
    (enums.MeetingKind, enums.MeetingKind.EMERGENCY): QT_TRANSLATE_NOOP("MeetingKind", "Emergency"),
    (enums.MeetingKind, enums.MeetingKind.EXECUTIVE_SESSION): QT_TRANSLATE_NOOP(
        "MeetingKind", "Executive session"
    ),
    (enums.MeetingKind, enums.MeetingKind.HEARING): QT_TRANSLATE_NOOP("MeetingKind", "Hearing"),
    (enums.MeetingStatus, enums.MeetingStatus.SCHEDULED): QT_TRANSLATE_NOOP("MeetingStatus", "Scheduled"),
    (enums.MeetingStatus, enums.MeetingStatus.IN_PROGRESS): QT_TRANSLATE_NOOP("MeetingStatus", "In progress"),
    (enums.MeetingStatus, enums.MeetingStatus.ADJOURNED): QT_TRANSLATE_NOOP("MeetingStatus", "Adjourned"),
    (enums.MeetingStatus, enums.MeetingStatus.CANCELLED): QT_TRANSLATE_NOOP("MeetingStatus", "Cancelled"),
    (enums.MembershipRole, enums.MembershipRole.MEMBER): QT_TRANSLATE_NOOP("MembershipRole", "Member"),
    (enums.MembershipRole, enums.MembershipRole.PRESIDENT): QT_TRANSLATE_NOOP("MembershipRole", "President"),
    (enums.MembershipRole, enums.MembershipRole.VICE_PRESIDENT): QT_TRANSLATE_NOOP(
        "MembershipRole", "Vice president"
    ),
    (enums.MembershipRole, enums.MembershipRole.CLERK): QT_TRANSLATE_NOOP("MembershipRole", "Clerk"),
    (enums.MembershipRole, enums.MembershipRole.CHAIR): QT_TRANSLATE_NOOP("MembershipRole", "Chair"),
    (enums.MembershipRole, enums.MembershipRole.VICE_CHAIR): QT_TRANSLATE_NOOP(
        "MembershipRole", "Vice chair"
    ),
    (enums.MembershipRole, enums.MembershipRole.MAYOR): QT_TRANSLATE_NOOP("MembershipRole", "Mayor"),
    (enums.MembershipRole, enums.MembershipRole.DEPUTY_MAYOR): QT_TRANSLATE_NOOP(
        "MembershipRole", "Deputy mayor"
    ),
    (enums.MembershipRole, enums.MembershipRole.SECRETARY): QT_TRANSLATE_NOOP("MembershipRole", "Secretary"),
    (enums.MinutesStatus, enums.MinutesStatus.DRAFT): QT_TRANSLATE_NOOP("MinutesStatus", "Draft"),
    (enums.MinutesStatus, enums.MinutesStatus.APPROVED): QT_TRANSLATE_NOOP("MinutesStatus", "Approved"),
    (enums.MotionDisposition, enums.MotionDisposition.PENDING): QT_TRANSLATE_NOOP(
        "MotionDisposition", "Pending"
    ),
    (enums.MotionDisposition, enums.MotionDisposition.ADOPTED): QT_TRANSLATE_NOOP(
        "MotionDisposition", "Adopted"
    ),
    (enums.MotionDisposition, enums.MotionDisposition.ADOPTED_AS_AMENDED): QT_TRANSLATE_NOOP(
        "MotionDisposition", "Adopted as amended"
    ),
    (enums.MotionDisposition, enums.MotionDisposition.FAILED): QT_TRANSLATE_NOOP(
        "MotionDisposition", "Failed"
    ),
    (enums.MotionDisposition, enums.MotionDisposition.WITHDRAWN): QT_TRANSLATE_NOOP(
        "MotionDisposition", "Withdrawn"
    ),
    (enums.MotionDisposition, enums.MotionDisposition.NO_SECOND): QT_TRANSLATE_NOOP(
        "MotionDisposition", "No second"
    ),
    (enums.MotionDisposition, enums.MotionDisposition.TABLED): QT_TRANSLATE_NOOP(
        "MotionDisposition", "Tabled"
    ),
    (enums.MotionDisposition, enums.MotionDisposition.POSTPONED): QT_TRANSLATE_NOOP(
        "MotionDisposition", "Postponed"
    ),
    (enums.MotionDisposition, enums.MotionDisposition.REFERRED): QT_TRANSLATE_NOOP(
        "MotionDisposition", "Referred"
    ),
    (enums.MotionKind, enums.MotionKind.MAIN): QT_TRANSLATE_NOOP("MotionKind", "Main"),
    (enums.MotionKind, enums.MotionKind.AMENDMENT): QT_TRANSLATE_NOOP("MotionKind", "Amendment"),
    (enums.MotionKind, enums.MotionKind.SUBSTITUTE): QT_TRANSLATE_NOOP("MotionKind", "Substitute"),
    (enums.MotionKind, enums.MotionKind.REFER): QT_TRANSLATE_NOOP("MotionKind", "Refer"),
    (enums.MotionKind, enums.MotionKind.TABLE): QT_TRANSLATE_NOOP("MotionKind", "Table"),
    (enums.MotionKind, enums.MotionKind.POSTPONE): QT_TRANSLATE_NOOP("MotionKind", "Postpone"),
    (enums.MotionKind, enums.MotionKind.RECONSIDER): QT_TRANSLATE_NOOP("MotionKind", "Reconsider"),
    (enums.MotionKind, enums.MotionKind.ADJOURN): QT_TRANSLATE_NOOP("MotionKind", "Adjourn"),
    (enums.MotionKind, enums.MotionKind.OTHER): QT_TRANSLATE_NOOP("MotionKind", "Other"),
    (enums.NumberingStyle, enums.NumberingStyle.DECIMAL): QT_TRANSLATE_NOOP("NumberingStyle", "Decimal"),
    (enums.NumberingStyle, enums.NumberingStyle.OUTLINE): QT_TRANSLATE_NOOP("NumberingStyle", "Outline"),
    (enums.NumberingStyle, enums.NumberingStyle.LETTERS): QT_TRANSLATE_NOOP("NumberingStyle", "Letters"),
    (enums.QuorumRule, enums.QuorumRule.MAJORITY_OF_SEATS): QT_TRANSLATE_NOOP(
        "QuorumRule", "Majority of seats"
    ),
    (enums.QuorumRule, enums.QuorumRule.MAJORITY_OF_FILLED_SEATS): QT_TRANSLATE_NOOP(
        "QuorumRule", "Majority of filled seats"
    ),
    (enums.SignUp, enums.SignUp.WALK_UP): QT_TRANSLATE_NOOP("SignUp", "Walk up"),
    (enums.SignUp, enums.SignUp.CARD): QT_TRANSLATE_NOOP("SignUp", "Card"),
    (enums.SpeakerKind, enums.SpeakerKind.PUBLIC_COMMENT): QT_TRANSLATE_NOOP("SpeakerKind", "Public comment"),
    (enums.SpeakerKind, enums.SpeakerKind.MEMBER): QT_TRANSLATE_NOOP("SpeakerKind", "Member"),
    (enums.SpeakerKind, enums.SpeakerKind.STAFF): QT_TRANSLATE_NOOP("SpeakerKind", "Staff"),
    (enums.SpeakerKind, enums.SpeakerKind.PRESENTER): QT_TRANSLATE_NOOP("SpeakerKind", "Presenter"),
    (enums.Stance, enums.Stance.FOR): QT_TRANSLATE_NOOP("Stance", "For"),
    (enums.Stance, enums.Stance.AGAINST): QT_TRANSLATE_NOOP("Stance", "Against"),
    (enums.Stance, enums.Stance.NEUTRAL): QT_TRANSLATE_NOOP("Stance", "Neutral"),
    (enums.ThresholdBase, enums.ThresholdBase.VOTES_CAST): QT_TRANSLATE_NOOP("ThresholdBase", "Votes cast"),
    (enums.ThresholdBase, enums.ThresholdBase.PRESENT_AND_VOTING): QT_TRANSLATE_NOOP(
        "ThresholdBase", "Present and voting"
    ),
    (enums.ThresholdBase, enums.ThresholdBase.PRESENT): QT_TRANSLATE_NOOP("ThresholdBase", "Present"),
    (enums.ThresholdBase, enums.ThresholdBase.FULL_MEMBERSHIP): QT_TRANSLATE_NOOP(
        "ThresholdBase", "Full membership"
    ),
    (enums.ThresholdBase, enums.ThresholdBase.SEATS_FILLED): QT_TRANSLATE_NOOP(
        "ThresholdBase", "Seats filled"
    ),
    (enums.ThresholdFraction, enums.ThresholdFraction.MAJORITY): QT_TRANSLATE_NOOP(
        "ThresholdFraction", "Majority"
    ),
    (enums.ThresholdFraction, enums.ThresholdFraction.TWO_THIRDS): QT_TRANSLATE_NOOP(
        "ThresholdFraction", "Two thirds"
    ),
    (enums.ThresholdFraction, enums.ThresholdFraction.THREE_QUARTERS): QT_TRANSLATE_NOOP(
        "ThresholdFraction", "Three quarters"
    ),
    (enums.ThresholdFraction, enums.ThresholdFraction.FOUR_FIFTHS): QT_TRANSLATE_NOOP(
        "ThresholdFraction", "Four fifths"
    ),
    (enums.ThresholdFraction, enums.ThresholdFraction.UNANIMOUS): QT_TRANSLATE_NOOP(
        "ThresholdFraction", "Unanimous"
    ),
    (enums.VoteMethod, enums.VoteMethod.VOICE): QT_TRANSLATE_NOOP("VoteMethod", "Voice"),
    (enums.VoteMethod, enums.VoteMethod.UNANIMOUS_CONSENT): QT_TRANSLATE_NOOP(
        "VoteMethod", "Unanimous consent"
    ),
    (enums.VoteMethod, enums.VoteMethod.ROLL_CALL): QT_TRANSLATE_NOOP("VoteMethod", "Roll call"),
    (enums.VoteMethod, enums.VoteMethod.SHOW_OF_HANDS): QT_TRANSLATE_NOOP("VoteMethod", "Show of hands"),
    (enums.VoteResult, enums.VoteResult.PASS): QT_TRANSLATE_NOOP("VoteResult", "Pass"),
    (enums.VoteResult, enums.VoteResult.FAIL): QT_TRANSLATE_NOOP("VoteResult", "Fail"),
}


def label(value: StrEnum) -> str:
    """The label of `value` in the reader's language: "Adopted as amended", "Adoptée telle qu'amendée"."""
    return label_in(value, translate)


def label_in(value: StrEnum, lookup: Translate) -> str:
    """The label of `value` through `lookup`, say the public site's language rather than the reader's."""
    return lookup(type(value).__name__, LABELS.get((type(value), value), english_label(value)))


# A threshold in words, one declared phrase per base: each language joins the fraction to its base
# as it says it ("majorité des voix exprimées", "mayoría de los votos emitidos"). The window, the
# command line and the minutes all read these.
THRESHOLD_WORDS: dict[enums.ThresholdBase, MessageId] = {
    enums.ThresholdBase.VOTES_CAST: QT_TRANSLATE_NOOP("Threshold", "{fraction} of votes cast"),
    enums.ThresholdBase.PRESENT_AND_VOTING: QT_TRANSLATE_NOOP(
        "Threshold", "{fraction} of present and voting"
    ),
    enums.ThresholdBase.PRESENT: QT_TRANSLATE_NOOP("Threshold", "{fraction} of present"),
    enums.ThresholdBase.FULL_MEMBERSHIP: QT_TRANSLATE_NOOP("Threshold", "{fraction} of full membership"),
    enums.ThresholdBase.SEATS_FILLED: QT_TRANSLATE_NOOP("Threshold", "{fraction} of seats filled"),
}


def describe_threshold(threshold: Threshold) -> str:
    """In words, in the reader's language: "majority of votes cast", "majorité des voix exprimées"."""
    return threshold_in(threshold, installed_translate())


def threshold_in(threshold: Threshold, lookup: Translate | None) -> str:
    """In words through `lookup` (None: English), say a body's minutes language: "mayoría de los
    votos emitidos", "deux tiers des membres présents"."""
    fraction = LABELS.get((enums.ThresholdFraction, threshold.fraction), english_label(threshold.fraction))
    if lookup is not None:
        fraction = lookup(enums.ThresholdFraction.__name__, fraction)
    return Message(THRESHOLD_WORDS[threshold.base], {"fraction": fraction.lower()}).render(lookup)
