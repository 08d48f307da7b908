"""The navigator model: lazy bodies → years → meetings, paging, filtering, finding a meeting."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from sqlalchemy import event

from councildesk.services.container import Services
from councildesk.ui import navigator_model
from councildesk.ui.navigator_model import MEETING_ID_ROLE, NavigatorModel

pytestmark = pytest.mark.gui


def history(services: Services, years: int = 3, per_year: int = 24) -> tuple[int, int]:
    council = services.bodies.create_body("Springfield City Council", 7)
    committee = services.bodies.create_body("Finance Committee", 3, parent_id=council.id)
    for y in range(years):
        start = datetime(2001 + y, 1, 4, 19, 0)
        for n in range(per_year):
            services.meetings.create_meeting(council.id, start + timedelta(days=14 * n), location="Hall")
    services.meetings.create_meeting(committee.id, datetime(2002, 5, 1, 18, 0), title="Budget hearing")
    return council.id, committee.id


class StatementCounter:
    def __init__(self, services: Services) -> None:
        self.statements: list[str] = []
        event.listen(services.db.engine, "before_cursor_execute", self._seen)
        self.engine = services.db.engine

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.statements.append(statement)

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


def test_model_passes_qt_model_tester_as_it_is_expanded(qtmodeltester: Any, services: Services) -> None:
    history(services, years=2, per_year=5)
    model = NavigatorModel(services)
    # The tester stays connected and checks every insert and reset that follows.
    qtmodeltester.check(model, force_py=True)
    body = model.index(0, 0)
    model.fetchMore(body)
    year = model.index(0, 0, body)
    model.fetchMore(year)
    assert model.rowCount(year) == 5
    model.set_filter("budget")
    assert model.rowCount() == 1
    model.reload()


def test_nothing_below_the_bodies_is_read_until_a_body_is_expanded(services: Services) -> None:
    history(services)
    counter = StatementCounter(services)
    try:
        model = NavigatorModel(services)
        assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
            "Springfield City Council",
            "Finance Committee (Springfield City Council)",
        ]
        assert not any("FROM meeting" in s for s in counter.statements)
        council = model.index(0, 0)
        assert model.hasChildren(council) and model.rowCount(council) == 0
        assert model.canFetchMore(council)
        model.fetchMore(council)
        assert [model.index(r, 0, council).data() for r in range(3)] == [
            "2003 (24)",
            "2002 (24)",
            "2001 (24)",
        ]
        assert not any("LIMIT" in s for s in counter.statements)  # years come from one grouped count
    finally:
        counter.close()


def test_a_year_is_fetched_in_pages(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(navigator_model, "PAGE", 10)
    history(services, years=1, per_year=24)
    model = NavigatorModel(services)
    council = model.index(0, 0)
    model.fetchMore(council)
    year = model.index(0, 0, council)
    assert model.rowCount(year) == 0 and model.canFetchMore(year)
    model.fetchMore(year)
    assert model.rowCount(year) == 10
    model.fetchMore(year)
    model.fetchMore(year)
    assert model.rowCount(year) == 24 and not model.canFetchMore(year)
    dates = [model.index(r, 0, year).data() for r in range(3)]
    assert dates[0] == "Thu 4 Jan · Regular", dates  # oldest first within a year, like a minute book


def test_filter_lists_matching_meetings_across_bodies(services: Services) -> None:
    history(services, years=1, per_year=3)
    model = NavigatorModel(services)
    model.set_filter("budget")
    assert model.rowCount() == 1 and not model.canFetchMore(QModelIndex())
    assert model.index(0, 0).data() == "Finance Committee, Wed 1 May 2002 · Regular: Budget hearing"
    model.set_filter("no such meeting")
    assert model.rowCount() == 0
    model.set_filter("")
    assert model.rowCount() == 2  # back to the bodies


def test_index_of_meeting_fetches_only_its_body_and_year(services: Services) -> None:
    history(services, years=3, per_year=4)
    target = services.meetings.list_meetings(year=2002, newest_first=False)[1]
    model = NavigatorModel(services)
    index = model.index_of_meeting(target.id)
    assert index.data(MEETING_ID_ROLE) == target.id
    assert index.parent().data() == "2002 (4)"
    council = model.index(0, 0)
    others = [model.index(r, 0, council) for r in range(model.rowCount(council))]
    assert [model.rowCount(i) for i in others] == [0, 4, 0]  # 2003 and 2001 were never read
