"""Official minutes as PDF: every item of the DESIGN.md §4 checklist, from a MinutesDocument."""

from __future__ import annotations

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
from councildesk.domain.rules import describe_tally
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
    letterhead,
    long_day_text,
    make_styles,
    time_text,
)
from councildesk.reports.tagging import TaggedTable
from councildesk.services.dto import (
    AttendanceDTO,
    CorrectionDTO,
    ItemRecord,
    MatterDTO,
    MeetingRecord,
    MotionDTO,
    SponsorDTO,
    VoteDTO,
)
from councildesk.services.minutes_document import MinutesDocument

__all__ = ["MinutesDocument", "minutes_parts", "minutes_pdf"]

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


def _derived(st: Styles, parent: str, **changes: Any) -> ParagraphStyle:
    """`st[parent]` with `changes`, made once per set of styles: items and motions reuse a few indents."""
    key = f"{parent}|" + "|".join(f"{k}={v}" for k, v in sorted(changes.items()))
    style = st.get(key)
    if style is None:
        style = st[key] = ParagraphStyle(key, parent=st[parent], **changes)
    return style


def minutes_pdf(doc: MinutesDocument, *, invariant: bool = False) -> bytes:
    """The minutes as PDF bytes; `invariant` gives byte-identical output for the same input."""
    story, frame, meta = minutes_parts(doc, make_styles())
    return build_pdf(story, frame, meta, invariant=invariant)


def minutes_parts(doc: MinutesDocument, styles: Styles) -> tuple[list[Flowable], PageFrame, PdfMeta]:
    """The story, page frame and PDF metadata of one meeting's minutes (a volume binds several)."""
    record = doc.record
    m = record.meeting
    kind = label(m.kind)
    title = (
        f"Minutes of the {kind} Meeting"
        if m.kind.value != "executive_session"
        else "Minutes of the Executive Session"
    )
    if doc.approval:
        a = doc.approval
        footer: tuple[str, ...] = (
            f"Approved on {day_text(a.approved_on)} by vote of the {a.body_name}"
            + (f" ({a.vote_summary})" if a.vote_summary else "")
            + f", {label(a.manner).lower()}.",
            f"Content fingerprint (SHA-256): {a.sha256}",
        )
    else:
        footer = ("DRAFT — not approved. This draft may change before the body approves it.",)
    frame = PageFrame(
        municipality=doc.municipality,
        body_name=m.body_name,
        running_title=f"Minutes · {long_day_text(m.scheduled_start)}",
        footer_lines=footer,
        watermark="" if doc.approval else "DRAFT",
        paper=doc.settings.paper,
    )
    story: list[Flowable] = letterhead(frame, doc.settings.logo_path, styles, title)
    story += _heading_block(doc, styles)
    story += _attendance(record, styles)
    story += _previous_minutes(doc, styles)
    story += _agenda(doc, styles)
    story += _consent_adoptions(doc, styles)
    story += _notices(record, styles)
    story += _documents(record, styles)
    story += _adjournment(record, styles)
    # The signatures and the approval statement belong on one page: neither is left alone.
    story += [Spacer(1, 14), KeepTogether(_signatures(doc, styles) + _approval_block(doc, styles))]
    story += _corrections(record, styles)
    state = f"approved {day_text(doc.approval.approved_on)}" if doc.approval else "draft"
    meta = PdfMeta(
        title=f"Minutes — {m.body_name}, {kind.lower()} meeting of {day_text(m.scheduled_start)}",
        author=m.recording_name or m.body_name,
        subject=f"Official minutes ({state})" + (f"; SHA-256 {doc.approval.sha256}" if doc.approval else ""),
        keywords=f"minutes, {m.body_name}, {m.scheduled_start:%Y-%m-%d}",
    )
    return story, frame, meta


# -- the opening -----------------------------------------------------------------------------


def _heading_block(doc: MinutesDocument, st: Styles) -> list[Flowable]:
    m = doc.record.meeting
    out: list[Flowable] = [
        Paragraph(
            esc(long_day_text(m.scheduled_start)) + f" · {esc(time_text(m.scheduled_start))}", st["centre"]
        ),
        Paragraph(esc(m.location) if m.location else "<i>Place not recorded</i>", st["centre"]),
    ]
    if m.title:
        out.append(Paragraph(esc(m.title), st["centre"]))
    out.append(Spacer(1, 8))
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
                f"The meeting was called to order at {time_text(m.called_to_order_at)}{by}.", st["body"]
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


def _names(rows: list[AttendanceDTO], with_reason: bool = False) -> str:
    parts = []
    for r in rows:
        text = esc(r.person_name) + (f" ({esc(r.post_label)})" if r.post_label else "")
        if with_reason:
            text += f" — {esc(r.remote_reason) or 'reason not recorded'}"
        parts.append(text)
    return "; ".join(parts) if parts else "none"


