"""The aligner's whole-side analysis finds exactly what the sentence-by-sentence one finds."""

from __future__ import annotations

import os
import threading

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from property_budget import examples

from translator_gui.core import align_tokens
from translator_gui.core.align import _bead_words, seed_lexicons
from translator_gui.core.align_features import _encode
from translator_gui.core.align_tokens import (
    _analyse,
    _analyse_one_by_one,
    _analyse_side,
    _Analysis,
    _encode_analysis,
    analyse_sides,
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


@settings(max_examples=examples(300), deadline=None)
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


def same_analysis(left: _Analysis, right: _Analysis) -> bool:
    return (left.names == right.names and left.words == right.words
            and all(np.array_equal(getattr(left, f), getattr(right, f))
                    for f in ("token", "sizes", "word", "word_sentence")))


LONG_SOURCE = [f"Le rapport {k} de M. Dupont, publié à Genève le {k % 28 + 1} mai." for k in
               range(60)]
LONG_TARGET = [f"Report {k} by Mr Dupont, published in Geneva on {k % 28 + 1} May." for k in
               range(70)]


def test_both_sides_read_in_a_second_process_match_one_process(monkeypatch):
    lexicon_s, lexicon_t = seed_lexicons("fr", "en")
    alone = (_analyse_side(LONG_SOURCE, 4, lexicon_s), _analyse_side(LONG_TARGET, 4, lexicon_t))
    monkeypatch.setattr(align_tokens, "_FORK_FROM", 0)
    monkeypatch.setattr(align_tokens, "_may_fork", lambda: True)
    forked = analyse_sides(LONG_SOURCE, LONG_TARGET, 4, lexicon_s, lexicon_t)
    assert same_analysis(forked[0], alone[0]) and same_analysis(forked[1], alone[1])


def test_a_failing_child_process_leaves_the_reading_to_this_one(monkeypatch):
    lexicon_s, lexicon_t = seed_lexicons("fr", "en")
    expected = _analyse_side(LONG_TARGET, 4, lexicon_t)
    monkeypatch.setattr(align_tokens, "_FORK_FROM", 0)
    monkeypatch.setattr(align_tokens, "_may_fork", lambda: True)
    calls: list[int] = []
    real = align_tokens._analyse_side
    parent = os.getpid()

    def failing_in_the_child(sentences, prefix, lexicon):
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        calls.append(len(sentences))
        return real(sentences, prefix, lexicon)

    monkeypatch.setattr(align_tokens, "_analyse_side", failing_in_the_child)
    _side_s, side_t = analyse_sides(LONG_SOURCE, LONG_TARGET, 4, lexicon_s, lexicon_t)
    assert same_analysis(side_t, expected)
    assert calls == [len(LONG_SOURCE), len(LONG_TARGET)]  # the target read here after all


def test_a_process_running_threads_reads_both_sides_itself(monkeypatch):
    monkeypatch.setattr(align_tokens, "_FORK_FROM", 0)
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked with threads running"))
    started = threading.Event()
    stop = threading.Event()
    worker = threading.Thread(target=lambda: (started.set(), stop.wait(10)))
    worker.start()
    try:
        started.wait(5)
        assert not align_tokens._may_fork()
        analyse_sides(LONG_SOURCE, LONG_TARGET, 4, {}, {})
    finally:
        stop.set()
        worker.join()
