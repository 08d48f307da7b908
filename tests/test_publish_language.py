"""The public site speaks its council's language: a French and a Spanish demo site hold none of the
site's own English (titles, headings, labels, scripts, feed), say so in `lang`, and pass axe."""

from __future__ import annotations

import ast
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from councildesk.cli import main
from councildesk.db.engine import open_database
from councildesk.domain.minutes_language import MinutesLanguage
from councildesk.message_catalogue import catalogue
from councildesk.publish.site import PublishOptions, publish
from councildesk.services.container import Services
from tests.test_publish import _parse_rows, page_kinds, site_check

TODAY = date(2026, 1, 15)
PUBLISH = Path(__file__).parent.parent / "councildesk" / "publish"

# The site's own English: each would betray a page, a label or a script left in English. None is in
# the demo's records (names, titles, places: "4 August 2011" is an item's title), which stay as the
# clerk typed them; "Documents" and "Votes" are French too.
ENGLISH = (
    "Home",
    "Meetings",
    "Members",
    "Matters",
    "Who votes with whom",
    "Skip to the content",
    "Published with CouncilDesk",
    "Fingerprints of approved minutes",
    "Open data",
    "Speakers",
    "public records",
    "Upcoming meetings",
    "Latest approved minutes",
    "Members now serving",
    "Members at the last meeting",
    "Search the records",
    "Agenda (PDF)",
    "Agenda items",
    "Attendance",
    "Present",
    "not yet approved",
    "Minutes approved on",
    "Fingerprint",
    "DRAFT",
    "web edition",
    "tagged PDF",
    "regular meeting",
    "meetings in",
    "Approved",
    "Seats and terms",
    "Seats held by",
    "Meetings seated",
    "Excused",
    "ballot",
    "with the majority",
    "against the majority",
    "Voting record",
    "Every vote",
    "Show only",
    "Any",
    "Topic",
    "Outcome",
    "Result",
    "Yes",
    "Pass",
    "Sponsors",
    "primary sponsor",
    "status:",
    "path across meetings",
    "Roll call",
    "adopted",
    "split votes",
    "Heat map",
    "agreement",
    "never",
    "Colour key",
    "Everything published",
    "Search needs script",
    "These files hold",
    "No data",
    "Thursday",
    "September",
)
# The scripts' English literals (French counts votes with the same word: " votes." is not here).
SCRIPT_ENGLISH = ('"Showing ', '" of "', '" result"', '" results"')


