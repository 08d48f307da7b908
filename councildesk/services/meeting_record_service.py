"""Read a whole meeting at once — header, attendance, items, matters, speakers, motions, votes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.engine import Database
from councildesk.db.models import Body, Correction, Document, Matter, Meeting, MinutesApproval, Speaker
from councildesk.services.agenda_service import ordered_items
from councildesk.services.dto import ApprovalDTO, CorrectionDTO, ItemRecord, MeetingRecord
from councildesk.services.guards import fetch
from councildesk.services.mapping import body_dto, document_dto, speaker_dto
from councildesk.services.matter_service import matter_dto
from councildesk.services.meeting_service import attendance_rows, meeting_dto, quorum_of
from councildesk.services.motion_service import motions_of_item


def load_meeting_record(s: Session, meeting_id: int) -> MeetingRecord:
    meeting = fetch(s, Meeting, meeting_id)
    body = fetch(s, Body, meeting.body_id)
    day = meeting.scheduled_start.date()
    items = []
    for item in ordered_items(s, meeting_id):
        matter = s.get(Matter, item.matter_id) if item.matter_id else None
        speakers = s.scalars(
            select(Speaker).where(Speaker.agenda_item_id == item.id).order_by(Speaker.position, Speaker.id)
        )
        documents = s.scalars(
            select(Document).where(Document.agenda_item_id == item.id).order_by(Document.id)
        )
        items.append(
            ItemRecord(
                item=item,
                matter=matter_dto(s, matter, body.id, day) if matter else None,
                speakers=tuple(speaker_dto(x) for x in speakers),
                motions=tuple(motions_of_item(s, item.id)),
                documents=tuple(document_dto(d) for d in documents),
            )
        )
    approvals = s.scalars(
        select(MinutesApproval)
        .where(MinutesApproval.meeting_id == meeting_id)
        .order_by(MinutesApproval.version)
    )
    corrections = s.scalars(
        select(Correction).where(Correction.meeting_id == meeting_id).order_by(Correction.id)
    )
    return MeetingRecord(
        meeting=meeting_dto(s, meeting),
        body=body_dto(body),
        attendance=tuple(attendance_rows(s, meeting)),
        quorum=quorum_of(s, meeting),
        items=tuple(items),
        approvals=tuple(
            ApprovalDTO(
                meeting_id=a.meeting_id,
                version=a.version,
                approved_on=a.approved_on,
                approving_meeting_id=a.approving_meeting_id,
                approving_vote_id=a.approving_vote_id,
                manner=a.manner,
                sha256=a.sha256,
            )
            for a in approvals
        ),
        corrections=tuple(
            CorrectionDTO(
                id=c.id,
                meeting_id=c.meeting_id,
                made_on=c.made_on,
                reason=c.reason,
                entity=c.entity,
                entity_id=c.entity_id,
                field=c.field,
                before=c.before,
                after=c.after,
            )
            for c in corrections
        ),
    )


class MeetingRecordService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def load(self, meeting_id: int) -> MeetingRecord:
        with self.db.reading() as s:
            return load_meeting_record(s, meeting_id)
