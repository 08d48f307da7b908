"""Ids are the same whatever format a database was built from, and the same council imported
from a second format creates nothing new."""

from __future__ import annotations

import json
from pathlib import Path

from councildesk.db.engine import open_database
from councildesk.exchange.ocd_read import import_ocd
from councildesk.exchange.ocd_write import export_ocd
from councildesk.exchange.popolo_read import import_popolo
from councildesk.exchange.popolo_write import export_popolo
from councildesk.services.container import Services


def _ids(services: Services, folder: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """Every OCD `_id` and every Popolo (collection, id) this database exports."""
    export_ocd(services.exchange, folder / "ocd")
    popolo = export_popolo(services.exchange, folder / "popolo")
    ocd = sorted(json.loads(p.read_text())["_id"] for p in (folder / "ocd").glob("*.json"))
    doc = json.loads(popolo.read_text())
    return ocd, sorted((name, obj["id"]) for name, objs in doc.items() for obj in objs)


def test_databases_built_from_ocd_and_from_popolo_export_the_same_ids(demo, tmp_path: Path) -> None:
    services, _seed = demo
    source = _ids(services, tmp_path / "source")
    built = {}
    for name, read, path in (
        ("from-ocd", import_ocd, tmp_path / "source" / "ocd"),
        ("from-popolo", import_popolo, tmp_path / "source" / "popolo" / "popolo.json"),
    ):
        with open_database(tmp_path / f"{name}.db") as db:
            read(Services(db).exchange, path)
            built[name] = _ids(Services(db), tmp_path / name)
    assert built["from-ocd"] == built["from-popolo"] == source
    assert len(source[0]) == 46 and len(source[1]) == 63  # every object, not a lucky few


def test_the_same_council_from_a_second_format_creates_nothing(demo, tmp_path: Path) -> None:
    services, _seed = demo
    export_ocd(services.exchange, tmp_path / "ocd")
    popolo = export_popolo(services.exchange, tmp_path / "popolo")
    for first, second, path in (
        (import_ocd, import_popolo, popolo),
        (import_popolo, import_ocd, tmp_path / "ocd"),
    ):
        with open_database(tmp_path / f"{first.__name__}.db") as db:
            first(Services(db).exchange, popolo if first is import_popolo else tmp_path / "ocd")
            preview = second(Services(db).exchange, path)
            records = {t: n for t, n in preview.created.items() if t != "record_extra"}
            assert records == {}, preview.summary()
            assert not preview.updated and preview.skipped["ballot"] == 45 and preview.skipped["person"] == 14
