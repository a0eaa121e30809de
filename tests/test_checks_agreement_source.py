"""The English source deciding which word of a French number clash is wrong
(translator_gui.core.checks.agreement_source), through the two lexicon agreement checks."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.agreement_source import cognates, other_number, source_number
from translator_gui.core.checks.base import SegmentContext, get_check
from translator_gui.core.model import Segment


def _issues(check_id: str, english: str, french: str) -> list[tuple[str, str | None, str | None]]:
    context = SegmentContext(Segment(0, english, french, french), "en", "fr")
    return [(french[f.start:f.end], f.replacement, f.hint)
            for f in get_check(check_id).check_segment(context)]


@pytest.mark.parametrize(("lemma", "english"), [
    ("décision", "decision"), ("batterie", "battery"), ("qualité", "quality"),
    ("forme", "form"), ("moteur", "motor"), ("plastique", "plastic"), ("liste", "list"),
])
def test_a_noun_lemma_has_its_english_cognate(lemma, english):
    assert english in cognates(lemma)


@pytest.mark.parametrize(("source", "lemma", "expected"), [
    ("The batteries are sold separately.", "batterie", ("p", "batteries")),
    ("It comes with a battery and two cables.", "batterie", ("s", "battery")),
    # a modifier noun is singular in English whatever it counts: no evidence
    ("A battery charger for every phone.", "batterie", None),
    # both numbers in the source: no evidence
    ("One battery or two batteries.", "batterie", None),
    # not named at all
    ("The council met on Monday.", "décision", None),
    # "-ss", "-us" words are no plurals
    ("The process takes time.", "procès", None),
])
def test_the_english_source_shows_a_noun_in_one_number(source, lemma, expected):
    assert source_number(source, lemma) == expected


@pytest.mark.parametrize(("form", "lemma", "gender", "number", "expected"), [
    ("décision", "décision", "f", "p", "décisions"),
    ("journal", "journal", "m", "p", "journaux"),
    ("tables", "table", "f", "s", "table"),
    ("prix", "prix", "m", "s", None),  # the same form in both numbers: nothing to change
])
def test_the_other_number_of_a_noun_comes_from_the_lexicon(form, lemma, gender, number, expected):
    assert other_number(form, lemma, gender, number) == expected


@pytest.mark.parametrize(("english", "french", "expected"), [
    # the determiner and the English say plural: the noun is the wrong word
    ("The committee's decisions are public.", "Les décision du comité sont publiques.",
     [("Les décision", "Les décisions", None)]),
    ("Replace the batteries every year.", "Remplacez les batterie chaque année.",
     [("les batterie", "les batteries", None)]),
])
def test_the_english_source_makes_the_noun_the_fix_of_a_determiner_clash(english, french,
                                                                         expected):
    assert _issues("fr-determiner-agreement", english, french) == expected


@pytest.mark.parametrize(("english", "french", "expected"), [
    # the English names the noun in the determiner's number: the determiner and the noun may
    # both be right for some reading, a person decides
    ("The decision of the committee is public.", "Les décision du comité sont publiques.",
     [("Les décision", None, "make « Les » and « décision » agree in number")]),
    # the English does not name the noun: as before
    ("What the committee decided is public.", "Les décision du comité sont publiques.",
     [("Les décision", None, "make « Les » and « décision » agree in number")]),
    # an adjective after the noun sides with it: changing the noun alone is not enough
    ("The final decisions are public.", "Les décision finale sont publiques.",
     [("Les décision", None, "make « Les » and « décision » agree in number")]),
])
def test_without_the_sources_word_the_number_clash_keeps_its_hint(english, french, expected):
    assert _issues("fr-determiner-agreement", english, french) == expected


def test_a_bare_noun_and_its_adjective_take_the_englishs_number():
    # « avec tables pliante » for "with folding tables": the English and the adjective's
    # ending... the adjective is singular here, the English plural: the noun is right, the
    # adjective is fixed
    english = "It comes with folding tables."
    french = "Il est livré avec tables pliante."
    assert _issues("fr-noun-phrase-agreement", english, french) == [
        ("tables pliante", "tables pliantes", None)]
    # « avec table pliantes » for "with folding tables": the noun is the odd one out
    french = "Il est livré avec table pliantes."
    assert _issues("fr-noun-phrase-agreement", english, french) == [
        ("table pliantes", "tables pliantes", None)]


def test_a_french_source_is_not_read_as_evidence():
    context = SegmentContext(Segment(0, "Les décision du comité sont publiques.",
                                     "The committee's decisions are public.",
                                     "The committee's decisions are public."), "fr", "en")
    found = list(get_check("fr-determiner-agreement").check_segment(context))
    assert [(f.replacement, f.hint) for f in found] == [
        (None, "make « Les » and « décision » agree in number")]
