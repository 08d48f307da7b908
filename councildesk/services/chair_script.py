"""The chair's script: the sentences the chair reads for an item, filled from the record as it happens.

Each sentence is a phrase of the body's template (the defaults below until the clerk words one
differently); the record fills in the names, counts and limits. Before the meeting the same
script prints with blanks where the record has nothing yet (the chair's agenda).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select

from councildesk.db.engine import Database
from councildesk.db.models import Body, ChairPhrase
from councildesk.domain.enums import (
    AgendaItemKind,
    MotionDisposition,
    MotionKind,
    SpeakerKind,
    VoteMethod,
    VoteResult,
)
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.domain.rules import describe_tally
from councildesk.services import audit
from councildesk.services.dto import ItemRecord, MeetingRecord, MotionDTO
from councildesk.services.guards import fetch

BLANK = "________"

# key → (what the phrase is for, its default wording); {fields} are filled from the record.
PHRASES: dict[str, tuple[str, str]] = {
    "take_up": ("Taking up an item", "We now take up item {number}, {title}."),
    "public_comment": ("Opening public comment", "We now open public comment. Each speaker has {limit}."),
    "public_comment_open": ("Opening public comment (no limit)", "We now open public comment."),
    "speaker": ("Calling a speaker", "{speaker}, you have the floor."),
    "ask_motion": ("Asking for a motion", "Is there a motion?"),
    "ask_second": ("Asking for a second", "It has been moved by {mover}. Is there a second?"),
    "moved": ("Stating the motion", "It has been moved by {mover} and seconded by {seconder}."),
    "amendment": (
        "Stating an amendment",
        "It has been moved by {mover} and seconded by {seconder} to amend the motion.",
    ),
    "discussion": ("Opening discussion", "Is there any discussion?"),
    "call_roll": ("Calling the roll", "The clerk will call the roll."),
    "voice": ("Taking a voice vote", "All those in favor say aye. Those opposed, no."),
    "carries": ("Announcing a motion carried", "The motion carries, {yes} to {no}."),
    "carries_unanimous": ("Announcing a unanimous vote", "The motion carries unanimously."),
    "fails": ("Announcing a motion failed", "The motion fails, {yes} to {no}."),
}


# The defaults in the other languages a body may keep its minutes in (Spanish, French): the chair
# speaks the council's language, whatever language the clerk's window is in.
DEFAULTS_ES_FR: dict[str, tuple[str, str]] = {
    "take_up": ("Pasamos al punto {number}, {title}.", "Nous passons au point {number}, {title}."),
    "public_comment": (
        "Se abre el período de comentarios del público. Cada orador dispone de {limit}.",
        "Nous ouvrons la période de questions du public. Chaque intervenant dispose de {limit}.",
    ),
    "public_comment_open": (
        "Se abre el período de comentarios del público.",
        "Nous ouvrons la période de questions du public.",
    ),
    "speaker": ("{speaker}, tiene la palabra.", "{speaker}, vous avez la parole."),
    "ask_motion": ("¿Hay una moción?", "Y a-t-il une proposition?"),
    "ask_second": (
        "{mover} ha presentado una moción. ¿Alguien la secunda?",
        "Il est proposé par {mover}. Y a-t-il un appuyeur?",
    ),
    "moved": (
        "{mover} presenta la moción y {seconder} la secunda.",
        "Il est proposé par {mover}, appuyé par {seconder}.",
    ),
    "amendment": (
        "{mover} propone, secundado por {seconder}, enmendar la moción.",
        "Il est proposé par {mover}, appuyé par {seconder}, d'amender la proposition.",
    ),
    "discussion": ("¿Hay alguna discusión?", "Y a-t-il des délibérations?"),
    "call_roll": (
        "La secretaría procederá a la votación nominal.",
        "Le greffier procédera au vote par appel nominal.",
    ),
    "voice": (
        "Quienes estén a favor digan sí. Quienes estén en contra, no.",
        "Que ceux qui sont pour disent oui. Ceux qui sont contre, non.",
    ),
    "carries": ("La moción se aprueba, {yes} a {no}.", "La proposition est adoptée, {yes} contre {no}."),
    "carries_unanimous": (
        "La moción se aprueba por unanimidad.",
        "La proposition est adoptée à l'unanimité.",
    ),
    "fails": ("La moción no se aprueba, {yes} a {no}.", "La proposition est rejetée, {yes} contre {no}."),
}


def default_phrase(key: str, language: str = "en") -> str:
    """The phrase `key` as CouncilDesk words it in `language` ("en", "es", "fr") until a body rewords it."""
    if language in ("es", "fr"):
        return DEFAULTS_ES_FR[key][0 if language == "es" else 1]
    return PHRASES[key][1]


@dataclass(frozen=True)
class ScriptLine:
    key: str  # which phrase
    text: str
    done: bool  # the record shows it happened (the desk greys it; the chair reads the next)


def _fill(template: str, **values: str) -> str:
    out = template
    for name, value in values.items():
        out = out.replace("{" + name + "}", value)
    return out


def _minutes(seconds: int, language: str = "en") -> str:
    """A speaking limit as the chair says it: '3 minutes', 'un minuto', '2 min 30 s'."""
    n, rest = divmod(seconds, 60)
    if language == "fr":
        return f"{n} min {rest:02d} s" if rest else ("une minute" if n == 1 else f"{n} minutes")
    if language == "es":
        return f"{n}:{rest:02d} minutos" if rest else ("un minuto" if n == 1 else f"{n} minutos")
    if rest:
        return f"{n}:{rest:02d} minutes"
    return "one minute" if n == 1 else f"{n} minutes"


def script(
    entry: ItemRecord,
    phrases: dict[str, str],
    limits: dict[SpeakerKind, int] | None = None,
    language: str = "en",
) -> list[ScriptLine]:
    """The chair's sentences for one item, in order; names and counts from the record, blanks where none."""
    item = entry.item
    if item.kind is AgendaItemKind.SECTION:
        return [ScriptLine("take_up", _fill(phrases["take_up"], number=item.number, title=item.title), True)]
    out = [
        ScriptLine(
            "take_up",
            _fill(phrases["take_up"], number=item.number, title=item.title),
            item.started_at is not None,
        )
    ]
    if item.kind is AgendaItemKind.PUBLIC_COMMENT or any(
        s.kind is SpeakerKind.PUBLIC_COMMENT for s in entry.speakers
    ):
        limit = (limits or {}).get(SpeakerKind.PUBLIC_COMMENT)
        if limit:
            out.append(
                ScriptLine(
                    "public_comment",
                    _fill(phrases["public_comment"], limit=_minutes(limit, language)),
                    bool(entry.speakers),
                )
            )
        else:
            out.append(
                ScriptLine("public_comment_open", phrases["public_comment_open"], bool(entry.speakers))
            )
    for s in entry.speakers:
        out.append(
            ScriptLine("speaker", _fill(phrases["speaker"], speaker=s.described), s.started_at is not None)
        )
    if not entry.motions and item.kind is not AgendaItemKind.PUBLIC_COMMENT:
        out.append(ScriptLine("ask_motion", phrases["ask_motion"], False))
    for motion in entry.motions:
        out += _motion_lines(motion, phrases)
    return _said_before(out)


