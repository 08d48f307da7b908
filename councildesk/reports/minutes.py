"""Official minutes as PDF: every item of the DESIGN.md §4 checklist, from a MinutesDocument."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import datetime
from functools import lru_cache
from operator import attrgetter
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, TableStyle

from councildesk.domain.enum_labels import threshold_in
from councildesk.domain.enums import (
    AgendaItemKind,
    AttendanceStatus,
    BallotOption,
    MotionDisposition,
    MotionKind,
    SpeakerKind,
    VoteMethod,
    VoteResult,
    label,
)
from councildesk.domain.house_style import DEFAULT_STYLE, HouseStyle, VoteSentenceStyle
from councildesk.domain.minutes_language import LANG_TAGS
from councildesk.domain.rules import Tally, declared_result_message, describe_tally
from councildesk.message_catalogue import translator
from councildesk.reports.minutes_words import ADOPTED_TEXT, ENGLISH, Words
from councildesk.reports.page_template import (
    BOLD,
    FONT,
    Bookmark,
    NextPagesFrame,
    PageFrame,
    PdfMeta,
    build_pdf,
    collector_paused,
    content_width,
    esc,
    letterhead,
    make_styles,
    rename_bookmarks,
    smallest_content_height,
)
from councildesk.reports.quick_paragraph import paragraph
from councildesk.reports.script_text import Paragraph, marker, needs_script_pass, unprintable
from councildesk.reports.signature_space import SignatureRoom, SignatureSpace
from councildesk.reports.tagging import EditionStart, TaggedTable, tag
from councildesk.services.dto import (
    AttendanceDTO,
    CorrectionDTO,
    ItemRecord,
    MatterDTO,
    MeetingRecord,
    MotionDTO,
    SpeakerDTO,
    SponsorDTO,
    VoteDTO,
)
from councildesk.services.minutes_document import (
    ApprovalStatement,
    MinutesDocument,
    MinutesSettings,
    missing_texts_of,
)

__all__ = ["MinutesDocument", "approval_sentence", "minutes_parts", "minutes_pdf"]

OPTION_WORDS = {
    BallotOption.YES: "Yes",
    BallotOption.NO: "No",
    BallotOption.ABSTAIN: "Abstain",
    BallotOption.ABSENT: "Absent",
    BallotOption.EXCUSED: "Excused",
    BallotOption.RECUSED: "Recused",
    BallotOption.PRESENT: "Present, not voting",
    BallotOption.OTHER: "Other",
}
METHOD_WORDS = {
    VoteMethod.VOICE: "voice vote",
    VoteMethod.UNANIMOUS_CONSENT: "unanimous consent",
    VoteMethod.ROLL_CALL: "roll call",
    VoteMethod.SHOW_OF_HANDS: "show of hands",
}
ADOPTED = {MotionDisposition.ADOPTED, MotionDisposition.ADOPTED_AS_AMENDED}
Styles = dict[str, ParagraphStyle]
CELL_FONT_SIZE, CELL_PADDING = 8.5, 6  # reportlab's default cell padding
MAX_UNSPLIT_ROLL_CALL = 20


def _derived(st: Styles, parent: str, **changes: Any) -> ParagraphStyle:
    """`st[parent]` with `changes`, made once per set of styles: items and motions reuse a few indents."""
    key = _derived_name(parent, tuple(changes.items()))
    style = st.get(key)
    if style is None:
        style = st[key] = ParagraphStyle(key, parent=st[parent], **changes)
    return style


@lru_cache(maxsize=1024)
def _derived_name(parent: str, changes: tuple[tuple[str, Any], ...]) -> str:
    """'body|leftIndent=12': the name of a derived style, made once for the thousands of paragraphs."""
    return f"{parent}|" + "|".join(f"{k}={v}" for k, v in sorted(changes))


@collector_paused()  # the story too: a few thousand paragraphs, styles and fragments
def minutes_pdf(
    doc: MinutesDocument, *, invariant: bool = False, signature_room: SignatureRoom | None = None
) -> bytes:
    """The minutes as PDF bytes; `invariant` gives byte-identical output for the same input.

    With `signature_room`, space for a visible digital signature is kept with the signature
    lines, and the room records where it landed."""
    styles = make_styles()
    editions = doc.style.language.editions
    story, frame, meta = minutes_parts(doc, styles, signature_room=signature_room, lang=editions[0])
    # A bilingual body prints one complete edition after the other (each page in one language, each
    # edition with its own bookmarks and signature block), not side by side: half-width columns would
    # break roll-call tables and could not keep a motion beside its translation across pages.
    if len(editions) > 1:
        story.insert(0, EditionStart(LANG_TAGS[editions[0]]))  # each edition tagged in its language
    for lang in editions[1:]:
        more, its_frame, _meta = minutes_parts(doc, styles, signature_room=None, lang=lang)
        story += [NextPagesFrame(its_frame), PageBreak(), EditionStart(LANG_TAGS[lang])]
        story += rename_bookmarks(more, lang)
    return build_pdf(story, frame, meta, invariant=invariant)


def minutes_parts(
    doc: MinutesDocument,
    styles: Styles,
    *,
    signature_room: SignatureRoom | None = None,
    lang: str | None = None,
) -> tuple[list[Flowable], PageFrame, PdfMeta]:
    """The story, page frame and PDF metadata of one meeting's minutes (a volume binds several), in
    `lang` (default: the body's first minutes language)."""
    if lang is not None and lang != doc.style.lang:
        doc = replace(doc, style=doc.style.edition(lang))
    record = doc.record
    m = record.meeting
    hs = doc.style
    w = Words(hs.lang)
    kind = label(m.kind) if w.lang == "en" else w.label(m.kind)
    title = w.title(m.kind)
    if doc.approval:
        a = doc.approval
        footer: tuple[str, ...] = (
            approval_sentence(doc.approval, where=False, style=hs),
            w("Content fingerprint (SHA-256): {sha}", sha=a.sha256),
            # Its first 16 digits on every page; the approval block prints the head whole.
            *(
                [w("Record chain head when printed: {head}", head=a.chain_head[:16] + "…")]
                if a.chain_head
                else []
            ),
        )
    else:
        footer = (w("DRAFT — not approved. This draft may change before the body approves it."),)
    frame = PageFrame(
        municipality=doc.municipality,
        body_name=m.body_name,
        running_title=w("Minutes · {day}", day=hs.long_day(m.scheduled_start)),
        footer_lines=footer,
        watermark="" if doc.approval else w("DRAFT"),
        paper=doc.settings.paper,
        lang=w.lang,
    )
    story: list[Flowable] = letterhead(frame, doc.settings.logo_path, styles, title)
    story += _heading_block(doc, styles)
    story += _attendance(doc, styles)
    story += _previous_minutes(doc, styles)
    story += _agenda(doc, styles)
    story += _consent_adoptions(doc, styles)
    story += _notices(record, styles, w)
    story += _documents(record, styles, w)
    # The adjournment, the signatures and the approval statement on one page: none is left alone.
    close = [*_adjournment(doc, styles), Spacer(1, 14)]
    signing = [SignatureSpace(signature_room)] if signature_room is not None else []
    story.append(_Together(close + _signatures(doc, styles) + _approval_block(doc, styles) + signing))
    story += _corrections(doc, styles)
    story = _join_headings(story)
    state = w("approved {day}", day=hs.day(doc.approval.approved_on)) if doc.approval else w("draft")
    meta = PdfMeta(
        title=w(
            "Minutes — {body}, {kind} meeting of {day}",
            body=m.body_name,
            kind=kind.lower(),
            day=hs.day(m.scheduled_start),
        ),
        author=m.recording_name or m.body_name,
        subject=w("Official minutes ({state})", state=state)
        + (f"; SHA-256 {doc.approval.sha256}" if doc.approval else ""),
        keywords=f"{w('minutes')}, {m.body_name}, {m.scheduled_start:%Y-%m-%d}",
        lang=LANG_TAGS[w.lang],
    )
    return story, frame, meta


def _join_headings(story: list[Flowable]) -> list[Flowable]:
    """Put a heading (anything keepWithNext) inside the KeepTogether that follows it.

    reportlab keeps a keepWithNext flowable with the next one, but not when that one is itself a
    KeepTogether (a motion with its vote): the heading would then end the page.
    """
    out: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, KeepTogether) and out and _keeps_with_next(out[-1]):
            lead: list[Flowable] = []
            while out and _keeps_with_next(out[-1]):
                lead.insert(0, out.pop())
            flowable = _Together(lead + list(flowable._content))
        out.append(flowable)
    return out


