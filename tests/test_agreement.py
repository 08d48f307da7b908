"""Who votes with whom: agreement on split votes, checked against hand-counted pairs."""

from __future__ import annotations

from datetime import date

import pytest

from councildesk.domain.errors import NotFoundError
from councildesk.services.container import Services
from councildesk.services.voting_record_dto import AgreementMatrix
from tests.records_fixture import Council, build_council


def pair(m: AgreementMatrix, x: int, y: int) -> tuple[int, int]:
    i, j = m.person_ids.index(x), m.person_ids.index(y)
    assert (m.agree[i][j], m.together[i][j]) == (m.agree[j][i], m.together[j][i])  # symmetric
    return m.agree[i][j], m.together[i][j]


def test_matrix_on_known_votes(services: Services) -> None:
    c: Council = build_council(services)
    m = services.voting_records.agreement()
    assert m.split_votes == 3  # parking 2–1, fire truck 1–1, budget 1–3; the unanimous vote is left out
    assert c.d not in m.person_ids  # D never cast yes/no on a split vote
    assert m.names == ("Ada Alder", "Ben Birch", "Cy Cedar", "Eve Elm")
    assert pair(m, c.a, c.b) == (1, 3)
    assert pair(m, c.a, c.c) == (0, 2)  # C recused on the fire truck
    assert pair(m, c.a, c.e) == (0, 1)
    assert pair(m, c.b, c.c) == (1, 2)
    assert pair(m, c.b, c.e) == (1, 1)
    assert pair(m, c.c, c.e) == (1, 1)
    i = m.person_ids.index(c.a)
    assert m.together[i][i] == 0 and m.share(i, i) is None
    assert m.share(i, m.person_ids.index(c.b)) == pytest.approx(1 / 3)


def test_matrix_date_range_and_body(services: Services) -> None:
    c = build_council(services)
    m = services.voting_records.agreement(
        date_from=date(2020, 1, 1), date_to=date(2020, 12, 31), body_id=c.body_id
    )
    assert m.split_votes == 2 and m.body_name == "Springfield Town Council"
    assert pair(m, c.a, c.b) == (1, 2)
    assert c.e not in m.person_ids
    other = services.bodies.create_body("Planning Board", 3)
    empty = services.voting_records.agreement(body_id=other.id)
    assert (empty.split_votes, empty.person_ids) == (0, ())
    with pytest.raises(NotFoundError):
        services.voting_records.agreement(body_id=9999)
