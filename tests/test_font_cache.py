"""Parsed font faces kept between runs: a cached face prints as a parsed one; a bad cache is parsed afresh."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from councildesk.paths import resource
from councildesk.reports import font_cache

FACE = resource("fonts", "DejaVuSans-Bold.ttf")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return font_cache.cache_folder()


def test_the_second_load_comes_from_the_cache_and_measures_and_subsets_as_parsed(cache: Path) -> None:
    first = font_cache.ttfont("CachedBold", FACE)
    assert len(list(cache.iterdir())) == 1
    again = font_cache.ttfont("CachedBold", FACE)
    parsed = TTFont("CachedBold", str(FACE))
    text = "Ordinance 2011-14 — Łódź, Ærø, Ελλάδα, Россия"
    assert again is not first
    for font in (first, again):
        assert font.stringWidth(text, 9.5) == parsed.stringWidth(text, 9.5)
        assert font.face.charToGlyph == parsed.face.charToGlyph
        subset = [ord(c) for c in "Agenda"]
        assert font.face.makeSubset(subset) == parsed.face.makeSubset(subset)


def test_a_damaged_cache_file_is_parsed_afresh_and_replaced(cache: Path) -> None:
    font_cache.ttfont("CachedBold", FACE)
    (entry,) = cache.iterdir()
    entry.write_bytes(b"not a pickle")
    font = font_cache.ttfont("CachedBold", FACE)
    assert font.stringWidth("Minutes", 10) == TTFont("x", str(FACE)).stringWidth("Minutes", 10)
    assert entry.read_bytes() != b"not a pickle"
