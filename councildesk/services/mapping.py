"""Turn ORM rows into the frozen DTOs the services return."""

from __future__ import annotations

from councildesk.db.models import (
    AgendaItem,
    Body,
    Correction,
    Document,
    MinutesApproval,
    Person,
    Post,
    Speaker,
)
from councildesk.domain.rules import Threshold
from councildesk.services.dto import (
    AgendaItemDTO,
    ApprovalDTO,
    BodyDTO,
    CorrectionDTO,
    DocumentDTO,
    PersonDTO,
    PostDTO,
    SpeakerDTO,
)


def body_dto(body: Body) -> BodyDTO:
    return BodyDTO(
        id=body.id,
        name=body.name,
        classification=body.classification,
        parent_id=body.parent_id,
        municipality=body.municipality,
        seat_count=body.seat_count,
        quorum_rule=body.quorum_rule,
        default_threshold=Threshold(body.default_threshold_fraction, body.default_threshold_base),
        row_version=body.row_version,
    )


def person_dto(person: Person) -> PersonDTO:
    return PersonDTO(
        id=person.id,
        display_name=person.display_name,
        given_name=person.given_name,
        family_name=person.family_name,
        honorific=person.honorific,
        title=person.title,
        affiliation=person.affiliation,
        residence=person.residence,
        email=person.email,
        is_sample=person.is_sample,
        row_version=person.row_version,
    )


def post_dto(post: Post) -> PostDTO:
    return PostDTO(id=post.id, body_id=post.body_id, label=post.label, position=post.position)


def item_dto(item: AgendaItem, depth: int = 0) -> AgendaItemDTO:
    return AgendaItemDTO(
        id=item.id,
        meeting_id=item.meeting_id,
        parent_id=item.parent_id,
        position=item.position,
        number=item.number,
        depth=depth,
        kind=item.kind,
        title=item.title,
        body=item.body,
        discussion=item.discussion,
        action_text=item.action_text,
        consent=item.consent,
        matter_id=item.matter_id,
        started_at=item.started_at,
        row_version=item.row_version,
    )


def speaker_dto(s: Speaker) -> SpeakerDTO:
    return SpeakerDTO(
        id=s.id,
        agenda_item_id=s.agenda_item_id,
        person_id=s.person_id,
        name=s.name,
        affiliation=s.affiliation,
        residence=s.residence,
        kind=s.kind,
        stance=s.stance,
        summary=s.summary,
        position=s.position,
        started_at=s.started_at,
        duration_seconds=s.duration_seconds,
        sign_up=s.sign_up,
        yielded_to_id=s.yielded_to_id,
        limit_seconds=s.limit_seconds,
        row_version=s.row_version,
    )


def document_dto(d: Document) -> DocumentDTO:
    return DocumentDTO(
        id=d.id,
        agenda_item_id=d.agenda_item_id,
        matter_id=d.matter_id,
        title=d.title,
        file_name=d.file_name,
        media_type=d.media_type,
        sha256=d.sha256,
        size=d.size,
        url=d.url,
    )


def approval_dto(a: MinutesApproval) -> ApprovalDTO:
    return ApprovalDTO(
        meeting_id=a.meeting_id,
        version=a.version,
        approved_on=a.approved_on,
        approving_meeting_id=a.approving_meeting_id,
        approving_vote_id=a.approving_vote_id,
        manner=a.manner,
        sha256=a.sha256,
    )


def correction_dto(c: Correction) -> CorrectionDTO:
    return CorrectionDTO(
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
