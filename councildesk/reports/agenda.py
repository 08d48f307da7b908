"""A meeting's agenda as PDF, posted before the meeting, in the same frame as the minutes."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from councildesk.domain.enums import AgendaItemKind, label
from councildesk.reports.page_template import (
    Bookmark,
    PageFrame,
    PdfMeta,
    build_pdf,
    esc,
    letterhead,
    make_styles,
)
from councildesk.reports.tagging import tag
from councildesk.services.minutes_document import AgendaDocument

__all__ = ["AgendaDocument", "agenda_pdf"]


def agenda_pdf(doc: AgendaDocument, *, invariant: bool = False) -> bytes:
    st = make_styles()
    m = doc.record.meeting
    style = doc.style
    kind = label(m.kind)
    frame = PageFrame(
        municipality=doc.municipality,
        body_name=m.body_name,
        running_title=f"Agenda · {style.long_day(m.scheduled_start)}",
        footer_lines=(f"Agenda of the {kind.lower()} meeting of {style.day(m.scheduled_start)}.",),
        paper=doc.settings.paper,
    )
    story: list[Flowable] = letterhead(frame, doc.settings.logo_path, st, f"Agenda — {kind} Meeting")
    story.append(
        Paragraph(f"{esc(style.long_day(m.scheduled_start))} · {style.time(m.scheduled_start)}", st["centre"])
    )
    story.append(Paragraph(esc(m.location) if m.location else "<i>Place to be announced</i>", st["centre"]))
    if m.title:
        story.append(Paragraph(esc(m.title), st["centre"]))
    story.append(Spacer(1, 12))
    if not doc.record.items:
        story.append(Paragraph("No items have been placed on this agenda yet.", st["body"]))
    for entry in doc.record.items:
        item = entry.item
        left = 14 * item.depth
        number = f"{item.number}. " if item.number else ""
        heading = ParagraphStyle("a", parent=st["h2"] if item.depth else st["h1"], leftIndent=left)
        body = ParagraphStyle("ab", parent=st["body"], leftIndent=left + 14)
        story.append(Bookmark(f"item-{item.id}", f"{number}{item.title}"[:200], item.depth))
        story.append(tag(Paragraph(esc(number) + esc(item.title), heading), f"H{min(2 + item.depth, 6)}"))
        if item.consent:
            story.append(Paragraph("<i>Consent agenda</i>", body))
        if entry.matter:
            mt = entry.matter
            story.append(
                Paragraph(f"<b>{esc(label(mt.kind))} {esc(mt.identifier)}:</b> {esc(mt.title)}", body)
            )
            sponsors = "; ".join(
                esc(s.name)
                + ("" if s.is_member else (f", {esc(s.title)}" if s.title else "") + " (not a member)")
                for s in mt.sponsors
            )
            if sponsors:
                story.append(Paragraph(f"<b>Sponsors:</b> {sponsors}.", body))
        if item.body:
            story.append(Paragraph(esc(item.body), body))
        if item.kind is AgendaItemKind.PUBLIC_COMMENT:
            story.append(Paragraph("<i>Members of the public may address the body.</i>", body))
    story.append(Spacer(1, 18))
    story.append(
        Paragraph(
            "Items may not be taken up in the order listed. This agenda lists the topics the chair "
            "reasonably anticipates will be discussed at the meeting.",
            st["small"],
        )
    )
    meta = PdfMeta(
        title=f"Agenda — {m.body_name}, {kind.lower()} meeting of {style.day(m.scheduled_start)}",
        author=m.recording_name or m.body_name,
        subject="Meeting agenda",
        keywords=f"agenda, {m.body_name}, {m.scheduled_start:%Y-%m-%d}",
    )
    return build_pdf(story, frame, meta, invariant=invariant)
