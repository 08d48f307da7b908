"""Bodies' time zones: IANA names, the computer's zone as the default, and a refusal in one sentence."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

FALLBACK = "UTC"


def host_zone_name() -> str:
    """The IANA name of this computer's zone: $TZ, else where /etc/localtime points, else UTC.

    A body takes this when it is created, so that times typed on a clerk's machine mean what the
    clerk's wall clock said; afterwards the body's own zone is used, whatever machine opens the file.
    """
    named = os.environ.get("TZ", "").lstrip(":")
    if named and _known(named):
        return named
    link = Path("/etc/localtime")
    try:
        target = str(link.resolve()) if link.is_symlink() else ""
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        name = target.split("zoneinfo/", 1)[1]
        if _known(name):
            return name
    text = _read(Path("/etc/timezone"))
    if text and _known(text):
        return text
    return FALLBACK


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _known(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def check_zone(name: str) -> str:
    """`name` trimmed if it is an IANA zone, else a UserError naming it."""
    name = name.strip()
    if not name or not _known(name):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "domain",
                "'{name}' is not a time zone name; use an IANA name such as America/New_York "
                "or Europe/Paris.",
            ),
            name=name,
        )
    return name


def zone(name: str | None) -> ZoneInfo:
    """The zone of a body; a body stored before zones existed (empty) uses this computer's zone."""
    if name and _known(name):
        return ZoneInfo(name)
    return ZoneInfo(host_zone_name())


def zone_names() -> list[str]:
    """Every IANA zone name this computer knows, sorted (for the Bodies dialog's list)."""
    return sorted(n for n in available_timezones() if "/" in n or n == "UTC")


def wall_time(moment: datetime, name: str | None) -> datetime:
    """An instant (with an offset) as the body's wall-clock time, without tzinfo, as times are stored."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(zone(name)).replace(tzinfo=None)
