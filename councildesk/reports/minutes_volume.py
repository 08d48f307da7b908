"""A year's minutes bound as one PDF: a contents page, then each meeting's minutes on its own pages."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from councildesk.domain.enums import label
from councildesk.reports.minutes import minutes_parts
from councildesk.reports.page_template import (
    FONT,
    GREY,
    MARGIN,
    PAGE_SIZES,
    Bookmark,
    PageFrame,
    _draw_page,
    build_tagged,
    content_width,
    esc,
    make_styles,
)
from councildesk.reports.script_text import Paragraph
from councildesk.reports.tagging import TaggedFrame, TaggedTable
from councildesk.services.minutes_document import MinutesDocument, MinutesVolume


def minutes_volume_pdf(volume: MinutesVolume, *, invariant: bool = False) -> bytes:
    """One PDF: contents, then every meeting's minutes exactly as `minutes_pdf` prints them.

    Each meeting keeps its own letterhead, DRAFT watermark or approval fingerprint on its pages;
    page numbers run through the volume; the outline has one entry per meeting with its items below.
    The contents give each meeting's first page, which is known only once the meetings before it
    are laid out: each number is a small form the contents show and the meeting's first page
    fills in, so the volume is laid out once (a second layout once doubled its time).
    """
    frames = _frames(volume)
    story = _story(volume, frames)
    return _build(story, frames, volume, invariant=invariant)


def _title(volume: MinutesVolume) -> str:
    return f"Minutes of the {volume.body_name}, {volume.year}"


def _frames(volume: MinutesVolume) -> dict[str, PageFrame]:
    """The page frame of the contents ("cover"); `_story` adds each meeting's ("m0", "m1", …)."""
    cover = PageFrame(
        municipality=volume.municipality,
        body_name=volume.body_name,
        running_title=f"Minutes {volume.year}",
        footer_lines=(f"{len(volume.documents)} meetings; each keeps its own approval state.",),
        paper=volume.settings.paper,
    )
    return {"cover": cover}


def _story(volume: MinutesVolume, frames: dict[str, PageFrame]) -> list[Flowable]:
    """The whole volume's story, each meeting's parts made once; its page frame goes into `frames`."""
    styles = make_styles()
    story: list[Flowable] = [
        Bookmark("contents", "Contents", 0),
        Paragraph(esc(volume.municipality), styles["municipality"]),
        Paragraph(esc(volume.body_name), styles["bodyname"]),
        Paragraph(esc(f"Minutes {volume.year}"), styles["doctitle"]),
        Spacer(1, 14),
        _contents(volume.documents, styles, content_width(volume.settings.paper)),
    ]
    for number, doc in enumerate(volume.documents):
        key = f"m{number}"
        parts, frames[key], _meta = minutes_parts(doc, styles)
        m = doc.record.meeting
        story += [
            NextPageTemplate(key),
            PageBreak(),
            Bookmark(f"{key}-start", f"{doc.style.day(m.scheduled_start)} — {label(m.kind)} meeting", 0),
        ]
        story += _nest(parts, key)
    return story


def _contents(documents: tuple[MinutesDocument, ...], styles: dict[str, Any], width: float) -> Table:
    rows: list[list[Any]] = [
        [Paragraph(text, styles["cellhead"]) for text in ("Date", "Meeting", "Items", "Minutes", "Page")]
    ]
    right = ParagraphStyle("cellright", parent=styles["cell"], alignment=TA_RIGHT)
    for number, doc in enumerate(documents):
        m = doc.record.meeting
        hs = doc.style
        state = f"Approved {hs.day(doc.approval.approved_on)}" if doc.approval else "Draft"
        items = sum(1 for e in doc.record.items if e.item.kind.value != "section")
        rows.append(
            [
                Paragraph(esc(hs.day(m.scheduled_start)), styles["cell"]),
                Paragraph(esc(f"{label(m.kind)}" + (f" — {m.title}" if m.title else "")), styles["cell"]),
                Paragraph(str(items), styles["cell"]),
                Paragraph(esc(state), styles["cell"]),
                FirstPage(f"m{number}", right),
            ]
        )
    # Fixed widths: the page numbers, filled in later, cannot change the layout.
    widths = [share * width for share in (0.21, 0.35, 0.08, 0.27, 0.09)]
    table = TaggedTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, (0.96, 0.96, 0.96)]),
            ]
        )
    )
    return table


class FirstPage(Flowable):  # type: ignore[misc]
    """A meeting's first page in the contents: a form named after the meeting, drawn right-aligned
    in `style` when that page begins (`fill`); the contents come first, the number later."""

    def __init__(self, key: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.key, self.style = key, style

    @property
    def form(self) -> str:
        return f"councildesk-first-page-{self.key}"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        self.canv.doForm(self.form)

    def fill(self, canvas: Canvas, page: int) -> None:
        """Define the form: the number, its baseline where a one-line paragraph in `style` has it."""
        canvas.saveState()
        canvas.beginForm(self.form)
        canvas.setFont(self.style.fontName, self.style.fontSize)
        canvas.drawRightString(self.width, self.height - self.style.fontSize, str(page))
        canvas.endForm()
        canvas.restoreState()


def _nest(parts: list[Flowable], key: str) -> list[Flowable]:
    """A meeting's outline entries go one level down, with keys that are unique in the volume.

    The story was built for this volume alone, so its bookmarks can be changed in place; some sit
    inside KeepTogether groups, hence the walk.
    """
    for part in parts:
        if isinstance(part, Bookmark):
            part.key, part.level = f"{key}-{part.key}", part.level + 1
        inner = getattr(part, "_content", None)
        if isinstance(inner, list):
            _nest(inner, key)
    return parts


def _build(
    story: list[Flowable],
    frames: dict[str, PageFrame],
    volume: MinutesVolume,
    *,
    invariant: bool,
) -> bytes:
    """Lay out the volume once; each meeting's first page fills in its number in the contents."""
    title = _title(volume)
    buffer = io.BytesIO()
    paper = volume.settings.paper
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZES[paper],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=volume.body_name,
        subject=f"Official minutes, {volume.year} ({len(volume.documents)} meetings)",
        keywords=f"minutes, {volume.body_name}, {volume.year}",
        creator="CouncilDesk",
        lang="en-US",
        invariant=1 if invariant else 0,
        displayDocTitle=1,
        initialFontName=FONT,
    )
    width, height = PAGE_SIZES[paper]
    first_page: dict[str, int] = {}
    numbers = {f.key: f for f in _first_page_cells(story)}

    def on_page(canvas: Canvas, d: Any) -> None:
        key = d.pageTemplate.id
        if d.page == 1:
            canvas.showOutline()
        start = first_page.setdefault(key, d.page)
        if start == d.page and key in numbers:
            numbers[key].fill(canvas, d.page)
        # Each meeting opens with its own letterhead, so its first page has no running header.
        _draw_page(canvas, d, frames[key], header=d.page > start)

    doc.addPageTemplates(
        [
            PageTemplate(
                id=key,
                frames=[
                    TaggedFrame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id=f"{key}-body")
                ],
                onPage=on_page,
            )
            for key in frames
        ]
    )
    return build_tagged(doc, story, title, volume.body_name, f"Official minutes, {volume.year}", "en-US")


def _first_page_cells(story: list[Flowable]) -> list[FirstPage]:
    """The contents' page-number cells (the contents table is in the story's head)."""
    return [
        cell
        for table in story
        if isinstance(table, Table)
        for row in table._cellvalues
        for cell in row
        if isinstance(cell, FirstPage)
    ]
