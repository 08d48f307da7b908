"""One entry point for every importer, by format name (used by the command line and the window)."""

from __future__ import annotations

from pathlib import Path

from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP, said
from councildesk.services.exchange_records import ImportPreview
from councildesk.services.exchange_service import ExchangeService
from councildesk.services.import_run import ImportRun, running

# The formats by name; the window and the command line describe them in their own declared words
# (ui/exchange_actions.IMPORT_FORMATS, the `import` command's help).
FORMATS = ("ocd", "popolo", "legistar", "csv", "wide-csv")
# The run's last progress line, declared (the window shows it in the clerk's language).
PREVIEWED = QT_TRANSLATE_NOOP("exchange", "Previewed: nothing was changed.")
COMMITTED = QT_TRANSLATE_NOOP("exchange", "Committed.")


def run_importer(
    kind: str, exchange: ExchangeService, path: Path, *, dry_run: bool, run: ImportRun | None = None
) -> ImportPreview:
    """Preview (dry_run) or apply an import; every failure is a UserError and changes nothing.

    `run` bounds it (records, bytes), hears its phases and carries its Cancel; the default limits
    apply without one.
    """
    path = Path(path)
    if not path.exists():
        raise UserError(QT_TRANSLATE_NOOP("exchange", "There is no file or folder {path}."), path=path)
    run = run or ImportRun()
    if path.is_dir():
        # A folder is bounded in total, refused from the sizes alone before any file is read.
        total = sum(p.stat().st_size for p in path.glob("*.json") if p.is_file())
        if total > run.limits.max_bytes:
            run.take_bytes(path.name, total)  # raises the one sentence about the limit
    with running(run):
        preview = _dispatch(kind, exchange, path, dry_run=dry_run)
    run.say(said(PREVIEWED) if dry_run else said(COMMITTED))  # too late to cancel
    return preview


def _dispatch(kind: str, exchange: ExchangeService, path: Path, *, dry_run: bool) -> ImportPreview:
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
            raise UserError(
                QT_TRANSLATE_NOOP("exchange", "{path} is a folder; choose the roster .csv file."), path=path
            )
        return import_roster(exchange, path, dry_run=dry_run)
    if kind == "wide-csv":
        from councildesk.exchange.wide_csv_read import import_wide_csv

        return import_wide_csv(exchange, _roll_call_file(path), dry_run=dry_run)
    raise UserError(
        QT_TRANSLATE_NOOP("exchange", "'{kind}' is not an import format (choose one of {value})."),
        kind=kind,
        value=", ".join(FORMATS),
    )


def _roll_call_file(path: Path) -> Path:
    """`export wide-csv` writes a folder: its one roll-call file is read, several are named to pick from."""
    if not path.is_dir():
        return path
    found = sorted(path.glob("*-roll-calls.csv")) or sorted(path.glob("*.csv"))
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "exchange", "{path} is a folder with no roll-call .csv file in it; choose the file to import."
            ),
            path=path,
        )
    names = ", ".join(f.name for f in found)
    raise UserError(
        QT_TRANSLATE_NOOP(
            "exchange",
            "{path} holds {found_count} roll-call files ({names}); import one at a time, "
            "for instance {found}.",
        ),
        path=path,
        found_count=len(found),
        names=names,
        found=found[0],
    )
