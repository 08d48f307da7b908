"""Minutes in the body's language (Spanish, French, both) and every script printed right, read back
from the PDF with pypdf and pdffonts, and from the HTML edition."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from pypdf import PdfReader

from councildesk.domain.enums import BallotOption
from councildesk.domain.minutes_language import MinutesLanguage
from councildesk.reports.agenda import agenda_pdf
from councildesk.reports.minutes import minutes_pdf
from councildesk.reports.minutes_html import minutes_html
from councildesk.reports.record_report import RecordReportHeader, record_pdf
from councildesk.reports.script_text import font_for
from councildesk.services.container import Services
from councildesk.services.minutes_document import MinutesDocument
from tests.minutes_helpers import outline_titles, pdf_text

ARABIC, HEBREW = "محمد الأحمد", "שרה לוי"
NAMES = (ARABIC, HEBREW, "Nguyễn Thị Minh Khai", "Łukasz Wąsowski-Żółć", "王小明", "Ann Menten")
THUMBS, NO_FONT = "\U0001f44d", "\U0001fae0"  # 👍 in the emoji fallback; 🫠 in no font we ship


def _in(services: Services, meeting_id: int, language: MinutesLanguage) -> tuple[str, str]:
    """The meeting's minutes in `language`: (PDF text with no-break spaces made plain, HTML page)."""
    doc = _document(services, meeting_id, language)
    return pdf_text(minutes_pdf(doc, invariant=True)).replace("\xa0", " "), minutes_html(doc)


def _document(services: Services, meeting_id: int, language: MinutesLanguage) -> MinutesDocument:
    doc = services.minutes.minutes(meeting_id)
    return replace(doc, style=replace(doc.style, language=language))


