"""A member's voting record as PDF: the filters used, the summary, dissents, recusals and every ballot."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from councildesk.domain.enums import BallotOption, label
from councildesk.domain.minutes_language import LANG_TAGS
from councildesk.reports.page_template import (
    BOLD,
    FONT,
    Bookmark,
    PageFrame,
    PdfMeta,
    build_pdf,
    content_width,
    esc,
    make_styles,
)
from councildesk.reports.quick_paragraph import paragraph
from councildesk.reports.record_words import COUNTING_NOTE, RecordWords
from councildesk.reports.row_table import Cell, RowLook, RowTable
from councildesk.reports.script_text import Paragraph
from councildesk.reports.tagging import TaggedTable
from councildesk.services.body_service import BodyService
from councildesk.services.minutes_document import PaperSize
from councildesk.services.report_text import for_report
from councildesk.services.voting_record_dto import RecordRow, RecordSummary

HEAD_BACK = colors.Color(0.9, 0.9, 0.9)
STRIPE = colors.Color(0.97, 0.97, 0.97)


@dataclass(frozen=True)
class RecordReportHeader:
    """Where the record comes from and when it was made (printed on every page)."""

    municipality: str = ""
    body_name: str = "Voting record"
    made_at: datetime | None = None
    paper: PaperSize = PaperSize.LETTER


CELL_PADDING = 6  # reportlab's default cell padding


def percent(value: float | None) -> str:
    return RecordWords().percent(value)


def majority_text(row: RecordRow, w: RecordWords | None = None) -> str:
    side = row.with_majority
    return "" if side is None else (w or RecordWords())("with" if side else "against")


def record_language(bodies: BodyService, body_id: int | None, fallback: str) -> str:
    """The language a member's voting record prints in: that of the body's records (the main one of
    a bilingual body) when it covers one body, or when every body of the file prints in the same
    language; `fallback` (the reader's) when the bodies differ."""
    ids = [body_id] if body_id is not None else [b.id for b in bodies.list_bodies()]
    languages = {bodies.house_style(i).lang for i in ids}
    return languages.pop() if len(languages) == 1 else fallback


def record_pdf(
    summary: RecordSummary,
    rows: Sequence[RecordRow],
    filters: Sequence[tuple[str, str]],
    header: RecordReportHeader | None = None,
    *,
    invariant: bool = False,
    lang: str = "en",
) -> bytes:
    """The report in `lang` ('en', 'es', 'fr'): headings, labels, dates; the filters' names when
    they are the report's own words (see record_words)."""
    with collector_paused():
        return _record_pdf(summary, rows, filters, header or RecordReportHeader(), invariant, lang)


def _record_pdf(
    summary: RecordSummary,
    rows: Sequence[RecordRow],
    filters: Sequence[tuple[str, str]],
    header: RecordReportHeader,
    invariant: bool,
    lang: str,
) -> bytes:
    w = RecordWords(lang)
    # Printed text is bounded here, where the window and the command line both pass; the CSV
    # export and the record keep every character.
    summary, rows = for_report(summary, cells=True), [for_report(r, cells=True) for r in rows]
    styles = make_styles()
    width = content_width(header.paper)
    title = w("Voting record of {name}", name=summary.person_name)
    story: list[Flowable] = [Paragraph(esc(title), styles["doctitle"])]
    used = "; ".join(_filter_text(k, v, w) for k, v in filters) or w("none (every recorded ballot)")
    story.append(Paragraph(w("<b>Filters:</b> {filters}", filters=esc(used)), styles["centre"]))
    story += [Bookmark("summary", w("Summary"), 0), Paragraph(w("Summary"), styles["h1"])]
    story.append(_summary_table(summary, styles, width, w))
    story.append(
        Paragraph(
            w(COUNTING_NOTE),
            styles["small"],
        )
    )
    if summary.dissents:
        story.append(Bookmark("dissents", w("Dissents"), 0))
        story.append(paragraph(w("Dissents ({n})", n=len(summary.dissents)), styles["h1"]))
        for d in summary.dissents:
            line = w(
                "{day} — {item}: voted <b>{option}</b> ({yes}–{no}, {result})",
                day=esc(w.day(d.taken_on)),
                item=esc(d.item_title),
                option=esc(w.label(d.option)),
                yes=d.yes,
                no=d.no,
                result=esc(w.label(d.result)),
            )
            story.append(paragraph(line, styles["bullet"], "•"))
    if summary.recusals:
        story.append(Bookmark("recusals", w("Recusals"), 0))
        story.append(paragraph(w("Recusals ({n})", n=len(summary.recusals)), styles["h1"]))
        for r in summary.recusals:
            line = w(
                "{day} — {item}: {reason}",
                day=esc(w.day(r.taken_on)),
                item=esc(r.item_title),
                reason=esc(r.reason) or w("no reason recorded"),
            )
            story.append(paragraph(line, styles["bullet"], "•"))
    story.append(Bookmark("ballots", w("Every ballot"), 0))
    story.append(paragraph(w("Every ballot ({n})", n=len(rows)), styles["h1"]))
    # One table per year under its own heading and outline entry, so a reader can jump to a year.
    for year, group in groupby(rows, key=lambda r: r.taken_on.year):
        of_year = list(group)
        story.append(Bookmark(f"year-{year}", str(year), 1))
        count = "{year} ({n} ballot)" if len(of_year) == 1 else "{year} ({n} ballots)"
        story.append(paragraph(w(count, year=year, n=len(of_year)), styles["h2"]))
        story.append(_ballot_table(of_year, styles, width, w))
    made = header.made_at or datetime.now().replace(microsecond=0)
    frame = PageFrame(
        municipality=header.municipality,
        body_name=w.known(header.body_name),
        running_title=title,
        footer_lines=(
            w(
                "Made with CouncilDesk on {day} from the official records. Filters: {filters}",
                day=w.day(made),
                filters=used,
            ),
        ),
        paper=header.paper,
        lang=lang,
    )
    meta = PdfMeta(
        title=title,
        author="CouncilDesk",
        subject=w("{title}; filters: {filters}", title=title, filters=used),
        lang=LANG_TAGS[lang],
    )
    return build_pdf(story, frame, meta, invariant=invariant)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a long record is laid out and drawn: the document holds
    hundreds of thousands of small objects until it is written, and the collector walked them again
    and again (a third of the time of a 7,000-ballot record). Cycles left are collected after."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _filter_text(name: str, value: str, w: RecordWords) -> str:
    """'From: 2011-01-01' (English, as it always printed), 'Du\u00a0: 1 janvier 2011', 'Desde: 1 de enero
    de 2011': a filter's name and value in the report's words where they are its own."""
    if w.lang == "en":
        return f"{name}: {value}"
    if name in ("From", "To"):
        with suppress(ValueError):
            value = w.day(date.fromisoformat(value))
    elif name == "Published minutes":
        value = w.known(value)
    colon = "\u00a0: " if w.lang == "fr" else ": "  # French sets a no-break space before a colon
    return f"{w.known(name)}{colon}{value}"


def _summary_table(s: RecordSummary, styles: dict, width: float, w: RecordWords) -> Table:  # type: ignore[type-arg]
    cell = styles["cell"]
    named = label if w.lang == "en" else w.words.label  # English: 'Yes 12', as it always printed
    counts = ", ".join(f"{named(o)} {s.counts.get(o, 0)}" for o in BallotOption if s.counts.get(o, 0))
    attendance = (
        w(
            "{present} of {seated} meetings ({share})",
            present=s.meetings_present,
            seated=s.meetings_seated,
            share=w.percent(s.attendance_rate),
        )
        if s.meetings_seated
        else w("no meetings in range")
    )
    majority = w(
        "{agreed} of {decided} decided yes/no votes ({share})",
        agreed=s.with_majority,
        decided=s.decided,
        share=w.percent(s.majority_share),
    )
    data = [
        [w("Ballots"), f"{s.ballots} ({counts or w('none')})"],
        [w("Attendance"), attendance],
        [w("With the majority"), majority],
        [w("Dissents"), str(len(s.dissents))],
        [w("Recusals"), str(len(s.recusals))],
    ]
    table = TaggedTable(
        [[Paragraph(esc(k), styles["cellhead"]), Paragraph(esc(v), cell)] for k, v in data],
        colWidths=[width * 0.25, width * 0.75],
        header_rows=0,
        header_cols=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("BACKGROUND", (0, 0), (0, -1), HEAD_BACK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _ballot_table(rows: Sequence[RecordRow], styles: dict, width: float, w: RecordWords) -> RowTable:  # type: ignore[type-arg]
    cell = styles["cell"]
    heads = ["Date", "Item", "Matter", "Motion", "Vote", "Result", "Side"]
    data: list[list[Cell]] = [
        [
            r.taken_on.isoformat(),
            f"{r.item_number} {r.item_title}".strip(),
            r.matter_identifier,
            r.motion_text,
            ((w.label(r.option), ""), (r.note, "i")) if r.note else w.label(r.option),
            f"{w.label(r.result)} {r.yes}–{r.no}",
            majority_text(r, w),
        ]
        for r in rows
    ]
    fractions = [0.13, 0.22, 0.11, 0.21, 0.13, 0.1, 0.1]
    widths = [width * f for f in fractions]
    # An identifier ("ORD-25-001") or a date is never broken inside: its column grows to the
    # longest one, and the motion text (which wraps at spaces) gives up the room.
    # Nor is a word of the vote, result and side columns, nor of the headings (Spanish "rechazada",
    # French "Majorité" are longer than the English).
    for column, texts in (
        (0, [r.taken_on.isoformat() for r in rows]),
        (2, [r.matter_identifier for r in rows]),
        (4, [w.label(r.option) for r in rows]),
        (5, [w.label(r.result) for r in rows]),
        (6, [majority_text(r, w) for r in rows]),
    ):
        # Each different word measured once: a long record repeats its dates, votes and results.
        words = {(word, FONT) for t in set(texts) for word in t.split()} | {
            (word, BOLD) for word in w(heads[column]).split()
        }
        need = max(stringWidth(t, font, cell.fontSize) for t, font in words) + 2 * CELL_PADDING + 1
        if need > widths[column]:
            widths[3] -= need - widths[column]
            widths[column] = need
    look = RowLook(cell=cell, head=styles["cellhead"], head_back=HEAD_BACK, stripe=STRIPE, rule=colors.grey)
    return RowTable([w(h) for h in heads], data, widths, look)
