"""Shared helpers of the checks (translator_gui/core/checks/text.py)."""

from __future__ import annotations

from translator_gui.core.checks.text import WordList, common_words, is_common_word


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
