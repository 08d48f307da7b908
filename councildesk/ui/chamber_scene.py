"""What the chamber display shows, built from the record and the desk: only what the clerk chose.

A `Scene` holds public text alone. It is built from the meeting's record (item, motion, mover and
seconder, the vote's result and ballots), the open roll call's count and the speaker's clock; it
never reads a warning, a discussion note or a notice, so none can reach the room's screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from councildesk.domain.enums import MeetingStatus, MotionDisposition, VoteResult
from councildesk.domain.rules import Tally
from councildesk.domain.speaking_time import TimePhase, clock_text
from councildesk.services.dto import ItemRecord, MeetingRecord, MotionDTO, SpeakerDTO
from councildesk.ui.enum_labels import describe_tally, label_in
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, Translate, fmt, translate


class Show(StrEnum):
    AUTO = "auto"
    ITEM = "item"
    MOTION = "motion"
    VOTE = "vote"
    SPEAKER = "speaker"
    RECESS = "recess"
    ADJOURNED = "adjourned"
    BLANK = "blank"


SHOW_LABELS: dict[Show, str] = {
    Show.AUTO: QT_TRANSLATE_NOOP("chamber_scene", "Follow the desk"),
    Show.ITEM: QT_TRANSLATE_NOOP("chamber_scene", "Meeting and current item"),
    Show.MOTION: QT_TRANSLATE_NOOP("chamber_scene", "Motion, mover and seconder"),
    Show.VOTE: QT_TRANSLATE_NOOP("chamber_scene", "Roll call and result"),
    Show.SPEAKER: QT_TRANSLATE_NOOP("chamber_scene", "Current speaker and time"),
    Show.RECESS: QT_TRANSLATE_NOOP("chamber_scene", "In recess"),
    Show.ADJOURNED: QT_TRANSLATE_NOOP("chamber_scene", "Adjourned"),
    Show.BLANK: QT_TRANSLATE_NOOP("chamber_scene", "Nothing (blank screen)"),
}


class Tone(StrEnum):
    PLAIN = "plain"
    GOOD = "good"
    BAD = "bad"
    WARN = "warn"


@dataclass(frozen=True)
class Scene:
    heading: str = ""  # the body and meeting, always at the top
    title: str = ""  # the item, or "In recess"
    lines: tuple[str, ...] = ()  # the motion and who moved and seconded it
    big: str = ""  # the count, the result or the clock, in the largest type
    tone: Tone = Tone.PLAIN
    caption: str = ""  # under the big text: who speaks, what the count means
    ballots: tuple[tuple[str, str], ...] = ()  # (member, vote) for roll calls

    def text(self) -> str:
        """Everything on the screen as one string (what a test or a screen reader reads)."""
        parts = [self.heading, self.title, *self.lines, self.big, self.caption]
        parts += [f"{name} {vote}" for name, vote in self.ballots]
        return "\n".join(p for p in parts if p)


@dataclass(frozen=True)
class LiveRollCall:
    """The roll call the clerk is entering: each member's answer so far and the count."""

    motion: MotionDTO
    answers: tuple[tuple[str, str], ...]  # (member, vote label or "")
    tally: Tally | None
    still_to_answer: int


@dataclass(frozen=True)
class LiveSpeaker:
    speaker: SpeakerDTO
    remaining: float | None  # None: no limit, `elapsed` counts up instead
    elapsed: float
    phase: TimePhase


def heading(record: MeetingRecord, translate: Translate = translate) -> str:
    m = record.meeting
    return fmt(
        translate("chamber_scene", "{body} · {title} · {date}"),
        body=m.body_name,
        title=m.title or label_in(translate, m.kind),
        date=m.scheduled_start.strftime("%Y-%m-%d"),
    )


def item_title(item: ItemRecord | None) -> str:
    if item is None:
        return ""
    number = item.item.number
    return f"{number} {item.item.title}" if number else item.item.title


def floor_motion(item: ItemRecord | None) -> MotionDTO | None:
    """The motion on the floor: the last one still pending, else the last one made."""
    if item is None or not item.motions:
        return None
    pending = [m for m in item.motions if m.disposition is MotionDisposition.PENDING]
    return pending[-1] if pending else item.motions[-1]


