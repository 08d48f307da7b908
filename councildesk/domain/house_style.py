"""A body's house style for its minutes: language, clock, date form, vote sentence, roll-call tables."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date as Day
from datetime import datetime
from enum import StrEnum

from councildesk.domain.minutes_language import MinutesLanguage, local_day, local_time


class ClockStyle(StrEnum):
    TWELVE_HOUR = "12h"  # 7:05 p.m.
    TWENTY_FOUR_HOUR = "24h"  # 19:05


class DateStyle(StrEnum):
    DAY_MONTH_YEAR = "day_month_year"  # Thursday, 18 August 2011
    MONTH_DAY_YEAR = "month_day_year"  # Thursday, August 18, 2011


class VoteSentenceStyle(StrEnum):
    COUNTS = "counts"  # Adopted, 11–2, 1 abstaining, 1 absent
    NAMES = "names"  # Adopted, 11–2 (Menten, Mihalik opposed; Archuleta abstaining; Folska absent)


@dataclass(frozen=True)
class HouseStyle:
    """How one body's minutes write times, dates and votes; the defaults are what minutes always printed."""

    clock: ClockStyle = ClockStyle.TWELVE_HOUR
    date: DateStyle = DateStyle.DAY_MONTH_YEAR
    vote_sentence: VoteSentenceStyle = VoteSentenceStyle.COUNTS
    # A roll-call table under every vote with ballots, unanimous ones too (else one line suffices
    # for a unanimous vote and, with names in the sentence, for a split one).
    vote_tables: bool = False
    # The language of the minutes, agendas and records (not the window's); a bilingual body prints
    # one edition per language, each from `edition(language)`.
    language: MinutesLanguage = MinutesLanguage.EN

    @property
    def lang(self) -> str:
        """The language this style prints in ('en', 'es', 'fr'): the first of a bilingual pair."""
        return self.language.editions[0]

    def edition(self, lang: str) -> HouseStyle:
        """This style printing in `lang` alone."""
        return replace(self, language=MinutesLanguage(lang))

    def time(self, value: datetime) -> str:
        """'7:05 p.m.' or '19:05'."""
        if self.lang != "en":
            return local_time(self.lang, value, twenty_four_hour=self.clock is ClockStyle.TWENTY_FOUR_HOUR)
        if self.clock is ClockStyle.TWENTY_FOUR_HOUR:
            return f"{value:%H:%M}"
        hour = value.hour % 12 or 12
        return f"{hour}:{value:%M} {'a.m.' if value.hour < 12 else 'p.m.'}"

    def day(self, value: Day | datetime) -> str:
        """'18 August 2011' or 'August 18, 2011' (no leading zero, no locale surprises)."""
        if self.lang != "en":
            return local_day(self.lang, value)
        if self.date is DateStyle.MONTH_DAY_YEAR:
            return f"{value:%B} {value.day}, {value.year}"
        return f"{value.day} {value:%B %Y}"

    def long_day(self, value: Day | datetime) -> str:
        """The day with its weekday: 'Thursday, 18 August 2011'."""
        if self.lang != "en":
            return local_day(self.lang, value, weekday=True)
        return f"{value:%A}, {self.day(value)}"


DEFAULT_STYLE = HouseStyle()
