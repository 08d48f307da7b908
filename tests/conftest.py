"""Shared fixtures: a fresh database file per test, services over it, and the demo records."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

# Qt runs headless in every test run; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from councildesk.db.engine import Database, open_database
from councildesk.services.container import Services
from tests.shared_data import FIXTURE, REQUIRE_SHARED, SHARED_DATA, shared_data_dir, shared_skips_must_fail


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "council.db"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The demo loaded once per worker into a file of its own: (file, id of the 2011 seed meeting)."""
    from councildesk.sample.demo import load_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    with open_database(path) as database:
        seed_id = load_demo(Services(database))
    return path, seed_id


@pytest.fixture
def db(db_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    if "demo" in request.fixturenames:
        # A test of the demo starts from a copy of the loaded template (loading it takes longer
        # than many a test); SQLite's backup API copies the pages whatever the journal holds.
        template, _ = request.getfixturevalue("demo_template")
        with closing(sqlite3.connect(template)) as source, closing(sqlite3.connect(db_path)) as target:
            source.backup(target)
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def demo(services: Services, demo_template: tuple[Path, int]) -> tuple[Services, int]:
    """Services over a database holding the demo; returns (services, id of the 2011 seed meeting).

    `db` has copied the demo in (see above), so this only names the seed meeting.
    """
    assert services.meetings.get_meeting(demo_template[1]) is not None
    return services, demo_template[1]


@pytest.fixture
def shared_data() -> Path:
    """The shared sample files (../shared/data); the test skips when a fresh clone has none."""
    return shared_data_dir()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Under COUNCILDESK_REQUIRE_SHARED=1 (CI, with the folder there) a skipped shared-file test fails."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and FIXTURE in getattr(item, "fixturenames", ()) and shared_skips_must_fail():
        report.outcome = "failed"
        report.longrepr = f"{REQUIRE_SHARED}=1 but this shared-file test skipped ({SHARED_DATA})"
