"""Official minutes as one self-contained, accessible HTML5 file, from the same MinutesDocument as the PDF."""

from __future__ import annotations

from dataclasses import replace

from councildesk.domain.enums import AttendanceStatus, MotionKind, SpeakerKind, label
from councildesk.domain.minutes_language import LANG_TAGS
from councildesk.reports.html_fonts import FAMILIES, with_fonts
from councildesk.reports.minutes import (
    ADOPTED,
    Event,
    _comings_and_goings,
    _disposition,
    _exhibit,
    _happened,
    _item_start,
    _link,
    _same_name,
    _sentence,
    approval_sentence,
    clerk_title,
    comment_sentence,
    fingerprint_note,
    option_word,
    speaker_sentence,
    tally_counts,
    unprintable_warnings,
    vote_line,
    vote_warning,
)
from councildesk.reports.minutes_words import ADOPTED_TEXT, Words
from councildesk.reports.page_template import esc, register_fonts
from councildesk.reports.script_text import base_is_rtl, right_to_left
from councildesk.services.dto import AttendanceDTO, CorrectionDTO, ItemRecord, MotionDTO, VoteDTO
from councildesk.services.minutes_document import MinutesDocument, missing_texts_of

__all__ = ["minutes_html"]

# Colours keep at least 4.5:1 contrast on white (WCAG 2.1 AA 1.4.3); nothing is fetched from outside.
STYLE = """
:root { color: #1a1a1a; background: #fff; font-family: "DejaVu Sans", Verdana, sans-serif, FAMILIES; }
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
""".replace("FAMILIES", FAMILIES)  # the fonts shipped inside the page, after the reader's own


# English pages say "en", as they always did; Spanish and French name the region whose usage they
# follow, so that a screen reader picks a US Spanish or Canadian French voice.
HTML_LANG = {"en": "en", "es": LANG_TAGS["es"], "fr": LANG_TAGS["fr"]}


def _s(w: Words, text: str, **values: str | int) -> str:
    """A phrase of the minutes with the PDF's <b> as HTML's <strong>."""
    return w(text, **values).replace("<b>", "<strong>").replace("</b>", "</strong>")


def _n(text: str | None) -> str:
    """A name, or what was typed inside a sentence of the minutes, as HTML: escaped, and isolated in
    <bdi> when it holds right-to-left text, so that an Arabic or Hebrew run orders itself (its own
    base direction) and does not carry the punctuation and numbers around it along with it."""
    return f"<bdi>{esc(text)}</bdi>" if text and right_to_left(text) else esc(text)


def _p(text: str | None) -> str:
    """' dir="auto"' for a paragraph of free text that holds right-to-left script."""
    return ' dir="auto"' if text and right_to_left(text) else ""


def minutes_html(doc: MinutesDocument) -> str:
    """The whole page as text (UTF-8 when written): lang, title, skip link, landmarks and headings.

    A bilingual body's page holds one edition after the other, each marked with its language."""
    editions = doc.style.language.editions
    if len(editions) > 1:
        pages = [_page(replace(doc, style=doc.style.edition(lang))) for lang in editions]
        head, _, first = pages[0].partition('<main id="main">')
        body_first = first.rsplit("</body>", 1)[0]
        rest = [
            f'<div lang="{HTML_LANG[lang]}">' + page.split("<body>", 1)[1].rsplit("</body>", 1)[0] + "</div>"
            for lang, page in zip(editions[1:], pages[1:], strict=True)
        ]
        # The second edition's skip link and main landmark would repeat ids: only the first keeps them.
        # (A page has one main landmark: a later edition's content is a section.)
        rest = [
            r.replace('<main id="main">', "<section>")
            .replace("</main>", "</section>")
            .replace(' class="skip" href="#main"', ' hidden=""')
            for r in rest
        ]
        # Each edition names its language where its content starts (the page's own is the first's).
        main = f'<main id="main" lang="{HTML_LANG[editions[0]]}">'
        return with_fonts(head + main + body_first + "\n".join(rest) + "\n</body>\n</html>\n")
    return with_fonts(_page(doc))


