"""A readable plain-text dump of one meeting, for `councildesk show`."""

from __future__ import annotations

from collections.abc import Sequence

from councildesk.cli.language import say
from councildesk.domain.enums import (
    ApprovalManner,
    AttendanceStatus,
    BallotOption,
    MinutesStatus,
    VoteMethod,
    label,
)
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.domain.rules import describe_tally
from councildesk.services.dto import ItemRecord, MeetingRecord, MotionDTO, VoteDTO
from councildesk.services.guards import day_of

# The words of `show` that name a status, each declared whole (a value inside a sentence is never English).
ATTENDANCE = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("cli", "present"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("cli", "absent"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("cli", "excused"),
    AttendanceStatus.REMOTE: QT_TRANSLATE_NOOP("cli", "remote"),
    None: QT_TRANSLATE_NOOP("cli", "not recorded"),
}
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


def meeting_text(record: MeetingRecord, time_warnings: Sequence[str] = ()) -> str:
    m = record.meeting
    start = m.scheduled_start
    when = say(
        QT_TRANSLATE_NOOP("cli", "{weekday:%A} {day}, {time}"),
        weekday=start.date(),
        day=day_of(start.date()),
        time=f"{start:%H:%M}",
    )
    lines = [
        f"{m.body_name} — {label(m.kind).lower()} meeting" + (" (sample data)" if m.is_sample else ""),
        when + (f", {m.location}" if m.location else ""),
    ]
    if m.called_to_order_at:
        called = f"{m.called_to_order_at:%H:%M}"
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
        status = say(ATTENDANCE[a.status])
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
        lines.append(say(QT_TRANSLATE_NOOP("cli", "Adjourned at {time}"), time=f"{m.adjourned_at:%H:%M}"))
    for approval in record.approvals:
        lines.append(say(APPROVED[approval.manner], day=day_of(approval.approved_on), sha256=approval.sha256))
    for c in record.corrections:
        lines.append(
            say(
                QT_TRANSLATE_NOOP("cli", "Correction {made_on}: {reason} — {before} → {after}"),
                made_on=f"{c.made_on:%Y-%m-%d}",
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
        lines.append(f"{pad}Matter {mt.identifier}: {mt.title} ({mt.status.value})")
        for sp in mt.sponsors:
            role = "primary sponsor" if sp.is_primary else "co-sponsor"
            who = sp.name + (f", {sp.title}" if sp.title and not sp.is_member else "")
            lines.append(f"{pad}  {role}: {who}" + ("" if sp.is_member else " (not a member)"))
    if item.discussion:
        lines.append(f"{pad}Discussion: {item.discussion}")
    for speaker in entry.speakers:
        stance = f" ({speaker.stance.value})" if speaker.stance else ""
        summary = f" — {speaker.summary}" if speaker.summary else ""
        lines.append(f"{pad}Speaker: {speaker.described}{stance}{summary}")
    for doc in entry.documents:
        where = doc.url or f"{doc.file_name}, sha256 {doc.sha256[:12]}…"
        lines.append(f"{pad}Document: {doc.title} ({where})")
    for motion in entry.motions:
        lines.extend(_motion_lines(motion, pad))
    if item.action_text:
        lines.append(f"{pad}Action: {item.action_text}")
    return lines


def _motion_lines(motion: MotionDTO, pad: str) -> list[str]:
    if motion.parent_motion_id:
        pad += "  "
    who = f"moved by {motion.mover_name or 'not recorded'}"
    if motion.seconder_name:
        who += f", seconded by {motion.seconder_name}"
    kind, disposition = label(motion.kind).lower(), label(motion.disposition).lower()
    lines = [f"{pad}Motion ({kind}): {motion.text} — {who}; {disposition}"]
    for vote in motion.votes:
        lines.extend(_vote_lines(vote, pad + "  "))
    return lines


def _vote_lines(vote: VoteDTO, pad: str) -> list[str]:
    result = "adopted" if vote.result.value == "pass" else "failed"
    if vote.unanimous and vote.method is not VoteMethod.VOICE:
        head = f"Vote ({label(vote.method).lower()}): {result} unanimously, {describe_tally(vote.tally)}"
    else:
        head = f"Vote ({label(vote.method).lower()}): {result}, {describe_tally(vote.tally)}"
    lines = [f"{pad}{head}; threshold {vote.threshold.describe().lower()}; {len(vote.ballots)} ballots"]
    if vote.warning:
        lines.append(f"{pad}WARNING: {vote.warning}")
    for b in vote.ballots:
        note = f" — {b.note}" if b.note else ""
        mark = b.option.value if b.option is not BallotOption.PRESENT else "present, not voting"
        lines.append(f"{pad}  {b.person_name}: {mark}{note}")
    return lines
