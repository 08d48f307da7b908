"""Layers depend one way: walks every module's imports (top level and inside functions) with ast."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "councildesk"

QT = ("PySide6", "shiboken6")
# layer -> import prefixes it must never use
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": (
        "sqlalchemy",
        "alembic",
        *QT,
        "councildesk.db",
        "councildesk.services",
        "councildesk.ui",
        "councildesk.reports",
        "councildesk.exchange",
        "councildesk.cli",
        "councildesk.app",
        "councildesk.sample",
    ),
    "db": (
        *QT,
        "councildesk.services",
        "councildesk.ui",
        "councildesk.reports",
        "councildesk.exchange",
        "councildesk.cli",
        "councildesk.app",
        "councildesk.sample",
    ),
    "services": (
        *QT,
        "councildesk.ui",
        "councildesk.reports",
        "councildesk.exchange",
        "councildesk.cli",
        "councildesk.app",
        "councildesk.sample",
    ),
    # PDF from DTOs only: no database, no format modules
    "reports": (
        "sqlalchemy",
        "alembic",
        *QT,
        "councildesk.db",
        "councildesk.exchange",
        "councildesk.ui",
        "councildesk.cli",
        "councildesk.app",
        "councildesk.wiring",
        "councildesk.sample",
    ),
    # formats only: records come from and go to services.exchange, which owns the transaction
    "exchange": (
        "sqlalchemy",
        "alembic",
        *QT,
        "councildesk.db",
        "councildesk.ui",
        "councildesk.cli",
        "councildesk.app",
        "councildesk.wiring",
    ),
    # widgets reach the records through services only; wiring is app.py's (and the screenshot's)
    "ui": ("sqlalchemy", "alembic", "councildesk.db", "councildesk.cli", "councildesk.app"),
    # headless commands over the same services; Qt only inside the commands that show a window
    "cli": ("sqlalchemy", "alembic"),
    "app": ("sqlalchemy", "alembic", "councildesk.cli"),
    # the demo and synthetic city create records through the services, beside the ui and cli
    "sample": (*QT, "councildesk.ui", "councildesk.cli", "councildesk.app", "councildesk.exchange"),
    # the public website: built from services, reports and exchange formats, never from the database
    "publish": (
        "sqlalchemy",
        "alembic",
        *QT,
        "councildesk.db",
        "councildesk.ui",
        "councildesk.cli",
        "councildesk.app",
        "councildesk.sample",
    ),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(source: str, module: str, is_package: bool = False) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in `source`, relative imports resolved."""
    found: list[tuple[int, str]] = []
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base)
                target = f"{prefix}.{node.module}" if node.module else prefix
            else:
                target = node.module or ""
            found.append((node.lineno, target))
            # `from councildesk import ui` imports a layer by its attribute name
            found.extend((node.lineno, f"{target}.{alias.name}") for alias in node.names)
    return found


def violations(layer: str, module: str, source: str, is_package: bool = False) -> list[str]:
    bad = []
    for line, name in imported_names(source, module, is_package):
        for prefix in FORBIDDEN[layer]:
            if name == prefix or name.startswith(prefix + "."):
                bad.append(f"{module}:{line} imports {name}")
                break
    return bad


# Top-level modules that belong to a layer (the composition roots and their helpers).
ROOT_MODULES = {"app": ("app.py", "wiring.py", "crash_log.py")}
# Imports a layer may make only inside a function, so that importing it never loads them.
FORBIDDEN_AT_TOP: dict[str, tuple[str, ...]] = {"cli": (*QT, "councildesk.ui", "councildesk.app")}


def layer_modules() -> list[tuple[str, Path]]:
    found = []
    for layer in FORBIDDEN:
        folder = PACKAGE / layer
        found.extend((layer, path) for path in sorted(folder.rglob("*.py")) if folder.is_dir())
        found.extend((layer, PACKAGE / name) for name in ROOT_MODULES.get(layer, ()))
    return found


def top_level_violations(layer: str, module: str, source: str) -> list[str]:
    """Imports made when the module itself is imported (module body, not inside a def)."""
    tree = ast.parse(source)
    bad = []
    for node in tree.body:
        nodes = [node] if isinstance(node, ast.Import | ast.ImportFrom) else []
        if isinstance(node, ast.If | ast.Try):  # `if TYPE_CHECKING:` stays allowed
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            nodes = [n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom)]
        for imp in nodes:
            names = [a.name for a in imp.names] if isinstance(imp, ast.Import) else [imp.module or ""]
            for name in names:
                if any(name == p or name.startswith(p + ".") for p in FORBIDDEN_AT_TOP.get(layer, ())):
                    bad.append(f"{module}:{imp.lineno} imports {name} at import time")
    return bad


# Attributes a layer must never read: the ui gets paths and flags from services.database, never
# the `Database` behind `services.db` (with it a widget could open a session of its own).
FORBIDDEN_ATTRIBUTES: dict[str, tuple[str, ...]] = {"ui": ("db",)}


