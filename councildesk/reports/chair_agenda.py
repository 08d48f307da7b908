"""The chair's agenda: each item with the sentences the chair reads, printed before the meeting."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from councildesk.domain.enums import label
from councildesk.domain.house_style import DEFAULT_STYLE, HouseStyle
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.domain.minutes_language import LANG_TAGS
from councildesk.reports.minutes_words import Words
from councildesk.reports.page_template import PageFrame, PdfMeta, build_pdf, esc, letterhead, make_styles
from councildesk.reports.script_text import Paragraph
from councildesk.services.chair_script import in_language
from councildesk.services.dto import MeetingRecord

# The page's own words, in the language the chair reads (the body's minutes language, the first of
# a bilingual body's: the chair reads one script aloud, not two).
RUNNING_TITLE = QT_TRANSLATE_NOOP("chair_agenda", "Chair's agenda · {day}")
FOOTER = QT_TRANSLATE_NOOP(
    "chair_agenda", "Chair's agenda of the {kind} meeting of {day}. Not for the public record."
)
TITLE = QT_TRANSLATE_NOOP("chair_agenda", "Chair's agenda — {kind} Meeting")
SUBJECT = QT_TRANSLATE_NOOP("chair_agenda", "Chair's agenda")
META_TITLE = QT_TRANSLATE_NOOP("chair_agenda", "Chair's agenda — {body}, {date}")


def chair_agenda_pdf(
    record: MeetingRecord,
    lines: dict[int, list[str]],
    style: HouseStyle = DEFAULT_STYLE,
    *,
    opening: str = "",
    closing: str = "",
    invariant: bool = False,
) -> bytes:
    """`lines` holds each item's script by item id (services.chair_script.printed), written in
    `style.lang`, `opening` and `closing` what the chair says before the first item and after the
    last; the headings, dates and times print in that language too."""
    lang = style.lang
    st = make_styles()
    m = record.meeting
    if lang == "en":
        day = f"{m.scheduled_start:%A, %d %B %Y}"
        kind, title_kind = label(m.kind).lower(), label(m.kind)
    else:
        day = style.long_day(m.scheduled_start)
        kind = title_kind = Words(lang).label(m.kind)
    frame = PageFrame(
        municipality=m.municipality,
        body_name=m.body_name,
        running_title=in_language(RUNNING_TITLE, lang, day=day),
        footer_lines=(in_language(FOOTER, lang, kind=kind, day=day),),
        lang=lang,
    )
    story: list[Flowable] = letterhead(frame, "", st, in_language(TITLE, lang, kind=title_kind))
    story.append(Paragraph(esc(f"{day} · {style.time(m.scheduled_start)}"), st["centre"]))
    story.append(Spacer(1, 12))
    said = ParagraphStyle("said", parent=st["body"], fontSize=11.5, leading=15, spaceAfter=5)
    if opening:
        story.append(Paragraph(esc(opening), said))
    for entry in record.items:
        item = entry.item
        number = f"{item.number}. " if item.number else ""
        heading = st["h2"] if item.depth else st["h1"]
        story.append(Paragraph(esc(number) + esc(item.title), heading))
        indent = ParagraphStyle("i", parent=said, leftIndent=14 + 14 * item.depth)
        for text in lines.get(item.id, []):
            story.append(Paragraph(esc(text), indent))
    if closing:
        story.append(Spacer(1, 6))
        story.append(Paragraph(esc(closing), said))
    meta = PdfMeta(
        title=in_language(META_TITLE, lang, body=m.body_name, date=f"{m.scheduled_start:%Y-%m-%d}"),
        author=m.body_name,
        subject=in_language(SUBJECT, lang),
        lang=LANG_TAGS[lang],
    )
    return build_pdf(story, frame, meta, invariant=invariant)
