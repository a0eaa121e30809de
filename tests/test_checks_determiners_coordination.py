"""Nouns listed without the determiner the first one has (fr-listed-noun-without-determiner)."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.determiners_coordination import find_bare_listed_nouns


def _spans(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find_bare_listed_nouns(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le kit comprend une lampe, boussole et couverture de survie.",
     ["boussole et couverture"]),
    ("Idéal pour le camping, pêche, chasse et randonnée.", ["pêche, chasse et randonnée"]),
    ("Protège contre la pluie, neige ou vent.", ["neige ou vent"]),
])
def test_listed_nouns_without_their_determiner(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "Le kit comprend une lampe, une boussole et une couverture.",
    # adjectives and verbs in a list, and a list with no determiner at all
    "La toile est solide, légère et imperméable.",
    "Il lit, écrit et compte ; sel, poivre et huile.",
])
def test_lists_with_their_determiners_or_of_other_words_stay_quiet(text):
    assert _spans(text) == []
