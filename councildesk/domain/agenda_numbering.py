"""Agenda order and numbering: depth-first order and labels such as '3.1', 'II.A' or 'B.2.a'."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from councildesk.domain.enums import NumberingStyle


@dataclass(frozen=True)
class AgendaNode:
    id: int
    parent_id: int | None
    position: int


@dataclass(frozen=True)
class NumberedNode:
    id: int
    parent_id: int | None
    depth: int
    number: str


def roman(n: int) -> str:
    """Upper-case Roman numeral of a positive number (an agenda never has thousands of sections)."""
    parts = []
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        count, n = divmod(n, value)
        parts.append(letters * count)
    return "".join(parts)


def letters(n: int) -> str:
    """A, B, … Z, AA, AB, … (spreadsheet columns), so a 27th item still gets a label."""
    text = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


# The label of the n-th sibling at each depth; the deepest entry repeats below it.
_LEVELS: dict[NumberingStyle, tuple[Callable[[int], str], ...]] = {
    NumberingStyle.DECIMAL: (str,),
    NumberingStyle.OUTLINE: (roman, letters, str, lambda n: letters(n).lower()),
    NumberingStyle.LETTERS: (letters, str, lambda n: letters(n).lower()),
}


def label_at(style: NumberingStyle, depth: int, n: int) -> str:
    levels = _LEVELS[style]
    return levels[min(depth, len(levels) - 1)](n)


def number_agenda(
    nodes: Iterable[AgendaNode], style: NumberingStyle = NumberingStyle.DECIMAL
) -> list[NumberedNode]:
    """Depth-first order with labels in the body's style; siblings sorted by position, then id.

    A label is the path from the top ("3.1", "II.A.1", "B.2.a"), so it names one item in the
    meeting. Items whose parent is missing are treated as top level, so a damaged tree still prints.
    """
    nodes = list(nodes)
    ids = {n.id for n in nodes}
    children: dict[int | None, list[AgendaNode]] = {}
    for node in nodes:
        parent = node.parent_id if node.parent_id in ids else None
        children.setdefault(parent, []).append(node)
    for siblings in children.values():
        siblings.sort(key=lambda n: (n.position, n.id))

    result: list[NumberedNode] = []
    seen: set[int] = set()

    def walk(parent: int | None, prefix: str, depth: int, start: int = 1) -> int:
        index = start - 1
        for node in children.get(parent, []):
            if node.id in seen:  # reached twice through a cycle; never loop forever on bad data
                continue
            seen.add(node.id)
            index += 1
            number = f"{prefix}{label_at(style, depth, index)}"
            result.append(NumberedNode(node.id, parent, depth, number))
            walk(node.id, number + ".", depth + 1)
        return index

    top = walk(None, "", 0)
    # Items in a parent cycle (A under B under A) are unreachable from the top; print them at the
    # top level after the rest rather than silently dropping them from the minutes.
    for node in sorted(nodes, key=lambda n: (n.position, n.id)):
        if node.id not in seen:
            seen.add(node.id)
            top += 1
            number = label_at(style, 0, top)
            result.append(NumberedNode(node.id, None, 0, number))
            walk(node.id, f"{number}.", 1)
    return result
