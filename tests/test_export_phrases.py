"""Tracked changes are phrases, as Word's Compare shows them, not one revision per word."""

from __future__ import annotations

import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from translator_gui.core.export.phrases import (
    DELETE,
    EQUAL,
    INSERT,
    cleanup_semantic,
    phrase_diff,
    token_diff,
)
from translator_gui.core.export.revisions import Revisions, apply_text_edits, paragraph_text


def _paragraph(pieces: list[str]):
    paragraph = OxmlElement("w:p")
    for text in pieces:
        run = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(t)
        paragraph.append(run)
    return paragraph


def _revisions(paragraph) -> list[tuple[str, str]]:
    """("del"|"ins", text) of every revision mark, in reading order."""
    marks = []
    for element in paragraph.iter(qn("w:ins"), qn("w:del")):
        kind = "ins" if element.tag == qn("w:ins") else "del"
        text = "".join(t.text or "" for t in element.iter(qn("w:t"), qn("w:delText")))
        marks.append((kind, text))
    return marks


CASES = [
    # the friction from a day's review: three word revisions become one phrase
    ("The global initiative of global governance was launched.",
     "The Global Governance Initiative was launched.",
     [("del", "global initiative of global governance"),
      ("ins", "Global Governance Initiative")]),
    # two neighbouring words changed: one replacement, not two cut by a space
    ("The big red dog barked at night.", "The small blue dog barked at night.",
     [("del", "big red"), ("ins", "small blue")]),
    # a single changed word stays a single word
    ("The committee met on 12 March.", "The committee met on 14 March.",
     [("del", "12"), ("ins", "14")]),
    # changes far apart stay apart (the words between are longer than either change)
    ("It approved the budget and the plan.", "It adopted the budget and the new plan.",
     [("del", "approved"), ("ins", "adopted"), ("ins", "new ")]),
    # a word added in front, a capital moved: one change over the two words
    ("Members voted in favour.", "Most members voted in favour.",
     [("del", "Members"), ("ins", "Most members")]),
    # scattered one-word changes separated by kept words are not merged
    ("alpha beta gamma delta epsilon", "omega beta sigma delta kappa",
     [("del", "alpha"), ("ins", "omega"), ("del", "gamma"), ("ins", "sigma"),
      ("del", "epsilon"), ("ins", "kappa")]),
    # a comma between two changes is folded in as well
    ("Prices rose, wages fell and rents held.", "Costs grew; salaries dropped and rents held.",
     [("del", "Prices rose, wages fell"), ("ins", "Costs grew; salaries dropped")]),
]


@pytest.mark.parametrize(("old", "new", "expected"), CASES)
def test_tracked_changes_are_phrases(old, new, expected):
    paragraph = _paragraph([old])
    apply_text_edits(paragraph, phrase_diff(old, new), Revisions(author="Reviewer"))
    assert _revisions(paragraph) == expected
    assert paragraph_text(paragraph) == new
    assert paragraph_text(paragraph, "rejected") == old


def test_phrases_keep_the_formatting_of_runs_they_cross():
    # "big" and "red" are separate runs; the phrase replacing them still reads back exactly.
    old_pieces = ["The ", "big", " ", "red", " dog barked."]
    old = "".join(old_pieces)
    new = "The small blue dog barked."
    paragraph = _paragraph(old_pieces)
    apply_text_edits(paragraph, phrase_diff(old, new), Revisions(author="Reviewer"))
    assert _revisions(paragraph) == [("del", "big red"), ("ins", "small blue")]
    assert paragraph_text(paragraph) == new
    assert paragraph_text(paragraph, "rejected") == old


def test_cleanup_folds_only_equalities_no_longer_than_both_sides():
    diffs = token_diff("a bb c", "x bb y")
    assert diffs == [(DELETE, "a"), (INSERT, "x"), (EQUAL, " bb "), (DELETE, "c"), (INSERT, "y")]
    assert cleanup_semantic(diffs) == diffs  # " bb " (4) is longer than either change (1)
    folded = cleanup_semantic(token_diff("aaaa bb cccc", "xxxx bb yyyy"))
    assert folded == [(DELETE, "aaaa bb cccc"), (INSERT, "xxxx bb yyyy")]


@pytest.mark.parametrize(("old", "new"), [
    ("", "New text."), ("Old text.", ""), ("Same.", "Same."),
    ("Le  double  espace.", "Le double espace."), ("a\tb\nc", "a\tB\nc"),
])
def test_phrase_diff_rebuilds_the_new_text(old, new):
    edits = phrase_diff(old, new)
    rebuilt = old
    for start, end, replacement in sorted(edits, reverse=True):
        rebuilt = rebuilt[:start] + replacement + rebuilt[end:]
    assert rebuilt == new
    assert (edits == []) == (old == new)


def test_link_words_between_two_changes_are_not_folded():
    old, new = "See it now.", "Look it later."
    assert phrase_diff(old, new) == [(0, 10, "Look it later")]  # folded without protection
    assert phrase_diff(old, new, [(4, 6)]) == [(0, 3, "Look"), (7, 10, "later")]


def test_a_field_result_between_changes_survives_a_phrase_edit():
    from translator_gui.core.export.revisions import enclosed_spans

    paragraph = _paragraph(["See "])
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    paragraph.append(field)
    field.append(_paragraph(["it"])[0])
    paragraph.append(_paragraph([" now."])[0])
    old, new = "See it now.", "Look it later."
    assert enclosed_spans(paragraph) == [(4, 6)]
    apply_text_edits(paragraph, phrase_diff(old, new, enclosed_spans(paragraph)),
                     Revisions(author="Reviewer"))
    assert _revisions(paragraph) == [("del", "See"), ("ins", "Look"), ("del", "now"),
                                     ("ins", "later")]
    assert "".join(t.text for t in field.iter(qn("w:t"))) == "it"
    assert paragraph_text(paragraph) == new
