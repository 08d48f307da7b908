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
    printable; `cells`: with the tighter caps of a report that prints its fields in table cells."""
    caps = (CELL_CHARS, CELL_LINES) if cells else (MAX_FIELD_CHARS, MAX_FIELD_LINES)
    return _walk(dto, caps)  # type: ignore[no-any-return]


def _walk(value: Any, caps: tuple[int, int]) -> Any:
    if isinstance(value, str):
        return printable_text(value, *caps)
    if isinstance(value, tuple):
        walked = tuple(_walk(v, caps) for v in value)
        if all(a is b for a, b in zip(walked, value, strict=True)):
            return value
        # A named tuple (a record row) stays one, so the report reads its fields by name.
        kind: Any = type(value)
        return kind._make(walked) if hasattr(kind, "_fields") else walked
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            old = getattr(value, f.name)
            new = _walk(old, caps)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
