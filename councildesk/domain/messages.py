"""Sentences declared for translation: a message id (context + English text) with named parameters."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

# (context, English source) -> the sentence in the reader's language, or the source itself when the
# catalogue has none. The window installs Qt's QCoreApplication.translate; the command line its own
# lean lookup; nobody installs anything for English.
type Translate = Callable[[str, str], str]


class MessageId(str):
    """The English source text of a message (its id within `context`), as lupdate extracts it."""

    context: str

    def __new__(cls, source: str, context: str) -> MessageId:
        made = super().__new__(cls, source)
        made.context = context
        return made

    def __reduce__(self) -> tuple[type[MessageId], tuple[str, str]]:
        # A document that carries declared sentences is pickled to the workers that draw its PDF.
        return MessageId, (str(self), self.context)


def QT_TRANSLATE_NOOP(context: str, source: str) -> MessageId:  # the name lupdate looks for
    """Declares `source` (with `{name}` placeholders) for translation in `context`; translates nothing."""
    return MessageId(source, context)


_installed: Translate | None = None
_language = "en"


def install_translate(translate: Translate | None, language: str = "en") -> None:
    """Messages shown from now on are translated with `translate` (None: English again).

    `language` ("es", "fr") names the month and weekday names a date parameter is written with.
    """
    global _installed, _language
    _installed = translate
    _language = language if translate is not None else "en"


def installed_translate() -> Translate | None:
    return _installed


def installed_language() -> str:
    """The language messages are read in now: "en" unless a catalogue was installed."""
    return _language


def translate(context: str, source: str) -> str:
    """The installed translation of one declared sentence (lupdate extracts these calls too)."""
    return _installed(context, source) if _installed is not None else source


class Message:
    """A declared sentence and its parameters, rendered in English or in the reader's language.

    A plain class, not a dataclass: `dataclasses` pulls in `inspect`, ~6 ms of every command's start.
    """

    __slots__ = ("params", "text")

    def __init__(self, text: str, params: Mapping[str, object] | None = None) -> None:
        self.text = text
        self.params: Mapping[str, object] = dict(params or {})

    def __repr__(self) -> str:
        return f"Message({self.text!r}, {dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.text, self.params) == (other.text, other.params)

    def __hash__(self) -> int:
        return hash(self.text)

    def english(self) -> str:
        return self.render(None)

    def translated(self) -> str:
        return self.render(_installed)

    def render(self, translate: Translate | None) -> str:
        if not isinstance(self.text, MessageId):
            return self.text  # an undeclared sentence is shown as given, never formatted
        values = {name: _rendered(value, translate) for name, value in self.params.items()}
        english = self.text.format_map(values)
        if translate is None:
            return english
        wanted = translate(self.text.context, str(self.text))
        try:
            return wanted.format_map(values)
        except (KeyError, IndexError, ValueError):
            return english  # a catalogue that lost a placeholder must not hide the sentence


class Joined(Message):
    """Declared sentences (or fragments) shown one after another, "; " (or `separator`) between them,
    each translated; a plain str among them is shown as given."""

    __slots__ = ("parts",)

    def __init__(self, parts: tuple[Message | str, ...], separator: str = "; ") -> None:
        super().__init__(separator)
        self.parts = parts

    def __repr__(self) -> str:
        return f"Joined({self.parts!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Joined) and (self.parts, self.text) == (other.parts, other.text)

    def __hash__(self) -> int:
        return hash(self.parts)

    def render(self, translate: Translate | None) -> str:
        return self.text.join(str(_rendered(part, translate)) for part in self.parts)


class Sentence(str):
    """A declared sentence written out in English (it is that str: logs, tests, English callers)
    that still reads in the reader's language: `translated()`, or as a parameter of a message."""

    message: Message

    def __new__(cls, message: Message) -> Sentence:
        made = super().__new__(cls, message.english())
        made.message = message
        return made

    def translated(self) -> str:
        return self.message.translated()


def said(message: MessageId, /, **params: object) -> Sentence:
    """A declared sentence with its values, as a Sentence: `said(QT_TRANSLATE_NOOP(ctx, "…{x}"), x=1)`."""
    return Sentence(Message(message, params))


def as_read(line: str) -> str:
    """`line` in the reader's language when it is a Sentence, else as given."""
    return line.translated() if isinstance(line, Sentence) else line


class Worded:
    """A result that carries a verdict as a declared `message`: `sentence` in English, `text` as read."""

    __slots__ = ()
    message: Message

    @property
    def sentence(self) -> str:
        """In English (logs, tests, reports written for the record)."""
        return self.message.english()

    @property
    def text(self) -> str:
        """In the reader's language (the window, the command line)."""
        return self.message.translated()


def _rendered(value: object, translate: Translate | None) -> object:
    """Parameters that are messages themselves (a reason, a UserError's sentence) follow the language."""
    if isinstance(value, Sentence):
        return value.message.render(translate)
    if isinstance(value, MessageId):
        return Message(value).render(translate)
    if isinstance(value, Message):
        return value.render(translate)
    inner = getattr(value, "msg", None)  # a UserError quoted inside another one
    if isinstance(value, BaseException) and isinstance(inner, Message):
        return inner.render(translate)
    if isinstance(value, date) and translate is not None and _language != "en":
        return LocalDate(value, _language)
    return value


class LocalDate:
    """A date parameter whose `{when:%d %B %Y}` writes the month and weekday in the reader's language."""

    __slots__ = ("language", "value")

    def __init__(self, value: date, language: str) -> None:
        self.value = value
        self.language = language

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self.value)
        # Babel's CLDR names (imported only when a date is shown in another language than English).
        from babel import dates

        from councildesk.domain.minutes_language import LOCALES

        locale = LOCALES.get(self.language, self.language)
        names = {
            "%B": str(dates.format_date(self.value, "MMMM", locale=locale)),
            "%b": str(dates.format_date(self.value, "MMM", locale=locale)),
            "%A": str(dates.format_date(self.value, "EEEE", locale=locale)),
            "%a": str(dates.format_date(self.value, "EEE", locale=locale)),
        }
        for code, name in names.items():
            spec = spec.replace(code, name.replace("%", "%%"))
        return self.value.strftime(spec)