def _attendance(record: MeetingRecord, st: Styles) -> list[Flowable]:
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
                f"<b>Members participating remotely:</b> {_names(by[AttendanceStatus.REMOTE], True)}. "
                "Every vote below is recorded by roll call, as the law requires when a member "
                "participates remotely.",
                st["body"],
            )
        )
    absent = by[AttendanceStatus.ABSENT] + by[AttendanceStatus.EXCUSED]
    out.append(Paragraph(f"<b>Members absent:</b> {_names(absent)}.", st["body"]))
    if by[AttendanceStatus.EXCUSED]:
        out.append(Paragraph(f"Excused: {_names(by[AttendanceStatus.EXCUSED])}.", st["indent"]))
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
                f"The minutes of the meeting of {day_text(a.meeting_start)} were approved "
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
    remote = any(a.status is AttendanceStatus.REMOTE for a in record.attendance)
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
    for entry in record.items:
        out += _item(entry, st, remote, seats, corrections.get(entry.item.id, []), width)
    return out


def _item(
    entry: ItemRecord,
    st: Styles,
    remote: bool,
    seats: dict[int, str],
    corrections: list[tuple[int, CorrectionDTO]],
    width: float,
) -> list[Flowable]:
    item = entry.item
    number = f"{item.number}. " if item.number else ""
    heading = f"{number}{item.title}"
    style = st["h2"] if item.depth else _derived(st, "h2", fontSize=10.5)
    indent = _derived(st, "body", leftIndent=12 * item.depth)
    out: list[Flowable] = [
        CondPageBreak(60),
        Bookmark(f"item-{item.id}", heading[:200], 1 + item.depth),
        Paragraph(
            esc(number) + esc(item.title),
            # The CondPageBreak above keeps the heading with what follows, more cheaply than keepWithNext.
            _derived(st, "h2", fontSize=style.fontSize, leftIndent=12 * item.depth, keepWithNext=0),
        ),
    ]
    if item.consent:
        out.append(Paragraph("<i>Consent agenda item.</i>", indent))
    if entry.matter:
        out += _matter(entry.matter, indent)
    if item.body:
        out.append(Paragraph(esc(item.body), indent))
    if item.discussion:
        out.append(Paragraph("<b>Discussion:</b> " + esc(item.discussion), indent))
    out += _speakers(entry, st, indent)
    if entry.documents:
        docs = "; ".join(f"{esc(d.title)} ({esc(d.file_name)})" for d in entry.documents)
        out.append(Paragraph(f"<b>Documents:</b> {docs}.", indent))
    for motion in entry.motions:
        out += _motion(motion, st, indent, remote, seats, width)
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
            Paragraph(f"<b>Text of the {what} as adopted ({esc(entry.matter.identifier)}):</b>", indent)
        )
        for para in entry.matter.full_text.split("\n\n"):
            if para.strip():
                quote = _derived(st, "quote", leftIndent=indent.leftIndent + 16, textColor=colors.black)
                out.append(Paragraph(esc(para.strip()), quote))
    for n, c in corrections:
        out.append(
            Paragraph(
                f"<b>Correction {n}</b> (recorded {day_text(c.made_on)}): "
                "this entry was corrected after approval; "
                "see “Corrections after approval” at the end of these minutes.",
                _derived(st, "note", leftIndent=indent.leftIndent + 8),
            )
        )
    return out


def _matter(matter: MatterDTO, style: ParagraphStyle) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph(f"<b>{esc(label(matter.kind))} {esc(matter.identifier)}:</b> {esc(matter.title)}", style)
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
            text = f"<b>{esc(s.name)}</b>"
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
            out.append(Paragraph(text, bullet, bulletText="•"))
    return out


def _stance(value: str) -> str:
    return {"for": "in favour", "against": "in opposition", "neutral": "without taking a position"}[value]


def _motion(
    motion: MotionDTO, st: Styles, indent: ParagraphStyle, remote: bool, seats: dict[int, str], width: float
) -> list[Flowable]:
    left = indent.leftIndent + (14 if motion.parent_motion_id else 0)
    style = _derived(st, "body", leftIndent=left)
    kind = "Motion" if motion.kind is MotionKind.MAIN else f"Motion ({label(motion.kind).lower()})"
    mover = esc(motion.mover_name) if motion.mover_name else "<i>mover not recorded</i>"
    second = (
        f", seconded by {esc(motion.seconder_name)}" if motion.seconder_name else ", no seconder recorded"
    )
    at = f" at {time_text(motion.made_at)}" if motion.made_at else ""
    out: list[Flowable] = [
        CondPageBreak(45),  # the motion line starts a page together with its text
        Paragraph(f"<b>{kind}</b> by {mover}{second}{at}:", style),
        Paragraph(
            esc(motion.text),
            _derived(st, "quote", leftIndent=left + 14, textColor=colors.black),
        ),
    ]
    for vote in motion.votes:
        out += _vote(vote, st, left, remote, seats, width)
    out.append(Paragraph(f"<b>Disposition:</b> {_disposition(motion.disposition)}.", style))
    return out


