"""Benchmark: minutes of a 40-item meeting, CouncilDesk's renderer against a plain reportlab script.

    .venv/bin/python -m tests.benchmarks.bench_minutes [--runs N] [--items N]

Builds the meeting through the services in a temporary database, then times, alternating runs:
the database read (services.minutes.minutes), CouncilDesk's `minutes_pdf`, and a minimal Platypus
story with the same text and roll-call tables written without our abstractions (no letterhead,
outline, watermark, page totals). Prints medians and the ratio (goal: at most 1.3×).
"""

from __future__ import annotations

import argparse
import gc
import io
import statistics
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from reportlab.platypus.flowables import Flowable

from councildesk.db.engine import open_database
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
from councildesk.reports.minutes import minutes_pdf
from councildesk.reports.page_template import FONT, esc, register_fonts
from councildesk.services.container import Services
from councildesk.services.dto import AttendanceDTO, MeetingRecord
from councildesk.services.minutes_document import ApprovalStatement, MinutesDocument
from tests.minutes_helpers import build_big_meeting

GOAL_RATIO = 1.3
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


def timed(fn, *args) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    """Wall-clock and CPU seconds of one call; CPU time is steadier on a shared, busy machine."""
    gc.collect()  # so that one side does not pay for the other's garbage
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--items", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="councildesk-bench-") as folder:
        db = open_database(Path(folder) / "bench.db")
        try:
            services = Services(db)
            build_started = time.perf_counter()
            meeting_id = build_big_meeting(services, items=args.items, members=9, roll_call_every=2)
            built = time.perf_counter() - build_started
            print(f"built a {args.items}-item meeting via services in {built:.1f} s")
            reads: list[float] = []
            ours: list[tuple[float, float]] = []
            plain: list[tuple[float, float]] = []
            pages = (0, 0)
            for _ in range(args.runs):
                t_read, _cpu, doc = timed(services.minutes.minutes, meeting_id)
                assert isinstance(doc, MinutesDocument)
                wall_ours, cpu_ours, pdf = timed(minutes_pdf, doc)
                wall_plain, cpu_plain, plain_pdf = timed(plain_reportlab, doc.record, doc.approval)
                reads.append(t_read)
                ours.append((wall_ours, cpu_ours))
                plain.append((wall_plain, cpu_plain))
                assert isinstance(pdf, bytes) and isinstance(plain_pdf, bytes)
                pages = (pdf.count(b"/Type /Page\n"), plain_pdf.count(b"/Type /Page\n"))
        finally:
            db.close()
    med = statistics.median
    wall_ours, wall_plain = med(w for w, _ in ours), med(w for w, _ in plain)
    cpu_ours, cpu_plain = med(c for _, c in ours), med(c for _, c in plain)
    print(f"runs: {args.runs}; pages: CouncilDesk {pages[0]}, plain script {pages[1]}")
    print(f"read from database (median wall):  {med(reads) * 1000:8.1f} ms")
    print(
        f"CouncilDesk minutes_pdf (median):  {wall_ours * 1000:8.1f} ms wall, {cpu_ours * 1000:8.1f} ms CPU"
    )
    print(
        f"plain reportlab script (median):   {wall_plain * 1000:8.1f} ms wall, {cpu_plain * 1000:8.1f} ms CPU"
    )
    for name, ratio in (("wall", wall_ours / wall_plain), ("CPU", cpu_ours / cpu_plain)):
        verdict = "OK" if ratio <= GOAL_RATIO else "OVER GOAL"
        print(f"ratio render/plain ({name}): {ratio:.2f}×  (goal ≤ {GOAL_RATIO}×) {verdict}")
    print(f"ratio (read + render)/plain (wall): {(med(reads) + wall_ours) / wall_plain:.2f}×")


if __name__ == "__main__":
    main()
