"""Frozen data the minutes and agenda PDFs are made from: the meeting record plus approval facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from councildesk.domain.enum_labels import label
from councildesk.domain.enums import (
    ApprovalManner,
    MatterKind,
    MotionDisposition,
    MotionKind,
    VoteMethod,
)
from councildesk.domain.house_style import DEFAULT_STYLE, HouseStyle
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message
from councildesk.domain.rules import Tally
from councildesk.services.dto import ItemRecord, MeetingRecord


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
    # Approved minutes of a file whose record chain is broken: refused unless this is set, and
    # then printed with the warning on the page.
    print_despite_broken_chain: bool = False


@dataclass(frozen=True)
class ApprovalStatement:
    """How and when these minutes were approved, for the footer and the approval block."""

    approved_on: date
    body_name: str
    approving_meeting_start: datetime | None
    manner: ApprovalManner
    sha256: str
    vote_summary: str  # "9–0", empty when no vote is linked
    # The record chain's head when printed: anyone holding the paper can check the file against it.
    chain_head: str = ""
    # The linked vote's counts, for minutes in another language than English to word them.
    vote_tally: Tally | None = None


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
    # Set when the record no longer matches its approval (or the chain vouching for it is broken).
    integrity_warnings: tuple[Message, ...] = ()
    # The body's house style (clock, dates, vote sentences, tables): how, not what, the minutes say.
    # Read from the body when printed, so it is no part of the approved content or its fingerprint.
    style: HouseStyle = DEFAULT_STYLE

    @property
    def municipality(self) -> str:
        return self.settings.municipality or self.record.meeting.municipality

    @property
    def adopted_by_consent(self) -> tuple[ConsentAdoption, ...]:
        return adopted_by_consent(self.record)

    @property
    def every_vote_by_roll_call(self) -> bool:
        return every_vote_by_roll_call(self.record)

    @property
    def integrity_warning(self) -> str | None:
        """Those warnings in the reader's language, for the window's status line."""
        return " ".join(w.translated() for w in self.integrity_warnings) or None

    @property
    def missing_text_warnings(self) -> tuple[Message, ...]:
        return missing_texts(self.record)

    @property
    def missing_texts(self) -> tuple[str, ...]:
        """Those warnings in the reader's language, the kind of matter in its words (the printed
        minutes use their own language)."""
        return tuple(
            Message(w.text, {**w.params, "kind": label(w.params["kind"]).lower()}).translated()  # type: ignore[arg-type]
            for w in missing_texts(self.record)
        )


@dataclass(frozen=True)
class AgendaDocument:
    record: MeetingRecord
    settings: MinutesSettings
    style: HouseStyle = DEFAULT_STYLE  # the body's clock and dates, as its minutes print them

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


@dataclass(frozen=True)
class ConsentAdoption:
    """An item adopted with the consent agenda: what the minutes list under it."""

    number: str
    title: str
    matter_identifier: str  # empty when the item takes up no matter


def adopted_by_consent(record: MeetingRecord) -> tuple[ConsentAdoption, ...]:
    """Items left on a consent section whose main motion was adopted by a vote, in agenda order."""
    adopted_sections = {
        e.item.id
        for e in record.items
        for mo in e.motions
        if mo.kind is MotionKind.MAIN
        and mo.votes
        and mo.disposition in (MotionDisposition.ADOPTED, MotionDisposition.ADOPTED_AS_AMENDED)
    }
    return tuple(
        ConsentAdoption(e.item.number, e.item.title, e.matter.identifier if e.matter else "")
        for e in record.items
        if e.item.consent and e.item.parent_id in adopted_sections
    )


def every_vote_by_roll_call(record: MeetingRecord) -> bool:
    """True only when there were votes and each was a roll call: only then may the minutes say so."""
    methods = [v.method for e in record.items for mo in e.motions for v in mo.votes]
    return bool(methods) and all(m is VoteMethod.ROLL_CALL for m in methods)


IN_FULL = (MatterKind.RESOLUTION, MatterKind.ORDINANCE)  # printed in full when adopted (checklist 13)


MISSING_TEXT = QT_TRANSLATE_NOOP(
    "minutes",
    "Item {number}: {kind} {identifier} was adopted but its text has not been entered; the minutes must "
    "carry it in full.",
)


def missing_texts(record: MeetingRecord) -> tuple[Message, ...]:
    """One warning per adopted resolution or ordinance whose text was never entered."""
    return tuple(sentence for e in record.items for sentence in missing_texts_of(e))


def missing_texts_of(entry: ItemRecord) -> tuple[Message, ...]:
    m = entry.matter
    adopted = any(
        mo.kind in (MotionKind.MAIN, MotionKind.SUBSTITUTE)
        and mo.disposition in (MotionDisposition.ADOPTED, MotionDisposition.ADOPTED_AS_AMENDED)
        for mo in entry.motions
    )
    if m is None or m.kind not in IN_FULL or not adopted or m.full_text.strip():
        return ()
    # The kind stays an enum: the minutes name it in their own language.
    return (Message(MISSING_TEXT, {"number": entry.item.number, "kind": m.kind, "identifier": m.identifier}),)
