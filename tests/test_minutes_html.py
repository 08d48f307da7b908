"""The HTML edition of the minutes: semantic, self-contained, and 0 axe-core violations in Chromium."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from councildesk.cli import main
from councildesk.reports.minutes_html import minutes_html
from councildesk.services.container import Services
from tests.minutes_helpers import build_big_meeting

FOUR_AUGUST, SEPT = 1, 3
BROWSER_DIR = Path(__file__).parent / "browser"
REQUIRE_BROWSER = "COUNCILDESK_REQUIRE_BROWSER"


class _Outline(HTMLParser):
    """Tags with their attributes, and the text, of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _outline(page: str) -> _Outline:
    parser = _Outline()
    parser.feed(page)
    return parser


def _corrected_four_august(services: Services) -> str:
    item = services.agenda.list_items(FOUR_AUGUST)[1]
    services.approvals.record_correction(
        FOUR_AUGUST,
        reason="The grant amount was misstated",
        before="a sample road-repair grant",
        after="a sample road-repair grant of $40,000",
        made_on=date(2011, 9, 1),
        agenda_item_id=item.id,
    )
    return minutes_html(services.minutes.minutes(FOUR_AUGUST))


def test_the_page_is_semantic_and_self_contained(demo: tuple[Services, int]) -> None:
    services, _ = demo
    page = _corrected_four_august(services)
    found = _outline(page)
    tags = [t for t, _ in found.tags]
    attrs = dict(found.tags)
    assert page.startswith("<!DOCTYPE html>") and attrs["html"]["lang"] == "en"
    assert tags.count("h1") == 1 and "h2" in tags and "h3" in tags and "main" in tags
    skip = next(a for t, a in found.tags if t == "a")
    assert skip["href"] == "#main" and attrs["main"]["id"] == "main"
    headers = [a for t, a in found.tags if t == "th"]
    assert headers and all(a.get("scope") in ("col", "row") for a in headers)
    text = "".join(found.text)
    approval = services.minutes.minutes(FOUR_AUGUST).approval
    assert approval is not None and f"Content fingerprint (SHA-256): {approval.sha256}" in text
    assert "[Corrected — see correction 1]" in text and 'id="correction-1"' in page
    assert "@media print" in page
    # Nothing is fetched: no scripts, images, links to style sheets or fonts from anywhere.
    assert not {"script", "img", "link", "iframe"} & set(tags)
    assert "http://" not in page and "https://" not in page


def test_user_text_is_escaped(demo: tuple[Services, int]) -> None:
    services, seed = demo
    entry = next(e for e in services.records.load(seed).items if e.matter)
    assert entry.matter is not None
    services.matters.update_matter(entry.matter.id, full_text='<script>alert("x")</script> & more')
    page = minutes_html(services.minutes.minutes(seed))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more" in page


def _browser() -> tuple[str, str]:
    """Chromium and node with axe-core, or a skip (a failure under COUNCILDESK_REQUIRE_BROWSER=1)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    node = shutil.which("node")
    missing = [
        what
        for what, there in (
            ("chromium", chromium),
            ("node", node),
            ("axe-core (npm install in tests/browser)", (BROWSER_DIR / "node_modules" / "axe-core").is_dir()),
            ("playwright-core", (BROWSER_DIR / "node_modules" / "playwright-core").is_dir()),
        )
        if not there
    ]
    if missing:
        reason = "needs " + ", ".join(missing)
        if os.environ.get(REQUIRE_BROWSER) == "1":
            pytest.fail(f"{REQUIRE_BROWSER}=1 but the browser test {reason}")
        pytest.skip(reason)
    assert chromium and node
    return chromium, node


def axe(page: str, tmp_path: Path, name: str) -> dict[str, object]:
    """axe-core's WCAG 2.1 A/AA result for `page` in headless Chromium; screenshots at 1366 and 390 px."""
    chromium, node = _browser()
    file = tmp_path / f"{name}.html"
    file.write_text(page, encoding="utf-8")
    run = subprocess.run(
        [node, str(BROWSER_DIR / "axe_check.mjs"), chromium, str(file), str(tmp_path / name)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    result: dict[str, object] = json.loads(run.stdout)
    return result


def test_draft_approved_and_roll_call_minutes_have_no_axe_violations(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, seed = demo
    pages = {
        "draft": minutes_html(services.minutes.minutes(seed)),
        "roll-calls-remote": minutes_html(services.minutes.minutes(SEPT)),
        "approved-corrected": _corrected_four_august(services),
    }
    for name, page in pages.items():
        result = axe(page, tmp_path, name)
        assert result["violations"] == [], name
        assert result["requests"] == [], name  # the page asked for nothing outside itself
        assert int(str(result["passes"])) > 10
        assert (tmp_path / f"{name}-390.png").stat().st_size > 1000


def test_a_long_meeting_with_big_roll_calls_has_no_axe_violations(services: Services, tmp_path: Path) -> None:
    meeting_id = build_big_meeting(services, items=18, members=24, roll_call_every=1)
    result = axe(minutes_html(services.minutes.minutes(meeting_id)), tmp_path, "long")
    assert result["violations"] == []


def test_the_command_picks_the_edition_by_the_file_suffix(
    demo: tuple[Services, int], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services, seed = demo
    body_id = services.meetings.get_meeting(seed).body_id
    services.db.close()  # the command opens the file itself
    page, pdf = tmp_path / "minutes.HTML", tmp_path / "minutes.pdf"
    assert main(["--db", str(db_path), "minutes", str(seed), "-o", str(page)]) == 0
    assert "Wrote the DRAFT HTML minutes" in capsys.readouterr().out
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["--db", str(db_path), "minutes", str(seed), "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    volume = ["--db", str(db_path), "minutes", "--year", "2011", "--body", str(body_id)]
    assert main([*volume, "-o", str(tmp_path / "2011.html")]) == 1
    assert "A year's volume is written as PDF" in capsys.readouterr().err
    assert not (tmp_path / "2011.html").exists()
