"""Each body's agenda numbering style and usual order of business, and meetings started from it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.engine import Database
from councildesk.db.models import AgendaItem, Body, Meeting, Motion
from councildesk.domain.agenda_template import (
    UNFINISHED,
    UNFINISHED_TITLE,
    TemplateSection,
    format_template,
    parse_template,
    unfinished_position,
)
from councildesk.domain.enums import AgendaItemKind, NumberingStyle
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services import audit
from councildesk.services.agenda_service import ordered_items, renumber, renumber_open_meetings
from councildesk.services.dto import AgendaSettingsDTO, MeetingDTO
from councildesk.services.guards import ensure_editable, fetch
from councildesk.services.meeting_service import MeetingService


def _settings(body: Body) -> AgendaSettingsDTO:
    return AgendaSettingsDTO(body.id, body.numbering_style, tuple(parse_template(body.agenda_template)))


def previous_meeting(s: Session, meeting: Meeting) -> Meeting | None:
    """The body's last meeting scheduled before `meeting`."""
    return s.scalar(
        select(Meeting)
        .where(
            Meeting.body_id == meeting.body_id,
            Meeting.id != meeting.id,
            Meeting.scheduled_start < meeting.scheduled_start,
        )
        .order_by(Meeting.scheduled_start.desc(), Meeting.id.desc())
        .limit(1)
    )


def unfinished_items(s: Session, meeting_id: int) -> list[AgendaItem]:
    """Items of the meeting whose last main motion was left pending, tabled, postponed or referred."""
    result = []
    for dto in ordered_items(s, meeting_id):  # agenda order ("10" after "9", unlike the text)
        item = fetch(s, AgendaItem, dto.id)
        last = s.scalar(
            select(Motion.disposition)
            # The item's own motions; an amendment or a motion to table sits under one of them.
            .where(Motion.agenda_item_id == item.id, Motion.parent_motion_id.is_(None))
            .order_by(Motion.position.desc(), Motion.id.desc())
            .limit(1)
        )
        if last in UNFINISHED:
            result.append(item)
    return result


class AgendaTemplateService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def settings(self, body_id: int) -> AgendaSettingsDTO:
        with self.db.reading() as s:
            return _settings(fetch(s, Body, body_id))

    def set_numbering_style(self, body_id: int, style: NumberingStyle) -> AgendaSettingsDTO:
        """Number the body's agendas in `style`; meetings not yet approved are renumbered now
        (approved minutes keep the numbers they were approved with)."""
        with self.db.transaction() as s:
            body = fetch(s, Body, body_id)
            audit.updated(s, body, {"numbering_style": NumberingStyle(style)})
            renumber_open_meetings(s, body_id)
            return _settings(body)

    def save_template(self, body_id: int, meeting_id: int) -> AgendaSettingsDTO:
        """Remember the meeting's top-level sections as the body's usual order of business."""
        with self.db.transaction() as s:
            body = fetch(s, Body, body_id)
            meeting = fetch(s, Meeting, meeting_id)
            if meeting.body_id != body_id:
                raise UserError(
                    QT_TRANSLATE_NOOP("services", "That meeting is not a meeting of {body_name}."),
                    body_name=body.name,
                )
            top = s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting_id, AgendaItem.parent_id.is_(None))
                .order_by(AgendaItem.position, AgendaItem.id)
            ).all()
            if not top:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services", "The meeting has no agenda yet, so there is no order of business to save."
                    )
                )
            sections = [TemplateSection(i.title, i.kind) for i in top]
            audit.updated(s, body, {"agenda_template": format_template(sections)})
            return _settings(body)

    def set_template(self, body_id: int, sections: tuple[TemplateSection, ...]) -> AgendaSettingsDTO:
        """Put back a saved order of business (the undo of saving one), or clear it with ()."""
        with self.db.transaction() as s:
            body = fetch(s, Body, body_id)
            audit.updated(s, body, {"agenda_template": format_template(list(sections)) if sections else ""})
            return _settings(body)

    def create_meeting(self, *, from_template: bool, **values: Any) -> MeetingDTO:
        """A new meeting (MeetingService.create_meeting's arguments), with the body's order of
        business and the previous meeting's unfinished business when `from_template`: one step."""
        with self.db.transaction():
            meeting = MeetingService(self.db).create_meeting(**values)
            if from_template:
                self._fill_from_template(meeting.id)
            return meeting

    def _fill_from_template(self, meeting_id: int) -> None:
        with self.db.transaction() as s:
            meeting = ensure_editable(s, meeting_id)
            if s.scalar(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id).limit(1)):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The meeting already has an agenda; start from the template only when it is empty.",
                    )
                )
            sections = parse_template(fetch(s, Body, meeting.body_id).agenda_template)
            before = previous_meeting(s, meeting)
            carried = unfinished_items(s, before.id) if before is not None else []
            index, present = unfinished_position(sections)
            if carried and not present:
                sections.insert(index, TemplateSection(UNFINISHED_TITLE))
            holder: AgendaItem | None = None
            for position, section in enumerate(sections):
                item = AgendaItem(
                    meeting_id=meeting_id, title=section.title, kind=section.kind, position=position
                )
                audit.created(s, item)
                if position == index:
                    holder = item
            s.flush()
            for position, old in enumerate(carried):
                assert holder is not None
                item = AgendaItem(
                    meeting_id=meeting_id,
                    parent_id=holder.id,
                    position=position,
                    title=old.title,
                    kind=old.kind if old.kind is not AgendaItemKind.SECTION else AgendaItemKind.OTHER,
                    body=old.body,
                    matter_id=old.matter_id,
                )
                audit.created(s, item)
            renumber(s, meeting_id)
