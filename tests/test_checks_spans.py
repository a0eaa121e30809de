"""Span bookkeeping by bisection, held to the plain comparison with every span it replaces."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from property_budget import examples

from translator_gui.core.checks.spans import DisjointSpans, Enclosures

_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda s: (s[0], s[0] + s[1]))


def test_disjoint_spans_by_example() -> None:
    kept = DisjointSpans()
    kept.add(10, 20)
    kept.add(30, 35)
    assert [kept.overlaps(*span) for span in ((0, 10), (19, 25), (20, 30), (34, 40), (0, 100))
            ] == [False, True, False, True, True]


@settings(max_examples=examples(100), deadline=None)
# always tried: an empty span where a kept one opens, then a span inside the kept one
@example([(5, 10), (5, 5), (7, 8)])
@given(st.lists(_SPAN, max_size=30))
def test_disjoint_spans_answer_as_comparing_with_each(spans: list[tuple[int, int]]) -> None:
    kept = DisjointSpans()
    plain: list[tuple[int, int]] = []
    for start, end in spans:
        expected = any(s < end and start < e for s, e in plain)
        assert kept.overlaps(start, end) is expected
        if not expected:
            kept.add(start, end)
            plain.append((start, end))


def test_enclosures_by_example() -> None:
    spans = Enclosures([(0, 50), (10, 20), (12, 14), (60, 61)])
    assert spans.holds(11, 19) and spans.holds(60, 61) and not spans.holds(55, 60)
    assert spans.inside(10, 20) == [1, 2] and spans.inside(0, 100) == [0, 1, 2, 3]


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(_SPAN, max_size=30), st.lists(_SPAN, min_size=1, max_size=10))
def test_enclosures_answer_as_comparing_with_each(spans: list[tuple[int, int]],
                                                  asked: list[tuple[int, int]]) -> None:
    index = Enclosures(spans)
    ordered = sorted(spans)
    for start, end in asked:
        assert index.holds(start, end) is any(s <= start and end <= e for s, e in spans)
        assert index.inside(start, end) == [k for k, (s, e) in enumerate(ordered)
                                            if start <= s and e <= end]
