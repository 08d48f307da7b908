"""Models never cost Python's None a reference (PySide6 6.12 on Python 3.11 would abort)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QUndoStack

from councildesk.ui import none_refcount
from councildesk.ui.none_refcount import none_safe

UI = Path(none_refcount.__file__).parent


def test_every_model_overriding_data_is_none_safe() -> None:
    missing = []
    for path in sorted(UI.glob("*.py")):
        if path.name == "none_refcount.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            methods = {n.name for n in node.body if isinstance(n, ast.FunctionDef)}
            decorators = {d.id for d in node.decorator_list if isinstance(d, ast.Name)}
            if methods & set(none_refcount.WRAPPED_METHODS) and "none_safe" not in decorators:
                missing.append(f"{path.name}:{node.name}")
    assert missing == [], f"decorate these models with @none_safe: {missing}"


@none_safe
class _EmptyModel(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return None


def test_a_none_safe_model_returning_none_through_qt_keeps_none_alive(qapp: Any) -> None:
    model = _EmptyModel()  # keep the model alive while its index is used
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(20_000):  # unguarded, this alone would take None's count through zero
        assert index.data(0) is None
    assert sys.getrefcount(None) >= before - 50


def test_repainting_the_item_panel_keeps_none_alive(qtbot: Any, demo: Any) -> None:
    from councildesk.ui.item_panel import ItemPanel

    services, seed = demo
    item = next(i.item.id for i in services.records.load(seed).items if i.matter is not None)
    panel = ItemPanel(services, QUndoStack(), print)
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    panel.show()
    panel.set_item(item)
    panel.grab()
    before = sys.getrefcount(None)
    for _ in range(100):
        panel.set_item(item)
        panel.grab()
    assert sys.getrefcount(None) >= before - 100, "None lost references while the panel repainted"
