"""Benchmark: the published search index (ours) against lunr's (Python build, lunr.js reader), size and time.

    .venv/bin/python -m tests.benchmarks.bench_search_index SITE_DIR [--lunr-js PATH/lunr.min.js]

SITE_DIR is a published site (its assets/search-index.js gives the entries). lunr is not a
dependency of CouncilDesk: install it beside the benchmark to compare (pip install lunr==0.8.0,
npm install lunr@2.3.9); without it only our figures are printed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

from councildesk.publish.search_assets import SEARCH_JS, Entry, index_script


def _entries(site: Path) -> list[Entry]:
    text = (site / "assets" / "search-index.js").read_text("utf-8")
    rows = json.loads(text[text.index("[") : text.rindex("]") + 1])
    return [Entry(r["k"], r["t"], r["u"], r["x"]) for r in rows]


def _median_seconds(work: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _size(text: str) -> str:
    raw = text.encode("utf-8")
    return f"{len(raw) / 1e3:9.0f} KB ({len(gzip.compress(raw)) / 1e3:.0f} KB gzipped)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--lunr-js", type=Path, help="lunr.min.js, to count the reader's size")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    entries = _entries(args.site)
    ours = index_script(entries)
    print(f"{len(entries)} entries")
    ours_seconds = _median_seconds(lambda: index_script(entries), args.runs)
    print(f"ours:  build {ours_seconds:6.2f} s, index {_size(ours)}")
    print(f"       reader (search.js) {_size(SEARCH_JS)}")
    try:
        from lunr import lunr  # type: ignore[import-not-found]
    except ImportError:
        print("lunr: not installed (pip install lunr==0.8.0 to compare)")
        return 0
    documents = [{"id": str(n), "t": e.title, "x": e.text} for n, e in enumerate(entries)]

    def build() -> object:
        return lunr(ref="id", fields=("t", "x"), documents=documents)

    seconds = _median_seconds(build, args.runs)
    serialized = json.dumps(build().serialize(), separators=(",", ":"))  # type: ignore[attr-defined]
    # lunr's index holds no titles or links: a site must ship those beside it to show results.
    titles = json.dumps([[e.title, e.url, e.kind] for e in entries], separators=(",", ":"))
    print(f"lunr:  build {seconds:6.2f} s, index {_size(serialized)} + titles {_size(titles)}")
    if args.lunr_js and args.lunr_js.is_file():
        print(f"       reader (lunr.min.js) {_size(args.lunr_js.read_text('utf-8'))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
