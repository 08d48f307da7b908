"""Error sentences are declared messages, every one translated in Spanish and French with its placeholders."""

from __future__ import annotations

import ast
import os
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from councildesk.cli import language
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, install_translate
from councildesk.paths import resource

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "councildesk"
# Where a refusal is raised: everything below the window (ui/ has its own scan).
SCANNED = ("domain", "db", "services", "exchange", "reports", "publish", "cli")
ERRORS = {"UserError", "NotFoundError", "LockedError", "DatabaseInUseError", "SchemaTooNewError"}


def _modules() -> Iterator[Path]:
    for name in SCANNED:
        yield from sorted((PACKAGE / name).rglob("*.py"))
    yield from sorted(PACKAGE.glob("*.py"))


def _trees() -> Iterator[tuple[Path, ast.Module]]:
    for path in _modules():
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _error_classes() -> set[str]:
    """UserError and every class that derives from one of them anywhere in the scanned code."""
    found = set(ERRORS)
    classes = [n for _, tree in _trees() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for c in classes:
            if c.name not in found and any(isinstance(b, ast.Name) and b.id in found for b in c.bases):
                found.add(c.name)
                grew = True
    return found


def _declared() -> set[tuple[str, str]]:
    """Every (context, source) given to QT_TRANSLATE_NOOP or translate in the scanned code."""
    found = set()
    for _, tree in _trees():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("QT_TRANSLATE_NOOP", "translate")
                and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])
            ):
                found.add((node.args[0].value, node.args[1].value))  # type: ignore[union-attr]
    return found


def _catalogue(lang: str) -> dict[tuple[str, str], str | None]:
    root = ET.parse(resource("translations", f"messages_{lang}.ts")).getroot()
    table: dict[tuple[str, str], str | None] = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and translation.text
            key = (context.findtext("name") or "", message.findtext("source") or "")
            table[key] = translation.text if done and translation is not None else None
    return table


def _fields(text: str) -> set[str]:
    return {
        f"{name}!{conv}:{spec}" for _, name, spec, conv in string.Formatter().parse(text) if name is not None
    }


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    install_translate(None)


def test_no_refusal_is_raised_as_a_literal_english_sentence() -> None:
    classes = _error_classes()
    offenders = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in classes
            ):
                continue
            first = node.args[0] if node.args else None
            declared = (
                isinstance(first, ast.Call)
                and isinstance(first.func, ast.Name)
                and first.func.id == "QT_TRANSLATE_NOOP"
            )
            if first is not None and not declared:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(first)[:70]}")
    assert not offenders, (
        "declare these with QT_TRANSLATE_NOOP(context, text) and keyword values:\n" + "\n".join(offenders)
    )


def test_the_scan_catches_an_f_string_and_a_plain_sentence() -> None:
    tree = ast.parse('raise UserError(f"{name} is gone.")\nraise UserError("Gone.")')
    firsts = [n.args[0] for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert [type(f).__name__ for f in firsts] == ["JoinedStr", "Constant"]  # neither is a declaration


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_every_declared_message_is_translated_with_its_placeholders(lang: str) -> None:
    table = _catalogue(lang)
    declared = _declared()
    assert len(declared) > 300
    missing = sorted(f"{c}: {s}" for c, s in declared if not table.get((c, s)))
    assert not missing, (
        f"not translated in messages_{lang}.ts (add them to packaging/messages_es_fr.py and run "
        "packaging/update_messages.sh):\n" + "\n".join(missing)
    )
    lost = [
        f"{s!r} -> {t!r}"
        for (c, s), t in table.items()
        if t and (c, s) in declared and _fields(s) != _fields(t)
    ]
    assert not lost, "a placeholder was lost or changed:\n" + "\n".join(lost)


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_the_window_reads_the_compiled_catalogue(lang: str) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(resource("translations", f"messages_{lang}.qm")))
    english = "The mover cannot also second the motion."
    assert translator.translate("services", english) == _catalogue(lang)[("services", english)]


def test_an_error_keeps_its_id_and_values_and_speaks_english_as_str(english_after: None) -> None:
    error = UserError(QT_TRANSLATE_NOOP("services", "{name} needs at least one seat."), name="City Council")
    assert str(error) == error.message == "City Council needs at least one seat."
    assert error.message_id == ("services", "{name} needs at least one seat.")
    assert error.params == {"name": "City Council"}
    language.install("fr")
    assert error.message == "City Council a besoin d'au moins un siège."
    assert str(error) == "City Council needs at least one seat."  # logs and tests keep the English


def test_a_reason_inside_a_sentence_follows_the_language(english_after: None) -> None:
    from councildesk.domain.faults import os_error_sentence

    error = os_error_sentence(OSError(28, "No space left on device"), "the backup folder /b")
    assert str(error) == (
        "CouncilDesk could not use the backup folder /b: the disk is full; free some space and try again."
    )
    language.install("es")
    assert error.message == (
        "CouncilDesk no pudo usar the backup folder /b: "
        "el disco está lleno; libere espacio e inténtelo de nuevo."
    )


def test_a_catalogue_that_lost_a_placeholder_shows_the_english(english_after: None) -> None:
    install_translate(lambda context, source: "{nom} a besoin d'un siège.")
    error = UserError(QT_TRANSLATE_NOOP("services", "{name} needs at least one seat."), name="Board")
    assert error.message == "Board needs at least one seat."


def test_an_undeclared_sentence_is_shown_as_given_with_its_braces() -> None:
    assert UserError("A {brace} stays.").message == "A {brace} stays."


def test_the_language_comes_from_lang_then_lc_messages_and_lang_option_wins() -> None:
    assert language.from_environment({"LANG": "es_PR.UTF-8"}) == "es"
    assert language.from_environment({"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_CA.UTF-8"}) == "fr"
    assert language.from_environment({"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}) == "en"
    assert language.from_environment({"LANG": "de_DE.UTF-8"}) == "en"  # no German catalogue
    assert language.from_environment({}) == "en"
    assert language.chosen(["--lang", "fr", "meetings"], {"LANG": "es_ES.UTF-8"}) == "fr"
    assert language.chosen(["--lang=system"], {"LANG": "es_ES.UTF-8"}) == "es"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("es_ES.UTF-8", "councildesk: No existe el archivo o la carpeta "),
        ("fr_FR.UTF-8", "councildesk: Il n'y a aucun fichier ni dossier "),
        ("en_US.UTF-8", "councildesk: There is no file or folder "),
    ],
)
def test_a_command_prints_its_refusal_in_the_language_of_the_environment(
    tmp_path: Path, lang: str, expected: str
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = lang
    missing = tmp_path / "nothing-here"
    done = subprocess.run(
        [sys.executable, "-m", "councildesk", "--db", str(tmp_path / "x.db"), "import", "ocd", str(missing)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == f"{expected}{missing}."


def test_english_needs_neither_the_catalogue_nor_qt() -> None:
    code = (
        "import sys; from councildesk.cli import language; "
        "language.install(language.chosen([], {'LANG': 'en_US'})); "
        "print(any(m.startswith('PySide6') for m in sys.modules), 'xml.etree.ElementTree' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.stdout.split() == ["False", "False"]
