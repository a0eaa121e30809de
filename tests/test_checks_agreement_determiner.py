"""Determiner–noun agreement from the lexicon (translator_gui.core.checks.agreement_determiner)."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.agreement_determiner import find


def _spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[f.start:f.end], f.replacement, f.hint) for f in find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a gender clash: the noun's gender is part of the word, the determiner takes it; the two
    # words that disagree are the span
    ("Nous avons réservé une hôtel près de la gare.",
     [("une hôtel", None, "the masculine determiner for « hôtel »")]),
    ("Elle a signé cette contrat hier.", [("cette contrat", "ce contrat", None)]),
    ("Le client a choisi cette emballage recyclable.", [("cette emballage", "cet emballage", None)]),
    ("Un lampe éclaire le couloir.", [("Un lampe", "Une lampe", None)]),
    ("Il regarde la film du soir.", [("la film", "le film", None)]),
    ("Il parle du maison de campagne.", [("du maison", "de la maison", None)]),
    # a prenominal adjective between them agrees with the noun: the determiner is wrong
    ("Il range un petite boîte sur l'étagère.", [("un petite boîte", "une petite boîte", None)]),
    # a number clash: either word may be the wrong one, both are the span
    ("Les décision du comité sont publiques.",
     [("Les décision", None, "make « Les » and « décision » agree in number")]),
    ("Chaque employés reçoit un badge.",
     [("Chaque employés", None, "make « Chaque » and « employés » agree in number")]),
    # an adjective put first as in English (not one French puts before its noun): the
    # determiner still agrees with the noun; a hint, since the words want reordering too
    ("Il offre un confortable poignée en mousse.",
     [("un confortable poignée", None,
       "a determiner that agrees with « poignée », and the adjective after the noun")]),
    ("La boîte tient dans un rigide, armure souple.",
     [("un rigide, armure", None,
       "a determiner that agrees with « armure », and the adjective after the noun")]),
])
def test_flags_a_determiner_that_does_not_agree_with_its_noun(text, expected):
    assert _spans(text) == expected


def test_an_adjective_agreeing_with_the_determiner_leaves_a_hint():
    # « une parapluie noire »: changing the determiner alone leaves the adjective wrong
    text = "Elle a pris une parapluie noire."
    assert _spans(text) == [("une parapluie", None, "the masculine determiner for « parapluie »")]


@pytest.mark.parametrize("text", [
    # object pronouns before a verb, after a subject or a noun subject
    "Il la ferme chaque soir et la gardienne les garde au chaud.",
    "Je le livre demain ; qui les porte ?",
    "Pour la ranger, il faut la plier.",
    # nouns of both genders or numbers, epicene person nouns, possessives before a vowel
    "Le tour de la tour, les pays et le prix des bras.",
    "La ministre et mon amie ont vu son école.",
    # a numeral after a noun, a quantifier as a pronoun, an acronym
    "Il est le numéro un mondial ; ils ont tous fini ; la norme CE donne le ton.",
    # an adjective that is also a noun, before its noun
    "La nouvelle est arrivée et la première partie commence.",
    # names and unknown words
    "Elle a visité la Louvre Abu Dhabi avec le smartphone.",
    # coordinated nouns under one determiner
    "Les président et vice-président ont signé.",
    # an adjective put first that agrees with the determiner and the noun
    "Il porte une robuste armure, un confortable fauteuil et une véritable aubaine.",
])
def test_quiet_on_correct_or_uncertain_noun_phrases(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a cardinal number above one wants a plural noun; either word may be the wrong one
    ("Le coffret contient quatre tasse en grès.",
     [("quatre tasse", None, "make « quatre » and « tasse » agree in number")]),
    ("Douze bouteille sont livrées.",
     [("Douze bouteille", None, "make « Douze » and « bouteille » agree in number")]),
])
def test_flags_a_number_word_before_a_singular_noun(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "Il est venu deux fois en trois mois, vingt et un jours après.",
    "Le livre a cent une pages et trente et une illustrations.",
    "Les deux équipes ont joué deux mille matchs.",
])
def test_quiet_on_numbers_before_plural_or_invariable_nouns(text):
    assert _spans(text) == []


def test_a_verb_after_et_does_not_make_coordinated_nouns():
    # « et protège » is a verb: « les » has only « vol » for its noun
    text = "Ce verrou décourage les vol et protège les vélos."
    assert _spans(text) == [("les vol", None, "make « les » and « vol » agree in number")]


@pytest.mark.parametrize(("text", "expected"), [
    # a noun after « et » with its own determiner is not covered by the first one
    ("Il faut concilier les confort et la sécurité.",
     [("les confort", None, "make « les » and « confort » agree in number")]),
    ("Sans les bruit ni la poussière, et avec les contrôle et l'entretien faciles.",
     [("les bruit", None, "make « les » and « bruit » agree in number"),
      ("les contrôle", None, "make « les » and « contrôle » agree in number")]),
    # the adverb of a superlative between the article and its adjective
    ("Ce sont les plus grands parc du pays.",
     [("les plus grands parc", None, "make « les » and « parc » agree in number")]),
    ("Elle a gagné les moins bons prix et les plus petits lot.",
     [("les plus petits lot", None, "make « les » and « lot » agree in number")]),
])
def test_past_another_noun_phrase_and_a_superlative(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "Les plus grands pays et la plus belle ville ont signé.",
    "Les plus jeunes sont partis ; les plus forts restent.",
    "Il a les plus petites chances et le plus grand nombre de voix.",
    "Les confort et sécurité passent avant tout.",
])
def test_superlatives_and_coordinations_that_agree_stay_quiet(text):
    assert _spans(text) == []
