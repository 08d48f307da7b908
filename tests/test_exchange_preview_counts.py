"""The import preview says, in one sentence, what it would map, keep as extras and skip."""

from __future__ import annotations

import json
from pathlib import Path

from councildesk.exchange.popolo_read import import_popolo
from councildesk.services.container import Services

ROSTER = {
    "persons": [
        {"id": "p1", "name": "Ann Lee", "image": "https://example.org/a.png"},
        {"id": "p2", "name": "Bo Chan", "identifiers": [{"scheme": "wikidata", "identifier": "Q1"}]},
    ],
    "organizations": [{"id": "o1", "name": "Springfield Council", "classification": "council"}],
    "memberships": [
        {"id": "m1", "person_id": "p1", "organization_id": "o1", "role": "Mayor", "start_date": "2011"},
        {
            "id": "m2",
            "person_id": "p2",
            "organization_id": "o1",
            "role": "Councillor",
            "start_date": "2011-01-03",
        },
    ],
    "areas": [{"id": "a1", "name": "Ward 3"}, {"id": "a2", "name": "Ward 4"}],
}


def test_preview_counts_what_is_mapped_kept_and_skipped(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "roster.json"
    path.write_text(json.dumps(ROSTER))
    preview = import_popolo(services.exchange, path, dry_run=True)
    assert preview.summary() == (
        "roster.json would create 1 body, 2 memberships and 2 people, and would update nothing; "
        "would map 1 date and 2 roles; would keep 2 fields as extras; "
        "would skip 2 areas (Ward 3 and Ward 4); 1 warning."
    )
    applied = import_popolo(services.exchange, path)
    assert "; mapped 1 date and 2 roles; kept 2 fields as extras; skipped 2 areas (Ward 3 and Ward 4);" in (
        applied.summary()
    )
