"""A year's minutes as one PDF: every meeting as its own minutes print it, contents, outline, refusals."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from councildesk.cli import main
from councildesk.domain.errors import UserError
from councildesk.reports.minutes import minutes_pdf
from councildesk.reports.minutes_volume import minutes_volume_pdf
from councildesk.services.container import Services
from tests.helpers import table_dump


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_demo_year_binds_each_meeting_as_its_minutes(demo: tuple[Services, int]) -> None:
    services, seed = demo
    body_id = services.meetings.get_meeting(seed).body_id
    volume = services.minutes.volume(body_id, 2011)
    starts = [d.record.meeting.scheduled_start for d in volume.documents]
    assert starts == sorted(starts) and len(starts) == 3
    pdf = minutes_volume_pdf(volume, invariant=True)
    assert pdf == minutes_volume_pdf(volume, invariant=True)  # reproducible
    texts = pages_text(pdf)
    singles = [pages_text(minutes_pdf(d, invariant=True)) for d in volume.documents]
    assert len(texts) == 1 + sum(len(s) for s in singles)

    contents = texts[0]
    for label in ("Minutes 2011", "4 August 2011", "18 August 2011", "1 September 2011", "Approved 18"):
        assert label in contents
    page = 1
    for doc, single in zip(volume.documents, singles, strict=True):
        section = texts[page : page + len(single)]
        page += len(single)
        # Each meeting opens with its letterhead and keeps its own state on every page.
        assert "Minutes of the Regular Meeting" in section[0]
        for text in section:
            assert re.search(rf"Page \d+ of\s*{len(texts)}\b", text)
            if doc.approval is not None:
                assert doc.approval.sha256 in text.replace("\n", "")
            else:
                assert "DRAFT" in text
    seed_pages = "".join(texts)
    for name in ("Russell P. Sienkiewicz", "Amy Bookbinder", "Secure Communities"):
        assert name in seed_pages


def test_outline_has_a_meeting_entry_with_its_sections_below(demo: tuple[Services, int]) -> None:
    services, seed = demo
    body_id = services.meetings.get_meeting(seed).body_id
    reader = PdfReader(io.BytesIO(minutes_volume_pdf(services.minutes.volume(body_id, 2011))))
    outline = reader.outline
    top = [entry.title for entry in outline if not isinstance(entry, list)]
    assert top[0] == "Contents"
    assert top[1:] == [
        "4 August 2011 — Regular meeting",
        "18 August 2011 — Regular meeting",
        "1 September 2011 — Regular meeting",
    ]
    nested = [entry for entry in outline if isinstance(entry, list)]
    assert len(nested) == 3 and all(any(e.title == "Attendance and quorum" for e in n) for n in nested)
    # Same section names in different meetings point at different pages.
    attendance = [
        reader.get_destination_page_number(next(e for e in n if e.title == "Attendance and quorum"))
        for n in nested
    ]
    assert attendance == sorted(set(attendance))


def test_limit_keeps_the_first_meetings(demo: tuple[Services, int]) -> None:
    services, seed = demo
    body_id = services.meetings.get_meeting(seed).body_id
    volume = services.minutes.volume(body_id, 2011, limit=2)
    assert [d.record.meeting.scheduled_start.day for d in volume.documents] == [4, 18]


def test_refusals_name_the_body_and_year_and_change_nothing(demo: tuple[Services, int]) -> None:
    services, seed = demo
    body_id = services.meetings.get_meeting(seed).body_id
    before = table_dump(services.db)
    with pytest.raises(UserError, match=r"The Northampton City Council has no meetings in 1999\."):
        services.minutes.volume(body_id, 1999)
    with pytest.raises(UserError, match=r"There is no body 999\."):
        services.minutes.volume(999, 2011)
    assert table_dump(services.db) == before


def test_cli_writes_the_volume_and_refuses_mixed_arguments(
    demo: tuple[Services, int], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services, seed = demo
    body_id = services.meetings.get_meeting(seed).body_id
    services.db.close()  # the command opens the file itself
    out = tmp_path / "2011.pdf"
    args = ["--db", str(db_path), "minutes", "--year", "2011", "--body", str(body_id), "-o", str(out)]
    assert main(args) == 0
    assert "3 meetings, 2 still drafts" in capsys.readouterr().out
    assert len(PdfReader(out).pages) > 3
    assert main(["--db", str(db_path), "minutes", "--year", "2011", "-o", str(out)]) == 1
    assert "--year and --body together" in capsys.readouterr().err
    assert main(["--db", str(db_path), "minutes", "-o", str(out)]) == 1
    assert "Give a meeting id" in capsys.readouterr().err
    missing = tmp_path / "none.pdf"
    assert (
        main(["--db", str(db_path), "minutes", "--year", "1990", "--body", str(body_id), "-o", str(missing)])
        == 1
    )
    assert "no meetings in 1990" in capsys.readouterr().err and not missing.exists()


def test_contents_give_the_page_each_meeting_starts_on(demo: tuple[Services, int]) -> None:
    services, seed = demo
    body_id = services.meetings.get_meeting(seed).body_id
    texts = pages_text(minutes_volume_pdf(services.minutes.volume(body_id, 2011), invariant=True))
    starts = [n + 1 for n, text in enumerate(texts) if "Minutes of the Regular Meeting" in text]
    assert len(starts) == 3 and starts[0] == 2
    # Each row reads date, meeting, items, minutes, page.
    cells = [line.strip() for line in texts[0].splitlines()]
    days = ["4 August 2011", "18 August 2011", "1 September 2011"]
    assert [int(cells[cells.index(day) + 4]) for day in days] == starts
    assert "Page" in cells  # the column's heading, unbroken
