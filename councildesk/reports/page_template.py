"""Shared PDF frame for minutes and agendas: fonts, styles, letterhead, running header/footer, watermark."""

from __future__ import annotations

import gc
import io
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Image,
    KeepTogether,
    PageTemplate,
    Spacer,
)

from councildesk.domain.house_style import DEFAULT_STYLE
from councildesk.paths import resource
from councildesk.reports import font_cache
from councildesk.reports.minutes_words import Words
from councildesk.reports.script_text import Paragraph, draw_line
from councildesk.reports.tagging import (
    DocumentFacts,
    Mark,
    TaggedCanvas,
    TaggedFrame,
    artifact,
    finish,
    tag,
)
from councildesk.services.minutes_document import PaperSize

log = logging.getLogger("councildesk.reports")

FONT, BOLD, ITALIC, BOLD_ITALIC = (
    "DejaVuSans",
    "DejaVuSans-Bold",
    "DejaVuSans-Oblique",
    "DejaVuSans-BoldOblique",
)
PAGE_SIZES = {PaperSize.LETTER: LETTER, PaperSize.A4: A4}
MARGIN = 0.85 * inch
TOTAL_FORM = "councildesk-page-total"
GREY = colors.Color(0.35, 0.35, 0.35)


def register_fonts() -> None:
    """Embed DejaVu Sans (all four faces) once per process, so every script we can print prints."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in (
        (FONT, "DejaVuSans.ttf"),
        (BOLD, "DejaVuSans-Bold.ttf"),
        (ITALIC, "DejaVuSans-Oblique.ttf"),
        (BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf"),
    ):
        pdfmetrics.registerFont(font_cache.ttfont(name, resource("fonts", file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)


def esc(text: str | None) -> str:
    """User text made safe for a Paragraph: markup characters print as themselves; newlines break."""
    if not text:
        return ""
    safe = escape(text, {'"': "&quot;", "'": "&#39;"})
    return safe.replace("\r\n", "\n").replace("\n", "<br/>")


def day_text(value: date | datetime) -> str:
    """'18 August 2011' (no leading zero, no locale surprises): the default house style."""
    return DEFAULT_STYLE.day(value)


def long_day_text(value: date | datetime) -> str:
    return DEFAULT_STYLE.long_day(value)


def time_text(value: datetime) -> str:
    """'7:00 p.m.', as clerks write it (a body's minutes follow its own HouseStyle)."""
    return DEFAULT_STYLE.time(value)


def make_styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle(
        "body", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=4, splitLongWords=1
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=GREY),
        "indent": ParagraphStyle("indent", parent=base, leftIndent=14),
        "indent2": ParagraphStyle("indent2", parent=base, leftIndent=28),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=26, bulletIndent=14, spaceAfter=2),
        "quote": ParagraphStyle(
            "quote", parent=base, leftIndent=28, rightIndent=14, fontName=FONT, textColor=GREY
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellhead": ParagraphStyle(
            "cellhead", parent=base, fontName=BOLD, fontSize=8.5, leading=10.5, spaceAfter=0
        ),
        "municipality": ParagraphStyle(
            "municipality", parent=base, fontSize=10, leading=13, alignment=TA_CENTER, textColor=GREY
        ),
        "bodyname": ParagraphStyle(
            "bodyname", parent=base, fontName=BOLD, fontSize=15, leading=19, alignment=TA_CENTER
        ),
        "doctitle": ParagraphStyle(
            "doctitle", parent=base, fontName=BOLD, fontSize=12, leading=16, alignment=TA_CENTER, spaceAfter=2
        ),
        "centre": ParagraphStyle("centre", parent=base, alignment=TA_CENTER, spaceAfter=1),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "label": ParagraphStyle("label", parent=base, fontName=BOLD, spaceAfter=1, keepWithNext=1),
        "warning": ParagraphStyle(
            "warning",
            parent=base,
            textColor=colors.Color(0.6, 0, 0),
            borderColor=colors.Color(0.6, 0, 0),
            borderWidth=0.8,
            borderPadding=5,
            spaceBefore=6,
            spaceAfter=10,
        ),
        "note": ParagraphStyle(
            "note",
            parent=base,
            leftIndent=14,
            backColor=colors.Color(0.95, 0.95, 0.88),
            borderPadding=4,
            spaceBefore=4,
            spaceAfter=8,
        ),
    }


