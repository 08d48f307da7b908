"""The chair's script: the right names for a motion, the count announced, the body's own wording."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from councildesk.domain.enums import AgendaItemKind, BallotOption, SpeakerKind
from councildesk.domain.errors import UserError
from councildesk.services.chair_script import BLANK, printed, script
from councildesk.services.container import Services


def lines(services: Services, meeting_id: int, item_id: int, language: str = "en") -> list[str]:
    record = services.records.load(meeting_id)
    entry = next(e for e in record.items if e.item.id == item_id)
    body_id = record.meeting.body_id
    phrases = services.chair_script.phrases(body_id)
    assert services.chair_script.language(body_id) == language
    limits = services.speakers.time_limits(body_id)
    return [line.text for line in script(entry, phrases, limits, language)]


def members(services: Services, meeting_id: int) -> list[object]:
    return [m for m in services.meetings.attendance(meeting_id) if m.voting]


def test_the_script_for_a_motion_reads_the_mover_the_seconder_and_the_count(
    demo: tuple[Services, int],
) -> None:
    services, meeting_id = demo
    voters = members(services, meeting_id)
    item = services.agenda.add_item(
        meeting_id, "Order to repair the Main Street bridge", kind=AgendaItemKind.ORDER
    )
    assert lines(services, meeting_id, item.id)[-1] == "Is there a motion?"
    mover, seconder = voters[2], voters[3]
    motion = services.motions.make_motion(item.id, "To adopt the order.", mover_id=mover.person_id)  # type: ignore[attr-defined]
    assert f"It has been moved by {mover.person_name}. Is there a second?" in lines(
        services, meeting_id, item.id
    )  # type: ignore[attr-defined]
    services.motions.update_motion(motion.id, seconder_id=seconder.person_id)  # type: ignore[attr-defined]
    text = lines(services, meeting_id, item.id)
    assert f"It has been moved by {mover.person_name} and seconded by {seconder.person_name}." in text  # type: ignore[attr-defined]
    assert text[-2:] == ["Is there any discussion?", "The clerk will call the roll."]
    ballots = {
        m.person_id: (BallotOption.YES if i < 7 else BallotOption.NO, "") for i, m in enumerate(voters)
    }  # type: ignore[attr-defined]
    services.votes.record_roll_call(motion.id, ballots)
    assert lines(services, meeting_id, item.id)[-1] == "The motion carries, 7 to 2."


def test_public_comment_names_the_limit_and_each_speaker(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    body_id = services.meetings.get_meeting(meeting_id).body_id
    services.speakers.set_time_limit(body_id, SpeakerKind.PUBLIC_COMMENT, 180)
    item = services.agenda.add_item(meeting_id, "Public comment", kind=AgendaItemKind.PUBLIC_COMMENT)
    services.speakers.add_speaker(item.id, "Amy Bookbinder", residence="Leeds")
    text = lines(services, meeting_id, item.id)
    assert "We now open public comment. Each speaker has 3 minutes." in text
    assert text[-1] == "Amy Bookbinder of Leeds, you have the floor."


def test_the_body_words_its_own_phrases(demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    body_id = services.meetings.get_meeting(meeting_id).body_id
    services.chair_script.set_phrase(body_id, "ask_motion", "Do I hear a motion?")
    item = services.agenda.add_item(meeting_id, "Communication from the mayor")
    assert lines(services, meeting_id, item.id)[-1] == "Do I hear a motion?"
    services.chair_script.set_phrase(body_id, "ask_motion", None)
    assert lines(services, meeting_id, item.id)[-1] == "Is there a motion?"
    with pytest.raises(UserError, match="cannot be empty"):
        services.chair_script.set_phrase(body_id, "ask_motion", "   ")


def test_the_chairs_agenda_prints_every_item_with_blanks(demo: tuple[Services, int], tmp_path: Path) -> None:
    from councildesk.reports.chair_agenda import chair_agenda_pdf

    services, meeting_id = demo
    item = services.agenda.add_item(
        meeting_id, "Order to repair the Main Street bridge", kind=AgendaItemKind.ORDER
    )
    services.motions.make_motion(item.id, "To adopt the order.")
    record = services.records.load(meeting_id)
    phrases = services.chair_script.phrases(record.meeting.body_id)
    pdf = chair_agenda_pdf(record, printed(record, phrases, {}), invariant=True)
    (tmp_path / "chair.pdf").write_bytes(pdf)
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert "Chair's agenda" in text
    assert "We now take up item 4.1, Resolution condemning the federal" in text
    assert f"It has been moved by {BLANK} and seconded by {BLANK}." in text
    assert "The motion carries unanimously." in text  # the seed's resolution, as recorded


# The English the chair's agenda must not print once the body keeps its minutes in another language
# (the records' own text, here the seed's English titles and names, is not CouncilDesk's to translate).
ENGLISH_FIXED = (
    "come to order",
    "no further business",
    "adjourned",
    "We now take up item",
    "We now open public comment",
    "Each speaker has",
    "you have the floor",
    "Is there a motion?",
    "Is there a second?",
    "It has been moved by",
    "seconded by",
    "Is there any discussion?",
    "The clerk will call the roll",
    "All those in favor",
    "The motion carries",
    "The motion fails",
    "Leeds, you",
    "of Leeds",
    "3:30 minutes",  # the speaking limit
    "Chair's agenda",
    "Not for the public record",
    "Regular Meeting",
    "Thursday",
    "August 2011 ·",
    "p.m.",
    "Page 1 of",
)
IN_LANGUAGE = {
    "es": (
        "Guion de la presidencia — sesión ordinaria",
        "Se abre la sesión.",
        "Agotado el orden del día, se levanta la sesión.",
        "jueves, 18 de agosto de 2011 · 7:00 p. m.",
        "Pasamos al punto 4.1, Resolution condemning the federal",
        "Se abre el turno de comentarios del público. Cada orador dispone de 3:30 minutos.",
        "Amy Bookbinder, de Leeds, tiene la palabra.",
        "¿Hay alguna moción?",
        f"Moción presentada por {BLANK} y secundada por {BLANK}.",
        "Se somete a votación. La secretaría procederá a la votación nominal.",
        f"Se aprueba la moción por {BLANK} votos a favor y {BLANK} en contra.",
        "Aprobada por unanimidad.",  # the seed's resolution, as recorded
        "No forma parte del registro público.",
        "Página 1 de 2",
    ),
    "fr": (
        "Ordre du jour de la présidence — séance ordinaire",
        "La séance est ouverte.",
        "L’ordre du jour étant épuisé, la séance est levée.",
        "jeudi 18 août 2011 · 19 h 00",
        "Nous passons au point 4.1, Resolution condemning the federal",
        "Nous ouvrons la période de questions du public. Chaque intervenant dispose de 3 min 30 s.",
        "Amy Bookbinder, de Leeds, vous avez la parole.",
        "Y a-t-il une proposition?",
        f"Il est proposé par {BLANK}, appuyé par {BLANK}.",
        "Le vote est demandé. Le greffier procède à l’appel nominal.",
        f"La proposition est adoptée à {BLANK} contre {BLANK}.",
        "Adoptée à l’unanimité.",
        "Ne fait pas partie du registre public.",
        "Page 1 de 2",
    ),
}


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_the_chairs_agenda_reads_in_the_bodys_minutes_language(
    demo: tuple[Services, int], tmp_path: Path, lang: str
) -> None:
    from councildesk.reports.chair_agenda import chair_agenda_pdf

    services, meeting_id = demo
    body_id = services.meetings.get_meeting(meeting_id).body_id
    services.bodies.set_house_style(body_id, services.bodies.house_style(body_id).edition(lang))
    services.speakers.set_time_limit(body_id, SpeakerKind.PUBLIC_COMMENT, 210)
    services.agenda.add_item(meeting_id, "Order to repair the Main Street bridge", kind=AgendaItemKind.ORDER)
    record = services.records.load(meeting_id)
    style = services.bodies.house_style(body_id)
    cs = services.chair_script
    lines = printed(record, cs.phrases(body_id), services.speakers.time_limits(body_id), cs.language(body_id))
    opening, closing = cs.phrases(body_id)["call_to_order"], cs.phrases(body_id)["adjourn"]
    pdf = chair_agenda_pdf(record, lines, style, opening=opening, closing=closing, invariant=True)
    (tmp_path / f"chair-{lang}.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    text = text.replace("\u00a0", " ")
    for phrase in IN_LANGUAGE[lang]:
        assert phrase in text
    assert [english for english in ENGLISH_FIXED if english in text] == []
    asked = IN_LANGUAGE[lang][7]
    assert f"{asked} {IN_LANGUAGE[lang][8]}" in text and f"{asked} {asked}" not in text  # asked once
    assert reader.metadata is not None and reader.metadata.title.startswith(
        IN_LANGUAGE[lang][0].split(" —")[0]
    )


def test_a_bilingual_body_s_chair_reads_its_first_language_and_its_own_wording_as_typed(
    demo: tuple[Services, int],
) -> None:
    from councildesk.domain.minutes_language import MinutesLanguage

    services, meeting_id = demo
    body_id = services.meetings.get_meeting(meeting_id).body_id
    style = services.bodies.house_style(body_id)
    services.bodies.set_house_style(body_id, replace(style, language=MinutesLanguage.FR_EN))
    item = services.agenda.add_item(meeting_id, "Communication from the mayor")
    assert lines(services, meeting_id, item.id, "fr")[-1] == "Y a-t-il une proposition?"
    services.chair_script.set_phrase(body_id, "ask_motion", "Quelqu'un veut-il proposer?  ")
    assert lines(services, meeting_id, item.id, "fr")[-1] == "Quelqu'un veut-il proposer?"
    services.bodies.set_house_style(body_id, replace(style, language=MinutesLanguage.ES_EN))
    assert lines(services, meeting_id, item.id, "es")[-1] == "Quelqu'un veut-il proposer?"  # as typed
    services.chair_script.set_phrase(body_id, "ask_motion", "¿Hay alguna moción?")  # the default again
    assert services.chair_script.phrases(body_id)["ask_motion"] == "¿Hay alguna moción?"


def test_a_threshold_reads_the_same_in_the_window_and_the_minutes() -> None:
    from councildesk.domain.enum_labels import describe_threshold, threshold_in
    from councildesk.domain.enums import ThresholdBase, ThresholdFraction
    from councildesk.domain.messages import install_translate
    from councildesk.domain.rules import Threshold
    from councildesk.message_catalogue import translator
    from councildesk.reports.minutes import _threshold
    from councildesk.reports.minutes_words import Words

    two_thirds = Threshold(ThresholdFraction.TWO_THIRDS, ThresholdBase.PRESENT)
    assert threshold_in(Threshold(), translator("fr")) == "majorité des voix exprimées"
    assert threshold_in(Threshold(), translator("es")) == "mayoría de los votos emitidos"
    assert threshold_in(two_thirds, None) == "two thirds of present"
    install_translate(translator("fr"), "fr")
    try:
        assert describe_threshold(two_thirds) == "deux tiers des membres présents"
    finally:
        install_translate(None)
    vote = type("Vote", (), {"threshold": two_thirds})()
    assert _threshold(vote, Words("fr")) == "deux tiers des membres présents"  # type: ignore[arg-type]
