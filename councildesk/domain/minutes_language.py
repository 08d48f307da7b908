"""The language a body's minutes print in, and its dates and times as that locale writes them."""

from __future__ import annotations

from datetime import date as Day
from datetime import datetime
from enum import StrEnum
from functools import cache


class MinutesLanguage(StrEnum):
    """One language, or two printed one after the other (the first is the body's main language)."""

    EN = "en"
    ES = "es"
    FR = "fr"
    EN_ES = "en+es"
    ES_EN = "es+en"
    EN_FR = "en+fr"
    FR_EN = "fr+en"

    @property
    def editions(self) -> tuple[str, ...]:
        """The single languages to print, in order: ('en',) or ('en', 'fr')."""
        return tuple(self.value.split("+"))


# Each language in its own name: a clerk who reads only that language still finds it.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français"}
# CLDR locales: US Spanish (the Southwest, Puerto Rico) and Canadian French (Quebec, Ottawa, New
# Brunswick), the councils these languages are here for; lang tags for PDF and HTML.
LOCALES = {"en": "en_US", "es": "es_US", "fr": "fr_CA"}
LANG_TAGS = {"en": "en-US", "es": "es-US", "fr": "fr-CA"}


def language_name(language: MinutesLanguage) -> str:
    """'English', or 'English, then Français' for a bilingual body."""
    return ", then ".join(LANGUAGE_NAMES[e] for e in language.editions)


@cache
def _babel() -> object:
    # Imported on first use: English minutes (and the command line's start) never load Babel.
    from babel import dates

    return dates


def local_day(language: str, value: Day | datetime, *, weekday: bool = False) -> str:
    """'18 de agosto de 2011' / '18 août 2011' ('1er août': French writes the first as an ordinal);
    with the weekday: 'jueves, 18 de agosto de 2011' / 'jeudi 18 août 2011'."""
    dates = _babel()
    locale = LOCALES[language]
    if language == "fr":
        first = "1er" if value.day == 1 else str(value.day)
        text = f"{first} {dates.format_date(value, 'MMMM y', locale=locale)}"  # type: ignore[attr-defined]
        sep = " "
    else:
        text = dates.format_date(value, "d 'de' MMMM 'de' y", locale=locale)  # type: ignore[attr-defined]
        sep = ", "
    if not weekday:
        return str(text)
    return f"{dates.format_date(value, 'EEEE', locale=locale)}{sep}{text}"  # type: ignore[attr-defined]


def local_time(language: str, value: datetime, *, twenty_four_hour: bool) -> str:
    """'7:30 p. m.' or '19:30' in Spanish; always '19 h 30' in French (Quebec usage has no 12-hour
    clock in public records)."""
    # No-break spaces: a line never ends inside "19 h 30" or "7:30 p. m.".
    if language == "fr":
        return f"{value.hour}\u00a0h\u00a0{value:%M}"
    if twenty_four_hour:
        return f"{value:%H:%M}"
    hour = value.hour % 12 or 12
    return f"{hour}:{value:%M}\u00a0{'a.\u00a0m.' if value.hour < 12 else 'p.\u00a0m.'}"
