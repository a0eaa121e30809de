"""fr-noun-phrase-agreement: adjectives made of a prefix, a hyphen and a present participle
or an adjective (« anti-dérapant », « auto-nettoyant », « anti-bactérien ») agree as the
adjective does (the fix welded where « dérapante » would be no word); a preposition that
is also a noun (« pendant », « avant ») before a determiner opens no noun phrase. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from check_support import run

CHECK = "fr-noun-phrase-agreement"


@pytest.mark.parametrize(("target", "fixed"), [
    ("Cette semelle anti-glissant tient sur la glace.",
     "Cette semelle anti-glissante tient sur la glace."),
    ("Des chaussettes anti-dérapant pour le yoga.", "Des chaussettes antidérapantes pour le yoga."),
    ("Un four auto-nettoyante facile à entretenir.", "Un four auto-nettoyant facile à entretenir."),
    ("Une lingette anti-bactérien pour la cuisine.",
     "Une lingette anti-bactérienne pour la cuisine."),
    ("Une housse anti-dérapant pendant toute la saison.",
     "Une housse antidérapante pendant toute la saison."),
    ("Une lampe puissant avant la tombée de la nuit.",
     "Une lampe puissante avant la tombée de la nuit."),
])
def test_prefixed_adjective_agrees_with_its_noun(target, fixed):
    [finding] = run(CHECK, "", target, "en", "fr")
    applied = target[:finding.start] + finding.replacement + target[finding.end:]
    # the hyphen stays unless the part after it would be no word (« dérapante »): then the
    # welded spelling the lexicon knows (« antidérapante »)
    assert applied == fixed
    assert run(CHECK, "", applied, "en", "fr") == []
    assert run("spelling", "", applied, "en", "fr") == []


@pytest.mark.parametrize("target", [
    "Des tapis anti-dérapants pour la salle de bain.",
    "Une semelle anti-dérapante et souple.",
    "Des fours auto-nettoyants.",
    "Une crème anti-âge pour le visage.",
    # a noun after the adjective: it opens that noun phrase (« pleine longueur »)
    "Une robe pleine longueur.",
    # a participle with its complement may stay invariable: not judged
    "Une surface glissant pendant l'hiver.",
])
def test_agreeing_or_undecided_prefixed_adjective_stays_quiet(target):
    assert run(CHECK, "", target, "en", "fr") == []


@pytest.mark.parametrize(("target", "fixed"), [
    # a noun of one form for both numbers takes its determiner's (« un cours », « le bras »)
    ("Un cours intensifs dure une semaine.", "Un cours intensif dure une semaine."),
    ("Ce bras articulés se replie.", "Ce bras articulé se replie."),
])
def test_noun_of_one_form_for_both_numbers_takes_its_determiner_s(target, fixed):
    [finding] = run(CHECK, "", target, "en", "fr")
    # (« cours » is also the plural of « cour »: the fix is then a hint for the translator)
    if finding.replacement is None:
        assert "singular" in finding.message and finding.hint
    else:
        assert target[:finding.start] + finding.replacement + target[finding.end:] == fixed


@pytest.mark.parametrize("target", [
    "Des cours particuliers.",
    "Les bras articulés se replient.",
    "Un cours d'eau limpide.",
    "Les prix de vente élevés découragent.",
])
def test_noun_of_one_form_agreeing_stays_quiet(target):
    assert run(CHECK, "", target, "en", "fr") == []


def test_adjective_agreeing_with_neither_noun_of_a_complement_is_flagged():
    # « bras » is singular after « le »: a plural adjective agrees with neither noun
    [finding] = run(CHECK, "", "Le bras de levier réglables.", "en", "fr")
    assert "réglables" in finding.message
