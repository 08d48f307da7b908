"""Build the data of a meeting's minutes or agenda from the database (rendering is in reports/)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from councildesk.db import record_chain
from councildesk.db.engine import Database
from councildesk.db.models import Body, Meeting, MinutesApproval, Vote
from councildesk.domain.enums import MeetingStatus
from councildesk.domain.errors import UserError
from councildesk.domain.house_style import HouseStyle
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


def _statement(s: Session, approval: MinutesApproval, body_name: str, chain_head: str) -> ApprovalStatement:
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
        chain_head=chain_head,
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


@dataclass(frozen=True)
class PrintRun:
    """What minutes printed together (a volume, a website) read once, not once per meeting: the
    record chain's first break (none when whole) and its head then, which approved minutes print
    (checking the whole chain per meeting would cost as much as all the rest); which minutes each
    meeting approved (a search of every approval); and each body's house style."""

    breaks: tuple[record_chain.Break, ...]
    head: str
    approved_at: Mapping[int, tuple[MinutesApprovedHere, ...]]
    styles: Mapping[int, HouseStyle]


# The name callers printing many minutes know the run by (publish/site.py).
ChainBreaks = PrintRun


def _print_run(s: Session) -> PrintRun:
    connection = s.connection()
    approved_at: dict[int, list[MinutesApprovedHere]] = {}
    for approving, here in _approvals_made(s, MinutesApproval.approving_meeting_id.is_not(None)):
        if approving is not None:
            approved_at.setdefault(approving, []).append(here)
    return PrintRun(
        breaks=tuple(record_chain.check(connection, limit=1)),
        head=record_chain.head(connection).hash,
        approved_at={m: tuple(found) for m, found in approved_at.items()},
        styles={body.id: house_style_of(body) for body in s.scalars(select(Body))},
    )


def _approvals_made(
    s: Session, where: ColumnElement[bool]
) -> Iterator[tuple[int | None, MinutesApprovedHere]]:
    """(approving meeting, the approval as the minutes of that meeting list it), in approval order."""
    rows = s.execute(
        select(
            MinutesApproval.approving_meeting_id,
            MinutesApproval.meeting_id,
            Meeting.scheduled_start,
            MinutesApproval.manner,
            MinutesApproval.approved_on,
        )
        .outerjoin(Meeting, Meeting.id == MinutesApproval.meeting_id)
        .where(where)
        .order_by(MinutesApproval.id)
    )
    for approving, approved, start, manner, approved_on in rows:
        # A start is never empty: None is a meeting that is gone, which `fetch` names.
        when = start if start is not None else fetch(s, Meeting, approved).scheduled_start
        yield approving, MinutesApprovedHere(when, manner, approved_on)


def _chain_warning(chain: PrintRun, settings: MinutesSettings) -> Message | None:
    """None when the record chain is whole; else a refusal, or the page's warning by setting."""
    breaks = chain.breaks
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
    run: PrintRun | None = None,
    record: MeetingRecord | None = None,
) -> MinutesDocument:
    if record is None:
        record = load_meeting_record(s, meeting_id)
    body_id = record.meeting.body_id  # the body that held it, as recorded now
    approval = latest_approval(s, meeting_id, with_snapshot=True)
    warning: Message | None = None
    chain_warning: Message | None = None
    if approval is not None:
        # Never print an approval silently when the chain that vouches for it is broken.
        if run is None:
            run = _print_run(s)
        chain_warning = _chain_warning(run, settings)
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
    return MinutesDocument(
        record=for_report(record),  # printed text bounded; the record and its snapshot are not
        settings=settings,
        approval=_statement(s, approval, record.body.name, run.head) if approval and run else None,
        approved_here=_approved_here(s, meeting_id, run),
        integrity_warnings=tuple(w for w in (chain_warning, warning) if w is not None),
        style=_house_style(s, meeting_id, body_id, run),
    )


def _approved_here(s: Session, meeting_id: int, run: PrintRun | None) -> tuple[MinutesApprovedHere, ...]:
    """The minutes of earlier meetings approved at this one, in the order they were approved."""
    if run is not None:
        return run.approved_at.get(meeting_id, ())
    return tuple(here for _, here in _approvals_made(s, MinutesApproval.approving_meeting_id == meeting_id))


def _house_style(s: Session, meeting_id: int, body_id: int, run: PrintRun | None) -> HouseStyle:
    """The style of the body that held the meeting (`fetch` names what is missing)."""
    if run is not None and body_id in run.styles:
        return run.styles[body_id]
    return house_style_of(fetch(s, Body, fetch(s, Meeting, meeting_id).body_id))


class MinutesService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def minutes(
        self,
        meeting_id: int,
        settings: MinutesSettings | None = None,
        *,
        breaks: PrintRun | None = None,
        record: MeetingRecord | None = None,
    ) -> MinutesDocument:
        """Everything the minutes PDF prints, read in one consistent snapshot of the database.

        `breaks`: what `chain_breaks` read, for a caller printing many minutes (the record chain
        checked and the approvals searched once); None reads it here when the minutes are approved.
        `record`: the meeting's record as the caller has just read it (the website reads meetings
        in batches for their pages), so that it is not read again; None reads it here."""
        with self.db.reading() as s:
            return _minutes_document(s, meeting_id, settings or MinutesSettings(), breaks, record)

    def chain_breaks(self) -> PrintRun:
        """The record chain's first break, or none, and what else a run of many minutes reads once."""
        with self.db.reading() as s:
            return _print_run(s)

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
            run = _print_run(s)  # once for the whole volume
            return MinutesVolume(
                body_name=body.name,
                year=year,
                # The meetings' records read together (each table once), then each document.
                documents=tuple(
                    _minutes_document(s, mid, chosen, run, record)
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
