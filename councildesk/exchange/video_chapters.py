"""A meeting's video index: WebVTT chapters and a YouTube description list from the stamped start times.

A chapter starts where the record says the item started: its own stamp, else the first time
recorded under it (a speaker, a motion, a vote). Times in the recording are the meeting's
times moved by one offset, where the recording was when the meeting was called to order, so
the camera's clock never matters. Items with no time at all have no chapter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from councildesk.services.dto import ItemRecord, MeetingRecord

LAST_CHAPTER = timedelta(minutes=1)  # the end of the last chapter when the meeting has no adjournment


@dataclass(frozen=True)
class Chapter:
    start: timedelta  # from the recording's start
    end: timedelta
    title: str


def item_start(entry: ItemRecord) -> datetime | None:
    if entry.item.started_at is not None:
        return entry.item.started_at
    times = [s.started_at for s in entry.speakers if s.started_at is not None]
    for motion in entry.motions:
        times += [t for t in (motion.made_at, *(v.taken_at for v in motion.votes)) if t is not None]
    return min(times) if times else None


def chapters(
    record: MeetingRecord,
    offset: timedelta,
    *,
    before: str = "Before the meeting",
    call_to_order: str = "Call to order",
) -> list[Chapter]:
    """The chapters in recording time; the first starts at 0:00, as YouTube asks."""
    starts: list[tuple[datetime, str]] = []
    for entry in record.items:
        at = item_start(entry)
        if at is not None:
            number = entry.item.number
            starts.append((at, f"{number} {entry.item.title}" if number else entry.item.title))
    meeting = record.meeting
    origin = meeting.called_to_order_at or (min(t for t, _ in starts) if starts else None)
    if origin is None:
        return []
    if meeting.called_to_order_at is not None and not any(t <= origin for t, _ in starts):
        starts.append((origin, call_to_order))
    starts.sort(key=lambda s: s[0])  # stable: same-time items keep agenda order
    marks: list[tuple[timedelta, str]] = []
    if offset > timedelta(0):
        marks.append((timedelta(0), before))
    for at, title in starts:
        position = max(timedelta(0), offset + (at - origin))
        if marks and position <= marks[-1][0]:
            if position == marks[-1][0] and marks[-1][1] == before:
                marks[-1] = (position, title)
            continue  # two items at one time: the first names the chapter
        marks.append((position, title))
    if not marks:
        return []
    end_at = offset + (meeting.adjourned_at - origin) if meeting.adjourned_at else None
    out = []
    for i, (start, title) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else max(end_at or start, start + LAST_CHAPTER)
        out.append(Chapter(start, end, title))
    return out


def item_moments(record: MeetingRecord, offset: timedelta) -> dict[int, timedelta]:
    """Where each item with a time starts in the recording, by item id."""
    origin = record.meeting.called_to_order_at
    times = {e.item.id: t for e in record.items if (t := item_start(e)) is not None}
    if origin is None and times:
        origin = min(times.values())
    if origin is None:
        return {}
    return {item_id: max(timedelta(0), offset + (t - origin)) for item_id, t in times.items()}


def moment_url(url: str, moment: timedelta) -> str:
    """The recording's address at `moment`: YouTube's t= parameter, else a media fragment (#t=)."""
    seconds = int(moment.total_seconds())
    host = urlsplit(url).netloc.lower()
    if host.endswith(("youtube.com", "youtu.be")):
        return f"{url}{'&' if '?' in url else '?'}t={seconds}s"
    return f"{url.split('#', 1)[0]}#t={seconds}"


def _clock(value: timedelta, millis: bool) -> str:
    total = int(value.total_seconds())
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    text = f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    return text + ".000" if millis else text


def _one_line(text: str) -> str:
    # A cue's text may not hold a blank line or "-->"; a description line may not break.
    return " ".join(text.replace("-->", "→").split())


def webvtt(items: list[Chapter]) -> str:
    lines = ["WEBVTT", ""]
    for n, chapter in enumerate(items, 1):
        lines += [
            str(n),
            f"{_clock(chapter.start, True)} --> {_clock(chapter.end, True)}",
            _one_line(chapter.title),
            "",
        ]
    return "\n".join(lines)


def youtube(items: list[Chapter]) -> str:
    """'00:12:30 4.1 Resolution condemning Secure Communities', one a line, for the video's description."""
    return "".join(f"{_clock(c.start, False)} {_one_line(c.title)}\n" for c in items)


def parse_offset(text: str) -> timedelta:
    """'1:02:03', '02:03' or '45' (seconds) as a time; ValueError names what is wrong."""
    parts = text.strip().split(":")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + int(part)
    return timedelta(seconds=seconds)
