"""The site's open data (OCD, Popolo, CSV, ICS) made in a worker process beside the pages.

The exports read a 30-year city's 225,000 rows and encode them: about half of what the publishing
process itself would spend. Made in a worker that opens the database itself (read only), they
cost the pages nothing; a small site makes them in-process, where starting a worker would cost more.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from councildesk.services.container import Services
    from councildesk.services.exchange_records import DateRange

# Each export's files: (kind, [(file name, contents)]), in the order of the kinds asked for.
Exports = list[tuple[str, list[tuple[str, bytes]]]]


def exports_here(services: Services, kinds: list[str], span: DateRange) -> Exports:
    """The exports of `kinds`, made in this process from `services`."""
    from councildesk.exchange.exporters import export_each

    return list(export_each(kinds, services.exchange, span))


def exports_elsewhere(target: str, kinds: list[str], span: DateRange) -> tuple[Exports, float]:
    """The exports of `kinds` read from the database at `target` (a worker's task), and the CPU
    seconds they took there."""
    from councildesk.wiring import close_services, open_services

    started = time.process_time()
    # Read only, no lock and no file check: the publishing process has opened (and checked) it.
    services = open_services(target, read_only=True, defer_check=True)
    try:
        made = exports_here(services, kinds, span)
    finally:
        close_services(services)
    return made, time.process_time() - started


def start_exports(
    services: Services, kinds: list[str], span: DateRange, start: Callable[..., Callable[[], Any]] | None
) -> Callable[[], tuple[Exports, float]]:
    """Begin the exports of `kinds`: in a worker when `start` (the drawer's) is given, else here
    when asked for. Returns what gives them, with the CPU seconds a worker spent."""
    if start is None or not kinds:
        return lambda: (exports_here(services, kinds, span), 0.0)
    return start(exports_elsewhere, services.database.target, kinds, span)
