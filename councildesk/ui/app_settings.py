"""Every desktop setting declared once: its key, its type, its default, and the numbered upgrades of old keys.

Code never spells a settings key itself; it reads and writes through a `Setting` declared here, so
a value the clerk (or an older CouncilDesk) left in a strange shape reads back as the default
instead of breaking the window.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from councildesk.paths import APP_NAME
from councildesk.services.minutes_document import MinutesSettings, PaperSize
from councildesk.ui.i18n import CHOICES

# One name for the organisation and the application, so every QSettings() opens the same file
# (on Linux ~/.config/CouncilDesk/CouncilDesk.conf); app.py hands it to QCoreApplication once.
ORGANISATION = APP_NAME
APPLICATION = APP_NAME


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "yes")  # an ini file keeps booleans as text


def _number(value: object) -> int:
    return int(str(value))


def _text_list(value: object) -> tuple[str, ...]:
    if isinstance(value, str):  # an ini file stores a one-item list as plain text
        return (value,)
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    raise TypeError("not a list")


def _paper(value: object) -> PaperSize:
    return PaperSize(str(value))


def _bytes(value: object) -> QByteArray:
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, bytes):
        return QByteArray(value)
    raise TypeError("not bytes")


@dataclass(frozen=True)
class Setting[T]:
    """One key: `parse` turns what QSettings hands back into a T, or raises for the default."""

    key: str
    default: T
    parse: Callable[[object], T]
    doc: str

    def read(self, store: QSettings) -> T:
        value = store.value(self.key)
        if value is None:
            return self.default
        try:
            return self.parse(value)
        except (TypeError, ValueError):
            return self.default

    def write(self, store: QSettings, value: T) -> None:
        if isinstance(value, Enum):
            store.setValue(self.key, value.value)  # the text, readable in the ini file
        elif isinstance(value, tuple):
            store.setValue(self.key, list(value))  # QSettings knows lists, not tuples
        else:
            store.setValue(self.key, value)


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray(), _bytes, "the main window's size and place")
WINDOW_STATE = Setting("window/state", QByteArray(), _bytes, "where the navigator and toolbars sit")
RECENT_FILES: Setting[tuple[str, ...]] = Setting(
    "recent/files", (), _text_list, "File ▸ Open recent, newest first"
)
LAST_PLACE = Setting("meeting/last_place", "", _text, "the place offered for the next new meeting")
LAUNCHED = Setting("app/launched", False, _flag, "false until the first start (which loads the demo)")
MUNICIPALITY = Setting("minutes/municipality", "", _text, "letterhead: the municipality line")
LOGO_PATH = Setting("minutes/logo_path", "", _text, "letterhead: the seal image file")
CLERK_TITLE = Setting(
    "minutes/clerk_title", MinutesSettings().clerk_title, _text, "letterhead: the signing clerk's title"
)
PAPER = Setting("minutes/paper", MinutesSettings().paper, _paper, "paper size of minutes and agendas")
VERSION = Setting("settings/version", 0, _number, "the last settings upgrade applied (UPGRADES)")


def _language(value: object) -> str:
    text = str(value)
    if text not in CHOICES:
        raise ValueError(text)
    return text


INTERFACE_LANGUAGE = Setting(
    "ui/language", "system", _language, "View ▸ Interface language: system, en, es or fr (applies at restart)"
)

# The meeting on show when a database was last closed, one key per database under this group.
REMEMBERED_MEETING_GROUP = "remembered_meeting"

ALL: tuple[Setting[Any], ...] = (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    RECENT_FILES,
    LAST_PLACE,
    LAUNCHED,
    MUNICIPALITY,
    LOGO_PATH,
    CLERK_TITLE,
    PAPER,
    VERSION,
    INTERFACE_LANGUAGE,
)


def open_store() -> QSettings:
    """The clerk's own settings file (tests pass an ini file of their own instead)."""
    return QSettings(ORGANISATION, APPLICATION)


# -- the remembered meeting, per database ----------------------------------------------
def database_key(path: Path | None, url: str) -> str:
    """A key for one database that is the same in every process (unlike hash(), which Python salts)."""
    where = str(path.expanduser().resolve()) if path is not None else url
    return hashlib.sha256(where.encode("utf-8")).hexdigest()[:24]


def remembered_meeting(store: QSettings, path: Path | None, url: str) -> int | None:
    value = store.value(f"{REMEMBERED_MEETING_GROUP}/{database_key(path, url)}")
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def remember_meeting(store: QSettings, path: Path | None, url: str, meeting_id: int) -> None:
    store.setValue(f"{REMEMBERED_MEETING_GROUP}/{database_key(path, url)}", meeting_id)


# -- letterhead ----------------------------------------------------------------------------
def load_minutes_settings(store: QSettings) -> MinutesSettings:
    """The letterhead choices saved in `store`, with the defaults of MinutesSettings."""
    return MinutesSettings(
        municipality=MUNICIPALITY.read(store),
        logo_path=LOGO_PATH.read(store),
        paper=PAPER.read(store),
        clerk_title=CLERK_TITLE.read(store) or CLERK_TITLE.default,
    )


# -- upgrades (numbered, each applied once, in order) --------------------------------------
def _drop_salted_meeting_keys(store: QSettings) -> None:
    """Before 1: `last_meeting/<hash() of the URL>`, a new key each launch that no launch could find again."""
    store.remove("last_meeting")


UPGRADES: tuple[tuple[int, Callable[[QSettings], None]], ...] = ((1, _drop_salted_meeting_keys),)


def upgrade(store: QSettings) -> list[int]:
    """Apply every upgrade newer than the store's version; returns the numbers applied."""
    done = VERSION.read(store)
    applied = []
    for number, step in UPGRADES:
        if number > done:
            step(store)
            VERSION.write(store, number)
            applied.append(number)
    store.sync()
    return applied
