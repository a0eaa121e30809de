"""French determiners left out: a bare common noun as the subject of a finite verb, and the
article that restores it (the parse says which noun is a subject: these tests load spaCy)."""

from __future__ import annotations

import pytest
from check_support import run

from translator_gui.core.checks.determiners import find, may_have_bare_subject


def flags(text: str, other: str = "") -> list[tuple[str, str | None, str | None]]:
    return [(text[f.start:f.end], f.replacement, f.hint) for f in find(text, other)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Clients vont apprécier la livraison rapide.",
     [("Clients", "Les clients", None)]),
    ("Voyageurs vont aimer cette valise.", [("Voyageurs", "Les voyageurs", None)]),
    ("Clip permet de fixer la lampe.", [("Clip", "Le clip", None)]),
    ("Emballage contient deux piles.", [("Emballage", "L'emballage", None)]),
    # after a sentence: the gap before the noun is part of the span and of the fix
    ("Le sac est léger. Sangles permettent de le porter au dos.",
     [(" Sangles", " Les sangles", None)]),
    # an h decides between « le », « la » and « l' »: a hint
    ("Housse protège le matelas.",
     [("Housse", None, "an article before « Housse » (le, la, l', les)")]),
])
def test_bare_subject_is_flagged_with_its_article(text, expected):
    assert flags(text, "the English side") == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Les clients vont apprécier la livraison rapide.",
    "Cette batterie dure dix heures ; sa housse est lavable.",
    # coordinated bare nouns are French
    "Parents et enfants vont adorer ce jeu.",
    # a headline: punctuation between the noun and the verb
    "Batteries neuves : le fabricant rappelle ses modèles.",
    # an object, or a noun inside a phrase, is not a subject
    "Il faut du courage pour avouer que ce jeu plaît aux enfants.",
    # numbers and possessives are determiners
    "Deux sangles sont incluses. Nos sangles sont réglables.",
    # titles of address and nouns of quantity go without an article
    "Monsieur ne croit pas à la légende. Nombre de pays ont signé.",
    "Mme Dupont a signé le contrat.",
    # a name the lexicon knows
    "Pékin accuse un groupe rebelle.",
])
def test_determined_or_coordinated_subjects_are_spared(text):
    assert flags(text, "the English side") == []


@pytest.mark.slow
def test_a_capitalized_word_copied_from_the_other_side_is_a_name():
    assert flags("Voyageurs vont aimer cette valise.", "Voyageurs Inc. sells suitcases.") == []
    (finding,) = run("fr-bare-subject-noun", "Travellers will love this suitcase.",
                     "Voyageurs vont aimer cette valise.", "en", "fr")
    assert (finding.side, finding.start, finding.end, finding.replacement) == (
        "target", 0, 9, "Les voyageurs")


def test_only_texts_with_a_clause_opening_noun_are_parsed():
    assert may_have_bare_subject("Clients vont apprécier la livraison.")
    assert may_have_bare_subject("Le sac est léger. Sangles permettent de le porter.")
    assert not may_have_bare_subject("Les clients vont apprécier la livraison.")


@pytest.mark.parametrize("text", [
    # no word the lexicon knows as a verb between the noun and the next punctuation
    "Il est défenseur actif, promoteur et pionnier dans le renforcement des capacités.",
    # a capitalized word after a comma is taken for a name; a word glued to a hyphen is no
    # token of letters alone
    "Ma Zhaoxu, Ministre des affaires, a parlé.",
    "Ma Zhaoxu, vice-ministre chinois, a parlé.",
    # the clause-opening form is the verb (« que », a determiner after it), and a form that
    # may be an adjective (« politique ») or a noun after a determiner (« la place ») is no
    # finite verb of the noun
    "Le ministre, estime que le service est bon.",
    "Le pays, réclame une enquête sur les faits.",
    "Il parle avec Bertrand, responsable politique de la rébellion.",
    "De Bunagana, fief et dernière place forte de la rébellion.",
])
def test_clause_opening_nouns_the_check_passes_over_are_not_parsed(text: str) -> None:
    assert may_have_bare_subject(text) is False


def test_a_clause_opening_noun_before_its_verb_after_a_comma_is_parsed() -> None:
    assert may_have_bare_subject("Le sac est léger, sangles permettent de le porter.") is True
    # a noun or verb form past the noun's complement is its verb
    assert may_have_bare_subject("Rouleau de mousse donne un soulagement.") is True
    assert may_have_bare_subject("Housse de voyage de la marque offre un compartiment.") is True


def bare_objects(text: str) -> list[str]:
    from translator_gui.core.checks.determiners import find_bare_objects

    return [text[f.start:f.end] for f in find_bare_objects(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Cette semelle garantit adhérence sur sol mouillé.", ["garantit adhérence"]),
    ("Vous pouvez régler hauteur en quelques secondes.", ["régler hauteur"]),
    ("Ce filtre élimine bactéries présentes dans l'eau.", ["élimine bactéries"]),
])
def test_verb_with_a_bare_object_is_flagged(text, expected):
    assert bare_objects(text) == expected


@pytest.mark.parametrize("text", [
    # verbal locutions that take a bare noun
    "Nous avons besoin d'aide ; la réunion aura lieu demain et il faut faire attention.",
    "Elle a pris part au débat et rendu hommage aux bénévoles.",
    "Il faut tenir compte des délais et porter plainte.",
    # an attribute after « être » or « devenir »
    "Il est avocat et deviendra juge.",
    # coordinated or listed nouns after a verb
    "Ce tissu allie souplesse et solidité.",
    # the object with its article
    "Cette semelle garantit une bonne adhérence.",
])
def test_bare_nouns_french_allows_are_spared(text):
    assert bare_objects(text) == []


def test_bare_object_finding_is_a_hint():
    (finding,) = run("fr-bare-object-noun", "Adjust the height.", "Réglez hauteur du siège.",
                     "en", "fr")
    assert (finding.start, finding.end, finding.replacement) == (0, 14, None)
    assert finding.hint == ("an article before « hauteur » (le, la, l', les, un, une, du, de la, "
                            "des)")


@pytest.mark.parametrize(("text", "wanted"), [
    ("Enfants vont adorer ce jeu.", True),
    ("Le prix monte. Poignée est faite de cuir.", True),
    # a form of « être » or « avoir » after a comma is the verb, not a bare subject; a
    # sentence's end stands between a noun and the verbs of the next sentence
    ("Selon lui, est venu le temps des réformes.", False),
    ("Bonjour, cuisine italienne. Elle vient demain.", False),
])
def test_bare_subject_prefilter(text: str, wanted: bool) -> None:
    assert may_have_bare_subject(text) is wanted
