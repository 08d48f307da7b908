"""Turn whatever a user types into safe search terms: words and quoted phrases, nothing executable."""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_QUERY_CHARS = 3
_WORD = re.compile(r"\w+", re.UNICODE)
# A balanced "quoted phrase", or a run of anything that is not a quote.
_PART = re.compile(r'"([^"]*)"|([^"]+)')


@dataclass(frozen=True)
class Term:
    """A word (possibly a prefix, from a trailing *) or a phrase of several words."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]
    message: str = ""  # why there is nothing to search for, in one plain sentence

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for t in self.terms for w in t.words)

    def fts5(self) -> str:
        """An FTS5 MATCH expression of quoted strings only, so no operator or column filter survives."""
        parts = []
        for term in self.terms:
            phrase = '"' + " ".join(term.words) + '"'
            parts.append(phrase + ("*" if term.prefix else ""))
        return " ".join(parts)

    def plain(self) -> str:
        """The words alone, for plainto_tsquery and LIKE."""
        return " ".join(self.words)


def parse_query(raw: str) -> ParsedQuery:
    """Words, quoted phrases and trailing-* prefixes; quotes that do not pair are ignored.

    Every word is reduced to letters and digits, so SQL fragments, FTS5 operators such as
    NEAR( or column filters become plain words (or vanish) and cannot change the query.
    """
    text = raw.strip()
    if text.count('"') % 2:
        text = text.replace('"', " ")
    terms: list[Term] = []
    for match in _PART.finditer(text):
        phrase, loose = match.group(1), match.group(2)
        if phrase is not None:
            words = tuple(_WORD.findall(phrase))
            if words:
                terms.append(Term(words))
            continue
        for token in loose.split():
            words = tuple(_WORD.findall(token))
            prefix = token.endswith("*")
            for i, word in enumerate(words):
                # "foo-bar*": only the last word of the token keeps the prefix star.
                terms.append(Term((word,), prefix=prefix and i == len(words) - 1 and len(word) >= 2))
    letters = sum(len(w) for t in terms for w in t.words)
    if not terms:
        return ParsedQuery((), "Type a word to search for.")
    if letters < MIN_QUERY_CHARS:
        return ParsedQuery((), f"Type at least {MIN_QUERY_CHARS} letters to search.")
    return ParsedQuery(tuple(terms))
