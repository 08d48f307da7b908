"""A readable plain-text dump of one meeting, for `councildesk show`, in the reader's language."""

from __future__ import annotations

from collections.abc import Sequence

from councildesk.cli.language import calendar_day, clock, long_day, say
from councildesk.domain.enum_labels import describe_threshold, label
from councildesk.domain.enums import ApprovalManner, BallotOption, MinutesStatus, VoteMethod, VoteResult
from councildesk.domain.messages import QT_TRANSLATE_NOOP, MessageId
from councildesk.domain.rules import Tally
from councildesk.services.dto import ItemRecord, MeetingRecord, MotionDTO, SpeakerDTO, VoteDTO

# Each line of `show` is declared whole, and the enumerations it names read as the window's labels
# (domain/enum_labels), so that no word inside a translated line is left in English.
MINUTES = {
    MinutesStatus.DRAFT: QT_TRANSLATE_NOOP("cli", "Minutes: draft"),
    MinutesStatus.APPROVED: QT_TRANSLATE_NOOP("cli", "Minutes: approved"),
}
APPROVED = {
    ApprovalManner.AS_READ: QT_TRANSLATE_NOOP("cli", "Approved on {day} (as read), fingerprint {sha256}"),
    ApprovalManner.AS_CORRECTED: QT_TRANSLATE_NOOP(
        "cli", "Approved on {day} (as corrected), fingerprint {sha256}"
    ),
}
# By (primary, a member): a sponsor's line under the matter.
SPONSOR = {
    (True, True): QT_TRANSLATE_NOOP("cli", "primary sponsor: {who}"),
    (False, True): QT_TRANSLATE_NOOP("cli", "co-sponsor: {who}"),
    (True, False): QT_TRANSLATE_NOOP("cli", "primary sponsor: {who} (not a member)"),
    (False, False): QT_TRANSLATE_NOOP("cli", "co-sponsor: {who} (not a member)"),
}
# By (passed, unanimous on a counted vote): a vote's first line.
VOTE = {
    (True, True): QT_TRANSLATE_NOOP(
        "cli", "Vote ({method}): adopted unanimously, {tally}; threshold {threshold}; {count} ballots"
    ),
    (False, True): QT_TRANSLATE_NOOP(
        "cli", "Vote ({method}): failed unanimously, {tally}; threshold {threshold}; {count} ballots"
    ),
    (True, False): QT_TRANSLATE_NOOP(
        "cli", "Vote ({method}): adopted, {tally}; threshold {threshold}; {count} ballots"
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "cli", "Vote ({method}): failed, {tally}; threshold {threshold}; {count} ballots"
    ),
}
# A tally's counts beyond yes and no, in Tally's order, each (one, many): '1 abstaining', '2 absent'.
TALLY: tuple[tuple[MessageId, MessageId], ...] = (
    (QT_TRANSLATE_NOOP("cli", "1 abstaining"), QT_TRANSLATE_NOOP("cli", "{count} abstaining")),
    (QT_TRANSLATE_NOOP("cli", "1 recused"), QT_TRANSLATE_NOOP("cli", "{count} recused")),
    (
        QT_TRANSLATE_NOOP("cli", "1 present and not voting"),
        QT_TRANSLATE_NOOP("cli", "{count} present and not voting"),
    ),
    (QT_TRANSLATE_NOOP("cli", "1 absent"), QT_TRANSLATE_NOOP("cli", "{count} absent")),
    (QT_TRANSLATE_NOOP("cli", "1 excused"), QT_TRANSLATE_NOOP("cli", "{count} excused")),
    (QT_TRANSLATE_NOOP("cli", "1 other"), QT_TRANSLATE_NOOP("cli", "{count} other")),
)


