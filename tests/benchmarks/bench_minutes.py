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
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from reportlab.platypus.flowables import Flowable

from councildesk.db.engine import open_database
from councildesk.domain.rules import describe_tally
from councildesk.reports.minutes import minutes_pdf
from councildesk.reports.page_template import FONT, esc, register_fonts
from councildesk.services.container import Services
from councildesk.services.dto import MeetingRecord
from councildesk.services.minutes_document import MinutesDocument
from tests.minutes_helpers import build_big_meeting

GOAL_RATIO = 1.3


def plain_reportlab(record: MeetingRecord) -> bytes:
    """The same text and tables as a flat Platypus story: reportlab's cost without CouncilDesk on top
    (no letterhead, outline, watermark, running header/footer, page totals or keep-together rules)."""
    register_fonts()
    body = ParagraphStyle("b", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=4)
    head = ParagraphStyle("h", parent=body, fontName="DejaVuSans-Bold", fontSize=10.5)
    m = record.meeting
    story: list[Flowable] = [
        Paragraph(esc(m.municipality), body),
        Paragraph(esc(m.body_name), head),
        Paragraph(f"{m.scheduled_start:%A, %d %B %Y} {esc(m.location)}", body),
        Paragraph(f"Called to order at {m.called_to_order_at} by {esc(m.presiding_name)}.", body),
        Paragraph(
            "Members present: "
            + "; ".join(f"{esc(a.person_name)} ({esc(a.post_label)})" for a in record.attendance),
            body,
        ),
        Paragraph(f"A quorum was present: {record.quorum.present} of {record.quorum.seats_filled}.", body),
    ]
    for entry in record.items:
        story.append(Paragraph(esc(f"{entry.item.number}. {entry.item.title}"), head))
        if entry.matter:
            mt = entry.matter
            story.append(Paragraph(f"<b>Resolution {esc(mt.identifier)}:</b> {esc(mt.title)}", body))
            story.append(Paragraph("<b>Sponsor:</b> " + esc(mt.sponsors[0].name), body))
            story.append(
                Paragraph("<b>Co-sponsors:</b> " + "; ".join(esc(s.name) for s in mt.sponsors[1:]), body)
            )
        if entry.item.discussion:
            story.append(Paragraph("<b>Discussion:</b> " + esc(entry.item.discussion), body))
        if entry.speakers:
            story.append(Paragraph("<b>Public speakers:</b>", body))
        for s in entry.speakers:
            story.append(
                Paragraph(
                    f"<b>{esc(s.name)}</b> of {esc(s.residence)}. {esc(s.summary)}", body, bulletText="•"
                )
            )
        for mo in entry.motions:
            story.append(
                Paragraph(
                    f"<b>Motion</b> by {esc(mo.mover_name)}, seconded by {esc(mo.seconder_name)}:", body
                )
            )
            story.append(Paragraph(esc(mo.text), body))
            for v in mo.votes:
                story.append(
                    Paragraph(f"<b>Vote (roll call):</b> {v.result.value}, {describe_tally(v.tally)}.", body)
                )
                if not v.unanimous:
                    rows = [["Member", "Seat", "Vote", "Note"]]
                    rows += [[b.person_name, "", b.option.value, b.note] for b in v.ballots]
                    rows.append([Paragraph(f"<b>Totals</b> — {describe_tally(v.tally)}", body), "", "", ""])
                    table = Table(rows, repeatRows=1)
                    table.setStyle(
                        [("FONT", (0, 0), (-1, -1), FONT, 8.5), ("GRID", (0, 0), (-1, -1), 0.3, "grey")]
                    )
                    story.append(table)
            story.append(Paragraph(f"<b>Disposition:</b> {mo.disposition.value}.", body))
        if entry.matter and entry.matter.full_text:
            story.append(Paragraph("<b>Text of the resolution as adopted:</b>", body))
            story += [Paragraph(esc(p), body) for p in entry.matter.full_text.split("\n\n")]
    story.append(Paragraph("Points of order and notices: none recorded.", body))
    story.append(Paragraph(f"The meeting adjourned at {m.adjourned_at}.", body))
    story.append(Paragraph("Respectfully submitted, ______________ " + esc(m.recording_name), body))
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
                wall_plain, cpu_plain, plain_pdf = timed(plain_reportlab, doc.record)
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
