"""The aligner's whole-side analysis finds exactly what the sentence-by-sentence one finds."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from translator_gui.core.align import _bead_words, seed_lexicons
from translator_gui.core.align_features import _encode
from translator_gui.core.align_tokens import (
    _analyse,
    _analyse_one_by_one,
    _analyse_side,
    _Analysis,
    _encode_analysis,
)

PIECES = ["le", "Chat", "M.", "Dr.", "Paris", "1999", "007", "²", "maison", "?", "!", "«", "»",
          "Œuvre", "ÉTÉ", "été", "ça", "Straße", "İstanbul", "ΟΔΟΣ", "Σ", "oui", "yes", "non",
          "no", "\x00", "_x", "٣٤", "x²", "l'État", "(", ")", "—", "\n", "  ", " ", "...", "Mme",
          "St", "ǅemal", "ﬁn", "", "“", "”"]
sentence = (st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join)
            | st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
            | st.text(max_size=30))


def tokens_of(analysis: _Analysis) -> list[list[str]]:
    ends = np.cumsum(analysis.sizes)
    names = [analysis.names[t] for t in analysis.token.tolist()]
    return [names[end - size:end] for end, size in zip(ends.tolist(), analysis.sizes.tolist(),
                                                        strict=True)]


def words_of(analysis: _Analysis, count: int) -> list[list[str]]:
    words: list[list[str]] = [[] for _ in range(count)]
    for word, at in zip(analysis.word.tolist(), analysis.word_sentence.tolist(), strict=True):
        words[at].append(analysis.words[word])
    return words


@settings(max_examples=300, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=12), st.sampled_from([3, 4, 5]), st.booleans())
def test_whole_side_analysis_is_the_sentence_by_sentence_one(sentences, prefix, lexicon):
    french, _english = seed_lexicons("fr", "en")
    used = french if lexicon else {}
    side = _analyse_side(sentences, prefix, used)
    expected_tokens = []
    for text in sentences:
        tokens, words = _analyse(text, prefix)
        expected_tokens.append(tokens + [t for w in words if w in used for t in used[w]])
    assert tokens_of(side) == expected_tokens
    assert words_of(side, len(sentences)) == [_analyse(text, prefix)[1] for text in sentences]
    # and the vocabulary ids come out as _encode gives them, first occurrence first
    vocabulary: dict[str, int] = {"#1999": 0}
    entries = _encode_analysis(side.names, side.token, side.sizes, vocabulary)
    reference_vocabulary: dict[str, int] = {"#1999": 0}
    reference = _encode(expected_tokens, reference_vocabulary)
    assert list(vocabulary.items()) == list(reference_vocabulary.items())
    for mine, theirs in zip(entries, reference, strict=True):
        assert np.array_equal(mine, theirs)


def test_names_inside_clauses_and_after_titles():
    sentences = ["Le Monde dit que M. Dupont vient.", "« Jean arrive », dit Marie.",
                 "Il voit Dr. Watson et St. Louis; Paris aussi."]
    side = _analyse_side(sentences, 4, {})
    names = [[t for t in tokens if t.startswith("^")] for tokens in tokens_of(side)]
    # a capital after a title is a name; after a clause mark (; « .) it opens a clause
    assert names == [["^monde", "^dupont"], ["^marie"], ["^dr", "^watson", "^st", "^louis"]]
    assert tokens_of(side) == tokens_of(_analyse_one_by_one(sentences, 4, {}))


def test_text_holding_the_separator_or_a_capital_sigma_is_read_one_by_one():
    for sentences in (["a\x00b Paris", "Lyon"], ["ΟΔΟΣ'Α Paris", "Rome"]):
        side = _analyse_side(sentences, 4, {})
        assert tokens_of(side) == [_analyse(s, 4)[0] for s in sentences]


def test_bead_words_number_words_by_first_occurrence_over_the_beads():
    side = _analyse_side(["le chat dort", "un chien", "le chien et le chat", "rien"], 4, {})
    flat, sizes, names = _bead_words(side, np.array([2, 0]))
    # words of sentence 2 then sentence 0: le chien et chat | dort
    assert names == ["le", "chien", "et", "chat", "dort"]
    assert sizes.tolist() == [4, 3]
    assert flat.tolist() == [0, 1, 2, 3, 0, 3, 4]
