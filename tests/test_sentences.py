"""Counts agree with their nouns and dates read '4 August', in the window, the previews and the CLI."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest

from councildesk.cli import main
from councildesk.domain.wording import long_date, short_date
from councildesk.services.container import Services
from councildesk.services.exchange_records import ImportPreview


def test_dates_have_no_leading_zero() -> None:
    day = date(2011, 8, 4)
    assert short_date(day) == "4 Aug 2011"
    assert short_date(day, weekday=True, with_year=False) == "Thu 4 Aug"
    assert long_date(day) == "4 August 2011"
    assert long_date(datetime(2011, 8, 4, 19), weekday=True) == "Thursday 4 August 2011"


def test_the_import_preview_is_a_sentence_that_agrees_with_its_counts() -> None:
    preview = ImportPreview(
        "rtd.json",
        created=Counter(agenda_item=15, body=1),
        skipped=Counter(person=2),
        warnings=["a vote after the adjournment"],
    )
    assert preview.summary() == (
        "rtd.json would create 15 agenda items and 1 body, and would update nothing; "
        "2 people unchanged; 1 warning."
    )
    preview.applied, preview.warnings = True, []
    assert preview.summary().startswith("rtd.json created 15 agenda items and 1 body, and updated nothing;")
    assert preview.summary().endswith("; no warnings.")


def test_the_navigator_and_the_cli_speak_in_agreeing_sentences(
    demo: tuple[Services, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from councildesk.ui.navigator_model import meeting_text

    services, _ = demo
    first = services.meetings.list_meetings(newest_first=False, limit=1)[0]
    assert first.scheduled_start.day == 4
    assert meeting_text(first).startswith("Thu 4 Aug · ")
    db = str(services.db.path)
    assert main(["--db", db, "search", "minutes", "--limit", "1", "-o", str(tmp_path / "hit.csv")]) == 0
    assert "Wrote 1 result to" in capsys.readouterr().out