class _Together(KeepTogether):  # type: ignore[misc]
    """A KeepTogether that also counts the space before its first mark on the page.

    reportlab measures a group as if it began at the top of a page, leaving out the space before
    its first flowable, which the frame adds anywhere else: a group with a heading (10 points
    above it) that fitted only without that space was let in and overran, parting a motion from
    its disposition.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size = super().wrap(availWidth, availHeight)
        first = next((f for f in self._content if not getattr(f, "pdf_silent", False)), None)
        self._H += first.getSpaceBefore() if first is not None else 0
        return size  # type: ignore[no-any-return]


def _keeps_with_next(flowable: Flowable) -> bool:
    return bool(getattr(flowable, "getKeepWithNext", lambda: False)())


# -- the opening -----------------------------------------------------------------------------


def _heading_block(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    m = doc.record.meeting
    hs = doc.style
    w = Words(hs.lang)
    out: list[Flowable] = [
        paragraph(
            esc(hs.long_day(m.scheduled_start)) + f" · {esc(hs.time(m.scheduled_start))}", st["centre"]
        ),
        paragraph(esc(m.location) if m.location else w("<i>Place not recorded</i>"), st["centre"]),
    ]
    if m.title:
        out.append(paragraph(esc(m.title), st["centre"]))
    whole = [(n, c) for n, c in enumerate(doc.record.corrections, 1) if c.entity != "agenda_item"]
    if whole:
        out.append(paragraph(_markers(whole, w).strip(), st["centre"]))
    out.append(Spacer(1, 8))
    if doc.approval is None:
        for warning in doc.missing_text_warnings:
            out.append(paragraph(w("<b>Warning:</b> ") + esc(w.message(warning)), st["warning"]))
    for warning in doc.integrity_warnings:
        out.append(paragraph(w("<b>Warning:</b> ") + esc(w.message(warning)), st["warning"]))
    for sentence in unprintable_warnings(doc):
        out.append(paragraph(w("<b>Warning:</b> ") + esc(sentence), st["warning"]))
    if m.is_sample:
        out.append(
            paragraph(
                w(
                    "<i>Sample data: parts of this meeting are illustrative and not taken from the "
                    "public record.</i>"
                ),
                st["small"],
            )
        )
    out.append(Bookmark("call-to-order", w("Call to order"), 0))
    out.append(paragraph(w("Call to order"), st["h1"]))
    if m.called_to_order_at:
        time = hs.time(m.called_to_order_at)
        called = (
            w(
                "The meeting was called to order at {time} by the presiding officer, {name}",
                time=time,
                name=esc(m.presiding_name),
            )
            if m.presiding_name
            else w("The meeting was called to order at {time}", time=time)
        )
        out.append(paragraph(_sentence(called), st["body"]))
    else:
        out.append(paragraph(w("The time the meeting was called to order was not recorded."), st["body"]))
    unrecorded = w("<i>not recorded</i>")
    out.append(
        paragraph(
            w(
                "Presiding officer: {presiding}. Clerk: {clerk}.",
                presiding=esc(m.presiding_name) or unrecorded,
                clerk=esc(m.recording_name) or unrecorded,
            ),
            st["body"],
        )
    )
    return out


def unprintable_warnings(doc: MinutesDocument) -> list[str]:
    """One sentence per character in the records that no shipped font can draw (it prints as its
    code point in brackets, never as an empty box)."""
    w = Words(doc.style.lang)
    return [
        w(
            "The character {code} in these records has no font to print it and appears as {code} wherever "
            "it occurs.",
            code=marker(char),
        )
        for char in _unprintable_in(doc.record)
    ]


_LAST_WALKED: list[tuple[MeetingRecord, list[str]]] = []  # the last record walked, and what it found


def _unprintable_in(record: MeetingRecord) -> list[str]:
    """The unprintable characters of every text of `record` (frozen, of tuples: its texts cannot
    change); the last record's are kept, as the web edition and the PDF of one document (and each
    edition of a bilingual one) ask in turn."""
    if _LAST_WALKED and _LAST_WALKED[0][0] is record:
        return _LAST_WALKED[0][1]
    chars = unprintable(_texts(record))
    _LAST_WALKED[:] = [(record, chars)]
    return chars


def _texts(value: object) -> list[str]:
    """Every string a record holds, however deep (names, titles, summaries, notes…), in the order a
    depth-first walk meets them: one loop over a stack, each class's fields read by one getter (a
    meeting holds a few thousand values, walked for the web edition and the PDF alike)."""
    out: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        shape = _SHAPES.get(type(item), _UNSEEN)
        if shape is _UNSEEN:
            shape = _shape(type(item))
        if shape is None:
            continue
        if shape is _TEXT:
            out.append(item)  # type: ignore[arg-type]
        elif shape is _SEQUENCE:
            stack.extend(reversed(item))  # type: ignore[call-overload]
        else:
            stack.extend(reversed(shape(item)))
    return out


# How `_texts` takes a value apart, by its class: a text, a sequence, a dataclass's field getter, or
# None for anything else (numbers, dates, enums other than text).
_TEXT, _SEQUENCE, _UNSEEN = object(), object(), object()
_SHAPES: dict[type, Any] = {}


def _shape(cls: type) -> Any:
    if issubclass(cls, str):
        shape: Any = _TEXT
    elif issubclass(cls, list | tuple):
        shape = _SEQUENCE
    elif is_dataclass(cls):
        names = tuple(f.name for f in fields(cls))
        # attrgetter of one name returns the value itself, not a tuple of it.
        shape = attrgetter(*names) if len(names) > 1 else lambda v: tuple(getattr(v, n) for n in names)
    else:
        shape = None
    _SHAPES[cls] = shape
    return shape


def _sentence(text: str) -> str:
    """`text` with one full stop: never "p.m.." when it ends with a clock time."""
    return text if text.endswith(".") else text + "."


def _names(rows: list[AttendanceDTO], with_reason: bool = False, w: Words = ENGLISH) -> str:
    parts = []
    for r in rows:
        text = esc(r.person_name) + (f" ({esc(r.post_label)})" if r.post_label else "")
        if with_reason:
            text += f" — {esc(r.remote_reason) or w('reason not recorded')}"
        parts.append(text)
    return "; ".join(parts) if parts else w("none")


def _attendance(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    record = doc.record
    voting = [a for a in record.attendance if a.voting]
    others = [
        a for a in record.attendance if not a.voting and a.status is not None and a.status.counts_as_present
    ]
    by = {
        s: [a for a in voting if a.status is s]
        for s in (
            AttendanceStatus.PRESENT,
            AttendanceStatus.REMOTE,
            AttendanceStatus.ABSENT,
            AttendanceStatus.EXCUSED,
        )
    }
    unrecorded = [a for a in voting if a.status is None]
    w = Words(doc.style.lang)
    out: list[Flowable] = [
        Bookmark("attendance", w("Attendance and quorum"), 0),
        paragraph(w("Attendance"), st["h1"]),
    ]
    present = _names(by[AttendanceStatus.PRESENT], w=w)
    out.append(paragraph(w("<b>Members present:</b> {names}.", names=present), st["body"]))
    if by[AttendanceStatus.REMOTE]:
        out.append(
            paragraph(
                w(
                    "<b>Members participating remotely:</b> {names}.",
                    names=_names(by[AttendanceStatus.REMOTE], True, w),
                )
                + (
                    w(
                        " Every vote below is recorded by roll call, as the law requires when a member "
                        "participates remotely."
                    )
                    if doc.every_vote_by_roll_call
                    else ""
                ),
                st["body"],
            )
        )
    # An excused member is listed once, as excused, not also as absent.
    absent = _names(by[AttendanceStatus.ABSENT], w=w)
    out.append(paragraph(w("<b>Members absent:</b> {names}.", names=absent), st["body"]))
    if by[AttendanceStatus.EXCUSED]:
        excused = _names(by[AttendanceStatus.EXCUSED], w=w)
        out.append(paragraph(w("<b>Members excused:</b> {names}.", names=excused), st["body"]))
    if unrecorded:
        names = _names(unrecorded, w=w)
        out.append(paragraph(w("<b>Attendance not recorded for:</b> {names}.", names=names), st["body"]))
    if others:
        out.append(paragraph(w("<b>Also present:</b> {names}.", names=_names(others, w=w)), st["body"]))
    q = record.quorum
    if q.has_quorum:
        text = w(
            "A quorum was present: {present} of the {seats} members ({required} required for a quorum).",
            present=q.present,
            seats=q.seats_filled,
            required=q.required,
        )
    else:
        text = w(
            "<b>A quorum was NOT present:</b> {present} members present; {required} are required.",
            present=q.present,
            required=q.required,
        )
    out.append(paragraph(text, st["body"]))
    return out


def _previous_minutes(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    w = Words(doc.style.lang)
    out: list[Flowable] = [
        Bookmark("previous-minutes", w("Approval of previous minutes"), 0),
        paragraph(w("Approval of previous minutes"), st["h1"]),
    ]
    for a in doc.approved_here:
        out.append(
            paragraph(
                w(
                    "The minutes of the meeting of {day} were approved {manner}.",
                    day=doc.style.day(a.meeting_start),
                    manner=w.label(a.manner).lower(),
                ),
                st["body"],
            )
        )
    items = [e for e in doc.record.items if e.item.kind is AgendaItemKind.APPROVAL_OF_MINUTES]
    if items:
        numbers = ", ".join(e.item.number for e in items)
        out.append(
            paragraph(
                w("The motion and vote are recorded under item {numbers} below.", numbers=esc(numbers)),
                st["body"],
            )
        )
    elif not doc.approved_here:
        out.append(paragraph(w("No minutes of earlier meetings were presented for approval."), st["body"]))
    return out


# -- the agenda ------------------------------------------------------------------------------


def _agenda(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    record = doc.record
    seats = {a.person_id: a.post_label for a in record.attendance}
    corrections: dict[int, list[tuple[int, CorrectionDTO]]] = {}
    for n, c in enumerate(record.corrections, 1):
        if c.entity == "agenda_item" and c.entity_id is not None:
            corrections.setdefault(c.entity_id, []).append((n, c))
    width = content_width(doc.settings.paper)
    w = Words(doc.style.lang)
    out: list[Flowable] = [
        Bookmark("agenda", w("Business of the meeting"), 0),
        paragraph(w("Business of the meeting"), st["h1"]),
    ]
    if not record.items:
        out.append(paragraph(w("No agenda items were recorded."), st["body"]))
    events = _comings_and_goings(record, doc.style)
    starts = [_item_start(e) for e in record.items]
    by_item: dict[int, list[Event]] = {}
    for event in events:
        begun = [n for n, t in enumerate(starts) if t is not None and t <= event[0]]
        if begun:
            by_item.setdefault(begun[-1], []).append(event)
        else:  # before the first item began: at the head of the business
            out.append(paragraph(f"<i>{event[1]}</i>", st["body"]))
    for n, entry in enumerate(record.items):
        out += _item(
            entry,
            st,
            _Context(doc.style, seats, width, doc.approval is None),
            corrections.get(entry.item.id, []),
            by_item.get(n, []),
        )
    return out


Event = tuple[datetime, str]  # when, and the sentence (already escaped)


@dataclass(frozen=True)
class _Context:
    """What every item of the agenda prints by: the body's choices and the page."""

    style: HouseStyle
    seats: dict[int, str]
    width: float
    draft: bool

    @property
    def words(self) -> Words:
        return Words(self.style.lang)


