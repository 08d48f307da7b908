"""Dates and times as the window shows them: in the interface language (the minutes use the body's)."""

from __future__ import annotations

from datetime import date, datetime

from councildesk.domain import wording
from councildesk.domain.house_style import HouseStyle
from councildesk.domain.messages import installed_language
from councildesk.domain.minutes_language import LOCALES, local_day
from councildesk.ui.i18n import verbatim


def long_date(value: date, *, weekday: bool = False) -> str:
    """'Thursday 18 August 2011', 'jeudi 18 août 2011', 'jueves, 18 de agosto de 2011'."""
    language = installed_language()
    if language == "en" or language not in LOCALES:
        return wording.long_date(value, weekday=weekday)
    return local_day(language, value, weekday=weekday)


def short_date(value: date, *, weekday: bool = False, with_year: bool = True) -> str:
    """'Thu 18 Aug', 'jeu. 18 août', 'jue, 18 ago' (lists, titles)."""
    language = installed_language()
    if language == "en" or language not in LOCALES:
        return wording.short_date(value, weekday=weekday, with_year=with_year)
    from babel import dates  # only for a window in another language than English

    # Babel patterns (CLDR: EEE the short weekday, MMM the short month), not prose.
    pattern = (verbatim("EEE ") if weekday else "") + "d MMM" + (" y" if with_year else "")
    return str(dates.format_date(value, pattern, locale=LOCALES[language]))


def window_style(style: HouseStyle) -> HouseStyle:
    """The body's clock (12 or 24 hours), written in the interface language when it is not English."""
    language = installed_language()
    return style.edition(language) if language != "en" and language in LOCALES else style


def month_year(value: datetime | date) -> str:
    """'August 2011', 'août 2011', 'agosto de 2011'."""
    language = installed_language()
    if language == "en" or language not in LOCALES:
        return f"{value:%B %Y}"
    from babel import dates

    pattern = verbatim("MMMM 'de' y") if language == "es" else "MMMM y"
    return str(dates.format_date(value, pattern, locale=LOCALES[language]))
