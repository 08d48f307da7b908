"""A body's usual order of business: the section list a new meeting can start from."""

from __future__ import annotations

import json
from dataclasses import dataclass

from councildesk.domain.enums import AgendaItemKind, MotionDisposition

UNFINISHED_TITLE = "Unfinished business"
# A motion left in one of these states is still before the body at its next meeting.
UNFINISHED = frozenset(
    {
        MotionDisposition.PENDING,
        MotionDisposition.TABLED,
        MotionDisposition.POSTPONED,
        MotionDisposition.REFERRED,
    }
)
# Where carried-over business goes when the template has no section of that name: before the
# first of these (councils take up old business before new business and before adjourning).
_BEFORE = ("new business", "adjourn")


@dataclass(frozen=True)
class TemplateSection:
    title: str
    kind: AgendaItemKind = AgendaItemKind.SECTION


def format_template(sections: list[TemplateSection]) -> str:
    """The stored form (JSON), so a title may hold any character, a comma or a newline included."""
    return json.dumps([{"title": s.title, "kind": s.kind.value} for s in sections], ensure_ascii=False)


def parse_template(text: str) -> list[TemplateSection]:
    """The sections stored in `text`; an empty or damaged value is no template, never an error."""
    try:
        rows = json.loads(text) if text.strip() else []
    except ValueError:
        return []
    sections = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict) or not str(row.get("title", "")).strip():
            continue
        try:
            kind = AgendaItemKind(row.get("kind", AgendaItemKind.SECTION.value))
        except ValueError:
            kind = AgendaItemKind.SECTION
        sections.append(TemplateSection(str(row["title"]).strip(), kind))
    return sections


def unfinished_position(sections: list[TemplateSection]) -> tuple[int, bool]:
    """(index of the section for unfinished business, whether the template already has it).

    Without one, the new section goes before "New business" or the adjournment, else at the end.
    """
    titles = [s.title.casefold() for s in sections]
    if UNFINISHED_TITLE.casefold() in titles:
        return titles.index(UNFINISHED_TITLE.casefold()), True
    for index, title in enumerate(titles):
        if title.startswith(_BEFORE):
            return index, False
    return len(sections), False
