"""Official minutes as PDF: every item of the DESIGN.md §4 checklist, from a MinutesDocument."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, TableStyle

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
from councildesk.domain.rules import describe_tally
from councildesk.reports.page_template import (
    BOLD,
    FONT,
    Bookmark,
    PageFrame,
    PdfMeta,
    build_pdf,
    content_width,
    esc,
    letterhead,
    make_styles,
    smallest_content_height,
)
from councildesk.reports.signature_space import SignatureRoom, SignatureSpace
from councildesk.reports.tagging import TaggedTable, tag
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
from councildesk.services.minutes_document import ApprovalStatement, MinutesDocument, missing_texts_of

__all__ = ["MinutesDocument", "approval_sentence", "minutes_parts", "minutes_pdf"]

OPTION_WORDS = {
    BallotOption.YES: "Yes",
    BallotOption.NO: "No",
    BallotOption.ABSTAIN: "Abstain",
    BallotOption.ABSENT: "Absent",
    BallotOption.EXCUSED: "Excused",
    BallotOption.RECUSED: "Recused",
    BallotOption.PRESENT: "Present, not voting",
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
    key = f"{parent}|" + "|".join(f"{k}={v}" for k, v in sorted(changes.items()))
    style = st.get(key)
    if style is None:
        style = st[key] = ParagraphStyle(key, parent=st[parent], **changes)
    return style


def minutes_pdf(
    doc: MinutesDocument, *, invariant: bool = False, signature_room: SignatureRoom | None = None
) -> bytes:
    """The minutes as PDF bytes; `invariant` gives byte-identical output for the same input.

    With `signature_room`, space for a visible digital signature is kept with the signature
    lines, and the room records where it landed."""
    story, frame, meta = minutes_parts(doc, make_styles(), signature_room=signature_room)
    return build_pdf(story, frame, meta, invariant=invariant)


def minutes_parts(
    doc: MinutesDocument, styles: Styles, *, signature_room: SignatureRoom | None = None
) -> tuple[list[Flowable], PageFrame, PdfMeta]:
    """The story, page frame and PDF metadata of one meeting's minutes (a volume binds several)."""
    record = doc.record
    m = record.meeting
    hs = doc.style
    kind = label(m.kind)
    title = (
        f"Minutes of the {kind} Meeting"
        if m.kind.value != "executive_session"
        else "Minutes of the Executive Session"
    )
    if doc.approval:
        a = doc.approval
        footer: tuple[str, ...] = (
            approval_sentence(doc.approval, where=False, style=hs),
            f"Content fingerprint (SHA-256): {a.sha256}",
            # Its first 16 digits on every page; the approval block prints the head whole.
            *([f"Record chain head when printed: {a.chain_head[:16]}…"] if a.chain_head else []),
        )
    else:
        footer = ("DRAFT — not approved. This draft may change before the body approves it.",)
    frame = PageFrame(
        municipality=doc.municipality,
        body_name=m.body_name,
        running_title=f"Minutes · {hs.long_day(m.scheduled_start)}",
        footer_lines=footer,
        watermark="" if doc.approval else "DRAFT",
        paper=doc.settings.paper,
    )
    story: list[Flowable] = letterhead(frame, doc.settings.logo_path, styles, title)
    story += _heading_block(doc, styles)
    story += _attendance(doc, styles)
    story += _previous_minutes(doc, styles)
    story += _agenda(doc, styles)
    story += _consent_adoptions(doc, styles)
    story += _notices(record, styles)
    story += _documents(record, styles)
    # The adjournment, the signatures and the approval statement on one page: none is left alone.
    close = [*_adjournment(doc, styles), Spacer(1, 14)]
    signing = [SignatureSpace(signature_room)] if signature_room is not None else []
    story.append(_Together(close + _signatures(doc, styles) + _approval_block(doc, styles) + signing))
    story += _corrections(doc, styles)
    story = _join_headings(story)
    state = f"approved {hs.day(doc.approval.approved_on)}" if doc.approval else "draft"
    meta = PdfMeta(
        title=f"Minutes — {m.body_name}, {kind.lower()} meeting of {hs.day(m.scheduled_start)}",
        author=m.recording_name or m.body_name,
        subject=f"Official minutes ({state})" + (f"; SHA-256 {doc.approval.sha256}" if doc.approval else ""),
        keywords=f"minutes, {m.body_name}, {m.scheduled_start:%Y-%m-%d}",
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
    out: list[Flowable] = [
        Paragraph(
            esc(hs.long_day(m.scheduled_start)) + f" · {esc(hs.time(m.scheduled_start))}", st["centre"]
        ),
        Paragraph(esc(m.location) if m.location else "<i>Place not recorded</i>", st["centre"]),
    ]
    if m.title:
        out.append(Paragraph(esc(m.title), st["centre"]))
    whole = [(n, c) for n, c in enumerate(doc.record.corrections, 1) if c.entity != "agenda_item"]
    if whole:
        out.append(Paragraph(_markers(whole).strip(), st["centre"]))
    out.append(Spacer(1, 8))
    if doc.approval is None:
        for sentence in doc.missing_texts:
            out.append(Paragraph("<b>Warning:</b> " + esc(sentence), st["warning"]))
    if doc.integrity_warning:
        out.append(Paragraph("<b>Warning:</b> " + esc(doc.integrity_warning), st["warning"]))
    if m.is_sample:
        out.append(
            Paragraph(
                "<i>Sample data: parts of this meeting are illustrative and not taken from the "
                "public record.</i>",
                st["small"],
            )
        )
    out.append(Bookmark("call-to-order", "Call to order", 0))
    out.append(Paragraph("Call to order", st["h1"]))
    if m.called_to_order_at:
        by = f" by the presiding officer, {esc(m.presiding_name)}" if m.presiding_name else ""
        out.append(
            Paragraph(
                _sentence(f"The meeting was called to order at {hs.time(m.called_to_order_at)}{by}"),
                st["body"],
            )
        )
    else:
        out.append(Paragraph("The time the meeting was called to order was not recorded.", st["body"]))
    out.append(
        Paragraph(
            f"Presiding officer: {esc(m.presiding_name) or '<i>not recorded</i>'}. "
            f"Clerk: {esc(m.recording_name) or '<i>not recorded</i>'}.",
            st["body"],
        )
    )
    return out


def _sentence(text: str) -> str:
    """`text` with one full stop: never "p.m.." when it ends with a clock time."""
    return text if text.endswith(".") else text + "."


def _names(rows: list[AttendanceDTO], with_reason: bool = False) -> str:
    parts = []
    for r in rows:
        text = esc(r.person_name) + (f" ({esc(r.post_label)})" if r.post_label else "")
        if with_reason:
            text += f" — {esc(r.remote_reason) or 'reason not recorded'}"
        parts.append(text)
    return "; ".join(parts) if parts else "none"


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
    out: list[Flowable] = [
        Bookmark("attendance", "Attendance and quorum", 0),
        Paragraph("Attendance", st["h1"]),
    ]
    out.append(Paragraph(f"<b>Members present:</b> {_names(by[AttendanceStatus.PRESENT])}.", st["body"]))
    if by[AttendanceStatus.REMOTE]:
        out.append(
            Paragraph(
                f"<b>Members participating remotely:</b> {_names(by[AttendanceStatus.REMOTE], True)}."
                + (
                    " Every vote below is recorded by roll call, as the law requires when a member "
                    "participates remotely."
                    if doc.every_vote_by_roll_call
                    else ""
                ),
                st["body"],
            )
        )
    # An excused member is listed once, as excused, not also as absent.
    out.append(Paragraph(f"<b>Members absent:</b> {_names(by[AttendanceStatus.ABSENT])}.", st["body"]))
    if by[AttendanceStatus.EXCUSED]:
        out.append(Paragraph(f"<b>Members excused:</b> {_names(by[AttendanceStatus.EXCUSED])}.", st["body"]))
    if unrecorded:
        out.append(Paragraph(f"<b>Attendance not recorded for:</b> {_names(unrecorded)}.", st["body"]))
    if others:
        out.append(Paragraph(f"<b>Also present:</b> {_names(others)}.", st["body"]))
    q = record.quorum
    if q.has_quorum:
        text = (
            f"A quorum was present: {q.present} of the {q.seats_filled} members "
            f"({q.required} required for a quorum)."
        )
    else:
        text = f"<b>A quorum was NOT present:</b> {q.present} members present; {q.required} are required."
    out.append(Paragraph(text, st["body"]))
    return out


def _previous_minutes(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [
        Bookmark("previous-minutes", "Approval of previous minutes", 0),
        Paragraph("Approval of previous minutes", st["h1"]),
    ]
    for a in doc.approved_here:
        out.append(
            Paragraph(
                f"The minutes of the meeting of {doc.style.day(a.meeting_start)} were approved "
                f"{label(a.manner).lower()}.",
                st["body"],
            )
        )
    items = [e for e in doc.record.items if e.item.kind is AgendaItemKind.APPROVAL_OF_MINUTES]
    if items:
        numbers = ", ".join(e.item.number for e in items)
        out.append(
            Paragraph(f"The motion and vote are recorded under item {esc(numbers)} below.", st["body"])
        )
    elif not doc.approved_here:
        out.append(Paragraph("No minutes of earlier meetings were presented for approval.", st["body"]))
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
    out: list[Flowable] = [
        Bookmark("agenda", "Business of the meeting", 0),
        Paragraph("Business of the meeting", st["h1"]),
    ]
    if not record.items:
        out.append(Paragraph("No agenda items were recorded.", st["body"]))
    events = _comings_and_goings(record, doc.style)
    starts = [_item_start(e) for e in record.items]
    by_item: dict[int, list[Event]] = {}
    for event in events:
        begun = [n for n, t in enumerate(starts) if t is not None and t <= event[0]]
        if begun:
            by_item.setdefault(begun[-1], []).append(event)
        else:  # before the first item began: at the head of the business
            out.append(Paragraph(f"<i>{event[1]}</i>", st["body"]))
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


def _comings_and_goings(record: MeetingRecord, hs: HouseStyle) -> list[Event]:
    """Members who arrived after the call to order or left before adjournment, in time order."""
    m = record.meeting
    out: list[Event] = []
    for a in record.attendance:
        who = esc(a.person_name) + (f" ({esc(a.post_label)})" if a.post_label else "")
        if a.arrived_at and (m.called_to_order_at is None or a.arrived_at > m.called_to_order_at):
            out.append((a.arrived_at, f"{who} arrived at {hs.time(a.arrived_at)}."))
        if a.left_at and (m.adjourned_at is None or a.left_at < m.adjourned_at):
            out.append((a.left_at, f"{who} left the meeting at {hs.time(a.left_at)}."))
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
    number = f"{item.number}. " if item.number else ""
    heading = f"{number}{item.title}"
    style = st["h2"] if item.depth else _derived(st, "h2", fontSize=10.5)
    indent = _derived(st, "body", leftIndent=12 * item.depth)
    out: list[Flowable] = [
        Bookmark(f"item-{item.id}", heading[:200], 1 + item.depth),
        tag(
            Paragraph(
                esc(number) + esc(item.title) + _markers(corrections),
                # keepWithNext: a heading never ends a page, whatever follows (a motion kept together).
                _derived(st, "h2", fontSize=style.fontSize, leftIndent=12 * item.depth, keepWithNext=1),
            ),
            f"H{min(3 + item.depth, 6)}",
        ),
    ]
    if item.consent:
        out.append(Paragraph("<i>Consent agenda item.</i>", indent))
    if entry.matter:
        out += _matter(entry.matter, indent, item.title)
    if item.body:
        out.append(Paragraph(esc(item.body), indent))
    if item.discussion:
        out.append(Paragraph("<b>Discussion:</b> " + esc(item.discussion), indent))
    out += _speakers(entry, st, indent)
    if entry.documents:
        docs = "; ".join(_exhibit(d.title, d.file_name) for d in entry.documents)
        out.append(Paragraph(f"<b>Documents:</b> {docs}.", indent))
    pending = list(events)
    for motion in sorted(entry.motions, key=_happened):
        when = _happened(motion)[1]
        while pending and when and pending[0][0] < when:
            out.append(Paragraph(f"<i>{pending.pop(0)[1]}</i>", indent))
        out += _motion(motion, st, indent, ctx)
    out += [Paragraph(f"<i>{text}</i>", indent) for _, text in pending]
    if item.action_text:
        out.append(Paragraph("<b>Action:</b> " + esc(item.action_text), indent))
    if (
        entry.matter
        and entry.matter.full_text
        and any(
            mo.kind in (MotionKind.MAIN, MotionKind.SUBSTITUTE) and mo.disposition in ADOPTED
            for mo in entry.motions
        )
    ):
        what = label(entry.matter.kind).lower()
        out.append(
            Paragraph(
                f"<b>Text of the {what} as adopted ({esc(entry.matter.identifier)}):</b>",
                _derived(st, "body", leftIndent=indent.leftIndent, keepWithNext=1),
            )
        )
        for para in entry.matter.full_text.split("\n\n"):
            if para.strip():
                quote = _derived(st, "quote", leftIndent=indent.leftIndent + 16, textColor=colors.black)
                out.append(Paragraph(esc(para.strip()), quote))
    for n, c in corrections:
        out.append(
            Paragraph(
                f"<b>Correction {n}</b> (recorded {ctx.style.day(c.made_on)}): "
                "this entry was corrected after approval; "
                "see “Corrections after approval” at the end of these minutes.",
                _derived(st, "note", leftIndent=indent.leftIndent + 8),
            )
        )
    if ctx.draft:
        for sentence in missing_texts_of(entry):
            out.append(Paragraph("<b>Warning:</b> " + esc(sentence), st["warning"]))
    return out


def _markers(corrections: list[tuple[int, CorrectionDTO]]) -> str:
    """' [Corrected — see correction 1]' beside an entry corrected after approval."""
    return "".join(f" <font size=8>[Corrected — see correction {n}]</font>" for n, _ in corrections)


def _matter(matter: MatterDTO, style: ParagraphStyle, heading: str) -> list[Flowable]:
    # The item's heading usually is the matter's title: then the identifier alone, not the title twice.
    same = matter.title.strip().casefold() in heading.casefold()
    title = "" if same else f" {esc(matter.title)}"
    out: list[Flowable] = [
        Paragraph(
            f"<b>{esc(label(matter.kind))} {esc(matter.identifier)}{':' if title else ''}</b>{title}", style
        )
    ]
    primary = [s for s in matter.sponsors if s.is_primary]
    co = [s for s in matter.sponsors if not s.is_primary]

    def who(s: SponsorDTO) -> str:
        if s.is_member:
            return esc(s.name)
        title = f", {esc(s.title)}" if s.title else ""
        return f"{esc(s.name)}{title} (not a member)"

    if primary:
        out.append(Paragraph("<b>Sponsor:</b> " + "; ".join(who(s) for s in primary) + ".", style))
    if co:
        out.append(Paragraph("<b>Co-sponsors:</b> " + "; ".join(who(s) for s in co) + ".", style))
    return out


def _speakers(entry: ItemRecord, st: Styles, indent: ParagraphStyle) -> list[Flowable]:
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
        out.append(Paragraph(f"<b>{heading}:</b>", indent))
        for s in speakers:
            out.append(Paragraph(speaker_sentence(s), bullet, bulletText="•"))
    return out


def speaker_sentence(s: SpeakerDTO, strong: tuple[str, str] = ("<b>", "</b>")) -> str:
    """How the minutes record a speaker, as escaped markup (the PDF and HTML editions differ only in
    the tags around the name): name, affiliation, residence, kind, stance, summary."""
    text = f"{strong[0]}{esc(s.name)}{strong[1]}"
    if s.affiliation:
        text += f", {esc(s.affiliation)}"
    if s.residence:
        text += f", of {esc(s.residence)}" if s.affiliation else f" of {esc(s.residence)}"
    if s.kind is not SpeakerKind.PUBLIC_COMMENT:
        text += f" ({label(s.kind).lower()})"
    if s.stance:
        text += f" — spoke {_stance(s.stance.value)}"
    if s.summary:
        text += f". {esc(s.summary)}"
    return text


def _stance(value: str) -> str:
    return {"for": "in favour", "against": "in opposition", "neutral": "without taking a position"}[value]


def _motion(motion: MotionDTO, st: Styles, indent: ParagraphStyle, ctx: _Context) -> list[Flowable]:
    left = indent.leftIndent + (14 if motion.parent_motion_id else 0)
    style = _derived(st, "body", leftIndent=left)
    kind = "Motion" if motion.kind is MotionKind.MAIN else f"Motion ({label(motion.kind).lower()})"
    mover = esc(motion.mover_name) if motion.mover_name else "<i>mover not recorded</i>"
    second = (
        f", seconded by {esc(motion.seconder_name)}" if motion.seconder_name else ", no seconder recorded"
    )
    at = f" at {ctx.style.time(motion.made_at)}" if motion.made_at else ""
    out: list[Flowable] = [
        Paragraph(f"<b>{kind}</b> by {mover}{second}{at}:", style),
        Paragraph(
            esc(motion.text),
            _derived(st, "quote", leftIndent=left + 14, textColor=colors.black),
        ),
    ]
    for vote in sorted(motion.votes, key=lambda v: (v.taken_at is None, v.taken_at or 0, v.id)):
        out += _vote(vote, st, left, ctx)
    out.append(Paragraph(f"<b>Disposition:</b> {_disposition(motion.disposition)}.", style))
    # A motion is never parted from its vote and disposition (a long roll call splits on its own).
    return [_Together(out)]


def _happened(motion: MotionDTO) -> tuple[bool, Any, int]:
    """When a motion was made (else first voted on): amendments voted first print first."""
    times = [motion.made_at] + [v.taken_at for v in motion.votes]
    first = min((t for t in times if t is not None), default=None)
    return (first is None, first or 0, motion.id)


def _disposition(d: MotionDisposition) -> str:
    # One form for every disposition: a capital, then lower case ("Laid on the table" beside "Adopted").
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
    out: list[Flowable] = [Paragraph(line, style)]
    if vote.warning:
        out.append(
            Paragraph(
                "<b>Note:</b> " + esc(vote.warning),
                _derived(st, "note", leftIndent=left + 14),
            )
        )
    if as_table:
        out.append(_roll_call_table(vote, st, ctx.width - left - 14, ctx.seats))
    return out


def vote_line(vote: VoteDTO, style: HouseStyle = DEFAULT_STYLE) -> tuple[str, bool]:
    """The vote's sentence (markup: <b> only) and whether a roll-call table follows it.

    Counts only: a unanimous vote is one line naming who did not vote, a split roll call a table.
    Counts with names: the sentence names the smaller side and everyone who did not vote, so a
    table follows only when the body prints tables always (as it does under counts, too).
    """
    word = "Adopted" if vote.result is VoteResult.PASS else "Failed"
    t = vote.tally
    unanimous = " unanimously" if vote.unanimous and vote.result is VoteResult.PASS else ""
    taken = f" at {style.time(vote.taken_at)}" if vote.taken_at else ""
    required = f" Required: {esc(vote.threshold.describe().lower())}."
    lead = f"<b>Vote ({METHOD_WORDS[vote.method]}{taken}):</b> {word}{unanimous}, "
    if style.vote_sentence is VoteSentenceStyle.NAMES and vote.ballots:
        sides = _sides(vote)
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


SIDE_WORDS = (
    (BallotOption.ABSTAIN, "abstaining"),
    (BallotOption.RECUSED, "recused"),
    (BallotOption.PRESENT, "present, not voting"),
    (BallotOption.ABSENT, "absent"),
    (BallotOption.EXCUSED, "excused"),
)


def _sides(vote: VoteDTO) -> str:
    """'Menten, Mihalik opposed; Archuleta abstaining; Folska absent': the smaller side by name
    (the opposed on a tie), then everyone who did not vote yes or no."""

    def names(option: BallotOption) -> str:
        return ", ".join(esc(b.person_name) for b in vote.ballots if b.option is option)

    t = vote.tally
    parts = []
    if t.no and (t.no <= t.yes or not t.yes):
        parts.append(f"{names(BallotOption.NO)} opposed")
    elif t.yes and t.yes < t.no:
        parts.append(f"{names(BallotOption.YES)} in favour")
    for option, words in SIDE_WORDS:
        who = names(option)
        if who:
            parts.append(f"{who} {words}")
    return "; ".join(parts)


def _not_voting(vote: VoteDTO) -> str:
    """' Excused: A. Absent: B.' for the members a one-line vote does not list."""
    parts = []
    for option in (BallotOption.ABSENT, BallotOption.EXCUSED, BallotOption.RECUSED, BallotOption.ABSTAIN):
        names = [esc(b.person_name) for b in vote.ballots if b.option is option]
        if names:
            parts.append(f" {OPTION_WORDS[option]}: {', '.join(names)}.")
    return "".join(parts)


def _cell(text: str, width: float, style: ParagraphStyle) -> Flowable | str:
    """Short text as a plain string (fast); text that could overflow its column as a wrapping Paragraph."""
    if text and _cell_text_width(text) + 2 * CELL_PADDING > width:
        return Paragraph(esc(text), style)
    return text  # a table draws strings as they are: nothing to escape


@lru_cache(maxsize=4096)
def _cell_text_width(text: str) -> float:
    """Width of a cell's text; member names, seats and vote words repeat in every roll call."""
    return float(stringWidth(text, FONT, CELL_FONT_SIZE))


def _roll_call_table(vote: VoteDTO, st: Styles, width: float, seats: dict[int, str]) -> Flowable:
    cell = st["cell"]
    columns = [("Member", 0.36), ("Seat", 0.16), ("Vote", 0.18), ("Note", 0.30)]
    values = [
        (b.person_name, seats.get(b.person_id, ""), OPTION_WORDS[b.option], b.note) for b in vote.ballots
    ]
    # Only the columns that hold something: no empty Seat or Note column across the page.
    keep = [n for n in range(4) if n in (0, 2) or any(v[n] for v in values)]
    share = sum(columns[n][1] for n in keep)
    widths = [width * columns[n][1] / share for n in keep]
    rows: list[list[Flowable | str]] = [[columns[n][0] for n in keep]]
    for v in values:
        rows.append([_cell(v[n], w, cell) for n, w in zip(keep, widths, strict=True)])
    t = vote.tally
    counts = ", ".join(f"{OPTION_WORDS[BallotOption(k)]}: {v}" for k, v in t.as_dict().items() if v)
    long_cells = any(isinstance(value, Paragraph) for row in rows for value in row)
    rows.append([Paragraph(f"<b>Totals</b> — {counts}", cell)] + [""] * (len(keep) - 1))
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
    out: list[Flowable] = [
        Bookmark("consent", "Adopted by consent", 0),
        Paragraph("Adopted by consent", st["h1"]),
        Paragraph("The following items were adopted by one vote on the consent agenda:", st["body"]),
    ]
    for a in adopted:
        matter = f" ({esc(a.matter_identifier)})" if a.matter_identifier else ""
        out.append(Paragraph(f"{esc(a.number)}. {esc(a.title)}{matter}", st["bullet"], bulletText="•"))
    return out


def _notices(record: MeetingRecord, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [
        Bookmark("notices", "Points of order and notices", 0),
        Paragraph("Points of order and notices", st["h1"]),
    ]
    lines = [x.strip() for x in record.meeting.notices.splitlines() if x.strip()]
    if not lines:
        out.append(Paragraph("None recorded.", st["body"]))
    for line in lines:
        out.append(Paragraph(esc(line), st["bullet"], bulletText="•"))
    return out


def _documents(record: MeetingRecord, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [
        Bookmark("documents", "Documents and exhibits", 0),
        Paragraph("Documents and exhibits", st["h1"]),
    ]
    docs = [(e.item, d) for e in record.items for d in e.documents]
    if not docs:
        out.append(Paragraph("No documents or exhibits were recorded as used at this meeting.", st["body"]))
    for item, d in docs:
        size = f"{d.size / 1024:.0f} KB" if d.size >= 1024 else f"{d.size} bytes"
        out.append(
            Paragraph(
                f"Item {esc(item.number)}: <b>{esc(d.title)}</b>"
                + ("" if _same_name(d.title, d.file_name) else f" — {esc(d.file_name)}")
                + f", {size}, "
                f"SHA-256 {d.sha256[:16]}…",
                st["bullet"],
                bulletText="•",
            )
        )
    return out


def _same_name(title: str, file_name: str) -> bool:
    """A title that only repeats the file name ("budget.pdf" or "budget")."""
    stem = file_name.rsplit(".", 1)[0]
    return title.strip().casefold() in (file_name.casefold(), stem.casefold())


def _exhibit(title: str, file_name: str) -> str:
    return esc(title) if _same_name(title, file_name) else f"{esc(title)} ({esc(file_name)})"


def _adjournment(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    m = doc.record.meeting
    text = (
        _sentence(f"The meeting adjourned at {doc.style.time(m.adjourned_at)}")
        if m.adjourned_at
        else "The time of adjournment was not recorded."
    )
    return [
        Bookmark("adjournment", "Adjournment", 0),
        Paragraph("Adjournment", st["h1"]),
        Paragraph(text, st["body"]),
    ]


def _signatures(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    m = doc.record.meeting
    cell = st["cell"]
    line = "_" * 38
    rows = [
        [Paragraph("Respectfully submitted,", cell), Paragraph("Attest:", cell)],
        [Spacer(1, 22), Spacer(1, 22)],
        [Paragraph(line, cell), Paragraph(line, cell)],
        [
            Paragraph(f"{esc(m.recording_name) or '&nbsp;'}<br/>{esc(doc.settings.clerk_title)}", cell),
            Paragraph(f"{esc(m.presiding_name) or '&nbsp;'}<br/>Presiding Officer", cell),
        ],
        [Paragraph("Date: " + "_" * 20, cell), Paragraph("Date: " + "_" * 20, cell)],
    ]
    width = content_width(doc.settings.paper)
    table = TaggedTable(rows, colWidths=[width / 2, width / 2], layout=True)
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return [Bookmark("signatures", "Signatures", 0), table]


def _approval_block(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 10)]
    if doc.approval is None:
        out.append(
            Paragraph(
                "<b>DRAFT</b> — these minutes have not been approved by the "
                f"{esc(doc.record.meeting.body_name)}.",
                st["warning"],
            )
        )
        return out
    a = doc.approval
    out += [
        Paragraph(f"<b>{esc(approval_sentence(a, style=doc.style))}</b>", st["body"]),
        Paragraph(f"Content fingerprint (SHA-256): <font size=8>{a.sha256}</font>", st["body"]),
    ]
    if a.chain_head:
        out.append(
            Paragraph(f"Record chain head when printed: <font size=8>{a.chain_head}</font>", st["body"])
        )
    out.append(Paragraph(esc(fingerprint_note(a)), st["small"]))
    return out


def fingerprint_note(a: ApprovalStatement) -> str:
    """What the printed fingerprint (and chain head) are for, in the reader's words."""
    text = (
        "The fingerprint identifies the exact content approved; CouncilDesk’s Verify recomputes it "
        "from the records to show that nothing has changed since."
    )
    if a.chain_head:
        text += (
            " The chain head links every approval, correction and change logged before this copy was "
            "printed: `councildesk verify --against` it shows whether any of them was rewritten later."
        )
    return text


def approval_sentence(a: ApprovalStatement, *, where: bool = True, style: HouseStyle = DEFAULT_STYLE) -> str:
    """'Approved on DATE by vote of the BODY (9–0) at its meeting of DATE, as read.' — the vote
    only when one is linked: without it the minutes say where, not how, they were approved.
    `where=False` leaves the meeting out (the page footer has room for one line)."""
    start = a.approving_meeting_start if where else None
    at = f" at its meeting of {style.day(start)}" if start else ""
    if a.vote_summary:
        how = f" by vote of the {a.body_name} ({a.vote_summary}){at}"
    elif at:
        how = f" by the {a.body_name}{at}"
    else:
        how = f" by the {a.body_name}"
    return f"Approved on {style.day(a.approved_on)}{how}, {label(a.manner).lower()}."


def _corrections(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    record = doc.record
    corrections = record.corrections
    numbers = {e.item.id: e.item.number for e in record.items}
    if not corrections:
        return []
    out: list[Flowable] = [
        Bookmark("corrections", "Corrections after approval", 0),
        Paragraph("Corrections after approval", st["h1"]),
        Paragraph(
            "These corrections were recorded after the minutes were approved. The approved text above is "
            "unchanged; each correction is listed here with its reason.",
            st["small"],
        ),
    ]
    for n, c in enumerate(corrections, 1):
        where = ", to the minutes as a whole"
        if c.entity == "agenda_item" and c.entity_id in numbers:
            where = f", to item {esc(numbers[c.entity_id])}"
        if c.field:
            where += f" ({esc(c.field)})"
        block: list[Flowable] = [
            Paragraph(f"<b>Correction {n}</b>, recorded {doc.style.day(c.made_on)}{where}", st["label"]),
            Paragraph("<b>Reason:</b> " + esc(c.reason), st["indent"]),
        ]
        if c.before:
            block.append(Paragraph("<b>As approved:</b> " + esc(c.before), st["indent"]))
        if c.after:
            block.append(Paragraph("<b>Corrected to read:</b> " + esc(c.after), st["indent"]))
        out.append(_Together(block))
    return out
