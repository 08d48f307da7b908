"""The public website: the demo published into a folder, every link resolving, hostile text kept as text."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

import pytest

from councildesk.cli import main
from councildesk.domain.errors import UserError
from councildesk.publish.site import PublishOptions, publish
from councildesk.publish.site_folder import MARKER, SiteFolder
from councildesk.services.container import Services
from tests.test_minutes_html import BROWSER_DIR, _browser, axe

HOSTILE = '<script>alert("x")</script> ../../etc/passwd'


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        for key in ("href", "src"):
            if a.get(key):
                self.links.append(str(a[key]))
        if tag == "script" and not a.get("src"):
            self.scripts.append("inline")


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text("utf-8"))
    return parser


def crawl(root: Path) -> list[str]:
    """Every broken internal link (file or #fragment) and every link leaving the folder."""
    problems = []
    pages = {p: _parse(p) for p in root.rglob("*.html")}
    for page, parsed in pages.items():
        for href in parsed.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith("/"):
                problems.append(f"{page.relative_to(root)}: external or absolute link {href}")
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.is_relative_to(root.resolve()) or not target.is_file():
                problems.append(f"{page.relative_to(root)}: {href} does not resolve")
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if parts.fragment not in ids:
                    problems.append(f"{page.relative_to(root)}: no #{parts.fragment} in {href}")
    return problems


@pytest.fixture
def site(demo: tuple[Services, int], tmp_path: Path) -> Path:
    services, _ = demo
    root = tmp_path / "site"
    result = publish(services, root)
    assert result.pages > 20 and result.approved == 1
    return root


def test_the_demo_site_has_every_page_kind_and_every_link_resolves(site: Path) -> None:
    for page in (
        "index.html",
        "meetings/index.html",
        "people/index.html",
        "matters/index.html",
        "search.html",
    ):
        assert (site / page).is_file(), page
    assert crawl(site) == []
    schwartz = next(p for p in (site / "people").glob("[0-9]*.html") if "Pamela Schwartz" in p.read_text())
    assert (
        "Ward 4" in schwartz.read_text()
        and "Order to accept a sample road-repair grant" in schwartz.read_text()
    )
    matter = next(p for p in (site / "matters").glob("[0-9]*.html") if "R-11-034" in p.read_text())
    assert "Secure Communities" in matter.read_text()
    assert "Secure Communities" in (site / "assets/search-index.js").read_text()


def test_approved_meetings_carry_minutes_pdf_and_fingerprint_and_drafts_do_not(
    demo: tuple[Services, int], site: Path
) -> None:
    services, _ = demo
    fingerprints = json.loads((site / "fingerprints.json").read_text())
    assert fingerprints["kind"] == "councildesk-fingerprints"
    (approved,) = fingerprints["approvals"]
    page = (site / f"meetings/{approved['meeting_id']}/index.html").read_text()
    assert approved["sha256"] in page
    assert (site / f"meetings/{approved['meeting_id']}/minutes.pdf").read_bytes().startswith(b"%PDF")
    drafts = [m for m in services.meetings.list_meetings() if m.id != approved["meeting_id"]]
    assert drafts
    for m in drafts:
        assert not (site / f"meetings/{m.id}/minutes.html").exists()
        assert "not yet approved" in (site / f"meetings/{m.id}/index.html").read_text()
    assert (site / "data/popolo/popolo.json").is_file() and (site / "data/ics/meetings.ics").is_file()
    feed = ElementTree.fromstring((site / "minutes.atom").read_bytes())
    atom = "{http://www.w3.org/2005/Atom}"
    (entry,) = feed.findall(f"{atom}entry")
    assert entry.findtext(f"{atom}id") == f"urn:sha256:{approved['sha256']}"
    href = entry.find(f"{atom}link").get("href")  # type: ignore[union-attr]
    assert (site / str(href)).is_file()


def test_hostile_titles_render_as_text_and_write_nothing_outside(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    draft = next(m for m in services.meetings.list_meetings() if m.minutes_status.value != "approved")
    item = services.agenda.list_items(draft.id)[-1]
    services.agenda.update_item(item.id, title=HOSTILE)
    services.documents.attach(b"exhibit", "../../evil.sh", agenda_item_id=item.id, title=HOSTILE)
    root = tmp_path / "deep" / "site"
    root.parent.mkdir()
    before = sorted(p for p in tmp_path.rglob("*") if not p.name.startswith("council.db"))
    publish(services, root, PublishOptions(include_drafts=True))
    after = sorted(p for p in tmp_path.rglob("*") if not p.is_relative_to(root) and p != root)
    assert [p for p in after if not p.name.startswith("council.db")] == before
    page = (root / f"meetings/{draft.id}/index.html").read_text()
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "DRAFT" in page
    assert not any("evil" in p.name or "passwd" in p.name for p in root.rglob("*"))
    assert list((root / f"meetings/{draft.id}/exhibits").glob("*.sh"))  # named by its sha256
    assert "<\\/script>" not in (root / "assets/search-index.js").read_text()
    assert "</script>" not in (root / "assets/search-index.js").read_text()
    assert crawl(root) == []


def test_a_foreign_folder_is_refused_unless_forced_and_its_files_are_kept(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    root = tmp_path / "shared-drive"
    root.mkdir()
    (root / "budget.xlsx").write_bytes(b"theirs")
    with pytest.raises(UserError, match="did not write"):
        publish(services, root)
    assert sorted(p.name for p in root.iterdir()) == ["budget.xlsx"]
    publish(services, root, PublishOptions(force=True))
    again = publish(services, root)  # the marker makes it ours now: no --force needed
    assert (root / "budget.xlsx").read_bytes() == b"theirs"
    assert (root / MARKER).is_file()
    assert again.changed_pages == 0  # nothing changed in the records: no page is rewritten


def test_a_second_publish_removes_only_what_it_wrote_before(tmp_path: Path) -> None:
    folder = SiteFolder(tmp_path / "s")
    folder.write("old.html", "x")
    folder.write("kept.html", "y")
    folder.finish()
    (tmp_path / "s" / "mine.txt").write_text("a note the clerk left")
    again = SiteFolder(tmp_path / "s")
    again.write("kept.html", "y")
    assert again.finish() == ["old.html"]
    assert (tmp_path / "s" / "mine.txt").is_file() and not (tmp_path / "s" / "old.html").exists()
    assert again.changed == set()


@pytest.mark.parametrize("path", ["../x.html", "/etc/passwd", "a/../../b.html", "A.HTML", "a b.html", MARKER])
def test_the_folder_refuses_a_path_it_did_not_generate(tmp_path: Path, path: str) -> None:
    with pytest.raises(ValueError):
        SiteFolder(tmp_path / "s").write(path, "x")


def test_the_command_publishes_and_refuses_in_one_sentence(
    demo: tuple[Services, int], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "publish", str(tmp_path / "site")]) == 0
    assert "Published 3 meetings (1 with approved minutes)" in capsys.readouterr().out
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x").write_text("x")
    assert main(["--db", str(db_path), "publish", str(tmp_path / "other")]) == 1
    assert "--force" in capsys.readouterr().err


def test_every_page_kind_has_no_axe_violation_and_no_outside_request(site: Path) -> None:
    schwartz = next(p for p in (site / "people").glob("[0-9]*.html") if "Pamela Schwartz" in p.read_text())
    matter = next(p for p in (site / "matters").glob("[0-9]*.html") if "R-11-034" in p.read_text())
    for page in (site / "index.html", site / "meetings/1/index.html", schwartz, matter, site / "search.html"):
        # Checked where it lies, so its relative style sheet and scripts load: axe() rewrites the
        # same text to the same file and puts its screenshots beside it.
        result = axe(page.read_text("utf-8"), page.parent, page.stem)
        assert result["violations"] == [] and result["requests"] == [], page


def test_the_search_box_finds_secure_communities_from_file_urls(site: Path) -> None:
    chromium, node = _browser()
    run = subprocess.run(
        [
            node,
            str(BROWSER_DIR / "search_check.mjs"),
            chromium,
            str(site / "search.html"),
            "secure communities",
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout)
    assert found["errors"] == [] and found["requests"] == []
    assert any("Secure Communities" in r["text"] for r in found["results"]), found
    target = next(r["href"] for r in found["results"] if "Secure Communities" in r["text"])
    assert target.startswith("file://") and Path(unquote(urlsplit(target).path)).is_file()


def test_publishing_again_after_one_change_redraws_only_that_meeting(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    root = tmp_path / "site"
    publish(services, root)
    draft = next(m for m in services.meetings.list_meetings() if m.minutes_status.value != "approved")
    item = services.agenda.list_items(draft.id)[-1]
    services.agenda.update_item(item.id, title="A title the clerk corrected")
    again = publish(services, root)
    pdfs = {p for p in again.changed_files if p.endswith(".pdf")}
    assert pdfs == {f"meetings/{draft.id}/agenda.pdf"}
    assert f"meetings/{draft.id}/index.html" in again.changed_files
    assert "A title the clerk corrected" in (root / f"meetings/{draft.id}/index.html").read_text()
    assert not [p for p in again.changed_files if p.startswith("people/")]


def test_the_range_limits_the_meetings_and_upcoming_counts_from_today(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    result = publish(services, tmp_path / "sept", PublishOptions(date_from=date(2011, 9, 1)))
    assert result.meetings == 1 and result.approved == 0
    assert not (tmp_path / "sept/meetings/1/index.html").exists()
    home = publish(services, tmp_path / "aug", PublishOptions(today=date(2011, 8, 5)))
    assert home.meetings == 3
    upcoming = (tmp_path / "aug/index.html").read_text().split('id="upcoming"')[1].split('id="minutes"')[0]
    assert "2011-08-04" not in upcoming and "2011-09-01" in upcoming
    with pytest.raises(UserError):
        publish(services, tmp_path / "x", PublishOptions(body_id=999))
    assert not (tmp_path / "x").exists()
