"""Agenda order and numbering: depth-first order and labels such as '3', '3.1', '3.2'."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


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


def number_agenda(nodes: Iterable[AgendaNode]) -> list[NumberedNode]:
    """Depth-first order with decimal labels; siblings sorted by position, then id.

    Items whose parent is missing are treated as top level, so a damaged tree still prints.
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
            number = f"{prefix}{index}"
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
            result.append(NumberedNode(node.id, None, 0, str(top)))
            walk(node.id, f"{top}.", 1)
    return result
