"""French agreement checks: noun–adjective, past participle, subject–verb (spaCy)."""

from __future__ import annotations

import pytest
from check_support import (
    assert_french_flags,
    only,
)

from translator_gui.core.checks import check_segment
from translator_gui.core.model import ReviewDocument, Segment


@pytest.mark.slow
@pytest.mark.parametrize("french, expected", [
    ("Il faut des mesures concrets pour la coopération internationale.", ["concrets"]),
    ("Il a plaidé pour une approche global et intégrée.", ["global"]),
    ("Le pays n'aura pas adopté de réformes impopulaire pour réduire son déficit.",
     ["impopulaire"]),
    ("La Bourse a clôturé en baisse, plombée par les mauvaise résultats du groupe.",
     ["mauvaise"]),
    # good French a naive rule gets wrong
    ("Des gens heureux ont salué une partie des membres présents.", []),
    ("Les secteurs public et privé ont signé ; les langues française et anglaise sont "
     "officielles.", []),
    ("Les ministres présentes ont voté les mesures clés.", []),
    ("Les faits allégués sont en général plus anciens.", []),
    ("Une situation des plus difficiles a été signalée.", []),
    ("Des pommes de terre cuites ont été servies.", []),
    ("L'Organisation des Nations Unies a adopté une résolution importante.", []),
    # nouns used as modifiers and truncations never take agreement endings
    ("Les bulletins météo annoncent des pluies et des prix promo sont affichés.", []),
    ("Elle porte des chaussures marron et des robes vidéo sont exposées.", []),
])
def test_adjective_agreement(french: str, expected: list[str]) -> None:
    assert_french_flags("fr-adjective-agreement", french, expected)


@pytest.mark.slow
@pytest.mark.parametrize("french, expected", [
    ("La résolution a été adopté à l'unanimité.", ["adopté"]),
    ("Les mesures ont été annoncé par le gouvernement.", ["annoncé"]),
    ("Elles sont partis hier soir.", ["partis"]),
    ("La réunion a été reporté à mardi.", ["reporté"]),
    # collective subjects, c'est, on, pronominal verbs, coordinated subjects
    ("La résolution a été adoptée à l'unanimité.", []),
    ("La plupart des membres sont partis tôt.", []),
    ("C'est important et on est prêts.", []),
    ("Les flammes se sont déclarées dans une maison ; les alarmes se sont succédé.", []),
    ("La police et un suspect ont été blessés.", []),
    ("Une dizaine de personnes ont été tuées.", []),
    # a noun of time the parser may take for the subject is an adverbial
    ("Les rapports soumises l'année dernière ont été examinés.", []),
])
def test_participle_agreement(french: str, expected: list[str]) -> None:
    assert_french_flags("fr-participle-agreement", french, expected)


@pytest.mark.slow
@pytest.mark.parametrize("french, expected", [
    ("Les granulés de charbon actif ne peut pas être régénérés.", ["peut"]),
    ("Les délégations ne peut pas voter.", ["peut"]),
    ("Le comité ont décidé de reporter la séance.", ["ont"]),
    ("La commission examinent le rapport.", ["examinent"]),
    # collective, coordinated and inverted subjects; venir/tenir in -ient
    ("La plupart des membres ont voté.", []),
    ("Le ministre et son adjoint sont partis.", []),
    ("Le milliardaire détient encore 25 % du capital et revient en scène.", []),
    ("Le nombre de personnes touchées augmente.", []),
    ("Les pays qui ont signé le traité sont nombreux.", []),
    ("Les rapports soumises l'année dernière ont été examinés.", []),
])
def test_subject_verb_agreement(french: str, expected: list[str]) -> None:
    assert_french_flags("fr-subject-verb-agreement", french, expected)


@pytest.mark.slow
def test_agreement_suggests_the_agreeing_form() -> None:
    document = only(ReviewDocument([Segment(
        0, "Il a plaidé pour une approche global et intégrée.", "", "")]),
        "fr-adjective-agreement")
    issues = [i for i in check_segment(document, 0) if i.check == "fr-adjective-agreement"]
    assert [i.suggestion for i in issues] == ["globale"]


def test_a_replacement_is_a_form_the_lexicon_knows() -> None:
    from translator_gui.core.checks.agreement import _confirmed, not_inflected

    assert _confirmed("émergentes", "Fem", "Plur")
    assert not _confirmed("météoes", "Fem", "Plur")  # built by rule, no French word
    assert not _confirmed("émergentes", "Masc", "Sing")
    assert not_inflected("météo") and not_inflected("marron") and not_inflected("promo")
    assert not not_inflected("noirs") and not not_inflected("émergents")


def test_a_parse_fix_the_lexicon_check_contradicts_becomes_a_hint():
    from translator_gui.core.checks.agreement import _unopposed
    from translator_gui.core.checks.text import Found

    text = "Elle a des poches bien ajusté."
    start = text.index("ajusté")
    wrong = _unopposed(text, Found(start, start + 6, "m", replacement="ajustés"))
    assert (wrong.replacement, wrong.hint) == (
        None, "Make « ajusté » agree with the noun it qualifies.")
    right = _unopposed(text, Found(start, start + 6, "m", replacement="ajustées"))
    assert (right.replacement, right.hint) == ("ajustées", None)
