"""Coordinated adjectives that disagree with each other (translator_gui.core.checks.
agreement_coordination), reported by the lexicon's noun-phrase agreement check."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.agreement_lexicon import find


def _spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[f.start:f.end], f.replacement, f.hint) for f in find(text)]


def _hint(left: str, right: str) -> str:
    return f"give « {left} » and « {right} » the gender and number of the noun they qualify"


@pytest.mark.parametrize(("text", "expected"), [
    # the noun is far or unknown: the two adjectives still clash with each other
    ("Robuste et légers, le sac Zorbix suit partout.", [("Robuste et légers", None, None)]),
    ("Souple et résistant, la sangle se règle vite ; elle est étanche et lavable.", []),
    ("Élégant et pliante, le siège Zorbix se range partout.",
     [("Élégant et pliante", None, _hint("Élégant", "pliante"))]),
    # an adverb may stand before the second one; « ou » coordinates too
    ("Il loue des modèles Zorbix neufs ou légèrement usagées.",
     [("neufs ou légèrement usagées", None, _hint("neufs", "usagées"))]),
    # « mais » joins two qualities of one noun too
    ("Des tapis Zorbix épais mais légères.",
     [("épais mais légères", None, _hint("épais", "légères"))]),
    # a list after commas that « et » ends, adverbs before its items
    ("Un cadre Zorbix plus solide, plus léger, plus pratiques et plus fiable.",
     [("léger, plus pratiques", None, _hint("léger", "pratiques"))]),
])
def test_flags_coordinated_adjectives_that_clash(text, expected):
    found = _spans(text)
    assert [span for span, _r, _h in found] == [span for span, _r, _h in expected]
    assert all(replacement is None for _s, replacement, _h in found)  # which one is wrong?
    for (_s, _r, hint), (_e, _x, wanted) in zip(found, expected, strict=True):
        assert wanted is None or hint == wanted


@pytest.mark.parametrize("text", [
    "Les secteurs public et privé ont signé ; les langues française et anglaise sont là.",
    # one word in both genders on purpose, a passive verb with its agent, a list after commas
    "Il aide les sportifs et sportives ; une organisation illégale et durement réprimé par "
    "les autorités, disait-on du mouvement.",
    "Il vend des chaussures légères, confortable à porter dès le premier jour.",
    # the last one stands before its own noun
    "Il équipe les camions de taille réelle et petites camionnettes.",
    "Un produit simple et efficace, une table ronde et pliante, des pieds fins et solides.",
    "Pratique et légère, cette lampe Zorbix tient dans la poche.",
    "Des tapis Zorbix épais mais légers ; un sac petit mais des poches grandes.",
])
def test_quiet_when_the_adjectives_agree_or_may_qualify_other_nouns(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a masculine plural after two coordinated feminine nouns agrees with neither, nor with both
    ("Il mesure la distance parcourue et les calories dépensés.",
     [("calories dépensés", "calories dépensées")]),
    ("Une veste et des chaussures noirs, livrées en boîte.",
     [("chaussures noirs", "chaussures noires")]),
    # one of them masculine: the masculine plural agrees with both together
    ("Une robe et des chapeaux noirs ; le pantalon et les chaussures noirs.", []),
    ("La vitesse et les calories brûlées s'affichent ; des gants et des bottes neufs.", []),
])
def test_a_masculine_plural_after_coordinated_feminine_nouns(text, expected):
    assert [(s, r) for s, r, _h in _spans(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two coordinated nouns opening the clause: their attribute is plural, masculine when
    # either is masculine, feminine when both are
    ("Le guidon et le cadre sont fabriquées en aluminium.", [("fabriquées", "fabriqués")]),
    ("Housse et sangle sont livrés avec le sac.", [("livrés", "livrées")]),
    ("La lampe et le câble sont fournies.", [("fournies", "fournis")]),
    # right, or not the subjects of the copula
    ("La lampe et le câble sont fournis ; la housse et la sangle sont lavables.", []),
    ("On voit que la lampe et le câble sont fournies.", []),
    ("Avec la lampe et le câble sont fournies deux piles.", []),
])
def test_the_attribute_of_two_coordinated_subjects(text, expected):
    assert [(s, r) for s, r, _h in _spans(text)] == expected
