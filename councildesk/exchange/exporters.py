"""One entry point for every open-data export, by format name (used by the command line and the window).

Each export is written into a hidden folder beside the target and its files are renamed into place
only when all of them are whole, so a full disk half-way leaves the target folder as it was.
"""

from __future__ import annotations

from pathlib import Path

from councildesk.atomic_output import staged_folder
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP
from councildesk.services.exchange_records import DateRange
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
    if kind == "ocd":
        from councildesk.exchange.assemble import dump_json
        from councildesk.exchange.ocd import SCHEME as OCD
        from councildesk.exchange.ocd_write import ocd_documents

        documents = ocd_documents(exchange.records(OCD, span))
        return [(name, dump_json(doc).encode("utf-8")) for name, doc in sorted(documents.items())]
    if kind == "popolo":
        from councildesk.exchange.assemble import json_collections_text
        from councildesk.exchange.popolo import FILE_NAME
        from councildesk.exchange.popolo import SCHEME as POPOLO
        from councildesk.exchange.popolo_write import popolo_collections

        text = "".join(json_collections_text(popolo_collections(exchange.records(POPOLO, span))))
        return [(FILE_NAME, text.encode("utf-8"))]
    if kind == "csv":
        from councildesk.exchange.csv_export import csv_files

        return sorted(csv_files(exchange, span))
    if kind == "ics":
        from councildesk.exchange.ics import ICS_NAME, calendar_text

        return [(ICS_NAME, calendar_text(exchange, span).encode("utf-8"))]
    raise ValueError(f"not an export the website carries: {kind!r}")
