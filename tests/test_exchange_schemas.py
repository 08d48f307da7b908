"""Every exported object validates: Popolo against the official Popolo schemas, OCD against pupa's."""

from __future__ import annotations

import datetime
import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from jsonschema import Draft3Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT3

from councildesk.db.engine import open_database
from councildesk.exchange.ocd_write import export_ocd
from councildesk.exchange.popolo_write import export_popolo
from councildesk.sample.demo import load_demo
from councildesk.sample.generator import generate
from councildesk.services.container import Services

COLLECTION_SCHEMA = {
    "organizations": "organization",
    "persons": "person",
    "posts": "post",
    "memberships": "membership",
    "events": "event",
    "motions": "motion",
    "vote_events": "vote_event",
    "speeches": "speech",
}


@pytest.fixture(scope="module", params=["demo", "generated year"])
def exported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp(request.param.replace(" ", "-"))
    with open_database(folder / "city.db") as db:
        services = Services(db)
        if request.param == "demo":
            load_demo(services)
        else:
            generate(db, years=1)
        export_popolo(services.exchange, folder / "popolo")
        export_ocd(services.exchange, folder / "ocd")
    yield folder


def failures(validator: Any, objects: list[dict[str, Any]]) -> list[str]:
    out = []
    for obj in objects:
        errors = list(validator.iter_errors(obj))
        if errors:
            out.append(f"{obj.get('id') or obj.get('_id')}: {errors[0].message}")
    return out


def test_popolo_export_validates_against_the_official_schemas(exported: Path, shared_data: Path) -> None:
    folder = shared_data / "popolo-schemas"
    if not folder.is_dir():
        pytest.skip(f"needs the Popolo schemas in {folder}, which is absent")
    schemas = [json.loads(p.read_text()) for p in folder.glob("*.json")]
    registry = Registry().with_resources(
        [(s["id"], Resource(s, DRAFT3)) for s in schemas]
        + [(s["id"].rstrip("#"), Resource(s, DRAFT3)) for s in schemas]
    )
    by_name = {s["id"].rsplit("/", 1)[1].split(".")[0]: s for s in schemas}
    data = json.loads((exported / "popolo" / "popolo.json").read_text())
    checked, bad = 0, []
    for collection, schema in COLLECTION_SCHEMA.items():
        validator = Draft3Validator(by_name[schema], registry=registry, format_checker=FormatChecker())
        checked += len(data[collection])
        bad += failures(validator, data[collection])
    assert checked > 50 and bad == []


def pupa_validator(schema: dict[str, Any]) -> Any:
    """The validator pupa's scrapers run before saving (pupa/scrape/base.py: draft 3, its date types
    and its http-only uri format, registered when pupa.scrape.base is imported)."""
    checker = Draft3Validator.TYPE_CHECKER.redefine(
        "datetime", lambda c, d: isinstance(d, datetime.date | datetime.datetime)
    ).redefine("date", lambda c, d: isinstance(d, datetime.date) and not isinstance(d, datetime.datetime))
    cls = jsonschema.validators.extend(Draft3Validator, type_checker=checker)
    return cls(schema, format_checker=FormatChecker())


def test_ocd_export_passes_pupas_validation(exported: Path) -> None:
    with warnings.catch_warnings():
        # pupa registers its http-only uri check through an API jsonschema has deprecated.
        warnings.simplefilter("ignore", DeprecationWarning)
        from pupa.scrape.schemas import (
            bill,
            event,
            jurisdiction,
            membership,
            organization,
            person,
            post,
            vote_event,
        )

    schemas = {
        "jurisdiction": jurisdiction.schema,
        "organization": organization.schema,
        "person": person.schema,
        "post": post.schema,
        "membership": membership.schema,
        "bill": bill.schema,
        "event": event.schema,
        "vote_event": vote_event.schema,
    }
    docs = [json.loads(p.read_text()) for p in sorted((exported / "ocd").glob("*.json"))]
    bad = []
    for doc in docs:
        bad += failures(pupa_validator(schemas[doc["_type"]]), [doc])
    assert len(docs) > 40 and bad == []
    kinds = {d["_type"]: d for d in docs}
    assert kinds["person"]["_id"].startswith("ocd-person/") and kinds["event"]["_id"].startswith("ocd-event/")
    assert kinds["vote_event"]["_id"].startswith("ocd-vote/") and kinds["bill"]["_id"].startswith("ocd-bill/")
    assert kinds["jurisdiction"]["_id"].startswith("ocd-jurisdiction/country:us/place:")
    assert all(d["sources"] for d in docs if d["_type"] != "jurisdiction")
    assert kinds["jurisdiction"]["legislative_sessions"]
    assert all(d["legislative_session"] for d in docs if d["_type"] in ("bill", "vote_event"))
