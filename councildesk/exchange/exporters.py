"""One entry point for every open-data export, by format name (used by the command line and the window).

Each export is written into a hidden folder beside the target and its files are renamed into place
only when all of them are whole, so a full disk half-way leaves the target folder as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from councildesk.atomic_output import staged_folder
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services.exchange_records import DateRange, Rec
from councildesk.services.exchange_service import ExchangeService

FORMATS = {
    "ocd": "Open Civic Data (one JSON file per object)",
    "popolo": "Popolo JSON",
    "csv": "CSV for spreadsheets",
    "ics": "Calendar of meetings (.ics)",
    "wide-csv": "Roll calls, one row per vote and one column per member (CSV per body)",
}


def run_exporter(
    kind: str,
    exchange: ExchangeService,
    folder: Path,
    span: DateRange | None = None,
    *,
    body: str | None = None,
) -> int:
    """Write the export `kind` into `folder` (created if missing); returns how many files it wrote."""
    if kind not in FORMATS:
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "'{kind}' is not an export format (choose one of {value})."),
            kind=kind,
            value=", ".join(FORMATS),
        )
    folder = Path(folder).expanduser()
    try:
        folder.absolute().parent.mkdir(parents=True, exist_ok=True)  # "created if missing", as before
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("exchange", "Cannot create the folder {parent}: {value}."),
            parent=folder.parent,
            value=error.strerror or error,
        ) from None
    with staged_folder(folder) as stage:
        if kind == "ocd":
            from councildesk.exchange.ocd_write import export_ocd

            return len(export_ocd(exchange, stage, span))
        if kind == "popolo":
            from councildesk.exchange.popolo_write import export_popolo

            export_popolo(exchange, stage, span)
            return 1
        if kind == "csv":
            from councildesk.exchange.csv_export import export_csv

            return len(export_csv(exchange, stage, span))
        if kind == "wide-csv":
            from councildesk.exchange.wide_csv_write import export_wide_csv

            return len(export_wide_csv(exchange, stage, span, body))
        from councildesk.exchange.ics import export_ics

        export_ics(exchange, stage, span)
        return 1


def export_contents(
    kind: str, exchange: ExchangeService, span: DateRange | None = None
) -> list[tuple[str, bytes]]:
    """The files run_exporter writes for `kind` (ocd, popolo, csv or ics) as (name, bytes), in name order.

    Nothing is written: the website puts them straight into its own folder, which keeps a file
    whose bytes did not change (a temporary folder would write and delete each file once more).
    """
    return dict(export_each((kind,), exchange, span))[kind]


# The exports made from the exchange service's records, by the id scheme of those records.
_SCHEMES = {"ocd": "ocd", "popolo": "popolo"}
_CARRIED = ("ocd", "popolo", "csv", "ics")  # what export_contents makes


def export_each(
    kinds: Iterable[str], exchange: ExchangeService, span: DateRange | None = None
) -> Iterator[tuple[str, list[tuple[str, bytes]]]]:
    """(kind, export_contents(kind)) for each of `kinds` in that order, the rows that the OCD and
    the Popolo export both carry read once for the two (a 30-year city's: 225,000 rows, the most
    expensive part of either export)."""
    wanted = list(kinds)
    for kind in wanted:
        if kind not in _CARRIED:
            raise ValueError(f"not an export the website carries: {kind!r}")
    schemes = [_SCHEMES[kind] for kind in wanted if kind in _SCHEMES]
    records = exchange.record_sets(schemes, span) if schemes else {}
    for kind in wanted:
        # Each export's records are let go once it is made (both sets together are the peak).
        yield kind, _contents(kind, exchange, span, records.pop(_SCHEMES.get(kind, ""), []))


def _contents(
    kind: str, exchange: ExchangeService, span: DateRange | None, recs: list[Rec]
) -> list[tuple[str, bytes]]:
    if kind == "ocd":
        from councildesk.exchange.ocd_write import ocd_files

        return ocd_files(recs)
    if kind == "popolo":
        from councildesk.exchange.assemble import json_collections_text
        from councildesk.exchange.popolo import FILE_NAME
        from councildesk.exchange.popolo_write import popolo_collections

        text = "".join(json_collections_text(popolo_collections(recs)))
        return [(FILE_NAME, text.encode("utf-8"))]
    if kind == "csv":
        from councildesk.exchange.csv_export import csv_files

        return sorted(csv_files(exchange, span))
    from councildesk.exchange.ics import ICS_NAME, calendar_text

    return [(ICS_NAME, calendar_text(exchange, span).encode("utf-8"))]
