"""Reading input files safely: the import's size and record limits first, JSON errors as UserErrors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, said
from councildesk.services import import_run

# A row of a CSV file, as a refusal or a warning names where it is (declared, English as its str).
AT_ROW = QT_TRANSLATE_NOOP("exchange", "{name}, row {row}")
READING = QT_TRANSLATE_NOOP("exchange", "Reading {name}…")  # an import's progress line


def read_bytes(path: Path) -> bytes:
    """A file's bytes, charged to the import's size budget before a byte is read."""
    path = Path(path)
    if not path.exists():
        raise UserError(QT_TRANSLATE_NOOP("exchange", "There is no file {path}."), path=path)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("exchange", "{path} is not a file."), path=path)
    run = import_run.current()
    run.take_bytes(path.name, path.stat().st_size)
    run.phase(said(READING, name=path.name))
    try:
        return path.read_bytes()
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "Could not read {path}: {strerror}."),
            path=path,
            strerror=error.strerror,
        ) from None


def load_json(path: Path) -> Any:
    """Parse a JSON file or explain in one sentence why it cannot be read."""
    data = read_bytes(path)
    return parse_json(data, path.name)


class _TooMany(Exception):
    pass


def parse_json(data: bytes, name: str) -> Any:
    if data[:2] == b"PK":
        raise UserError(QT_TRANSLATE_NOOP("exchange", "{name} is a zip archive, not a JSON file."), name=name)
    if data[:16] == b"SQLite format 3\x00":
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{name} is a database file, not a JSON file."), name=name
        )
    if data[:5] == b"%PDF-":
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{name} is a PDF document, not a JSON file."), name=name
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "exchange", "{name} is not UTF-8 text (byte {start}); is it really a JSON file?"
            ),
            name=name,
            start=error.start,
        ) from None
    if not text.strip():
        raise UserError(QT_TRANSLATE_NOOP("exchange", "{name} is empty."), name=name)
    run = import_run.current()
    # Every JSON object is a record. Counting braces is a quick upper bound: a file under it is parsed
    # at full speed; one over it is parsed counting objects and abandoned at the first one too many,
    # before the rest of the file is built (a million-person file is refused in seconds, not minutes).
    room = run.records_left()
    upper = data.count(b"{")
    try:
        if upper <= room:
            parsed = json.loads(text)
            run.take_records(name, upper)
        else:
            seen = 0

            def counted(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
                nonlocal seen
                seen += 1
                if seen > room:
                    raise _TooMany
                return dict(pairs)

            parsed = json.loads(text, object_pairs_hook=counted)
            run.take_records(name, seen)
    except _TooMany:
        raise run.too_many(name) from None
    except json.JSONDecodeError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{name} is not valid JSON (line {lineno}, column {colno}: {msg})."),
            name=name,
            lineno=error.lineno,
            colno=error.colno,
            msg=error.msg,
        ) from None
    except RecursionError:
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{name} is nested too deeply to be a CouncilDesk import."),
            name=name,
        ) from None
    return parsed


def kind_name(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def need_dict(value: Any, where: str, field: str = "") -> dict[str, Any]:
    if not isinstance(value, dict):
        at = f", field '{field}'" if field else ""
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{where}{at}: expected an object, found {kind_name}."),
            where=where,
            at=at,
            kind_name=kind_name(value),
        )
    return value


def need_list(obj: dict[str, Any], field: str, where: str) -> list[Any]:
    value = obj.get(field)
    if value is None:
        return []
    if not isinstance(value, list):
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{where}, field '{field}': expected a list, found {kind_name}."),
            where=where,
            field=field,
            kind_name=kind_name(value),
        )
    return value


def opt_str(obj: dict[str, Any], field: str, where: str, default: str = "") -> str:
    value = obj.get(field)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{where}, field '{field}': expected text, found {kind_name}."),
            where=where,
            field=field,
            kind_name=kind_name(value),
        )
    return str(value)


def req_str(obj: dict[str, Any], field: str, where: str) -> str:
    value = opt_str(obj, field, where)
    if not value.strip():
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{where}, field '{field}': a value is required."),
            where=where,
            field=field,
        )
    return value


def opt_int(obj: dict[str, Any], field: str, where: str) -> int | None:
    value = obj.get(field)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "exchange", "{where}, field '{field}': expected a whole number, found {kind_name}."
            ),
            where=where,
            field=field,
            kind_name=kind_name(value),
        )
    return value


def opt_dict(obj: dict[str, Any], field: str, where: str) -> dict[str, Any]:
    value = obj.get(field)
    if value is None:
        return {}
    return need_dict(value, where, field)


def opt_ref(obj: dict[str, Any], field: str, where: str) -> str | None:
    """An id pointing at another record: text (or a whole number), else a UserError naming the field."""
    value = obj.get(field)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "{where}, field '{field}': expected an id, found {kind_name}."),
            where=where,
            field=field,
            kind_name=kind_name(value),
        )
    return str(value)
