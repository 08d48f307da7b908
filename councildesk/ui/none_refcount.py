"""Keep Python's None alive under PySide6 6.12 on Python 3.11 (decorate every Qt model with it).

When a model's data() or headerData() override returns None through Qt's C++ side, this
PySide6 release drops one reference to None that it never took. None is not immortal before
Python 3.12, so after a few thousand repaints its count reaches zero and the interpreter aborts
with "Fatal Python error: none_dealloc" — in the middle of a meeting. The decorator gives the
reference back whenever an override returns None. It checks at import whether the running
PySide6/Python pair really leaks, and is a no-op where it does not (an extra reference to None
is harmless, a missing one is fatal, so a Python caller that gets one too many costs nothing).
"""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex

T = TypeVar("T", bound=type)

WRAPPED_METHODS = ("data", "headerData")

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return None


def _binding_leaks_none() -> bool:
    """Call a None-returning override through C++ and see whether None's count falls."""
    calls = 64
    model = _Probe()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(calls):
        index.data(0)
    lost = before - sys.getrefcount(None)
    for _ in range(max(lost, 0)):
        _incref(None)  # give back what the probe itself cost
    return lost >= calls // 2


LEAKS_NONE = _binding_leaks_none()


def _guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        value = method(*args, **kwargs)
        if value is None:
            _incref(None)
        return value

    wrapper.__none_guarded__ = True  # type: ignore[attr-defined]
    return wrapper


def none_safe(cls: T) -> T:
    """Class decorator for a Qt model: its data()/headerData() may return None safely."""
    cls.__none_safe__ = True  # type: ignore[attr-defined]  # the layer test looks for it
    if not LEAKS_NONE:
        return cls
    for name in WRAPPED_METHODS:
        method = cls.__dict__.get(name)
        if method is not None and not getattr(method, "__none_guarded__", False):
            setattr(cls, name, _guarded(method))
    return cls
