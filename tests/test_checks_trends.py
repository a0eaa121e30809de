"""A rise rendered as a fall (or the reverse), a factor rendered as another, in both
directions (translator_gui.core.checks.trends)."""

from __future__ import annotations

import pytest
from check_support import only

from translator_gui.core.checks import check_document
from translator_gui.core.model import ReviewDocument, Segment


def flagged(source: str, target: str, languages: tuple[str, str] = ("fr", "en")) -> list[str]:
    document = ReviewDocument([Segment(0, source, target, target)], *languages,
                              source_path="s.txt", draft_path="d.txt")
    only(document, "trend-mismatch")
    return [target[i.start:i.end] for i in check_document(document)]


@pytest.mark.parametrize(("source", "target", "languages", "words"), [
    ("Les exportations ont reculé de 4 % en un an.", "Exports climbed 4% in a year.",
     ("fr", "en"), ["climbed"]),
    ("Le nombre de réfugiés a fortement augmenté.", "The number of refugees fell sharply.",
     ("fr", "en"), ["fell"]),
    ("Oil prices dropped by a third.", "Les prix du pétrole ont grimpé d'un tiers.",
     ("en", "fr"), ["grimpé"]),
    ("Les ventes ont quadruplé depuis 2019.", "Sales have doubled since 2019.", ("fr", "en"),
     ["doubled"]),
])
def test_flags_the_opposite_trend_or_another_factor(source, target, languages, words) -> None:
    assert flagged(source, target, languages) == words


@pytest.mark.parametrize(("source", "target"), [
    ("Les exportations ont reculé de 4 %.", "Exports declined by 4%."),
    # both ways on one side, or none on the other
    ("Les coûts ont augmenté mais les marges ont baissé.", "Costs rose, but margins fell."),
    ("Le chômage a baissé.", "Unemployment is now at 7%."),
    ("Les ventes ont doublé.", "Sales doubled, then rose again."),
])
def test_quiet_when_the_trend_agrees_or_is_not_one_way(source, target) -> None:
    assert flagged(source, target) == []
