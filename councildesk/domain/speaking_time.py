"""A speaker's time against the limit: what remains, and when the chair is warned (one minute left, none)."""

from __future__ import annotations

from enum import StrEnum

WARNING_SECONDS = 60  # the chair's usual "one minute" signal


class TimePhase(StrEnum):
    UNLIMITED = "unlimited"  # no limit for this kind of speaker: the clock only counts up
    RUNNING = "running"
    LAST_MINUTE = "last_minute"
    OVER = "over"


def remaining(limit_seconds: int | None, elapsed: float) -> float | None:
    """Seconds left (negative once over), or None when there is no limit."""
    return None if limit_seconds is None else limit_seconds - elapsed


def phase(limit_seconds: int | None, elapsed: float) -> TimePhase:
    left = remaining(limit_seconds, elapsed)
    if left is None:
        return TimePhase.UNLIMITED
    if left <= 0:
        return TimePhase.OVER
    if left <= WARNING_SECONDS:
        return TimePhase.LAST_MINUTE
    return TimePhase.RUNNING


def clock_text(seconds: float) -> str:
    """'2:05' for what remains; '−0:12' once over (whole seconds, counted so 0:00 shows at zero)."""
    whole = int(seconds) if seconds >= 0 else -int(-seconds)
    sign = "−" if whole < 0 else ""
    minutes, secs = divmod(abs(whole), 60)
    return f"{sign}{minutes}:{secs:02d}"
