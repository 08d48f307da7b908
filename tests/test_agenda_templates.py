"""A body's numbering style and usual order of business; new meetings carry unfinished business."""

from __future__ import annotations

from datetime import datetime

from councildesk.domain.agenda_template import (
    TemplateSection,
    format_template,
    parse_template,
    unfinished_position,
)
from councildesk.domain.enums import AgendaItemKind, MotionDisposition, NumberingStyle
from councildesk.services.container import Services
from tests.builders import small_council
from tests.helpers import refused

NEXT = datetime(2024, 3, 19, 19, 0)


def _order_of_business(services: Services, meeting_id: int) -> list[int]:
    titles = ["Call to order", "Approval of minutes", "New business", "Adjournment"]
    return [services.agenda.add_item(meeting_id, t, kind=AgendaItemKind.SECTION).id for t in titles]


def test_template_text_round_trips_and_damage_is_no_template() -> None:
    sections = [
        TemplateSection("Roll call, and notices"),
        TemplateSection("Hearings", AgendaItemKind.HEARING),
    ]
    assert parse_template(format_template(sections)) == sections
    assert (
        parse_template("") == [] and parse_template("{not json") == [] and parse_template('[{"x": 1}]') == []
    )
    assert unfinished_position(sections) == (2, False)
    assert unfinished_position([TemplateSection("A"), TemplateSection("New Business")]) == (1, False)
    assert unfinished_position([TemplateSection("unfinished business")]) == (0, True)


def test_numbering_style_renumbers_open_meetings(services: Services) -> None:
    council = small_council(services)
    section = services.agenda.add_item(council.meeting_id, "New business", kind=AgendaItemKind.SECTION)
    services.agenda.add_item(council.meeting_id, "Budget", parent_id=section.id)
    settings = services.agenda_templates.set_numbering_style(council.body_id, NumberingStyle.OUTLINE)
    assert settings.numbering_style is NumberingStyle.OUTLINE
    assert [i.number for i in services.agenda.list_items(council.meeting_id)] == ["I", "II", "II.A"]
    services.agenda_templates.set_numbering_style(council.body_id, NumberingStyle.DECIMAL)
    assert [i.number for i in services.agenda.list_items(council.meeting_id)] == ["1", "2", "2.1"]


def test_saved_template_starts_the_next_meeting_with_unfinished_business(services: Services) -> None:
    council = small_council(services)
    sections = _order_of_business(services, council.meeting_id)
    services.agenda.move_item(council.item_id, sections[2], 0)
    done = services.agenda.add_item(council.meeting_id, "Proclamation", parent_id=sections[2])
    tabled = services.motions.make_motion(council.item_id, "To repave Main Street")
    services.motions.set_disposition(tabled.id, MotionDisposition.TABLED)
    adopted = services.motions.make_motion(done.id, "To proclaim Arbor Day")
    services.motions.set_disposition(adopted.id, MotionDisposition.ADOPTED)

    saved = services.agenda_templates.save_template(council.body_id, council.meeting_id)
    assert [s.title for s in saved.template] == [
        "Call to order",
        "Approval of minutes",
        "New business",
        "Adjournment",
    ]

    meeting = services.agenda_templates.create_meeting(
        from_template=True, body_id=council.body_id, scheduled_start=NEXT
    )
    items = services.agenda.list_items(meeting.id)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Call to order"),
        ("2", "Approval of minutes"),
        ("3", "Unfinished business"),
        ("3.1", "Order to repave Main Street"),
        ("4", "New business"),
        ("5", "Adjournment"),
    ]
    assert items[3].kind is AgendaItemKind.ORDER

    plain = services.agenda_templates.create_meeting(
        from_template=False, body_id=council.body_id, scheduled_start=datetime(2024, 4, 2, 19)
    )
    assert services.agenda.list_items(plain.id) == []


def test_saving_an_empty_agenda_is_refused(services: Services) -> None:
    council = small_council(services)
    empty = services.meetings.create_meeting(council.body_id, NEXT)
    refused(
        services.db,
        lambda: services.agenda_templates.save_template(council.body_id, empty.id),
        "The meeting has no agenda yet, so there is no order of business to save.",
    )
