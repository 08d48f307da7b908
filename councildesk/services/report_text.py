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


def printable_text(value: str) -> str:
    """One field as printed: at most one empty line in a row, at most the caps, marked when cut."""
    if "\n" not in value and len(value) <= MAX_FIELD_CHARS:
        return value
    text = collapse_blank_lines(value)
    cut = len(text) > MAX_FIELD_CHARS
    text = text[:MAX_FIELD_CHARS]
    lines = text.split("\n")
    if len(lines) > MAX_FIELD_LINES:
        text, cut = "\n".join(lines[:MAX_FIELD_LINES]), True
    return f"{text.rstrip()}\n{SHORTENED}" if cut else text


def for_report[T](dto: T) -> T:
    """A copy of a frozen DTO (nested DTOs and tuples of them too) with every text printable."""
    return _walk(dto)  # type: ignore[no-any-return]


def _walk(value: Any) -> Any:
    if isinstance(value, str):
        return printable_text(value)
    if isinstance(value, tuple):
        walked = tuple(_walk(v) for v in value)
        return walked if any(a is not b for a, b in zip(walked, value, strict=True)) else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            old = getattr(value, f.name)
            new = _walk(old)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
