"""No window string escapes translation; every catalogue translates every message, placeholders kept."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "councildesk" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "fr")

# Calls whose string arguments are the translation itself (or deliberately left as written).
TRANSLATION_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "verbatim"}
# Calls whose string arguments are never shown to a clerk, by what they are: names and keys that
# code looks things up by, formats, logs, and programmers' own errors.
MACHINE_CALLS = {
    # object names, properties and settings keys
    "setObjectName",
    "objectName",
    "findChild",
    "findChildren",
    "setProperty",
    "property",
    "Setting",
    "value",
    "setValue",
    "contains",
    "remove",
    "beginGroup",
    "QSettings",
    # key sequences, icons, colours, styles, fonts, mime types, formats, patterns
    "QKeySequence",
    "fromTheme",
    "QIcon",
    "QColor",
    "setStyleSheet",
    "QFont",
    "setFamily",
    "setData",
    "hasFormat",
    "data",
    "QRegularExpression",
    "compile",
    "sub",
    "match",
    "fullmatch",
    "search",
    "split",
    "strftime",
    "strptime",
    "toString",
    "fromString",
    "lstrip",
    "rstrip",
    "strip",
    "startswith",
    "endswith",
    "replace",
    "removeprefix",
    "removesuffix",
    "join",
    "encode",
    "decode",
    "format_exception",
    # files and processes
    "Path",
    "open",
    "resource",
    "with_suffix",
    "joinpath",
    "environ",
    "getenv",
    "setdefault",
    "save",
    "load",
    "grab",
    # menus are named by their English keys ("File"), whatever title they show
    "add",
    "menu",
    "add_menu_actions",
    "menu_key",
    # reflection and logging
    "getattr",
    "hasattr",
    "setattr",
    "isinstance",
    "Signal",
    "Slot",
    "Property",
    "debug",
    "info",
    "warning",
    "error",
    "exception",
    "critical_log",
    # programmers' errors (never a sentence for the clerk; a UserError is one)
    "RuntimeError",
    "AssertionError",
    "TypeError",
    "ValueError",
    "KeyError",
    "NotImplementedError",
}
# Calls that show their text: here even a lowercase word ("any", "to") is for the clerk to read.
DISPLAY_CALLS = {
    "QLabel",
    "setText",
    "setSpecialValueText",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWindowTitle",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "addRow",
    "showMessage",
    "setTabText",
    "addTab",
    "setAccessibleName",
    "setAccessibleDescription",
}
# Logging is recognised by the logger, not the method name (QMessageBox.warning is for clerks).
LOGGERS = {"log", "logger", "logging", "_log"}
# Shapes of text that is code, not prose: identifiers and dotted or slashed keys, key sequences,
# format codes, mime types, colours, file patterns, CamelCase object names, one-letter keys.
MACHINE_TEXT = re.compile(
    r"""^(
        [a-z0-9_.:/\-]*                             # snake_case, dotted.name, group/key, mime/type
      | (Ctrl|Shift|Alt|Meta|F[0-9]+|Key_\w+)(\+\S*)?  # a key sequence
      | Insert|Delete|Del|Ins|Enter|Return|Escape|Esc|Backspace|Home|End|PgUp|PgDown|Tab  # a key
      | [A-Z]?[a-z0-9]+([A-Z][a-z0-9]*)+            # CamelCase or camelCase object name
      | [A-Z]                                       # a one-letter key
      | [#%*.{}\[\]()\s\w:/\-+,;|<>=!"'&?^$\\]*%[-#0-9.]*[a-zA-Z][\s\w%:/\-,.]*  # a format code
      | \#[0-9a-fA-F]{3,8}                          # a colour
      | [yMdHhmsAapz]+([-/.:\ ,]+[yMdHhmsAapz]+)*   # a Qt date or time format (yyyy-MM-dd)
      | \*\.\w+.*                                   # a file pattern (*.pdf)
      | <[^>]+>                                     # a lone tag
      | ([\w\-]+\s*:\s*[^;]+;\s*)+                     # a style sheet (background:#fff; …)
      | [\w\-]+\s*\{[^}]*\}.*                          # a style rule (QLabel { … })
    )$""",
    re.VERBOSE,
)
LETTERS = re.compile(r"[A-Za-zÀ-ÿ]{2,}")


MARKUP = re.compile(r"<[^>]*>|\{[^}]*\}|&[a-z]+;")


def is_prose(text: str) -> bool:
    """Text a clerk would read: words, not a key, a name, a code or bare markup."""
    stripped = text.strip()
    words = MARKUP.sub(" ", stripped)
    return bool(LETTERS.search(words)) and not MACHINE_TEXT.match(stripped)


def call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def is_logging(node: ast.Call) -> bool:
    func = node.func
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in LOGGERS


@dataclass(frozen=True)
class Escape:
    file: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.text!r}"


class Scanner(ast.NodeVisitor):
    """Collects prose literals that are not inside a translation call or a machine-text position."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.found: list[Escape] = []
        self.untranslatable: list[Escape] = []  # an f-string handed to tr(): lupdate cannot read it

    def visit_Module(self, node: ast.Module) -> None:
        self._body(node.body)

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        self.visit(node.args)
        if node.returns is not None:
            pass  # annotations are types, not text
        self._body(node.body)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        self._body(node.body)

    def _body(self, body: list[ast.stmt]) -> None:
        start = 0
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            start = 1  # the docstring
        for statement in body[start:]:
            self.visit(statement)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)

    def visit_arg(self, node: ast.arg) -> None:
        return  # annotations

    def visit_Call(self, node: ast.Call) -> None:
        name = call_name(node)
        if name in TRANSLATION_CALLS:
            for arg in node.args:
                if isinstance(arg, ast.JoinedStr):
                    self.untranslatable.append(Escape(self.file, arg.lineno, ast.unparse(arg)))
            return
        if name in DISPLAY_CALLS:
            for arg in node.args:
                text = arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else ""
                if LETTERS.search(text) and not is_prose(text):  # a lowercase word taken for a key
                    self.found.append(Escape(self.file, arg.lineno, text))
        if name in MACHINE_CALLS or is_logging(node):
            if isinstance(node.func, ast.Attribute):
                self.visit(node.func.value)  # `f"Saved {x}".strip()`: the text is still shown
            return
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        return  # `kind == "agenda"`: a value compared is data, not something shown

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.visit(node.value)  # row["title"]: the key is data

    def visit_Dict(self, node: ast.Dict) -> None:
        for key, value in zip(node.keys, node.values, strict=True):
            if key is not None and not isinstance(key, ast.Constant):
                self.visit(key)
            self.visit(value)  # a dict's keys are lookups; its values may be shown

    def visit_keyword(self, node: ast.keyword) -> None:
        if node.arg in {"objectName", "key", "mime", "format", "encoding", "name", "sep"}:
            return
        self.visit(node.value)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and is_prose(node.value):
            self.found.append(Escape(self.file, node.lineno, node.value))

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        words = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if LETTERS.search(words) and is_prose(words + "x"):  # `f"{a}.{b}"` has no words of its own
            self.found.append(Escape(self.file, node.lineno, ast.unparse(node)))
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                self.visit(value.value)


