"""A number in figures before a singular noun (translator_gui.core.checks.agreement_numerals,
reported by the determiner check)."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.agreement_determiner import find


def _spans(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.start:f.end], f.replacement) for f in find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le kit contient 12 cahier et 3 journal.", [("cahier", "cahiers"), ("journal", "journaux")]),
    # a word the false-friend tables list as a wrong rendering (« comte » for a package's
    # "count"): a hint, the plural of a wrong word is no fix
    ("Un flacon de 50 comte.", [("comte", None)]),
    ("Il faut compter 45 minute. Ses 2 fille jouent.", [("minute", "minutes"), ("fille", "filles")]),
])
def test_flags_a_singular_noun_after_a_number_of_two_or_more(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    # below two, a date, a decimal below two, an identifier and its number, a model's number
    "Il a 1 crayon, part le 14 juillet et boit 1,5 litre d'eau.",
    "Voir l'article 12 alinéa 3 ; le Zorbix 300 crayon est fourni ; le 72 est sorti.",
    # a value after its label, English order before a plural noun, a plural already
    "Poids : 20 longueur : 30 ; 3 aluminium brûleurs ; 4 crayons.",
])
def test_quiet_on_counts_that_agree_or_numbers_that_count_nothing(text):
    assert _spans(text) == []
