"""A year's minutes bound as one PDF: a contents page, then each meeting's minutes on its own pages."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.units import inch
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
    day_text,
    esc,
    make_styles,
)
from councildesk.reports.tagging import TaggedFrame, TaggedTable
from councildesk.services.minutes_document import MinutesDocument, MinutesVolume


def minutes_volume_pdf(volume: MinutesVolume, *, invariant: bool = False) -> bytes:
    """One PDF: contents, then every meeting's minutes exactly as `minutes_pdf` prints them.

    Each meeting keeps its own letterhead, DRAFT watermark or approval fingerprint on its pages;
    page numbers run through the volume; the outline has one entry per meeting with its items below.
    """
    styles = make_styles()
    paper = volume.settings.paper
    title = f"Minutes of the {volume.body_name}, {volume.year}"
    cover = PageFrame(
        municipality=volume.municipality,
        body_name=volume.body_name,
        running_title=f"Minutes {volume.year}",
        footer_lines=(f"{len(volume.documents)} meetings; each keeps its own approval state.",),
        paper=paper,
    )
    frames: dict[str, PageFrame] = {"cover": cover}
    story: list[Flowable] = [
        Bookmark("contents", "Contents", 0),
        Paragraph(esc(volume.municipality), styles["municipality"]),
        Paragraph(esc(volume.body_name), styles["bodyname"]),
        Paragraph(esc(f"Minutes {volume.year}"), styles["doctitle"]),
        Spacer(1, 14),
        _contents(volume.documents, styles),
    ]
    for number, doc in enumerate(volume.documents):
        parts, frame, _meta = minutes_parts(doc, styles)
        key = f"m{number}"
        frames[key] = frame
        m = doc.record.meeting
        story += [
            NextPageTemplate(key),
            PageBreak(),
            Bookmark(f"{key}-start", f"{day_text(m.scheduled_start)} — {label(m.kind)} meeting", 0),
        ]
        story += _nest(parts, key)
    return _build(story, frames, volume, title, invariant=invariant)


def _contents(documents: tuple[MinutesDocument, ...], styles: dict[str, Any]) -> Table:
    rows: list[list[Any]] = [
        [Paragraph(text, styles["cellhead"]) for text in ("Date", "Meeting", "Items", "Minutes")]
    ]
    for doc in documents:
        m = doc.record.meeting
        state = f"Approved {day_text(doc.approval.approved_on)}" if doc.approval else "Draft"
        items = sum(1 for e in doc.record.items if e.item.kind.value != "section")
        rows.append(
            [
                Paragraph(esc(day_text(m.scheduled_start)), styles["cell"]),
                Paragraph(esc(f"{label(m.kind)}" + (f" — {m.title}" if m.title else "")), styles["cell"]),
                Paragraph(str(items), styles["cell"]),
                Paragraph(esc(state), styles["cell"]),
            ]
        )
    table = TaggedTable(rows, colWidths=[1.5 * inch, 3.0 * inch, 0.6 * inch, 1.5 * inch], repeatRows=1)
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
    story: list[Flowable], frames: dict[str, PageFrame], volume: MinutesVolume, title: str, *, invariant: bool
) -> bytes:
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
