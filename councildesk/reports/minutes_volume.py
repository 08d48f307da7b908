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
from councildesk.domain.minutes_language import LANG_TAGS, LANGUAGE_NAMES
from councildesk.reports.minutes import minutes_parts
from councildesk.reports.minutes_words import Words
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
from councildesk.reports.tagging import EditionStart, TaggedFrame, TaggedTable
from councildesk.services.minutes_document import MinutesVolume


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


def _editions(volume: MinutesVolume) -> tuple[str, ...]:
    """The languages the body's minutes print in (a volume binds one body's meetings)."""
    return volume.documents[0].style.language.editions if volume.documents else ("en",)


def _said(volume: MinutesVolume, text: str, /, **values: str | int) -> str:
    """One of the volume's own phrases in the body's minutes language; a bilingual body's in both,
    "Contents / Table des matières", as its bilingual covers and tables are headed."""
    return " / ".join(_in_each(volume, text, **values))


def _in_each(volume: MinutesVolume, text: str, /, **values: str | int) -> list[str]:
    said = [Words(lang)(text, **values) for lang in _editions(volume)]
    return list(dict.fromkeys(said))  # "Date / Date" said once


def _title(volume: MinutesVolume) -> str:
    return Words(_editions(volume)[0])(
        "Minutes of the {body}, {year}", body=volume.body_name, year=volume.year
    )


def _frames(volume: MinutesVolume) -> dict[str, PageFrame]:
    """The page frame of the contents ("cover"); `_story` adds each meeting's ("m0", "m1", …)."""
    cover = PageFrame(
        municipality=volume.municipality,
        body_name=volume.body_name,
        running_title=_said(volume, "Minutes {year}", year=volume.year),
        # In the first language only: both would not fit the footer's one line.
        footer_lines=(
            Words(_editions(volume)[0])(
                "{count} meetings; each keeps its own approval state.", count=len(volume.documents)
            ),
        ),
        paper=volume.settings.paper,
        lang=_editions(volume)[0],
    )
    return {"cover": cover}


def _story(volume: MinutesVolume, frames: dict[str, PageFrame]) -> list[Flowable]:
    """The whole volume's story, each meeting's parts made once; its page frame goes into `frames`.

    A bilingual body's volume binds what its minutes print: each meeting in its first language, then
    in its second, each edition on its own pages and tagged in its language, both under the meeting's
    outline entry."""
    styles = make_styles()
    editions = _editions(volume)
    story: list[Flowable] = [
        Bookmark("contents", _said(volume, "Contents"), 0),
        Paragraph(esc(volume.municipality), styles["municipality"]),
        Paragraph(esc(volume.body_name), styles["bodyname"]),
        Paragraph(esc(_said(volume, "Minutes {year}", year=volume.year)), styles["doctitle"]),
        Spacer(1, 14),
        _contents(volume, styles, content_width(volume.settings.paper)),
    ]
    if len(editions) > 1:
        story.insert(0, EditionStart(LANG_TAGS[editions[0]]))  # the cover, in the first language
    for number, doc in enumerate(volume.documents):
        m = doc.record.meeting
        for lang in editions:
            first = lang == editions[0]
            key = f"m{number}" if first else f"m{number}-{lang}"  # the contents point at "m0"
            parts, frames[key], _meta = minutes_parts(doc, styles, lang=lang)
            story += [NextPageTemplate(key), PageBreak()]
            if len(editions) > 1:
                story.append(EditionStart(LANG_TAGS[lang]))
            if first:
                w = Words(lang)
                kind = label(m.kind) if lang == "en" else w.label(m.kind)
                day = doc.style.edition(lang).day(m.scheduled_start)
                story.append(Bookmark(f"{key}-start", w("{day} — {kind} meeting", day=day, kind=kind), 0))
            if len(editions) > 1:  # under the meeting, one entry per edition, named in its language
                story.append(Bookmark(f"{key}-edition", LANGUAGE_NAMES[lang], 1))
            story += _nest(parts, key, depth=len(editions))
    return story


def _contents(volume: MinutesVolume, styles: dict[str, Any], width: float) -> Table:
    head = ("Date", "Meeting", "Items", "Minutes", "Page")
    # A bilingual heading on two lines: the narrow columns have no room for both on one.
    cells = ["<br/>".join(esc(said) for said in _in_each(volume, text)) for text in head]
    rows: list[list[Any]] = [[Paragraph(cell, styles["cellhead"]) for cell in cells]]
    right = ParagraphStyle("cellright", parent=styles["cell"], alignment=TA_RIGHT)
    for number, doc in enumerate(volume.documents):
        m = doc.record.meeting
        hs = doc.style
        w = Words(hs.lang)
        approved = doc.approval
        state = w("Approved {day}", day=hs.day(approved.approved_on)) if approved else w("Draft")
        kind = label(m.kind) if w.lang == "en" else w("{kind} meeting", kind=w.label(m.kind))
        items = sum(1 for e in doc.record.items if e.item.kind.value != "section")
        rows.append(
            [
                Paragraph(esc(hs.day(m.scheduled_start)), styles["cell"]),
                Paragraph(esc(kind + (f" — {m.title}" if m.title else "")), styles["cell"]),
                Paragraph(str(items), styles["cell"]),
                Paragraph(esc(state), styles["cell"]),
                FirstPage(f"m{number}", right),
            ]
        )
    # Fixed widths: the page numbers, filled in later, cannot change the layout.
    widths = [share * width for share in (0.22, 0.3, 0.1, 0.26, 0.12)]  # room for "Páginas", "Points"
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


def _nest(parts: list[Flowable], key: str, depth: int = 1) -> list[Flowable]:
    """A meeting's outline entries go `depth` levels down (two under a bilingual body's edition
    entries), with keys that are unique in the volume.

    The story was built for this volume alone, so its bookmarks can be changed in place; some sit
    inside KeepTogether groups, hence the walk.
    """
    for part in parts:
        if isinstance(part, Bookmark):
            part.key, part.level = f"{key}-{part.key}", part.level + depth
        inner = getattr(part, "_content", None)
        if isinstance(inner, list):
            _nest(inner, key, depth)
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
    w = Words(_editions(volume)[0])
    lang = LANG_TAGS[w.lang]  # the document's language: the first; a second edition is tagged its own
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
        subject=w(
            "Official minutes, {year} ({count} meetings)", year=volume.year, count=len(volume.documents)
        ),
        keywords=f"{w('minutes')}, {volume.body_name}, {volume.year}",
        creator="CouncilDesk",
        lang=lang,
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
    subject = w("Official minutes, {year}", year=volume.year)
    return build_tagged(doc, story, title, volume.body_name, subject, lang)


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
