"""Draws the site's PDFs in worker processes over every core, written in the order they were asked for."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from councildesk.publish.site_folder import SiteFolder

# Below this many drawings a publish draws them itself: starting workers costs about a second.
POOL_FROM = 60
# Drawings finished but not yet written are held in memory; past this many the oldest is written.
IN_FLIGHT = 64


def _workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Drawer:
    """Takes (path, function, arguments) and writes each file's bytes into the folder in that order.

    The functions draw from DTOs only (no database), so a worker needs nothing but the arguments;
    workers are spawned (never forked from a process holding database connections or Qt).
    """

    def __init__(self, folder: SiteFolder, expected: int) -> None:
        self.folder = folder
        self._pool: ProcessPoolExecutor | None = None
        self._pending: deque[tuple[str, Future[bytes | str]]] = deque()
        if expected >= POOL_FROM and _workers() > 1:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(max_workers=_workers(), mp_context=context)

    def draw(self, relative: str, make: Callable[..., bytes | str], *args: Any) -> None:
        """The file at `relative` is `make(*args)`; it counts as written now (for the page's group)."""
        self.folder.reserve(relative)
        if self._pool is None:
            self.folder.put(relative, make(*args))
            return
        self._pending.append((relative, self._pool.submit(make, *args)))
        while len(self._pending) > IN_FLIGHT:
            self._write_oldest()

    def _write_oldest(self) -> None:
        relative, future = self._pending.popleft()
        self.folder.put(relative, future.result())

    def finish(self) -> None:
        """Write every drawing still pending, then stop the workers."""
        try:
            while self._pending:
                self._write_oldest()
        finally:
            self.close()

    def close(self) -> None:
        """Stop the workers; drawings not yet written are dropped (a cancelled or failed publish)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._pending.clear()
