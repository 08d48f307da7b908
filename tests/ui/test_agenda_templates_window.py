"""In the window: a body's numbering style, saving its usual agenda, and a new meeting started from it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from councildesk.domain.enums import AgendaItemKind, MotionDisposition, NumberingStyle
from councildesk.services.container import Services
from councildesk.ui.bodies_dialog import BodiesDialog, BodyFormDialog
from councildesk.ui.meeting_dialog import NewMeetingDialog, to_qdatetime
from tests.builders import small_council
from tests.ui.conftest import when_modal


def _sections(services: Services, meeting_id: int, item_id: int) -> None:
    ids = [
        services.agenda.add_item(meeting_id, title, kind=AgendaItemKind.SECTION).id
        for title in ("Call to order", "New business", "Adjournment")
    ]
    services.agenda.move_item(item_id, ids[1], 0)


def test_save_the_usual_agenda_then_a_new_meeting_starts_from_it(
    qtbot: Any, make_window: Any, services: Services
) -> None:
    council = small_council(services)
    _sections(services, council.meeting_id, council.item_id)
    motion = services.motions.make_motion(council.item_id, "To repave Main Street")
    services.motions.set_disposition(motion.id, MotionDisposition.POSTPONED)
    window = make_window(services)
    window.show_meeting(council.meeting_id)

    window.main_actions.save_template_action.trigger()
    template = services.agenda_templates.settings(council.body_id).template
    assert [s.title for s in template] == ["Call to order", "New business", "Adjournment"]
    assert "3 sections" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert services.agenda_templates.settings(council.body_id).template == ()
    window.undo_stack.redo()
    assert services.agenda_templates.settings(council.body_id).template == template

    seen: dict[str, Any] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        seen["checked"] = dialog.template_check.isChecked() and dialog.template_check.isEnabled()
        seen["tip"] = dialog.template_check.toolTip()
        dialog.when_edit.setDateTime(to_qdatetime(datetime(2024, 3, 19, 19, 0)))
        dialog.accept()

    when_modal(fill)
    window.new_meeting()
    assert seen["checked"], "the checkbox is on by default when the body has a template"
    assert seen["tip"].startswith("3 sections: Call to order")
    newest = services.meetings.list_meetings(body_id=council.body_id, limit=1)[0]
    assert [(i.number, i.title) for i in services.agenda.list_items(newest.id)] == [
        ("1", "Call to order"),
        ("2", "Unfinished business"),
        ("2.1", "Order to repave Main Street"),
        ("3", "New business"),
        ("4", "Adjournment"),
    ]
    window.undo_stack.undo()  # one step takes back the meeting and the agenda it started with
    assert [m.id for m in services.meetings.list_meetings(body_id=council.body_id)] == [council.meeting_id]


def test_new_meeting_without_a_template_offers_none(qtbot: Any, make_window: Any, services: Services) -> None:
    council = small_council(services)
    window = make_window(services)
    dialog = NewMeetingDialog(services, window, body_id=council.body_id)
    qtbot.addWidget(dialog)
    assert not dialog.template_check.isEnabled() and not dialog.from_template()


def test_numbering_style_chosen_in_the_bodies_dialog_and_undone(
    qtbot: Any, make_window: Any, services: Services
) -> None:
    council = small_council(services)
    _sections(services, council.meeting_id, council.item_id)
    window = make_window(services)
    dialog = BodiesDialog(window.context, window)
    qtbot.addWidget(dialog)

    def pick(form: QWidget) -> None:
        assert isinstance(form, BodyFormDialog)
        assert form.numbering_combo.currentText() == "1, 1.1, 1.1.1"
        form.numbering_combo.setCurrentIndex(form.numbering_combo.findData(NumberingStyle.OUTLINE.value))
        form.done(QDialog.DialogCode.Accepted)

    when_modal(pick)
    dialog.edit_body()
    numbers = [i.number for i in services.agenda.list_items(council.meeting_id)]
    assert numbers == ["I", "II", "II.A", "III"]
    assert services.agenda_templates.settings(council.body_id).numbering_style is NumberingStyle.OUTLINE
    window.undo_stack.undo()
    assert [i.number for i in services.agenda.list_items(council.meeting_id)] == ["1", "2", "2.1", "3"]
