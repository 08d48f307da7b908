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
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") and not _is_number(value):
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


def csv_text(header: Iterable[str], rows: Iterable[Iterable[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    names = list(header)
    times = [_is_time_column(n) for n in names]
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(iso_time(v) if i < len(times) and times[i] else v) for i, v in enumerate(row)])
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