def _comings_and_goings(record: MeetingRecord, hs: HouseStyle) -> list[Event]:
    """Members who arrived after the call to order or left before adjournment, in time order."""
    m = record.meeting
    w = Words(hs.lang)
    out: list[Event] = []
    for a in record.attendance:
        who = esc(a.person_name) + (f" ({esc(a.post_label)})" if a.post_label else "")
        if a.arrived_at and (m.called_to_order_at is None or a.arrived_at > m.called_to_order_at):
            out.append((a.arrived_at, w("{who} arrived at {time}.", who=who, time=hs.time(a.arrived_at))))
        if a.left_at and (m.adjourned_at is None or a.left_at < m.adjourned_at):
            out.append((a.left_at, w("{who} left the meeting at {time}.", who=who, time=hs.time(a.left_at))))
    return [(t, _sentence(text[:-1])) for t, text in sorted(out, key=lambda e: e[0])]


def _item_start(entry: ItemRecord) -> datetime | None:
    """When an item was taken up: its own time, else the first thing recorded under it."""
    if entry.item.started_at:
        return entry.item.started_at
    times = [s.started_at for s in entry.speakers] + [
        t for mo in entry.motions for t in (mo.made_at, *(v.taken_at for v in mo.votes))
    ]
    return min((t for t in times if t is not None), default=None)


