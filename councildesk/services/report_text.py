"""Text as reports print it: runs of blank lines collapsed and each field capped, with a visible
marker, so that no single field can make a report grow without bound.

Applied to the DTO a report is built from, never to the record or to an approval's snapshot: the
stored text and the fingerprint stay exactly as typed; only the printed page is shortened.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from councildesk.domain.text_rules import collapse_blank_lines

# A long ordinance is a few hundred lines; a field past these is printed up to them, then the marker.
MAX_FIELD_CHARS = 60_000
MAX_FIELD_LINES = 1_000
SHORTENED = "[… text shortened in this report; full text in the record]"
# A table cell cannot break across pages: in a report's narrowest column (about 12 characters a
# line) these make at most about 40 lines, well inside one page.
CELL_CHARS = 400
CELL_LINES = 12


def printable_text(value: str, chars: int = MAX_FIELD_CHARS, lines: int = MAX_FIELD_LINES) -> str:
    """One field as printed: at most one empty line in a row, at most the caps, marked when cut."""
    if "\n" not in value and len(value) <= chars:
        return value
    text = collapse_blank_lines(value)
    cut = len(text) > chars
    text = text[:chars]
    kept = text.split("\n")
    if len(kept) > lines:
        text, cut = "\n".join(kept[:lines]), True
    return f"{text.rstrip()}\n{SHORTENED}" if cut else text


def for_report[T](dto: T, *, cells: bool = False) -> T:
    """A copy of a frozen DTO (nested DTOs, named tuples and tuples of them too) with every text
    printable; `cells`: with the tighter caps of a report that prints its fields in table cells.
    Only what a cap changes is copied: a DTO whose texts all fit is returned as it is."""
    caps = (CELL_CHARS, CELL_LINES) if cells else (MAX_FIELD_CHARS, MAX_FIELD_LINES)
    return _walk(dto, caps)  # type: ignore[no-any-return]


# What the walk does with a value, by its class (worked out once per class: a meeting's minutes
# hold thousands of values, a voting record a hundred thousand rows).
_LEAF, _TEXT, _TUPLE, _DATACLASS = range(4)
_KINDS: dict[type, int] = {str: _TEXT, int: _LEAF, bool: _LEAF, float: _LEAF, type(None): _LEAF}
# A dataclass's fields that its constructor takes (the ones `dataclasses.replace` can change).
_INIT_FIELDS: dict[type, tuple[str, ...]] = {}


def _kind(cls: type) -> int:
    kind = _KINDS.get(cls)
    if kind is None:
        if issubclass(cls, str):
            kind = _TEXT
        elif issubclass(cls, tuple):
            kind = _TUPLE
        elif dataclasses.is_dataclass(cls):
            kind = _DATACLASS
            _INIT_FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls) if f.init)
        else:
            kind = _LEAF
        _KINDS[cls] = kind
    return kind


def _walk(value: Any, caps: tuple[int, int]) -> Any:
    cls = type(value)
    kind = _KINDS.get(cls)
    if kind is None:
        kind = _kind(cls)
    if kind == _LEAF:
        return value
    if kind == _TEXT:
        # Most texts are one short line: returned as they are without a call.
        if "\n" not in value and len(value) <= caps[0]:
            return value
        return printable_text(value, *caps)
    chars = caps[0]
    if kind == _TUPLE:
        walked = None
        for i, old in enumerate(value):
            kind = _KINDS.get(type(old))
            if kind == _LEAF or (kind == _TEXT and "\n" not in old and len(old) <= chars):
                new = old
            else:
                new = _walk(old, caps)
            if new is not old and walked is None:
                walked = list(value[:i])
            if walked is not None:
                walked.append(new)
        if walked is None:
            return value
        # A named tuple (a record row) stays one, so the report reads its fields by name.
        return cls._make(walked) if hasattr(cls, "_fields") else tuple(walked)
    changes = {}
    for name in _INIT_FIELDS[cls]:
        old = getattr(value, name)
        # The walk's own first steps, done here for the many fields that stay as they are.
        kind = _KINDS.get(type(old))
        if kind == _LEAF or (kind == _TEXT and "\n" not in old and len(old) <= chars):
            continue
        new = _walk(old, caps)
        if new is not old:
            changes[name] = new
    return dataclasses.replace(value, **changes) if changes else value
