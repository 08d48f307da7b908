"""The interface language: which catalogues a start installs, and the calls every window string goes through.

How ui/ writes a string the clerk reads (HACKING.md ▸ Translation says the same):

* In a QObject subclass: `self.tr("Attendance")`.
* Anywhere else, and for plurals (PySide6 looks a plural up under the *runtime* class, so a
  subclass would miss it): `translate("MeetingView", "%n member(s) present", "", n)`.
  `translate` here is QCoreApplication.translate; pyside6-lupdate finds both spellings.
* Values go into a translated sentence by name, with `fmt`:
  `fmt(self.tr("Saved {title}"), title=meeting.title)`. A translator may move `{title}`; a
  translation that lost or mistyped a name leaves the text as written instead of raising, as
  `str.format` would in the middle of a meeting.
* A table of labels declared at import time: `QT_TRANSLATE_NOOP("Context", "Present")`, and
  `translate("Context", text)` where it is shown.
* What must stay as typed (the product's name, a language's own name) is wrapped in `verbatim()`,
  which the scan test (tests/test_translatable_strings.py) accepts.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from councildesk.domain.messages import install_translate
from councildesk.paths import resource

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Declares `text` for translation in `context`; returns it as is (typed str, unlike Qt's own)."""
    return text


def verbatim(text: str) -> str:
    """`text` shown as written in every language (a product or language name), said out loud."""
    return text


SYSTEM = "system"
# The interface languages with a catalogue, each under its own name (a clerk who cannot read the
# current language still finds theirs).
LANGUAGES: dict[str, str] = {"en": verbatim("English"), "es": verbatim("Español"), "fr": verbatim("Français")}
CHOICES = (SYSTEM, *LANGUAGES)
# Our catalogues: the window's strings, then the sentences of errors and the command line.
CATALOGUES = ("councildesk", "messages")

_installed: list[QTranslator] = []  # kept alive: Qt holds translators by pointer only


_ENGLISH_PLURAL = re.compile(r"\((s|es)\)")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate, under a short name that pyside6-lupdate also recognises.

    English needs no catalogue, plurals included: "%n seat(s)" untranslated reads "1 seat", "3 seats".
    """
    result = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and result == text.replace("%n", str(n)):
        result = _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", result)
    return result


_NAMED = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fmt(text: str, /, **values: object) -> str:
    """`text` with each `{name}` given in `values` replaced; any other brace is left alone."""

    def put(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _NAMED.sub(put, text)


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to show: the clerk's choice, else the system's if it has a catalogue, else English."""
    if choice in LANGUAGES:
        return choice
    locale = system if system is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


Translate = Callable[..., str]  # (context, text, disambiguation=None, n=-1) -> text, as `translate`
_speakers: dict[str, list[QTranslator]] = {}  # each language's catalogues, loaded once, kept alive


def translator_in(language: str) -> Translate:
    """`translate` in `language` whatever the window speaks: what the room reads (the chamber display)
    is in the council's language, the clerk's window in the clerk's."""
    if language == "en":
        return _english
    if language not in _speakers:
        loaded = []
        for name in CATALOGUES:
            translator = QTranslator()
            if translator.load(str(translations_dir() / f"{name}_{language}.qm")):
                loaded.append(translator)
        _speakers[language] = loaded
    translators = _speakers[language]

    def in_language(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        for translator in translators:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                return found.replace("%n", str(n)) if n >= 0 else found
        return _english(context, text, disambiguation, n)

    return in_language


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source itself, its plural made ("%n seat(s)": "1 seat", "3 seats")."""
    if n < 0:
        return text
    return _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", text.replace("%n", str(n)))


def translations_dir() -> Path:
    return resource("translations")


def qt_translations_dir() -> Path:
    """Qt's own catalogues (standard buttons such as Cancel and Open), shipped with PySide6."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install(choice: str) -> str:
    """Install the catalogues for `choice` on the running application; returns the language shown.

    Replaces what an earlier call installed. English needs no catalogue: the source strings are English.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QCoreApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = resolve(choice)
    QLocale.setDefault(QLocale(language) if choice in LANGUAGES else QLocale.system())
    # A UserError's sentence (error.message) is looked up where it is shown, through Qt's translators.
    install_translate(None if language == "en" else QCoreApplication.translate, language)
    if language == "en":
        return language
    # Qt's own from our folder first (a bundle copies them there), else from PySide6's.
    qt_own = translations_dir() / f"qtbase_{language}.qm"
    wanted = [qt_own if qt_own.is_file() else qt_translations_dir() / f"qtbase_{language}.qm"]
    wanted += [translations_dir() / f"{name}_{language}.qm" for name in CATALOGUES]
    for path in wanted:
        if not path.is_file():
            log.info("no catalogue %s", path)  # messages_<lang> arrives separately; English shows
            continue
        translator = QTranslator()
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load the catalogue %s", path)
    return language