def meeting_text(record: MeetingRecord, time_warnings: Sequence[str] = ()) -> str:
    m = record.meeting
    start = m.scheduled_start
    when = say(
        QT_TRANSLATE_NOOP("cli", "{weekday:%A} {day}, {time}"),
        weekday=start.date(),
        day=long_day(start.date()),
        time=clock(start),
    )
    header = QT_TRANSLATE_NOOP("cli", "{body} — {kind} meeting")
    if m.is_sample:
        header = QT_TRANSLATE_NOOP("cli", "{body} — {kind} meeting (sample data)")
    lines = [
        say(header, body=m.body_name, kind=label(m.kind).lower()),
        when + (f", {m.location}" if m.location else ""),
    ]
    if m.called_to_order_at:
        called = clock(m.called_to_order_at)
        if m.presiding_name:
            lines.append(
                say(
                    QT_TRANSLATE_NOOP("cli", "Called to order at {time} by {name}"),
                    time=called,
                    name=m.presiding_name,
                )
            )
        else:
            lines.append(say(QT_TRANSLATE_NOOP("cli", "Called to order at {time}"), time=called))
    if m.recording_name:
        lines.append(say(QT_TRANSLATE_NOOP("cli", "Recorded by {name}"), name=m.recording_name))
    lines.append(say(MINUTES[m.minutes_status]))
    lines.append("")
    lines.append(say(QT_TRANSLATE_NOOP("cli", "Attendance")))
    for a in record.attendance:
        status = label(a.status).lower() if a.status else say(QT_TRANSLATE_NOOP("cli", "not recorded"))
        extra = f" ({a.remote_reason})" if a.remote_reason else ""
        seat = f", {a.post_label}" if a.post_label else ""
        lines.append(f"  {a.person_name}{seat}: {status}{extra}")
    q = record.quorum
    quorum = QT_TRANSLATE_NOOP("cli", "  Quorum: {present} present of {required} required — NOT present")
    if q.has_quorum:
        quorum = QT_TRANSLATE_NOOP("cli", "  Quorum: {present} present of {required} required — present")
    lines.append(say(quorum, present=q.present, required=q.required))
    for entry in record.items:
        lines.append("")
        lines.extend(_item_lines(entry))
    if m.adjourned_at:
        lines.append("")
        lines.append(say(QT_TRANSLATE_NOOP("cli", "Adjourned at {time}"), time=clock(m.adjourned_at)))
    for approval in record.approvals:
        lines.append(
            say(APPROVED[approval.manner], day=long_day(approval.approved_on), sha256=approval.sha256)
        )
    for c in record.corrections:
        lines.append(
            say(
                QT_TRANSLATE_NOOP("cli", "Correction {made_on}: {reason} — {before} → {after}"),
                made_on=calendar_day(c.made_on),
                reason=c.reason,
                before=repr(c.before),
                after=repr(c.after),
            )
        )
    if time_warnings:  # times the minutes would print that cannot be right
        lines.append("")
        lines.extend(say(QT_TRANSLATE_NOOP("cli", "Warning: {warning}"), warning=w) for w in time_warnings)
    return "\n".join(lines) + "\n"


def _item_lines(entry: ItemRecord) -> list[str]:
    item = entry.item
    indent = "  " * item.depth
    lines = [f"{indent}{item.number}. {item.title} [{label(item.kind).lower()}]"]
    pad = indent + "   "
    if entry.matter:
        mt = entry.matter
        matter = say(
            QT_TRANSLATE_NOOP("cli", "Matter {identifier}: {title} ({status})"),
            identifier=mt.identifier,
            title=mt.title,
            status=label(mt.status).lower(),
        )
        lines.append(pad + matter)
        for sp in mt.sponsors:
            who = sp.name + (f", {sp.title}" if sp.title and not sp.is_member else "")
            lines.append(f"{pad}  " + say(SPONSOR[(sp.is_primary, sp.is_member)], who=who))
    if item.discussion:
        lines.append(pad + say(QT_TRANSLATE_NOOP("cli", "Discussion: {text}"), text=item.discussion))
    for speaker in entry.speakers:
        stance = f" ({label(speaker.stance).lower()})" if speaker.stance else ""
        summary = f" — {speaker.summary}" if speaker.summary else ""
        said = say(QT_TRANSLATE_NOOP("cli", "Speaker: {who}"), who=_described(speaker))
        lines.append(f"{pad}{said}{stance}{summary}")
    for doc in entry.documents:
        where = doc.url or f"{doc.file_name}, sha256 {doc.sha256[:12]}…"
        lines.append(
            pad + say(QT_TRANSLATE_NOOP("cli", "Document: {title} ({where})"), title=doc.title, where=where)
        )
    for motion in entry.motions:
        lines.extend(_motion_lines(motion, pad))
    if item.action_text:
        lines.append(pad + say(QT_TRANSLATE_NOOP("cli", "Action: {text}"), text=item.action_text))
    return lines