def _item(
    entry: ItemRecord,
    st: Styles,
    ctx: _Context,
    corrections: list[tuple[int, CorrectionDTO]],
    events: list[Event],
) -> list[Flowable]:
    item = entry.item
    w = ctx.words
    number = f"{item.number}. " if item.number else ""
    heading = f"{number}{item.title}"
    style = st["h2"] if item.depth else _derived(st, "h2", fontSize=10.5)
    indent = _derived(st, "body", leftIndent=12 * item.depth)
    out: list[Flowable] = [
        Bookmark(f"item-{item.id}", heading[:200], 1 + item.depth),
        tag(
            paragraph(
                esc(number) + esc(item.title) + _markers(corrections, w),
                # keepWithNext: a heading never ends a page, whatever follows (a motion kept together).
                _derived(st, "h2", fontSize=style.fontSize, leftIndent=12 * item.depth, keepWithNext=1),
            ),
            f"H{min(3 + item.depth, 6)}",
        ),
    ]
    if item.consent:
        out.append(paragraph(w("<i>Consent agenda item.</i>"), indent))
    if entry.matter:
        out += _matter(entry.matter, indent, item.title, w)
    if item.body:
        out.append(paragraph(esc(item.body), indent))
    if item.discussion:
        out.append(paragraph(w("<b>Discussion:</b> ") + esc(item.discussion), indent))
    out += _speakers(entry, st, indent, w)
    if entry.documents:
        docs = "; ".join(_exhibit(d.title, d.file_name, d.url) for d in entry.documents)
        out.append(paragraph(w("<b>Documents:</b> {docs}.", docs=docs), indent))
    pending = list(events)
    for motion in sorted(entry.motions, key=_happened):
        when = _happened(motion)[1]
        while pending and when and pending[0][0] < when:
            out.append(paragraph(f"<i>{pending.pop(0)[1]}</i>", indent))
        out += _motion(motion, st, indent, ctx)
    out += [paragraph(f"<i>{text}</i>", indent) for _, text in pending]
    if item.action_text:
        out.append(paragraph(w("<b>Action:</b> ") + esc(item.action_text), indent))
    if (
        entry.matter
        and entry.matter.full_text
        and any(
            mo.kind in (MotionKind.MAIN, MotionKind.SUBSTITUTE) and mo.disposition in ADOPTED
            for mo in entry.motions
        )
    ):
        what = (
            label(entry.matter.kind).lower()
            if w.lang == "en"
            else ADOPTED_TEXT[w.lang][entry.matter.kind.value]
        )
        out.append(
            paragraph(
                w(
                    "<b>Text of the {what} as adopted ({identifier}):</b>",
                    what=what,
                    identifier=esc(entry.matter.identifier),
                ),
                _derived(st, "body", leftIndent=indent.leftIndent, keepWithNext=1),
            )
        )
        for para in entry.matter.full_text.split("\n\n"):
            if para.strip():
                quote = _derived(st, "quote", leftIndent=indent.leftIndent + 16, textColor=colors.black)
                out.append(paragraph(esc(para.strip()), quote))
    for n, c in corrections:
        out.append(
            paragraph(
                w(
                    "<b>Correction {n}</b> (recorded {day}): this entry was corrected after approval; "
                    "see “Corrections after approval” at the end of these minutes.",
                    n=n,
                    day=ctx.style.day(c.made_on),
                ),
                _derived(st, "note", leftIndent=indent.leftIndent + 8),
            )
        )
    if ctx.draft:
        for warning in missing_texts_of(entry):
            out.append(paragraph(w("<b>Warning:</b> ") + esc(w.message(warning)), st["warning"]))
    return out


def _markers(corrections: list[tuple[int, CorrectionDTO]], w: Words = ENGLISH) -> str:
    """' [Corrected — see correction 1]' beside an entry corrected after approval."""
    return "".join(w(" <font size=8>[Corrected — see correction {n}]</font>", n=n) for n, _ in corrections)


def _matter(matter: MatterDTO, style: ParagraphStyle, heading: str, w: Words) -> list[Flowable]:
    # The item's heading usually is the matter's title: then the identifier alone, not the title twice.
    same = matter.title.strip().casefold() in heading.casefold()
    title = "" if same else f" {esc(matter.title)}"
    out: list[Flowable] = [
        paragraph(
            f"<b>{esc(w.label(matter.kind))} {esc(matter.identifier)}{':' if title else ''}</b>{title}", style
        )
    ]
    primary = [s for s in matter.sponsors if s.is_primary]
    co = [s for s in matter.sponsors if not s.is_primary]

    def who(s: SponsorDTO) -> str:
        if s.is_member:
            return esc(s.name)
        title = f", {esc(s.title)}" if s.title else ""
        return f"{esc(s.name)}{title} {w('(not a member)')}"

    if primary:
        out.append(paragraph(w("<b>Sponsor:</b> ") + "; ".join(who(s) for s in primary) + ".", style))
    if co:
        out.append(paragraph(w("<b>Co-sponsors:</b> ") + "; ".join(who(s) for s in co) + ".", style))
    return out


