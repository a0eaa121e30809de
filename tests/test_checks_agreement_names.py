"""A determiner and the noun after a product name in English order
(translator_gui.core.checks.agreement_names, reported by fr-determiner-agreement)."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.agreement_determiner import find
from translator_gui.core.checks.agreement_names import (
    name_adjective_clashes,
    name_attribute_clashes,
    name_order_clashes,
)
from translator_gui.core.checks.text import words


def _spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[f.start:f.end], f.replacement, f.hint)
            for f in name_order_clashes(text, words(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # the name between the article and its noun, the article of the English default
    ("Le Garmin Edge 530 montre est étanche.",
     [("Le Garmin Edge 530 montre", None,
       "the feminine singular determiner, and the noun before the name "
       "(« montre Garmin Edge 530 »)")]),
    # a number clash: the article singular, the noun plural
    ("Vous aimerez le Petzl Actik lampes frontales pour la randonnée.",
     [("le Petzl Actik lampes", None,
       "the feminine plural determiner, and the noun before the name (« lampes Petzl Actik »)")]),
    # a model number with its marks inside the name; a noun that may be a verb before a copula
    ("Une Weber Q-1200 grill est livrée avec deux brûleurs.",
     [("Une Weber Q-1200 grill", None,
       "the masculine singular determiner, and the noun before the name "
       "(« grill Weber Q-1200 »)")]),
])
def test_flags_a_determiner_that_does_not_agree_with_the_noun_after_a_name(text, expected):
    assert _spans(text) == expected


def test_the_determiner_check_reports_it_with_a_hint():
    text = "Le Garmin Edge 530 montre est étanche."
    assert [(text[f.start:f.end], f.replacement is None) for f in find(text)] == [
        ("Le Garmin Edge 530 montre", True)]


@pytest.mark.parametrize("text", [
    # the noun before the name, as French has it
    "La montre Garmin Edge 530 est étanche et la lampe Petzl Actik éclaire loin.",
    # a verb after its subject (« le Vatican condamne »), a word that may be a verb elsewhere
    "Le Kremlin dément, le Conseil estime que la Banque mondiale finance le projet.",
    # a title between a ministry and a name; « des » holds a preposition
    "Le ministre des Affaires étrangères Laurent Fabius et la présidente Dilma Rousseff.",
    # the determiner agrees with the noun after the name
    "La Peugeot 208 berline et le Samsung Galaxy téléphone.",
    # a name that ends the phrase, followed by an adjective
    "Le Real Madrid espagnol a battu la Juventus italienne.",
])
def test_quiet_on_french_order_verbs_titles_and_agreeing_nouns(text):
    assert _spans(text) == []


def _attribute_spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[f.start:f.end], f.replacement, f.hint)
            for f in name_attribute_clashes(text, words(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Solide et légère, la Vortex 3 est fabriqué en aluminium.",
     [("la Vortex 3 est fabriqué", None,
       "make « la » and « fabriqué » agree (the gender of « Vortex 3 »)")]),
    ("Le Trek Marlin ne sera pas livrée avant mai.",
     [("Le Trek Marlin ne sera pas livrée", None,
       "make « Le » and « livrée » agree (the gender of « Trek Marlin »)")]),
])
def test_flags_a_name_whose_determiner_and_attribute_disagree(text, expected):
    assert _attribute_spans(text) == expected


@pytest.mark.parametrize("text", [
    # the determiner and the attribute agree
    "La Vortex 3 est fabriquée en aluminium et le Trek Marlin est livré en mai.",
    # the article belongs to a surname or a city's name
    "Marine Le Pen est arrivée hier ; la délégation de La Haye est partie.",
    # an attribute opening a construction, a noun after the name
    "La Minimoto est facile à ranger ; le Trek Marlin vélo est livré.",
])
def test_quiet_on_agreeing_names_surnames_and_constructions(text):
    assert _attribute_spans(text) == []


def _adjective_spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[f.start:f.end], f.replacement, f.hint)
            for f in name_adjective_clashes(text, words(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Elle trouve la Zipka Plus lumineux et pratique.",
     [("la Zipka Plus lumineux", None,
       "make « la » and « lumineux » agree (the gender and number of « Zipka Plus »)")]),
    ("Il a posé les Nomad 2 fabriqué en Chine sur la table.",
     [("les Nomad 2 fabriqué", None,
       "make « les » and « fabriqué » agree (the gender and number of « Nomad 2 »)")]),
])
def test_flags_an_adjective_after_a_name_that_its_determiner_contradicts(text, expected):
    assert _adjective_spans(text) == expected


@pytest.mark.parametrize("text", [
    # the adjective agrees with the determiner
    "La Banque mondiale soutient le Real Madrid espagnol et la Juventus italienne.",
    # after « de », the adjective may qualify the noun before (« les fichiers … volés »)
    "Il a lu les fichiers de la NSA volés par un agent.",
    # the adjective of a noun after it, a surname's article
    "Il roule sur le Trek Marlin nouvelle version ; Marine Le Pen satisfaite.",
])
def test_quiet_on_agreeing_names_complements_and_the_next_noun(text):
    assert _adjective_spans(text) == []