def _said_before(lines: list[ScriptLine]) -> list[ScriptLine]:
    """A line the record shows was said means every line before it was said too (a motion made:
    the item was taken up, even if nobody stamped it)."""
    last = max((i for i, line in enumerate(lines) if line.done), default=-1)
    return [replace(line, done=True) if i < last else line for i, line in enumerate(lines)]


# Items that usually end in a vote: before the meeting their script carries a motion with blanks.
VOTED_KINDS = {
    AgendaItemKind.RESOLUTION,
    AgendaItemKind.ORDINANCE,
    AgendaItemKind.ORDER,
    AgendaItemKind.APPROVAL_OF_MINUTES,
}


def printed(
    record: MeetingRecord, phrases: dict[str, str], limits: dict[SpeakerKind, int], language: str = "en"
) -> dict[int, list[str]]:
    """The chair's agenda: each item's script as far as the record goes, and blanks for what is to come."""
    out: dict[int, list[str]] = {}
    for entry in record.items:
        lines = [line.text for line in script(entry, phrases, limits, language)]
        if not entry.motions and entry.item.kind in VOTED_KINDS:
            lines += [line.text for line in _motion_lines(_BLANK_MOTION, phrases)]
            lines.append(_fill(phrases["carries"], yes=BLANK, no=BLANK))
        out[entry.item.id] = lines
    return out


