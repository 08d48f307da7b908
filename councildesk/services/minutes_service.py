"""Build the data of a meeting's minutes or agenda from the database (rendering is in reports/)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from councildesk.db import record_chain
from councildesk.db.engine import Database
from councildesk.db.models import Body, Meeting, MinutesApproval
from councildesk.domain.enums import MeetingStatus
from councildesk.domain.errors import UserError
from councildesk.domain.house_style import HouseStyle
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message
from councildesk.domain.rules import describe_tally
from councildesk.services.approval_service import latest_approvals
from councildesk.services.body_service import house_style_of
from councildesk.services.dto import MeetingRecord
from councildesk.services.guards import fetch
from councildesk.services.meeting_record_service import load_meeting_record, load_meeting_records
from councildesk.services.minutes_assembly import ApprovalRead, MinutesInputs, minutes_from_inputs
from councildesk.services.minutes_document import (
    AgendaDocument,
    ApprovalStatement,
    MinutesApprovedHere,
    MinutesDocument,
    MinutesSettings,
    MinutesVolume,
)
from councildesk.services.report_text import for_report
from councildesk.services.snapshot_format import snapshot_format
from councildesk.services.stored_facts import stored_facts_of
from councildesk.services.vote_service import vote_tallies

CHAIN_BROKEN = QT_TRANSLATE_NOOP(
    "minutes",
    "The record chain of this file is broken ({reason}), so the approval of these minutes cannot be "
    "trusted; run Verify.",
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


def _inputs(
    s: Session, records: Mapping[int, MeetingRecord], settings: MinutesSettings, run: PrintRun | None
) -> dict[int, MinutesInputs]:
    """What the minutes of each meeting of `records` are made of besides the record, read together."""
    approvals = latest_approvals(s, list(records))
    chain_warning: Message | None = None
    if approvals:
        # Never print an approval silently when the chain that vouches for it is broken.
        if run is None:
            run = _print_run(s)
        chain_warning = _chain_warning(run, settings)
    formats = {m: snapshot_format(a.snapshot_format) for m, a in approvals.items()}
    stored = stored_facts_of(s, [records[m] for m, fmt in formats.items() if fmt.stored])
    statements = _statements(s, list(approvals.values()), run.head if run else "")
    found = {}
    for meeting_id, record in records.items():
        approval = approvals.get(meeting_id)
        read = None
        if approval is not None:
            read = ApprovalRead(
                snapshot=approval.snapshot,
                sha256=approval.sha256,
                snapshot_format=approval.snapshot_format,
                stored=stored.get(meeting_id),
                statement=statements[meeting_id],
                chain_warning=chain_warning,
            )
        style = _house_style(s, meeting_id, record.meeting.body_id, run)
        found[meeting_id] = MinutesInputs(settings, style, _approved_here(s, meeting_id, run), read)
    return found


def _statements(
    s: Session, approvals: list[MinutesApproval], chain_head: str
) -> dict[int, ApprovalStatement]:
    """How each approval is stated, by approved meeting (the body is named when put together)."""
    meeting_ids = {a.approving_meeting_id for a in approvals if a.approving_meeting_id}
    starts: dict[int, datetime] = {}
    if meeting_ids:
        query = select(Meeting.id, Meeting.scheduled_start).where(Meeting.id.in_(meeting_ids))
        starts = {meeting_id: start for meeting_id, start in s.execute(query)}
    tallies = vote_tallies(s, {a.approving_vote_id for a in approvals if a.approving_vote_id})
    found = {}
    for a in approvals:
        tally = tallies.get(a.approving_vote_id) if a.approving_vote_id else None
        found[a.meeting_id] = ApprovalStatement(
            approved_on=a.approved_on,
            body_name="",
            approving_meeting_start=starts.get(a.approving_meeting_id) if a.approving_meeting_id else None,
            manner=a.manner,
            sha256=a.sha256,
            chain_head=chain_head,
            vote_summary=describe_tally(tally) if tally else "",
            vote_tally=tally,
        )
    return found


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
            if record is None:
                record = load_meeting_record(s, meeting_id)
            inputs = _inputs(s, {meeting_id: record}, settings or MinutesSettings(), breaks)
        return minutes_from_inputs(record, inputs[meeting_id])

    def inputs(
        self,
        records: Mapping[int, MeetingRecord],
        settings: MinutesSettings | None = None,
        *,
        breaks: PrintRun | None = None,
    ) -> dict[int, MinutesInputs]:
        """What the minutes of many meetings are made of besides their records (as just read, by
        meeting id), read together in a few queries; `minutes_from_inputs(record, inputs[id])` is
        `minutes(id, settings, breaks=breaks, record=record)`, and can be done in another process."""
        with self.db.reading() as s:
            return _inputs(s, records, settings or MinutesSettings(), breaks)

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
            # The meetings' records read together (each table once), and what else their minutes
            # are made of; the record chain checked once for the whole volume.
            records = load_meeting_records(s, ids)
            made = _inputs(s, records, chosen, _print_run(s))
            body_name = body.name
        return MinutesVolume(
            body_name=body_name,
            year=year,
            documents=tuple(minutes_from_inputs(record, made[mid]) for mid, record in records.items()),
            settings=chosen,
        )

    def agenda(self, meeting_id: int, settings: MinutesSettings | None = None) -> AgendaDocument:
        with self.db.reading() as s:
            return AgendaDocument(
                record=for_report(load_meeting_record(s, meeting_id)),
                settings=settings or MinutesSettings(),
                style=house_style_of(fetch(s, Body, fetch(s, Meeting, meeting_id).body_id)),
            )