def _disposition(d: MotionDisposition) -> str:
    return {
        MotionDisposition.PENDING: "pending (no action recorded)",
        MotionDisposition.NO_SECOND: "not taken up for want of a second",
        MotionDisposition.TABLED: "laid on the table",
        MotionDisposition.REFERRED: "referred",
        MotionDisposition.POSTPONED: "postponed",
    }.get(d, label(d))


def _vote(
    vote: VoteDTO, st: Styles, left: float, remote: bool, seats: dict[int, str], width: float
) -> list[Flowable]:
    style = _derived(st, "body", leftIndent=left + 14)
    word = "Adopted" if vote.result is VoteResult.PASS else "Failed"
    t = vote.tally
    if vote.unanimous and vote.result is VoteResult.PASS:
        head = f"{word} unanimously, {describe_tally(t)}"
    else:
        head = f"{word}, {describe_tally(t)}"
    taken = f" at {time_text(vote.taken_at)}" if vote.taken_at else ""
    line = (
        f"<b>Vote ({METHOD_WORDS[vote.method]}{taken}):</b> {head} "
        f"(yes {t.yes}, no {t.no}"
        + (f", abstaining {t.abstain}" if t.abstain else "")
        + f"). Required: {esc(vote.threshold.describe().lower())}."
    )
    as_table = vote.ballots and (vote.method is VoteMethod.ROLL_CALL or remote or not vote.unanimous)
    # Room for the vote line, the table header and two members, so the line is never left alone.
    out: list[Flowable] = [CondPageBreak(75 if as_table else 30), Paragraph(line, style)]
    if vote.warning:
        out.append(
            Paragraph(
                "<b>Note:</b> " + esc(vote.warning),
                _derived(st, "note", leftIndent=left + 14),
            )
        )
    if as_table:
        out.append(_roll_call_table(vote, st, width - left - 14, seats))
    return out


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
    widths = [width * 0.36, width * 0.16, width * 0.18, width * 0.30]
    rows: list[list[Flowable | str]] = [["Member", "Seat", "Vote", "Note"]]
    for b in vote.ballots:
        values = (b.person_name, seats.get(b.person_id, ""), OPTION_WORDS[b.option], b.note)
        rows.append([_cell(v, w, cell) for v, w in zip(values, widths, strict=True)])
    t = vote.tally
    counts = ", ".join(f"{OPTION_WORDS[BallotOption(k)]}: {v}" for k, v in t.as_dict().items() if v)
    long_cells = any(isinstance(value, Paragraph) for row in rows for value in row)
    rows.append([Paragraph(f"<b>Totals</b> — {counts}", cell), "", "", ""])
    table = TaggedTable(
        rows,
        colWidths=widths,
        repeatRows=1,
        hAlign="RIGHT",
        splitInRow=1 if long_cells else 0,  # splitting inside a row is only needed for huge cells
        # Never leave the header with fewer than two members, nor the totals row on its own —
        # unless a cell holds text so long that rows must be split wherever they can be.
        rowSplitRange=None if long_cells else (3, -2),
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
    return table


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
                f"Item {esc(item.number)}: <b>{esc(d.title)}</b> — {esc(d.file_name)}, {size}, "
                f"SHA-256 {d.sha256[:16]}…",
                st["bullet"],
                bulletText="•",
            )
        )
    return out


def _adjournment(record: MeetingRecord, st: Styles) -> list[Flowable]:
    m = record.meeting
    text = (
        f"The meeting adjourned at {time_text(m.adjourned_at)}"
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
    at = f" at its meeting of {day_text(a.approving_meeting_start)}" if a.approving_meeting_start else ""
    vote = f" ({esc(a.vote_summary)})" if a.vote_summary else ""
    out += [
        Paragraph(
            f"<b>Approved on {day_text(a.approved_on)} by vote of the {esc(a.body_name)}</b>"
            f"{vote}{at}, {label(a.manner).lower()}.",
            st["body"],
        ),
        Paragraph(f"Content fingerprint (SHA-256): <font size=8>{a.sha256}</font>", st["body"]),
        Paragraph(
            "The fingerprint identifies the exact content approved; CouncilDesk’s Verify recomputes it "
            "from the records to show that nothing has changed since.",
            st["small"],
        ),
    ]
    return out


def _corrections(record: MeetingRecord, st: Styles) -> list[Flowable]:
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
        where = ""
        if c.entity == "agenda_item" and c.entity_id in numbers:
            where = f", to item {esc(numbers[c.entity_id])}"
        block: list[Flowable] = [
            Paragraph(f"<b>Correction {n}</b>, recorded {day_text(c.made_on)}{where}", st["label"]),
            Paragraph("<b>Reason:</b> " + esc(c.reason), st["indent"]),
        ]
        if c.before:
            block.append(Paragraph("<b>As approved:</b> " + esc(c.before), st["indent"]))
        if c.after:
            block.append(Paragraph("<b>Corrected to read:</b> " + esc(c.after), st["indent"]))
        out.append(KeepTogether(block))
    return out
