"""File ▸ Publish website…: the dialog's choices reach the publish, a foreign folder is asked about first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from councildesk.services.container import Services
from councildesk.ui import progress_task
from councildesk.ui.publish_dialog import PublishDialog
from tests.ui.conftest import accept_message, when_modal

pytestmark = pytest.mark.gui


def _fill_and_publish(qtbot: Any, folder: Path, *, drafts: bool) -> None:
    def answer(widget: QWidget) -> None:
        assert isinstance(widget, PublishDialog)
        widget.folder_edit.setText(str(folder))
        if drafts:
            qtbot.mouseClick(widget.drafts_check, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(widget.publish_button, Qt.MouseButton.LeftButton)

    when_modal(answer)


def test_file_menu_publishes_the_site_with_the_chosen_options(
    qtbot: Any, make_window: Any, demo: tuple[Services, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress_task, "SHOW_AFTER_MS", 0)
    services, _ = demo
    window = make_window(services)
    action = window.publish_action
    assert action in window.menu("File").actions() and action.text() == "Publish &website…"
    target = tmp_path / "site"
    _fill_and_publish(qtbot, target, drafts=True)
    action.trigger()
    qtbot.waitUntil(lambda: (target / "index.html").is_file(), timeout=60000)
    drafts = [m for m in services.meetings.list_meetings() if m.minutes_status.value != "approved"]
    assert all((target / f"meetings/{m.id}/minutes.html").is_file() for m in drafts)  # drafts asked for
    assert "Published" in window.statusBar().currentMessage()


def test_a_folder_with_other_files_is_asked_about_and_left_alone_on_no(
    qtbot: Any, make_window: Any, demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    window = make_window(services)
    target = tmp_path / "shared-drive"
    target.mkdir()
    (target / "budget.xlsx").write_bytes(b"theirs")
    seen: list[str] = []

    def choose_the_folder(widget: QWidget) -> None:
        assert isinstance(widget, PublishDialog)
        widget.folder_edit.setText(str(target))
        accept_message(qtbot, seen, QMessageBox.StandardButton.No)  # the question that follows
        qtbot.mouseClick(widget.publish_button, Qt.MouseButton.LeftButton)

    when_modal(choose_the_folder)
    window.publish_action.trigger()
    assert seen and "already holds files CouncilDesk did not write" in seen[0]
    assert sorted(p.name for p in target.iterdir()) == ["budget.xlsx"]


def test_the_website_language_defaults_to_the_bodys_and_reaches_the_publish(
    qtbot: Any, make_window: Any, demo: tuple[Services, int]
) -> None:
    from dataclasses import replace

    from councildesk.domain.minutes_language import MinutesLanguage

    services, _ = demo
    window = make_window(services)
    dialog = PublishDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentText() == "English" and dialog.options().lang == "en"
    (body,) = services.bodies.list_bodies()
    style = services.bodies.house_style(body.id)
    services.bodies.set_house_style(body.id, replace(style, language=MinutesLanguage.FR_EN))
    dialog = PublishDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentText() == "Français"  # a bilingual body's first language
    assert dialog.language_combo.accessibleName() == "Language of the website's own words"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    assert dialog.options().lang == "es"