def _speakers(entry: ItemRecord, st: Styles, indent: ParagraphStyle, w: Words) -> list[Flowable]:
    if not entry.speakers:
        return []
    out: list[Flowable] = []
    bullet = _derived(st, "bullet", leftIndent=indent.leftIndent + 26, bulletIndent=indent.leftIndent + 12)
    groups = (
        ("Public speakers", [s for s in entry.speakers if s.kind is SpeakerKind.PUBLIC_COMMENT]),
        ("Other speakers", [s for s in entry.speakers if s.kind is not SpeakerKind.PUBLIC_COMMENT]),
    )
    for heading, speakers in groups:
        if not speakers:
            continue
        # CondPageBreak, not keepWithNext: the latter measures everything twice (see the benchmark).
        out.append(CondPageBreak(40))
        out.append(paragraph(w("<b>{heading}:</b>", heading=w(heading)), indent))
        if heading == "Public speakers" and (said := comment_sentence(speakers, w)):
            out.append(paragraph(said, indent))
        names = {s.id: s.name for s in entry.speakers}
        for s in speakers:
            out.append(
                paragraph(
                    speaker_sentence(s, w=w, yielded_to=names.get(s.yielded_to_id or 0, "")), bullet, "•"
                )
            )
    return out


def comment_sentence(speakers: list[SpeakerDTO], w: Words = ENGLISH) -> str:
    """'Eleven residents spoke; the chair limited comment to three minutes.' for an item's public
    speakers, from the limit frozen on their rows; '' when none of them was timed under a limit."""
    limits = list(dict.fromkeys(s.limit_seconds for s in speakers if s.limit_seconds))
    if not limits:
        return ""
    template = (
        "{count} resident spoke; the chair limited comment to {limit}."
        if len(speakers) == 1
        else "{count} residents spoke; the chair limited comment to {limit}."
    )
    limit = w(", then to ").join(w.duration(seconds) for seconds in limits)
    text = w(template, count=w.number(len(speakers)), limit=limit)
    return text[:1].upper() + text[1:]


def speaker_sentence(
    s: SpeakerDTO,
    strong: tuple[str, str] = ("<b>", "</b>"),
    w: Words = ENGLISH,
    yielded_to: str = "",
    free: Callable[[str], str] = esc,
) -> str:
    """How the minutes record a speaker, as escaped markup (the PDF and HTML editions differ only in
    the tags around the name and in `free`, which writes what was typed: the HTML edition isolates
    right-to-left text): name, affiliation, residence, kind, stance, to whom they yielded their time
    (`yielded_to`, that speaker's name), summary."""
    text = f"{strong[0]}{esc(s.name)}{strong[1]}"
    if s.affiliation:
        text += f", {free(s.affiliation)}"
    if s.residence:
        where = ", of {residence}" if s.affiliation else " of {residence}"
        text += w(where, residence=free(s.residence))
    if s.kind is not SpeakerKind.PUBLIC_COMMENT:
        text += f" ({w.label(s.kind).lower()})"
    if s.stance:
        text += w(f" — spoke {_stance(s.stance.value)}")
    if yielded_to:
        text += w(" — yielded their time to {name}", name=free(yielded_to))
    if s.summary:
        text += f". {free(s.summary)}"
    return text


def _stance(value: str) -> str:
    return {"for": "in favour", "against": "in opposition", "neutral": "without taking a position"}[value]


def _motion(motion: MotionDTO, st: Styles, indent: ParagraphStyle, ctx: _Context) -> list[Flowable]:
    left = indent.leftIndent + (14 if motion.parent_motion_id else 0)
    style = _derived(st, "body", leftIndent=left)
    w = ctx.words
    kind = (
        w("Motion")
        if motion.kind is MotionKind.MAIN
        else w("Motion ({kind})", kind=w.label(motion.kind).lower())
    )
    mover = esc(motion.mover_name) if motion.mover_name else w("<i>mover not recorded</i>")
    second = (
        w(", seconded by {name}", name=esc(motion.seconder_name))
        if motion.seconder_name
        else w(", no seconder recorded")
    )
    at = w(" at {time}", time=ctx.style.time(motion.made_at)) if motion.made_at else ""
    out: list[Flowable] = [
        paragraph(
            w("<b>{kind}</b> by {mover}{second}{at}:", kind=kind, mover=mover, second=second, at=at), style
        ),
        paragraph(
            esc(motion.text),
            _derived(st, "quote", leftIndent=left + 14, textColor=colors.black),
        ),
    ]
    for vote in sorted(motion.votes, key=lambda v: (v.taken_at is None, v.taken_at or 0, v.id)):
        out += _vote(vote, st, left, ctx)
    out.append(
        paragraph(
            w("<b>Disposition:</b> {disposition}.", disposition=_disposition(motion.disposition, w)), style
        )
    )
    # A motion is never parted from its vote and disposition (a long roll call splits on its own).
    return [_Together(out)]


def _happened(motion: MotionDTO) -> tuple[bool, Any, int]:
    """When a motion was made (else first voted on): amendments voted first print first."""
    times = [motion.made_at] + [v.taken_at for v in motion.votes]
    first = min((t for t in times if t is not None), default=None)
    return (first is None, first or 0, motion.id)


def _disposition(d: MotionDisposition, w: Words = ENGLISH) -> str:
    # One form for every disposition: a capital, then lower case ("Laid on the table" beside "Adopted").
    if w.lang != "en":
        return w.label(d)
    return {
        MotionDisposition.PENDING: "Pending (no action recorded)",
        MotionDisposition.NO_SECOND: "Not taken up for want of a second",
        MotionDisposition.TABLED: "Laid on the table",
        MotionDisposition.REFERRED: "Referred",
        MotionDisposition.POSTPONED: "Postponed",
    }.get(d, label(d).capitalize())


def _vote(vote: VoteDTO, st: Styles, left: float, ctx: _Context) -> list[Flowable]:
    style = _derived(st, "body", leftIndent=left + 14)
    line, as_table = vote_line(vote, ctx.style)
    out: list[Flowable] = [paragraph(line, style)]
    if warning := vote_warning(vote, ctx.words):
        out.append(
            paragraph(ctx.words("<b>Note:</b> ") + esc(warning), _derived(st, "note", leftIndent=left + 14))
        )
    if as_table:
        out.append(_roll_call_table(vote, st, ctx.width - left - 14, ctx.seats, ctx.words))
    return out


