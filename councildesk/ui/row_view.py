"""One set-up for the app's list views: a model, an accessible name, one whole row selected at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView


def row_view[V: QAbstractItemView](view: V, model: QAbstractItemModel, accessible_name: str) -> V:
    """Attach `model` to `view`, name it for screen readers, and select single whole rows."""
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view
