"""PostgreSQL tests skip with a reason, not an error, when the driver or the server binaries are missing."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

from tests.pg_server import missing_requirement, postgres_bin


def test_a_missing_driver_is_a_reason_to_skip() -> None:
    reason = missing_requirement(Path("/usr/bin"), driver="councildesk_no_such_driver")
    assert reason is not None and "councildesk_no_such_driver is not installed" in reason


def test_missing_server_binaries_are_a_reason_to_skip() -> None:
    reason = missing_requirement(None, driver="sqlite3")
    assert reason is not None and "initdb" in reason


def test_nothing_is_missing_where_the_driver_and_server_are_installed() -> None:
    bin_dir = postgres_bin()
    if bin_dir is None or find_spec("psycopg") is None:  # then the PostgreSQL tests must skip
        assert missing_requirement(bin_dir) is not None
    else:  # CI installs both: its PostgreSQL tests run
        assert missing_requirement(bin_dir) is None