def test_the_seed_meeting_in_spanish(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    text, html = _in(services, meeting_id, MinutesLanguage.ES)
    for words in (
        "Acta de la sesión ordinaria",
        "jueves, 18 de agosto de 2011 · 7:00 p. m.",
        "Apertura de la sesión",
        "Se constató la existencia de quórum: 9 de los 9 miembros",
        "El acta de la sesión del 4 de agosto de 2011 fue aprobada tal como fue leída.",
        "Moción presentada por",
        "secundada por",
        "Aprobada por unanimidad, con 9 votos a favor y 0 en contra.",
        "Amy Bookbinder de Leeds",
        "Texto de la resolución aprobada (R-11-034):",
        "Se levantó la sesión a las 8:15 p. m.",
        "BORRADOR — esta acta no ha sido aprobada",
        "Página 1 de",
    ):
        assert words in text, words
    # (The seed's first agenda item is titled "Call to order and roll call": the records keep their words.)
    for english in ("A quorum was present", "Adjournment", "Disposition", "Page 1 of", "Members present"):
        assert english not in text, english
    assert '<html lang="es-US">' in html and '<h2 id="attendance">Asistencia</h2>' in html
    agenda = services.minutes.agenda(meeting_id)
    agenda_text = pdf_text(
        agenda_pdf(replace(agenda, style=replace(agenda.style, language=MinutesLanguage.ES)))
    )
    assert "Orden del día — sesión ordinaria" in agenda_text and "jueves, 18 de agosto de 2011" in agenda_text


def test_the_seed_meeting_in_french(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    text, html = _in(services, meeting_id, MinutesLanguage.FR)
    for words in (
        "Procès-verbal de la séance ordinaire",
        "jeudi 18 août 2011 · 19 h 00",
        "La séance est ouverte à 19 h 00 sous la présidence de David J. Narkewicz.",
        "Le quorum est constaté : 9 des 9 membres sont présents",
        "proposée par Ward 5 Councilor, appuyée par Ward 6 Councilor à 19 h 05 :",
        "Adoptée à l’unanimité (9 contre 0).",
        "Seuil requis : majorité des voix exprimées.",
        "Levée de la séance",
        "La séance est levée à 20 h 15.",
        "PROJET — ce procès-verbal n’a pas été adopté",
    ):
        assert words in text, words
    assert "A quorum was present" not in text and "Members present" not in text
    assert '<html lang="fr-CA">' in html and "Le quorum est constaté" in html


def test_a_bilingual_body_prints_both_editions_one_after_the_other(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    text, html = _in(services, meeting_id, MinutesLanguage.EN_FR)
    english, french = (
        text.index("A quorum was present: 9 of the 9 members"),
        text.index("Le quorum est constaté"),
    )
    assert english < french  # the English edition whole, then the French
    # Each edition's pages carry their own header, footer and page numbers.
    assert re.search(r"Page 1 of \d", text) and re.search(r"PROJET — non adopté.*Page \d de \d", text)
    assert text.count("Northampton City Council") >= 2
    assert '<html lang="en">' in html and '<div lang="fr-CA">' in html and html.count('id="main"') == 1
    # Each edition has its own bookmarks, in its own language.
    titles = outline_titles(
        minutes_pdf(_document(services, meeting_id, MinutesLanguage.EN_FR), invariant=True)
    )
    assert "Call to order" in titles and "Ouverture de la séance" in titles


def _world_meeting(services: Services) -> int:
    """Six members named in Arabic, Hebrew, Vietnamese, Polish, Chinese and English; a 4–2 roll call;
    a public speaker whose summary holds an emoji we can print and one no font has."""
    body = services.bodies.create_body("Conseil de Lac-Monde", len(NAMES), municipality="Lac-Monde")
    people = []
    for n, name in enumerate(NAMES):
        post = services.bodies.add_post(body.id, f"District {n + 1}")
        person = services.people.create_person(name)
        services.bodies.add_membership(person.id, body.id, date(2024, 1, 1), post_id=post.id)
        people.append(person)
    start = datetime(2024, 3, 7, 19, 30)
    meeting = services.meetings.create_meeting(body.id, start, location="Salle du conseil")
    services.meetings.mark_all_present(meeting.id)
    services.meetings.call_to_order(meeting.id, start)
    item = services.agenda.add_item(meeting.id, "Budget 2024")
    services.speakers.add_speaker(
        item.id, "Nguyễn Văn An", residence="Łódź", summary=f"Merci {THUMBS} et bonne soirée {NO_FONT}."
    )
    arabic, hebrew, *rest = (p.id for p in people)
    motion = services.motions.make_motion(item.id, "Adopter le budget.", mover_id=arabic, seconder_id=hebrew)
    ballots = {p.id: BallotOption.YES for p in people} | {rest[0]: BallotOption.NO, rest[1]: BallotOption.NO}
    services.votes.record_roll_call(motion.id, ballots, taken_at=start + timedelta(minutes=20))
    services.meetings.adjourn(meeting.id, start + timedelta(hours=1))
    return meeting.id


def test_every_script_prints_in_a_font_that_has_it(services: Services) -> None:
    meeting_id = _world_meeting(services)
    doc = _document(services, meeting_id, MinutesLanguage.FR)
    pdf = minutes_pdf(doc, invariant=True)
    text = pdf_text(pdf).replace("\xa0", " ")
    # Right-to-left runs come back in reading order (pypdf turns the drawn order back), each name
    # whole: Arabic as its joined forms, which NFKC takes back to the letters typed.
    logical = unicodedata.normalize("NFKC", text)
    assert ARABIC in logical and ARABIC[::-1] not in logical
    assert HEBREW in text
    for name in NAMES[2:]:
        assert name in text, name
    assert "Vote (par appel nominal, 19 h 50) : Adoptée à 4 contre 2." in text
    # The emoji with a font prints; the one without prints as its code point, with a warning.
    assert THUMBS in text and "[U+1FAE0]" in text and NO_FONT not in text
    assert "Le caractère [U+1FAE0] de ces registres n’a aucune police pour l’imprimer" in text
    # Every character of every name is in the cmap of the font it is drawn in, and each such font
    # is embedded.
    used = {
        font_for(c) for name in (*NAMES, "Nguyễn Văn An", "Łódź", THUMBS) for c in name if not c.isspace()
    }
    assert None not in used
    assert used <= _embedded_fonts(pdf)
    html = minutes_html(doc)
    assert f"<bdi>{ARABIC}</bdi>" in html and f"<bdi>{HEBREW}</bdi>" in html
    assert re.search(r'<th scope="row" dir="auto"><bdi>' + HEBREW, html)


def _embedded_fonts(pdf: bytes) -> set[str | None]:
    """The fonts the pages draw with whose glyphs are embedded in the file ('NotoSansHebrew', …)."""
    names: set[str | None] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            if "/FontFile2" in font["/FontDescriptor"]:
                names.add(str(font["/BaseFont"]).split("+", 1)[1].removesuffix("-Regular"))
    return names


@pytest.mark.parametrize(("language", "sentence"), [("es", "Aprobada por 4 votos a favor y 2 en contra")])
def test_a_split_vote_in_spanish(services: Services, language: str, sentence: str) -> None:
    meeting_id = _world_meeting(services)
    text, _html = _in(services, meeting_id, MinutesLanguage(language))
    assert sentence in text and "Votación (nominal, 7:50 p. m.)" in text


def test_the_voting_record_of_a_member_named_in_hebrew(services: Services) -> None:
    _world_meeting(services)
    (hebrew,) = services.people.find_people(HEBREW)
    records = services.voting_records
    pdf = record_pdf(
        records.summary(hebrew.id), records.full_record(hebrew.id), [], RecordReportHeader("", "")
    )
    assert HEBREW in pdf_text(pdf) and "NotoSansHebrew" in _embedded_fonts(pdf)
