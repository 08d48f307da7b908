"""Build the data of a meeting's minutes or agenda from the database (rendering is in reports/)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db import record_chain
from councildesk.db.engine import Database
from councildesk.db.models import Body, Meeting, MinutesApproval, Vote
from councildesk.domain.enums import MeetingStatus
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message
from councildesk.domain.rules import describe_tally
from councildesk.services.approval_service import latest_approval
from councildesk.services.approved_minutes import Agreement, compare_with_snapshot
from councildesk.services.body_service import house_style_of
from councildesk.services.dto import MeetingRecord
from councildesk.services.guards import fetch
from councildesk.services.meeting_record_service import load_meeting_record, load_meeting_records
from councildesk.services.minutes_document import (
    AgendaDocument,
    ApprovalStatement,
    MinutesApprovedHere,
    MinutesDocument,
    MinutesSettings,
    MinutesVolume,
)
from councildesk.services.minutes_snapshot import record_from_snapshot
from councildesk.services.report_text import for_report
from councildesk.services.snapshot_format import snapshot_format
from councildesk.services.stored_facts import stored_facts
from councildesk.services.vote_service import vote_dto


def _statement(s: Session, approval: MinutesApproval, body_name: str) -> ApprovalStatement:
    """`body_name` as the printed minutes name it: minutes are approved by their own body only."""
    approving = s.get(Meeting, approval.approving_meeting_id) if approval.approving_meeting_id else None
    vote = s.get(Vote, approval.approving_vote_id) if approval.approving_vote_id else None
    tally = vote_dto(s, vote).tally if vote else None
    return ApprovalStatement(
        approved_on=approval.approved_on,
        body_name=body_name,
        approving_meeting_start=approving.scheduled_start if approving else None,
        manner=approval.manner,
        sha256=approval.sha256,
        chain_head=record_chain.head(s.connection()).hash,
        vote_summary=describe_tally(tally) if tally else "",
        vote_tally=tally,
    )


CHAIN_BROKEN = QT_TRANSLATE_NOOP(
    "minutes",
    "The record chain of this file is broken ({reason}), so the approval of these minutes cannot be "
    "trusted; run Verify.",
)
SNAPSHOT_DAMAGED = QT_TRANSLATE_NOOP(
    "minutes",
    "The stored approved version of these minutes is damaged; this copy is printed from the current "
    "records. Run Verify and restore a backup.",
)
CHANGED_SINCE_APPROVAL = QT_TRANSLATE_NOOP(
    "minutes",
    "The records of this meeting have changed since approval; this copy shows the minutes as approved. "
    "Run Verify to see what changed.",
)


def _chain_warning(breaks: list[record_chain.Break], settings: MinutesSettings) -> Message | None:
    """None when the record chain is whole; else a refusal, or the page's warning by setting."""
    if not breaks:
        return None
    if not settings.print_despite_broken_chain:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services",
                "The record chain of this file is broken ({reason}), so the approval of these minutes "
                "cannot be trusted; run `councildesk verify --all` and restore a backup.",
            ),
            reason=breaks[0].message,
        )
    # The page puts "Warning:" before it, the window a red banner.
    return Message(CHAIN_BROKEN, {"reason": breaks[0].message})


