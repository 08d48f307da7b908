"""Official minutes as one self-contained, accessible HTML5 file, from the same MinutesDocument as the PDF."""

from __future__ import annotations

from councildesk.domain.enums import AttendanceStatus, BallotOption, MotionKind, SpeakerKind, label
from councildesk.reports.minutes import (
    ADOPTED,
    OPTION_WORDS,
    Event,
    _comings_and_goings,
    _disposition,
    _exhibit,
    _happened,
    _item_start,
    _same_name,
    _sentence,
    approval_sentence,
    fingerprint_note,
    speaker_sentence,
    vote_line,
)
from councildesk.reports.page_template import esc
from councildesk.services.dto import AttendanceDTO, CorrectionDTO, ItemRecord, MotionDTO, VoteDTO
from councildesk.services.minutes_document import MinutesDocument, missing_texts_of

__all__ = ["minutes_html"]

# Colours keep at least 4.5:1 contrast on white (WCAG 2.1 AA 1.4.3); nothing is fetched from outside.
STYLE = """
:root { color: #1a1a1a; background: #fff; font-family: "DejaVu Sans", Verdana, sans-serif; }
body { max-width: 46rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }
.skip { position: absolute; left: -999px; }
.skip:focus { position: static; display: inline-block; padding: .3rem; outline: 2px solid #00408a; }
header p { margin: 0; text-align: center; color: #444; }
h1, .when, .where, .markers { text-align: center; }
h1 { font-size: 1.6rem; margin: .3rem 0; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #999; margin-top: 1.6rem; }
h3, h4, h5, h6 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
.draft, .warning { border: 2px solid #8a0f0f; color: #8a0f0f; padding: .4rem .6rem; }
.motion { margin: .6rem 0 .6rem 1rem; }
.amendment { margin-left: 2rem; }
blockquote { margin: .2rem 0 .2rem 1.2rem; font-style: italic; }
.event { font-style: italic; }
table { border-collapse: collapse; margin: .4rem 0 .8rem 1rem; }
th, td { border: 1px solid #777; padding: .15rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e6e6e6; }
tbody th { font-weight: normal; }
caption { text-align: left; font-weight: bold; }
.marker, .note, .small { font-size: .85rem; color: #444; }
code { overflow-wrap: anywhere; }
.signatures { display: flex; gap: 3rem; flex-wrap: wrap; margin-top: 2rem; }
.signatures p { min-width: 15rem; border-top: 1px solid #333; padding-top: .2rem; margin-top: 2.5rem; }
footer { margin-top: 2rem; border-top: 1px solid #999; font-size: .85rem; color: #444; }
@media (max-width: 40rem) {
  body { padding: .5rem; }
  .motion, .amendment, table { margin-left: 0; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .skip { display: none; }
  h2, h3, h4, h5, h6 { break-after: avoid; }
  .motion, table, .signatures { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def minutes_html(doc: MinutesDocument) -> str:
    """The whole page as text (UTF-8 when written): lang, title, skip link, landmarks and headings."""
    m = doc.record.meeting
    hs = doc.style
    kind = label(m.kind)
    title = (
        f"Minutes of the {kind} Meeting"
        if m.kind.value != "executive_session"
        else "Minutes of the Executive Session"
    )
    page_title = f"Minutes — {m.body_name}, {kind.lower()} meeting of {hs.day(m.scheduled_start)}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(page_title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        '<a class="skip" href="#main">Skip to the minutes</a>',
        "<header>",
        f"<p>{esc(doc.municipality)}</p>" if doc.municipality else "",
        f"<p><strong>{esc(m.body_name)}</strong></p>",
        "</header>",
        '<main id="main">',
        f"<h1>{esc(title)}</h1>",
        f'<p class="when">{esc(hs.long_day(m.scheduled_start))} · {esc(hs.time(m.scheduled_start))}</p>',
        f'<p class="where">{esc(m.location) if m.location else "<i>Place not recorded</i>"}</p>',
    ]
    parts += _status(doc)
    parts += _opening(doc)
    parts += _attendance(doc)
    parts += _previous(doc)
    parts += _business(doc)
    parts += _closing(doc)
    parts += ["</main>", _footer(doc), "</body>", "</html>", ""]
    return "\n".join(p for p in parts if p)


def _status(doc: MinutesDocument) -> list[str]:
    out = []
    whole = [(n, c) for n, c in enumerate(doc.record.corrections, 1) if c.entity != "agenda_item"]
    if whole:
        out.append(f'<p class="markers">{_markers(whole)}</p>')
    if doc.integrity_warning:
        out.append(f'<p class="warning"><strong>Warning:</strong> {esc(doc.integrity_warning)}</p>')
    if doc.approval is None:
        out.append('<p class="draft"><strong>DRAFT</strong> — not approved. This draft may change.</p>')
        out += [f'<p class="warning"><strong>Warning:</strong> {esc(s)}</p>' for s in doc.missing_texts]
    if doc.record.meeting.is_sample:
        out.append('<p class="small"><i>Sample data: parts of this meeting are illustrative.</i></p>')
    return out


def _opening(doc: MinutesDocument) -> list[str]:
    m = doc.record.meeting
    out = ['<section aria-labelledby="call-to-order">', '<h2 id="call-to-order">Call to order</h2>']
    if m.called_to_order_at:
        by = f" by the presiding officer, {esc(m.presiding_name)}" if m.presiding_name else ""
        called = f"The meeting was called to order at {doc.style.time(m.called_to_order_at)}{by}"
        out.append(f"<p>{_sentence(called)}</p>")
    else:
        out.append("<p>The time the meeting was called to order was not recorded.</p>")
    presiding = esc(m.presiding_name) or "<i>not recorded</i>"
    clerk = esc(m.recording_name) or "<i>not recorded</i>"
    out += [f"<p>Presiding officer: {presiding}. Clerk: {clerk}.</p>", "</section>"]
    return out


def _who(rows: list[AttendanceDTO], with_reason: bool = False) -> str:
    parts = []
    for r in rows:
        text = esc(r.person_name) + (f" ({esc(r.post_label)})" if r.post_label else "")
        if with_reason:
            text += f" — {esc(r.remote_reason) or 'reason not recorded'}"
        parts.append(text)
    return "; ".join(parts) if parts else "none"


def _attendance(doc: MinutesDocument) -> list[str]:
    record = doc.record
    voting = [a for a in record.attendance if a.voting]
    by = {s: [a for a in voting if a.status is s] for s in AttendanceStatus}
    others = [a for a in record.attendance if not a.voting and a.status and a.status.counts_as_present]
    out = ['<section aria-labelledby="attendance">', '<h2 id="attendance">Attendance</h2>']
    out.append(f"<p><strong>Members present:</strong> {_who(by[AttendanceStatus.PRESENT])}.</p>")
    if by[AttendanceStatus.REMOTE]:
        every = (
            " Every vote below is recorded by roll call, as the law requires when a member "
            "participates remotely."
            if doc.every_vote_by_roll_call
            else ""
        )
        remote = _who(by[AttendanceStatus.REMOTE], True)
        out.append(f"<p><strong>Members participating remotely:</strong> {remote}.{every}</p>")
    out.append(f"<p><strong>Members absent:</strong> {_who(by[AttendanceStatus.ABSENT])}.</p>")
    if by[AttendanceStatus.EXCUSED]:
        out.append(f"<p><strong>Members excused:</strong> {_who(by[AttendanceStatus.EXCUSED])}.</p>")
    unrecorded = [a for a in voting if a.status is None]
    if unrecorded:
        out.append(f"<p><strong>Attendance not recorded for:</strong> {_who(unrecorded)}.</p>")
    if others:
        out.append(f"<p><strong>Also present:</strong> {_who(others)}.</p>")
    q = record.quorum
    if q.has_quorum:
        out.append(
            f"<p>A quorum was present: {q.present} of the {q.seats_filled} members "
            f"({q.required} required for a quorum).</p>"
        )
    else:
        out.append(
            f"<p><strong>A quorum was NOT present:</strong> {q.present} members present; "
            f"{q.required} are required.</p>"
        )
    return [*out, "</section>"]


def _previous(doc: MinutesDocument) -> list[str]:
    out = ['<section aria-labelledby="previous">', '<h2 id="previous">Approval of previous minutes</h2>']
    for a in doc.approved_here:
        out.append(
            f"<p>The minutes of the meeting of {doc.style.day(a.meeting_start)} were approved "
            f"{label(a.manner).lower()}.</p>"
        )
    if not doc.approved_here:
        out.append("<p>No minutes of earlier meetings were approved at this meeting.</p>")
    return [*out, "</section>"]


def _business(doc: MinutesDocument) -> list[str]:
    record = doc.record
    out = ['<section aria-labelledby="business">', '<h2 id="business">Business of the meeting</h2>']
    if not record.items:
        out.append("<p>No agenda items were recorded.</p>")
    corrections: dict[int, list[tuple[int, CorrectionDTO]]] = {}
    for n, c in enumerate(record.corrections, 1):
        if c.entity == "agenda_item" and c.entity_id is not None:
            corrections.setdefault(c.entity_id, []).append((n, c))
    starts = [_item_start(e) for e in record.items]
    by_item: dict[int, list[Event]] = {}
    for event in _comings_and_goings(record, doc.style):
        begun = [n for n, t in enumerate(starts) if t is not None and t <= event[0]]
        if begun:
            by_item.setdefault(begun[-1], []).append(event)
        else:
            out.append(f'<p class="event">{event[1]}</p>')
    seats = {a.person_id: a.post_label for a in record.attendance}
    for n, entry in enumerate(record.items):
        out += _item(doc, entry, corrections.get(entry.item.id, []), by_item.get(n, []), seats)
    return [*out, "</section>"]


def _markers(corrections: list[tuple[int, CorrectionDTO]]) -> str:
    return " ".join(
        f'<a class="marker" href="#correction-{n}">[Corrected — see correction {n}]</a>'
        for n, _ in corrections
    )


def _item(
    doc: MinutesDocument,
    entry: ItemRecord,
    corrections: list[tuple[int, CorrectionDTO]],
    events: list[Event],
    seats: dict[int, str],
) -> list[str]:
    item = entry.item
    level = min(3 + item.depth, 6)
    number = f"{esc(item.number)}. " if item.number else ""
    marker = f" {_markers(corrections)}" if corrections else ""
    out = [f'<h{level} id="item-{item.id}">{number}{esc(item.title)}{marker}</h{level}>']
    if item.consent:
        out.append("<p><i>Consent agenda item.</i></p>")
    if entry.matter:
        mt = entry.matter
        same = mt.title.strip().casefold() in item.title.casefold()
        title = "" if same else f": {esc(mt.title)}"
        out.append(f"<p><strong>{esc(label(mt.kind))} {esc(mt.identifier)}</strong>{title}</p>")
        primary = [s for s in mt.sponsors if s.is_primary]
        co = [s for s in mt.sponsors if not s.is_primary]
        for heading, sponsors in (("Sponsor", primary), ("Co-sponsors", co)):
            if sponsors:
                names = "; ".join(
                    esc(s.name)
                    if s.is_member
                    else f"{esc(s.name)}{', ' + esc(s.title) if s.title else ''} (not a member)"
                    for s in sponsors
                )
                out.append(f"<p><strong>{heading}:</strong> {names}.</p>")
    if item.body:
        out.append(f"<p>{esc(item.body)}</p>")
    if item.discussion:
        out.append(f"<p><strong>Discussion:</strong> {esc(item.discussion)}</p>")
    out += _speakers(entry)
    if entry.documents:
        docs = "; ".join(_exhibit(d.title, d.file_name) for d in entry.documents)
        out.append(f"<p><strong>Documents:</strong> {docs}.</p>")
    pending = list(events)
    for motion in sorted(entry.motions, key=_happened):
        when = _happened(motion)[1]
        while pending and when and pending[0][0] < when:
            out.append(f'<p class="event">{pending.pop(0)[1]}</p>')
        out += _motion(doc, motion, seats)
    out += [f'<p class="event">{text}</p>' for _, text in pending]
    if item.action_text:
        out.append(f"<p><strong>Action:</strong> {esc(item.action_text)}</p>")
    if entry.matter and entry.matter.full_text and not missing_texts_of(entry) and _adopted(entry):
        what = label(entry.matter.kind).lower()
        out.append(f"<p><strong>Text of the {what} as adopted ({esc(entry.matter.identifier)}):</strong></p>")
        out += [
            f"<blockquote><p>{esc(p.strip())}</p></blockquote>"
            for p in entry.matter.full_text.split("\n\n")
            if p.strip()
        ]
    if doc.approval is None:
        out += [f'<p class="warning"><strong>Warning:</strong> {esc(s)}</p>' for s in missing_texts_of(entry)]
    return out


def _adopted(entry: ItemRecord) -> bool:
    return any(
        mo.kind in (MotionKind.MAIN, MotionKind.SUBSTITUTE) and mo.disposition in ADOPTED
        for mo in entry.motions
    )


def _speakers(entry: ItemRecord) -> list[str]:
    out = []
    groups = (
        ("Public speakers", [s for s in entry.speakers if s.kind is SpeakerKind.PUBLIC_COMMENT]),
        ("Other speakers", [s for s in entry.speakers if s.kind is not SpeakerKind.PUBLIC_COMMENT]),
    )
    for heading, speakers in groups:
        if not speakers:
            continue
        out += [f"<p><strong>{heading}:</strong></p>", "<ul>"]
        for s in speakers:
            out.append(f"<li>{speaker_sentence(s, ('<strong>', '</strong>'))}</li>")
        out.append("</ul>")
    return out


def _motion(doc: MinutesDocument, motion: MotionDTO, seats: dict[int, str]) -> list[str]:
    kind = "Motion" if motion.kind is MotionKind.MAIN else f"Motion ({label(motion.kind).lower()})"
    mover = esc(motion.mover_name) if motion.mover_name else "<i>mover not recorded</i>"
    second = (
        f", seconded by {esc(motion.seconder_name)}" if motion.seconder_name else ", no seconder recorded"
    )
    at = f" at {doc.style.time(motion.made_at)}" if motion.made_at else ""
    css = "motion amendment" if motion.parent_motion_id else "motion"
    out = [
        f'<div class="{css}">',
        f"<p><strong>{kind}</strong> by {mover}{second}{at}:</p>",
        f"<blockquote><p>{esc(motion.text)}</p></blockquote>",
    ]
    for vote in sorted(motion.votes, key=lambda v: (v.taken_at is None, v.taken_at or 0, v.id)):
        line, as_table = vote_line(vote, doc.style)
        out.append(f"<p>{line.replace('<b>', '<strong>').replace('</b>', '</strong>')}</p>")
        if vote.warning:
            out.append(f'<p class="note"><strong>Note:</strong> {esc(vote.warning)}</p>')
        if as_table:
            out += _roll_call(doc, vote, seats)
    out += [f"<p><strong>Disposition:</strong> {_disposition(motion.disposition)}.</p>", "</div>"]
    return out


def _roll_call(doc: MinutesDocument, vote: VoteDTO, seats: dict[int, str]) -> list[str]:
    values = [
        (b.person_name, seats.get(b.person_id, ""), OPTION_WORDS[b.option], b.note) for b in vote.ballots
    ]
    names = ["Member", "Seat", "Vote", "Note"]
    keep = [n for n in range(4) if n in (0, 2) or any(v[n] for v in values)]  # no empty columns
    out = [
        "<table>",
        f"<caption>Roll call{' at ' + doc.style.time(vote.taken_at) if vote.taken_at else ''}</caption>",
    ]
    out.append("<thead><tr>" + "".join(f'<th scope="col">{names[n]}</th>' for n in keep) + "</tr></thead>")
    out.append("<tbody>")
    for v in values:
        cells = [f'<th scope="row">{esc(v[0])}</th>'] + [f"<td>{esc(v[n])}</td>" for n in keep[1:]]
        out.append("<tr>" + "".join(cells) + "</tr>")
    t = vote.tally
    counts = ", ".join(f"{OPTION_WORDS[BallotOption(k)]}: {c}" for k, c in t.as_dict().items() if c)
    out.append("</tbody>")
    out.append(
        f'<tfoot><tr><th scope="row">Totals</th><td colspan="{len(keep) - 1}">{counts}</td></tr></tfoot>'
    )
    out.append("</table>")
    return out


def _closing(doc: MinutesDocument) -> list[str]:
    record = doc.record
    m = record.meeting
    out: list[str] = []
    if doc.adopted_by_consent:
        out += ['<section aria-labelledby="consent">', '<h2 id="consent">Adopted by consent</h2>']
        out += ["<p>The following items were adopted by one vote on the consent agenda:</p>", "<ul>"]
        for a in doc.adopted_by_consent:
            matter = f" ({esc(a.matter_identifier)})" if a.matter_identifier else ""
            out.append(f"<li>{esc(a.number)}. {esc(a.title)}{matter}</li>")
        out += ["</ul>", "</section>"]
    out += ['<section aria-labelledby="notices">', '<h2 id="notices">Points of order and notices</h2>']
    lines = [x.strip() for x in m.notices.splitlines() if x.strip()]
    out += ["<ul>", *[f"<li>{esc(x)}</li>" for x in lines], "</ul>"] if lines else ["<p>None recorded.</p>"]
    out += [
        "</section>",
        '<section aria-labelledby="documents">',
        '<h2 id="documents">Documents and exhibits</h2>',
    ]
    docs = [(e.item, d) for e in record.items for d in e.documents]
    if docs:
        out.append("<ul>")
        for item, d in docs:
            size = f"{d.size / 1024:.0f} KB" if d.size >= 1024 else f"{d.size} bytes"
            name = "" if _same_name(d.title, d.file_name) else f" — {esc(d.file_name)}"
            out.append(
                f"<li>Item {esc(item.number)}: <strong>{esc(d.title)}</strong>{name}, {size}, "
                f"SHA-256 {d.sha256[:16]}…</li>"
            )
        out.append("</ul>")
    else:
        out.append("<p>No documents or exhibits were recorded as used at this meeting.</p>")
    out += ["</section>", '<section aria-labelledby="adjournment">', '<h2 id="adjournment">Adjournment</h2>']
    out.append(
        f"<p>{_sentence(f'The meeting adjourned at {doc.style.time(m.adjourned_at)}')}</p>"
        if m.adjourned_at
        else "<p>The time of adjournment was not recorded.</p>"
    )
    out += [
        '<div class="signatures">',
        f"<p>Respectfully submitted,<br>{esc(m.recording_name) or '&nbsp;'}<br>"
        f"{esc(doc.settings.clerk_title)}</p>",
        f"<p>Attest:<br>{esc(m.presiding_name) or '&nbsp;'}<br>Presiding Officer</p>",
        "</div>",
    ]
    if doc.approval:
        approval = doc.approval
        out += [
            f"<p><strong>{esc(approval_sentence(approval, style=doc.style))}</strong></p>",
            f"<p>Content fingerprint (SHA-256): <code>{approval.sha256}</code></p>",
        ]
        if approval.chain_head:
            out.append(f"<p>Record chain head when printed: <code>{approval.chain_head}</code></p>")
        out.append(f'<p class="small">{esc(fingerprint_note(approval))}</p>')
    else:
        out.append(
            '<p class="draft"><strong>DRAFT</strong> — these minutes have not been approved by the '
            f"{esc(m.body_name)}.</p>"
        )
    out.append("</section>")
    out += _corrections(doc)
    return out


def _corrections(doc: MinutesDocument) -> list[str]:
    record = doc.record
    if not record.corrections:
        return []
    numbers = {e.item.id: e.item.number for e in record.items}
    out = [
        '<section aria-labelledby="corrections">',
        '<h2 id="corrections">Corrections after approval</h2>',
        '<p class="small">These corrections were recorded after the minutes were approved. The approved text '
        "above is unchanged; each correction is listed here with its reason.</p>",
        "<ol>",
    ]
    for n, c in enumerate(record.corrections, 1):
        where = ", to the minutes as a whole"
        if c.entity == "agenda_item" and c.entity_id in numbers:
            where = f', to <a href="#item-{c.entity_id}">item {esc(numbers[c.entity_id])}</a>'
        if c.field:
            where += f" ({esc(c.field)})"
        body = [
            f"<strong>Correction {n}</strong>, recorded {doc.style.day(c.made_on)}{where}.",
            f"Reason: {esc(c.reason)}.",
        ]
        if c.before:
            body.append(f"As approved: {esc(c.before)}.")
        if c.after:
            body.append(f"Corrected to read: {esc(c.after)}.")
        out.append(f'<li id="correction-{n}">' + " ".join(body) + "</li>")
    return [*out, "</ol>", "</section>"]


def _footer(doc: MinutesDocument) -> str:
    if doc.approval:
        a = doc.approval
        fingerprint = f"Content fingerprint (SHA-256): <code>{a.sha256}</code>"
        return f"<footer><p>{esc(approval_sentence(a, style=doc.style))} {fingerprint}</p></footer>"
    return "<footer><p>DRAFT — not approved. This draft may change before the body approves it.</p></footer>"
