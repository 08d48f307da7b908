"""The public site's own words (titles, labels, dates, percentages) in the language it is published in."""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from html import escape
from typing import TYPE_CHECKING

from councildesk.domain.enum_labels import label_in
from councildesk.domain.enums import label
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message, MessageId
from councildesk.domain.minutes_language import LANG_TAGS, local_day, local_time
from councildesk.message_catalogue import translator
from councildesk.reports.minutes_words import Words
from councildesk.services.voting_record_dto import STAGES

if TYPE_CHECKING:
    from councildesk.services.body_service import BodyService
    from councildesk.services.dto import MeetingSummary

SITE_LANGUAGES = ("en", "es", "fr")
MEETING = QT_TRANSLATE_NOOP("site", "{day} {body} — {kind} meeting")


def site_language(bodies: BodyService, body_id: int | None) -> str:
    """The language a site speaks unless told: that of the published bodies' records when they share
    one (a bilingual body's first), else English; the rule the members' voting records follow."""
    from councildesk.reports.record_report import record_language

    return record_language(bodies, body_id, "en")


class SiteWords:
    """One site's words: `w(QT_TRANSLATE_NOOP("site", "Meetings"))`, `w(…"Votes ({n})", n=3)`.

    The sentences are declared (context "site") and read from the messages catalogue of the site's
    language, not the reader's: a French council's site is French whatever the clerk's window speaks.
    English is each sentence's source, so an English site is written exactly as before.
    """

    def __init__(self, lang: str = "en") -> None:
        if lang not in SITE_LANGUAGES:
            raise ValueError(f"no site words for {lang!r}")
        self.lang = lang
        # "en" as English sites always said; the minutes' own tags otherwise ("fr-CA", "es-US").
        self.tag = "en" if lang == "en" else LANG_TAGS[lang]
        self._lookup = translator(lang)
        self._minutes = Words(lang)
        self._fixed: dict[tuple[str, str], str] = {}  # a page frame repeats its words on every page

    def __call__(self, message: MessageId, /, **values: object) -> str:
        if values:
            return Message(message, values).render(self._lookup)
        key = (message.context, str(message))
        if key not in self._fixed:
            self._fixed[key] = Message(message).render(self._lookup)
        return self._fixed[key]

    def text(self, message: MessageId, /, **values: object) -> str:
        """A sentence as an element's text: '<' and '&' escaped, quotes kept (English as it was typed)."""
        return escape(self(message, **values), quote=False)

    def js(self, message: MessageId) -> str:
        """A sentence as a JavaScript string literal (English: the very literal the scripts had)."""
        return json.dumps(self(message))

    def label(self, value: StrEnum) -> str:
        """An enumeration as the window labels it ('Yes', 'Pour', 'Sí'), in the site's language."""
        return label(value) if self._lookup is None else label_in(value, self._lookup)

    def meeting_kind(self, value: StrEnum) -> str:
        """A meeting's kind as the minutes name it after 'meeting' / 'séance' ('regular', 'ordinaire')."""
        return self._minutes.label(value).lower()

    def meeting_label(self, m: MeetingSummary) -> str:
        """'2011-08-18 City Council — regular meeting' (m.label in English), '… — séance ordinaire'."""
        on, kind = f"{m.scheduled_start:%Y-%m-%d}", self.meeting_kind(m.kind)
        return self(MEETING, day=on, body=m.body_name, kind=kind)

    def stage(self, stage: str) -> str:
        """A matter's step ('adopted', 'adopté'); a stage this table does not know is shown as given."""
        return self(STAGES[stage]) if stage in STAGES else stage

    def day(self, value: date) -> str:
        """A date inside a sentence: '2011-08-18' as English sites always wrote it, '18 août 2011'."""
        return value.isoformat() if self.lang == "en" else local_day(self.lang, value)

    def moment(self, when: datetime) -> str:
        """'Thursday 18 August 2011, 19:30', 'jeudi 18 août 2011, 19 h 30', 'jueves, 18 de agosto…'."""
        if self.lang == "en":
            return f"{when:%A %d %B %Y, %H:%M}"
        day = local_day(self.lang, when, weekday=True)
        return f"{day}, {local_time(self.lang, when, twenty_four_hour=True)}"

    def percent(self, share: float) -> str:
        """'75%'; '75 %' in Spanish and French, a no-break space before the sign (as record_words)."""
        whole = f"{share * 100:.0f}"
        return f"{whole}%" if self.lang == "en" else f"{whole}\u00a0%"


ENGLISH = SiteWords()
