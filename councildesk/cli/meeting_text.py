"""A readable plain-text dump of one meeting, for `councildesk show`."""

from __future__ import annotations

from collections.abc import Sequence

from councildesk.domain.enums import BallotOption, VoteMethod, label
from councildesk.domain.rules import describe_tally
from councildesk.services.dto import ItemRecord, MeetingRecord, MotionDTO, VoteDTO
from councildesk.services.guards import long_date


def meeting_text(record: MeetingRecord, time_warnings: Sequence[str] = ()) -> str:
    m = record.meeting
    when = f"{m.scheduled_start:%A} {long_date(m.scheduled_start)}, {m.scheduled_start:%H:%M}"
    lines = [
        f"{m.body_name} — {label(m.kind).lower()} meeting" + (" (sample data)" if m.is_sample else ""),
        when + (f", {m.location}" if m.location else ""),
    ]
    if m.called_to_order_at:
        lines.append(
            f"Called to order at {m.called_to_order_at:%H:%M}"
            + (f" by {m.presiding_name}" if m.presiding_name else "")
        )
    if m.recording_name:
        lines.append(f"Recorded by {m.recording_name}")
    lines.append(f"Minutes: {m.minutes_status.value}")
    lines.append("")
    lines.append("Attendance")
    for a in record.attendance:
        status = a.status.value if a.status else "not recorded"
        extra = f" ({a.remote_reason})" if a.remote_reason else ""
        seat = f", {a.post_label}" if a.post_label else ""
        lines.append(f"  {a.person_name}{seat}: {status}{extra}")
    q = record.quorum
    verdict = "present" if q.has_quorum else "NOT present"
    lines.append(f"  Quorum: {q.present} present of {q.required} required — {verdict}")
    for entry in record.items:
        lines.append("")
        lines.extend(_item_lines(entry))
    if m.adjourned_at:
        lines.append("")
        lines.append(f"Adjourned at {m.adjourned_at:%H:%M}")
    for approval in record.approvals:
        lines.append(
            f"Approved on {long_date(approval.approved_on)} ({label(approval.manner).lower()}), "
            f"fingerprint {approval.sha256}"
        )
    for c in record.corrections:
        lines.append(f"Correction {c.made_on:%Y-%m-%d}: {c.reason} — {c.before!r} → {c.after!r}")
    if time_warnings:  # times the minutes would print that cannot be right
        lines.append("")
        lines.extend(f"Warning: {w}" for w in time_warnings)
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