class Bookmark(Flowable):  # type: ignore[misc]
    """An invisible mark that adds a PDF outline entry pointing at where it lands."""

    pdf_silent = True  # draws nothing, so it gets no marked content
    keepWithNext = 1  # lands on the page of what it points to, and keeps a heading's chain unbroken

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 0)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)


def rename_bookmarks(story: list[Flowable], suffix: str) -> list[Flowable]:
    """`story` with its bookmarks' keys ending in `suffix`: a second edition's outline entries must
    point at its own pages, not (by a repeated key) at the first edition's."""
    for flowable in story:
        if isinstance(flowable, Bookmark):
            flowable.key = f"{flowable.key}-{suffix}"
        elif isinstance(flowable, KeepTogether):
            rename_bookmarks(flowable._content, suffix)
    return story


class NextPagesFrame(Mark):
    """An invisible mark: the pages after the one it lands on carry `frame` (a second edition's
    header, footer and page numbers in its own language). Placed just before a page break."""

    def __init__(self, frame: PageFrame) -> None:
        super().__init__()
        self.frame = frame

    def draw(self) -> None:
        self.canv._doctemplate.page_frame = self.frame


@dataclass(frozen=True)
class PageFrame:
    """What every page carries besides the story."""

    municipality: str
    body_name: str
    running_title: str  # "Minutes · Thursday, 18 August 2011"
    footer_lines: tuple[str, ...]  # plain text, drawn under the rule on every page
    watermark: str = ""  # "DRAFT" until approved
    paper: PaperSize = PaperSize.LETTER
    lang: str = "en"  # the language of "Page 1 of 3"


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str
    subject: str
    keywords: str = ""
    lang: str = "en-US"


def letterhead(
    frame: PageFrame, logo_path: str, styles: dict[str, ParagraphStyle], title: str
) -> list[Flowable]:
    """Municipality, body and document title, with the seal beside them when one is configured."""
    logo = _logo(logo_path)
    lines: list[Flowable] = [] if logo is None else [_Seal(logo)]

    def beside(name: str) -> ParagraphStyle:  # clear of the seal on both sides, so the lines stay centred
        style = styles[name]
        return (
            style if logo is None else ParagraphStyle(name, parent=style, leftIndent=inch, rightIndent=inch)
        )

    if frame.municipality:
        lines.append(Paragraph(esc(frame.municipality), beside("municipality")))
    lines.append(Paragraph(esc(frame.body_name), beside("bodyname")))
    lines.append(Paragraph(esc(title), beside("doctitle")))
    if logo is not None:
        drawn = sum(p.wrap(content_width(frame.paper) - 2 * inch, 1000)[1] for p in lines)
        lines.append(Spacer(1, max(0.0, logo.drawHeight - drawn)))
    return lines


class _Seal(Flowable):  # type: ignore[misc]
    """The seal at the left of the letterhead, taking no height: the centred lines run beside it."""

    def __init__(self, image: Image) -> None:
        super().__init__()
        self.image = image
        tag(self, "Figure", "Seal of the municipality")

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, 0

    def draw(self) -> None:
        self.image.drawOn(self.canv, 0, -self.image.drawHeight)


def _logo(path: str) -> Image | None:
    if not path:
        return None
    try:
        image = Image(path)
        scale = min(0.8 * inch / max(image.imageWidth, 1), 0.8 * inch / max(image.imageHeight, 1))
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        return image
    except Exception as error:  # noqa: BLE001 - a broken seal must not stop the minutes
        log.warning("Seal image %s could not be used: %s", path, error)
        return None


