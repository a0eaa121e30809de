"""English title case copied into a French draft (capitals_title.py)."""

from __future__ import annotations

import pytest
from check_support import french_flagged, only, run

from translator_gui.core.checks import check_document, check_segment
from translator_gui.core.model import ReviewDocument, Segment

CHECK = "fr-title-case-copied"


@pytest.mark.parametrize("english, french, expected", [
    # an English title: its common words' capitals copied on the same words in French
    ("Kids Outdoor Trampoline Safety Net", "Filet de sécurité Trampoline pour enfants",
     ["Trampoline"]),
    # ... and on a word the French translated
    ("Stainless Steel Camping Kettle With Folding Handle",
     "Bouilloire de camping en acier Inoxydable avec poignée pliante", ["Inoxydable"]),
    # a Title Case name inside running text: a word inside it, copied or translated
    ("Our Deluxe Camping Hammock is easy to hang between two trees.",
     "Notre hamac Camping deluxe est facile à suspendre entre deux arbres.", ["Camping"]),
    ("The Harbor Folding Kayak Seat fits most boats.",
     "Le siège Pliant pour kayak Harbor convient à la plupart des bateaux.", ["Pliant"]),
    # two of them in one title
    ("Insulated Stainless Water Bottle With Carry Loop",
     "Bouteille d'eau Isotherme en inox avec boucle Transport", ["Isotherme", "Transport"]),
    # a name translated word by word with every capital: all but its first word
    ("The council endorsed the Regional Plan for Water Security.",
     "Le conseil a approuvé le Plan Régional Pour La Sécurité Hydrique.",
     ["Régional", "Pour", "La", "Sécurité", "Hydrique"]),
    # after an indefinite, a demonstrative or a possessive determiner: a common noun, not a
    # name waiting there as after « le » or « de »
    ("Portable Gas Heater With Safety Valve",
     "Chauffage au gaz portable avec une Valve de sécurité", ["Valve"]),
    ("Campers love how the Folding Camp Stove packs flat.",
     "Les campeurs aiment que ce Réchaud pliant se range à plat.", ["Réchaud"]),
    ("Keep your Digital Pocket Scanner charged.",
     "Gardez votre Scanner de poche numérique chargé.", ["Scanner"]),
    # a product-line word the English writes in lower case is no part of a name
    ("The Trail Master Lantern has super-bright bulbs.",
     "La lanterne Trail Master a des ampoules Super brillantes.", ["Super"]),
])
def test_title_case_copied_flags(english: str, french: str, expected: list[str]) -> None:
    assert french_flagged(CHECK, french, english, french_is_source=False) == expected


@pytest.mark.parametrize("english, french", [
    # a model name before its number, a product-line word, a brand the English starts with
    ("Explorer 200 Inflatable Boat Set", "Ensemble bateau gonflable Explorer 200"),
    ("Tactical Pro Hearing Protector", "Protection auditive tactique Pro"),
    ("Gerber Folding Knife Set", "Ensemble de couteaux pliants Gerber"),
    # a size, and a model's name after its brand
    ("Thermal Running Glove, Black, Large", "Gant de course thermique, noir, Large"),
    ("Zephyrco Sprint Swim Goggle", "Lunettes Sprint de natation Zephyrco"),
    # a name alone in English running text is a name, not title case
    ("Riders love Voyager for its comfort.", "Les cyclistes aiment Voyager pour son confort."),
    # the first word of a title keeps its capital in French too
    ("The Art and Practice of Chant.", "L'Art et la pratique du chant."),
    # names the lexicon knows (places), after an article or « de » (a name, a maker)
    ("Sales Grew in India and South Korea", "Les ventes ont augmenté en Inde et en Corée du Sud"),
    ("Boots Made by the Ranger Company", "Bottes fabriquées par la Compagnie des rangers"),
    # « des » is also « de les » before a name
    ("He spoke for the French Alpine Troops.", "Il a parlé au nom des Chasseurs alpins."),
    # a label of a specification list
    ("Material: Nylon Weight: 2 Pounds", "Matériau : nylon, Poids : 2 livres"),
    # a run of capitals kept whole, a French sentence start
    ("The Trail Runner Pack holds water.", "Le sac Trail Runner contient de l'eau."),
    ("Lightweight Tent. Easy Setup In Minutes", "Tente légère. Montage facile en quelques minutes"),
    # a work's title after an article and a name's official capitals (« États Membres »)
    ("They watched The Great Pumpkin again.", "Ils ont revu La Grosse Citrouille Orange."),
    ("The Member States met.", "Les représentants des États Membres se sont réunis."),
    # running text with no Title Case in the English
    ("This trampoline net keeps kids safe.",
     "Ce filet de sécurité pour trampoline protège les enfants."),
])
def test_title_case_copied_spares(english: str, french: str) -> None:
    assert french_flagged(CHECK, french, english, french_is_source=False) == []


def test_title_case_copied_is_fixed_by_the_lower_case_word() -> None:
    english, french = ("Folding Camp Chair With Removable Cup Holder",
                       "Chaise de camp pliante avec porte-gobelet Amovible")
    (finding,) = run(CHECK, english, french, "en", "fr")
    start = french.index("Amovible")
    assert (finding.start, finding.end, finding.replacement, finding.hint) == (
        start, start + len("Amovible"), "amovible", None)
    fixed = french[:finding.start] + finding.replacement + french[finding.end:]
    document = only(ReviewDocument([Segment(0, english, fixed, fixed)], "en", "fr"), CHECK)
    assert check_segment(document, 0) == []


def test_title_case_copied_gives_a_hint_where_lower_case_would_double_a_word() -> None:
    english, french = ("Sharp Steel Blade Cover", "Housse pour lame Lame en acier")
    (finding,) = run(CHECK, english, french, "en", "fr")
    assert (french[finding.start:finding.end], finding.replacement) == ("Lame", None)
    assert finding.hint is not None and "« lame »" in finding.hint


def test_title_case_copied_reads_only_a_french_translation_of_english() -> None:
    assert run(CHECK, "Filet de sécurité Trampoline pour enfants",
               "Kids Outdoor Trampoline Safety Net", "fr", "en") == []
    document = only(ReviewDocument([Segment(0, "Filet de sécurité pour trampoline",
                                            "Trampoline Safety Net With Poles",
                                            "Trampoline Safety Net With Poles")], "fr", "en"),
                    CHECK)
    assert check_document(document) == []