def _page(doc: MinutesDocument) -> str:
    m = doc.record.meeting
    hs = doc.style
    w = Words(hs.lang)
    kind = label(m.kind) if w.lang == "en" else w.label(m.kind)
    title = w.title(m.kind)
    page_title = w(
        "Minutes — {body}, {kind} meeting of {day}",
        body=m.body_name,
        kind=kind.lower(),
        day=hs.day(m.scheduled_start),
    )
    where = esc(m.location) if m.location else w("<i>Place not recorded</i>")
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{HTML_LANG[w.lang]}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(page_title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f'<a class="skip" href="#main">{w("Skip to the minutes")}</a>',
        "<header>",
        f"<p>{_n(doc.municipality)}</p>" if doc.municipality else "",
        f"<p><strong>{_n(m.body_name)}</strong></p>",
        "</header>",
        '<main id="main">',
        f"<h1>{esc(title)}</h1>",
        f'<p class="when">{esc(hs.long_day(m.scheduled_start))} · {esc(hs.time(m.scheduled_start))}</p>',
        f'<p class="where"{_p(m.location)}>{where}</p>',
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
    w = Words(doc.style.lang)
    warning = _s(w, "<b>Warning:</b> ")
    whole = [(n, c) for n, c in enumerate(doc.record.corrections, 1) if c.entity != "agenda_item"]
    if whole:
        out.append(f'<p class="markers">{_markers(whole, w)}</p>')
    out += [f'<p class="warning">{warning}{esc(w.message(s))}</p>' for s in doc.integrity_warnings]
    if doc.approval is None:
        out.append(f'<p class="draft">{_s(w, "<b>DRAFT</b> — not approved. This draft may change.")}</p>')
        out += [f'<p class="warning">{warning}{esc(w.message(s))}</p>' for s in doc.missing_text_warnings]
    # A character no font has shows as its code point, as in the PDF, and is named (never a box).
    register_fonts()  # which characters are unprintable is read from the base font's
    out += [f'<p class="warning">{warning}{esc(s)}</p>' for s in unprintable_warnings(doc)]
    if doc.record.meeting.is_sample:
        out.append(f'<p class="small">{w("<i>Sample data: parts of this meeting are illustrative.</i>")}</p>')
    return out


def _opening(doc: MinutesDocument) -> list[str]:
    m = doc.record.meeting
    w = Words(doc.style.lang)
    out = ['<section aria-labelledby="call-to-order">', f'<h2 id="call-to-order">{w("Call to order")}</h2>']
    if m.called_to_order_at:
        time = doc.style.time(m.called_to_order_at)
        called = (
            w(
                "The meeting was called to order at {time} by the presiding officer, {name}",
                time=time,
                name=_n(m.presiding_name),
            )
            if m.presiding_name
            else w("The meeting was called to order at {time}", time=time)
        )
        out.append(f"<p>{_sentence(called)}</p>")
    else:
        out.append(f"<p>{w('The time the meeting was called to order was not recorded.')}</p>")
    unrecorded = w("<i>not recorded</i>")
    presiding = _n(m.presiding_name) or unrecorded
    clerk = _n(m.recording_name) or unrecorded
    out += [
        f"<p>{w('Presiding officer: {presiding}. Clerk: {clerk}.', presiding=presiding, clerk=clerk)}</p>"
    ]
    return [*out, "</section>"]


def _who(rows: list[AttendanceDTO], w: Words, with_reason: bool = False) -> str:
    parts = []
    for r in rows:
        text = _n(r.person_name) + (f" ({_n(r.post_label)})" if r.post_label else "")
        if with_reason:
            text += f" — {esc(r.remote_reason) or w('reason not recorded')}"
        parts.append(text)
    return "; ".join(parts) if parts else w("none")


def _attendance(doc: MinutesDocument) -> list[str]:
    record = doc.record
    voting = [a for a in record.attendance if a.voting]
    by = {s: [a for a in voting if a.status is s] for s in AttendanceStatus}
    others = [a for a in record.attendance if not a.voting and a.status and a.status.counts_as_present]
    w = Words(doc.style.lang)
    out = ['<section aria-labelledby="attendance">', f'<h2 id="attendance">{w("Attendance")}</h2>']
    out.append(
        f"<p>{_s(w, '<b>Members present:</b> {names}.', names=_who(by[AttendanceStatus.PRESENT], w))}</p>"
    )
    if by[AttendanceStatus.REMOTE]:
        every = (
            w(
                " Every vote below is recorded by roll call, as the law requires when a member "
                "participates remotely."
            )
            if doc.every_vote_by_roll_call
            else ""
        )
        remote = _who(by[AttendanceStatus.REMOTE], w, True)
        out.append(f"<p>{_s(w, '<b>Members participating remotely:</b> {names}.', names=remote)}{every}</p>")
    out.append(
        f"<p>{_s(w, '<b>Members absent:</b> {names}.', names=_who(by[AttendanceStatus.ABSENT], w))}</p>"
    )
    if by[AttendanceStatus.EXCUSED]:
        excused = _who(by[AttendanceStatus.EXCUSED], w)
        out.append(f"<p>{_s(w, '<b>Members excused:</b> {names}.', names=excused)}</p>")
    unrecorded = [a for a in voting if a.status is None]
    if unrecorded:
        out.append(
            f"<p>{_s(w, '<b>Attendance not recorded for:</b> {names}.', names=_who(unrecorded, w))}</p>"
        )
    if others:
        out.append(f"<p>{_s(w, '<b>Also present:</b> {names}.', names=_who(others, w))}</p>")
    q = record.quorum
    if q.has_quorum:
        quorum = w(
            "A quorum was present: {present} of the {seats} members ({required} required for a quorum).",
            present=q.present,
            seats=q.seats_filled,
            required=q.required,
        )
    else:
        quorum = _s(
            w,
            "<b>A quorum was NOT present:</b> {present} members present; {required} are required.",
            present=q.present,
            required=q.required,
        )
    return [*out, f"<p>{quorum}</p>", "</section>"]


def _previous(doc: MinutesDocument) -> list[str]:
    w = Words(doc.style.lang)
    out = [
        '<section aria-labelledby="previous">',
        f'<h2 id="previous">{w("Approval of previous minutes")}</h2>',
    ]
    for a in doc.approved_here:
        day, manner = doc.style.day(a.meeting_start), w.label(a.manner).lower()
        approved = w("The minutes of the meeting of {day} were approved {manner}.", day=day, manner=manner)
        out.append(f"<p>{approved}</p>")
    if not doc.approved_here:
        out.append(f"<p>{w('No minutes of earlier meetings were approved at this meeting.')}</p>")
    return [*out, "</section>"]


def _business(doc: MinutesDocument) -> list[str]:
    record = doc.record
    w = Words(doc.style.lang)
    out = ['<section aria-labelledby="business">', f'<h2 id="business">{w("Business of the meeting")}</h2>']
    if not record.items:
        out.append(f"<p>{w('No agenda items were recorded.')}</p>")
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


def _markers(corrections: list[tuple[int, CorrectionDTO]], w: Words) -> str:
    return " ".join(
        f'<a class="marker" href="#correction-{n}">{w("[Corrected — see correction {n}]", n=n)}</a>'
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
    w = Words(doc.style.lang)
    level = min(3 + item.depth, 6)
    number = f"{esc(item.number)}. " if item.number else ""
    marker = f" {_markers(corrections, w)}" if corrections else ""
    out = [f'<h{level} id="item-{item.id}"{_p(item.title)}>{number}{esc(item.title)}{marker}</h{level}>']
    if item.consent:
        out.append(f"<p>{w('<i>Consent agenda item.</i>')}</p>")
    if entry.matter:
        mt = entry.matter
        same = mt.title.strip().casefold() in item.title.casefold()
        title = "" if same else f": {_n(mt.title)}"
        out.append(f"<p><strong>{esc(w.label(mt.kind))} {esc(mt.identifier)}</strong>{title}</p>")
        primary = [s for s in mt.sponsors if s.is_primary]
        co = [s for s in mt.sponsors if not s.is_primary]
        for heading, sponsors in (("<b>Sponsor:</b> ", primary), ("<b>Co-sponsors:</b> ", co)):
            if sponsors:
                names = "; ".join(
                    _n(s.name)
                    if s.is_member
                    else f"{_n(s.name)}{', ' + _n(s.title) if s.title else ''} {w('(not a member)')}"
                    for s in sponsors
                )
                out.append(f"<p>{_s(w, heading)}{names}.</p>")
    if item.body:
        out.append(f"<p{_p(item.body)}>{esc(item.body)}</p>")
    if item.discussion:
        out.append(f"<p>{_s(w, '<b>Discussion:</b> ')}{_n(item.discussion)}</p>")
    out += _speakers(entry, w)
    if entry.documents:
        docs = "; ".join(_exhibit(d.title, d.file_name, d.url) for d in entry.documents)
        out.append(f"<p>{_s(w, '<b>Documents:</b> {docs}.', docs=docs)}</p>")
    pending = list(events)
    for motion in sorted(entry.motions, key=_happened):
        when = _happened(motion)[1]
        while pending and when and pending[0][0] < when:
            out.append(f'<p class="event">{pending.pop(0)[1]}</p>')
        out += _motion(doc, motion, seats)
    out += [f'<p class="event">{text}</p>' for _, text in pending]
    if item.action_text:
        out.append(f"<p>{_s(w, '<b>Action:</b> ')}{_n(item.action_text)}</p>")
    if entry.matter and entry.matter.full_text and not missing_texts_of(entry) and _adopted(entry):
        what = (
            label(entry.matter.kind).lower()
            if w.lang == "en"
            else ADOPTED_TEXT[w.lang][entry.matter.kind.value]
        )
        heading = _s(
            w,
            "<b>Text of the {what} as adopted ({identifier}):</b>",
            what=what,
            identifier=esc(entry.matter.identifier),
        )
        out.append(f"<p>{heading}</p>")
        out += [
            f"<blockquote><p{_p(p)}>{esc(p.strip())}</p></blockquote>"
            for p in entry.matter.full_text.split("\n\n")
            if p.strip()
        ]
    if doc.approval is None:
        warning = _s(w, "<b>Warning:</b> ")
        out += [f'<p class="warning">{warning}{esc(w.message(s))}</p>' for s in missing_texts_of(entry)]
    return out


def _adopted(entry: ItemRecord) -> bool:
    return any(
        mo.kind in (MotionKind.MAIN, MotionKind.SUBSTITUTE) and mo.disposition in ADOPTED
        for mo in entry.motions
    )


def _speakers(entry: ItemRecord, w: Words) -> list[str]:
    out = []
    groups = (
        ("Public speakers", [s for s in entry.speakers if s.kind is SpeakerKind.PUBLIC_COMMENT]),
        ("Other speakers", [s for s in entry.speakers if s.kind is not SpeakerKind.PUBLIC_COMMENT]),
    )
    for heading, speakers in groups:
        if not speakers:
            continue
        out.append(f"<p>{_s(w, '<b>{heading}:</b>', heading=w(heading))}</p>")
        if heading == "Public speakers" and (said := comment_sentence(speakers, w)):
            out.append(f"<p>{said}</p>")
        out.append("<ul>")
        names = {s.id: s.name for s in entry.speakers}
        for s in speakers:
            strong = (
                ("<strong><bdi>", "</bdi></strong>") if right_to_left(s.name) else ("<strong>", "</strong>")
            )
            text = speaker_sentence(s, strong, w, names.get(s.yielded_to_id or 0, ""), free=_n)
            # The line runs as the PDF's does: right to left when its first letter (the name's) is.
            rtl = ' dir="rtl"' if base_is_rtl(speaker_sentence(s, w=w)) else ""
            out.append(f"<li{rtl}>{text}</li>")
        out.append("</ul>")
    return out


def _motion(doc: MinutesDocument, motion: MotionDTO, seats: dict[int, str]) -> list[str]:
    w = Words(doc.style.lang)
    kind = (
        w("Motion")
        if motion.kind is MotionKind.MAIN
        else w("Motion ({kind})", kind=w.label(motion.kind).lower())
    )
    mover = _n(motion.mover_name) if motion.mover_name else w("<i>mover not recorded</i>")
    second = (
        w(", seconded by {name}", name=_n(motion.seconder_name))
        if motion.seconder_name
        else w(", no seconder recorded")
    )
    at = w(" at {time}", time=doc.style.time(motion.made_at)) if motion.made_at else ""
    css = "motion amendment" if motion.parent_motion_id else "motion"
    out = [
        f'<div class="{css}">',
        f"<p>{_s(w, '<b>{kind}</b> by {mover}{second}{at}:', kind=kind, mover=mover, second=second, at=at)}"
        "</p>",
        f"<blockquote><p{_p(motion.text)}>{esc(motion.text)}</p></blockquote>",
    ]
    for vote in sorted(motion.votes, key=lambda v: (v.taken_at is None, v.taken_at or 0, v.id)):
        line, as_table = vote_line(vote, doc.style)
        out.append(f"<p>{line.replace('<b>', '<strong>').replace('</b>', '</strong>')}</p>")
        if note := vote_warning(vote, w):
            out.append(f'<p class="note">{_s(w, "<b>Note:</b> ")}{esc(note)}</p>')
        if as_table:
            out += _roll_call(doc, vote, seats)
    disposition = _s(w, "<b>Disposition:</b> {disposition}.", disposition=_disposition(motion.disposition, w))
    out += [f"<p>{disposition}</p>", "</div>"]
    return out


def _roll_call(doc: MinutesDocument, vote: VoteDTO, seats: dict[int, str]) -> list[str]:
    w = Words(doc.style.lang)
    values = [
        (b.person_name, seats.get(b.person_id, ""), option_word(b.option, w), b.note) for b in vote.ballots
    ]
    names = [w("Member"), w("Seat"), w("Vote"), w("Note")]
    keep = [n for n in range(4) if n in (0, 2) or any(v[n] for v in values)]  # no empty columns
    at = w(" at {time}", time=doc.style.time(vote.taken_at)) if vote.taken_at else ""
    out = ["<table>", f"<caption>{w('Roll call{at}', at=at)}</caption>"]
    out.append("<thead><tr>" + "".join(f'<th scope="col">{names[n]}</th>' for n in keep) + "</tr></thead>")
    out.append("<tbody>")
    for v in values:
        cells = [f'<th scope="row"{_p(v[0])}>{_n(v[0])}</th>'] + [
            f"<td{_p(v[n])}>{esc(v[n])}</td>" for n in keep[1:]
        ]
        out.append("<tr>" + "".join(cells) + "</tr>")
    t = vote.tally
    counts = tally_counts(t, w)
    out.append("</tbody>")
    totals = w("Totals")
    out.append(
        f'<tfoot><tr><th scope="row">{totals}</th><td colspan="{len(keep) - 1}">{counts}</td></tr></tfoot>'
    )
    out.append("</table>")
    return out


def _closing(doc: MinutesDocument) -> list[str]:
    record = doc.record
    m = record.meeting
    w = Words(doc.style.lang)
    out: list[str] = []
    if doc.adopted_by_consent:
        out += ['<section aria-labelledby="consent">', f'<h2 id="consent">{w("Adopted by consent")}</h2>']
        out += [f"<p>{w('The following items were adopted by one vote on the consent agenda:')}</p>", "<ul>"]
        for a in doc.adopted_by_consent:
            matter = f" ({esc(a.matter_identifier)})" if a.matter_identifier else ""
            out.append(f"<li>{esc(a.number)}. {esc(a.title)}{matter}</li>")
        out += ["</ul>", "</section>"]
    out += [
        '<section aria-labelledby="notices">',
        f'<h2 id="notices">{w("Points of order and notices")}</h2>',
    ]
    lines = [x.strip() for x in m.notices.splitlines() if x.strip()]
    none = [f"<p>{w('None recorded.')}</p>"]
    out += ["<ul>", *[f"<li{_p(x)}>{esc(x)}</li>" for x in lines], "</ul>"] if lines else none
    out += [
        "</section>",
        '<section aria-labelledby="documents">',
        f'<h2 id="documents">{w("Documents and exhibits")}</h2>',
    ]
    docs = [(e.item, d) for e in record.items for d in e.documents]
    if docs:
        out.append("<ul>")
        for item, d in docs:
            if d.url:
                number = w("Item {number}: ", number=esc(item.number))
                out.append(f"<li>{number}<strong>{_n(d.title)}</strong>, {_link(d.url)}</li>")
                continue
            size = (
                w("{size} KB", size=f"{d.size / 1024:.0f}")
                if d.size >= 1024
                else w("{size} bytes", size=d.size)
            )
            name = "" if _same_name(d.title, d.file_name) else f" — {_n(d.file_name)}"
            out.append(
                f"<li>{w('Item {number}: ', number=esc(item.number))}<strong>{_n(d.title)}</strong>{name}, "
                f"{size}, "
                f"SHA-256 {d.sha256[:16]}…</li>"
            )
        out.append("</ul>")
    else:
        out.append(f"<p>{w('No documents or exhibits were recorded as used at this meeting.')}</p>")
    out += [
        "</section>",
        '<section aria-labelledby="adjournment">',
        f'<h2 id="adjournment">{w("Adjournment")}</h2>',
    ]
    out.append(
        f"<p>{_sentence(w('The meeting adjourned at {time}', time=doc.style.time(m.adjourned_at)))}</p>"
        if m.adjourned_at
        else f"<p>{w('The time of adjournment was not recorded.')}</p>"
    )
    out += [
        '<div class="signatures">',
        f"<p>{w('Respectfully submitted,')}<br>{_n(m.recording_name) or '&nbsp;'}<br>"
        f"{esc(clerk_title(doc))}</p>",
        f"<p>{w('Attest:')}<br>{_n(m.presiding_name) or '&nbsp;'}<br>{w('Presiding Officer')}</p>",
        "</div>",
    ]
    if doc.approval:
        approval = doc.approval
        out += [
            f"<p><strong>{esc(approval_sentence(approval, style=doc.style))}</strong></p>",
            f"<p>{w('Content fingerprint (SHA-256): {sha}', sha=f'<code>{approval.sha256}</code>')}</p>",
        ]
        if approval.chain_head:
            head = f"<code>{approval.chain_head}</code>"
            out.append(f"<p>{w('Record chain head when printed: {head}', head=head)}</p>")
        out.append(f'<p class="small">{esc(fingerprint_note(approval, w))}</p>')
    else:
        draft = _s(
            w, "<b>DRAFT</b> — these minutes have not been approved by the {body}.", body=_n(m.body_name)
        )
        out.append(f'<p class="draft">{draft}</p>')
    out.append("</section>")
    out += _corrections(doc)
    return out


def _corrections(doc: MinutesDocument) -> list[str]:
    record = doc.record
    if not record.corrections:
        return []
    numbers = {e.item.id: e.item.number for e in record.items}
    w = Words(doc.style.lang)
    out = [
        '<section aria-labelledby="corrections">',
        f'<h2 id="corrections">{w("Corrections after approval")}</h2>',
        '<p class="small">'
        + w(
            "These corrections were recorded after the minutes were approved. The approved text above is "
            "unchanged; each correction is listed here with its reason."
        )
        + "</p>",
        "<ol>",
    ]
    for n, c in enumerate(record.corrections, 1):
        where = w(", to the minutes as a whole")
        if c.entity == "agenda_item" and c.entity_id in numbers:
            link = f'<a href="#item-{c.entity_id}">{esc(numbers[c.entity_id])}</a>'
            where = w(", to item {number}", number=link)
            if w.lang == "en":  # the link around "item 4", as English always printed it
                where = f', to <a href="#item-{c.entity_id}">item {esc(numbers[c.entity_id])}</a>'
        if c.field:
            where += f" ({esc(c.field)})"
        recorded = _s(
            w, "<b>Correction {n}</b>, recorded {day}{where}", n=n, day=doc.style.day(c.made_on), where=where
        )
        body = [f"{recorded}.", w("Reason: {text}.", text=_n(c.reason))]
        if c.before:
            body.append(w("As approved: {text}.", text=_n(c.before)))
        if c.after:
            body.append(w("Corrected to read: {text}.", text=_n(c.after)))
        out.append(f'<li id="correction-{n}">' + " ".join(body) + "</li>")
    return [*out, "</ol>", "</section>"]


def _footer(doc: MinutesDocument) -> str:
    w = Words(doc.style.lang)
    if doc.approval:
        a = doc.approval
        fingerprint = w("Content fingerprint (SHA-256): {sha}", sha=f"<code>{a.sha256}</code>")
        return f"<footer><p>{esc(approval_sentence(a, style=doc.style))} {fingerprint}</p></footer>"
    draft = w("DRAFT — not approved. This draft may change before the body approves it.")
    return f"<footer><p>{draft}</p></footer>"
