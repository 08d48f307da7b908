"""A meeting's agenda as PDF, posted before the meeting, in the same frame as the minutes."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Spacer

from councildesk.domain.enums import AgendaItemKind, label
from councildesk.domain.minutes_language import LANG_TAGS
from councildesk.reports.minutes_words import Words
from councildesk.reports.page_template import (
    Bookmark,
    NextPagesFrame,
    PageFrame,
    PdfMeta,
    build_pdf,
    collector_paused,
    esc,
    letterhead,
    make_styles,
    rename_bookmarks,
)
from councildesk.reports.quick_paragraph import paragraph
from councildesk.reports.tagging import tag
from councildesk.services.minutes_document import AgendaDocument

__all__ = ["AgendaDocument", "agenda_pdf"]


@collector_paused()  # the story too (see page_template)
def agenda_pdf(doc: AgendaDocument, *, invariant: bool = False) -> bytes:
    """The agenda as PDF bytes, in the body's minutes language (a bilingual body's: one edition after
    the other, as its minutes print)."""
    st = make_styles()
    editions = doc.style.language.editions
    story, frame, meta = _agenda_parts(doc, st, editions[0])
    for lang in editions[1:]:
        more, its_frame, _meta = _agenda_parts(doc, st, lang)
        story += [NextPagesFrame(its_frame), PageBreak(), *rename_bookmarks(more, lang)]
    return build_pdf(story, frame, meta, invariant=invariant)


def _agenda_parts(
    doc: AgendaDocument, st: dict[str, ParagraphStyle], lang: str
) -> tuple[list[Flowable], PageFrame, PdfMeta]:
    m = doc.record.meeting
    style = doc.style.edition(lang)
    w = Words(lang)
    kind = label(m.kind) if lang == "en" else w.label(m.kind)
    day = style.day(m.scheduled_start)
    frame = PageFrame(
        municipality=doc.municipality,
        body_name=m.body_name,
        running_title=w("Agenda · {day}", day=style.long_day(m.scheduled_start)),
        footer_lines=(w("Agenda of the {kind} meeting of {day}.", kind=kind.lower(), day=day),),
        paper=doc.settings.paper,
        lang=lang,
    )
    story: list[Flowable] = letterhead(
        frame, doc.settings.logo_path, st, w("Agenda — {kind} Meeting", kind=kind)
    )
    story.append(
        paragraph(f"{esc(style.long_day(m.scheduled_start))} · {style.time(m.scheduled_start)}", st["centre"])
    )
    story.append(
        paragraph(esc(m.location) if m.location else w("<i>Place to be announced</i>"), st["centre"])
    )
    if m.title:
        story.append(paragraph(esc(m.title), st["centre"]))
    story.append(Spacer(1, 12))
    if not doc.record.items:
        story.append(paragraph(w("No items have been placed on this agenda yet."), st["body"]))
    by_depth: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}  # an item's heading and text styles
    for entry in doc.record.items:
        item = entry.item
        number = f"{item.number}. " if item.number else ""
        if item.depth not in by_depth:
            left = 14 * item.depth
            by_depth[item.depth] = (
                ParagraphStyle("a", parent=st["h2"] if item.depth else st["h1"], leftIndent=left),
                ParagraphStyle("ab", parent=st["body"], leftIndent=left + 14),
            )
        heading, body = by_depth[item.depth]
        story.append(Bookmark(f"item-{item.id}", f"{number}{item.title}"[:200], item.depth))
        story.append(tag(paragraph(esc(number) + esc(item.title), heading), f"H{min(2 + item.depth, 6)}"))
        if item.consent:
            story.append(paragraph(w("<i>Consent agenda</i>"), body))
        if entry.matter:
            mt = entry.matter
            # The heading's colon as the language writes it ("Résolution R-11-034 :").
            what = w("<b>{heading}:</b>", heading=f"{esc(w.label(mt.kind))} {esc(mt.identifier)}")
            story.append(paragraph(f"{what} {esc(mt.title)}", body))
            sponsors = "; ".join(
                esc(s.name)
                + (
                    ""
                    if s.is_member
                    else (f", {esc(s.title)}" if s.title else "") + " " + w("(not a member)")
                )
                for s in mt.sponsors
            )
            if sponsors:
                story.append(paragraph(w("<b>Sponsors:</b> {names}.", names=sponsors), body))
        if item.body:
            story.append(paragraph(esc(item.body), body))
        if item.kind is AgendaItemKind.PUBLIC_COMMENT:
            story.append(paragraph(w("<i>Members of the public may address the body.</i>"), body))
    story.append(Spacer(1, 18))
    story.append(
        paragraph(
            w(
                "Items may not be taken up in the order listed. This agenda lists the topics the chair "
                "reasonably anticipates will be discussed at the meeting."
            ),
            st["small"],
        )
    )
    meta = PdfMeta(
        title=w("Agenda — {body}, {kind} meeting of {day}", body=m.body_name, kind=kind.lower(), day=day),
        author=m.recording_name or m.body_name,
        subject=w("Meeting agenda"),
        keywords=f"{w('agenda')}, {m.body_name}, {m.scheduled_start:%Y-%m-%d}",
        lang=LANG_TAGS[lang],
    )
    return story, frame, meta