class _Text(HTMLParser):
    """A page's text and the words it gives assistive technology (aria-label, title), scripts aside."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.lang: str | None = None
        self._script = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        self._script += tag in ("script", "style")
        self.parts += [str(a[k]) for k in ("aria-label", "title", "alt") if a.get(k)]

    def handle_endtag(self, tag: str) -> None:
        self._script -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self._script:
            self.parts.append(data)


def _read(page: Path) -> _Text:
    text = _Text()
    text.feed(page.read_text("utf-8"))
    return text


def _english_in(text: str) -> list[str]:
    return [p for p in ENGLISH if re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", text)]


def _site_pages(site: Path) -> list[Path]:
    # minutes.html is the minutes' own web edition, tested in their language elsewhere.
    return [p for p in sorted(site.rglob("*.html")) if p.name != "minutes.html"]


@pytest.fixture(scope="module")
def sites(
    demo_template: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Path]]:
    """The demo with every body printing in French (drafts published too), then in Spanish."""
    made = {}
    for lang, drafts in (("fr", True), ("es", False)):
        folder = tmp_path_factory.mktemp(f"site-{lang}")
        with (
            closing(sqlite3.connect(demo_template[0])) as source,
            closing(sqlite3.connect(folder / "d.db")) as copy,
        ):
            source.backup(copy)
        with open_database(folder / "d.db") as database:
            services = Services(database)
            for body in services.bodies.list_bodies():
                style = services.bodies.house_style(body.id)
                services.bodies.set_house_style(body.id, replace(style, language=MinutesLanguage(lang)))
            options = PublishOptions(include_drafts=drafts, today=TODAY, base_url="https://example.org/c/")
            publish(services, folder / "site", options)
        made[lang] = folder / "site"
    yield made


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_every_page_of_a_french_or_spanish_site_holds_none_of_the_sites_english(
    sites: dict[str, Path], lang: str
) -> None:
    site = sites[lang]
    pages = _site_pages(site)
    assert len(pages) > 20
    tag = {"fr": "fr-CA", "es": "es-US"}[lang]
    for page in pages:
        read = _read(page)
        assert read.lang == tag, page
        found = _english_in(" ".join(read.parts))
        assert not found, (page.relative_to(site), found)
    # The words each page kind prints, in the language (a French site: "séance", a Spanish: "sesión").
    kinds = page_kinds(site)
    meeting = " ".join(_read(kinds["meeting"]).parts)
    member = " ".join(_read(kinds["member"]).parts)
    if lang == "fr":
        assert "Ordre du jour (PDF)" in meeting and "jeudi 4 août 2011, 19\u00a0h\u00a000" in meeting
        assert "Sièges et mandats" in member and "Tous les votes de Pamela Schwartz" in member
        assert "PROJET — ce procès-verbal" in " ".join(_read(site / "meetings/2/index.html").parts)
    else:
        assert "Orden del día (PDF)" in meeting and "jueves, 4 de agosto de 2011, 19:00" in meeting
        assert "Puestos y mandatos" in member and "Todos los votos de Pamela Schwartz" in member


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_the_scripts_and_the_feed_speak_the_sites_language(sites: dict[str, Path], lang: str) -> None:
    site = sites[lang]
    for script in ("assets/filter.js", "assets/search.js"):
        code = (site / script).read_text("utf-8")
        assert not [w for w in SCRIPT_ENGLISH if w in code], script
    index = (site / "assets/search-index.js").read_text("utf-8")
    kinds = {row["k"] for row in json.loads(index.partition("=")[2].rstrip().rstrip(";"))}
    minutes, matter, speaker = {
        "fr": ("procès-verbal", "dossier", "intervenant"),
        "es": ("acta", "asunto", "interviniente"),
    }[lang]
    assert {minutes, matter} <= kinds <= {minutes, matter, speaker}
    feed = (site / "minutes.atom").read_text("utf-8")
    assert f'xml:lang="{ {"fr": "fr-CA", "es": "es-US"}[lang] }"' in feed
    assert "approved" not in feed and "fingerprint" not in feed.replace("urn:sha256", "")


def test_every_declared_site_sentence_is_in_each_catalogue_with_its_placeholders() -> None:
    """Read from the code itself (f-strings included, which lupdate would not see)."""
    declared = set()
    for file in PUBLISH.glob("*.py"):
        for node in ast.walk(ast.parse(file.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, source = (ast.literal_eval(a) for a in node.args)
                if context == "site":
                    declared.add(source)
    assert len(declared) > 130
    for lang in ("es", "fr"):
        table = catalogue(lang)
        for source in declared:
            assert ("site", source) in table, (lang, source)
            wanted = set(re.findall(r"\{(\w+)\}", source))
            assert set(re.findall(r"\{(\w+)\}", table[("site", source)])) == wanted, (lang, source)


def test_lang_chooses_the_sites_words_whatever_the_bodies_print(
    demo: tuple[Services, int], tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """English bodies, a Spanish site from the command line; French bodies, an English site."""
    services, _ = demo
    assert main(["--db", str(db_path), "publish", str(tmp_path / "es"), "--lang", "es"]) == 0
    home = _read(tmp_path / "es/index.html")
    assert home.lang == "es-US" and "Próximas sesiones" in home.parts
    for body in services.bodies.list_bodies():
        style = services.bodies.house_style(body.id)
        services.bodies.set_house_style(body.id, replace(style, language=MinutesLanguage.FR))
    publish(services, tmp_path / "en", PublishOptions(lang="en"))
    home = _read(tmp_path / "en/index.html")
    assert home.lang == "en" and "Upcoming meetings" in home.parts
    assert main(["--db", str(db_path), "publish", "--help"]) == 0
    assert "--lang {en,es,fr}" in capsys.readouterr().out


def test_a_french_sites_page_kinds_have_no_axe_violation_and_its_filter_counts_in_french(
    sites: dict[str, Path], tmp_path: Path
) -> None:
    kinds = page_kinds(sites["fr"])
    shots = os.environ.get("COUNCILDESK_SITE_SHOTS")  # a folder: screenshots of each kind to look at
    jobs: list[dict[str, object]] = [
        {"file": str(path), **({"shots": f"{shots}/fr-{kind}"} if shots else {})}
        for kind, path in kinds.items()
    ]
    jobs.append({"file": str(kinds["member"]), "choose": {"#f-against": True}})
    results = site_check(jobs, tmp_path)
    for job, result in zip(jobs, results, strict=True):
        assert result["violations"] == [], (job, result["violations"])
        assert result["requests"] == [] and result["errors"] == [], (job, result)
    rows = _parse_rows(kinds["member"])
    against = sum(1 for r in rows if r.get("data-against") == "1")
    votes = f"{len(rows)} vote" + ("s" if len(rows) != 1 else "")
    assert results[-1]["status"] == f"Affichage de {against} sur {votes}."
    assert results[list(kinds).index("member")]["visibleRows"] == len(rows)  # nothing hidden at first
