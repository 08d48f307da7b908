"""Sponsors, a body and a meeting's times another clerk changed meanwhile: the window refuses to
overwrite them and offers Reload or Re-apply (undo then puts back the other clerk's value); a
sponsor the other clerk removed is one sentence, and nothing changes."""

from __future__ import annotations

import os
import re
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QPushButton, QWidget

from councildesk.db.file_lock import os_user
from councildesk.domain.enums import SpeakerKind
from councildesk.domain.house_style import HouseStyle
from councildesk.domain.meeting_times import TimeKind
from councildesk.domain.minutes_language import MinutesLanguage
from councildesk.services.container import Services
from councildesk.ui.bodies_dialog import BodiesDialog, BodyFormDialog
from councildesk.ui.sponsor_table_model import COL_NAME
from tests.builders import DAY, small_council
from tests.helpers import table_dump
from tests.ui.conftest import when_modal
from tests.ui.item_panel_support import make_panel, new_item, voting_members

pytestmark = pytest.mark.gui

WHEN = r"at \d\d:\d\d; your change was not saved\."
SHOTS = os.environ.get("STALE_OFFER_SHOTS", "")  # a folder to keep the offers' pictures in, if wanted


def answer_offer(answer: str, seen: list[str], picture: str = "") -> None:
    """Answer the next Reload / Re-apply offer with `answer`, noting its sentence (and its picture)."""

    def choose(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "stale_edit_offer"
        seen.append(box.text())
        if picture and SHOTS:
            box.grab().save(os.path.join(SHOTS, f"{picture}.png"))
            over_window(box).save(os.path.join(SHOTS, f"{picture}-window.png"))
        button = box.findChild(QPushButton, answer)
        assert button is not None
        button.click()

    when_modal(choose)


def over_window(box: QWidget) -> QPixmap:
    """The main window (or panel) as the clerk sees it: the dialogs open over it drawn centred on it."""
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not box]
    under = max(tops, key=lambda w: w.width() * w.height())
    picture = under.grab()
    painter = QPainter(picture)
    for widget in [w for w in tops if w is not under and isinstance(w, QDialog)] + [box]:
        shown = widget.grab()
        x, y = (picture.width() - shown.width()) // 2, (picture.height() - shown.height()) // 2
        painter.drawPixmap(x, y, shown)
        painter.drawRect(x - 1, y - 1, shown.width() + 1, shown.height() + 1)  # its window frame
    painter.end()
    return picture


def sponsored_item(services: Services, meeting_id: int) -> tuple[int, int, list[int]]:
    """An item whose matter has a primary sponsor and two co-sponsors: (item, matter, [people])."""
    item_id = new_item(services, meeting_id)
    people = [m.person_id for m in voting_members(services, meeting_id)[:3]]
    matter = services.matters.create_matter("O-11-041", "Order to repair the Main Street bridge")
    services.agenda.update_item(item_id, matter_id=matter.id)
    services.matters.set_sponsors(matter.id, people[0], people[1:])
    return item_id, matter.id, people


def primary(services: Services, matter_id: int) -> int:
    return next(sp.person_id for sp in services.matters.get_matter(matter_id).sponsors if sp.is_primary)


@pytest.mark.parametrize("answer", ["reload", "reapply"])
def test_a_primary_sponsor_changed_at_another_desk_is_offered(
    qtbot: Any, demo: tuple[Services, int], answer: str
) -> None:
    services, meeting_id = demo
    item_id, matter_id, (_ann, ben, cara) = sponsored_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    rig.panel.resize(1366, 768)
    rig.panel.show_tab(1)
    editor = rig.panel.sponsors
    editor.table.selectRow(1)  # Ben, a co-sponsor
    # Another clerk, in a session of their own on the same file, makes Cara the primary sponsor.
    Services(services.db).matters.make_primary(matter_id, cara)
    seen: list[str] = []
    answer_offer(answer, seen, f"s1-sponsor-offer-{answer}")
    editor.make_primary_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert len(seen) == 1
    assert re.fullmatch(
        rf"{re.escape(os_user())} changed this sponsor's role as primary or co-sponsor {WHEN}", seen[0]
    )
    assert rig.errors == []
    if answer == "reload":
        assert primary(services, matter_id) == cara and rig.stack.count() == 0
        shown = editor.sponsor_model.index(0, COL_NAME).data()
        assert shown == services.matters.get_matter(matter_id).sponsors[0].name  # Cara, first as primary
        return
    assert primary(services, matter_id) == ben and rig.stack.count() == 1
    rig.stack.undo()  # back to the sponsors as the other clerk left them, Cara primary
    assert primary(services, matter_id) == cara
    rig.stack.redo()
    assert primary(services, matter_id) == ben


def test_a_sponsor_removed_at_another_desk_is_one_sentence_and_nothing_changes(
    qtbot: Any, demo: tuple[Services, int]
) -> None:
    services, meeting_id = demo
    item_id, matter_id, (_ann, ben, _cara) = sponsored_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(1)
    editor = rig.panel.sponsors
    editor.table.selectRow(1)  # Ben
    Services(services.db).matters.remove_sponsor(matter_id, ben)
    before = table_dump(services.db)
    editor.make_primary_button.click()  # no offer: there is no sponsorship left to make primary
    assert len(rig.errors) == 1
    assert re.fullmatch(rf"{re.escape(os_user())} removed this sponsor {WHEN}", rig.errors[0])
    assert table_dump(services.db) == before and rig.stack.count() == 0
    # The editor reloaded: Ben is no longer listed.
    names = [editor.sponsor_model.index(r, COL_NAME).data() for r in range(editor.sponsor_model.rowCount())]
    assert len(names) == 2 and services.people.get_person(ben).display_name not in names


