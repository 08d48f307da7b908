"""`call-to-order`, `adjourn`, `set-time`, `times`, `show` and `history-log` on the command line."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from councildesk.cli import main
from councildesk.db.engine import open_database
from councildesk.services.container import Services
from tests.builders import Council, small_council


@pytest.fixture
def council_db(tmp_path: Path) -> tuple[Path, Council]:
    path = tmp_path / "council.db"
    db = open_database(path)
    try:
        council = small_council(Services(db))
    finally:
        db.close()
    return path, council


def cli(path: Path, *args: object) -> int:
    return main(["--db", str(path), *map(str, args)])


def test_times_are_set_from_the_command_line_on_the_meetings_date(
    council_db: tuple[Path, Council], capsys: pytest.CaptureFixture[str]
) -> None:
    path, c = council_db
    assert cli(path, "call-to-order", c.meeting_id, "--at", "5:30 pm") == 0
    assert cli(path, "adjourn", c.meeting_id, "--at", "18:43") == 0
    out = capsys.readouterr().out
    assert "Called to order at 17:30 on 2024-03-05." in out
    assert "Adjourned at 18:43 on 2024-03-05." in out
    db = open_database(path)
    try:
        services = Services(db)
        m = services.meetings.get_meeting(c.meeting_id)
        motion = services.motions.make_motion(
            c.item_id, "To repave", mover_id=c.a, seconder_id=c.b, made_at=datetime(2024, 3, 5, 18, 0)
        )
        vote = services.votes.record_unanimous(motion.id, taken_at=datetime(2029, 1, 1, 10, 0))
    finally:
        db.close()
    assert (m.called_to_order_at, m.adjourned_at) == (
        datetime(2024, 3, 5, 17, 30),
        datetime(2024, 3, 5, 18, 43),
    )
    assert cli(path, "show", c.meeting_id) == 0
    assert 'Warning: Item 1: vote on "To repave" at 10:00 on 2029-01-01 is after the adjournment' in (
        capsys.readouterr().out
    )
    assert cli(path, "set-time", c.meeting_id, "vote", vote.id, "--at", "18:05") == 0
    assert cli(path, "times", c.meeting_id) == 0
    out = capsys.readouterr().out
    assert "18:05  vote" in out and "warning" not in out


def test_a_bad_time_is_one_sentence_and_changes_nothing(
    council_db: tuple[Path, Council], capsys: pytest.CaptureFixture[str]
) -> None:
    path, c = council_db
    assert cli(path, "call-to-order", c.meeting_id, "--at", "half past five") == 1
    assert "is not a time of day" in capsys.readouterr().err
    assert cli(path, "times", c.meeting_id) == 0
    assert "--:--  call-to-order" in capsys.readouterr().out


def test_history_log_lists_a_meetings_changes_with_before_and_after(
    council_db: tuple[Path, Council], capsys: pytest.CaptureFixture[str]
) -> None:
    path, c = council_db
    assert cli(path, "call-to-order", c.meeting_id, "--at", "17:30") == 0
    capsys.readouterr()
    assert cli(path, "history-log", c.meeting_id, "--filter", "called_to_order") == 0
    out = capsys.readouterr().out
    assert "update meeting" in out
    assert "called_to_order_at: — → 2024-03-05T17:30:00" in out
    assert "create person" not in out
    assert cli(path, "history-log", c.meeting_id, "--item", c.item_id) == 0
    assert "create agenda item" in capsys.readouterr().out
