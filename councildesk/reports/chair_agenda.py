"""The chair's agenda: each item with the sentences the chair reads, printed before the meeting."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from councildesk.domain.enums import label
from councildesk.reports.page_template import PageFrame, PdfMeta, build_pdf, esc, letterhead, make_styles
from councildesk.reports.script_text import Paragraph
from councildesk.services.dto import MeetingRecord


def chair_agenda_pdf(record: MeetingRecord, lines: dict[int, list[str]], *, invariant: bool = False) -> bytes:
    """`lines` holds each item's script by item id (services.chair_script.printed)."""
    st = make_styles()
    m = record.meeting
    day = f"{m.scheduled_start:%A, %d %B %Y}"
    frame = PageFrame(
        municipality=m.municipality,
        body_name=m.body_name,
        running_title=f"Chair's agenda · {day}",
        footer_lines=(
            f"Chair's agenda of the {label(m.kind).lower()} meeting of {day}. Not for the public record.",
        ),
    )
    story: list[Flowable] = letterhead(frame, "", st, f"Chair's agenda — {label(m.kind)} Meeting")
    story.append(Paragraph(esc(day), st["centre"]))
    story.append(Spacer(1, 12))
    said = ParagraphStyle("said", parent=st["body"], fontSize=11.5, leading=15, spaceAfter=5)
    for entry in record.items:
        item = entry.item
        number = f"{item.number}. " if item.number else ""
        heading = st["h2"] if item.depth else st["h1"]
        story.append(Paragraph(esc(number) + esc(item.title), heading))
        indent = ParagraphStyle("i", parent=said, leftIndent=14 + 14 * item.depth)
        for text in lines.get(item.id, []):
            story.append(Paragraph(esc(text), indent))
    meta = PdfMeta(
        title=f"Chair's agenda — {m.body_name}, {m.scheduled_start:%Y-%m-%d}",
        author=m.body_name,
        subject="Chair's agenda",
    )
    return build_pdf(story, frame, meta, invariant=invariant)
