"""Typography checks: French spacing before « : ; ! ? », French punctuation left in English."""

from __future__ import annotations

import pytest
from check_support import (
    assert_english_flags,
    assert_french_flags,
    only,
)

from translator_gui.core.checks import check_document, check_segment
from translator_gui.core.checks.base import Severity
from translator_gui.core.model import ReviewDocument, Segment


@pytest.mark.parametrize("english, expected", [
    ("He said : « no ».", [" :", "« ", " »"]),
    ("Why ? Because ; nothing !", [" ?", " ;", " !"]),
    ("It starts on 1er July and the 2e round.", ["1er", "2e"]),
    # English punctuation, times and ratios
    ("He said: \"no\"; at 12:30 the ratio was 3:1. Why? Because!", []),
    ("On 1 July, the 1st and 2nd rounds, the 3rd of May.", []),
])
def test_french_punctuation(english: str, expected: list[str]) -> None:
    assert_english_flags("en-french-punctuation", english, expected)


@pytest.mark.parametrize("french, expected", [
    ("Il a déclaré: nous sommes prêts!", [":", "!"]),
    ("Pourquoi? Parce que.", ["?"]),
    # correct spaces (ordinary, no-break, narrow no-break), times, addresses, brands, English
    ("Il a déclaré : nous sommes prêts\u00a0! Vraiment\u202f?", []),
    ("Rendez-vous à 12:30 sur https://www.un.org/fr ; ratio 3:1.", []),
    ("Yahoo! a annoncé ses résultats ; les modèles S &W; 10 et 12 sont compatibles.", []),
    ("Le slogan \"Yes we can!\" est célèbre.", []),
])
def test_space_before_punctuation(french: str, expected: list[str]) -> None:
    assert_french_flags("fr-space-before-punctuation", french, expected)


def _french_targets(texts: list[str]) -> ReviewDocument:
    """An English→French document whose French drafts are `texts` (the delivered side)."""
    return ReviewDocument([Segment(i, "An English sentence.", t, t) for i, t in enumerate(texts)],
                          "en", "fr")


def test_spacing_of_the_source_is_noted_not_counted() -> None:
    """The source's typesetting is the client's: a missing space there is neutral, on either
    direction, while the same text as the delivered target is an error."""
    french = "Il a dit: oui ; non."  # spaces one mark: the missing space is a slip
    as_source = only(ReviewDocument([Segment(0, french, "He said: yes; no.", "He said: yes; no.")],
                                    "fr", "en"), "fr-space-before-punctuation")
    as_target = only(_french_targets([french]), "fr-space-before-punctuation")
    assert [(i.side, i.start, i.severity) for i in check_document(as_source)] == [
        ("source", 8, Severity.NEUTRAL)]
    assert [(i.side, i.start, i.severity) for i in check_document(as_target)] == [
        ("target", 8, Severity.MINOR)]
    english = "He said : yes."
    english_source = only(ReviewDocument([Segment(0, english, "Il a dit\u202f: oui.",
                                                  "Il a dit\u202f: oui.")], "en", "fr"),
                          "en-french-punctuation")
    assert [(i.side, i.severity) for i in check_document(english_source)] == [
        ("source", Severity.NEUTRAL)]


def test_space_before_punctuation_follows_the_house_style() -> None:
    """A document that never spaces these marks gets remarks, not errors."""
    texts = ["Titre: sous-titre.", "Il a dit: oui.", "Question? Réponse.", "Fin: rien."]
    document = only(_french_targets(texts), "fr-space-before-punctuation")
    issues = [i for i in check_document(document) if i.check == "fr-space-before-punctuation"]
    assert issues and all(i.severity is Severity.NEUTRAL for i in issues)
    mixed = only(_french_targets(["Il a dit : oui ; non.", "Titre: sous-titre."]),
                 "fr-space-before-punctuation")
    issues = [i for i in check_document(mixed) if i.check == "fr-space-before-punctuation"]
    assert [i.severity for i in issues] == [Severity.MINOR]


def test_house_style_follows_edits_to_the_other_segments() -> None:
    """A live re-check after the other segments were fixed grades as a fresh run does."""
    texts = ["Titre: sous-titre.", "Il a dit: oui.", "Question? Réponse.", "Fin: rien."]
    document = only(_french_targets(texts), "fr-space-before-punctuation")
    assert {i.severity for i in check_segment(document, 0)} == {Severity.NEUTRAL}
    for index, fixed in ((1, "Il a dit\u202f: oui."), (2, "Question\u202f? Réponse."),
                         (3, "Fin\u202f: rien.")):
        document.set_target(index, fixed)
    live = check_segment(document, 0)
    fresh = [i for i in check_document(document) if i.segment == 0]
    assert [(i.start, i.severity) for i in live] == [(5, Severity.MINOR)]
    assert live == fresh
