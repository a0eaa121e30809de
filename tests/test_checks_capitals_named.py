"""fr-named-noun-lowercase: a name the English capitalizes (the planet, the book) written in
lower case in the French draft, as the noun's other sense. Sentences written for these tests."""

from __future__ import annotations

import pytest
from check_support import run

CHECK = "fr-named-noun-lowercase"


@pytest.mark.parametrize(("source", "target", "flagged"), [
    ("Satellites circle the Earth every ninety minutes.",
     "Les satellites font le tour de la terre toutes les quatre-vingt-dix minutes.", "terre"),
    ("Light from the Moon takes about a second to reach us.",
     "La lumière de la lune met environ une seconde à nous parvenir.", "lune"),
    ("He quoted a verse from the Bible.", "Il a cité un verset de la bible.", "bible"),
    ("Our products respect people and the Earth.",
     "Nos produits respectent les gens et la terre.", "terre"),
])
def test_lower_case_noun_of_a_capitalized_name_is_flagged(source, target, flagged):
    [finding] = run(CHECK, source, target, "en", "fr")
    assert target[finding.start:finding.end] == flagged
    fixed = target[:finding.start] + finding.replacement + target[finding.end:]
    assert finding.replacement == flagged.capitalize()
    assert run(CHECK, source, fixed, "en", "fr") == []


@pytest.mark.parametrize(("source", "target"), [
    # the name written right
    ("Satellites circle the Earth.", "Les satellites font le tour de la Terre."),
    # the English in lower case: soil, or a style that does not capitalize
    ("Plant the bulbs in moist earth.", "Plantez les bulbes dans la terre humide."),
    ("The moon rose over the hills.", "La lune s'est levée sur les collines."),
    # a word of the other sense in the English: the lower case may be its
    ("The Earth's crust is made of rock and soil.",
     "La croûte de la Terre est faite de roche et de terre."),
    ("On Earth, farmers work the land.", "Sur la Terre, les agriculteurs travaillent la terre."),
    # the name opens the sentence, or sits in a title of capitalized words
    ("Earth is the third planet.", "La terre est la troisième planète."),
    ("Visit the Blue Moon Cafe tonight.", "Visitez le café de la lune bleue ce soir."),
    # no article: not read as the name (« pomme de terre », « sur terre et sur mer »)
    ("Fries made from potatoes grown on Earth.", "Des frites de pommes de terre."),
])
def test_quiet_where_the_lower_case_is_right_or_not_told(source, target):
    assert run(CHECK, source, target, "en", "fr") == []


def test_french_source_is_not_judged():
    assert run(CHECK, "Ils ont marché sur la lune.", "They walked on the Moon.") == []
