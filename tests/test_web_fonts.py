"""The HTML edition and the website in a browser with no CJK or emoji font of its own: each script in
a font shipped with the records (inside the file, or in the site's assets), a marker for a character
no font has, and no font shipped for a site whose records need none."""

from __future__ import annotations

import base64
import os
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.pdfbase.ttfonts import TTFontFile

from councildesk.domain.minutes_language import MinutesLanguage
from councildesk.publish.site import PublishOptions, publish
from councildesk.reports.minutes_html import minutes_html
from councildesk.services.container import Services
from tests.test_minutes_language import ARABIC, HEBREW, NAMES, NO_FONT, THUMBS, _world_meeting
from tests.test_publish import crawl, site_check

CJK = NAMES[4]


def _minutes(services: Services, meeting_id: int) -> str:
    doc = services.minutes.minutes(meeting_id)
    return minutes_html(replace(doc, style=replace(doc.style, language=MinutesLanguage.FR)))


def test_the_html_edition_carries_the_glyphs_it_uses(services: Services, tmp_path: Path) -> None:
    page = _minutes(services, _world_meeting(services))
    assert "[U+1FAE0]" in page and NO_FONT not in page
    assert "Le caractère [U+1FAE0] de ces registres n’a aucune police pour l’imprimer" in page
    faces = dict(re.findall(r'font-family: "([^"]+)"; src: url\(data:font/ttf;base64,([^)]+)\)', page))
    assert set(faces) == {"CouncilDesk Arabic", "CouncilDesk Hebrew", "CouncilDesk Emoji", "CouncilDesk CJK"}
    for family, text in (("CouncilDesk CJK", CJK), ("CouncilDesk Emoji", THUMBS)):
        font = tmp_path / "subset.ttf"
        font.write_bytes(base64.b64decode(faces[family]))
        assert font.stat().st_size < 5000  # only the characters used
        assert set(TTFontFile(str(font)).charToGlyph) == {ord(c) for c in text}, family


SHOTS = "COUNCILDESK_FONT_SHOTS"  # a folder: the screenshots of these tests, to look at


def _drawn_with(result: dict[str, Any]) -> list[set[str]]:
    """For each text checked, the web fonts (by their own family names) Chromium drew it with."""
    drawn: Any = result["drawn"]
    return [{f["familyName"] for f in fonts if f["isCustomFont"]} for fonts in drawn]


# The texts checked and the font that must draw each (checked alone, so that this machine's own
# fonts, DejaVu Sans here, which has Arabic and Hebrew, do not draw it first).
CHECKED: list[tuple[object, str]] = [
    (CJK, "Droid Sans Fallback"),
    (THUMBS, "Symbola"),
    ({"text": ARABIC, "family": "CouncilDesk Arabic"}, "Noto Sans Arabic"),
    ({"text": HEBREW, "family": "CouncilDesk Hebrew"}, "Noto Sans Hebrew"),
]


def _shots(tmp_path: Path, name: str) -> str:
    """Where the screenshots of a page go (a prefix: site_check adds the width)."""
    return str(Path(os.environ.get(SHOTS) or tmp_path) / name)


def test_an_english_page_carries_no_font(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    page = minutes_html(services.minutes.minutes(meeting_id))
    assert "@font-face" not in page and "[U+" not in page


def test_the_site_and_its_html_minutes_draw_every_script_with_the_fonts_shipped(
    services: Services, tmp_path: Path
) -> None:
    world = _world_meeting(services)
    (body,) = services.bodies.list_bodies()
    where = f"Parc {THUMBS} {NO_FONT}, {CJK}"  # a park named with emoji (one no font has) and in Chinese
    park = services.meetings.create_meeting(body.id, datetime(2024, 6, 1, 10), location=where).id
    root = tmp_path / "site"
    publish(services, root, PublishOptions(include_drafts=True))
    css = (root / "assets/site.css").read_text("utf-8")
    urls = re.findall(r"url\((fonts/[^)]+)\)", css)
    assert len(urls) == 4 and "data:" not in css
    for url in urls:  # relative to the style sheet, beside its licence, and small: only what is drawn
        assert (root / "assets" / url).is_file() and (root / "assets" / url).stat().st_size < 80_000
    licences = {p.name for p in (root / "assets/fonts").glob("license-*.txt")}
    assert licences == {"license-noto-ofl.txt", "license-symbola.txt", "license-droidsansfallback.txt"}
    page = root / f"meetings/{park}/index.html"
    assert f"Parc {THUMBS} [U+1FAE0], {CJK}" in page.read_text("utf-8")
    minutes = root / f"meetings/{world}/minutes.html"  # the HTML edition: its fonts inside it
    assert "[U+1FAE0]" in minutes.read_text("utf-8") and "url(data:font/ttf" in minutes.read_text("utf-8")
    jobs: list[dict[str, object]] = [
        {"file": str(page), "texts": [THUMBS, CJK], "shots": _shots(tmp_path, "site-meeting")},
        {"file": str(minutes), "texts": [t for t, _f in CHECKED], "shots": _shots(tmp_path, "minutes")},
    ]
    on_page, in_minutes = site_check(jobs, tmp_path)
    assert _drawn_with(on_page) == [{"Symbola"}, {"Droid Sans Fallback"}]
    assert _drawn_with(in_minutes) == [{font} for _text, font in CHECKED]
    # Arabic comes back joined (the lām-alif ligature: fewer glyphs than letters) from a font cut down.
    drawn: Any = in_minutes["drawn"]
    arabic = next(f for f in drawn[2] if f["isCustomFont"])
    assert arabic["glyphCount"] < len(ARABIC.replace(" ", ""))
    for result in (on_page, in_minutes):
        faces: Any = result["faces"]
        assert all(f["status"] != "error" for f in faces)
        assert result["violations"] == [] and result["requests"] == [] and result["errors"] == [], result
    assert crawl(root) == []


def test_a_site_of_latin_records_ships_no_font(services: Services, tmp_path: Path) -> None:
    body = services.bodies.create_body("Conseil de Saint-Éloi", 5, municipality="Saint-Éloi")
    services.meetings.create_meeting(body.id, datetime(2024, 3, 7, 19, 30), location="Hôtel de ville")
    publish(services, tmp_path / "site", PublishOptions(include_drafts=True))
    assert not (tmp_path / "site/assets/fonts").exists()
    assert "@font-face" not in (tmp_path / "site/assets/site.css").read_text("utf-8")


def test_a_publish_that_keeps_pages_keeps_the_fonts_they_need(services: Services, tmp_path: Path) -> None:
    world = _world_meeting(services)
    services.meetings.update_meeting(world, location="Salle 北京")  # only on that meeting's page
    (body,) = services.bodies.list_bodies()
    park = services.meetings.create_meeting(body.id, datetime(2024, 6, 1, 10), location="Parc").id
    root = tmp_path / "site"
    publish(services, root, PublishOptions(include_drafts=True))
    fonts = sorted(p.name for p in (root / "assets/fonts").iterdir())
    services.meetings.update_meeting(park, location="Parc Jarry")
    again = publish(services, root, PublishOptions(include_drafts=True))
    assert f"meetings/{world}/index.html" not in again.changed_files  # kept, not written again
    assert sorted(p.name for p in (root / "assets/fonts").iterdir()) == fonts
    css = (root / "assets/site.css").read_text("utf-8")
    assert all(f"fonts/{name}" in css for name in fonts if name.endswith(".ttf"))
