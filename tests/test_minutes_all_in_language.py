"""Spanish and French minutes, agendas and the approval and correction pages hold no English of
their own: warnings the records raise, a roll call with an "other" ballot, a correction; a bilingual
body's PDF tags each edition with its language, and its year volume binds both editions."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pikepdf
import pytest

from councildesk.db import record_chain
from councildesk.domain.enums import BallotOption, VoteResult
from councildesk.domain.messages import Message, install_translate
from councildesk.domain.minutes_language import MinutesLanguage
from councildesk.message_catalogue import translator
from councildesk.reports.agenda import agenda_pdf
from councildesk.reports.minutes import minutes_pdf
from councildesk.reports.minutes_html import minutes_html
from councildesk.reports.minutes_volume import minutes_volume_pdf
from councildesk.services.container import Services
from councildesk.services.minutes_assembly import CHANGED_SINCE_APPROVAL, SNAPSHOT_DAMAGED
from councildesk.services.minutes_document import MinutesDocument
from councildesk.services.minutes_service import CHAIN_BROKEN
from tests.minutes_helpers import outline_titles, pdf_text

FOUR_AUGUST = 1  # approved at the seed meeting by the demo

# The minutes' and agendas' own English, none of which the seed's records use: each would betray a
# sentence printed in English inside Spanish or French minutes.
ENGLISH = (
    "Warning",
    "Note:",
    "declared result",
    "disagrees",
    "was adopted but",
    "has not been entered",
    "must carry it",
    "records of this meeting",
    "Run Verify",
    "stored approved version",
    "record chain",
    "audit entry",
    "at link",
    "the entry is gone",
    "Corrections after approval",
    "Reason:",
    "As approved",
    "Corrected to read",
    "Approved on",
    "by vote of",
    "Respectfully",
    "Attest:",
    "Presiding Officer",
    "Signatures",
    "Required:",
    "Roll call",
    "Totals",
    "other:",
    "(other",
    "abstaining",
    "opposed",
    "in favour",
    "Disposition",
    "Adjournment",
    "Attendance",
    "Members present",
    "Consent agenda",
    "Members of the public",
    "Sponsors:",
    "Items may not be taken up",
    "Meeting agenda",
)
ENGLISH_PATTERNS = (r"Page \d+ of", r"(?<!City )\bClerk\b", r"\bItem \d")


def _english_in(text: str) -> list[str]:
    found = [words for words in ENGLISH if words in text]
    return found + [p for p in ENGLISH_PATTERNS if re.search(p, text)]


def _in(doc: MinutesDocument, language: MinutesLanguage) -> MinutesDocument:
    return replace(doc, style=replace(doc.style, language=language))


def _seed_with_warnings(services: Services, seed: int) -> None:
    """The seed's resolution adopted without its text, and a roll call under it with an 'other'
    ballot whose declared result disagrees with the count."""
    record = services.records.load(seed)
    entry = next(e for e in record.items if e.matter)
    assert entry.matter is not None
    services.matters.update_matter(entry.matter.id, full_text="")
    voters = [m for m in services.meetings.attendance(seed) if m.voting]
    motion = services.motions.make_motion(
        entry.item.id, "Moción de remisión.", mover_id=voters[0].person_id, seconder_id=voters[1].person_id
    )
    ballots = {m.person_id: (BallotOption.YES, "") for m in voters[:5]}
    ballots |= {m.person_id: (BallotOption.NO, "") for m in voters[5:8]}
    ballots[voters[8].person_id] = (BallotOption.OTHER, "Presente")
    services.votes.record_roll_call(motion.id, ballots, declared_result=VoteResult.FAIL)


def _corrected_four_august(services: Services) -> MinutesDocument:
    services.approvals.record_correction(
        FOUR_AUGUST,
        reason="Error de transcripción.",
        before="Ward 3",
        after="Ward 4",
        made_on=date(2011, 9, 1),
    )
    doc = services.minutes.minutes(FOUR_AUGUST)
    assert doc.approval is not None and doc.record.corrections
    # The warnings a changed or damaged approval, or a broken chain, prints, as a clerk would meet them.
    broken = record_chain.Break(position=3, kind="audit", entry_id=3, problem=record_chain.ENTRY_GONE)
    warnings = (
        Message(CHANGED_SINCE_APPROVAL),
        Message(SNAPSHOT_DAMAGED),
        Message(CHAIN_BROKEN, {"reason": broken.message}),
    )
    return replace(doc, integrity_warnings=warnings)


@pytest.mark.parametrize(
    ("language", "own"),
    [
        (
            MinutesLanguage.ES,
            (
                "Advertencia: Punto 4.1 (resolución R-11-034): se aprobó, pero su texto no se ha ingresado",
                "Nota: El resultado declarado (rechazada) no concuerda con el cómputo: con 5 votos a favor y "
                "3 en contra, y un umbral de mayoría de los votos emitidos, la moción resulta aprobada.",
                "Otro Presente Totales — Sí: 5, No: 3, Otro: 1",
            ),
        ),
        (
            MinutesLanguage.FR,
            (
                "Avertissement : Point 4.1 (résolution R-11-034) : adopté, mais son texte n’a pas été saisi",
                "Note : Le résultat déclaré (rejetée) ne concorde pas avec le calcul : à 5 contre 3, "
                "au seuil de majorité des voix exprimées, la proposition est adoptée.",
                "Autre Presente Totaux — Pour : 5, Contre : 3, Autre : 1",
            ),
        ),
    ],
)
def test_spanish_and_french_minutes_and_agendas_hold_no_english_of_their_own(
    demo: tuple[Services, int], language: MinutesLanguage, own: tuple[str, ...]
) -> None:
    services, seed = demo
    _seed_with_warnings(services, seed)
    draft = _in(services.minutes.minutes(seed), language)
    text = pdf_text(minutes_pdf(draft, invariant=True)).replace("\xa0", " ")
    for words in own:
        assert words in text, text[text.find(words[:8]) : text.find(words[:8]) + 400]
    html = minutes_html(draft).replace("\xa0", " ")
    assert "Punto 4.1 (resolución" in html or "Point 4.1 (résolution" in html
    approved = _in(_corrected_four_august(services), language)
    approved_text = pdf_text(minutes_pdf(approved, invariant=True)).replace("\xa0", " ")
    chain = "(entrada de auditoría 3 en el eslabón 3" if language.value == "es" else "(entrée du journal"
    assert chain in approved_text
    agenda = services.minutes.agenda(seed)
    agenda_pdf_text = pdf_text(agenda_pdf(replace(agenda, style=replace(agenda.style, language=language))))
    agenda_text = agenda_pdf_text.replace("\xa0", " ")
    # The matter's heading on the agenda, with the language's colon.
    assert (
        "Resolución R-11-034:" if language is MinutesLanguage.ES else "Résolution R-11-034 :"
    ) in agenda_text
    for name, printed in (("draft", text), ("approved", approved_text), ("agenda", agenda_text)):
        assert _english_in(printed.replace("\xa0", " ")) == [], name
    assert _english_in(html) == [] and _english_in(minutes_html(approved).replace("\xa0", " ")) == []
    # The same warnings stay English in English minutes.
    english = pdf_text(minutes_pdf(services.minutes.minutes(seed), invariant=True))
    assert "Warning: Item 4.1: resolution R-11-034 was adopted but its text has not been entered" in english
    assert (
        "The declared result (fail) disagrees with the arithmetic: 5–3 under majority of votes cast"
        in english
    )


def _languages_of(pdf: bytes) -> tuple[str, list[tuple[str, str]]]:
    """The document's /Lang and each top-level section's (/Lang, text of its first heading)."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        top = doc.Root.StructTreeRoot.K[0]
        return str(doc.Root.Lang), [(str(k.get("/Lang", "")), str(k.S)) for k in top.K]