def vote_warning(vote: VoteDTO, w: Words) -> str:
    """The declared-result warning in these minutes' language (plain text), or "" when there is none.

    Made again from the vote rather than taken from `vote.warning`, which is in the reader's language."""
    message = declared_result_message(vote.declared_result, vote.computed_result, vote.threshold, vote.tally)
    if message is None:
        return ""
    return w.message(message) if w.lang == "en" else w.message(message, threshold=_threshold(vote, w))


def vote_line(vote: VoteDTO, style: HouseStyle = DEFAULT_STYLE) -> tuple[str, bool]:
    """The vote's sentence (markup: <b> only) and whether a roll-call table follows it.

    Counts only: a unanimous vote is one line naming who did not vote, a split roll call a table.
    Counts with names: the sentence names the smaller side and everyone who did not vote, so a
    table follows only when the body prints tables always (as it does under counts, too).
    """
    if style.lang != "en":
        return _local_vote_line(vote, style)
    word = "Adopted" if vote.result is VoteResult.PASS else "Failed"
    t = vote.tally
    unanimous = " unanimously" if vote.unanimous and vote.result is VoteResult.PASS else ""
    taken = f" at {style.time(vote.taken_at)}" if vote.taken_at else ""
    required = f" Required: {esc(vote.threshold.describe().lower())}."
    lead = f"<b>Vote ({METHOD_WORDS[vote.method]}{taken}):</b> {word}{unanimous}, "
    if style.vote_sentence is VoteSentenceStyle.NAMES and vote.ballots:
        sides = _sides(vote, ENGLISH)
        return lead + f"{t.yes}–{t.no}" + (f" ({sides})" if sides else "") + "." + required, style.vote_tables
    line = (
        lead
        + f"{describe_tally(t)} (yes {t.yes}, no {t.no}"
        + (f", abstaining {t.abstain}" if t.abstain else "")
        + ")."
        + required
    )
    as_table = bool(vote.ballots) and (style.vote_tables or not vote.unanimous)
    if vote.ballots and not as_table:
        line += _not_voting(vote)
    return line, as_table


def _local_vote_line(vote: VoteDTO, style: HouseStyle) -> tuple[str, bool]:
    """The vote's sentence in Spanish or French, as those councils write it: "Aprobada por 11 votos a
    favor y 2 en contra", "Adoptée à 11 contre 2"; the same table rule as in English."""
    w = Words(style.lang)
    t = vote.tally
    passed = vote.result is VoteResult.PASS
    taken = f", {style.time(vote.taken_at)}" if vote.taken_at else ""
    required = w(" Required: {threshold}.", threshold=esc(_threshold(vote, w)))
    if w.lang == "es":
        word = "Aprobada" if passed else "Rechazada"
        ayes = f"{t.yes} voto{'' if t.yes == 1 else 's'} a favor y {t.no} en contra"
        counts = f"{word} por unanimidad, con {ayes}" if vote.unanimous and passed else f"{word} por {ayes}"
        lead = f"<b>Votación ({w.label(vote.method)}{taken}):</b> "
    else:
        word = "Adoptée" if passed else "Rejetée"
        counts = (
            f"{word} à l’unanimité ({t.yes} contre {t.no})"
            if vote.unanimous and passed
            else f"{word} à {t.yes} contre {t.no}"
        )
        lead = f"<b>Vote ({w.label(vote.method)}{taken})\u00a0:</b> "
    counts += "".join(f", {e}" for e in _extra_counts(t, w))
    names = style.vote_sentence is VoteSentenceStyle.NAMES and bool(vote.ballots)
    if names:
        sides = _sides(vote, w)
        return lead + counts + (f" ({sides})" if sides else "") + "." + required, style.vote_tables
    line = lead + counts + "." + required
    as_table = bool(vote.ballots) and (style.vote_tables or not vote.unanimous)
    if vote.ballots and not as_table:
        line += _not_voting(vote, w)
    return line, as_table


def _threshold(vote: VoteDTO, w: Words) -> str:
    """'mayoría de los votos emitidos', 'deux tiers des membres présents' (the window's words too)."""
    return threshold_in(vote.threshold, translator(w.lang))


SIDE_WORDS = (
    (BallotOption.ABSTAIN, "abstaining"),
    (BallotOption.RECUSED, "recused"),
    (BallotOption.PRESENT, "present, not voting"),
    (BallotOption.ABSENT, "absent"),
    (BallotOption.EXCUSED, "excused"),
)


def _sides(vote: VoteDTO, w: Words) -> str:
    """'Menten, Mihalik opposed; Archuleta abstaining; Folska absent': the smaller side by name
    (the opposed on a tie), then everyone who did not vote yes or no."""

    def names(option: BallotOption) -> str:
        return ", ".join(esc(b.person_name) for b in vote.ballots if b.option is option)

    t = vote.tally
    parts = []
    local = w.lang != "en"  # "en contra: Menten, Mihalik; abstención: Archuleta"
    if t.no and (t.no <= t.yes or not t.yes):
        parts.append(
            f"{w.label(BallotOption.NO).lower()}: {names(BallotOption.NO)}"
            if local
            else f"{names(BallotOption.NO)} opposed"
        )
    elif t.yes and t.yes < t.no:
        parts.append(
            f"{w.label(BallotOption.YES).lower()}: {names(BallotOption.YES)}"
            if local
            else f"{names(BallotOption.YES)} in favour"
        )
    for option, words in SIDE_WORDS:
        who = names(option)
        if who:
            parts.append(f"{w.label(option).lower()}: {who}" if local else f"{who} {words}")
    if t.other:
        parts.append(_others(vote, w))
    return "; ".join(parts)


def _others(vote: VoteDTO, w: Words = ENGLISH) -> str:
    """ "Smith (other: 'Present - not voting')": a value imported with no meaning here, as written."""
    other = "other" if w.lang == "en" else w.label(BallotOption.OTHER).lower()
    return ", ".join(
        f"{esc(b.person_name)} ({other}: '{esc(b.note)}')" if b.note else f"{esc(b.person_name)} ({other})"
        for b in vote.ballots
        if b.option is BallotOption.OTHER
    )


def _not_voting(vote: VoteDTO, w: Words = ENGLISH) -> str:
    """' Excused: A. Absent: B.' for the members a one-line vote does not list."""
    parts = []
    for option in (BallotOption.ABSENT, BallotOption.EXCUSED, BallotOption.RECUSED, BallotOption.ABSTAIN):
        names = [esc(b.person_name) for b in vote.ballots if b.option is option]
        if names:
            parts.append(f" {option_word(option, w)}: {', '.join(names)}.")
    if vote.tally.other:
        parts.append(f" {option_word(BallotOption.OTHER, w)}: {_others(vote, w)}.")
    return "".join(parts)


