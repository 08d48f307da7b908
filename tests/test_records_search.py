"""Full-text search: the FTS5 index follows every change through the services; odd queries never raise."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from councildesk.db.full_text import INDEXED
from councildesk.domain.search_terms import parse_query
from councildesk.services.container import Services
from councildesk.services.voting_record_dto import HIT_END, HIT_START
from councildesk.services.voting_record_service import VotingRecordService
from tests.helpers import table_dump

HOSTILE = [
    '"Secure',
    'Secure Communities"',
    "secure*",
    "*",
    "**secure",
    "NEAR(secure communities)",
    "NEAR(",
    "secure NEAR/2 communities",
    "'; DROP TABLE agenda_item; --",
    "1=1 OR 1=1",
    "title:secure",
    "agenda_item_fts:secure",
    "secure AND OR NOT",
    "-secure +program",
    "^secure",
    "()",
    '"',
    '""',
    "a",
    "ab",
    "",
    "   ",
    "ñandú Łukasz Nguyễn",
    "%_%",
    "x" * 500,
    "\x00secure",
]


def fts_integrity(services: Services) -> None:
    """FTS5's own check that the external-content index matches its tables."""
    with services.db.engine.begin() as conn:
        for t in INDEXED:
            conn.execute(text(f"INSERT INTO {t.fts}({t.fts}, rank) VALUES ('integrity-check', 1)"))


def found(services: Services, query: str) -> set[tuple[str, int | None]]:
    return {(h.source, h.item_id) for h in services.voting_records.search(query).hits}


def test_demo_secure_communities_finds_the_item(demo: tuple[Services, int]) -> None:
    services, seed = demo
    results = services.voting_records.search("Secure Communities")
    assert results.engine == "fts5" and not results.message
    item_hits = [h for h in results.hits if h.source == "agenda item"]
    assert item_hits and item_hits[0].meeting_id == seed
    assert (
        f"{HIT_START}Secure{HIT_END}" in item_hits[0].snippet
        or f"{HIT_START}Secure Communities" in item_hits[0].snippet
    )
    speakers = services.voting_records.search("Bookbinder")
    assert [(h.source, h.meeting_id) for h in speakers.hits] == [("speaker", seed)]
    assert services.voting_records.search("Leeds").hits  # residence is searchable too


def test_index_follows_inserts_edits_and_deletes(demo: tuple[Services, int]) -> None:
    services, seed = demo
    item = services.agenda.add_item(seed, "Report on the zeppelin hangar", body="Airship mooring")
    assert found(services, "zeppelin") == {("agenda item", item.id)}
    assert found(services, "mooring") == {("agenda item", item.id)}
    services.agenda.update_item(item.id, title="Report on the blimp hangar", discussion="Helium prices")
    assert found(services, "zeppelin") == set()
    assert found(services, "blimp") == {("agenda item", item.id)}
    assert found(services, "helium") == {("agenda item", item.id)}
    speaker = services.speakers.add_speaker(item.id, name="Quentin Quarrier", affiliation="Aeronaut Guild")
    motion = services.motions.make_motion(item.id, "To accept the dirigible report.")
    assert found(services, "quarrier") == {("speaker", item.id)}
    assert found(services, "dirigible") == {("motion", item.id)}
    services.speakers.update_speaker(speaker.id, affiliation="Balloon Club")
    assert found(services, "aeronaut") == set() and found(services, "balloon") == {("speaker", item.id)}
    services.motions.update_motion(motion.id, text="To accept the airship report.")
    assert found(services, "dirigible") == set()
    services.speakers.delete_speaker(speaker.id)
    services.motions.delete_motion(motion.id)
    assert found(services, "quarrier") == set() and found(services, "accept airship") == set()
    matter = services.matters.create_matter(
        "R-11-099", "Resolution on quokkas", full_text="Marsupial welfare"
    )
    assert found(services, "marsupial") == {("matter", None)}  # not on any agenda yet
    services.matters.update_matter(matter.id, full_text="Wombat welfare")
    assert found(services, "marsupial") == set() and found(services, "wombat") == {("matter", None)}
    services.agenda.delete_item(item.id)
    assert found(services, "blimp") == set() and found(services, "helium") == set()
    fts_integrity(services)


@pytest.mark.parametrize("query", HOSTILE)
@pytest.mark.parametrize("force_like", [False, True])
def test_hostile_queries_never_raise(demo: tuple[Services, int], query: str, force_like: bool) -> None:
    services, _seed = demo
    records = VotingRecordService(services.db, force_like_search=force_like)
    before = table_dump(services.db)
    results = records.search(query)
    assert results.hits or results.message  # either something found or a plain sentence saying why not
    assert "\n" not in results.message and not results.message.lower().startswith(("traceback", "sqlite"))
    assert table_dump(services.db) == before


def test_short_queries_get_a_plain_message(demo: tuple[Services, int]) -> None:
    services, _ = demo
    assert services.voting_records.search("ab").message == "Type at least 3 letters to search."
    assert services.voting_records.search("  ").message == "Type a word to search for."
    assert "Nothing matches" in services.voting_records.search("xylophonist").message


def test_operators_are_searched_as_words() -> None:
    assert parse_query("NEAR(secure communities)").fts5() == '"NEAR" "secure" "communities"'
    assert parse_query('"secure communities" prog*').fts5() == '"secure communities" "prog"*'
    assert parse_query("'; DROP TABLE x; --").fts5() == '"DROP" "TABLE" "x"'
    assert parse_query('"unbalanced quote').fts5() == '"unbalanced" "quote"'


def test_prefix_and_phrase(demo: tuple[Services, int]) -> None:
    services, _ = demo
    assert found(services, "Sienk*")  # prefix of Sienkiewicz in the item discussion
    assert not found(services, "Sienk")
    assert found(services, '"federal Secure Communities"')
    assert not found(services, '"Communities federal"')


def test_like_fallback_finds_the_same_rows(demo: tuple[Services, int]) -> None:
    services, _ = demo
    like = VotingRecordService(services.db, force_like_search=True)
    for query in ("Secure Communities", "Bookbinder", "parking", "condemning"):
        fts = {(h.source, h.item_id) for h in services.voting_records.search(query).hits}
        slow = {(h.source, h.item_id) for h in like.search(query).hits}
        assert fts == slow, query
    hit = like.search("bookbinder").hits[0]
    assert f"{HIT_START}Bookbinder{HIT_END}" in hit.snippet and like.search("bookbinder").engine == "like"


def test_a_common_word_ranks_only_the_newest_candidates(demo: tuple[Services, int]) -> None:
    """Beyond `candidates` matches a table ranks only its newest rows; below that, every match."""
    from councildesk.services.full_text_search import search

    services, seed = demo
    best = services.agenda.add_item(seed, "Zeppelin zeppelin zeppelin zeppelin", body="Zeppelin")
    newer = [services.agenda.add_item(seed, f"Zeppelin report {n}") for n in range(6)]

    def item_ids(candidates: int) -> list[int | None]:
        with services.db.reading() as s:
            hits = search(s, "zeppelin", 50, candidates=candidates).hits
        return [h.item_id for h in hits if h.source == "agenda item"]

    everything = item_ids(candidates=100)
    assert everything[0] == best.id and len(everything) == 7
    bounded = item_ids(candidates=3)
    assert sorted(bounded) == sorted(i.id for i in newer[-3:])
