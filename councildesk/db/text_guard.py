"""Every text written through a session is cleaned and measured by the domain's text rules."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.domain.text_rules import DEFAULT_TEXT_LIMIT, MACHINE_COLUMNS, TEXT_LIMITS, clean_text

_CACHE: dict[Any, list[tuple[str, str, int]]] = {}
_LABELS = {"agenda_item": "agenda item", "audit_log": "audit entry", "external_id": "external id"}


def _text_columns(mapper: Any) -> list[tuple[str, str, int]]:
    """(attribute, field label, limit) for the mapper's string columns; computed once per mapper."""
    cached = _CACHE.get(mapper)
    if cached is not None:
        return cached
    table = mapper.local_table.name
    found = []
    for attr in mapper.column_attrs:
        [column] = attr.columns
        if not isinstance(column.type, String) or (table, column.name) in MACHINE_COLUMNS:
            continue
        length = column.type.length  # VARCHAR(n); None for TEXT
        limit = length or TEXT_LIMITS.get((table, column.name), DEFAULT_TEXT_LIMIT)
        what = _LABELS.get(table, table.replace("_", " "))
        found.append((attr.key, f"the {what}'s {column.name.replace('_', ' ')}", limit))
    _CACHE[mapper] = found
    return found


def _clean_pending(session: Session, _context: Any, _instances: Any) -> None:
    for obj in [*session.new, *session.dirty]:
        state = inspect(obj)
        for key, field, limit in _text_columns(state.mapper):
            value = state.dict.get(key)
            if not isinstance(value, str):
                continue
            if obj in session.dirty and not state.attrs[key].history.has_changes():
                continue
            cleaned = clean_text(value, field, limit)
            if cleaned != value:
                setattr(obj, key, cleaned)


def clean_row(cls: type, values: dict[str, Any], where: str) -> dict[str, Any]:
    """Column values for a row of `cls` as they will be stored; a refusal names `where` too."""
    columns = {key: (field, limit) for key, field, limit in _text_columns(inspect(cls))}
    cleaned = dict(values)
    for key, value in values.items():
        if key in columns and isinstance(value, str):
            field, limit = columns[key]
            try:
                cleaned[key] = clean_text(value, field, limit)
            except UserError as error:
                raise UserError(
                    QT_TRANSLATE_NOOP("db", "{where}: {error}"), where=where, error=error
                ) from None
    return cleaned


def install(session_factory: Any) -> None:
    """Attach the rule to a sessionmaker, so every service, import and load goes through it."""
    event.listen(session_factory, "before_flush", _clean_pending)
