"""Corrections that carry over: word edits learnt from confirmed segments, and the
`memory-correction` check that offers them again."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.base import check_document, check_segment
from translator_gui.core.memory import MemorySegment, TranslationMemory
from translator_gui.core.memory_learning import (
    Correction,
    CorrectionTable,
    LearntCorrections,
    learn,
    word_diff,
    word_edits,
)
from translator_gui.core.model import ReviewDocument, Segment


@pytest.mark.parametrize(("draft", "corrected", "expected"), [
    ("The results was good.", "The results were good.", [("was", "were", "results", "good")]),
    # a deletion borrows the next unchanged word, so there are draft words to find later
    ("He lives in the Paris.", "He lives in Paris.", [("the Paris", "Paris", "in", ".")]),
    # an insertion at the end borrows the word before
    ("She agreed", "She agreed entirely", [("agreed", "agreed entirely", "she", "")]),
    ("A in-depth study.", "An in-depth study.", [("A", "An", "", "in-depth")]),
    ("Same text.", "Same text.", []),
    # retranslated rather than corrected: nothing to learn
    ("The cat sleeps on the sofa.", "Our dog barks loudly at night.", []),
    # a long rewritten stretch is not a habit
    ("He said that it was a b c d e f g.", "He said that one two three four five six seven.", []),
])
def test_word_edits(draft, corrected, expected):
    assert [(e.old, e.new, e.left, e.right) for e in word_edits(draft, corrected)] == expected


def test_word_diff_offsets_point_into_both_texts():
    old, new = "Le chat dort bien.", "Le chien dort."
    parts = word_diff(old, new)
    assert [(p.kind, p.old, p.new) for p in parts] == [
        ("equal", "Le", "Le"), ("replace", "chat", "chien"), ("equal", "dort", "dort"),
        ("delete", "bien", ""), ("equal", ".", ".")]
    for part in parts:
        assert old[part.old_start:part.old_end] == part.old
        assert new[part.new_start:part.new_end] == part.new


TOOK = [("The committee has took a decision.", "The committee has taken a decision."),
        ("The minister has took part in it.", "The minister has taken part in it.")]


def test_a_correction_needs_the_minimum_count():
    once = CorrectionTable(learn(TOOK[:1]))
    assert len(once) == 0
    twice = CorrectionTable(learn(TOOK))
    assert [(c.old, c.new, c.count) for c in twice] == [("took", "taken", 2)]
    assert len(CorrectionTable(learn(TOOK), min_count=3)) == 0


def test_words_kept_more_often_than_changed_are_not_learnt():
    kept = [("They took the train.", "They took the train, then walked.")] * 3
    assert len(CorrectionTable(learn(TOOK + kept))) == 0


def test_case_or_punctuation_only_edits_need_consistency():
    upper = [("The Minister spoke.", "The minister spoke."),
             ("A Minister came.", "A minister came.")]
    assert [(c.old, c.new) for c in CorrectionTable(learn(upper))] == [("Minister", "minister")]
    # ...but not when the reviewer also left the capital alone elsewhere
    kept = [("The Minister spoke briefly.", "The Minister spoke at length.")]
    assert len(CorrectionTable(learn(upper + kept))) == 0


def test_a_reviewer_going_both_ways_teaches_nothing():
    both = TOOK + [("He took it.", "He grabbed it."), ("She took it.", "She grabbed it.")]
    assert len(CorrectionTable(learn(both))) == 0


def table_of(pairs) -> CorrectionTable:
    return CorrectionTable(learn(pairs))


@pytest.mark.parametrize(("text", "expected"), [
    ("It has took long.", [(7, 11, "taken")]),
    ("Took a bus, then HE HAS TOOK PART.", [(0, 4, "Taken"), (24, 28, "TAKEN")]),
    ("Has overtook it; has mistook it.", []),  # whole words only
    ("It has taken long.", []),
    ("He took the train.", []),  # "took" is right where no correction was ever made
])
def test_the_table_finds_whole_words_and_keeps_case(text, expected):
    found = table_of(TOOK).find(text)
    assert [(m.start, m.end, m.replacement) for m in found] == expected


def test_one_word_carries_over_only_next_to_a_neighbour_seen_before():
    pairs = [("We met in the Paris office.", "We met in Paris office."),
             ("They live in the Paris suburbs.", "They live in Paris suburbs.")]
    table = table_of(pairs)
    assert [(m.start, m.end, m.replacement) for m in table.find("I stay in the Paris hotel.")] \
        == [(10, 19, "Paris")]
    short = [("He saw the cat.", "He saw a cat."), ("She fed the cat.", "She fed a cat.")]
    table = table_of(short)
    assert [(m.start, m.replacement) for m in table.find("Look at the cat.")] == [(8, "a")]
    assert table.find("Look at the dog.") == []  # "the" alone is too common to flag


def test_a_replacement_never_doubles_a_neighbouring_word():
    table = CorrectionTable([Correction("very big", "very large", 3)])
    assert table.find("It was very very big.") == []
    assert [m.replacement for m in table.find("It was so very big.")] == ["very large"]


# -- the check -------------------------------------------------------------------------------------

def document(target: str, memory=None) -> ReviewDocument:
    doc = ReviewDocument([Segment(0, "Il a pris sa décision.", target, target)])
    doc.memory = memory
    return doc


def test_check_flags_remembered_words_with_replacement_and_count():
    memory = LearntCorrections(TOOK + [("We has took note.", "We has taken note.")])
    [issue] = check_segment(document("He has took his decision.", memory), 0)
    assert (issue.check, issue.side, issue.start, issue.end) == ("memory-correction", "target", 7, 11)
    assert issue.replacement == "taken" and issue.hint is None
    assert issue.message == "you changed this 3 times"
    assert issue.severity.value == "minor"


def test_check_is_quiet_without_memory_and_on_corrected_text():
    assert [i for i in check_segment(document("He has took his decision."), 0)
            if i.check == "memory-correction"] == []
    memory = LearntCorrections(TOOK)
    assert [i for i in check_segment(document("He has taken his decision.", memory), 0)
            if i.check == "memory-correction"] == []


def test_check_reads_only_its_language_pair():
    memory = LearntCorrections(TOOK, "en", "fr")
    assert [i for i in check_segment(document("He has took it.", memory), 0)
            if i.check == "memory-correction"] == []


def test_check_reads_a_memory_file_and_forget_silences_it(tmp_path):
    with TranslationMemory(tmp_path / "tm.sqlite") as memory:
        memory.add_many(MemorySegment(f"Phrase {n}.", corrected, "fr", "en", draft=draft)
                        for n, (draft, corrected) in enumerate(TOOK))
        # saving the same project again teaches nothing new (no double counting)
        memory.add_many(MemorySegment(f"Phrase {n}.", corrected, "fr", "en", draft=draft)
                        for n, (draft, corrected) in enumerate(TOOK))
        issues = [i for i in check_document(document("He has took it.", memory))
                  if i.check == "memory-correction"]
        assert [(i.start, i.end, i.replacement, i.message) for i in issues] == [
            (7, 11, "taken", "you changed this 2 times")]
        memory.forget_correction("took", "taken", "fr", "en")
        assert [i for i in check_document(document("He has took it.", memory))
                if i.check == "memory-correction"] == []
        assert memory.stats()["corrections"] == 0
