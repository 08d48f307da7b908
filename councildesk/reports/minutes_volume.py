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
    Paragraph,
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
from councildesk.reports.tagging import TaggedFrame, TaggedTable
from councildesk.services.minutes_document import MinutesDocument, MinutesVolume


def minutes_volume_pdf(volume: MinutesVolume, *, invariant: bool = False) -> bytes:
    """One PDF: contents, then every meeting's minutes exactly as `minutes_pdf` prints them.

    Each meeting keeps its own letterhead, DRAFT watermark or approval fingerprint on its pages;
    page numbers run through the volume; the outline has one entry per meeting with its items below.
    The contents give each meeting's first page: a first build measures them (with room held for
    the numbers, so the layout cannot move) and the second prints them.
    """
    first_pages: dict[str, int] = {}
    _build(_story(volume, {}), _frames(volume), volume, invariant=invariant, first_pages=first_pages)
    measured = dict(first_pages)
    return _build(_story(volume, measured), _frames(volume), volume, invariant=invariant, first_pages={})


def _title(volume: MinutesVolume) -> str:
    return f"Minutes of the {volume.body_name}, {volume.year}"


def _frames(volume: MinutesVolume) -> dict[str, PageFrame]:
    """The page frame of the contents ("cover") and of each meeting ("m0", "m1", …)."""
    cover = PageFrame(
        municipality=volume.municipality,
        body_name=volume.body_name,
        running_title=f"Minutes {volume.year}",
        footer_lines=(f"{len(volume.documents)} meetings; each keeps its own approval state.",),
        paper=volume.settings.paper,
    )
    frames = {"cover": cover}
    styles = make_styles()
    for number, doc in enumerate(volume.documents):
        frames[f"m{number}"] = minutes_parts(doc, styles)[1]
    return frames


def _story(volume: MinutesVolume, first_pages: dict[str, int]) -> list[Flowable]:
    """The whole volume's story; `first_pages` (empty on the measuring build) numbers the contents."""
    styles = make_styles()
    story: list[Flowable] = [
        Bookmark("contents", "Contents", 0),
        Paragraph(esc(volume.municipality), styles["municipality"]),
        Paragraph(esc(volume.body_name), styles["bodyname"]),
        Paragraph(esc(f"Minutes {volume.year}"), styles["doctitle"]),
        Spacer(1, 14),
        _contents(volume.documents, styles, first_pages, content_width(volume.settings.paper)),
    ]
    for number, doc in enumerate(volume.documents):
        parts, _frame, _meta = minutes_parts(doc, styles)
        key = f"m{number}"
        m = doc.record.meeting
        story += [
            NextPageTemplate(key),
            PageBreak(),
            Bookmark(f"{key}-start", f"{doc.style.day(m.scheduled_start)} — {label(m.kind)} meeting", 0),
        ]
        story += _nest(parts, key)
    return story


def _contents(
    documents: tuple[MinutesDocument, ...], styles: dict[str, Any], first_pages: dict[str, int], width: float
) -> Table:
    rows: list[list[Any]] = [
        [Paragraph(text, styles["cellhead"]) for text in ("Date", "Meeting", "Items", "Minutes", "Page")]
    ]
    right = ParagraphStyle("cellright", parent=styles["cell"], alignment=TA_RIGHT)
    for number, doc in enumerate(documents):
        m = doc.record.meeting
        hs = doc.style
        state = f"Approved {hs.day(doc.approval.approved_on)}" if doc.approval else "Draft"
        items = sum(1 for e in doc.record.items if e.item.kind.value != "section")
        page = first_pages.get(f"m{number}")
        rows.append(
            [
                Paragraph(esc(hs.day(m.scheduled_start)), styles["cell"]),
                Paragraph(esc(f"{label(m.kind)}" + (f" — {m.title}" if m.title else "")), styles["cell"]),
                Paragraph(str(items), styles["cell"]),
                Paragraph(esc(state), styles["cell"]),
                Paragraph(str(page) if page else "", right),
            ]
        )
    # Fixed widths: the page numbers filled in by the second build cannot change the layout.
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
    first_pages: dict[str, int],
) -> bytes:
    """Lay out the volume; `first_pages` is filled with the page each template (meeting) starts on."""
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
    first_page = first_pages

    def on_page(canvas: Canvas, d: Any) -> None:
        key = d.pageTemplate.id
        if d.page == 1:
            canvas.showOutline()
        start = first_page.setdefault(key, d.page)
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