def tally_counts(t: Tally, w: Words) -> str:
    """'Yes: 5, No: 3, Other: 1' under a roll call; French puts a no-break space before the colon."""
    colon = "\u00a0:" if w.lang == "fr" else ":"
    return ", ".join(f"{option_word(BallotOption(k), w)}{colon} {n}" for k, n in t.as_dict().items() if n)


def option_word(option: BallotOption, w: Words = ENGLISH) -> str:
    """'Yes', 'Sí', 'Pour': a ballot as the roll call prints it."""
    return OPTION_WORDS[option] if w.lang == "en" else w.label(option)


def _cell(text: str, width: float, style: ParagraphStyle) -> Flowable | str:
    """Short text as a plain string (fast); text that could overflow its column, or that needs another
    script's font or right-to-left ordering, as a Paragraph."""
    if text and (_cell_text_width(text) + 2 * CELL_PADDING > width or needs_script_pass(text)):
        return Paragraph(esc(text), style)
    return text  # a table draws strings as they are: nothing to escape


@lru_cache(maxsize=4096)
def _cell_text_width(text: str) -> float:
    """Width of a cell's text; member names, seats and vote words repeat in every roll call."""
    return float(stringWidth(text, FONT, CELL_FONT_SIZE))


def _roll_call_table(
    vote: VoteDTO, st: Styles, width: float, seats: dict[int, str], w: Words = ENGLISH
) -> Flowable:
    cell = st["cell"]
    columns = [(w("Member"), 0.36), (w("Seat"), 0.16), (w("Vote"), 0.18), (w("Note"), 0.30)]
    values = [
        (b.person_name, seats.get(b.person_id, ""), option_word(b.option, w), b.note) for b in vote.ballots
    ]
    # Only the columns that hold something: no empty Seat or Note column across the page.
    keep = [n for n in range(4) if n in (0, 2) or any(v[n] for v in values)]
    share = sum(columns[n][1] for n in keep)
    widths = [width * columns[n][1] / share for n in keep]
    rows: list[list[Flowable | str]] = [[columns[n][0] for n in keep]]
    for v in values:
        rows.append([_cell(v[n], w, cell) for n, w in zip(keep, widths, strict=True)])
    t = vote.tally
    counts = tally_counts(t, w)
    long_cells = any(isinstance(value, Paragraph) for row in rows for value in row)
    rows.append([Paragraph(w("<b>Totals</b> — {counts}", counts=counts), cell)] + [""] * (len(keep) - 1))
    table = _RollCallTable(
        rows,
        colWidths=widths,
        repeatRows=1,
        hAlign="RIGHT",
        splitInRow=1 if long_cells else 0,  # splitting inside a row is only needed for huge cells
        # A long roll call leaves at least three members on each side of a page break (the header
        # repeats) — unless a cell holds text so long that rows must be split wherever they can be.
        rowSplitRange=None if long_cells else (4, -4),
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, CELL_FONT_SIZE, CELL_FONT_SIZE + 2),
                ("FONT", (0, 0), (-1, 0), BOLD, CELL_FONT_SIZE, CELL_FONT_SIZE + 2),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.Color(0.6, 0.6, 0.6)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("SPAN", (0, -1), (-1, -1)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    table.spaceAfter = 6
    table.whole = len(values) <= MAX_UNSPLIT_ROLL_CALL
    return table


class _RollCallTable(TaggedTable):
    """A roll call that, up to 20 members (`whole`), is never split: it moves to the next page.

    Not a KeepTogether: the motion's KeepTogether holds the table, and reportlab measures a
    KeepTogether inside another as taller than any page, so every motion with a roll call would
    start a new page.
    """

    whole = False

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A table taller than any page (a cell holding thousands of characters) must split anyway:
        # refusing would stop the whole document with a layout error.
        fits_a_page = getattr(self, "_height", 0.0) <= smallest_content_height()
        return [] if self.whole and fits_a_page else super().split(availWidth, availHeight)


# -- the close -------------------------------------------------------------------------------


def _consent_adoptions(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    """The items adopted by the one vote on the consent agenda, listed by number (nothing without any)."""
    adopted = doc.adopted_by_consent
    if not adopted:
        return []
    w = Words(doc.style.lang)
    out: list[Flowable] = [
        Bookmark("consent", w("Adopted by consent"), 0),
        paragraph(w("Adopted by consent"), st["h1"]),
        paragraph(w("The following items were adopted by one vote on the consent agenda:"), st["body"]),
    ]
    for a in adopted:
        matter = f" ({esc(a.matter_identifier)})" if a.matter_identifier else ""
        out.append(paragraph(f"{esc(a.number)}. {esc(a.title)}{matter}", st["bullet"], "•"))
    return out


def _notices(record: MeetingRecord, st: Styles, w: Words) -> list[Flowable]:
    out: list[Flowable] = [
        Bookmark("notices", w("Points of order and notices"), 0),
        paragraph(w("Points of order and notices"), st["h1"]),
    ]
    lines = [x.strip() for x in record.meeting.notices.splitlines() if x.strip()]
    if not lines:
        out.append(paragraph(w("None recorded."), st["body"]))
    for line in lines:
        out.append(paragraph(esc(line), st["bullet"], "•"))
    return out


def _documents(record: MeetingRecord, st: Styles, w: Words) -> list[Flowable]:
    out: list[Flowable] = [
        Bookmark("documents", w("Documents and exhibits"), 0),
        paragraph(w("Documents and exhibits"), st["h1"]),
    ]
    docs = [(e.item, d) for e in record.items for d in e.documents]
    if not docs:
        out.append(
            paragraph(w("No documents or exhibits were recorded as used at this meeting."), st["body"])
        )
    for item, d in docs:
        if d.url:
            # Published elsewhere: no bytes here, so no size or SHA-256; the link says where it is.
            line = w("Item {number}: ", number=esc(item.number)) + f"<b>{esc(d.title)}</b>, {_link(d.url)}"
            out.append(paragraph(line, st["bullet"], "•"))
            continue
        size = (
            w("{size} KB", size=f"{d.size / 1024:.0f}") if d.size >= 1024 else w("{size} bytes", size=d.size)
        )
        out.append(
            paragraph(
                w("Item {number}: ", number=esc(item.number))
                + f"<b>{esc(d.title)}</b>"
                + ("" if _same_name(d.title, d.file_name) else f" — {esc(d.file_name)}")
                + f", {size}, "
                f"SHA-256 {d.sha256[:16]}…",
                st["bullet"],
                "•",
            )
        )
    return out


def _same_name(title: str, file_name: str) -> bool:
    """A title that only repeats the file name ("budget.pdf" or "budget")."""
    stem = file_name.rsplit(".", 1)[0]
    return title.strip().casefold() in (file_name.casefold(), stem.casefold())


def _exhibit(title: str, file_name: str, url: str = "") -> str:
    if url:
        return f"{esc(title)} ({_link(url)})"
    return esc(title) if _same_name(title, file_name) else f"{esc(title)} ({esc(file_name)})"


def _link(url: str) -> str:
    """A linked document's address, printed whole and clickable (markup both the PDF and HTML read)."""
    return f'<a href="{esc(url)}">{esc(url)}</a>'


def _adjournment(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    m = doc.record.meeting
    w = Words(doc.style.lang)
    text = (
        _sentence(w("The meeting adjourned at {time}", time=doc.style.time(m.adjourned_at)))
        if m.adjourned_at
        else w("The time of adjournment was not recorded.")
    )
    return [
        Bookmark("adjournment", w("Adjournment"), 0),
        paragraph(w("Adjournment"), st["h1"]),
        paragraph(text, st["body"]),
    ]


def _signatures(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    m = doc.record.meeting
    w = Words(doc.style.lang)
    cell = st["cell"]
    line = "_" * 38
    rows = [
        [Paragraph(w("Respectfully submitted,"), cell), Paragraph(w("Attest:"), cell)],
        [Spacer(1, 22), Spacer(1, 22)],
        [Paragraph(line, cell), Paragraph(line, cell)],
        [
            Paragraph(f"{esc(m.recording_name) or '&nbsp;'}<br/>{esc(clerk_title(doc))}", cell),
            Paragraph(f"{esc(m.presiding_name) or '&nbsp;'}<br/>{w('Presiding Officer')}", cell),
        ],
        [Paragraph(w("Date: ") + "_" * 20, cell), Paragraph(w("Date: ") + "_" * 20, cell)],
    ]
    width = content_width(doc.settings.paper)
    table = TaggedTable(rows, colWidths=[width / 2, width / 2], layout=True)
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return [Bookmark("signatures", w("Signatures"), 0), table]


def clerk_title(doc: MinutesDocument) -> str:
    """The signing clerk's title from the settings; the English default in the minutes' own words."""
    title = doc.settings.clerk_title
    return Words(doc.style.lang)("Clerk") if title == MinutesSettings().clerk_title else title


def _approval_block(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 10)]
    w = Words(doc.style.lang)
    if doc.approval is None:
        out.append(
            paragraph(
                w(
                    "<b>DRAFT</b> — these minutes have not been approved by the {body}.",
                    body=esc(doc.record.meeting.body_name),
                ),
                st["warning"],
            )
        )
        return out
    a = doc.approval
    out += [
        paragraph(f"<b>{esc(approval_sentence(a, style=doc.style))}</b>", st["body"]),
        paragraph(w("Content fingerprint (SHA-256): <font size=8>{sha}</font>", sha=a.sha256), st["body"]),
    ]
    if a.chain_head:
        out.append(
            paragraph(
                w("Record chain head when printed: <font size=8>{head}</font>", head=a.chain_head), st["body"]
            )
        )
    out.append(paragraph(esc(fingerprint_note(a, w)), st["small"]))
    return out


def fingerprint_note(a: ApprovalStatement, w: Words = ENGLISH) -> str:
    """What the printed fingerprint (and chain head) are for, in the reader's words."""
    text = w(
        "The fingerprint identifies the exact content approved; CouncilDesk’s Verify recomputes it "
        "from the records to show that nothing has changed since."
    )
    if a.chain_head:
        text += w(
            " The chain head links every approval, correction and change logged before this copy was "
            "printed: `councildesk verify --against` it shows whether any of them was rewritten later."
        )
    return text


def approval_sentence(a: ApprovalStatement, *, where: bool = True, style: HouseStyle = DEFAULT_STYLE) -> str:
    """'Approved on DATE by vote of the BODY (9–0) at its meeting of DATE, as read.' — the vote
    only when one is linked: without it the minutes say where, not how, they were approved.
    `where=False` leaves the meeting out (the page footer has room for one line)."""
    w = Words(style.lang)
    start = a.approving_meeting_start if where else None
    at = w(" at its meeting of {day}", day=style.day(start)) if start else ""
    if a.vote_summary:
        summary = a.vote_summary if w.lang == "en" or a.vote_tally is None else _local_tally(a.vote_tally, w)
        how = w(" by vote of the {body} ({summary}){at}", body=a.body_name, summary=summary, at=at)
    else:
        how = w(" by the {body}{at}", body=a.body_name, at=at)
    return w(
        "Approved on {day}{how}, {manner}.",
        day=style.day(a.approved_on),
        how=how,
        manner=w.label(a.manner).lower(),
    )


def _extra_counts(t: Tally, w: Words) -> list[str]:
    """'1 abstención', '2 absents': the counts beside yes and no, in Spanish or French."""
    return [w.count(n, option) for option, n in t.as_dict().items() if option not in ("yes", "no") and n]


def _local_tally(t: Tally, w: Words) -> str:
    """'9–0, 1 abstención': a tally in Spanish or French words."""
    return ", ".join([f"{t.yes}–{t.no}", *_extra_counts(t, w)])


def _corrections(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    record = doc.record
    corrections = record.corrections
    numbers = {e.item.id: e.item.number for e in record.items}
    if not corrections:
        return []
    w = Words(doc.style.lang)
    out: list[Flowable] = [
        Bookmark("corrections", w("Corrections after approval"), 0),
        paragraph(w("Corrections after approval"), st["h1"]),
        paragraph(
            w(
                "These corrections were recorded after the minutes were approved. The approved text above is "
                "unchanged; each correction is listed here with its reason."
            ),
            st["small"],
        ),
    ]
    for n, c in enumerate(corrections, 1):
        where = w(", to the minutes as a whole")
        if c.entity == "agenda_item" and c.entity_id in numbers:
            where = w(", to item {number}", number=esc(numbers[c.entity_id]))
        if c.field:
            where += f" ({esc(c.field)})"
        block: list[Flowable] = [
            paragraph(
                w(
                    "<b>Correction {n}</b>, recorded {day}{where}",
                    n=n,
                    day=doc.style.day(c.made_on),
                    where=where,
                ),
                st["label"],
            ),
            paragraph(w("<b>Reason:</b> ") + esc(c.reason), st["indent"]),
        ]
        if c.before:
            block.append(paragraph(w("<b>As approved:</b> ") + esc(c.before), st["indent"]))
        if c.after:
            block.append(paragraph(w("<b>Corrected to read:</b> ") + esc(c.after), st["indent"]))
        out.append(_Together(block))
    return out