def _draw_page(canvas: Canvas, doc: BaseDocTemplate, frame: PageFrame, *, header: bool | None = None) -> None:
    """Watermark, running header (`header`; default: every page but the first), footer and page number.

    On our own canvas everything but the page number is drawn once per document, as a form every
    page shows: the same marks on the page for a fraction of the work and of the file size.
    """
    with_header = doc.page > 1 if header is None else header  # the letterhead is the first page's header
    with artifact(canvas):  # furniture is not part of the text a reader hears
        if isinstance(canvas, _TotalPagesCanvas):
            canvas.doForm(canvas.furniture(frame, with_header))
        else:
            _draw_furniture(canvas, frame, with_header)
    width = canvas._pagesize[0]
    canvas.saveState()
    canvas.setFillColor(GREY)
    canvas.setFont(FONT, 7.5)
    right = width - MARGIN - 14
    y = MARGIN - 20
    with artifact(canvas, "Pagination"):
        canvas.drawRightString(right, y, Words(frame.lang)("Page {page} of ", page=doc.page))
        canvas.translate(right, y)
        canvas.doForm(TOTAL_FORM)  # the total is only known at the end; the form is filled in then
    canvas.restoreState()


def _draw_furniture(canvas: Canvas, frame: PageFrame, header: bool) -> None:
    """What every page carries besides the story and the page number."""
    width, height = canvas._pagesize
    canvas.saveState()
    if frame.watermark:
        # A picture of the word, not text: text copied or read aloud from the page must not pick up
        # stray "D", "R", "A" lines from a diagonal watermark.
        image, w, h = _watermark_image(frame.watermark)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        canvas.drawImage(image, -w / 2, -40 - h * 0.22, w, h, mask="auto")
        canvas.rotate(-45)
        canvas.translate(-width / 2, -height / 2)
    canvas.setFillColor(GREY)
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    if header:
        top = height - MARGIN + 18
        canvas.setFont(FONT, 7.5)
        draw_line(canvas, MARGIN, top, _fit(f"{frame.municipality} · {frame.body_name}", width / 2), 7.5)
        title = _fit(frame.running_title, width / 2 - MARGIN)
        draw_line(canvas, width - MARGIN, top, title, 7.5, right=True)
        canvas.line(MARGIN, top - 4, width - MARGIN, top - 4)
    rule = MARGIN - 10
    canvas.line(MARGIN, rule, width - MARGIN, rule)
    y = rule - 10
    for line in frame.footer_lines:
        canvas.setFont(FONT, 7 if len(line) < 120 else 6)
        draw_line(canvas, MARGIN, y, _fit(line, width - 2 * MARGIN - 60), 7 if len(line) < 120 else 6)
        y -= 9
    canvas.restoreState()


@lru_cache(maxsize=4)
def _watermark_image(text: str) -> tuple[ImageReader, float, float]:
    """`text` in 110-point DejaVu Sans Bold, light grey on transparent, at 2 pixels per point."""
    from PIL import Image as PILImage
    from PIL import ImageDraw, ImageFont

    size, scale = 110, 2
    font = ImageFont.truetype(str(resource("fonts", "DejaVuSans-Bold.ttf")), size * scale)
    left, _top, right, _bottom = font.getbbox(text)
    picture = PILImage.new("RGBA", (int(right - left) + 4, int(size * scale * 1.25)), (209, 209, 209, 0))
    ImageDraw.Draw(picture).text((2 - int(left), 0), text, font=font, fill=(209, 209, 209, 255))
    return ImageReader(picture), picture.width / scale, picture.height / scale


