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
from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message, MessageId
from councildesk.domain.rules import describe_tally
from councildesk.message_catalogue import translator
from councildesk.services import audit
from councildesk.services.dto import ItemRecord, MeetingRecord, MotionDTO, SpeakerDTO
from councildesk.services.guards import fetch

BLANK = "________"

# key → (what the phrase is for, its default wording), both declared: the default is looked up in the
# body's minutes language, whatever language the clerk's window speaks (the chair speaks the
# council's); {fields} are filled from the record. A body's own wording is kept as typed.
PHRASES: dict[str, tuple[MessageId, MessageId]] = {
    "call_to_order": (
        QT_TRANSLATE_NOOP("chair_script", "Calling the meeting to order"),
        QT_TRANSLATE_NOOP("chair_script", "The meeting will come to order."),
    ),
    "take_up": (
        QT_TRANSLATE_NOOP("chair_script", "Taking up an item"),
        QT_TRANSLATE_NOOP("chair_script", "We now take up item {number}, {title}."),
    ),
    "public_comment": (
        QT_TRANSLATE_NOOP("chair_script", "Opening public comment"),
        QT_TRANSLATE_NOOP("chair_script", "We now open public comment. Each speaker has {limit}."),
    ),
    "public_comment_open": (
        QT_TRANSLATE_NOOP("chair_script", "Opening public comment (no limit)"),
        QT_TRANSLATE_NOOP("chair_script", "We now open public comment."),
    ),
    "speaker": (
        QT_TRANSLATE_NOOP("chair_script", "Calling a speaker"),
        QT_TRANSLATE_NOOP("chair_script", "{speaker}, you have the floor."),
    ),
    "ask_motion": (
        QT_TRANSLATE_NOOP("chair_script", "Asking for a motion"),
        QT_TRANSLATE_NOOP("chair_script", "Is there a motion?"),
    ),
    "ask_second": (
        QT_TRANSLATE_NOOP("chair_script", "Asking for a second"),
        QT_TRANSLATE_NOOP("chair_script", "It has been moved by {mover}. Is there a second?"),
    ),
    "moved": (
        QT_TRANSLATE_NOOP("chair_script", "Stating the motion"),
        QT_TRANSLATE_NOOP("chair_script", "It has been moved by {mover} and seconded by {seconder}."),
    ),
    "amendment": (
        QT_TRANSLATE_NOOP("chair_script", "Stating an amendment"),
        QT_TRANSLATE_NOOP(
            "chair_script", "It has been moved by {mover} and seconded by {seconder} to amend the motion."
        ),
    ),
    "discussion": (
        QT_TRANSLATE_NOOP("chair_script", "Opening discussion"),
        QT_TRANSLATE_NOOP("chair_script", "Is there any discussion?"),
    ),
    "call_roll": (
        QT_TRANSLATE_NOOP("chair_script", "Calling the roll"),
        QT_TRANSLATE_NOOP("chair_script", "The clerk will call the roll."),
    ),
    "voice": (
        QT_TRANSLATE_NOOP("chair_script", "Taking a voice vote"),
        QT_TRANSLATE_NOOP("chair_script", "All those in favor say aye. Those opposed, no."),
    ),
    "carries": (
        QT_TRANSLATE_NOOP("chair_script", "Announcing a motion carried"),
        QT_TRANSLATE_NOOP("chair_script", "The motion carries, {yes} to {no}."),
    ),
    "carries_unanimous": (
        QT_TRANSLATE_NOOP("chair_script", "Announcing a unanimous vote"),
        QT_TRANSLATE_NOOP("chair_script", "The motion carries unanimously."),
    ),
    "fails": (
        QT_TRANSLATE_NOOP("chair_script", "Announcing a motion failed"),
        QT_TRANSLATE_NOOP("chair_script", "The motion fails, {yes} to {no}."),
    ),
    "adjourn": (
        QT_TRANSLATE_NOOP("chair_script", "Adjourning the meeting"),
        QT_TRANSLATE_NOOP("chair_script", "There being no further business, the meeting is adjourned."),
    ),
}

# A speaking limit as the chair says it ("3 minutes", "un minuto", "2 min 30 s").
ONE_MINUTE = QT_TRANSLATE_NOOP("chair_script", "one minute")
MINUTES = QT_TRANSLATE_NOOP("chair_script", "{minutes} minutes")
MINUTES_SECONDS = QT_TRANSLATE_NOOP("chair_script", "{minutes}:{seconds} minutes")
# A public speaker as the chair calls them ("Amy Bookbinder, de Leeds").
OF_RESIDENCE = QT_TRANSLATE_NOOP("chair_script", "{name} of {residence}")
WITH_RESIDENCE = QT_TRANSLATE_NOOP("chair_script", "{name}, {affiliation}, of {residence}")


def in_language(message: MessageId, language: str, /, **values: object) -> str:
    """A declared chair's sentence in `language` ("en", "es", "fr"), not the window's."""
    return Message(message, values).render(translator(language))


def default_phrase(key: str, language: str = "en") -> str:
    """The phrase `key` as CouncilDesk words it in `language` ("en", "es", "fr") until a body rewords it."""
    wording = PHRASES[key][1]  # a template: its {fields} are filled later, from the record
    lookup = translator(language)
    return lookup(wording.context, wording) if lookup is not None else str(wording)


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
    if rest:
        return in_language(MINUTES_SECONDS, language, minutes=n, seconds=f"{rest:02d}")
    return in_language(ONE_MINUTE, language) if n == 1 else in_language(MINUTES, language, minutes=n)


def _speaker(s: SpeakerDTO, language: str) -> str:
    """'Amy Bookbinder of Leeds', 'William C. Newman, ACLU of Massachusetts' in the chair's language."""
    if not s.residence:
        return f"{s.name}, {s.affiliation}" if s.affiliation else s.name
    if s.affiliation:
        return in_language(
            WITH_RESIDENCE, language, name=s.name, affiliation=s.affiliation, residence=s.residence
        )
    return in_language(OF_RESIDENCE, language, name=s.name, residence=s.residence)


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
            ScriptLine(
                "speaker", _fill(phrases["speaker"], speaker=_speaker(s, language)), s.started_at is not None
            )
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
            # the script already ends by asking for a motion: the blank one follows from its mover
            lines += [line.text for line in _motion_lines(_BLANK_MOTION, phrases)[1:]]
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
                QT_TRANSLATE_NOOP("services", "{what}: the chair's phrase cannot be empty."),
                what=PHRASES[key][0],
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
