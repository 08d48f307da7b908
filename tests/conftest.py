"""Shared fixtures: a fresh database file per test, services over it, and the demo records."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt runs headless in every test run; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from councildesk.db.engine import Database, open_database
from councildesk.services.container import Services

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "council.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def demo(services: Services) -> tuple[Services, int]:
    """Services over a database holding the demo; returns (services, id of the 2011 seed meeting)."""
    from councildesk.sample.demo import load_demo

    return services, load_demo(services)


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.fail(f"the shared sample data folder {SHARED_DATA} is missing")
    return SHARED_DATA
