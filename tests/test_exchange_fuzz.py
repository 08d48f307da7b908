"""Fuzzing the importers: mutated valid documents must give a UserError or a clean import, never a crash
or a partial write. COUNCILDESK_FUZZ_EXAMPLES sets the examples per importer (default 200)."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councildesk.db.engine import Database, open_database
from councildesk.domain.errors import UserError
from councildesk.exchange.legistar import import_legistar
from councildesk.exchange.ocd_read import import_ocd
from councildesk.exchange.ocd_write import export_ocd
from councildesk.exchange.popolo_read import import_popolo
from councildesk.exchange.popolo_write import export_popolo
from councildesk.exchange.roster_csv import import_roster
from councildesk.sample.demo import load_demo
from councildesk.services.container import Services
from tests.helpers import table_dump

EXAMPLES = int(os.environ.get("COUNCILDESK_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the default run is the same every time; raise EXAMPLES for a wider search
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
TRIED: dict[str, int] = {}

json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 10**12), st.floats(allow_nan=False), st.text(max_size=20)
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def paths(value: Any, prefix: tuple = ()) -> Iterator[tuple]:
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, (*prefix, i))


def mutate(data: st.DataObject, doc: Any) -> bytes:
    """One of: drop a key, change a value's type, duplicate a list item, truncate, random bytes."""
    how = data.draw(st.sampled_from(["drop", "replace", "duplicate", "truncate", "bytes", "swap-option"]))
    text = json.dumps(doc)
    if how == "bytes":
        return data.draw(st.binary(max_size=200))
    if how == "truncate":
        return text.encode()[: data.draw(st.integers(0, max(0, len(text) - 1)))]
    doc = json.loads(text)
    where = data.draw(st.sampled_from(list(paths(doc))[1:] or [()]))
    if not where:
        return json.dumps(data.draw(json_value)).encode()
    parent = doc
    for step in where[:-1]:
        parent = parent[step]
    last = where[-1]
    if how == "drop" and isinstance(parent, dict):
        del parent[last]
    elif how == "duplicate" and isinstance(parent, list):
        parent.append(parent[last])
    elif how == "swap-option":
        parent[last] = data.draw(
            st.sampled_from(["aye", "nay", "paired", "not voting", "maybe", "", "pass", "x"])
        )
    else:
        parent[last] = data.draw(json_value)
    return json.dumps(doc).encode()


def check(name: str, db: Database, run: Callable[[], object]) -> None:
    TRIED[name] = TRIED.get(name, 0) + 1
    before = table_dump(db)
    try:
        run()
    except UserError as error:
        assert str(error).strip(), "a refusal must say why"
        assert table_dump(db) == before, "a refused import must leave the database as it was"


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with open_database(folder / "demo.db") as demo:
            load_demo(Services(demo))
            export_ocd(Services(demo).exchange, folder / "ocd")
            export_popolo(Services(demo).exchange, folder / "popolo")
        yield folder


@pytest.fixture(scope="module")
def target(workdir: Path) -> Iterator[Database]:
    with open_database(workdir / "target.db") as db:
        yield db


@FUZZ
@given(data=st.data())
def test_fuzz_ocd(workdir: Path, target: Database, data: st.DataObject) -> None:
    files = sorted((workdir / "ocd").glob("*.json"))
    chosen = data.draw(
        st.sampled_from([f for f in files if f.name.startswith(("event_", "vote_event_", "bill_"))])
    )
    folder = workdir / "ocd-case"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for f in files:
        (folder / f.name).write_bytes(f.read_bytes())
    (folder / chosen.name).write_bytes(mutate(data, json.loads(chosen.read_text())))
    check("ocd", target, lambda: import_ocd(Services(target).exchange, folder))


@FUZZ
@given(data=st.data())
def test_fuzz_popolo(workdir: Path, target: Database, data: st.DataObject) -> None:
    doc = json.loads((workdir / "popolo" / "popolo.json").read_text())
    path = workdir / "popolo-case.json"
    path.write_bytes(mutate(data, doc))
    check("popolo", target, lambda: import_popolo(Services(target).exchange, path))


@FUZZ
@given(data=st.data())
def test_fuzz_popolo_spec_examples(
    shared_data: Path, workdir: Path, target: Database, data: st.DataObject
) -> None:
    source = data.draw(st.sampled_from(sorted((shared_data / "popolo-spec-examples").glob("*.json"))))
    path = workdir / "spec-case.json"
    path.write_bytes(mutate(data, json.loads(source.read_text())))
    check("popolo-spec", target, lambda: import_popolo(Services(target).exchange, path))


@FUZZ
@given(data=st.data())
def test_fuzz_legistar(shared_data: Path, workdir: Path, target: Database, data: st.DataObject) -> None:
    items = json.loads(
        (shared_data / "oakland_legistar-api_eventitems_event-8172_public-safety_2019-04-23.json").read_text()
    )
    path = workdir / "legistar_2019-04-23.json"
    path.write_bytes(mutate(data, items[:8]))
    check("legistar", target, lambda: import_legistar(Services(target).exchange, path))


@FUZZ
@given(data=st.data())
def test_fuzz_roster(workdir: Path, target: Database, data: st.DataObject) -> None:
    rows = [
        ["name", "title", "body", "seat", "role", "start_date", "end_date", "voting"],
        ["Ann Lee", "Councilor", "Fuzz Council", "Ward 1", "president", "2024-01-01", "", "yes"],
        ["Bo Diaz", "", "Fuzz Council", "Ward 2", "member", "2024-01-01", "2025-12-31", "no"],
    ]
    raw = mutate(data, rows)
    try:
        table = json.loads(raw)
        text = "\r\n".join(",".join(str(c) for c in (r if isinstance(r, list) else [r])) for r in table)
        body = text.encode()
    except (ValueError, TypeError):
        body = raw
    path = workdir / "roster-case.csv"
    path.write_bytes(body)
    check("roster", target, lambda: import_roster(Services(target).exchange, path))


def test_report_how_many_inputs_were_tried() -> None:
    # Runs last in this module (pytest keeps file order): every importer saw its examples.
    print(f"fuzzed inputs per importer: {TRIED}")
    assert set(TRIED) <= {"ocd", "popolo", "popolo-spec", "legistar", "roster"} and TRIED
    assert all(n >= min(EXAMPLES, 50) for n in TRIED.values())
