"""Tell a later rename of a shared record (a person, the body, a seat) from a change to approved minutes.

Minutes copy names from records that outlive the meeting and stay editable after approval. When
the current content differs from the approved snapshot only in those copied values, every one
of them is put back as approved; what still differs afterwards is a real change.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from councildesk.domain.messages import QT_TRANSLATE_NOOP, Joined, Sentence, said
from councildesk.services.snapshot_format import SharedField

Key = tuple[str, Any, str]  # (kind, the record's id, what): ("person", 12, "name")


@dataclass(frozen=True)
class SharedChanges:
    restored: dict[str, Any]  # the current content with every shared value put back as approved
    renamed: tuple[str, ...]  # one Sentence per renamed record, e.g. "person 'A' → 'B'"
    records: int  # how many shared records were renamed
    reordered: bool  # the roll came out in another order (it is sorted by seats and names)


def _nodes(node: Any, parts: list[str]) -> Iterator[dict[str, Any]]:
    if not parts:
        if isinstance(node, dict):
            yield node
        return
    key, many = parts[0].removesuffix("[]"), parts[0].endswith("[]")
    child = node.get(key) if isinstance(node, dict) else None
    if child is None:
        return
    for each in child if many and isinstance(child, list) else [child]:
        yield from _nodes(each, parts[1:])


def _values(content: dict[str, Any], shared: tuple[SharedField, ...]) -> dict[Key, set[Any]]:
    found: dict[Key, set[Any]] = defaultdict(set)
    for spec in shared:
        for node in _nodes(content, spec.path.split(".")):
            if node.get(spec.id_key) is not None and spec.field in node:
                found[(spec.kind, node[spec.id_key], spec.what)].add(node[spec.field])
    return found


def _seat_renames(approved: dict[Key, set[Any]], current: dict[Key, set[Any]]) -> dict[str, str]:
    """Old label → new label, kept only where it reads as one seat renamed: every holder of the
    old label now shows the same new one, and no seat that kept its label shows it."""
    moves: dict[str, set[str]] = defaultdict(set)
    kept: set[str] = set()
    for key, before in approved.items():
        if key[0] != "seat" or len(before) != 1 or len(current.get(key, ())) != 1:
            continue
        (old,), (new,) = before, current[key]
        if old == new:
            kept.add(old)
        elif old and new:
            moves[old].add(new)
    targets = [next(iter(news)) for news in moves.values() if len(news) == 1]
    return {
        old: next(iter(news))
        for old, news in moves.items()
        if len(news) == 1 and next(iter(news)) not in kept and targets.count(next(iter(news))) == 1
    }


def separate_renames(
    approved: dict[str, Any], current: dict[str, Any], shared: tuple[SharedField, ...]
) -> SharedChanges:
    """Split what differs between two contents of one format into renames of shared records and
    the rest (left in `restored`, compared with `approved` by the caller)."""
    was, now = _values(approved, shared), _values(current, shared)
    seats = _seat_renames(was, now)
    restored = copy.deepcopy(current)
    for spec in shared:
        for node in _nodes(restored, spec.path.split(".")):
            key = (spec.kind, node.get(spec.id_key), spec.what)
            before = was.get(key, set())
            if len(before) != 1 or spec.field not in node:
                continue  # unknown to the approved text, or ambiguous there: leave it to show
            (value,) = before
            if spec.kind != "seat" or seats.get(value) == node[spec.field]:
                node[spec.field] = value
    lines: dict[tuple[str, Any], list[tuple[str, Any, Any]]] = defaultdict(list)
    for key, before in was.items():
        kind, ident, what = key
        after = now.get(key, set())
        if len(before) != 1 or len(after) != 1 or before == after:
            continue
        (old,), (new,) = before, after
        if kind == "seat":
            if seats.get(old) == new:
                lines[(kind, old)] = [(what, old, new)]
            continue
        lines[(kind, ident)].append((what, old, new))
    renamed: list[str] = []
    for (kind, ident), changes in lines.items():
        if kind == "seat":
            renamed += [said(SEAT_RENAMED, old=repr(old), new=repr(new)) for _what, old, new in changes]
            continue
        # "person 'A' → 'B', title 'x' → 'y'", or "person 'A': title 'x' → 'y'" when the name stayed
        changes.sort(key=lambda change: change[0] != "name")
        noun = KINDS.get(kind, kind)
        others = Joined(tuple(_change(*c) for c in changes if c[0] != "name"), ", ")
        if changes[0][0] == "name":
            _what, old, new = changes[0]
            line = RENAMED_AND if len(changes) > 1 else RENAMED
            renamed.append(said(line, kind=noun, old=repr(old), new=repr(new), changes=others))
        else:
            name = next(iter(was.get((kind, ident, "name"), {""})))
            renamed.append(said(CHANGED, kind=noun, name=repr(name), changes=others))
    reordered = _keep_roll_order(approved, restored)
    return SharedChanges(restored, tuple(renamed), len(lines), reordered)


# The words of a rename line: the shared record's kind, what of it changed, and the line's shape.
KINDS = {"person": QT_TRANSLATE_NOOP("services", "person"), "body": QT_TRANSLATE_NOOP("services", "body")}
WHATS = {
    "name": QT_TRANSLATE_NOOP("services", "name"),
    "title": QT_TRANSLATE_NOOP("services", "title"),
    "municipality": QT_TRANSLATE_NOOP("services", "municipality"),
    "label": QT_TRANSLATE_NOOP("services", "label"),
}
SEAT_RENAMED = QT_TRANSLATE_NOOP("services", "seat {old} → {new}")
RENAMED = QT_TRANSLATE_NOOP("services", "{kind} {old} → {new}")
RENAMED_AND = QT_TRANSLATE_NOOP("services", "{kind} {old} → {new}, {changes}")
CHANGED = QT_TRANSLATE_NOOP("services", "{kind} {name}: {changes}")
CHANGE = QT_TRANSLATE_NOOP("services", "{what} {old} → {new}")


def _change(what: str, old: Any, new: Any) -> Sentence:
    return said(CHANGE, what=WHATS.get(what, what), old=repr(old), new=repr(new))


def _keep_roll_order(approved: dict[str, Any], restored: dict[str, Any]) -> bool:
    """Put the roll back in the approved order when only its order changed (it is sorted by seat
    position and family name, both shared records); True when that was needed."""
    before, after = approved.get("attendance"), restored.get("attendance")
    if not isinstance(before, list) or not isinstance(after, list):
        return False
    order = [row.get("person_id") for row in before]
    ids = [row.get("person_id") for row in after]
    if ids == order or sorted(ids, key=str) != sorted(order, key=str) or len(set(ids)) != len(ids):
        return False
    by_id = {row.get("person_id"): row for row in after}
    restored["attendance"] = [by_id[i] for i in order]
    return True
