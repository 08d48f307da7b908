"""The Records view driven by keys and clicks: filter a member's record, search, open a hit in the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog

from councildesk.services.container import Services
from councildesk.services.voting_record_dto import RecordFilter
from councildesk.ui.agreement_heatmap import AgreementHeatmap
from councildesk.ui.record_table_model import COL_DATE, COL_ITEM, COL_VOTE, RecordTableModel
from councildesk.ui.records_view import RecordsView
from councildesk.ui.ui_context import UiContext
from tests.records_fixture import build_council
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.gui
# The member box's completer popup: the offscreen platform cannot raise it or grab the keyboard
# for it. Only these messages are excused; any other Qt warning still fails. (A mark on the test
# function itself, so that it is the one pytest-qt reads.)
POPUP_NOISE = pytest.mark.qt_log_ignore(
    OFFSCREEN_NOISE, r"This plugin does not support (raise\(\)|grabbing the keyboard)"
)


@pytest.fixture
def view(qtbot: Any, demo: tuple[Services, int]) -> tuple[RecordsView, list[str]]:
    services, _ = demo
    errors: list[str] = []
    records = RecordsView(UiContext(services, QUndoStack(), errors.append))
    qtbot.addWidget(records)
    records.resize(1200, 700)
    records.show()
    qtbot.waitExposed(records)
    return records, errors


def type_member(qtbot: Any, view: RecordsView, name: str) -> None:
    view.member_edit.setFocus()
    qtbot.keyClicks(view.member_edit, name)
    popup = view.member_edit.completer().popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(view.member_edit, Qt.Key.Key_Return)


def column(view: RecordsView, col: int) -> list[str]:
    return [view.model.index(r, col).data() for r in range(view.model.rowCount())]


@POPUP_NOISE
def test_pamela_schwartz_record_filtered_and_opened(qtbot: Any, view: tuple[RecordsView, list[str]]) -> None:
    records, errors = view
    with qtbot.waitSignal(records.summaryReady):
        type_member(qtbot, records, "Pamela Schwartz")
    assert records.model.total == 5 and not errors
    assert "Pamela Schwartz" in records.summary_label.text()
    records.text_edit.setFocus()
    qtbot.keyClicks(records.text_edit, "Secure Communities")
    qtbot.keyClick(records.text_edit, Qt.Key.Key_Return)
    assert records.model.total == 1
    assert column(records, COL_VOTE) == ["yes"]
    assert "Secure Communities" in column(records, COL_ITEM)[0]
    records.table.setFocus()
    records.table.setCurrentIndex(records.model.index(0, COL_ITEM))
    with qtbot.waitSignal(records.openItemRequested) as opened:
        qtbot.keyClick(records.table, Qt.Key.Key_Return)
    services = records.services
    seed = records.model.row_at(0).meeting_id
    assert opened.args == [seed, records.model.row_at(0).item_id]
    assert services.agenda.get_item(opened.args[1]).title.startswith("Resolution condemning")


@POPUP_NOISE
def test_vote_filter_by_keyboard_and_sorting(qtbot: Any, view: tuple[RecordsView, list[str]]) -> None:
    records, _ = view
    with qtbot.waitSignal(records.summaryReady):
        type_member(qtbot, records, "Ward 5")
    assert "Ward 5 Councilor" in records.summary_label.text() and records.model.total == 5
    records.option_combo.setFocus()
    qtbot.keyClicks(records.option_combo, "Recused")  # typing selects the matching entry
    qtbot.waitUntil(lambda: records.model.total == 1, timeout=2000)
    assert column(records, COL_VOTE) == ["recused *"]
    qtbot.waitUntil(lambda: "Owns property" in records.summary_label.text(), timeout=2000)
    records.option_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: records.model.total == 5, timeout=2000)
    header = records.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, COL_DATE))
    dates = column(records, COL_DATE)
    assert dates == sorted(dates) or dates == sorted(dates, reverse=True)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, COL_DATE))
    assert column(records, COL_DATE) == list(reversed(dates))


def _section_centre(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(
        header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2
    )


@POPUP_NOISE
def test_unknown_member_is_reported_plainly(qtbot: Any, view: tuple[RecordsView, list[str]]) -> None:
    records, errors = view
    type_member(qtbot, records, "Zebediah Nobody")
    assert errors == ["No member who has voted is called 'Zebediah Nobody'."]
    assert records.model.rowCount() == 0


def test_search_opens_the_item_in_the_main_window(
    qtbot: Any, make_window: Any, demo: tuple[Services, int]
) -> None:
    services, seed = demo
    window = make_window(services)
    qtbot.keyClick(
        window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    records = window.findChild(RecordsView)
    assert records is not None and window.tabs.currentWidget() is records
    qtbot.waitUntil(lambda: QApplication.focusWidget() is records.search_edit)
    qtbot.keyClicks(records.search_edit, '"Secure Communities"')
    qtbot.keyClick(records.search_edit, Qt.Key.Key_Return)
    assert records.hits.rowCount() >= 1
    rows = [
        records.hits.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(records.hits.rowCount())
    ]
    target = next(r for r, hit in enumerate(rows) if hit.source == "agenda item")
    qtbot.keyClick(records.search_edit, Qt.Key.Key_Down)  # into the results
    assert QApplication.focusWidget() is records.hit_list
    for _ in range(target):
        qtbot.keyClick(records.hit_list, Qt.Key.Key_Down)
    qtbot.keyClick(records.hit_list, Qt.Key.Key_Return)
    assert window.current_meeting_id() == seed
    assert window.tabs.currentWidget() is window.meeting_view
    assert window.meeting_view.agenda.current_item_id() == rows[target].item_id


def test_hostile_search_in_the_box_shows_a_message(qtbot: Any, view: tuple[RecordsView, list[str]]) -> None:
    records, errors = view
    records.pages.setCurrentIndex(1)
    for query in ("ab", "'; DROP TABLE meeting; --", 'NEAR("secure'):
        records.search_edit.clear()
        qtbot.keyClicks(records.search_edit, query)
        qtbot.keyClick(records.search_edit, Qt.Key.Key_Return)
        assert records.search_message.text() and not errors


def test_table_fetches_lazily(qtbot: Any, services: Services) -> None:
    council = build_council(services)
    model = RecordTableModel(services.voting_records)
    model.set_query(council.a, RecordFilter())
    assert model.rowCount() == 4 and not model.canFetchMore(QModelIndex())
    import councildesk.ui.record_table_model as module

    old = module.PAGE
    module.PAGE = 3  # small pages so the second one is fetched on demand
    try:
        model.set_query(council.a, RecordFilter())
        assert (model.rowCount(), model.total) == (3, 4) and model.canFetchMore(QModelIndex())
        model.fetchMore(QModelIndex())
        assert model.rowCount() == 4 and not model.canFetchMore(QModelIndex())
    finally:
        module.PAGE = old


def test_heatmap_keys_and_exports(
    qtbot: Any, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_council(services)
    errors: list[str] = []
    records = RecordsView(UiContext(services, QUndoStack(), errors.append))
    qtbot.addWidget(records)
    records.show()
    qtbot.waitExposed(records)
    records.activateWindow()  # mnemonics (Alt+W) need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is records)
    qtbot.keyClick(records.pages, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    heatmap = records.findChild(AgreementHeatmap)
    assert heatmap is not None and heatmap.matrix is not None
    assert heatmap.matrix.names == ("Ada Alder", "Ben Birch", "Cy Cedar", "Eve Elm")
    heatmap.setFocus()
    assert "Ada Alder and Ben Birch agreed on 1 of 3" in records.agree_status.text()
    qtbot.keyClick(heatmap, Qt.Key.Key_Right)
    assert "Ada Alder and Cy Cedar agreed on 0 of 2" in records.agree_status.text()
    qtbot.keyClick(heatmap, Qt.Key.Key_Down)
    assert "Ben Birch and Cy Cedar agreed on 1 of 2" in records.agree_status.text()
    image = heatmap.grab().toImage()
    assert image.width() > 100 and image.pixelColor(image.width() - 10, image.height() - 10).isValid()
    target = tmp_path / "matrix"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(records.agree_csv_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "matrix.csv").read_text("utf-8-sig").startswith("member_a,member_b")
    qtbot.mouseClick(records.agree_pdf_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "matrix.pdf").read_bytes().startswith(b"%PDF")
    assert not errors


@POPUP_NOISE
def test_matter_history_from_a_row(qtbot: Any, services: Services) -> None:
    build_council(services)
    errors: list[str] = []
    records = RecordsView(UiContext(services, QUndoStack(), errors.append))
    qtbot.addWidget(records)
    records.show()
    qtbot.waitExposed(records)
    records.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is records)
    type_member(qtbot, records, "Cy Cedar")
    rows = column(records, COL_ITEM)
    parking = rows.index("1 Ordinance on downtown parking")
    records.table.setFocus()
    records.table.setCurrentIndex(records.model.index(parking, COL_ITEM))
    qtbot.keyClick(records.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = records.history_dialog
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.browser.toPlainText()
    assert "O-20-002: Ordinance on downtown parking" in text
    assert "referred" in text and "amended and adopted" in text and "Cy Cedar: no" in text
    dialog.reject()
    truck = rows.index("2 Order to buy a fire truck")
    records.table.setCurrentIndex(records.model.index(truck, COL_ITEM))
    qtbot.keyClick(records.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert errors == [
        "“Order to buy a fire truck” is not tied to a matter, so it has no history across meetings."
    ]


def test_records_tab_shows_votes_recorded_meanwhile(
    qtbot: Any, make_window: Any, demo: tuple[Services, int]
) -> None:
    services, seed = demo
    window = make_window(services)
    records = window.findChild(RecordsView)
    qtbot.keyClick(
        window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.tabs.currentWidget() is records
    _pid, name = services.voting_records.find_member("Pamela Schwartz")
    records.member_edit.setText(name)
    qtbot.keyClick(records.member_edit, Qt.Key.Key_Return)
    assert records.model.total == 5
    window.tabs.setCurrentWidget(window.meeting_view)
    item = services.agenda.add_item(seed, "Order on bicycle lanes")
    motion = services.motions.make_motion(item.id, "To adopt the bicycle order.")
    services.votes.record_unanimous(motion.id)
    window.tabs.setCurrentWidget(records)
    assert records.model.total == 6
    assert any("Order on bicycle lanes" in title for title in column(records, COL_ITEM))
