"""Shared helpers of the checks (translator_gui/core/checks/text.py)."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.text import (
    WordList,
    _common_word_lists,
    common_words,
    hashed_word_lists,
    hashes_bytes,
    is_common_word,
    lower_same_length,
    word_hash,
)
from translator_gui.core.resources import resource


def test_a_word_list_answers_what_a_set_would():
    words = WordList("été\nmaison\nmaisons\n\nzèbre\n")
    assert len(words) == 4
    assert [w in words for w in ("été", "maison", "maisons", "zèbre")] == [True] * 4
    assert [w in words for w in ("ete", "Maison", "maiso", "", "zèbres", 3)] == [False] * 6
    assert not WordList("") and len(WordList("")) == 0


def test_french_common_words_know_lemmas_and_their_forms():
    lexicon = common_words("fr")
    assert "gouvernement" in lexicon and "xqzw" not in lexicon
    assert is_common_word("Gouvernements", lexicon)  # capital and plural
    assert not is_common_word("Smartphone-like", lexicon)
    assert not common_words("en")  # no list: nothing is called common


def test_the_word_hash_is_stable_across_processes():
    # The shipped .hashes file depends on it: Python's own hash() changes with each process.
    assert word_hash("maison") == -3468629539181016418
    assert word_hash("été") == -2873208181647912516


def test_the_shipped_hashes_are_those_of_the_shipped_word_list():
    # tools/build_common_words.py --hashes rebuilds them after the list changes.
    text = resource("lexicon", "fr-common-words.txt").read_text(encoding="utf-8")
    lemmas, forms = hashed_word_lists(text)
    shipped = resource("lexicon", "fr-common-words.hashes").read_bytes()
    assert shipped == hashes_bytes(lemmas, forms)
    assert (len(common_words("fr")), len(_common_word_lists("fr")[1])) == (len(lemmas), len(forms))


@pytest.mark.parametrize(("text", "lowered"), [
    ("L’Été À Paris", "l'été à paris"),
    ("ΟΔΟΣ ΣΑΣ", "οδοσ σασ"),  # each sigma on its own: no final ς (str.lower's context rule)
    ("İstanbul", "İstanbul"),  # « İ » lowers to two characters: kept, so offsets stay
    ("Straße", "straße"),
    ("", ""),
])
def test_lower_same_length_lowers_each_character_alone(text: str, lowered: str) -> None:
    assert lower_same_length(text) == lowered
    assert len(lower_same_length(text)) == len(text)
