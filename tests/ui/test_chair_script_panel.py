"""View ▸ Chair's script follows the item in view: the next line marked, names filled as recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from councildesk.domain.enums import AgendaItemKind
from councildesk.services.container import Services
from councildesk.ui.ui_context import RecordChange, RecordKind
from tests.ui.item_panel_support import voting_members

pytestmark = pytest.mark.gui


def test_the_panel_reads_the_motion_and_marks_the_next_line(
    qtbot: QtBot, make_window: Any, demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, meeting_id = demo
    members = voting_members(services, meeting_id)
    item = services.agenda.add_item(
        meeting_id, "Order to repair the Main Street bridge", kind=AgendaItemKind.ORDER
    )
    window = make_window(services)
    window.show_meeting(meeting_id)
    window.meeting_view.agenda.select_item(item.id)
    window.chair_script_dock.show()
    panel = window.chair_script_panel
    qtbot.waitUntil(lambda: "Is there a motion?" in panel.script_text())
    assert "<b>▶ We now take up item" in panel.script_text()  # the item is not stamped yet

    services.motions.make_motion(
        item.id, "To adopt the order.", mover_id=members[0].person_id, seconder_id=members[1].person_id
    )
    window.context.records.changed.emit(RecordChange(meeting_id, frozenset({RecordKind.MOTIONS})))
    text = panel.script_text()
    assert f"It has been moved by {members[0].person_name} and seconded by {members[1].person_name}." in text
    assert "<b>▶ Is there any discussion?</b>" in text  # moved and seconded: discussion comes next

    panel.save_agenda(str(tmp_path / "chair.pdf"))
    pages = PdfReader(tmp_path / "chair.pdf").pages
    printed = " ".join(" ".join((p.extract_text() or "").split()) for p in pages)
    assert f"seconded by {members[1].person_name}." in printed
    assert printed.count("The meeting will come to order.") == 1
    assert printed.endswith("There being no further business, the meeting is adjourned.")
    window.grab().save(str(tmp_path / "window.png"))


@pytest.mark.parametrize(("window_language", "minutes"), [("fr", "fr"), ("en", "es")])
def test_the_panel_reads_the_councils_language_its_buttons_the_windows(
    qtbot: QtBot,
    make_window: Any,
    demo: tuple[Services, int],
    tmp_path: Path,
    window_language: str,
    minutes: str,
) -> None:
    from councildesk.services.chair_script import PHRASES
    from councildesk.ui import i18n

    services, meeting_id = demo
    members = voting_members(services, meeting_id)
    body_id = services.meetings.get_meeting(meeting_id).body_id
    services.bodies.set_house_style(body_id, services.bodies.house_style(body_id).edition(minutes))
    item = services.agenda.add_item(
        meeting_id, "Order to repair the Main Street bridge", kind=AgendaItemKind.ORDER
    )
    services.motions.make_motion(
        item.id, "To adopt the order.", mover_id=members[0].person_id, seconder_id=members[1].person_id
    )
    i18n.install(window_language)
    try:
        window = make_window(services)
        window.resize(1366, 768)
        window.show_meeting(meeting_id)
        window.meeting_view.agenda.select_item(item.id)
        window.chair_script_dock.show()
        panel = window.chair_script_panel
        said = {
            "fr": (
                "Il est proposé par {0}, appuyé par {1}.",
                "<b>▶ Y a-t-il des interventions sur la proposition?",
            ),
            "es": ("Moción presentada por {0} y secundada por {1}.", "<b>▶ Se abre el debate."),
        }[minutes]
        qtbot.waitUntil(lambda: said[1] in panel.script_text())
        text = panel.script_text()
        assert said[0].format(members[0].person_name, members[1].person_name) in text
        assert "Nous passons au point" in text if minutes == "fr" else "Pasamos al punto" in text
        english = [str(wording).split("{")[0] for _, wording in PHRASES.values()]
        assert [e for e in english if e and e in text] == []
        buttons = (panel.edit_button.text(), panel.print_button.text())
        if window_language == "fr":
            assert buttons == ("Modifier les &formules…", "&Ordre du jour de la présidence (PDF)…")
        else:
            assert buttons == ("Edit &phrases…", "Chair's &agenda (PDF)…")
        window.grab().save(str(tmp_path / f"panel-{window_language}-{minutes}.png"))
    finally:
        i18n.install("en")
