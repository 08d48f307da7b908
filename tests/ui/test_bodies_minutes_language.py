"""In the window: a body's minutes language, chosen in the Bodies dialog while the window stays in
English, printed by the minutes, undone; the approved minutes' fingerprint does not move."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from councildesk.domain.house_style import HouseStyle
from councildesk.domain.minutes_language import MinutesLanguage
from councildesk.reports.minutes_html import minutes_html
from councildesk.services.approval_service import VerificationStatus
from councildesk.services.container import Services
from councildesk.ui.bodies_dialog import BodiesDialog, BodyFormDialog
from tests.builders import small_council
from tests.ui.conftest import when_modal


def test_minutes_language_chosen_in_the_bodies_dialog_prints_and_is_undone(
    qtbot: Any, make_window: Any, services: Services, tmp_path: Path
) -> None:
    council = small_council(services)
    window = make_window(services)
    dialog = BodiesDialog(window.context, window)
    qtbot.addWidget(dialog)

    def pick(form: QWidget) -> None:
        assert isinstance(form, BodyFormDialog)
        assert form.language_combo.currentText() == "English"
        form.language_combo.setCurrentIndex(form.language_combo.findData(MinutesLanguage.FR_EN.value))
        assert form.language_combo.currentText() == "Français, then English"
        form.resize(form.sizeHint())
        form.grab().save(str(tmp_path / "form.png"))
        form.done(QDialog.DialogCode.Accepted)

    when_modal(pick)
    dialog.edit_body()
    assert services.bodies.house_style(council.body_id) == HouseStyle(language=MinutesLanguage.FR_EN)
    page = minutes_html(services.minutes.minutes(council.meeting_id))
    assert '<html lang="fr-CA">' in page and '<div lang="en">' in page and "Ouverture de la séance" in page
    window.undo_stack.undo()
    assert services.bodies.house_style(council.body_id) == HouseStyle()


def test_the_language_changes_how_not_what_approved_minutes_say(demo: tuple[Services, int]) -> None:
    services, _seed = demo
    approved = [m for m in services.meetings.list_meetings() if services.minutes.minutes(m.id).approval]
    assert approved
    body_id = approved[0].body_id
    services.bodies.set_house_style(body_id, HouseStyle(language=MinutesLanguage.ES))
    for meeting in approved:
        assert services.approvals.verify(meeting.id).status is VerificationStatus.OK
        assert "Se constató la existencia de quórum" in minutes_html(services.minutes.minutes(meeting.id))
