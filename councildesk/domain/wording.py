"""Sentences that agree with their numbers ("1 result", "15 agenda items") and lists in words."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

# Nouns whose plural is not the singular plus "s" (the rest of the vocabulary follows the rule).
IRREGULAR = {"person": "people", "body": "bodies", "matter": "matters", "speech": "speeches"}


def plural(noun: str) -> str:
    """'agenda item' -> 'agenda items', 'body' -> 'bodies', 'person' -> 'people' (last word only)."""
    head, _, last = noun.rpartition(" ")
    if last in IRREGULAR:
        word = IRREGULAR[last]
    elif last.endswith("y") and last[-2:-1] not in set("aeiou"):
        word = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        word = last + "es"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def count_of(n: int, singular: str, plural_form: str | None = None) -> str:
    """'1 result', '2 results', '0 results': the noun agrees with the number."""
    return f"{n} {singular if n == 1 else (plural_form or plural(singular))}"


def join_words(words: Sequence[str], conjunction: str = "and") -> str:
    """'A', 'A and B', 'A, B and C'."""
    items = list(words)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def listed(words: Sequence[object]) -> object:
    """join_words for the reader: 'A, B and C' as declared sentences ('A, B et C', 'A, B y C');
    one word is itself, none is ''."""
    from councildesk.domain.messages import QT_TRANSLATE_NOOP, Message

    if len(words) <= 1:
        return words[0] if words else ""
    joined: object = words[0]
    for word in words[1:-1]:
        joined = Message(QT_TRANSLATE_NOOP("domain", "{first}, {next}"), {"first": joined, "next": word})
    return Message(QT_TRANSLATE_NOOP("domain", "{first} and {last}"), {"first": joined, "last": words[-1]})


def day_month(value: date, with_year: bool = True) -> str:
    """'4 August 2011': the day without a leading zero, as a clerk writes it."""
    return f"{value.day} {value:%B}" + (f" {value.year}" if with_year else "")


def short_date(value: date, *, weekday: bool = False, with_year: bool = True) -> str:
    """'4 Aug 2011', or 'Thu 4 Aug' with the weekday and without the year (lists, titles)."""
    text = f"{value.day} {value:%b}" + (f" {value.year}" if with_year else "")
    return f"{value:%a} {text}" if weekday else text


def long_date(value: date, *, weekday: bool = False) -> str:
    """'4 August 2011', or 'Thursday 4 August 2011' (sentences, headers)."""
    text = day_month(value)
    return f"{value:%A} {text}" if weekday else text
