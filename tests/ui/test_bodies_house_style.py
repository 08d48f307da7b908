"""In the window: a body's house style for its minutes, chosen in the Bodies dialog and undone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from councildesk.domain.house_style import ClockStyle, HouseStyle, VoteSentenceStyle
from councildesk.reports.minutes_html import minutes_html
from councildesk.services.container import Services
from councildesk.ui.bodies_dialog import BodiesDialog, BodyFormDialog
from tests.builders import small_council
from tests.ui.conftest import when_modal


def test_house_style_chosen_in_the_bodies_dialog_prints_and_is_undone(
    qtbot: Any, make_window: Any, services: Services, tmp_path: Path
) -> None:
    council = small_council(services)
    window = make_window(services)
    dialog = BodiesDialog(window.context, window)
    qtbot.addWidget(dialog)

    def pick(form: QWidget) -> None:
        assert isinstance(form, BodyFormDialog)
        assert form.house_style() == HouseStyle()  # what the body has: the defaults
        form.resize(form.sizeHint())
        form.grab().save(str(tmp_path / "form.png"))
        form.clock_combo.setCurrentIndex(form.clock_combo.findData(ClockStyle.TWENTY_FOUR_HOUR.value))
        names = form.vote_sentence_combo.findData(VoteSentenceStyle.NAMES.value)
        form.vote_sentence_combo.setCurrentIndex(names)
        form.tables_check.setChecked(True)
        form.done(QDialog.DialogCode.Accepted)

    when_modal(pick)
    dialog.edit_body()
    chosen = HouseStyle(ClockStyle.TWENTY_FOUR_HOUR, vote_sentence=VoteSentenceStyle.NAMES, vote_tables=True)
    assert services.bodies.house_style(council.body_id) == chosen
    assert (tmp_path / "form.png").stat().st_size > 0
    assert services.minutes.minutes(council.meeting_id).style == chosen
    assert "p.m." not in minutes_html(services.minutes.minutes(council.meeting_id))
    assert window.undo_stack.undoText() == f"House style of {services.bodies.get_body(council.body_id).name}"
    window.undo_stack.undo()
    assert services.bodies.house_style(council.body_id) == HouseStyle()
