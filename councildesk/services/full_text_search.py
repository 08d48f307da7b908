"""Ranked full-text search over items, matters, motions and speakers: FTS5, PostgreSQL, or LIKE."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from councildesk.db.full_text import INDEXED, PG_CONFIG, has_fts5_index, pg_document
from councildesk.domain.search_terms import ParsedQuery, parse_query
from councildesk.services.voting_record_dto import HIT_END, HIT_START, SearchHit, SearchResults

SOURCE_LABEL = {"agenda_item": "agenda item", "matter": "matter", "motion": "motion", "speaker": "speaker"}
SNIPPET_CONTEXT = 60  # characters either side of the first match in the LIKE fallback
# bm25() costs the same for every row that matches: "the" matches 56,000 agenda items in a
# 100-year city (0.3 s). Beyond this many matches in a table, only its most recent this-many rows
# (FTS5 walks rowids in order, so finding where they start is cheap) are ranked.
RANKED_CANDIDATES = 2000

# How each indexed row reaches the meeting and agenda item the UI opens. A matter opens at the
# most recent item that took it up (it may have none yet).
_PLACE = {
    "agenda_item": "SELECT src.id AS item_id FROM agenda_item src",
    "motion": "SELECT src.agenda_item_id AS item_id FROM motion src",
    "speaker": "SELECT src.agenda_item_id AS item_id FROM speaker src",
    "matter": (
        "SELECT (SELECT ai.id FROM agenda_item ai JOIN meeting mm ON mm.id = ai.meeting_id "
        "WHERE ai.matter_id = src.id ORDER BY mm.scheduled_start DESC, ai.id DESC LIMIT 1) AS item_id "
        "FROM matter src"
    ),
}


def engine_for(s: Session, force_like: bool = False) -> str:
    if force_like:
        return "like"
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        return "postgresql"
    return "fts5" if has_fts5_index(s.connection()) else "like"


def search(
    s: Session,
    raw: str,
    limit: int = 50,
    *,
    force_like: bool = False,
    candidates: int = RANKED_CANDIDATES,
) -> SearchResults:
    """The best `limit` hits for what the user typed; never raises on odd input.

    With FTS5 a table with more than `candidates` matches ranks only its newest `candidates`.
    """
    parsed = parse_query(raw)
    engine = engine_for(s, force_like)
    if parsed.message:
        return SearchResults(raw, (), parsed.message, engine)
    if engine == "fts5":
        found = _fts5_hits(s, parsed, limit, candidates)
    else:
        found = {"postgresql": _pg_hits, "like": _like_hits}[engine](s, parsed, limit)
    hits = sorted(found, key=lambda h: (h.rank, h.meeting_on is None, h.title))[:limit]
    message = "" if hits else f"Nothing matches {raw.strip()!r}."
    return SearchResults(raw, tuple(hits), message, engine)


def _with_place(s: Session, table: str, rows: list[tuple[int, str, float]]) -> list[SearchHit]:
    """Attach meeting, date, body and item title to (row id, snippet, rank) triples."""
    if not rows:
        return []
    ids = [r[0] for r in rows]
    params = {f"id{i}": v for i, v in enumerate(ids)}
    placeholders = ", ".join(f":id{i}" for i in range(len(ids)))
    place_sql = _PLACE[table].replace("SELECT ", "SELECT src.id AS src_id, ", 1)
    sql = (
        f"SELECT p.src_id, ai.id, ai.meeting_id, mt.scheduled_start, b.name, ai.title "
        f"FROM ({place_sql} WHERE src.id IN ({placeholders})) p "
        "LEFT JOIN agenda_item ai ON ai.id = p.item_id "
        "LEFT JOIN meeting mt ON mt.id = ai.meeting_id LEFT JOIN body b ON b.id = mt.body_id"
    )
    places = {r[0]: r[1:] for r in s.execute(text(sql), params)}
    titles: dict[int, str] = {}
    if table == "matter":
        mq = text(f"SELECT id, identifier || ': ' || title FROM matter WHERE id IN ({placeholders})")
        titles = {r[0]: r[1] for r in s.execute(mq, params)}
    hits = []
    for row_id, snippet, rank in rows:
        item_id, meeting_id, start, body, item_title = places.get(row_id, (None, None, None, None, None))
        hits.append(
            SearchHit(
                source=SOURCE_LABEL[table],
                meeting_id=meeting_id,
                item_id=item_id,
                meeting_on=_as_datetime(start).date() if start is not None else None,
                body_name=body or "",
                title=titles.get(row_id) or item_title or "",
                snippet=snippet,
                rank=float(rank),
            )
        )
    return hits


def _as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _fts5_hits(s: Session, parsed: ParsedQuery, limit: int, candidates: int) -> list[SearchHit]:
    hits: list[SearchHit] = []
    match = parsed.fts5()
    for t in INDEXED:
        # The rowid of the newest match beyond the candidates, if there are that many.
        floor = s.execute(
            text(f"SELECT rowid FROM {t.fts} WHERE {t.fts} MATCH :q ORDER BY rowid DESC LIMIT 1 OFFSET :k"),
            {"q": match, "k": candidates},
        ).scalar()
        sql = (
            f"SELECT rowid, snippet({t.fts}, -1, :a, :b, '…', 12), bm25({t.fts}) FROM {t.fts} "
            f"WHERE {t.fts} MATCH :q AND rowid > :floor ORDER BY bm25({t.fts}) LIMIT :n"
        )
        params = {"q": match, "a": HIT_START, "b": HIT_END, "n": limit, "floor": floor or 0}
        rows = [(r[0], r[1], r[2]) for r in s.execute(text(sql), params)]
        hits += _with_place(s, t.table, rows)
    return hits


def _pg_tsquery(parsed: ParsedQuery) -> tuple[str, dict[str, str]]:
    """A tsquery expression with every user word in a bind parameter: phrases keep their word
    order (phraseto_tsquery), prefix* terms match word beginnings, everything else is ANDed."""
    parts: list[str] = []
    params: dict[str, str] = {}
    for i, term in enumerate(parsed.terms):
        key = f"t{i}"
        if term.prefix:
            # The word is letters and digits only (parse_query), so ":*" cannot meet an operator.
            params[key] = term.words[0] + ":*"
            parts.append(f"to_tsquery('{PG_CONFIG}', :{key})")
        else:
            params[key] = " ".join(term.words)
            parts.append(f"phraseto_tsquery('{PG_CONFIG}', :{key})")
    return " && ".join(parts), params


def _pg_hits(s: Session, parsed: ParsedQuery, limit: int) -> list[SearchHit]:
    hits: list[SearchHit] = []
    tsquery, params = _pg_tsquery(parsed)
    for t in INDEXED:
        doc = pg_document(t, "src")
        body = " || ' ' || ".join(f"coalesce(src.{c}, '')" for c in t.columns)
        sql = (
            f"SELECT src.id, ts_headline('{PG_CONFIG}', {body}, tq.q, :opts), "
            f"-ts_rank({doc}, tq.q) AS rank "
            f"FROM {t.table} src, (SELECT {tsquery} AS q) tq "
            f"WHERE {doc} @@ tq.q ORDER BY rank LIMIT :n"
        )
        opts = f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=24, MinWords=8, MaxFragments=1"
        rows = [(r[0], r[1], r[2]) for r in s.execute(text(sql), {**params, "opts": opts, "n": limit})]
        hits += _with_place(s, t.table, rows)
    return hits


def _like_hits(s: Session, parsed: ParsedQuery, limit: int) -> list[SearchHit]:
    """The slow path without an index: every word must occur in some column of the row."""
    hits: list[SearchHit] = []
    words = [w.lower() for w in parsed.words]
    for t in INDEXED:
        joined = " || ' ' || ".join(f"coalesce({c}, '')" for c in t.columns)
        conditions = " AND ".join(f"lower({joined}) LIKE :w{i} ESCAPE '\\'" for i in range(len(words)))
        params: dict[str, Any] = {f"w{i}": f"%{_escape_like(w)}%" for i, w in enumerate(words)}
        params["n"] = limit
        sql = f"SELECT id, {joined} FROM {t.table} WHERE {conditions} ORDER BY id DESC LIMIT :n"
        rows = [
            (r[0], _like_snippet(r[1], words), _like_rank(r[1], words)) for r in s.execute(text(sql), params)
        ]
        hits += _with_place(s, t.table, rows)
    return hits


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_rank(body: str, words: list[str]) -> float:
    """More occurrences rank first (negative, like bm25, so smaller is better)."""
    lowered = body.lower()
    return -float(sum(lowered.count(w) for w in words))


def _like_snippet(body: str, words: list[str]) -> str:
    lowered = body.lower()
    first = min((lowered.find(w) for w in words if w in lowered), default=0)
    start = max(0, first - SNIPPET_CONTEXT)
    end = min(len(body), first + SNIPPET_CONTEXT * 2)
    pattern = re.compile(
        "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)), re.IGNORECASE
    )
    piece = pattern.sub(lambda m: HIT_START + m.group(0) + HIT_END, body[start:end])
    return ("…" if start else "") + " ".join(piece.split()) + ("…" if end < len(body) else "")