@pytest.mark.parametrize("answer", ["reload", "reapply"])
def test_a_body_renamed_at_another_desk_while_its_form_is_open_is_offered(
    qtbot: Any, make_window: Any, services: Services, answer: str
) -> None:
    council = small_council(services)
    window = make_window(services)
    window.resize(1366, 768)
    dialog = BodiesDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    seen: list[str] = []

    def rename(form: QWidget) -> None:
        assert isinstance(form, BodyFormDialog)
        # While the form is open another clerk renames the body and prints its minutes in French.
        other = Services(services.db)
        other.bodies.update_body(council.body_id, name="Testville Town Council")
        other.bodies.set_house_style(council.body_id, HouseStyle(language=MinutesLanguage.FR))
        form.name_edit.setText("Testville City Council")
        answer_offer(answer, seen, f"s1-body-offer-{answer}")
        form.done(QDialog.DialogCode.Accepted)

    when_modal(rename)
    dialog.edit_body()
    qtbot.waitUntil(lambda: bool(seen))
    assert re.fullmatch(rf"{re.escape(os_user())} changed this body's minutes language {WHEN}", seen[0])
    body = services.bodies.get_body(council.body_id)
    language = services.bodies.house_style(council.body_id).language
    assert language is MinutesLanguage.FR  # theirs, either way: this clerk did not change it
    if answer == "reload":
        assert body.name == "Testville Town Council" and not window.undo_stack.canUndo()
        assert dialog.current_body() is not None
        assert dialog.current_body().name == "Testville Town Council"  # type: ignore[union-attr]
        return
    assert body.name == "Testville City Council" and window.undo_stack.count() == 1
    window.undo_stack.undo()  # the name the other clerk gave it, not the one this form first showed
    assert services.bodies.get_body(council.body_id).name == "Testville Town Council"
    assert services.bodies.house_style(council.body_id).language is MinutesLanguage.FR


@pytest.mark.parametrize("answer", ["reload", "reapply"])
def test_a_time_corrected_at_another_desk_while_the_times_are_open_is_offered(
    qtbot: Any, make_window: Any, services: Services, answer: str
) -> None:
    council = small_council(services)
    services.meetings.call_to_order(council.meeting_id, DAY)
    motion = services.motions.make_motion(council.item_id, "To repave", mover_id=council.a, seconder_id=None)
    window = make_window(services)
    window.resize(1366, 768)
    window.show_meeting(council.meeting_id)
    view = window.meeting_view
    view.edit_times()
    dialog = view.times_dialog
    qtbot.waitExposed(dialog)
    what = [row.what for row in dialog.rows]
    motion_line = what.index('Item 1: motion "To repave"')
    # Another clerk corrects the motion's time first.
    Services(services.db).times.set_time(TimeKind.MOTION, motion.id, datetime(2024, 3, 5, 19, 10))
    dialog.edits[motion_line].setText("19:15")
    dialog.edits[what.index("Call to order")].setText("19:02")
    seen: list[str] = []
    answer_offer(answer, seen, f"s1-times-offer-{answer}")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(seen))
    assert re.fullmatch(rf"{re.escape(os_user())} changed this motion's time {WHEN}", seen[0])
    made_at = services.motions.get_motion(motion.id).made_at
    called = services.meetings.get_meeting(council.meeting_id).called_to_order_at
    if answer == "reload":
        # Nothing of this clerk's stored; the dialog stays open showing the times as they are now.
        assert (made_at, called) == (datetime(2024, 3, 5, 19, 10), DAY)
        assert dialog.isVisible() and not window.undo_stack.canUndo()
        assert dialog.edits[motion_line].text() == "19:10" and dialog.edits[0].text() == "19:00"
        return
    assert (made_at, called) == (datetime(2024, 3, 5, 19, 15), datetime(2024, 3, 5, 19, 2))
    assert not dialog.isVisible() and window.undo_stack.count() == 1
    window.undo_stack.undo()  # the motion at the other clerk's 19:10, the call to order at 19:00
    assert services.motions.get_motion(motion.id).made_at == datetime(2024, 3, 5, 19, 10)
    assert services.meetings.get_meeting(council.meeting_id).called_to_order_at == DAY


@pytest.mark.parametrize("answer", ["reload", "reapply"])
def test_a_time_limit_changed_at_another_desk_is_offered(
    qtbot: Any, demo: tuple[Services, int], answer: str
) -> None:
    services, meeting_id = demo
    item_id = new_item(services, meeting_id)
    body_id = services.meetings.get_meeting(meeting_id).body_id
    kind = SpeakerKind.PUBLIC_COMMENT
    services.speakers.set_time_limit(body_id, kind, 180)
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(3)
    view = rig.panel.speakers
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(kind))
    # Another clerk makes public comment four minutes while this desk still shows three.
    Services(services.db).speakers.set_time_limit(body_id, kind, 240)
    seen: list[str] = []

    def two_minutes(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setDoubleValue(2)
        answer_offer(answer, seen, f"s1-time-limit-offer-{answer}")
        dialog.accept()

    when_modal(two_minutes)
    view.limit_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert re.fullmatch(rf"{re.escape(os_user())} changed this time limit's duration {WHEN}", seen[0])
    limit = services.speakers.time_limits(body_id)[kind]
    if answer == "reload":
        assert limit == 240 and rig.stack.count() == 0
        qtbot.waitUntil(lambda: view._limits.get(kind) == 240)
        return
    assert limit == 120 and rig.stack.count() == 1
    rig.stack.undo()  # their four minutes, not the three this desk first showed
    assert services.speakers.time_limits(body_id)[kind] == 240