def _minutes_document(
    s: Session,
    meeting_id: int,
    settings: MinutesSettings,
    breaks: list[record_chain.Break] | None = None,
    record: MeetingRecord | None = None,
) -> MinutesDocument:
    if record is None:
        record = load_meeting_record(s, meeting_id)
    approval = latest_approval(s, meeting_id)
    warning: Message | None = None
    chain_warning: Message | None = None
    if approval is not None:
        # Never print an approval silently when the chain that vouches for it is broken.
        if breaks is None:
            breaks = record_chain.check(s.connection(), limit=1)
        chain_warning = _chain_warning(breaks, settings)
        # Approved minutes print from their frozen snapshot, so a later rename of a person, the
        # body or a seat never changes them (and needs no warning: Verify reports it). Only a
        # change to the meeting's own records, or a damaged snapshot, is flagged on the page.
        snapshot = approval.snapshot
        version = approval.snapshot_format
        stored = stored_facts(s, record) if snapshot_format(version).stored else None
        found = compare_with_snapshot(snapshot, approval.sha256, version, record, stored)
        if found.agreement is Agreement.DAMAGED:
            warning = Message(SNAPSHOT_DAMAGED)
        else:
            if found.agreement is Agreement.CHANGED:
                warning = Message(CHANGED_SINCE_APPROVAL)
            record = record_from_snapshot(snapshot, record)
    here = s.scalars(
        select(MinutesApproval)
        .where(MinutesApproval.approving_meeting_id == meeting_id)
        .order_by(MinutesApproval.id)
    )
    approved_here = tuple(
        MinutesApprovedHere(fetch(s, Meeting, a.meeting_id).scheduled_start, a.manner, a.approved_on)
        for a in here
    )
    return MinutesDocument(
        record=for_report(record),  # printed text bounded; the record and its snapshot are not
        settings=settings,
        approval=_statement(s, approval, record.body.name) if approval else None,
        approved_here=approved_here,
        integrity_warnings=tuple(w for w in (chain_warning, warning) if w is not None),
        style=house_style_of(fetch(s, Body, fetch(s, Meeting, meeting_id).body_id)),
    )


# What `MinutesService.chain_breaks` finds: the record chain's first break, or nothing.
ChainBreaks = list[record_chain.Break]


class MinutesService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def minutes(
        self,
        meeting_id: int,
        settings: MinutesSettings | None = None,
        *,
        breaks: ChainBreaks | None = None,
        record: MeetingRecord | None = None,
    ) -> MinutesDocument:
        """Everything the minutes PDF prints, read in one consistent snapshot of the database.

        `breaks`: what `chain_breaks` found, for a caller printing many minutes (checking the whole
        chain for each approved meeting would cost as much as all the rest); None checks it here.
        `record`: the meeting's record as the caller has just read it (the website reads meetings
        in batches for their pages), so that it is not read again; None reads it here."""
        with self.db.reading() as s:
            return _minutes_document(s, meeting_id, settings or MinutesSettings(), breaks, record)

    def chain_breaks(self) -> ChainBreaks:
        """The record chain's first break, or none: checked once for many minutes, as a volume is."""
        with self.db.reading() as s:
            return record_chain.check(s.connection(), limit=1)

    def volume(
        self, body_id: int, year: int, settings: MinutesSettings | None = None, *, limit: int | None = None
    ) -> MinutesVolume:
        """The minutes of every meeting `body_id` held in `year` (cancelled ones left out), oldest first.

        Read in one snapshot, so the volume never mixes states; `limit` keeps the first N meetings.
        """
        with self.db.reading() as s:
            body = fetch(s, Body, body_id)
            ids = list(
                s.scalars(
                    select(Meeting.id)
                    .where(
                        Meeting.body_id == body_id,
                        Meeting.scheduled_start >= datetime(year, 1, 1),
                        Meeting.scheduled_start < datetime(year + 1, 1, 1),
                        Meeting.status != MeetingStatus.CANCELLED,
                    )
                    .order_by(Meeting.scheduled_start, Meeting.id)
                    .limit(limit)
                )
            )
            if not ids:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "The {body_name} has no meetings in {year}."),
                    body_name=body.name,
                    year=year,
                )
            chosen = settings or MinutesSettings()
            breaks = record_chain.check(s.connection(), limit=1)  # once for the whole volume
            return MinutesVolume(
                body_name=body.name,
                year=year,
                # The meetings' records read together (each table once), then each document.
                documents=tuple(
                    _minutes_document(s, mid, chosen, breaks, record)
                    for mid, record in load_meeting_records(s, ids).items()
                ),
                settings=chosen,
            )

    def agenda(self, meeting_id: int, settings: MinutesSettings | None = None) -> AgendaDocument:
        with self.db.reading() as s:
            return AgendaDocument(
                record=for_report(load_meeting_record(s, meeting_id)),
                settings=settings or MinutesSettings(),
                style=house_style_of(fetch(s, Body, fetch(s, Meeting, meeting_id).body_id)),
            )
