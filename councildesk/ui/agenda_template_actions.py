"""A body's agenda in the window: saving its usual order of business, and its numbering styles by name."""

from __future__ import annotations

from councildesk.domain.enums import NumberingStyle
from councildesk.services.dto import AgendaSettingsDTO, MeetingDTO
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.ui_context import RecordKind, UiContext

# What each style looks like, as the clerk picks it (the first labels at each depth).
STYLE_NAMES = {
    NumberingStyle.DECIMAL: "1, 1.1, 1.1.1",
    NumberingStyle.OUTLINE: "I, A, 1, a",
    NumberingStyle.LETTERS: "A, 1, a",
}


def save_agenda_template(context: UiContext, meeting: MeetingDTO) -> AgendaSettingsDTO | None:
    """Remember the meeting's sections as its body's template (undo puts the old one back)."""
    templates = context.services.agenda_templates
    old = templates.settings(meeting.body_id).template
    return context.push(
        fmt(
            translate("agenda_template_actions", "Save the agenda as the {body_name} template"),
            body_name=meeting.body_name,
        ),
        lambda: templates.save_template(meeting.body_id, meeting.id),
        lambda _: templates.set_template(meeting.body_id, old),
        meeting_id=None,
        kinds=(RecordKind.BODIES,),
    )


def template_summary(settings: AgendaSettingsDTO) -> str:
    """'4 sections: Call to order, …' for a tooltip or a form, '' without a template."""
    if not settings.template:
        return ""
    titles = ", ".join(s.title for s in settings.template)
    return fmt(
        translate("agenda_template_actions", "%n section(s): {titles}", "", len(settings.template)),
        titles=titles,
    )
