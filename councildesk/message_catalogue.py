"""The declared sentences' Spanish and French read from messages_<lang>.ts without Qt, for any language."""

from __future__ import annotations

from functools import cache

from councildesk.domain.messages import Translate


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


@cache
def translator(language: str) -> Translate | None:
    """The lookup of one language, read once per process (None for English: the sources are English).

    Minutes print in their body's language whatever language the window or command line speaks, so
    they look their sentences up here rather than through the installed translation.
    """
    if language == "en":
        return None
    table = catalogue(language)
    return lambda context, source: table.get((context, source)) or source
