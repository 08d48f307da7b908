"""Qt's own model checker (QAbstractItemModelTester, via pytest-qt) over the records table and search hits."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

import councildesk.ui.record_table_model as record_table_model
from councildesk.services.container import Services
from councildesk.services.voting_record_dto import RecordFilter
from councildesk.ui.record_table_model import COL_DATE, COL_RESULT, RecordTableModel
from councildesk.ui.search_hit_list import HitRole, SearchHitListModel
from tests.records_fixture import build_council


def test_record_table_model_passes_qt_checks_while_paging_and_sorting(
    qtmodeltester: Any, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    council = build_council(services)
    model = RecordTableModel(services.voting_records)
    monkeypatch.setattr(record_table_model, "PAGE", 3)  # small pages, so fetchMore inserts rows
    model.set_query(council.a, RecordFilter())
    assert (model.rowCount(), model.total) == (3, 4)
    # The checker fetches more as a view would, and keeps checking every change below. (It also
    # fetches inside its own modelReset handler and then counts the insert as nested in the reset,
    # which no view does; so resets below happen with every row in the first page.)
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and not model.canFetchMore(QModelIndex())
    monkeypatch.setattr(record_table_model, "PAGE", 100)
    model.sort(COL_RESULT, Qt.SortOrder.AscendingOrder)
    model.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 4
    model.set_query(None, RecordFilter())
    assert model.rowCount() == 0


def test_search_hit_list_model_passes_qt_checks(qtmodeltester: Any, services: Services) -> None:
    build_council(services)
    hits = services.voting_records.search("parking").hits
    assert hits
    model = SearchHitListModel()
    qtmodeltester.check(model)
    model.set_hits(hits)
    assert model.index(0, 0).data(HitRole) == hits[0]
    model.set_hits(())
    qtmodeltester.check(model)