def _motion_lines(motion: MotionDTO, phrases: dict[str, str]) -> list[ScriptLine]:
    mover = motion.mover_name or BLANK
    seconder = motion.seconder_name or BLANK
    amendment = motion.kind is MotionKind.AMENDMENT
    lines = [] if amendment else [ScriptLine("ask_motion", phrases["ask_motion"], True)]
    if motion.mover_name and not motion.seconder_name:
        lines.append(ScriptLine("ask_second", _fill(phrases["ask_second"], mover=mover), False))
    key = "amendment" if amendment else "moved"
    lines.append(
        ScriptLine(key, _fill(phrases[key], mover=mover, seconder=seconder), bool(motion.seconder_name))
    )
    lines.append(ScriptLine("discussion", phrases["discussion"], bool(motion.votes)))
    vote = motion.votes[-1] if motion.votes else None
    roll = vote is None or vote.method is VoteMethod.ROLL_CALL
    lines.append(
        ScriptLine(
            "call_roll" if roll else "voice", phrases["call_roll" if roll else "voice"], vote is not None
        )
    )
    if vote is None:
        return lines
    if vote.unanimous and vote.result is VoteResult.PASS:
        lines.append(ScriptLine("carries_unanimous", phrases["carries_unanimous"], True))
    else:
        key = "carries" if vote.result is VoteResult.PASS else "fails"
        text = _fill(
            phrases[key], yes=str(vote.tally.yes), no=str(vote.tally.no), count=describe_tally(vote.tally)
        )
        lines.append(ScriptLine(key, text, True))
    return lines


_BLANK_MOTION = MotionDTO(
    id=0,
    agenda_item_id=0,
    parent_motion_id=None,
    position=0,
    kind=MotionKind.MAIN,
    text="",
    mover_id=None,
    mover_name="",
    seconder_id=None,
    seconder_name="",
    disposition=MotionDisposition.PENDING,
    made_at=None,
)


class ChairScriptService:
    """A body's chair's phrases: read with the defaults filled in, and reworded one at a time."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def language(self, body_id: int) -> str:
        """The language the chair speaks: the body's minutes language (the first of a bilingual body's)."""
        with self.db.reading() as s:
            return fetch(s, Body, body_id).minutes_language.editions[0]

    def phrases(self, body_id: int) -> dict[str, str]:
        """The body's phrases: its own wording, else the default in its minutes language."""
        with self.db.reading() as s:
            language = fetch(s, Body, body_id).minutes_language.editions[0]
            own = {
                p.key: p.text for p in s.scalars(select(ChairPhrase).where(ChairPhrase.body_id == body_id))
            }
        return {key: own.get(key, default_phrase(key, language)) for key in PHRASES}

    def set_phrase(self, body_id: int, key: str, text: str | None) -> dict[str, str]:
        """Reword one phrase; None or the default's own text puts the default back."""
        if key not in PHRASES:
            raise ValueError(f"no chair's phrase {key!r}")
        wording = None if text is None else " ".join(text.split())
        if wording == "":
            raise UserError(
                QT_TRANSLATE_NOOP("services", "The chair's phrase for {what} cannot be empty."),
                what=PHRASES[key][0].lower(),
            )
        with self.db.transaction() as s:
            language = fetch(s, Body, body_id).minutes_language.editions[0]
            if wording == default_phrase(key, language):
                wording = None
            row = s.get(ChairPhrase, (body_id, key))
            if row is not None and wording is None:
                audit.deleted(s, row)
            elif row is not None:
                audit.updated(s, row, {"text": wording})
            elif wording is not None:
                audit.created(s, ChairPhrase(body_id=body_id, key=key, text=wording))
        return self.phrases(body_id)
