"""When things happened at a meeting: typed times, the default stamp, and warnings about times."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message, Sentence, Translate, said


class TimeKind(StrEnum):
    """The times a meeting's record holds."""

    CALL_TO_ORDER = "call-to-order"
    ADJOURNMENT = "adjournment"
    ARRIVAL = "arrival"
    DEPARTURE = "departure"
    ITEM_START = "item"
    MOTION = "motion"
    VOTE = "vote"
    SPEAKER = "speaker"


_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?\s*$", re.IGNORECASE)


def parse_time_of_day(text: str) -> time:
    """'17:30', '5:30 pm', '5:30 p.m.', '1743' → a time; anything else is one plain sentence."""
    compact = text.strip()
    if re.fullmatch(r"\d{3,4}", compact):  # "1743", as typed on a numeric keypad
        compact = f"{compact[:-2]}:{compact[-2:]}"
    match = _TIME.match(compact)
    if not match:
        raise UserError(
            QT_TRANSLATE_NOOP("domain", "'{text}' is not a time of day; type it as 17:30 or 5:30 pm."),
            text=text.strip(),
        )
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    half = (match.group(3) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "domain", "'{text}' is not a time of day; a.m. and p.m. hours run from 1 to 12."
                ),
                text=text.strip(),
            )
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        raise UserError(
            QT_TRANSLATE_NOOP("domain", "'{text}' is not a time of day; type it as 17:30 or 5:30 pm."),
            text=text.strip(),
        )
    return time(hour, minute)


def on_meeting_day(day: date, typed: str, *, not_before: datetime | None = None) -> datetime:
    """A typed time as a moment of the meeting held on `day`.

    A meeting that runs past midnight: a time earlier than `not_before` (the call to order) is
    taken to be on the next day, so "00:15" after "19:00" is a quarter past midnight.
    """
    moment = datetime.combine(day, parse_time_of_day(typed))
    if not_before is not None and moment < not_before and not_before - moment > timedelta(hours=12):
        moment += timedelta(days=1)
    return moment


def is_live(scheduled_start: datetime, clock: datetime) -> bool:
    """A meeting is recorded live on its own day; any other day it is being typed in afterwards."""
    return scheduled_start.date() == clock.date()


def next_stamp(scheduled_start: datetime, latest: datetime | None, clock: datetime) -> datetime:
    """The time a new record gets when the clerk gives none.

    Live, the clock. Afterwards the clock says nothing about the meeting, so the record moves
    forward from the scheduled start: the first stamp is the scheduled start, each later one a
    minute after the latest time already recorded (times the clerk corrects afterwards).
    """
    if is_live(scheduled_start, clock):
        return clock.replace(microsecond=0)
    if latest is None or latest < scheduled_start:
        return scheduled_start.replace(second=0, microsecond=0)
    return (latest + timedelta(minutes=1)).replace(second=0, microsecond=0)


ADJOURNED_BEFORE_CALL = QT_TRANSLATE_NOOP(
    "meeting_times", "Adjournment at {adjourned} is before the call to order at {called}."
)
CALL_NOT_ON_DAY = QT_TRANSLATE_NOOP(
    "meeting_times", "The call to order at {called} is not on the meeting's date."
)
BEFORE_CALL = QT_TRANSLATE_NOOP("meeting_times", "{what} at {when} is before the call to order at {called}.")
AFTER_ADJOURNMENT = QT_TRANSLATE_NOOP(
    "meeting_times", "{what} at {when} is after the adjournment at {adjourned}."
)
NOT_ON_DAY = QT_TRANSLATE_NOOP("meeting_times", "{what} at {when} is not on the meeting's date.")
OUT_OF_ORDER = QT_TRANSLATE_NOOP(
    "meeting_times", "{what} at {when} is out of order: it comes after {previous} at {previous_at}."
)


@dataclass(frozen=True)
class TimedEntry:
    """One time in the record: what it is ('vote on "To adopt…"'), when, and whether it follows
    the order of business (arrivals and departures happen whenever they happen)."""

    what: str
    at: datetime
    in_sequence: bool = True


def _hm(moment: datetime, day: date) -> str:
    if moment.date() == day:
        return f"{moment:%H:%M}"
    return said(
        QT_TRANSLATE_NOOP("meeting_times", "{time} on {date}"),
        time=f"{moment:%H:%M}",
        date=f"{moment:%Y-%m-%d}",
    )


class _LowerFirst(Message):
    """A sentence quoted mid-sentence: its first letter in lower case, in whichever language it reads."""

    def __init__(self, text: str) -> None:
        super().__init__(text)

    def render(self, translate: Translate | None) -> str:
        shown = str(_read(self.text, translate))
        return shown[:1].lower() + shown[1:]


def _read(text: str, translate: Translate | None) -> str:
    return text.message.render(translate) if isinstance(text, Sentence) else text


def time_warnings(
    day: date,
    called_to_order_at: datetime | None,
    adjourned_at: datetime | None,
    entries: Sequence[TimedEntry],
) -> list[str]:
    """Sentences about times that cannot be right: outside call to order … adjournment, or out of order.

    `entries` come in the order of business (items in agenda order, a motion before its vote).
    Nothing is changed: the clerk decides which time is wrong. Each is a declared Sentence (English
    as a str; `as_read` in the reader's language), naming the entries by their own Sentences.
    """
    warnings: list[str] = []
    called = _hm(called_to_order_at, day) if called_to_order_at else ""
    adjourned = _hm(adjourned_at, day) if adjourned_at else ""
    if called_to_order_at and adjourned_at and adjourned_at < called_to_order_at:
        warnings.append(said(ADJOURNED_BEFORE_CALL, adjourned=adjourned, called=called))
    if called_to_order_at and called_to_order_at.date() != day:
        warnings.append(said(CALL_NOT_ON_DAY, called=called))
    previous: TimedEntry | None = None
    for entry in entries:
        when = _hm(entry.at, day)
        if called_to_order_at and entry.at < called_to_order_at:
            warnings.append(said(BEFORE_CALL, what=entry.what, when=when, called=called))
        elif adjourned_at and entry.at > adjourned_at:
            warnings.append(said(AFTER_ADJOURNMENT, what=entry.what, when=when, adjourned=adjourned))
        elif not called_to_order_at and entry.at.date() != day:
            warnings.append(said(NOT_ON_DAY, what=entry.what, when=when))
        if not entry.in_sequence:
            continue
        if previous is not None and entry.at < previous.at:
            warnings.append(
                said(
                    OUT_OF_ORDER,
                    what=entry.what,
                    when=when,
                    previous=_LowerFirst(previous.what),
                    previous_at=_hm(previous.at, day),
                )
            )
        previous = entry
    return warnings
