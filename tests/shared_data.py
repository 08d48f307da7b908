"""Where the shared sample files live (../shared/data beside the checkout), and what tests do without them.

A fresh clone has no ../shared: tests that read those files skip with the folder's name. CI sets
COUNCILDESK_REQUIRE_SHARED=1 when the folder is there, and tests/conftest.py then reports any such
skip as a failure, so the shared-file tests cannot quietly stop running.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
REQUIRE_SHARED = "COUNCILDESK_REQUIRE_SHARED"
FIXTURE = "shared_data"


def shared_data_dir() -> Path:
    """The shared sample data folder; skips the calling test when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"needs the shared sample data folder {SHARED_DATA}, which is absent")
    return SHARED_DATA


def shared_skips_must_fail() -> bool:
    return os.environ.get(REQUIRE_SHARED) == "1"
