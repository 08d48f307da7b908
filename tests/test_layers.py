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
    "reports": (*QT, "councildesk.ui", "councildesk.cli", "councildesk.app"),
    "exchange": (*QT, "councildesk.ui", "councildesk.cli", "councildesk.app"),
    # the demo and synthetic city create records through the services, beside the ui and cli
    "sample": (*QT, "councildesk.ui", "councildesk.cli", "councildesk.app", "councildesk.exchange"),
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


def layer_modules() -> list[tuple[str, Path]]:
    found = []
    for layer in FORBIDDEN:
        folder = PACKAGE / layer
        found.extend((layer, path) for path in sorted(folder.rglob("*.py")) if folder.is_dir())
    return found


def test_the_walk_finds_the_layers() -> None:
    layers = {layer for layer, _ in layer_modules()}
    assert {"domain", "db", "services"} <= layers
    assert len(layer_modules()) > 30


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_lower_layers_never_import_higher_ones(layer: str) -> None:
    problems = []
    for found_layer, path in layer_modules():
        if found_layer == layer:
            problems += violations(layer, module_name(path), path.read_text(), path.name == "__init__.py")
    assert problems == []


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
        ("sample", "councildesk.sample.demo", "from councildesk.ui.main_window import MainWindow"),
    ],
)
def test_the_checker_catches_violations(layer: str, module: str, source: str) -> None:
    assert violations(layer, module, source) != []


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