def _fit(text: str, width: float) -> str:
    """Shorten a header/footer line (not story text) so it never runs off the page."""
    size = 7.5
    if pdfmetrics.stringWidth(text, FONT, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", FONT, size) > width:
        text = text[: max(len(text) * 9 // 10, len(text) - 200)]
    return text + "…"


class _TotalPagesCanvas(TaggedCanvas):
    """A canvas that draws page furniture as shared forms and writes the page total just before saving."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # (frame, header, page size) → form name; a volume binds several meetings, each its own frame.
        self._furniture: dict[tuple[PageFrame, bool, tuple[float, float]], str] = {}

    def furniture(self, frame: PageFrame, header: bool) -> str:
        """The name of the form holding this frame's furniture; the form is drawn when the PDF is saved."""
        key = (frame, header, tuple(self._pagesize))
        name = self._furniture.get(key)
        if name is None:
            name = self._furniture[key] = f"councildesk-furniture-{len(self._furniture)}"
        return name

    def save(self) -> None:
        for (frame, header, size), name in self._furniture.items():
            self.setPageSize(size)
            self.beginForm(name)
            _draw_furniture(self, frame, header)
            self.endForm()
        self.beginForm(TOTAL_FORM)
        self.setFont(FONT, 7.5)
        self.setFillColor(GREY)
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


def build_pdf(
    story: Sequence[Flowable], frame: PageFrame, meta: PdfMeta, *, invariant: bool = False
) -> bytes:
    """Lay out `story` on pages carrying `frame`; returns the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZES[frame.paper],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        keywords=meta.keywords,
        creator="CouncilDesk",
        lang=meta.lang,
        invariant=1 if invariant else 0,
        displayDocTitle=1,
        initialFontName=FONT,  # else every page opens with base-14 Helvetica, which is never embedded
    )
    width, height = PAGE_SIZES[frame.paper]
    body = TaggedFrame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="body")

    def on_page(canvas: Canvas, d: Any) -> None:
        if d.page == 1:
            canvas.showOutline()  # open with the bookmarks panel: one entry per agenda item
        _draw_page(canvas, d, getattr(d, "page_frame", frame))

    doc.addPageTemplates([PageTemplate(id="page", frames=[body], onPage=on_page)])
    return build_tagged(doc, list(story), meta.title, meta.author, meta.subject, meta.lang)


def build_tagged(
    doc: BaseDocTemplate, story: list[Flowable], title: str, author: str, subject: str, lang: str
) -> bytes:
    """Build `doc` on the tagging canvas and add the structure tree: every PDF we write is tagged."""
    canvases: list[_TotalPagesCanvas] = []

    def canvas_maker(*args: Any, **kwargs: Any) -> _TotalPagesCanvas:
        canvases.append(_TotalPagesCanvas(*args, **kwargs))
        return canvases[-1]

    with collector_paused(), _uncompressed():
        doc.build(story, canvasmaker=canvas_maker)
        return finish(
            doc.filename.getvalue(), canvases[-1].structure, DocumentFacts(title, author, subject, lang)
        )


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a document is made: it ran every few hundred of the
    objects a PDF allocates, each time going over the objects of the document (a tenth of a minutes
    PDF's CPU), and found little to free (about 3,000 objects in cycles in a minutes PDF of 10 pages)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def _uncompressed() -> Iterator[None]:
    """reportlab writes its streams as they are, neither deflated nor in ASCII85: `finish` rewrites
    the file with qpdf, which inflated every page and font reportlab had deflated and deflated it
    again (its filter being an array). qpdf now deflates each once, to the same bytes as before."""
    saved = rl_config.useA85, rl_config.pageCompression
    rl_config.useA85, rl_config.pageCompression = 0, 0
    try:
        yield
    finally:
        rl_config.useA85, rl_config.pageCompression = saved


# ASCII characters PDFDocEncoding lacks (reportlab's codec refuses them); every other one is itself.
NOT_PDFDOC = re.compile("[\x18-\x1f]")


def _pdfdoc_encoded(text: Any) -> Any:
    """reportlab's pdfdocEnc, the same bytes: what it writes of a PDF (names, numbers, dictionary
    keys, 90,000 strings for 80 meeting PDFs) is nearly all ASCII, which Python encodes itself
    instead of going through reportlab's character map one call at a time."""
    if isinstance(text, str):
        if text.isascii() and not NOT_PDFDOC.search(text):
            return text.encode("ascii")
        return text.encode("extpdfdoc")
    return text


pdfdoc.pdfdocEnc = _pdfdoc_encoded  # pdfdoc.format looks the name up on every call


def content_width(paper: PaperSize) -> float:
    return float(PAGE_SIZES[paper][0] - 2 * MARGIN)


def smallest_content_height() -> float:
    """Height a flowable can have on any page of any paper (the frame's inner height, its padding off)."""
    return float(min(size[1] for size in PAGE_SIZES.values()) - 2 * MARGIN - 2 * 6)