def scan(path: Path) -> Scanner:
    scanner = Scanner(str(path.relative_to(ROOT)))
    scanner.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return scanner


def ui_files() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def test_no_window_string_escapes_translation() -> None:
    escapes = [escape for path in ui_files() for escape in scan(path).found]
    assert not escapes, f"{len(escapes)} strings outside tr()/translate():\n" + "\n".join(map(str, escapes))


def test_no_translation_call_gets_an_f_string() -> None:
    broken = [escape for path in ui_files() for escape in scan(path).untranslatable]
    assert not broken, "pass values with i18n.fmt, not an f-string:\n" + "\n".join(map(str, broken))


def test_the_scanner_catches_what_it_must_and_lets_code_be(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Docstrings are not shown."""\n'
        'a = QLabel("Quorum present")\n'  # caught
        'dates.addWidget(QLabel("to"))\n'  # caught: shown, though it looks like a key
        'b = QAction(f"Delete {name}…")\n'  # caught
        'c = self.tr("Quorum present")\n'
        'd = translate("Ctx", "%n vote(s)", "", n)\n'
        'w.setObjectName("MainToolbar")\n'
        'heading = self._label("chamberHeading")\n'
        'e = QKeySequence("Ctrl+Shift+N")\n'
        'log.warning("could not open %s", path)\n'
        'if kind == "Agenda item": pass\n'
        'f = row["Title Case Key"]\n'
        'g = {"agenda": 1}\n'
        'raise RuntimeError("install() needs a QCoreApplication")\n'
        'h = self.tr(f"Saved {title}")\n',  # lupdate cannot read it
        encoding="utf-8",
    )
    scanner = Scanner("sample.py")
    scanner.visit(ast.parse(sample.read_text(encoding="utf-8")))
    assert [e.text for e in scanner.found] == ["Quorum present", "to", "f'Delete {name}…'"]
    assert [e.line for e in scanner.untranslatable] == [15]


# -- the catalogues ------------------------------------------------------------------------
MNEMONIC = re.compile(r"(?<!&)&(?![&\s]|[a-z]+;)")  # "&File", not "&&", "& " or "&amp;"
PLACEHOLDER = re.compile(r"%n|%L?[0-9]|\{[A-Za-z_][A-Za-z0-9_]*\}")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def catalogue(language: str) -> ET.Element:
    return ET.parse(TRANSLATIONS / f"councildesk_{language}.ts").getroot()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    problems: list[str] = []
    messages = catalogue(language).iter("message")
    count = 0
    for message in messages:
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            if translation.get("type") == "unfinished":
                problems.append(f"unfinished: {source!r}")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"empty: {source!r}")
            elif placeholders(form.replace("%n", "")) != placeholders(source.replace("%n", "")):
                problems.append(f"placeholders differ: {source!r} -> {form!r}")
            elif MNEMONIC.search(source) and not MNEMONIC.search(form):
                problems.append(f"mnemonic lost: {source!r} -> {form!r}")
    assert count > 300
    assert not problems, "\n".join(problems)


def qt_tool(name: str) -> Path:
    tool = Path(sys.executable).parent / name
    if not tool.exists():
        pytest.skip(f"{name} is not installed beside this Python")
    return tool


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_catalogues_hold_every_string_of_the_window(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_es.ts"
    sources = [str(p) for p in ui_files()]
    subprocess.run(
        [
            str(qt_tool("pyside6-lupdate")),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(fresh),
        ],
        check=True,
    )
    for language in LANGUAGES:
        missing = messages(fresh) - messages(TRANSLATIONS / f"councildesk_{language}.ts")
        assert not missing, f"run packaging/update_translations.sh; new in the code: {sorted(missing)[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_the_current_one(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"councildesk_{language}.qm"
    ts = TRANSLATIONS / f"councildesk_{language}.ts"
    subprocess.run(
        [str(qt_tool("pyside6-lrelease")), "-silent", "-removeidentical", str(ts), "-qm", str(built)],
        check=True,
    )
    assert built.read_bytes() == (TRANSLATIONS / f"councildesk_{language}.qm").read_bytes(), (
        "the committed .qm is older than its .ts: run packaging/update_translations.sh"
    )
