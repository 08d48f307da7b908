"""A French-speaking clerk records a meeting and prints its minutes, meeting no English on the way.

Driven as a clerk would: Meeting ▸ New meeting…, Mark all present, Agenda ▸ Add item…, a motion with
its mover and seconder, a roll call by keys, Meeting ▸ Export PDF…. Each dialog met and each screen
after a step is read (english_finder.py) at 1366×768; the PDF is read back with pypdf.
Set COUNCILDESK_SHOTS=/some/folder to keep a screenshot of each (named l3-fr-*.png).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from councildesk.domain.enums import BallotOption, MotionDisposition, VoteMethod
from councildesk.ui import i18n
from councildesk.ui.agenda_item_dialog import AgendaItemDialog
from councildesk.ui.meeting_dialog import NewMeetingDialog
from councildesk.ui.vote_dialog import VoteDialog
from tests.ui.conftest import when_modal
from tests.ui.english_finder import ALLOWED, EnglishFinder, minutes_in, plain, record_texts, visible_texts

K = Qt.Key
PLACE = "Salle du conseil, hôtel de ville"
ITEM = "Règlement 2011-14 sur le stationnement au centre-ville"
MOTION = "Que le règlement 2011-14 soit adopté."


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install("fr")
    yield
    i18n.install("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


class Reader:
    """Reads each screen and dialog met, keeps what is English, and a screenshot of each if asked."""

    def __init__(self, finder: EnglishFinder) -> None:
        self.finder = finder
        self.english: list[str] = []
        self.seen: list[str] = []
        keep = os.environ.get("COUNCILDESK_SHOTS")
        self.shots = Path(keep) if keep else None

    def read(self, name: str, widget: QWidget) -> None:
        self.seen.append(name)
        QApplication.processEvents()
        for kind, text in visible_texts(widget):
            why = self.finder.english_in(text)
            if why is not None:
                self.english.append(f"{name}: {kind} {plain(text)[:120]!r}: {why}")
        if self.shots is not None:
            widget.grab().save(str(self.shots / f"l3-fr-{len(self.seen):02d}-{name}.png"))


def test_a_french_clerk_records_a_meeting_and_prints_its_minutes(
    french: None, demo: Any, db_path: Path, make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    services, _ = demo
    minutes_in(services, "fr")
    reader = Reader(EnglishFinder("fr", record_texts(db_path) | {PLACE, ITEM, MOTION}, ALLOWED))
    window = make_window(services)
    window.resize(1366, 768)
    view = window.meeting_view

    # Séance ▸ Nouvelle séance…: the body, the day and hour, the place.
    def new_meeting(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        reader.read("nouvelle-seance", dialog)
        dialog.when_edit.setDateTime(QDateTime(QDate(2011, 9, 15), QTime(19, 0)))
        dialog.place_edit.setText(PLACE)  # typed letters beyond ASCII are not simulated offscreen
        dialog.accept()

    when_modal(new_meeting)
    window.main_actions.new_meeting_action.trigger()
    meeting_id = window.current_meeting_id()
    assert meeting_id is not None and services.meetings.get_meeting(meeting_id).location == PLACE

    # The roll: everyone present, the meeting called to order.
    view.all_present_action.trigger()
    view.call_action.trigger()
    reader.read("presences", window)

    # Ordre du jour ▸ Ajouter un point…: a by-law.
    def add_item(dialog: QWidget) -> None:
        assert isinstance(dialog, AgendaItemDialog)
        reader.read("ajouter-un-point", dialog)
        dialog.title_edit.setText(ITEM)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Règlement"))
        dialog.accept()

    when_modal(add_item)
    view.agenda.add_action.trigger()
    item = view.agenda.current_item()
    assert item is not None and item.title == ITEM

    # The motion, moved and seconded by two members.
    panel = view.item_panel
    panel.show_tab(4)
    motions = panel.motions
    members = [motions.mover_combo.itemText(i) for i in range(1, motions.mover_combo.count())]
    motions.mover_combo.setCurrentIndex(1)
    motions.seconder_combo.setCurrentIndex(2)
    motions.text_edit.setText(MOTION)
    qtbot.mouseClick(motions.make_button, Qt.MouseButton.LeftButton)
    reader.read("proposition", window)
    (motion,) = services.motions.list_motions(item.id)
    assert motion.text == MOTION

    # The roll call: Pour from each member but the last, who votes Contre; Entrée records it.
    qtbot.mouseClick(motions.roll_call_button, Qt.MouseButton.LeftButton)
    dialog = motions.vote_dialog
    assert isinstance(dialog, VoteDialog) and dialog.isVisible()
    reader.read("appel-nominal", dialog)
    table = dialog.view.table
    rows = dialog.view.model.rowCount()
    for row in range(rows):
        qtbot.keyClick(table, K.Key_N if row == rows - 1 else K.Key_Y)
    reader.read("appel-nominal-rempli", dialog)
    qtbot.keyClick(table, K.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    reader.read("vote-consigne", window)
    (vote,) = services.motions.get_motion(motion.id).votes
    assert vote.method is VoteMethod.ROLL_CALL and (vote.tally.yes, vote.tally.no) == (rows - 1, 1)
    assert [b.option for b in vote.ballots].count(BallotOption.NO) == 1
    assert services.motions.get_motion(motion.id).disposition is MotionDisposition.ADOPTED

    # Séance ▸ Exporter en PDF…: the file dialog is the system's; the rest is ours.
    target = tmp_path / "proces-verbal.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    tabs = window.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if plain(tabs.tabText(i)) == "Procès-verbal"))
    reader.read("proces-verbal", window)
    export = next(a for a in window.menu("Meeting").actions() if plain(a.text()) == "Exporter en PDF…")
    export.trigger()
    reader.read("exporte", window)
    assert target.is_file(), window.statusBar().currentMessage()

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(target.read_bytes())).pages)
    flat = " ".join(text.split())
    assert "Procès-verbal" in flat and "15 septembre 2011" in flat
    assert ITEM in flat and MOTION in flat
    assert "appel nominal" in flat.lower()
    assert members[0] in flat or members[0].split()[-1] in flat

    assert reader.seen and not reader.english, "\n".join(reader.english)
