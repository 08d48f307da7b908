"""The command line's language: --lang or the environment, and the catalogue read without Qt."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from councildesk.domain.messages import install_translate

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


def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation from messages_<language>.ts; unfinished entries are left out.

    The .ts is read rather than the compiled .qm because QtCore alone costs the command line ~10x
    more to import than ElementTree takes to read the whole file (README ▸ Translations).
    """
    import xml.etree.ElementTree as ET

    from councildesk.paths import resource

    path = resource("translations", f"messages_{language}.ts")
    table: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return table  # a missing catalogue shows English rather than stopping the command
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, message.findtext("source") or "")] = translation.text or ""
    return table
