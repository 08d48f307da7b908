"""One entry point for every importer, by format name (used by the command line and the window)."""

from __future__ import annotations

from pathlib import Path

from councildesk.domain.errors import UserError
from councildesk.services.exchange_records import ImportPreview
from councildesk.services.exchange_service import ExchangeService

FORMATS = {
    "ocd": "Open Civic Data (folder of .json files)",
    "popolo": "Popolo JSON",
    "legistar": "Legistar Web API JSON",
    "csv": "Roster CSV (people, seats, terms, roles)",
}


def run_importer(kind: str, exchange: ExchangeService, path: Path, *, dry_run: bool) -> ImportPreview:
    """Preview (dry_run) or apply an import; every failure is a UserError and changes nothing."""
    path = Path(path)
    if not path.exists():
        raise UserError(f"There is no file or folder {path}.")
    if kind == "ocd":
        from councildesk.exchange.ocd_read import import_ocd

        return import_ocd(exchange, path, dry_run=dry_run)
    if kind == "popolo":
        from councildesk.exchange.popolo_read import import_popolo

        return import_popolo(exchange, path, dry_run=dry_run)
    if kind == "legistar":
        from councildesk.exchange.legistar import import_legistar

        return import_legistar(exchange, path, dry_run=dry_run)
    if kind == "csv":
        from councildesk.exchange.roster_csv import import_roster

        if path.is_dir():
            raise UserError(f"{path} is a folder; choose the roster .csv file.")
        return import_roster(exchange, path, dry_run=dry_run)
    raise UserError(f"'{kind}' is not an import format (choose one of {', '.join(FORMATS)}).")
