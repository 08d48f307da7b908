"""The public website: the demo published into a folder, every link resolving, hostile text kept as text."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader

from councildesk.cli import main
from councildesk.db.engine import open_database
from councildesk.domain.errors import UserError
from councildesk.publish.agreement_page import contrast, label_rgb, share_rgb
from councildesk.publish.changes import touched_meetings
from councildesk.publish.site import PublishCancelled, PublishOptions, PublishResult, publish
from councildesk.publish.site_folder import CACHE, MARKER, SiteFolder
from councildesk.services.container import Services
from councildesk.services.dto import AuditEntryDTO
from tests.test_minutes_html import BROWSER_DIR, _browser

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
            if parts.scheme in ("http", "https") and parts.netloc:
                continue  # a document or video published elsewhere: moving the folder keeps it
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


@pytest.fixture(scope="module")
def published(
    demo_template: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Services, Path]]:
    """The demo published once for the tests that only read the site (publishing takes seconds)."""
    folder = tmp_path_factory.mktemp("published")
    with (
        closing(sqlite3.connect(demo_template[0])) as source,
        closing(sqlite3.connect(folder / "d.db")) as copy,
    ):
        source.backup(copy)
    database = open_database(folder / "d.db")
    services = Services(database)
    result = publish(services, folder / "site", PublishOptions(base_url="https://example.org/council/"))
    assert result.pages > 20 and result.approved == 1
    yield services, folder / "site"
    database.close()


@pytest.fixture
def site(published: tuple[Services, Path]) -> Path:
    return published[1]


def _page_with(folder: Path, text: str) -> Path:
    return next(p for p in folder.glob("[0-9]*.html") if text in p.read_text("utf-8"))


def site_check(jobs: list[dict[str, object]], tmp_path: Path) -> list[dict[str, object]]:
    """Each page in one headless Chromium: console errors, outside requests, axe, screenshots."""
    chromium, node = _browser()
    (tmp_path / "jobs.json").write_text(json.dumps(jobs), "utf-8")
    run = subprocess.run(
        [node, str(BROWSER_DIR / "site_check.mjs"), chromium, str(tmp_path / "jobs.json")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    found: list[dict[str, object]] = json.loads(run.stdout)
    return found


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
    published: tuple[Services, Path],
) -> None:
    services, site = published
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
    href = str(entry.find(f"{atom}link").get("href"))  # type: ignore[union-attr]
    assert href.startswith("https://example.org/council/meetings/")  # --base-url: absolute in the feed
    assert (site / href.removeprefix("https://example.org/council/")).is_file()
    # The open data holds only the approved meeting; the calendar lists every meeting.
    meetings_csv = (site / "data/csv/meetings.csv").read_text("utf-8-sig").splitlines()
    assert len(meetings_csv) == 2 and meetings_csv[1].startswith(str(approved["meeting_id"]))
    assert (site / "data/ics/meetings.ics").read_text().count("BEGIN:VEVENT") == 3


def test_the_sitemap_is_absolute_and_every_page_stays_relative(site: Path) -> None:
    tree = ElementTree.fromstring((site / "sitemap.xml").read_bytes())
    locs = [e.text or "" for e in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert "https://example.org/council/index.html" in locs
    assert len(locs) == len(list(site.rglob("*.html")))
    assert crawl(site) == []  # no page links to the base URL


def test_a_member_page_lists_every_vote_with_filters_and_links_its_record(site: Path) -> None:
    page = _page_with(site / "people", "Pamela Schwartz")
    text = page.read_text("utf-8")
    rows = _parse_rows(page)
    assert rows and all(r.get("data-year") and r.get("data-outcome") for r in rows)
    assert " hidden>" in text.split('id="vote-filter"')[1][:60]  # the script shows the filters
    for name in ("year", "body", "topic", "outcome", "against"):
        assert f'id="f-{name}"' in text
    pdf = PdfReader(page.with_name(f"{page.stem}-record.pdf"))
    assert "Voting record of Pamela Schwartz" in pdf.pages[0].extract_text()
    csv_rows = page.with_name(f"{page.stem}-votes.csv").read_text("utf-8-sig").splitlines()
    assert len(csv_rows) == len(rows) + 1 and csv_rows[0].startswith("date,body")


def test_the_agreement_page_has_a_table_a_heat_map_and_its_csv(site: Path) -> None:
    page = next((site / "agreement").glob("body-*.html"))
    text = page.read_text("utf-8")
    assert "<caption>" in text and '<th scope="col">' in text and '<th scope="row">' in text
    assert "<svg" in text and 'role="img"' in text and "<title" in text
    pairs = page.with_suffix(".csv").read_text("utf-8-sig").splitlines()
    assert pairs[0] == "member_a,member_b,agreed,votes_together,share" and len(pairs) > 1


@pytest.mark.parametrize("share", [None, 0.0, 0.1, 0.25, 0.5, 0.6, 0.75, 0.9, 1.0])
def test_heat_map_labels_meet_aa_contrast_on_every_shade(share: float | None) -> None:
    fill = share_rgb(share)
    assert contrast(fill, label_rgb(fill)) >= 4.5


def test_speakers_have_a_plain_list_reachable_without_script(site: Path) -> None:
    text = (site / "speakers/index.html").read_text("utf-8")
    assert "<script" not in text and "No speaker is recorded in the published minutes" in text
    assert "speakers/index.html" in (site / "search.html").read_text("utf-8")


def test_hostile_titles_render_as_text_and_write_nothing_outside(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    draft = next(m for m in services.meetings.list_meetings() if m.minutes_status.value != "approved")
    item = services.agenda.list_items(draft.id)[-1]
    services.agenda.update_item(item.id, title=HOSTILE)
    services.documents.attach(b"exhibit", "../../evil.sh", agenda_item_id=item.id, title=HOSTILE)
    services.documents.link("https://example.org/att/7.pdf?a=1&b=2", "Staff report", agenda_item_id=item.id)
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
    # A linked document (no bytes) is a link to where it is published, not an empty exhibit file.
    assert '<a href="https://example.org/att/7.pdf?a=1&amp;b=2">Staff report</a>' in page
    assert not list((root / f"meetings/{draft.id}/exhibits").glob(".*"))
    assert "<\\/script>" not in (root / "assets/search-index.js").read_text()
    assert "</script>" not in (root / "assets/search-index.js").read_text()
    speakers = (root / "speakers/index.html").read_text()  # drafts published: their speakers listed
    assert "<table" in speakers and "<script" not in speakers
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


def page_kinds(site: Path) -> dict[str, Path]:
    """One page of each kind the site has."""
    schwartz = _page_with(site / "people", "Pamela Schwartz")
    matter = _page_with(site / "matters", "R-11-034")
    approved = json.loads((site / "fingerprints.json").read_text())["approvals"][0]["meeting_id"]
    return {
        "home": site / "index.html",
        "meetings": site / "meetings/index.html",
        "year": next((site / "meetings").glob("body-*.html")),
        "meeting": site / f"meetings/{approved}/index.html",
        "members": site / "people/index.html",
        "member": schwartz,
        "matters": site / "matters/index.html",
        "matter": matter,
        "agreement": next((site / "agreement").glob("body-*.html")),
        "speakers": site / "speakers/index.html",
        "search": site / "search.html",
        "data": site / "data/index.html",
    }


def test_every_page_kind_has_no_axe_violation_no_error_and_no_outside_request(
    site: Path, tmp_path: Path
) -> None:
    kinds = page_kinds(site)
    shots = os.environ.get("COUNCILDESK_SITE_SHOTS")  # a folder: screenshots of each kind to look at
    jobs: list[dict[str, object]] = [
        {"file": str(path), **({"shots": f"{shots}/{kind}"} if shots else {})} for kind, path in kinds.items()
    ]
    jobs.append(
        {
            "file": str(kinds["member"]),
            "choose": {"#f-against": True},
            **({"shots": f"{shots}/member-filtered"} if shots else {}),
        }
    )
    results = site_check(jobs, tmp_path)
    for job, result in zip(jobs, results, strict=True):
        assert result["violations"] == [], (job, result["violations"])
        assert result["requests"] == [] and result["errors"] == [], (job, result)
        # WCAG 1.4.10 at 320 px, and on paper: nothing cut off or reaching past the page's edge, and
        # every box that scrolls sideways reachable by the keyboard.
        nothing_cut = {"overflow": 0, "outside": [], "boxes": []}
        assert result["reflow"] == nothing_cut and result["printed"] == nothing_cut, (job, result)
    rows = _parse_rows(kinds["member"])
    against = sum(1 for r in rows if r.get("data-against") == "1")
    assert results[-1]["visibleRows"] == against < len(rows)
    votes = f"{len(rows)} vote" + ("s" if len(rows) != 1 else "")
    assert results[-1]["status"] == f"Showing {against} of {votes}."
    assert results[list(kinds).index("member")]["visibleRows"] == len(rows)  # nothing hidden at first


class _Rows(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str | None]] = []
        self.inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tbody":
            self.inside = True
        elif tag == "tr" and self.inside:
            self.rows.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag == "tbody":
            self.inside = False


def _parse_rows(page: Path) -> list[dict[str, str | None]]:
    """The vote rows of a member page (the votes table is the page's last)."""
    text = page.read_text("utf-8")
    parser = _Rows()
    parser.feed(text[text.index('id="votes-table"') :])
    return parser.rows


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
    first = publish(services, root)
    stamps = _mtimes(root)
    unchanged = publish(services, root)  # nothing recorded since: the site stands as it is
    assert unchanged.changed == unchanged.removed == 0 and unchanged.pages == first.pages
    assert _mtimes(root) == stamps
    draft = next(m for m in services.meetings.list_meetings() if m.minutes_status.value != "approved")
    item = services.agenda.list_items(draft.id)[-1]
    services.agenda.update_item(item.id, title="A title the clerk corrected")
    time.sleep(0.01)  # so that a rewritten file's mtime could differ
    loaded: list[int] = []
    real_load = services.records.load_many

    def load_many(meeting_ids: list[int]) -> object:  # counts the meetings read again, then reads as ever
        loaded.extend(meeting_ids)
        return real_load(meeting_ids)

    services.records.load_many = load_many  # type: ignore[method-assign]
    again = publish(services, root)
    assert loaded == [draft.id]  # the others are kept from the last publish, unread
    assert not [p for p in again.changed_files if p.startswith(("data/ocd", "data/popolo", "data/csv"))]
    pdfs = {p for p in again.changed_files if p.endswith(".pdf")}
    assert pdfs == {f"meetings/{draft.id}/agenda.pdf"}
    assert f"meetings/{draft.id}/index.html" in again.changed_files
    assert "A title the clerk corrected" in (root / f"meetings/{draft.id}/index.html").read_text()
    assert not [p for p in again.changed_files if p.startswith("people/")]
    after = _mtimes(root)
    assert {p for p in stamps if after.get(p) != stamps[p]} == set(again.changed_files) - {MARKER}
    # A meeting no longer published (outside the range now) loses its files; nothing else goes.
    (root / "notes.txt").write_text("the clerk's own file")
    narrower = publish(services, root, PublishOptions(date_from=date(2011, 9, 1)))
    assert narrower.removed > 0 and not (root / "meetings/1/index.html").exists()
    assert (root / "notes.txt").is_file() and crawl(root) == []


def _mtimes(root: Path) -> dict[str, int]:
    return {
        p.relative_to(root).as_posix(): p.stat().st_mtime_ns
        for p in root.rglob("*")
        if p.is_file() and p.name not in (MARKER, CACHE)
    }


def test_a_cancelled_publish_keeps_its_files_and_the_next_one_tidies_them(
    demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    root = tmp_path / "site"
    asked = []

    def cancel_on_the_fourth_question() -> bool:
        asked.append(1)
        return len(asked) >= 4  # after the meeting pages

    with pytest.raises(PublishCancelled, match="stopped"):
        publish(services, root, cancel=cancel_on_the_fourth_question)
    assert (root / MARKER).is_file() and not (root / "index.html").exists()
    written = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()} - {MARKER}
    assert written and written <= set(json.loads((root / MARKER).read_text())["files"])
    result = publish(services, root)  # the next publish needs no --force: the folder is its own
    assert result.pages > 20 and crawl(root) == []


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


def _entry(
    n: int, entity: str, entity_id: int, before: dict[str, object] | None, after: dict[str, object] | None
) -> AuditEntryDTO:
    return AuditEntryDTO(
        n,
        datetime(2026, 1, 1),
        "clerk",
        "update",
        entity,
        entity_id,
        json.dumps(before) if before else None,
        json.dumps(after) if after else None,
    )


def test_audit_entries_name_the_meetings_they_changed_or_ask_for_everything() -> None:
    index = {"item:10": 1, "motion:20": 1}
    moved = _entry(1, "agenda_item", 10, {"meeting_id": 1}, {"meeting_id": 2})
    assert touched_meetings([moved], index) == {1, 2}
    # A motion added under a known item, then a vote on that new motion: both placed in order.
    motion = _entry(2, "motion", 21, None, {"agenda_item_id": 10})
    vote = _entry(3, "vote", 30, None, {"motion_id": 21})
    assert touched_meetings([vote, motion], index) == {1}
    assert touched_meetings([_entry(4, "person", 5, None, {"display_name": "A"})], index) is None
    assert touched_meetings([_entry(5, "speaker", 6, None, {"agenda_item_id": 99})], index) is None


@pytest.fixture(scope="module")
def city_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, Path, PublishResult]]:
    """A generated year of a city, published once: the same code at a city's scale (54 meetings)."""
    from councildesk.sample.generator import generate

    folder = tmp_path_factory.mktemp("city")
    database = open_database(folder / "city.db")
    generate(database, years=1, seed=1)
    services = Services(database)
    result = publish(services, folder / "site", PublishOptions(today=date(2026, 1, 1)))
    yield services, folder / "site", result
    database.close()


def test_a_generated_city_publishes_a_page_for_each_meeting_and_every_link_resolves(
    city_site: tuple[Services, Path, PublishResult],
) -> None:
    services, site, result = city_site
    meetings = services.meetings.list_meetings()
    assert result.meetings == len(meetings) > 40
    assert all((site / f"meetings/{m.id}/index.html").is_file() for m in meetings)
    assert len(list((site / "matters").glob("[0-9]*.html"))) > 100
    assert crawl(site) == []
