"""Refuse to start on a Python/PySide6 pair known to crash the interpreter (checked before any window).

PySide6 6.12 loses one reference to None on each call from Python into a Qt wrapper that hands
None back (QLabel.setText, QSettings.setValue, index.data(), …). Before Python 3.12 None has an
ordinary reference count, so a few thousand such calls end in "Fatal Python error:
none_dealloc" in the middle of a meeting. From 3.12 on None is immortal (PEP 683) and the loss
is harmless; tests/none_probe.py measures it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

MINIMUM_PYTHON = (3, 12)
# PySide6 releases that lose references to None on interpreters where None is mortal.
LEAKING_PYSIDE = ((6, 12),)


def refusal(python: Sequence[int], pyside: Sequence[int]) -> str | None:
    """The sentence that refuses `python` with `pyside` (version tuples), or None when the pair is safe."""
    if tuple(python[:2]) >= MINIMUM_PYTHON or tuple(pyside[:2]) not in LEAKING_PYSIDE:
        return None
    wanted = ".".join(map(str, MINIMUM_PYTHON))
    found_python = ".".join(map(str, python[:3]))
    found_pyside = ".".join(map(str, pyside[:3]))
    return (
        f"CouncilDesk needs Python {wanted} or newer with PySide6 {found_pyside}: Python {found_python} "
        "would crash after a few thousand screen updates, so please start it with Python "
        f"{wanted} or newer."
    )


def refuse_known_bad_pair() -> None:
    """Exit with status 1 and one sentence on stderr when this interpreter and PySide6 crash together."""
    import PySide6

    message = refusal(sys.version_info[:3], PySide6.__version_info__[:3])
    if message is not None:
        print(message, file=sys.stderr)
        raise SystemExit(1)
