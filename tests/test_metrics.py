"""Post-edit distance and MQM scoring agree with sacrebleu and the MQM penalty table."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sacrebleu.metrics import CHRF, TER

from translator_gui.core.checks.base import Issue, Severity
from translator_gui.core.metrics import (
    _scorers,
    _unchanged_statistics,
    corpus_distance,
    document_distance,
    document_word_count,
    mqm_score,
    segment_distance,
    word_count,
)
from translator_gui.core.model import ReviewDocument, Segment


def test_equal_texts_score_perfectly():
    assert segment_distance("The cat sat.", "The cat sat.") == (100.0, 0.0)


@pytest.mark.parametrize("draft,target", [("", ""), ("", "New words."), ("Gone.", ""),
                                          ("   ", "x")])
def test_empty_strings_are_safe(draft, target):
    chrf, ter = segment_distance(draft, target)
    assert 0.0 <= chrf <= 100.0 and ter >= 0.0
    if draft != target:
        assert chrf < 100.0 and ter > 0.0


def test_matches_sacrebleu_sentence_scores():
    draft, target = "The cat sat on the mat.", "The cat sits on a mat."
    chrf, ter = segment_distance(draft, target)
    assert chrf == pytest.approx(CHRF().sentence_score(draft, [target]).score)
    assert ter == pytest.approx(TER().sentence_score(draft, [target]).score)
    assert chrf < 100.0 and ter > 0.0


def test_more_editing_means_more_distance():
    target = "The committee approved the budget on Tuesday."
    light = segment_distance("The committee approved the budget on tuesday.", target)
    heavy = segment_distance("Committee has approve a budgets Monday.", target)
    assert light[0] > heavy[0] and light[1] < heavy[1]


def test_document_distance_is_sacrebleu_corpus_score():
    pairs = [("The cat sat on the mat.", "The cat sits on a mat."),
             ("Hello there.", "Hello there."),
             ("Le vote a eu lieu.", "The vote took place."),
             ("Untouched sentence here.", "Untouched sentence here.")]
    document = ReviewDocument([Segment(i, "fr", d, t) for i, (d, t) in enumerate(pairs)])
    chrf, ter = document_distance(document)
    drafts, targets = [p[0] for p in pairs], [p[1] for p in pairs]
    assert chrf == pytest.approx(CHRF().corpus_score(drafts, [targets]).score)
    assert ter == pytest.approx(TER().corpus_score(drafts, [targets]).score)


def test_untouched_document_scores_perfectly():
    document = ReviewDocument([Segment(0, "a", "Same.", "Same."), Segment(1, "b", "", "")])
    assert document_distance(document) == (100.0, 0.0)
    assert corpus_distance([]) == (100.0, 0.0)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcé .,'«»-\t", max_size=40))
def test_unchanged_shortcut_equals_sacrebleu_statistics(text):
    chrf, ter = _scorers()
    expected_chrf = tuple(chrf._extract_corpus_statistics([text], [[text]])[0])
    expected_ter = tuple(float(x) for x in ter._extract_corpus_statistics([text], [[text]])[0])
    assert _unchanged_statistics(text) == (expected_chrf, expected_ter)


def test_corpus_distance_grows_linearly_with_the_segments():
    from itertools import count as counter

    from scaling import growth

    runs = counter()

    def run(count: int) -> None:
        # new texts on every run: the per-text statistics are cached, and a run served from
        # that cache would measure the cache, not the work
        salt = next(runs)
        corpus_distance([(f"Sentence {i} of the report on the budget of the Union {salt}.",
                          f"Sentence {i} in the report on the Union budget." if i % 3 == 0
                          else f"Sentence {i} of the report on the budget of the Union {salt}.")
                         for i in range(count)])

    # 400 and 1,600 segments: a quadratic cost shows as ~16x already (400 segments take tens
    # of milliseconds, far above the clock's noise); 1,000 and 4,000 cost 4 s of CPU
    assert growth(run, 400) < 8  # linear gives ~4, quadratic ~16


def test_mqm_penalties_and_normalisation():
    issues = [Issue(0, "target", 0, 1, "x", "Accuracy", severity, "m") for severity in
              (Severity.NEUTRAL, Severity.MINOR, Severity.MAJOR, Severity.CRITICAL)]
    score = mqm_score(issues, 2000)
    assert score.penalty_points == 31
    assert score.penalty_per_1000 == pytest.approx(15.5)
    assert score.score == pytest.approx(100 - 31 * 100 / 2000)
    assert score.counts == {"neutral": 1, "minor": 1, "major": 1, "critical": 1}
    assert not score.passed
    assert mqm_score(issues, 2000, threshold=20).passed


def test_mqm_edge_cases():
    assert mqm_score([], 0).passed
    nothing_to_score = mqm_score(["minor"], 0)
    assert not nothing_to_score.passed and math.isinf(nothing_to_score.penalty_per_1000)
    neutral_only = mqm_score(["neutral"] * 50, 100, threshold=0)
    assert neutral_only.passed and neutral_only.penalty_points == 0


def test_word_counts():
    assert word_count("L'Union européenne a voté, le 3 mars.") == 7
    assert word_count("") == 0
    document = ReviewDocument([Segment(0, "Un deux trois.", "One two.", "One two three.")])
    assert document_word_count(document, "source") == 3
    assert document_word_count(document, "draft") == 2
    assert document_word_count(document, "target") == 3


def test_document_mqm_uses_source_words_or_target_words():
    from translator_gui.core.metrics import document_mqm

    pair = ReviewDocument([Segment(0, "Un deux trois quatre.", "One two.", "One two.")])
    assert document_mqm(pair, ["major"]).word_count == 4
    assert document_mqm(pair, ["major"]).penalty_per_1000 == pytest.approx(1250)
    lone_draft = ReviewDocument([Segment(0, "", "One two.", "One two.")])
    assert document_mqm(lone_draft, ["minor"], threshold=600).word_count == 2
    assert document_mqm(lone_draft, ["minor"], threshold=600).passed


def test_sacrebleu_is_imported_on_first_use_only() -> None:
    """The window imports this module at start; sacrebleu (and what it pulls in) waits for the
    first distance."""
    probe = ("import sys, translator_gui.core.metrics as m;"
             "assert 'sacrebleu' not in sys.modules, 'imported at start';"
             "assert m.corpus_distance([('a cat', 'a cat'), ('', '')]) == (100.0, 0.0);"
             "assert 'sacrebleu' not in sys.modules, 'imported for an untouched document';"
             "assert m.segment_distance('a cat', 'the cat') != (100.0, 0.0);"
             "assert 'sacrebleu' in sys.modules")
    subprocess.run([sys.executable, "-c", probe], check=True)


def test_corpus_distance_asks_cancelled_between_pairs_to_measure():
    import pytest

    from translator_gui.core.cancel import Cancelled
    from translator_gui.core.metrics import corpus_distance

    asked: list[int] = []
    pairs = [("The cat sat.", "The cat sat."), ("A dog ran.", "The dog ran."),
             ("It rained.", "It was raining.")]
    assert corpus_distance(pairs, lambda: bool(asked.append(1))) == corpus_distance(pairs)
    assert len(asked) == 2  # the two edited pairs, not the untouched one
    with pytest.raises(Cancelled):
        corpus_distance(pairs, lambda: True)
