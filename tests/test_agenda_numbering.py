"""Agenda numbering: depth-first order, decimal labels, and damaged trees that still print."""

from __future__ import annotations

from councildesk.domain.agenda_numbering import AgendaNode, NumberedNode, number_agenda


def labels(nodes: list[AgendaNode]) -> list[tuple[int, str, int]]:
    return [(n.id, n.number, n.depth) for n in number_agenda(nodes)]


def test_flat_items_are_numbered_by_position_then_id() -> None:
    nodes = [
        AgendaNode(10, None, 2),
        AgendaNode(11, None, 0),
        AgendaNode(12, None, 1),
        AgendaNode(9, None, 1),
    ]
    assert labels(nodes) == [(11, "1", 0), (9, "2", 0), (12, "3", 0), (10, "4", 0)]


def test_nesting_is_depth_first_with_decimal_labels() -> None:
    nodes = [
        AgendaNode(1, None, 0),
        AgendaNode(2, None, 1),
        AgendaNode(3, 2, 1),
        AgendaNode(4, 2, 0),
        AgendaNode(5, 4, 0),
        AgendaNode(6, None, 2),
    ]
    assert labels(nodes) == [
        (1, "1", 0),
        (2, "2", 0),
        (4, "2.1", 1),
        (5, "2.1.1", 2),
        (3, "2.2", 1),
        (6, "3", 0),
    ]
    assert number_agenda(nodes)[2] == NumberedNode(4, 2, 1, "2.1")


def test_empty_agenda() -> None:
    assert number_agenda([]) == []


def test_missing_parent_is_treated_as_top_level() -> None:
    nodes = [AgendaNode(1, None, 0), AgendaNode(2, 99, 1), AgendaNode(3, 2, 0)]
    assert labels(nodes) == [(1, "1", 0), (2, "2", 0), (3, "2.1", 1)]
    assert number_agenda(nodes)[1].parent_id is None


def test_cycles_neither_loop_nor_lose_items() -> None:
    # 2 and 3 are each other's parent, 4 is its own parent; all must still be numbered once.
    nodes = [
        AgendaNode(1, None, 0),
        AgendaNode(2, 3, 0),
        AgendaNode(3, 2, 1),
        AgendaNode(4, 4, 2),
        AgendaNode(5, 3, 5),
    ]
    result = labels(nodes)
    assert sorted(i for i, _, _ in result) == [1, 2, 3, 4, 5]
    assert result == [(1, "1", 0), (2, "2", 0), (3, "2.1", 1), (5, "2.1.1", 2), (4, "3", 0)]
    assert len({number for _, number, _ in result}) == 5


def test_every_item_is_numbered_exactly_once_on_any_parent_links() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(deadline=None, database=None)
    @given(st.lists(st.tuples(st.one_of(st.none(), st.integers(0, 12)), st.integers(0, 5)), max_size=12))
    def check(rows: list[tuple[int | None, int]]) -> None:
        nodes = [AgendaNode(i, parent, pos) for i, (parent, pos) in enumerate(rows)]
        numbered = number_agenda(nodes)
        assert sorted(n.id for n in numbered) == list(range(len(rows)))
        assert len({n.number for n in numbered}) == len(rows)
        for n in numbered:
            assert n.number.count(".") == n.depth

    check()


def test_outline_and_letter_styles_label_each_level_in_turn() -> None:
    from councildesk.domain.agenda_numbering import letters, roman
    from councildesk.domain.enums import NumberingStyle

    nodes = [AgendaNode(1, None, 0), AgendaNode(2, 1, 0), AgendaNode(3, 2, 0), AgendaNode(4, 3, 0)]
    nodes += [AgendaNode(10 + n, None, n + 1) for n in range(13)]
    outline = [n.number for n in number_agenda(nodes, NumberingStyle.OUTLINE)]
    assert outline[:4] == ["I", "I.A", "I.A.1", "I.A.1.a"]
    assert outline[-1] == "XIV"
    assert [n.number for n in number_agenda(nodes, NumberingStyle.LETTERS)][:4] == [
        "A",
        "A.1",
        "A.1.a",
        "A.1.a.a",
    ]
    assert [n.number for n in number_agenda(nodes)][:4] == ["1", "1.1", "1.1.1", "1.1.1.1"]
    assert [roman(n) for n in (4, 9, 40, 1994)] == ["IV", "IX", "XL", "MCMXCIV"]
    assert [letters(n) for n in (1, 26, 27, 52, 53)] == ["A", "Z", "AA", "AZ", "BA"]
