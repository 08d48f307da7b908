"""Two clerks race on one real PostgreSQL server: no lost update, double vote, duplicate or traceback.

COUNCILDESK_RACE_ROUNDS sets the rounds per race (10 in the default run; the office's
acceptance figure is 100: `COUNCILDESK_RACE_ROUNDS=100 pytest -n0 -s tests/test_pg_races.py`).
"""

from __future__ import annotations

import os

import pytest

from tests.pg_server import pg_admin_url, pg_url  # noqa: F401 - fixtures
from tests.reliability.pg_races import RACES, race

pytestmark = pytest.mark.postgres

ROUNDS = int(os.environ.get("COUNCILDESK_RACE_ROUNDS", "10"))


def test_five_races_between_two_processes_leave_nothing_lost_doubled_or_broken(
    pg_url: str,  # noqa: F811
) -> None:
    table = race(pg_url, ROUNDS)
    print("\n" + "\n".join(table.lines()))
    assert table.tracebacks == []
    for name in RACES:
        assert sum(table.outcomes[name].values()) == 2 * ROUNDS, name
    assert table.lost_updates == 0
    assert table.double_votes == 0
    assert table.duplicate_numbers == 0 and table.gaps_in_positions == 0
    assert table.double_approvals == 0
    assert table.approvals == 2 * ROUNDS and table.approvals_ok == table.approvals
    # The races really collided: of each pair one clerk was refused, in a sentence.
    assert table.outcomes["edit title"]["refused"] == ROUNDS
    assert table.outcomes["roll call"]["refused"] == ROUNDS
    assert table.outcomes["both approve"]["refused"] == ROUNDS
    assert table.outcomes["add item"]["saved"] == 2 * ROUNDS
