"""CSV export for spreadsheets: meetings, agenda items, motions, votes, ballots and people (RFC 4180)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from councildesk.atomic_output import write_atomically
from councildesk.services.exchange_records import DateRange, to_json
from councildesk.services.exchange_service import ExchangeService


def _cell(value: Any) -> Any:
    value = to_json(value)
    if isinstance(value, str) and value[:1] in _FORMULA and not _is_number(value):
        # A spreadsheet would run such text as a formula; a leading apostrophe keeps it text.
        return "'" + value
    return "" if value is None else value


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def iso_time(value: Any) -> Any:
    """A stored time as ISO 8601 ('2011-08-04T19:00:00'), as SQL gives it back ('2011-08-04
    19:00:00.000000') or as a datetime; the wall clock of the meeting, no offset invented."""
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, str) and len(value) >= 19 and value[10] in " T":
        try:
            return datetime.fromisoformat(value).replace(microsecond=0).isoformat()
        except ValueError:
            return value
    return value


def _is_time_column(name: str) -> bool:
    return name.endswith("_at") or name == "scheduled_start"


def _plain_cell(value: Any) -> Any:
    """_cell(value), without its calls for the cells most are: empty, a number, ordinary text."""
    kind = type(value)
    if value is None:
        return ""
    if kind is int or (kind is str and value[:1] not in _FORMULA):
        return value
    return _cell(value)


_FORMULA = ("=", "+", "-", "@")


def csv_text(header: Iterable[str], rows: Iterable[Iterable[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    names = list(header)
    times = {i for i, n in enumerate(names) if _is_time_column(n)}
    writer.writerow(names)
    writer.writerows(
        [_cell(iso_time(v)) if i in times else _plain_cell(v) for i, v in enumerate(row)] for row in rows
    )
    return out.getvalue()


def export_csv(exchange: ExchangeService, folder: Path, span: DateRange | None = None) -> list[Path]:
    """Write one CSV per table into `folder` (UTF-8 with a byte-order mark, so spreadsheets read accents)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in csv_files(exchange, span):
        path = folder / name
        write_atomically(path, data)
        written.append(path)
    return written


def csv_files(exchange: ExchangeService, span: DateRange | None = None) -> Iterator[tuple[str, bytes]]:
    """Each table's file name and bytes, as export_csv writes them."""
    for name, header, rows in exchange.flat_tables(span):
        yield name, csv_text(header, rows).encode("utf-8-sig")
