"""Quick paragraphs break the lines reportlab's Paragraph breaks and draw the same pages."""

from __future__ import annotations

import io
import random

import pikepdf
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus.paragraph import Paragraph as ReportlabParagraph

from councildesk.reports.page_template import PageFrame, PdfMeta, build_pdf, esc, make_styles
from councildesk.reports.quick_paragraph import QuickParagraph, paragraph
from councildesk.reports.script_text import Paragraph
from councildesk.reports.tagging import tag

PROSE = (
    "the council moved to adopt resolution R-11-034 on Secure Communities; Ward 4 Councilor voted no, "
    "seconded by Amara Miller (At-Large B). Müller café naïve résumé Łódź “quoted” — 7:23 p.m. 8–0 "
    "appointment Housing Partnership three-year term, subject to confirmation by the City Council"
)
WORDS = PROSE.split()


def _texts(count: int, seed: int) -> list[str]:
    """Markup of the kinds the reports make: user text escaped, bold labels, italics, line breaks."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 60))]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), "&")
        text = esc(" ".join(words))
        kind = rng.random()
        if kind < 0.3:
            text = f"<b>{esc(rng.choice(WORDS))}:</b> {text}"
        elif kind < 0.45:
            cut = rng.randrange(len(text))
            while text[cut - 1 : cut] == "&" or "&" in text[max(0, cut - 6) : cut]:
                cut -= 1
            text = f"<i>{text[:cut]}</i>{text[cut:]}"
        elif kind < 0.55:
            text = text.replace(" ", "<br/>", rng.randint(1, 3))
        elif kind < 0.6:
            text = f"<b>Label <i>in italic</i>:</b>  {text}  "
        texts.append(text)
    return texts


def _line_words(p: ReportlabParagraph) -> list[list[str]]:
    lines = p.blPara.lines
    if p.blPara.kind == 0:
        return [list(words) for _extra, words in lines]
    return ["".join(getattr(w, "text", "") for w in line.words).split() for line in lines]


@pytest.mark.parametrize("style_name", ["body", "h1", "centre", "small", "indent2"])
def test_lines_are_the_lines_paragraph_breaks(style_name: str) -> None:
    style = make_styles()[style_name]
    compared = 0
    for text in _texts(150, seed=len(style_name)):
        for width in (90.0, 183.5, 300.0, 468.0):
            quick = paragraph(text, style)
            assert isinstance(quick, QuickParagraph), text
            theirs = ReportlabParagraph(text, style)
            _w, height = theirs.wrap(width, 10_000)
            assert quick.wrap(width, 10_000)[1] == pytest.approx(height), (text, width)
            if quick._paragraph is None:  # a word wider than the line is left to a Paragraph
                mine = ["".join(t for t, _f in pieces).split() for pieces, *_ in quick._lines or ()]
                assert mine == _line_words(theirs), (text, width)
                compared += 1
    assert compared > 500


@pytest.mark.parametrize(
    "markup",
    [
        '<a href="https://example.org">a link</a>',
        "size <font size=8>small</font>",
        "a&nbsp;b",
        "مجلس المدينة",
        "   ",
    ],
)
def test_markup_only_a_paragraph_prints_is_left_to_one(markup: str) -> None:
    assert isinstance(paragraph(markup, make_styles()["body"]), Paragraph)


def test_broken_markup_is_refused_as_paragraph_refuses_it() -> None:
    with pytest.raises(ValueError, match="Parse error"):
        paragraph("an unclosed <b>bold", make_styles()["body"])


@pytest.mark.parametrize(
    "change", [{"alignment": TA_JUSTIFY}, {"alignment": TA_RIGHT}, {"firstLineIndent": 9}]
)
def test_styles_only_a_paragraph_lays_out_are_left_to_one(change: dict[str, object]) -> None:
    style = ParagraphStyle("odd", parent=make_styles()["body"], **change)
    assert isinstance(paragraph("plain words", style), Paragraph)


def test_a_bullet_reaching_into_the_text_is_left_to_a_paragraph() -> None:
    style = make_styles()["bullet"]
    assert isinstance(paragraph("an item", style, "•"), QuickParagraph)
    assert isinstance(paragraph("an item", style, "(iii) and more"), Paragraph)


def test_a_word_wider_than_its_line_is_split_as_paragraph_splits_it() -> None:
    style = make_styles()["body"]
    text = "Supercalifragilisticexpialidocious" * 3
    quick, theirs = paragraph(text, style), ReportlabParagraph(text, style)
    assert quick.wrap(120, 1000) == theirs.wrap(120, 1000)


def test_a_split_part_breaks_its_lines_again_at_another_width() -> None:
    style = make_styles()["body"]
    text = esc(" ".join(WORDS * 2))
    quick = paragraph(text, style)
    assert isinstance(quick, QuickParagraph)
    quick.wrap(300, 10_000)
    first, rest = quick.split(300, 3 * style.leading)
    assert first.wrap(300, 1000)[1] == 3 * style.leading
    assert isinstance(rest, QuickParagraph)
    words = [w for pieces, *_ in rest._lines or () for t, _f in pieces for w in t.split()]
    theirs = ReportlabParagraph(" ".join(esc(w) for w in words), style)
    assert rest.wrap(200, 10_000)[1] == pytest.approx(theirs.wrap(200, 10_000)[1])
    # Too narrow for its longest word, the rest prints as a Paragraph: its own words, not the whole.
    rest.wrap(30, 10_000)
    assert rest._paragraph is not None
    assert rest._paragraph.getPlainText().split() == words


def _story(texts: list[str], quick: bool) -> list[Flowable]:
    st = make_styles()
    story: list[Flowable] = []
    for n, text in enumerate(texts):
        name = ("h1", "body", "centre", "indent2", "bullet", "small")[n % 6]
        bullet = "•" if name == "bullet" else None
        flowable = (
            paragraph(text, st[name], bullet) if quick else Paragraph(text, st[name], bulletText=bullet)
        )
        story.append(tag(flowable, "H2") if n % 6 == 0 else flowable)
    return story


def _pdf(story: list[Flowable]) -> bytes:
    frame = PageFrame(
        municipality="Ashford", body_name="City Council", running_title="Test", footer_lines=("x",)
    )
    return build_pdf(story, frame, PdfMeta(title="t", author="a", subject="s"), invariant=True)


def _pages(qtbot: QtBot, pdf: bytes) -> list[object]:
    doc = QPdfDocument()
    data = QBuffer()
    data.setData(QByteArray(pdf))
    data.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(data)
    qtbot.waitUntil(lambda: doc.status() == QPdfDocument.Status.Ready)
    return [doc.render(n, QSize(816, 1056)) for n in range(doc.pageCount())]


def _roles(pdf: bytes) -> list[str]:
    roles: list[str] = []

    def walk(node: pikepdf.Object) -> None:
        if "/S" in node:
            roles.append(str(node.S))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, pikepdf.Dictionary):
                walk(kid)
            elif kid is not None:
                roles.append("mcid")

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        walk(doc.Root.StructTreeRoot)
    return roles


def test_pages_drawn_from_quick_paragraphs_are_the_pages_paragraphs_draw(qtbot: QtBot) -> None:
    texts = _texts(120, seed=7)
    quick, plain = _pdf(_story(texts, True)), _pdf(_story(texts, False))
    assert quick != plain  # drawn another way...
    mine, theirs = _pages(qtbot, quick), _pages(qtbot, plain)
    assert len(mine) == len(theirs) > 3  # ...over pages, paragraphs split across them
    for n, (a, b) in enumerate(zip(mine, theirs, strict=True)):
        assert a == b, f"page {n + 1} differs"
    # The same words on the same lines (Paragraph also shows the space where a line breaks inside
    # a run, which no one sees: it starts the next line's text).
    texts_of = [
        [
            " ".join(line.split())
            for page in PdfReader(io.BytesIO(pdf)).pages
            for line in page.extract_text().split("\n")
        ]
        for pdf in (quick, plain)
    ]
    assert [t for t in texts_of[0] if t] == [t for t in texts_of[1] if t]
    assert _roles(quick) == _roles(plain)
