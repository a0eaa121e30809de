"""A label of a one-line specification list written in lower case in the translation while its
source label has a capital (translator_gui.core.checks.capitals_labels), both directions."""

from __future__ import annotations

import pytest
from check_support import only

from translator_gui.core.checks import check_document
from translator_gui.core.model import ReviewDocument, Segment


def found(source: str, target: str, languages: tuple[str, str]) -> list[tuple[str, str | None]]:
    document = ReviewDocument([Segment(0, source, target, target)], *languages,
                              source_path="s.txt", draft_path="d.txt")
    only(document, "label-capital-lost")
    return [(target[i.start:i.end], i.replacement) for i in check_document(document)]


@pytest.mark.parametrize(("source", "target", "languages", "expected"), [
    ("Material: steel Length: 30 cm Colour: black",
     "Matériau : acier longueur : 30 cm couleur : noir", ("en", "fr"),
     [("longueur", "Longueur"), ("couleur", "Couleur")]),
    ("Battery: 2 x AA Voltage: 3 V Warranty: 2 years",
     "Pile : 2 x AA tension : 3 V garantie : 2 ans", ("en", "fr"),
     [("tension", "Tension"), ("garantie", "Garantie")]),
    ("Dimensions : 20 x 30 cm Poids : 450 g Garantie : 1 an",
     "Dimensions: 20 x 30 cm weight: 450 g warranty: 1 year", ("fr", "en"),
     [("weight", "Weight"), ("warranty", "Warranty")]),
])
def test_flags_a_label_that_lost_its_capital(source, target, languages, expected) -> None:
    assert found(source, target, languages) == expected


@pytest.mark.parametrize(("source", "target", "languages"), [
    # the labels kept their capitals
    ("Material: steel Length: 30 cm", "Matériau : acier Longueur : 30 cm", ("en", "fr")),
    # running text: lower-case words before its colons on both sides
    ("The minister added: prices will fall. He concluded: we are ready.",
     "Le ministre a ajouté : les prix baisseront. Il a conclu : nous sommes prêts.",
     ("en", "fr")),
    # labels of two words: which word opens the French label is not told
    ("Weight: 2 kg Tank Capacity: 5 l Cable Length: 2 m",
     "Poids : 2 kg capacité du réservoir : 5 l longueur du câble : 2 m", ("en", "fr")),
    # not as many labels on both sides: no pairing
    ("Size: M Colour: red Fabric: cotton", "Taille : M couleur rouge, tissu : coton",
     ("en", "fr")),
    # one label only: a colon of running text may follow a capitalized name
    ("As stated by the Commission: the rules apply.",
     "Comme l'a déclaré la commission : les règles s'appliquent.", ("en", "fr")),
    # times and ratios are no labels
    ("Doors: 10:30 Start: 11:00", "Portes : 10:30 Début : 11:00", ("en", "fr")),
])
def test_stays_quiet(source, target, languages) -> None:
    assert found(source, target, languages) == []