def _described(speaker: SpeakerDTO) -> str:
    """'Amy Bookbinder of Leeds', 'William C. Newman, ACLU of Massachusetts' (SpeakerDTO.described, read)."""
    if speaker.affiliation and speaker.residence:
        text = QT_TRANSLATE_NOOP("cli", "{name}, {affiliation}, of {residence}")
    elif speaker.residence:
        text = QT_TRANSLATE_NOOP("cli", "{name} of {residence}")
    elif speaker.affiliation:
        return f"{speaker.name}, {speaker.affiliation}"
    else:
        return speaker.name
    return say(text, name=speaker.name, affiliation=speaker.affiliation, residence=speaker.residence)


def _motion_lines(motion: MotionDTO, pad: str) -> list[str]:
    if motion.parent_motion_id:
        pad += "  "
    words = {
        "kind": label(motion.kind).lower(),
        "text": motion.text,
        "mover": motion.mover_name or say(QT_TRANSLATE_NOOP("cli", "not recorded")),
        "seconder": motion.seconder_name,
        "disposition": label(motion.disposition).lower(),
    }
    line = QT_TRANSLATE_NOOP("cli", "Motion ({kind}): {text} — moved by {mover}; {disposition}")
    if motion.seconder_name:
        line = QT_TRANSLATE_NOOP(
            "cli", "Motion ({kind}): {text} — moved by {mover}, seconded by {seconder}; {disposition}"
        )
    lines = [pad + say(line, **words)]
    for vote in motion.votes:
        lines.extend(_vote_lines(vote, pad + "  "))
    return lines


def _vote_lines(vote: VoteDTO, pad: str) -> list[str]:
    unanimous = vote.unanimous and vote.method is not VoteMethod.VOICE
    head = say(
        VOTE[(vote.result is VoteResult.PASS, unanimous)],
        method=label(vote.method).lower(),
        tally=tally_text(vote.tally),
        threshold=describe_threshold(vote.threshold),
        count=len(vote.ballots),
    )
    lines = [pad + head]
    if vote.warning:
        # domain.rules words the warning in the reader's language as the vote is read
        lines.append(pad + say(QT_TRANSLATE_NOOP("cli", "WARNING: {warning}"), warning=vote.warning))
    for b in vote.ballots:
        note = f" — {b.note}" if b.note else ""
        mark = label(b.option).lower()
        if b.option is BallotOption.PRESENT:
            mark = say(QT_TRANSLATE_NOOP("cli", "present, not voting"))
        lines.append(f"{pad}  {b.person_name}: {mark}{note}")
    return lines


def tally_text(tally: Tally) -> str:
    """'6–1, 1 abstaining, 1 absent' (domain.rules.describe_tally) in the reader's language."""
    counts = (tally.abstain, tally.recused, tally.present, tally.absent, tally.excused, tally.other)
    parts = [say(TALLY[i][count != 1], count=count) for i, count in enumerate(counts) if count]
    return f"{tally.yes}–{tally.no}" + (", " + ", ".join(parts) if parts else "")