def motion_lines(motion: MotionDTO, translate: Translate = translate) -> tuple[str, ...]:
    lines = [motion.text]
    if motion.mover_name and motion.seconder_name:
        lines.append(
            fmt(
                translate("chamber_scene", "Moved by {mover}, seconded by {seconder}"),
                mover=motion.mover_name,
                seconder=motion.seconder_name,
            )
        )
    elif motion.mover_name:
        lines.append(fmt(translate("chamber_scene", "Moved by {mover}"), mover=motion.mover_name))
    return tuple(lines)


def choose(
    record: MeetingRecord | None,
    item: ItemRecord | None,
    roll: LiveRollCall | None,
    speaker: LiveSpeaker | None,
) -> Show:
    """What "follow the desk" shows now: the most recent thing happening in the room."""
    if roll is not None:
        return Show.VOTE
    if speaker is not None:
        return Show.SPEAKER
    if record is not None and record.meeting.status is MeetingStatus.ADJOURNED:
        return Show.ADJOURNED
    motion = floor_motion(item)
    if motion is not None:
        return Show.VOTE if motion.votes else Show.MOTION
    return Show.ITEM


def build(
    show: Show,
    record: MeetingRecord | None,
    item: ItemRecord | None,
    roll: LiveRollCall | None = None,
    speaker: LiveSpeaker | None = None,
    translate: Translate = translate,
) -> Scene:
    """What the room's screen shows, its words through `translate`: the council's language (chamber_desk)."""
    if show is Show.BLANK or record is None:
        return Scene()
    if show is Show.AUTO:
        show = choose(record, item, roll, speaker)
    top = heading(record, translate)
    if show is Show.RECESS:
        return Scene(top, translate("chamber_scene", "In recess"))
    if show is Show.ADJOURNED:
        return Scene(top, translate("chamber_scene", "Adjourned"))
    title = item_title(item)
    if show is Show.SPEAKER:
        return _speaker_scene(top, title, speaker, translate)
    motion = roll.motion if roll is not None and show is Show.VOTE else floor_motion(item)
    if show is Show.ITEM or motion is None:
        return Scene(top, title)
    lines = motion_lines(motion, translate)
    if show is Show.MOTION:
        return Scene(top, title, lines)
    if roll is not None:
        count = describe_tally(roll.tally, translate) if roll.tally is not None else ""
        caption = translate("chamber_scene", "%n member(s) still to answer", "", roll.still_to_answer)
        return Scene(
            top, title, lines, count, Tone.PLAIN, caption if roll.still_to_answer else "", roll.answers
        )
    if not motion.votes:
        return Scene(top, title, lines)
    vote = motion.votes[-1]
    carried = vote.result is VoteResult.PASS
    big = (
        fmt(translate("chamber_scene", "Carries {count}"), count=describe_tally(vote.tally, translate))
        if carried
        else fmt(translate("chamber_scene", "Fails {count}"), count=describe_tally(vote.tally, translate))
    )
    ballots = (
        tuple((b.person_name, label_in(translate, b.option)) for b in vote.ballots)
        if not vote.unanimous
        else ()
    )
    caption = translate("chamber_scene", "Unanimous") if vote.unanimous else ""
    return Scene(top, title, lines, big, Tone.GOOD if carried else Tone.BAD, caption, ballots)


def _speaker_scene(top: str, title: str, live: LiveSpeaker | None, translate: Translate = translate) -> Scene:
    if live is None:
        return Scene(top, title)
    if live.remaining is None:
        return Scene(top, title, (), clock_text(live.elapsed), Tone.PLAIN, live.speaker.described)
    tone = {TimePhase.LAST_MINUTE: Tone.WARN, TimePhase.OVER: Tone.BAD}.get(live.phase, Tone.PLAIN)
    caption = live.speaker.described
    if live.phase is TimePhase.OVER:
        caption = fmt(translate("chamber_scene", "{speaker} — time is up"), speaker=caption)
    return Scene(top, title, (), clock_text(live.remaining), tone, caption)
