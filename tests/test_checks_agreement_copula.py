"""The attribute's number against the copula right before it (agreement_copula), reported by the
lexicon noun-phrase check (translator_gui.core.checks.agreement_lexicon.find)."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.agreement_lexicon import find


def _spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[f.start:f.end], f.replacement, f.hint) for f in find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a subject the noun-phrase reading cannot settle (a name inside it): the copula alone
    # shows the clash; either word may be wrong, both are the span, a hint
    ("Les chaussettes du fusil Marlin sont spécialement conçu pour la chasse.",
     [("sont spécialement conçu", None,
       "make « sont » and « conçu » agree in number with the subject")]),
    # the verb is the wrong word here, as often: a hint, not a fix
    ("Beaucoup de randonneurs est allergiques au duvet.",
     [("est allergiques", None,
       "make « est » and « allergiques » agree in number with the subject")]),
    # through a negation
    ("Ces modèles ne sont pas disponible en France.",
     [("sont pas disponible", None,
       "make « sont » and « disponible » agree in number with the subject")]),
    # after a modal and « être »
    ("Quelques tapis de la marque Zen peuvent être facilement lavé.",
     [("peuvent être facilement lavé", None,
       "make « peuvent » and « lavé » agree in number with the subject")]),
    # coordinated attributes each agree with the copula: a later one alone is the span
    ("Ces gants du fabricant Ortiz sont légers, souple et durable.",
     [("légers, souple", None,
       "give « légers » and « souple » the gender and number of the noun they qualify"),
      ("durable", None, "make « sont » and « durable » agree in number with the subject")]),
])
def test_flags_an_attribute_whose_number_clashes_with_its_copula(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    # agreeing attributes, invariable phrases, superlatives of a set, idioms
    "Les sacs de la gamme Trek sont légers et solides.",
    "Les produits sont haut de gamme.",
    "La tente est des plus solides.",
    "Les prix sont bien sûr élevés.",
    # subjects whose copula says nothing of the attribute's number, a noun after « l' »
    "On est prêts à partir ; c'est gratuit ; vous êtes prêts ?",
    "Les vents sont forts à l'est et la ville est calme.",
    # coordinated verbs of one subject
    "Ils sont vendus séparément et sont garantis deux ans.",
    # a word of either number
    "Les modèles de la série X sont compris dans le prix.",
])
def test_quiet_when_the_attribute_agrees_or_is_no_attribute(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("french", "expected"), [
    # the attribute agrees with the head of the subject; the verb is the odd one (the
    # subject-verb check reports « peut » with its fix)
    ("Les granulés de charbon actif ne peut pas être régénérés.", []),
    ("Les housses du siège avant est lavables.", []),
    # the chain after a preposition is no subject: the clash stays reported
    ("La cartouche se fixe à toutes les bouteilles d'eau populaires peut être utilisés.",
     ["peut être utilisés"]),
])
def test_an_attribute_agreeing_with_the_subject_s_head(french, expected) -> None:
    assert [french[f.start:f.end] for f in find(french)] == expected


@pytest.mark.parametrize(("french", "expected"), [
    # a noun of either gender takes the one of the adjective before it
    ("Les nouvelles politiques sont ambitieux et coûteux.",
     [("ambitieux", "ambitieuses"), ("coûteux", "coûteuses")]),
    ("Les nouvelles politiques sont ambitieuses.", []),
    ("Les anciens postes sont occupés.", []),
])
def test_a_noun_of_either_gender_takes_the_adjective_s_before_it(french, expected) -> None:
    assert [(french[f.start:f.end], f.replacement) for f in find(french)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # « conçue pour être … »: the attribute takes the participle's gender and number
    ("La gourde est conçue pour rester froid toute la journée.", [("froid", "froide")]),
    ("Ces sangles sont prévues pour être très solide et léger.",
     [("solide", "solides"), ("léger", "légères")]),
    ("Le sac est fait pour paraître discrète.", [("discrète", "discret")]),
])
def test_the_attribute_after_a_participle_and_pour_etre(text, expected):
    assert [(text[f.start:f.end], f.replacement) for f in find(text)] == expected


@pytest.mark.parametrize("text", [
    "La gourde est conçue pour rester froide et les gants sont faits pour durer.",
    "Le produit est conçu pour être utilisé à l'extérieur.",
    "Ces sangles sont prévues pour être facilement réglables.",
])
def test_an_agreeing_attribute_after_pour_etre_stays_quiet(text):
    assert list(find(text)) == []
