"""Draws the site's PDFs in worker processes over every core, written in the order they were asked for."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from councildesk.publish.site_folder import SiteFolder

# Below this many drawings a publish draws them itself: starting workers costs about a second.
POOL_FROM = 60
# Drawings finished but not yet written are held in memory; past this many the oldest is written.
IN_FLIGHT = 64

# What a drawing task returns: the contents of its files, in the order of their paths, and the
# CPU seconds it spent on each kind of drawing (measured where it ran, in the worker).
Drawn = tuple[tuple[bytes | str, ...], dict[str, float]]


def workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_pool(expected: int) -> ProcessPoolExecutor | None:
    """Spawned workers, one per core, for `expected` drawings; None where drawing here is cheaper
    (few drawings, or one core)."""
    if expected < POOL_FROM or workers() < 2:
        return None
    return ProcessPoolExecutor(max_workers=workers(), mp_context=multiprocessing.get_context("spawn"))


def timed(kind: str, make: Callable[..., bytes | str], *args: Any) -> Drawn:
    """One file, `make(*args)`, with the CPU time it took counted under `kind`."""
    started = time.process_time()
    data = make(*args)
    return (data,), {kind: time.process_time() - started}


class Drawer:
    """Takes (paths, task, arguments) and writes each file's bytes into the folder in that order.

    The tasks draw from DTOs only (no database), so a worker needs nothing but the arguments, which
    are pickled once per task (a task that draws several files from one record sends it once);
    workers are spawned (never forked from a process holding database connections or Qt).
    """

    def __init__(self, folder: SiteFolder, expected: int) -> None:
        self.folder = folder
        self._pool = worker_pool(expected)
        self._pending: deque[tuple[tuple[str, ...], Future[Drawn]]] = deque()
        # CPU seconds spent drawing, per kind (in the workers, or here when there are none).
        self.cpu: dict[str, float] = {}
        self.count: dict[str, int] = {}

    def draw(self, relative: str, make: Callable[..., bytes | str], *args: Any, kind: str = "other") -> None:
        """The file at `relative` is `make(*args)`; it counts as written now (for the page's group)."""
        self.draw_files((relative,), timed, kind, make, *args)

    def draw_files(self, paths: tuple[str, ...], task: Callable[..., Drawn], *args: Any) -> None:
        """The files at `paths` are what `task(*args)` returns; they count as written now."""
        for relative in paths:
            self.folder.reserve(relative)
        if self._pool is None:
            self._put(paths, task(*args))
            return
        self._pending.append((paths, self._pool.submit(task, *args)))
        while len(self._pending) > IN_FLIGHT:
            self._write_oldest()

    @property
    def pooled(self) -> bool:
        """True when drawings are made in worker processes."""
        return self._pool is not None

    def start(self, task: Callable[..., Any], *args: Any) -> Callable[[], Any]:
        """Run `task(*args)` in a worker beside the drawings; what is returned gives its result."""
        if self._pool is None:
            return lambda: task(*args)
        return self._pool.submit(task, *args).result

    def _put(self, paths: tuple[str, ...], drawn: Drawn) -> None:
        files, cpu = drawn
        for relative, data in zip(paths, files, strict=True):
            self.folder.put(relative, data)
        for kind, seconds in cpu.items():
            self.cpu[kind] = self.cpu.get(kind, 0.0) + seconds
            self.count[kind] = self.count.get(kind, 0) + 1

    def _write_oldest(self) -> None:
        paths, future = self._pending.popleft()
        self._put(paths, future.result())

    def finish(self) -> None:
        """Write every drawing still pending, then stop the workers."""
        try:
            while self._pending:
                self._write_oldest()
        finally:
            self._stop(wait_for_running=True)

    def close(self) -> None:
        """Stop the workers at once; work not yet written is dropped (a cancelled or failed publish)."""
        self._stop(wait_for_running=False)

    def _stop(self, *, wait_for_running: bool) -> None:
        if self._pool is not None:
            if not wait_for_running:
                # A task still running (the open data takes half a minute) is not waited for.
                processes = getattr(self._pool, "_processes", None) or {}
                for process in list(processes.values()):
                    process.terminate()
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._pending.clear()
