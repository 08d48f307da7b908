"""Approving minutes (which freezes a fingerprinted snapshot), verifying them, and corrections."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from councildesk.db import record_chain
from councildesk.db.engine import Database
from councildesk.db.models import AgendaItem, AuditLog, Correction, Meeting, MinutesApproval, Motion, Vote
from councildesk.domain.enums import AgendaItemKind, ApprovalManner, MeetingStatus, MinutesStatus, VoteResult
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Joined, Message, Sentence, Worded
from councildesk.services import audit
from councildesk.services.approved_minutes import Agreement, Comparison, compare_with_snapshot
from councildesk.services.dto import ApprovalDTO, CorrectionDTO
from councildesk.services.guards import day_of, fetch, lock_meeting, meeting_of_vote, require_text
from councildesk.services.mapping import approval_dto, correction_dto
from councildesk.services.meeting_record_service import load_meeting_record
from councildesk.services.snapshot_format import CURRENT_FORMAT, canonical_json, fingerprint, snapshot_format
from councildesk.services.stored_facts import people_named, stored_facts, unaudited_people


class VerificationStatus(StrEnum):
    OK = "ok"
    # The approved text is unchanged, but a person, the body or a seat it names was renamed since.
    RENAMED = "renamed"
    TAMPERED = "tampered"
    NOT_APPROVED = "not_approved"


@dataclass(frozen=True)
class Verification(Worded):
    meeting_id: int
    status: VerificationStatus
    message: Message  # the verdict, a declared sentence: `sentence` in English, `text` in the reader's
    approved_sha256: str
    current_sha256: str
    differences: tuple[str, ...] = ()
    renamed: tuple[str, ...] = ()  # shared records renamed since approval, one line each
    snapshot_format: int | None = None  # the fingerprint format the approval was made and checked with

    @property
    def ok(self) -> bool:
        return self.status is VerificationStatus.OK

    @property
    def text_intact(self) -> bool:
        """The approved minutes are exactly as approved (shared records may have been renamed)."""
        return self.status in (VerificationStatus.OK, VerificationStatus.RENAMED)


@dataclass(frozen=True)
class AllVerified:
    meetings: tuple[Verification, ...]
    breaks: tuple[record_chain.Break, ...]  # where the record chain breaks, in chain order
    head: record_chain.Head

    @property
    def ok(self) -> bool:
        return not self.breaks and all(v.text_intact for v in self.meetings)


def chain_breaks(s: Session) -> list[record_chain.Break]:
    return record_chain.check(s.connection())


def latest_approval(s: Session, meeting_id: int) -> MinutesApproval | None:
    return s.scalar(
        select(MinutesApproval)
        .where(MinutesApproval.meeting_id == meeting_id)
        .order_by(MinutesApproval.version.desc())
        .limit(1)
    )


def latest_approvals(s: Session, meeting_ids: Collection[int]) -> dict[int, MinutesApproval]:
    """`latest_approval` of many meetings (those approved), with their snapshots, in one query (the
    snapshot is deferred otherwise: most callers never read it)."""
    latest: dict[int, MinutesApproval] = {}
    for approval in s.scalars(
        select(MinutesApproval)
        .options(undefer(MinutesApproval.snapshot))
        .where(MinutesApproval.meeting_id.in_(meeting_ids))
        .order_by(MinutesApproval.meeting_id, MinutesApproval.version)
    ):
        latest[approval.meeting_id] = approval  # the highest version comes last
    return latest


def _day(meeting: Meeting) -> str:
    return _date(meeting.scheduled_start.date())


def _date(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


def _day_of(meeting: Meeting) -> Message:
    return day_of(meeting.scheduled_start.date())


def _gone(meeting: Meeting, link: record_chain.LinkRow) -> Message:
    """The chain remembers an approval or a correction of these minutes that the tables lost."""
    gone = QT_TRANSLATE_NOOP(
        "services",
        "TAMPERED: for the minutes of {day}, the record chain holds a correction ({kind} {entry}) of "
        "these minutes, but it is gone.",
    )
    if link.kind == "approval":
        gone = QT_TRANSLATE_NOOP(
            "services",
            "TAMPERED: for the minutes of {day}, the record chain holds an approval ({kind} {entry}) of "
            "these minutes, but it is gone.",
        )
    return Message(gone, {"day": _day_of(meeting), "kind": link.kind, "entry": link.entry_id})


def _broken(meeting: Meeting, first: record_chain.Break) -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "services",
            "TAMPERED: for the minutes of {day}, the record chain of this file is broken: {problem}.",
        ),
        {"day": _day_of(meeting), "problem": first.message},
    )


def _approval_vote(s: Session, approving: Meeting) -> int | None:
    """The one passed vote under an approval-of-minutes item of `approving`, when there is exactly one."""
    ids = list(
        s.scalars(
            select(Vote.id)
            .join(Motion, Motion.id == Vote.motion_id)
            .join(AgendaItem, AgendaItem.id == Motion.agenda_item_id)
            .where(
                AgendaItem.meeting_id == approving.id,
                AgendaItem.kind == AgendaItemKind.APPROVAL_OF_MINUTES,
                Vote.result == VoteResult.PASS,
            )
        )
    )
    return ids[0] if len(ids) == 1 else None


def _renamed(found: Comparison) -> Joined:
    """'2 shared records renamed since approval: person 'A' → 'B'; seat 'Ward 4' → 'Ward Four''."""
    parts = []
    if found.renamed:
        count = found.renamed_records
        renamed = QT_TRANSLATE_NOOP("services", "{count} shared records renamed since approval: {names}")
        if count == 1:
            renamed = QT_TRANSLATE_NOOP("services", "1 shared record renamed since approval: {names}")
        parts.append(Message(renamed, {"count": count, "names": Joined(tuple(found.renamed))}))
    if found.roll_reordered:
        parts.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services",
                    "the roll of members now sorts in another order (a seat or a family name changed)",
                )
            )
        )
    return Joined(tuple(parts))


class ApprovalService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def approve(
        self,
        meeting_id: int,
        *,
        at_meeting_id: int,
        on: date | None = None,
        manner: ApprovalManner = ApprovalManner.AS_READ,
        approving_vote_id: int | None = None,
    ) -> ApprovalDTO:
        """Approve the minutes of `meeting_id` at meeting `at_meeting_id`; from then on they are locked.

        Without `approving_vote_id`, the vote is linked when the approving meeting has exactly one
        passed vote under an approval-of-minutes item.
        """
        with self.db.transaction() as s:
            meeting = lock_meeting(s, meeting_id)  # snapshot and lock in one transaction
            approving = fetch(s, Meeting, at_meeting_id)
            if meeting.minutes_status is MinutesStatus.APPROVED or latest_approval(s, meeting_id) is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The minutes of the meeting of {day} are already approved; record a "
                        "correction instead.",
                    ),
                    day=_day(meeting),
                )
            if meeting.status is not MeetingStatus.ADJOURNED:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The meeting of {day} has not been adjourned, so its minutes cannot be approved yet.",
                    ),
                    day=_day(meeting),
                )
            if approving.id == meeting.id or approving.scheduled_start <= meeting.scheduled_start:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "Minutes of the meeting of {day} can only be approved at a later meeting, "
                        "not at the meeting of {approving_day}.",
                    ),
                    day=_day(meeting),
                    approving_day=_day(approving),
                )
            if approving.body_id != meeting.body_id:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "Minutes can only be approved at a meeting of the same body."
                    )
                )
            if approving.status is MeetingStatus.CANCELLED:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "The meeting of {day} was cancelled and cannot approve minutes."
                    ),
                    day=_day(approving),
                )
            approved_on = on or approving.scheduled_start.date()
            if approved_on < approving.scheduled_start.date():
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "The approval date {date} is before the approving meeting of {day}."
                    ),
                    date=day_of(approved_on),
                    day=day_of(approving.scheduled_start.date()),
                )
            if approving_vote_id is None:
                approving_vote_id = _approval_vote(s, approving)
            else:
                if meeting_of_vote(s, approving_vote_id) != approving.id:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "services", "Vote {approving_vote_id} was not taken at the meeting of {day}."
                        ),
                        approving_vote_id=approving_vote_id,
                        day=_day(approving),
                    )
                if fetch(s, Vote, approving_vote_id).result is not VoteResult.PASS:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "services", "Vote {approving_vote_id} did not pass, so it cannot approve minutes."
                        ),
                        approving_vote_id=approving_vote_id,
                    )
            record = load_meeting_record(s, meeting_id)
            snapshot = canonical_json(record, CURRENT_FORMAT, stored_facts(s, record))
            approval = MinutesApproval(
                meeting_id=meeting_id,
                version=1,
                approved_on=approved_on,
                approving_meeting_id=approving.id,
                approving_vote_id=approving_vote_id,
                manner=manner,
                sha256=fingerprint(snapshot),
                snapshot=snapshot,
                snapshot_format=CURRENT_FORMAT,
            )
            audit.created(s, approval)
            # After the approval row: the meeting's own lock trigger fires on the *next* change.
            audit.updated(s, meeting, {"minutes_status": MinutesStatus.APPROVED})
            return approval_dto(approval)

    def approval(self, meeting_id: int) -> ApprovalDTO | None:
        with self.db.reading() as s:
            fetch(s, Meeting, meeting_id)
            row = latest_approval(s, meeting_id)
            return approval_dto(row) if row else None

    def approved_at(self, meeting_id: int) -> list[ApprovalDTO]:
        """Approvals of other meetings' minutes made at this meeting."""
        with self.db.reading() as s:
            rows = s.scalars(
                select(MinutesApproval)
                .where(MinutesApproval.approving_meeting_id == meeting_id)
                .order_by(MinutesApproval.id)
            )
            return [approval_dto(a) for a in rows]

    def verify(self, meeting_id: int, *, breaks: list[record_chain.Break] | None = None) -> Verification:
        """Compare the records with the approved snapshot, under the format the approval was made with.

        `breaks` is the chain check already made by the caller (verify_all), so that a file with
        many approved meetings walks its chain once, not once per meeting.
        """
        with self.db.reading() as s:
            meeting = fetch(s, Meeting, meeting_id)
            approval = latest_approval(s, meeting_id)
            record = load_meeting_record(s, meeting_id)
            if breaks is None:
                breaks = chain_breaks(s)
            if approval is None:
                current_sha = fingerprint(canonical_json(record, 1))
                chained = [
                    link for link in record_chain.links(s.connection()) if link.meeting_id == meeting_id
                ]
                if chained or breaks:
                    return Verification(
                        meeting_id,
                        VerificationStatus.TAMPERED,
                        _gone(meeting, chained[0]) if chained else _broken(meeting, breaks[0]),
                        "",
                        current_sha,
                        differences=tuple(Sentence(b.message) for b in breaks),
                    )
                if meeting.minutes_status is MinutesStatus.APPROVED:
                    return Verification(
                        meeting_id,
                        VerificationStatus.TAMPERED,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "services",
                                "TAMPERED: the minutes of {day} are marked approved but no approval "
                                "is recorded.",
                            ),
                            {"day": _day_of(meeting)},
                        ),
                        "",
                        current_sha,
                    )
                return Verification(
                    meeting_id,
                    VerificationStatus.NOT_APPROVED,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "services", "The minutes of {day} are a draft; there is nothing to verify yet."
                        ),
                        {"day": _day_of(meeting)},
                    ),
                    "",
                    current_sha,
                )
            version = approval.snapshot_format
            stored = stored_facts(s, record) if snapshot_format(version).stored else None
            found = compare_with_snapshot(approval.snapshot, approval.sha256, version, record, stored)
            problems: list[Message] = []
            if breaks:
                problems.append(
                    Message(
                        QT_TRANSLATE_NOOP("services", "the record chain is broken: {breaks}"),
                        {"breaks": Joined(tuple(b.message for b in breaks[:3]))},
                    )
                )
            behind_back = unaudited_people(s, people_named(record))
            if behind_back:
                problems.append(Joined(tuple(behind_back)))
            if found.agreement is Agreement.DAMAGED:
                problems.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "services", "the stored approved snapshot no longer matches its fingerprint"
                        )
                    )
                )
            logged = self._logged_fingerprint(s, approval.id)
            if logged is not None and logged != approval.sha256:
                problems.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "services", "the approval's fingerprint differs from the one in the audit log"
                        )
                    )
                )
            if meeting.minutes_status is not MinutesStatus.APPROVED:
                problems.append(
                    Message(QT_TRANSLATE_NOOP("services", "the meeting is no longer marked approved"))
                )
            if found.agreement is Agreement.CHANGED:
                problems.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "services", "the recorded content differs from the approved minutes"
                        )
                    )
                )
            if approval.version != 1 or meeting.status is not MeetingStatus.ADJOURNED:
                # CouncilDesk approves once (later changes are corrections) and only adjourned meetings.
                problems.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "services",
                            "approval version {version} of a meeting now {status} is not one "
                            "CouncilDesk makes",
                        ),
                        {"version": approval.version, "status": meeting.status.value},
                    )
                )
            result = partial(
                Verification,
                meeting_id,
                approved_sha256=approval.sha256,
                current_sha256=found.current_sha256,
                renamed=found.renamed,
                snapshot_format=version,
            )
            day = _day_of(meeting)
            if problems:
                tampered = QT_TRANSLATE_NOOP("services", "TAMPERED: for the minutes of {day}, {problems}.")
                if found.renamed:
                    tampered = QT_TRANSLATE_NOOP(
                        "services", "TAMPERED: for the minutes of {day}, {problems}. Also {renamed}."
                    )
                verdict = Message(
                    tampered, {"day": day, "problems": Joined(tuple(problems)), "renamed": _renamed(found)}
                )
                return result(VerificationStatus.TAMPERED, verdict, differences=found.differences)
            as_approved = {"day": day, "approved": day_of(approval.approved_on), "sha256": approval.sha256}
            if found.agreement is Agreement.RENAMED:
                return result(
                    VerificationStatus.RENAMED,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "services",
                            "Approved text unchanged; {renamed}. Otherwise the minutes of {day} match the "
                            "version approved on {approved} (SHA-256 {sha256}), and they print as approved.",
                        ),
                        {**as_approved, "renamed": _renamed(found)},
                    ),
                )
            return result(
                VerificationStatus.OK,
                Message(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "OK: the minutes of {day} match the version approved on {approved} "
                        "(SHA-256 {sha256}).",
                    ),
                    as_approved,
                ),
            )

    def verify_all(self) -> AllVerified:
        """Every meeting with approved minutes (or with an approval the chain remembers), and the chain."""
        with self.db.reading() as s:
            breaks = chain_breaks(s)
            ids = set(s.scalars(select(MinutesApproval.meeting_id)))
            ids |= set(s.scalars(select(Meeting.id).where(Meeting.minutes_status == MinutesStatus.APPROVED)))
            ids |= {link.meeting_id for link in record_chain.links(s.connection()) if link.meeting_id}
            meetings = sorted(ids & set(s.scalars(select(Meeting.id))))
            head = record_chain.head(s.connection())
        return AllVerified(tuple(self.verify(m, breaks=breaks) for m in meetings), tuple(breaks), head)

    def chain_head(self) -> record_chain.Head:
        with self.db.reading() as s:
            return record_chain.head(s.connection())

    @staticmethod
    def _logged_fingerprint(s: Session, approval_id: int) -> str | None:
        row = s.scalar(
            select(AuditLog.after)
            .where(AuditLog.entity == "minutes_approval", AuditLog.entity_id == approval_id)
            .order_by(AuditLog.id)
            .limit(1)
        )
        if not row:
            return None
        value = json.loads(row).get("sha256")
        return str(value) if value else None

    def record_correction(
        self,
        meeting_id: int,
        *,
        reason: str,
        before: str,
        after: str,
        made_on: date | None = None,
        agenda_item_id: int | None = None,
        field: str = "",
    ) -> CorrectionDTO:
        """Append an erratum to approved minutes; the approved fingerprint is never changed."""
        reason = require_text(reason, "reason for the correction")
        if not before.strip() and not after.strip():
            raise UserError(
                QT_TRANSLATE_NOOP("services", "Give the text as approved, the corrected text, or both.")
            )
        with self.db.transaction() as s:
            meeting = lock_meeting(s, meeting_id)
            approval = latest_approval(s, meeting_id)
            if approval is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The minutes of {day} are still a draft; edit them directly instead of "
                        "correcting them.",
                    ),
                    day=_day(meeting),
                )
            made_on = made_on or date.today()
            if made_on < approval.approved_on:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "A correction cannot be dated {date}, before the approval on {approved_on}.",
                    ),
                    date=day_of(made_on),
                    approved_on=day_of(approval.approved_on),
                )
            if agenda_item_id is not None and fetch(s, AgendaItem, agenda_item_id).meeting_id != meeting_id:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "Agenda item {agenda_item_id} is not part of the meeting of {day}."
                    ),
                    agenda_item_id=agenda_item_id,
                    day=_day(meeting),
                )
            row = Correction(
                meeting_id=meeting_id,
                made_on=made_on,
                reason=reason,
                entity="agenda_item" if agenda_item_id is not None else "meeting",
                entity_id=agenda_item_id if agenda_item_id is not None else meeting_id,
                field=field.strip(),
                before=before.strip(),
                after=after.strip(),
            )
            audit.created(s, row)
            return correction_dto(row)
