"""The command line's language: --lang or the environment, and the catalogue read without Qt."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from councildesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    install_translate,
    installed_language,
    installed_translate,
    translate,
)
from councildesk.message_catalogue import catalogue

# The same choices as the window's interface-language setting (ui/language): "system" follows the
# environment as the window follows the system.
LANGUAGES = ("en", "es", "fr")
CHOICES = ("system", *LANGUAGES)
LANG_OPTION = "--lang"


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language POSIX says messages are in: LANGUAGE's first choice, LC_ALL, LC_MESSAGES, LANG."""
    env = os.environ if environ is None else environ
    names = [*env.get("LANGUAGE", "").split(":"), env.get("LC_ALL", ""), env.get("LC_MESSAGES", "")]
    names.append(env.get("LANG", ""))
    for name in names:
        if not name:
            continue
        code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
        if code in ("c", "posix"):
            return "en"
        return code if code in LANGUAGES else "en"
    return "en"


def chosen(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """--lang X (or --lang=X) before argparse runs, since the help text itself is translated."""
    choice = "system"
    for i, arg in enumerate(argv):
        if arg == LANG_OPTION and i + 1 < len(argv):
            choice = argv[i + 1]
        elif arg.startswith(LANG_OPTION + "="):
            choice = arg.split("=", 1)[1]
    return choice if choice in LANGUAGES else from_environment(environ)


def install(language: str) -> None:
    """English needs nothing; any other language reads its catalogue (a few ms, no Qt)."""
    if language == "en":
        install_translate(None)
        return
    table = catalogue(language)
    install_translate(lambda context, source: table.get((context, source)) or source, language)
    # argparse looks its own words up through its module's `_` as it builds a parser and writes
    # help or an error, so the lookup goes in before the parser is built.
    known = {str(s) for s in ARGPARSE}
    argparse._ = lambda s: translate("cli", s) if s in known else s  # type: ignore[attr-defined]


def say(text: str, /, **params: object) -> str:
    """A declared sentence of the command line with its values, in the chosen language."""
    from councildesk.domain.messages import Message

    return Message(text, params).translated()


def clock(value: datetime) -> str:
    """A time of day as the reader's language writes it: '19:00'; French '19 h 00', as the minutes do."""
    language = installed_language()
    if language == "en":
        return f"{value:%H:%M}"
    from councildesk.domain.minutes_language import local_time

    return local_time(language, value, twenty_four_hour=True)


def calendar_day(value: date) -> str:
    """A date as the command line has always written it in English (2011-08-18), else the reader's
    long form (18 août 2011, 18 de agosto de 2011)."""
    if installed_language() == "en":
        return f"{value:%Y-%m-%d}"  # a datetime too: its day only
    from councildesk.domain.minutes_language import local_day

    return local_day(installed_language(), value)


def long_day(value: date) -> object:
    """'4 August 2011' as `show` and `demo` have always written it, or the minutes' own long form in
    the reader's language ('1er septembre 2011', '1 de septiembre de 2011')."""
    if installed_language() == "en":
        from councildesk.services.guards import day_of

        return day_of(value)
    from councildesk.domain.minutes_language import local_day

    return local_day(installed_language(), value)


def say_count(one: str, many: str, count: int, /, **params: object) -> str:
    """`one` (a declared sentence about 1 thing) or `many` (about `{count}` things), with its values."""
    return say(one if count == 1 else many, count=count, **params)


def text(value: str | None) -> str | None:
    """A declared help text in the chosen language (anything else as given)."""
    context = getattr(value, "context", None)
    if value is None or context is None:
        return value
    return translate(context, str(value))


# argparse's own words (it looks each up through its module's `_` when it writes the help or an
# error); the common ones, so that `--help` and a mistyped command read in the chosen language.
ARGPARSE = (
    QT_TRANSLATE_NOOP("cli", "usage: "),
    QT_TRANSLATE_NOOP("cli", "positional arguments"),
    QT_TRANSLATE_NOOP("cli", "options"),
    QT_TRANSLATE_NOOP("cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("cli", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("cli", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("cli", "expected one argument"),
    QT_TRANSLATE_NOOP("cli", "invalid %(type)s value: %(value)r"),
)


def translate_parser(parser: argparse.ArgumentParser) -> None:
    """Every declared help text of `parser` and its commands in the chosen language.

    Help is declared where each option is added (QT_TRANSLATE_NOOP) and translated here once the
    parser is built, so a command module needs nothing but the declaration.
    """
    if installed_translate() is not None:  # English: the declarations are the text
        _translate_actions(parser)


def _translate_actions(parser: argparse.ArgumentParser) -> None:
    parser.description = text(parser.description)
    for action in parser._actions:
        action.help = text(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = text(choice.help)
            for sub in set(action.choices.values()):
                _translate_actions(sub)
