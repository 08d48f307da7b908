"""The voting-record report's own words in English, Spanish and French, with its dates and percentages.

Like the minutes (minutes_words), the report prints in a language of the records, not the window's:
the English text of each phrase is its key and is what the English report prints, unchanged.
Spanish follows US civic usage (votación, inhibición), French that of Quebec councils (relevé des
votes, récusation, séance), with a no-break space before a colon and a percent sign.
"""

# ruff: noqa: E501 - each phrase's key is its English text whole, on one line, so that a search finds it

from __future__ import annotations

from datetime import date
from enum import StrEnum

from councildesk.domain.house_style import DEFAULT_STYLE
from councildesk.domain.minutes_language import LOCALES, local_day
from councildesk.reports.minutes_words import C, Words

# The note under the summary (a key too long to repeat where it prints).
COUNTING_NOTE = "Only votes with named ballots count (roll calls and unanimous votes); voice votes and shows of hands record no names. “With the majority” compares a yes or no with the side that had more votes; abstentions, absences, recusals and ties count neither way."

# English template -> (Spanish, French). Values are named ({name}, {n}, …), escaped markup.
PHRASES: dict[str, tuple[str, str]] = {
    "Voting record of {name}": ("Historial de votaciones de {name}", "Relevé des votes de {name}"),
    "Voting record": ("Historial de votaciones", "Relevé des votes"),
    "All bodies": ("Todos los órganos", "Toutes les instances"),
    "<b>Filters:</b> {filters}": ("<b>Filtros:</b> {filters}", f"<b>Filtres{C}</b> {{filters}}"),
    "Filters": ("Filtros", "Filtres"),
    "none (every recorded ballot)": (
        "ninguno (todos los votos registrados)",
        "aucun (tous les votes consignés)",
    ),
    "Summary": ("Resumen", "Résumé"),
    COUNTING_NOTE: (
        "Solo cuentan las votaciones con votos nominales (votaciones nominales y unánimes); las votaciones a viva voz y a mano alzada no registran nombres. «Con la mayoría» compara un sí o un no con el lado que obtuvo más votos; las abstenciones, ausencias, inhibiciones y empates no cuentan para ningún lado.",
        "Seuls comptent les votes où chacun est nommé (votes par appel nominal et votes unanimes); les votes à main levée ou de vive voix ne nomment personne. « Avec la majorité » compare un pour ou un contre au côté qui a obtenu le plus de voix; les abstentions, absences, récusations et égalités ne comptent d’aucun côté.",
    ),
    "Dissents": ("Votos disidentes", "Dissidences"),
    "Dissents ({n})": ("Votos disidentes ({n})", "Dissidences ({n})"),
    "{day} — {item}: voted <b>{option}</b> ({yes}–{no}, {result})": (
        "{day} — {item}: votó <b>{option}</b> ({yes}–{no}, {result})",
        f"{{day}} — {{item}}{C} a voté <b>{{option}}</b> ({{yes}}–{{no}}, {{result}})",
    ),
    "Recusals": ("Inhibiciones", "Récusations"),
    "Recusals ({n})": ("Inhibiciones ({n})", "Récusations ({n})"),
    "{day} — {item}: {reason}": ("{day} — {item}: {reason}", f"{{day}} — {{item}}{C} {{reason}}"),
    "no reason recorded": ("no se registró el motivo", "aucun motif consigné"),
    "Every ballot": ("Todos los votos", "Tous les votes"),
    "Every ballot ({n})": ("Todos los votos ({n})", "Tous les votes ({n})"),
    "{year} ({n} ballot)": ("{year} ({n} voto)", "{year} ({n} vote)"),
    "{year} ({n} ballots)": ("{year} ({n} votos)", "{year} ({n} votes)"),
    "Made with CouncilDesk on {day} from the official records. Filters: {filters}": (
        "Preparado con CouncilDesk el {day} a partir de los registros oficiales. Filtros: {filters}",
        f"Produit avec CouncilDesk le {{day}} à partir des registres officiels. Filtres{C} {{filters}}",
    ),
    "{title}; filters: {filters}": ("{title}; filtros: {filters}", f"{{title}}; filtres{C} {{filters}}"),
    # the summary table
    "Ballots": ("Votos", "Votes"),
    "Attendance": ("Asistencia", "Présence"),
    "With the majority": ("Con la mayoría", "Avec la majorité"),
    "none": ("ninguno", "aucun"),
    "{present} of {seated} meetings ({share})": (
        "{present} de {seated} sesiones ({share})",
        "{present} séances sur {seated} ({share})",
    ),
    "no meetings in range": ("ninguna sesión en el período", "aucune séance dans la période"),
    "{agreed} of {decided} decided yes/no votes ({share})": (
        "{agreed} de {decided} votaciones decididas por sí o no ({share})",
        "{agreed} votes tranchés par oui ou non sur {decided} ({share})",
    ),
    # the ballot table
    "Date": ("Fecha", "Date"),
    "Item": ("Punto", "Point"),
    "Matter": ("Asunto", "Dossier"),
    "Motion": ("Moción", "Proposition"),
    "Vote": ("Voto", "Vote"),
    "Result": ("Resultado", "Résultat"),
    "Side": ("Mayoría", "Majorité"),
    "with": ("con", "avec"),
    "against": ("en contra", "contre"),
    # the filters' names (RecordFilter.describe and the callers' own)
    "From": ("Desde", "Du"),
    "To": ("Hasta", "Au"),
    "Body": ("Órgano", "Instance"),
    "Matter kind": ("Tipo de asunto", "Type de dossier"),
    "Sponsor": ("Patrocinador", "Parrain"),
    "Text": ("Texto", "Texte"),
    "Published minutes": ("Actas publicadas", "Procès-verbaux publiés"),
    "approved": ("aprobadas", "adoptés"),
    "all": ("todas", "tous"),
}


class RecordWords:
    """The report's phrases in one language: `w("Summary")`, `w("Dissents ({n})", n=3)`."""

    def __init__(self, lang: str = "en") -> None:
        self.words = Words(lang)  # refuses a language the records do not print in
        self.lang = lang

    def __call__(self, text: str, /, **values: str | int) -> str:
        if self.lang != "en":
            text = PHRASES[text][0 if self.lang == "es" else 1]
        return text.format(**values) if values else text

    def known(self, text: str) -> str:
        """`text` in this language when it is one of the report's words, else as given (a name)."""
        return self(text) if text in PHRASES else text

    def label(self, value: StrEnum) -> str:
        """A ballot or a result as the report prints it: English its value ('yes', 'pass'), as it
        always has; Spanish and French the minutes' words ('Sí', 'aprobada'; 'Pour', 'adoptée')."""
        return value.value if self.lang == "en" else self.words.label(value)

    def day(self, value: date) -> str:
        """'18 August 2011', '18 de agosto de 2011', '18 août 2011'."""
        return DEFAULT_STYLE.day(value) if self.lang == "en" else local_day(self.lang, value)

    def percent(self, value: float | None) -> str:
        """'12.5%'; '12.5 %' (es-US) and '12,5 %' (fr-CA), a no-break space before the sign."""
        if value is None:
            return "—"
        if self.lang == "en":
            return f"{value * 100:.1f}%"
        from babel.numbers import format_decimal

        return format_decimal(round(value * 100, 1), "#,##0.0", locale=LOCALES[self.lang]) + "\u00a0%"
