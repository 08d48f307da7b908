"""A member's voting record as PDF: the filters used, the summary, dissents, recusals and every ballot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from councildesk.domain.enums import BallotOption, label
from councildesk.reports.page_template import (
    BOLD,
    FONT,
    Bookmark,
    PageFrame,
    PdfMeta,
    build_pdf,
    content_width,
    day_text,
    esc,
    make_styles,
)
from councildesk.reports.script_text import Paragraph
from councildesk.reports.tagging import TaggedTable
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
    return "—" if value is None else f"{value * 100:.1f}%"


def majority_text(row: RecordRow) -> str:
    side = row.with_majority
    return "" if side is None else ("with" if side else "against")


def record_pdf(
    summary: RecordSummary,
    rows: Sequence[RecordRow],
    filters: Sequence[tuple[str, str]],
    header: RecordReportHeader | None = None,
    *,
    invariant: bool = False,
) -> bytes:
    header = header or RecordReportHeader()
    # Printed text is bounded here, where the window and the command line both pass; the CSV
    # export and the record keep every character.
    summary, rows = for_report(summary, cells=True), [for_report(r, cells=True) for r in rows]
    styles = make_styles()
    width = content_width(header.paper)
    title = f"Voting record of {summary.person_name}"
    story: list[Flowable] = [Paragraph(esc(title), styles["doctitle"])]
    used = "; ".join(f"{k}: {v}" for k, v in filters) or "none (every recorded ballot)"
    story.append(Paragraph(f"<b>Filters:</b> {esc(used)}", styles["centre"]))
    story += [Bookmark("summary", "Summary", 0), Paragraph("Summary", styles["h1"])]
    story.append(_summary_table(summary, styles, width))
    story.append(
        Paragraph(
            "Only votes with named ballots count (roll calls and unanimous votes); voice votes and shows of "
            "hands record no names. “With the majority” compares a yes or no with the side that had more "
            "votes; abstentions, absences, recusals and ties count neither way.",
            styles["small"],
        )
    )
    if summary.dissents:
        story.append(Bookmark("dissents", "Dissents", 0))
        story.append(Paragraph(f"Dissents ({len(summary.dissents)})", styles["h1"]))
        for d in summary.dissents:
            story.append(
                Paragraph(
                    f"{esc(day_text(d.taken_on))} — {esc(d.item_title)}: voted <b>{esc(d.option.value)}</b> "
                    f"({d.yes}–{d.no}, {esc(d.result.value)})",
                    styles["bullet"],
                    bulletText="•",
                )
            )
    if summary.recusals:
        story.append(Bookmark("recusals", "Recusals", 0))
        story.append(Paragraph(f"Recusals ({len(summary.recusals)})", styles["h1"]))
        for r in summary.recusals:
            story.append(
                Paragraph(
                    f"{esc(day_text(r.taken_on))} — {esc(r.item_title)}: "
                    f"{esc(r.reason) or 'no reason recorded'}",
                    styles["bullet"],
                    bulletText="•",
                )
            )
    story.append(Bookmark("ballots", "Every ballot", 0))
    story.append(Paragraph(f"Every ballot ({len(rows)})", styles["h1"]))
    # One table per year under its own heading and outline entry, so a reader can jump to a year.
    for year, group in groupby(rows, key=lambda r: r.taken_on.year):
        of_year = list(group)
        story.append(Bookmark(f"year-{year}", str(year), 1))
        story.append(Paragraph(f"{year} ({len(of_year)} ballots)", styles["h2"]))
        story.append(_ballot_table(of_year, styles, width))
    made = header.made_at or datetime.now().replace(microsecond=0)
    frame = PageFrame(
        municipality=header.municipality,
        body_name=header.body_name,
        running_title=title,
        footer_lines=(
            f"Made with CouncilDesk on {day_text(made)} from the official records. Filters: {used}",
        ),
        paper=header.paper,
    )
    meta = PdfMeta(title=title, author="CouncilDesk", subject=f"{title}; filters: {used}")
    return build_pdf(story, frame, meta, invariant=invariant)


def _summary_table(s: RecordSummary, styles: dict, width: float) -> Table:  # type: ignore[type-arg]
    cell = styles["cell"]
    counts = ", ".join(f"{label(o)} {s.counts.get(o, 0)}" for o in BallotOption if s.counts.get(o, 0))
    attendance = (
        f"{s.meetings_present} of {s.meetings_seated} meetings ({percent(s.attendance_rate)})"
        if s.meetings_seated
        else "no meetings in range"
    )
    data = [
        ["Ballots", f"{s.ballots} ({counts or 'none'})"],
        ["Attendance", attendance],
        [
            "With the majority",
            f"{s.with_majority} of {s.decided} decided yes/no votes ({percent(s.majority_share)})",
        ],
        ["Dissents", str(len(s.dissents))],
        ["Recusals", str(len(s.recusals))],
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


def _ballot_table(rows: Sequence[RecordRow], styles: dict, width: float) -> Table:  # type: ignore[type-arg]
    cell, head = styles["cell"], styles["cellhead"]
    heads = ["Date", "Item", "Matter", "Motion", "Vote", "Result", "Side"]
    data: list[list[Paragraph]] = [[Paragraph(h, head) for h in heads]]
    for r in rows:
        vote = esc(r.option.value) + (f"<br/><i>{esc(r.note)}</i>" if r.note else "")
        data.append(
            [
                Paragraph(r.taken_on.isoformat(), cell),
                Paragraph(esc(f"{r.item_number} {r.item_title}".strip()), cell),
                Paragraph(esc(r.matter_identifier), cell),
                Paragraph(esc(r.motion_text), cell),
                Paragraph(vote, cell),
                Paragraph(f"{esc(r.result.value)} {r.yes}–{r.no}", cell),
                Paragraph(majority_text(r), cell),
            ]
        )
    fractions = [0.13, 0.22, 0.11, 0.21, 0.13, 0.1, 0.1]
    widths = [width * f for f in fractions]
    # An identifier ("ORD-25-001") or a date is never broken inside: its column grows to the
    # longest one, and the motion text (which wraps at spaces) gives up the room.
    for column, texts in (
        (0, [r.taken_on.isoformat() for r in rows]),
        (2, [r.matter_identifier for r in rows]),
    ):
        need = max((stringWidth(t, FONT, cell.fontSize) for t in texts), default=0) + 2 * CELL_PADDING + 1
        if need > widths[column]:
            widths[3] -= need - widths[column]
            widths[column] = need
    table = TaggedTable(data, colWidths=widths, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BACK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), STRIPE) for i in range(2, len(data), 2)]
    table.setStyle(TableStyle(style))
    return table
