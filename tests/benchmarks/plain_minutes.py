"""A plain reportlab script printing a meeting's minutes: the floor our renderer is measured against.

    .venv/bin/python tests/benchmarks/plain_minutes.py RECORD.pickle OUT.pdf

Imports reportlab, the DTO classes and the fonts only (no SQLAlchemy, no councildesk.reports), so
that as a whole process it is what a clerk's hand-written script would cost: the runner pickles a
meeting's record and approval once and starts this beside `councildesk minutes` on the same meeting.
"""

from __future__ import annotations

import io
import pickle
import sys
import time
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

if __name__ == "__main__":  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from reportlab.platypus.flowables import Flowable

from councildesk.domain.enums import (
    AttendanceStatus,
    MotionDisposition,
    MotionKind,
    SpeakerKind,
    VoteMethod,
    VoteResult,
    label,
)
from councildesk.domain.rules import describe_tally
from councildesk.paths import resource
from councildesk.services.dto import AttendanceDTO, MeetingRecord
from councildesk.services.minutes_document import ApprovalStatement

FONT = "DejaVuSans"


def register_fonts() -> None:
    """The same four DejaVu faces the minutes embed, registered as a plain script would."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for suffix in ("", "-Bold", "-Oblique", "-BoldOblique"):
        pdfmetrics.registerFont(TTFont(FONT + suffix, str(resource("fonts", f"DejaVuSans{suffix}.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT + "-Bold", italic=FONT + "-Oblique", boldItalic=FONT + "-BoldOblique"
    )


def esc(text: str | None) -> str:
    return escape(text or "").replace("\n", "<br/>")


ADOPTED = {MotionDisposition.ADOPTED, MotionDisposition.ADOPTED_AS_AMENDED}
MAIN_KINDS = (MotionKind.MAIN, MotionKind.SUBSTITUTE)
STANCES = {"for": "in favour", "against": "in opposition", "neutral": "without taking a position"}


def plain_reportlab(record: MeetingRecord, approval: ApprovalStatement | None = None) -> bytes:
    """The minutes' text and tables as a flat Platypus story: reportlab's cost without CouncilDesk on top.

    It prints every paragraph, name, vote line and roll-call row the minutes print (the checklist's
    attendance groups, seats, documents, signature and approval blocks included), in the same order,
    but with a handful of styles, default table widths, no letterhead table, outline, watermark,
    running header/footer, page totals or keep-together rules: an honest floor for the same content.
    """
    register_fonts()
    body = ParagraphStyle("b", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=4)
    head = ParagraphStyle("h", parent=body, fontName="DejaVuSans-Bold", fontSize=10.5)
    indent = ParagraphStyle("i", parent=body, leftIndent=14)
    bullet = ParagraphStyle("u", parent=body, leftIndent=26, bulletIndent=14)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    m = record.meeting

    def clock(t: datetime | None) -> str:
        return "" if t is None else f"{t.hour % 12 or 12}:{t:%M} {'a.m.' if t.hour < 12 else 'p.m.'}"

    def day(d: date | datetime) -> str:
        return f"{d.day} {d:%B %Y}"

    def names(rows: list[AttendanceDTO], reason: bool = False) -> str:
        out = [
            esc(a.person_name)
            + (f" ({esc(a.post_label)})" if a.post_label else "")
            + (f" — {esc(a.remote_reason) or 'reason not recorded'}" if reason else "")
            for a in rows
        ]
        return "; ".join(out) or "none"

    story: list[Flowable] = [
        Paragraph(esc(m.municipality), body),
        Paragraph(esc(m.body_name), head),
        Paragraph(f"Minutes of the {label(m.kind)} Meeting", head),
        Paragraph(f"{m.scheduled_start:%A}, {day(m.scheduled_start)} · {clock(m.scheduled_start)}", body),
        Paragraph(esc(m.location) or "<i>Place not recorded</i>", body),
    ]
    if m.title:
        story.append(Paragraph(esc(m.title), body))
    if m.is_sample:
        story.append(
            Paragraph(
                "<i>Sample data: parts of this meeting are illustrative and not taken from the "
                "public record.</i>",
                small,
            )
        )
    story.append(Paragraph("Call to order", head))
    story.append(
        Paragraph(
            f"The meeting was called to order at {clock(m.called_to_order_at)} by the presiding officer, "
            f"{esc(m.presiding_name)}.",
            body,
        )
    )
    story.append(
        Paragraph(f"Presiding officer: {esc(m.presiding_name)}. Clerk: {esc(m.recording_name)}.", body)
    )
    voting = [a for a in record.attendance if a.voting]
    group = {s: [a for a in voting if a.status is s] for s in AttendanceStatus}
    story.append(Paragraph("Attendance", head))
    story.append(Paragraph(f"<b>Members present:</b> {names(group[AttendanceStatus.PRESENT])}.", body))
    if group[AttendanceStatus.REMOTE]:
        story.append(
            Paragraph(
                f"<b>Members participating remotely:</b> {names(group[AttendanceStatus.REMOTE], True)}. "
                "Every vote below is recorded by roll call, as the law requires when a member "
                "participates remotely.",
                body,
            )
        )
    absent = group[AttendanceStatus.ABSENT] + group[AttendanceStatus.EXCUSED]
    story.append(Paragraph(f"<b>Members absent:</b> {names(absent)}.", body))
    if group[AttendanceStatus.EXCUSED]:
        story.append(Paragraph(f"Excused: {names(group[AttendanceStatus.EXCUSED])}.", indent))
    unrecorded = [a for a in voting if a.status is None]
    if unrecorded:
        story.append(Paragraph(f"<b>Attendance not recorded for:</b> {names(unrecorded)}.", body))
    others = [a for a in record.attendance if not a.voting and a.status and a.status.counts_as_present]
    if others:
        story.append(Paragraph(f"<b>Also present:</b> {names(others)}.", body))
    q = record.quorum
    story.append(
        Paragraph(
            f"A quorum was present: {q.present} of the {q.seats_filled} members "
            f"({q.required} required for a quorum).",
            body,
        )
    )
    story.append(Paragraph("Approval of previous minutes", head))
    story.append(Paragraph("No minutes of earlier meetings were presented for approval.", body))
    story.append(Paragraph("Business of the meeting", head))
    seats = {a.person_id: a.post_label for a in record.attendance}
    words = {
        VoteMethod.VOICE: "voice vote",
        VoteMethod.UNANIMOUS_CONSENT: "unanimous consent",
        VoteMethod.ROLL_CALL: "roll call",
        VoteMethod.SHOW_OF_HANDS: "show of hands",
    }
    remote = bool(group[AttendanceStatus.REMOTE])
    for entry in record.items:
        item = entry.item
        story.append(Paragraph(esc(f"{item.number}. {item.title}"), head))
        if item.consent:
            story.append(Paragraph("<i>Consent agenda item.</i>", indent))
        mt = entry.matter
        if mt:
            story.append(Paragraph(f"<b>{label(mt.kind)} {esc(mt.identifier)}:</b> {esc(mt.title)}", indent))
            for heading, sponsors in (
                ("Sponsor", [s for s in mt.sponsors if s.is_primary]),
                ("Co-sponsors", [s for s in mt.sponsors if not s.is_primary]),
            ):
                if sponsors:
                    who = [
                        esc(s.name) if s.is_member else f"{esc(s.name)}, {esc(s.title)} (not a member)"
                        for s in sponsors
                    ]
                    story.append(Paragraph(f"<b>{heading}:</b> " + "; ".join(who) + ".", indent))
        if item.body:
            story.append(Paragraph(esc(item.body), indent))
        if item.discussion:
            story.append(Paragraph("<b>Discussion:</b> " + esc(item.discussion), indent))
        for heading, public in (("Public speakers", True), ("Other speakers", False)):
            speakers = [s for s in entry.speakers if (s.kind is SpeakerKind.PUBLIC_COMMENT) == public]
            if speakers:
                story.append(Paragraph(f"<b>{heading}:</b>", indent))
            for s in speakers:
                text = f"<b>{esc(s.name)}</b>"
                text += f", {esc(s.affiliation)}" if s.affiliation else ""
                if s.residence:
                    text += f", of {esc(s.residence)}" if s.affiliation else f" of {esc(s.residence)}"
                text += "" if public else f" ({label(s.kind).lower()})"
                text += f" — spoke {STANCES[s.stance.value]}" if s.stance else ""
                text += f". {esc(s.summary)}" if s.summary else ""
                story.append(Paragraph(text, bullet, bulletText="•"))
        if entry.documents:
            docs = "; ".join(f"{esc(d.title)} ({esc(d.file_name)})" for d in entry.documents)
            story.append(Paragraph(f"<b>Documents:</b> {docs}.", indent))
        for mo in entry.motions:
            kind = "Motion" if mo.kind is MotionKind.MAIN else f"Motion ({label(mo.kind).lower()})"
            story.append(
                Paragraph(
                    f"<b>{kind}</b> by {esc(mo.mover_name)}, seconded by {esc(mo.seconder_name)} "
                    f"at {clock(mo.made_at)}:",
                    indent,
                )
            )
            story.append(Paragraph(esc(mo.text), indent))
            for v in mo.votes:
                t = v.tally
                word = "Adopted" if v.result is VoteResult.PASS else "Failed"
                word += " unanimously" if v.unanimous and v.result is VoteResult.PASS else ""
                story.append(
                    Paragraph(
                        f"<b>Vote ({words[v.method]} at {clock(v.taken_at)}):</b> {word}, "
                        f"{describe_tally(t)} (yes {t.yes}, no {t.no}"
                        + (f", abstaining {t.abstain}" if t.abstain else "")
                        + f"). Required: {esc(v.threshold.describe().lower())}.",
                        indent,
                    )
                )
                if v.warning:
                    story.append(Paragraph("<b>Note:</b> " + esc(v.warning), indent))
                if v.ballots and (v.method is VoteMethod.ROLL_CALL or remote or not v.unanimous):
                    rows: list[list[object]] = [["Member", "Seat", "Vote", "Note"]]
                    rows += [
                        [b.person_name, seats.get(b.person_id, ""), b.option.value.capitalize(), b.note]
                        for b in v.ballots
                    ]
                    counts = ", ".join(f"{k.capitalize()}: {n}" for k, n in t.as_dict().items() if n)
                    rows.append([Paragraph(f"<b>Totals</b> — {counts}", body), "", "", ""])
                    table = Table(rows, repeatRows=1)
                    table.setStyle(
                        [("FONT", (0, 0), (-1, -1), FONT, 8.5), ("GRID", (0, 0), (-1, -1), 0.3, "grey")]
                    )
                    story.append(table)
            story.append(Paragraph(f"<b>Disposition:</b> {label(mo.disposition)}.", indent))
        if item.action_text:
            story.append(Paragraph("<b>Action:</b> " + esc(item.action_text), indent))
        if (
            mt
            and mt.full_text
            and any(mo.disposition in ADOPTED and mo.kind in MAIN_KINDS for mo in entry.motions)
        ):
            story.append(
                Paragraph(
                    f"<b>Text of the {label(mt.kind).lower()} as adopted ({esc(mt.identifier)}):</b>", indent
                )
            )
            story += [Paragraph(esc(p.strip()), indent) for p in mt.full_text.split("\n\n") if p.strip()]
    story.append(Paragraph("Points of order and notices", head))
    notices = [x.strip() for x in m.notices.splitlines() if x.strip()]
    story += [Paragraph(esc(x), bullet, bulletText="•") for x in notices] or [
        Paragraph("None recorded.", body)
    ]
    story.append(Paragraph("Documents and exhibits", head))
    docs = [(e.item, d) for e in record.items for d in e.documents]
    if not docs:
        story.append(Paragraph("No documents or exhibits were recorded as used at this meeting.", body))
    for it, d in docs:
        story.append(
            Paragraph(
                f"Item {esc(it.number)}: <b>{esc(d.title)}</b> — {esc(d.file_name)}, {d.size} bytes, "
                f"SHA-256 {d.sha256[:16]}…",
                bullet,
                bulletText="•",
            )
        )
    story.append(Paragraph("Adjournment", head))
    story.append(Paragraph(f"The meeting adjourned at {clock(m.adjourned_at)}", body))
    line = "_" * 38
    signatures = Table(
        [
            ["Respectfully submitted,", "Attest:"],
            ["", ""],
            [line, line],
            [m.recording_name, m.presiding_name],
            ["City Clerk", "Presiding Officer"],
            ["Date: " + "_" * 20, "Date: " + "_" * 20],
        ]
    )
    signatures.setStyle([("FONT", (0, 0), (-1, -1), FONT, 8.5)])
    story.append(signatures)
    if approval is None:
        story.append(
            Paragraph(f"<b>DRAFT</b> — these minutes have not been approved by the {esc(m.body_name)}.", body)
        )
    else:
        story.append(
            Paragraph(
                f"<b>Approved on {day(approval.approved_on)} by vote of the {esc(approval.body_name)}</b>, "
                f"{label(approval.manner).lower()}.",
                body,
            )
        )
        story.append(Paragraph(f"Content fingerprint (SHA-256): {approval.sha256}", body))
    for n, c in enumerate(record.corrections, 1):
        story.append(Paragraph(f"<b>Correction {n}</b>, recorded {day(c.made_on)}", body))
        story.append(Paragraph("<b>Reason:</b> " + esc(c.reason), indent))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=LETTER, leftMargin=inch, rightMargin=inch).build(story)
    return out.getvalue()


def page_count(pdf: bytes) -> int:
    """Pages of a PDF, whether its objects are plain or packed in object streams (tagged output is)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        return len(document.pages)


def main() -> None:
    """Print the pickled (record, approval) to OUT; say the CPU time it took, as `painted` lines do."""
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    record, approval = pickle.loads(source.read_bytes())
    target.write_bytes(plain_reportlab(record, approval))
    print(f"done cpu {time.process_time():.3f}", flush=True)


if __name__ == "__main__":
    main()
