"""core/text.py: fold, how two spellings of a word are compared."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from property_budget import examples

from translator_gui.core.text import fold


def _reference(text: str) -> str:
    # The definition: apostrophes unified, the whole text decomposed (NFD), its combining
    # marks dropped, then casefolded.
    text = text.translate(str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'"}))
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@pytest.mark.parametrize(("text", "folded"), [
    ("Délai", "delai"),
    ("ÉTATS-UNIS", "etats-unis"),
    ("l’État", "l'etat"),
    ("aujourd`hui", "aujourd'hui"),
    ("d´abord", "d'abord"),
    ("Straße", "strasse"),
    ("ŒUVRE", "œuvre"),
    ("e\u0301te\u0301", "ete"),  # already decomposed
    ("Ångström", "angstrom"),
    ("ﬁn", "fin"),  # a ligature: no canonical decomposition, casefold splits it
    ("한국", unicodedata.normalize("NFD", "한국")),  # Hangul decomposes to its letters
    ("", ""),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(text) == _reference(text)


@settings(max_examples=examples(300), deadline=None)
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20))
@example("a\u0301\u0327b")  # two marks on one letter, out of canonical order
@example("ǅ\u0345")  # a title-case digraph and a mark casefold changes
def test_fold_is_the_whole_text_decomposed(text: str) -> None:
    # fold decomposes character by character (a table, then str.translate): the same as
    # decomposing the whole text, whose only other work is reordering the marks it drops
    assert fold(text) == _reference(text)
