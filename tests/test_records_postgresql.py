"""Voting records and search on a real PostgreSQL server: migrations 0001+0002, tsvector search, records."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from councildesk.db.engine import Database, open_database
from councildesk.domain.enums import BallotOption, VoteResult
from councildesk.sample.demo import load_demo
from councildesk.services.container import Services
from councildesk.services.voting_record_dto import HIT_END, HIT_START, RecordFilter
from councildesk.services.voting_record_service import VotingRecordService
from tests.helpers import table_dump
from tests.pg_server import pg_admin_url, pg_url  # noqa: F401 - fixtures
from tests.records_fixture import build_council
from tests.test_records_search import HOSTILE


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:  # noqa: F811
    database = open_database(pg_url)
    yield database
    database.close()


def test_migrations_create_the_search_indexes(pg_db: Database) -> None:
    assert pg_db.engine.dialect.name == "postgresql"
    with pg_db.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        indexes = set(
            conn.execute(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix_%_tsv'")).scalars()
        )
    assert version >= "0002"
    assert indexes == {"ix_agenda_item_tsv", "ix_matter_tsv", "ix_motion_tsv", "ix_speaker_tsv"}


def test_demo_record_and_search_on_postgresql(pg_db: Database) -> None:
    services = Services(pg_db)
    seed = load_demo(services)
    pid, _ = services.voting_records.find_member("Pamela Schwartz")
    rows = services.voting_records.record_page(pid, RecordFilter(text="secure communities")).rows
    assert [(r.meeting_id, r.option, r.result) for r in rows] == [(seed, BallotOption.YES, VoteResult.PASS)]
    results = services.voting_records.search("Secure Communities")
    assert results.engine == "postgresql"
    items = [h for h in results.hits if h.source == "agenda item"]
    assert items and items[0].meeting_id == seed and items[0].item_id is not None
    assert HIT_START in items[0].snippet and HIT_END in items[0].snippet
    assert [h.source for h in services.voting_records.search("Bookbinder").hits] == ["speaker"]


def test_known_answers_on_postgresql(pg_db: Database) -> None:
    services = Services(pg_db)
    c = build_council(services)
    a = services.voting_records.summary(c.a)
    assert (a.ballots, a.decided, a.with_majority, a.meetings_seated, a.meetings_present) == (4, 3, 2, 3, 3)
    d = services.voting_records.summary(c.d)
    assert (d.meetings_seated, d.meetings_present, d.counts[BallotOption.EXCUSED]) == (3, 2, 2)
    cy = services.voting_records.summary(c.c)
    assert [r.reason for r in cy.recusals] == ["Brother sells fire trucks"]
    m = services.voting_records.agreement()
    i, j = m.person_ids.index(c.a), m.person_ids.index(c.b)
    assert (m.split_votes, m.agree[i][j], m.together[i][j]) == (3, 1, 3)
    history = services.voting_records.matter_history(c.parking_matter)
    assert [s.stage for s in history.steps] == ["referred", "amended and adopted"]
    page = services.voting_records.record_page(c.a, offset=2, limit=2)
    assert (page.total, len(page.rows)) == (4, 2)


def test_search_follows_edits_on_postgresql(pg_db: Database) -> None:
    services = Services(pg_db)
    seed = load_demo(services)
    item = services.agenda.add_item(seed, "Report on the zeppelin hangar")
    assert [h.item_id for h in services.voting_records.search("zeppelin").hits] == [item.id]
    services.agenda.update_item(item.id, title="Report on the blimp hangar")
    assert services.voting_records.search("zeppelin").hits == ()
    services.agenda.delete_item(item.id)
    assert services.voting_records.search("blimp").hits == ()


@pytest.mark.parametrize("force_like", [False, True])
def test_hostile_queries_on_postgresql(pg_db: Database, force_like: bool) -> None:
    services = Services(pg_db)
    load_demo(services)
    records = VotingRecordService(pg_db, force_like_search=force_like)
    before = table_dump(pg_db)
    for query in HOSTILE:
        results = records.search(query)
        assert results.hits or results.message, query
    assert table_dump(pg_db) == before


def test_phrases_and_prefixes_on_postgresql(pg_db: Database) -> None:
    services = Services(pg_db)
    load_demo(services)
    search = services.voting_records.search
    assert search('"federal Secure Communities"').hits
    assert not search('"Communities federal"').hits  # a phrase keeps its word order
    assert search("Sienk*").hits and not search("Sienk").hits
    assert search("secure communities program").hits
