"""Seat names from a pattern ("District A–O", "Ward 1–9"), and the seat a typed name means."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP

# The range token must start the text or follow a space, so "At-Large" is a name, not a range.
_RANGE = re.compile(
    r"^(?P<prefix>.*?)(?:(?<=\s)|^)(?P<first>\d+|[A-Z])\s*(?:-|–|—|\.\.|\bto\b)\s*(?P<last>\d+|[A-Z])$"
)
MAX_SEATS = 500


def _one(part: str) -> list[str]:
    match = _RANGE.match(part)
    if match is None:
        return [part]
    prefix, first, last = match["prefix"], match["first"], match["last"]
    if first.isdigit() != last.isdigit():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "domain", "“{part}” mixes a number and a letter; write a range like Ward 1–9 or District A–O."
            ),
            part=part,
        )
    if first.isdigit():
        low, high = int(first), int(last)
        width = len(first) if first.startswith("0") else 1  # "Seat 01–15" keeps its zeros
        names = [f"{prefix}{n:0{width}d}" for n in range(low, high + 1)]
    else:
        low, high = ord(first), ord(last)
        names = [f"{prefix}{chr(n)}" for n in range(low, high + 1)]
    if high < low:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "domain", "“{part}” runs backwards; write the lower end first, as in {prefix}{last}–{first}."
            ),
            part=part,
            prefix=prefix,
            last=last,
            first=first,
        )
    return names


def expand_seat_pattern(text: str) -> list[str]:
    """Every seat name a pattern stands for; commas or semicolons separate several patterns.

    "District A–O" is 15 seats, "Ward 1–9, At-Large A–B" is 11; a plain name is one seat.
    """
    names: list[str] = []
    for raw in re.split(r"[,;\n]", text):
        part = " ".join(raw.split())
        if part:
            names.extend(_one(part))
    if not names:
        raise UserError(
            QT_TRANSLATE_NOOP("domain", "Type the seats to create, for example District A–O or Ward 1–9.")
        )
    if len(names) > MAX_SEATS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "domain", "“{text}” would create {names_count} seats; a body has at most {most}."
            ),
            text=text.strip(),
            names_count=len(names),
            most=MAX_SEATS,
        )
    seen: set[str] = set()
    for name in names:
        if name.casefold() in seen:
            raise UserError(QT_TRANSLATE_NOOP("domain", "The seat {name} is named twice."), name=name)
        seen.add(name.casefold())
    return names


def match_label(typed: str, labels: Sequence[str]) -> int | None:
    """The index of the label a typed name means, or None when none or several fit.

    An exact name wins (so "District 1" is not "District 10"), then the only label whose last word
    is the text ("4" for "Ward 4", "D" for "District D", though every district starts with D),
    then the only label starting with the text.
    """
    key = " ".join(typed.split()).casefold()
    if not key:
        return None
    folded = [" ".join(label.split()).casefold() for label in labels]
    tests: tuple[Callable[[str], bool], ...] = (
        lambda f: f == key,
        lambda f: f.rsplit(" ", 1)[-1] == key,
        lambda f: f.startswith(key),
    )
    for test in tests:
        hits = [i for i, f in enumerate(folded) if test(f)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            return None
    return None
    return None
