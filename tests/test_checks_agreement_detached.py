"""A participle or adjective opening its sentence before a comma agrees with the subject after
the comma (translator_gui.core.checks.agreement_detached, reported by the noun-phrase check)."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.agreement_lexicon import find


def _spans(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.start:f.end], f.replacement) for f in find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Cousue à la main avec du fil de lin, cette veste dure des années. "
     "Taillé dans l'acier, les lames restent tranchantes.", [("Taillé", "Taillées")]),
    # after an adverb, after a full stop, and a participle before its comma at once
    ("Le sac est prêt. Spécialement conçu pour la randonnée, la tente se monte en deux minutes.",
     [("conçu", "conçue")]),
    ("Livrés, la table se monte vite.", [("Livrés", "Livrée")]),
])
def test_flags_a_detached_participle_that_disagrees_with_the_subject(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "Fabriquée en Italie, cette lampe éclaire bien ; conçus pour durer, les pieds sont en acier.",
    # a participle before a determiner or a number is a preposition (« vu », « passé »)
    "Vu la situation, les magasins ferment. Passé 18 heures, les portes restent closes.",
    # not the subject after the comma: a name, a clause, a pronoun
    "Fabriqué en France, le sac Zorbix est solide. Conçue pour durer, elle ne s'use pas.",
    "Conçu pour les enfants, il faut que la lampe soit solide.",
    # an adjective in a list at the start of a line, not detached
    "Solide et léger, ce vélo tient la route.",
])
def test_quiet_when_it_agrees_or_the_subject_is_elsewhere(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a participle alone in brackets after a counted or determined noun agrees with it
    ("Fonctionne avec 2 ampoules LED (non fourni). Livré avec une sangle (également inclus).",
     [("fourni", "fournies"), ("inclus", "incluse")]),
])
def test_flags_a_bracketed_participle_that_disagrees_with_the_noun_before(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "Livré sans piles (non fournies) ; 2 ampoules (non incluses).",
    # coordinated nouns, a noun after a preposition that may complement another, a bracket
    # holding more than the participle
    "Chargeur et piles (non inclus) ; accessoires en option (non inclus) ; une housse (voir "
    "photo).",
])
def test_quiet_on_bracketed_participles_that_agree_or_whose_noun_is_unsure(text):
    assert _spans(text) == []
