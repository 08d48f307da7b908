"""Frozen data the minutes and agenda PDFs are made from: the meeting record plus approval facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from councildesk.domain.enums import ApprovalManner
from councildesk.services.dto import MeetingRecord


class PaperSize(StrEnum):
    LETTER = "letter"
    A4 = "a4"


@dataclass(frozen=True)
class MinutesSettings:
    """Choices from the settings: letterhead text, seal image and paper."""

    municipality: str = ""  # empty: the body's own municipality
    logo_path: str = ""  # a PNG/JPEG seal or logo; empty or unreadable: none
    paper: PaperSize = PaperSize.LETTER
    clerk_title: str = "Clerk"


@dataclass(frozen=True)
class ApprovalStatement:
    """How and when these minutes were approved, for the footer and the approval block."""

    approved_on: date
    body_name: str
    approving_meeting_start: datetime | None
    manner: ApprovalManner
    sha256: str
    vote_summary: str  # "9–0", empty when no vote is linked


@dataclass(frozen=True)
class MinutesApprovedHere:
    """Minutes of an earlier meeting approved at this meeting (checklist item 6)."""

    meeting_start: datetime
    manner: ApprovalManner
    approved_on: date


@dataclass(frozen=True)
class MinutesDocument:
    record: MeetingRecord
    settings: MinutesSettings
    approval: ApprovalStatement | None = None
    approved_here: tuple[MinutesApprovedHere, ...] = ()
    integrity_warning: str | None = None  # set when the record no longer matches its approval

    @property
    def municipality(self) -> str:
        return self.settings.municipality or self.record.meeting.municipality


@dataclass(frozen=True)
class AgendaDocument:
    record: MeetingRecord
    settings: MinutesSettings

    @property
    def municipality(self) -> str:
        return self.settings.municipality or self.record.meeting.municipality


@dataclass(frozen=True)
class MinutesVolume:
    """A year of one body's minutes, bound as one PDF (each meeting keeps its own draft/approved state)."""

    body_name: str
    year: int
    documents: tuple[MinutesDocument, ...]
    settings: MinutesSettings

    @property
    def municipality(self) -> str:
        return self.settings.municipality or (self.documents[0].municipality if self.documents else "")