def test_each_edition_of_bilingual_minutes_is_tagged_in_its_own_language(demo: tuple[Services, int]) -> None:
    services, seed = demo
    _seed_with_warnings(services, seed)
    doc = _in(services.minutes.minutes(seed), MinutesLanguage.ES_EN)
    pdf = minutes_pdf(doc, invariant=True)
    lang, sections = _languages_of(pdf)
    assert lang == "es-US" and sections == [("es-US", "/Sect"), ("en-US", "/Sect")]
    text = pdf_text(pdf).replace("\xa0", " ")
    # Each edition prints the warnings in its own language, the Spanish first.
    spanish, english = text.index("Advertencia: Punto 4.1"), text.index("Warning: Item 4.1")
    assert spanish < english
    html = minutes_html(doc)
    assert '<html lang="es-US">' in html and '<main id="main" lang="es-US">' in html
    assert '<div lang="en">' in html and html.count("<main") == 1
    # One language only: no sections, the document's language is enough.
    single = _languages_of(minutes_pdf(_in(doc, MinutesLanguage.FR), invariant=True))
    assert single[0] == "fr-CA" and all(role != "/Sect" for _, role in single[1])


def test_the_year_volume_of_a_bilingual_body_binds_both_editions(demo: tuple[Services, int]) -> None:
    services, seed = demo
    body_id = services.meetings.get_meeting(seed).body_id
    volume = services.minutes.volume(body_id, 2011)
    volume = replace(volume, documents=tuple(_in(d, MinutesLanguage.FR_EN) for d in volume.documents))
    pdf = minutes_volume_pdf(volume, invariant=True)
    text = pdf_text(pdf).replace("\xa0", " ")
    assert "Procès-verbaux 2011 / Minutes 2011" in text
    # Every meeting in French, then in English, before the next meeting.
    marks = [
        m.start()
        for m in re.finditer(r"Procès-verbal de la séance ordinaire|Minutes of the Regular Meeting", text)
    ]
    assert len(marks) == 6
    order = [text[i : i + 5] for i in marks]
    assert order == ["Procè", "Minut"] * 3
    lang, sections = _languages_of(pdf)
    assert lang == "fr-CA" and [s for s, _ in sections] == ["fr-CA"] + ["fr-CA", "en-US"] * 3
    titles = outline_titles(pdf)
    assert titles[:3] == ["Table des matières / Contents", "4 août 2011 — séance ordinaire", "Français"]
    assert titles.count("English") == 3 and titles.count("Levée de la séance") == 3


def test_the_window_reads_the_same_warnings_in_its_own_language(demo: tuple[Services, int]) -> None:
    """The window's status line and vote notes follow the window's language, whatever the minutes'."""
    services, seed = demo
    _seed_with_warnings(services, seed)
    install_translate(translator("fr"), "fr")
    try:
        doc = services.minutes.minutes(seed)  # the body's minutes stay English
        notes = [v.warning for e in doc.record.items for mo in e.motions for v in mo.votes if v.warning]
        missing = doc.missing_texts
    finally:
        install_translate(None)
    assert missing == (
        "Point 4.1 (résolution R-11-034)\xa0: adopté, mais son texte n’a pas été saisi; le procès-verbal "
        "doit le reproduire intégralement.",
    )
    assert notes == [
        "Le résultat déclaré (rejetée) ne concorde pas avec le calcul\xa0: à 5 contre 3, au seuil de "
        "majorité des voix exprimées, la proposition est adoptée."
    ]
    assert "Warning: Item 4.1: resolution" in pdf_text(minutes_pdf(doc, invariant=True))
