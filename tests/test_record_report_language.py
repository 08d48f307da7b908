"""The member's voting record in the records' language: headings, ballots, outcomes and dates in
Spanish and French (read back with pypdf); which language the window, the command line and the
website choose."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from councildesk.cli import main
from councildesk.domain.minutes_language import MinutesLanguage
from councildesk.reports.record_report import RecordReportHeader, record_language, record_pdf
from councildesk.services.container import Services
from councildesk.services.voting_record_dto import RecordFilter
from tests.minutes_helpers import pdf_text
from tests.records_fixture import build_council


def _reports(services: Services, *langs: str) -> list[str]:
    """Cy Cedar's record (one dissent, one recusal) in each of `langs`, as pypdf reads it."""
    council = build_council(services)
    return [_report(services, council.body_id, council.c, lang) for lang in langs]


def _report(services: Services, body_id: int, person_id: int, lang: str) -> str:
    records = services.voting_records
    flt = RecordFilter(body_id=body_id)
    filters = [(k, v) for k, v in flt.describe() if k != "Body"] + [
        ("From", "2020-01-01"),
        ("Body", "Springfield Town Council"),
    ]
    pdf = record_pdf(
        records.summary(person_id, flt),
        records.full_record(person_id, flt),
        filters,
        RecordReportHeader(body_name="Springfield Town Council"),
        invariant=True,
        lang=lang,
    )
    return pdf_text(pdf).replace("\xa0", " ")


LANGUAGES = [
    (
        "es",
        (
            "Historial de votaciones de Cy Cedar",
            "Filtros: Desde: 1 de enero de 2020; Órgano: Springfield Town Council",
            "Resumen",
            "Asistencia",
            "Con la mayoría",
            "Votos disidentes (1)",
            "10 de febrero de 2020 — ",
            "votó No (2–1, aprobada)",
            "Inhibiciones (1)",
            "Order to buy a fire truck: Brother sells fire trucks",
            "Todos los votos",
            "Fecha Punto Asunto Moción Voto Resultado Mayoría",
            "rechazada 1–3",
            "2021 (1 voto)",
            "Inhibición",
            "rechazada",
            "Preparado con CouncilDesk el",
            "Página 1 de",
        ),
        ("Voting record of", "Summary", "Dissents", "voted", "Every ballot", "Page 1 of", " pass "),
    ),
    (
        "fr",
        (
            "Relevé des votes de Cy Cedar",
            "Filtres : Du : 1er janvier 2020; Instance : Springfield Town Council",
            "Résumé",
            "Présence",
            "Avec la majorité",
            "Dissidences (1)",
            "10 février 2020 — ",
            "a voté Contre (2–1, adoptée)",
            "Récusations (1)",
            "Order to buy a fire truck : Brother sells fire trucks",
            "Tous les votes",
            "Date Point Dossier Proposition Vote Résultat Majorité",
            "rejetée 1–3",
            "2021 (1 vote)",
            "Récusation",
            "rejetée",
            "Produit avec CouncilDesk le",
            "Page 1 de",
        ),
        ("Voting record of", "Summary", "Dissents", "voted", "Every ballot", "Page 1 of", " pass "),
    ),
]


def test_the_voting_record_in_spanish_and_french_and_english_as_it_was(services: Services) -> None:
    *texts, text = _reports(services, *(lang for lang, _words, _english in LANGUAGES), "en")
    for (lang, words, english), local in zip(LANGUAGES, texts, strict=True):
        for phrase in words:
            assert phrase in local, (lang, phrase)
        for phrase in english:
            assert phrase not in local, (lang, phrase)
    for phrase in (
        "Voting record of Cy Cedar",
        "Filters: From: 2020-01-01",
        "Dissents (1)",
        "voted no (2–1, pass)",
    ):
        assert phrase in text, phrase


def test_the_record_follows_the_body_not_the_window(services: Services) -> None:
    spanish = services.bodies.create_body("Concejo de Las Cruces", 5)
    style = services.bodies.house_style(spanish.id)
    services.bodies.set_house_style(spanish.id, replace(style, language=MinutesLanguage.ES_EN))
    # One body (a bilingual one prints its main language), or every body alike: the body's language.
    assert record_language(services.bodies, spanish.id, "fr") == "es"
    assert record_language(services.bodies, None, "fr") == "es"
    # Bodies that print differently, and no body chosen: the reader's language.
    english = services.bodies.create_body("Water Board", 3)
    assert record_language(services.bodies, None, "fr") == "fr"
    assert record_language(services.bodies, english.id, "fr") == "en"


def test_the_command_line_prints_in_the_body_language_or_lang(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    council = build_council(services)
    style = services.bodies.house_style(council.body_id)
    services.bodies.set_house_style(council.body_id, replace(style, language=MinutesLanguage.FR))
    services.db.close()  # the command opens the file itself
    pdf = tmp_path / "r.pdf"
    assert main(["--lang", "en", "--db", str(db_path), "record", "Cy Cedar", "-o", str(pdf)]) == 0
    assert "Voting record of Cy Cedar" in pdf_text(pdf.read_bytes())  # --lang named English
    assert main(["--db", str(db_path), "record", "Cy Cedar", "-o", str(pdf)]) == 0
    assert "Relevé des votes de Cy Cedar" in pdf_text(pdf.read_bytes())  # the body's French


def test_the_website_prints_members_records_in_the_body_language(services: Services, tmp_path: Path) -> None:
    from councildesk.publish.site import PublishOptions, publish

    council = build_council(services)
    style = services.bodies.house_style(council.body_id)
    services.bodies.set_house_style(council.body_id, replace(style, language=MinutesLanguage.FR))
    publish(services, tmp_path / "site", PublishOptions(include_drafts=True))
    text = pdf_text((tmp_path / "site" / "people" / f"{council.c}-record.pdf").read_bytes())
    assert "Relevé des votes de Cy Cedar" in text and "Procès-verbaux publiés : tous" in text.replace(
        "\xa0", " "
    )