def attribute_violations(layer: str, module: str, source: str) -> list[str]:
    return [
        f"{module}:{node.lineno} reads .{node.attr}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRIBUTES.get(layer, ())
    ]


def test_the_walk_finds_the_layers() -> None:
    layers = {layer for layer, _ in layer_modules()}
    assert layers == set(FORBIDDEN)
    assert all(path.is_file() for _, path in layer_modules())
    assert len(layer_modules()) > 30


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_lower_layers_never_import_higher_ones(layer: str) -> None:
    problems = []
    for found_layer, path in layer_modules():
        if found_layer == layer:
            source = path.read_text()
            problems += violations(layer, module_name(path), source, path.name == "__init__.py")
            problems += top_level_violations(layer, module_name(path), source)
            problems += attribute_violations(layer, module_name(path), source)
    assert problems == []


@pytest.mark.parametrize(
    ("layer", "module", "source"),
    [
        ("cli", "councildesk.cli.core_commands", "from PySide6.QtWidgets import QApplication"),
        ("cli", "councildesk.cli.core_commands", "import councildesk.ui.main_window"),
        (
            "cli",
            "councildesk.cli",
            "try:\n    from councildesk.app import run_app\nexcept ImportError:\n    pass",
        ),
    ],
)
def test_the_checker_catches_qt_loaded_by_a_command_module(layer: str, module: str, source: str) -> None:
    assert top_level_violations(layer, module, source) != []


def test_qt_inside_a_command_or_for_type_checking_is_allowed() -> None:
    lazy = "def cmd(args):\n    from PySide6.QtWidgets import QApplication\n"
    typing_only = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from councildesk.ui.x import Y\n"
    assert top_level_violations("cli", "councildesk.cli.x", lazy) == []
    assert top_level_violations("cli", "councildesk.cli.x", typing_only) == []


@pytest.mark.parametrize(
    ("layer", "module", "source"),
    [
        ("domain", "councildesk.domain.rules", "import sqlalchemy"),
        ("domain", "councildesk.domain.rules", "from ..db.models import Vote"),
        ("domain", "councildesk.domain.rules", "def f():\n    from PySide6.QtCore import Qt\n"),
        ("db", "councildesk.db.engine", "from councildesk.services import audit"),
        ("db", "councildesk.db.engine", "from councildesk import services"),
        ("services", "councildesk.services.vote_service", "from councildesk.reports.minutes_pdf import x"),
        ("services", "councildesk.services.vote_service", "from .. import ui"),
        ("services", "councildesk.services.container", "from councildesk.sample.demo import load_demo"),
        ("db", "councildesk.db.engine", "from councildesk import sample"),
        ("reports", "councildesk.reports.minutes_pdf", "import PySide6.QtGui"),
        ("exchange", "councildesk.exchange.ocd", "from councildesk.ui.main_window import MainWindow"),
        ("exchange", "councildesk.exchange.ocd_read", "from councildesk.db.engine import Database"),
        ("exchange", "councildesk.exchange.archive", "from sqlalchemy import select"),
        ("reports", "councildesk.reports.minutes", "import sqlalchemy"),
        ("reports", "councildesk.reports.minutes", "from councildesk.db.models import Meeting"),
        ("reports", "councildesk.reports.minutes", "from ..exchange.ocd_write import export_ocd"),
        ("ui", "councildesk.ui.exchange_actions", "from sqlalchemy.orm import Session"),
        (
            "ui",
            "councildesk.ui.screenshot",
            "def f():\n    from councildesk.db.engine import open_database\n",
        ),
        ("ui", "councildesk.ui.main_window", "from .. import db"),
        ("ui", "councildesk.ui.main_window", "from councildesk.cli import main"),
        ("cli", "councildesk.cli.core_commands", "from sqlalchemy import text"),
        ("app", "councildesk.app", "from sqlalchemy import create_engine"),
        ("app", "councildesk.wiring", "from councildesk.cli import main"),
        ("sample", "councildesk.sample.demo", "from councildesk.ui.main_window import MainWindow"),
    ],
)
def test_the_checker_catches_violations(layer: str, module: str, source: str) -> None:
    assert violations(layer, module, source) != []


@pytest.mark.parametrize(
    "source",
    [
        "self.read_only = not services.db.writable",
        "folder = window.services.db.path.parent",
        "def f(self):\n    with self.services.db.transaction() as s:\n        pass\n",
    ],
)
def test_the_checker_catches_the_ui_reaching_for_the_database(source: str) -> None:
    assert attribute_violations("ui", "councildesk.ui.main_window", source) != []


def test_the_ui_may_ask_services_database() -> None:
    source = "self.read_only = not services.database.writable\nname = services.database.name\n"
    assert attribute_violations("ui", "councildesk.ui.main_window", source) == []


def test_the_checker_allows_downward_imports() -> None:
    assert (
        violations(
            "services", "councildesk.services.x", "from councildesk.db.models import Vote\nimport json"
        )
        == []
    )
    assert (
        violations("domain", "councildesk.domain.rules", "from councildesk.domain.enums import label") == []
    )
    assert violations("db", "councildesk.db", "from . import models", is_package=True) == []
