"""What a calque pattern needs in a text (checks/gate_needs.py): every word and run of words,
spaces included, read from the pattern, and the proof that a text lacking one is never a text
the pattern matches, however its white space runs."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from property_budget import examples

from translator_gui.core.checks import gate_needs
from translator_gui.core.checks.calques import calques
from translator_gui.core.checks.calques_en import english_calques
from translator_gui.core.checks.gate_needs import NeedsIndex, needs, passes, read_needs, spaced
from translator_gui.core.checks.gates import LazyPattern, fold, opens


@pytest.mark.parametrize(("pattern", "wanted"), [
    # words in a row with their spaces: one string
    (r"\bat\s+the\s+level\s+of\b", (("at the level of",),)),
    # a choice after them: the strings they make together; then what the rest needs
    (r"\bit\s+(?:has|had)\s+(?:\d+|many)\s+years", (("it had", "it has"), ("years",))),
    # an optional word: with it and without it
    (r"\bput\s+(?:clearly\s+)?in\s+evidence", (("put clearly in evidence", "put in evidence"),)),
    # a look-ahead's words are in the text too (read on their own); a negative one's are not
    (r"\bfor\s+to\s+(?=do\b)(?!the)", (("for to",), ("do",))),
    # two white space items in a row would need two spaces: each side on its own
    (r"\bfirst\s\s+second\b", (("second",), ("first",))),
    # white space that may be missing ends the run
    (r"\bnext\s*door\b", (("next",), ("door",))),
    # letters one of which is missing in a branch: that choice is no need
    (r"(?:projet|à)\s+\w+", ()),
])
def test_the_needs_are_every_run_of_words_a_pattern_cannot_match_without(
        pattern: str, wanted: tuple[tuple[str, ...], ...]) -> None:
    assert read_needs(pattern, re.IGNORECASE | re.UNICODE) == wanted


def test_a_text_is_spaced_as_the_needs_read_white_space() -> None:
    assert spaced("at  the\u00a0level \n\tof") == "at the level of"
    text = "nothing to change here"
    assert spaced(text) is text


TABLES = [c.pattern for c in calques()] + [c.pattern for c in english_calques()] + [
    c.source for c in english_calques() if c.source is not None]
NEEDS = [(pattern, needs(pattern)) for pattern in TABLES]

_VOCABULARY = sorted({w for c in english_calques() for w in re.findall(r"[\w'’]+", c.bad)}
                     | {w for c in calques() for w in re.findall(r"[\w'’]+", c.explanation)}
                     | {"a", "ouvert", "à", "adresser", "les", "problèmes", "assisté", "et",
                        "since", "ten", "years", "at", "the", "level", "of", "İ", "ſ", "12"})
_WHITE = st.sampled_from([" ", " ", " ", "  ", "\u00a0", "\n", " \t", "\u202f"])


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_VOCABULARY), st.booleans(), _WHITE),
                min_size=1, max_size=14))
def test_needs_never_turn_away_a_text_their_pattern_matches(
        words: list[tuple[str, bool, str]]) -> None:
    text = "".join((w.upper() if up else w) + white for w, up, white in words)
    text_spaced = spaced(fold(text))
    for pattern, wanted in NEEDS:
        if pattern.search(text):
            assert passes(wanted, text_spaced), (pattern.pattern, text)


def test_every_calque_s_needs_pass_on_its_own_bad_example_however_it_is_spaced() -> None:
    for calque in english_calques():
        source, _, english = calque.bad.rpartition(" || ")
        for white in (" ", "\u00a0", "  \n"):
            english_text, source_text = english.replace(" ", white), source.replace(" ", white)
            if calque.pattern.search(english_text):
                assert passes(needs(calque.pattern), spaced(fold(english_text))), calque.id
            if source and calque.source is not None and calque.source.search(source_text):
                assert passes(calque.source_needs, spaced(fold(source_text))), calque.id


def test_a_needs_index_opens_the_patterns_whose_needs_pass() -> None:
    table = [(("level",), (("at the level of",), ("city", "state"))), (None, ()),
             (("since",), (("since",),)), (("de",), (("de",), ("ab",)))]
    index = NeedsIndex(table)
    assert index.open(fold("At the\u00a0level of the state, since then")) == {0, 1, 2}
    assert index.open(fold("at the level of ab")) == {1}
    assert index.open(fold("de ab")) == {1, 3}


def test_the_calque_tables_indexes_open_what_their_needs_pass() -> None:
    from translator_gui.core.checks import calques as french_table
    from translator_gui.core.checks import calques_en as english_table

    texts = [fold(calque.bad) for calque in english_calques()]
    texts += [fold(text) for text in ("Il a mis en évidence le rôle de la Chine.",
                                      "He put in evidence the role of China since ten years.")]
    for index, table in ((french_table._gates(), [(c.gate, needs(c.pattern)) for c in calques()]),
                         (english_table._gates(),
                          [(c.gate, needs(c.pattern)) for c in english_calques()])):
        for folded in texts:
            assert index.open(folded) == {n for n, (gate, wanted) in enumerate(table)
                                          if opens(gate, folded)
                                          and passes(wanted, spaced(folded))}


def test_the_needs_prepared_at_install_are_those_read_from_the_patterns(tmp_path,
                                                                         monkeypatch) -> None:
    from translator_gui.core import built

    monkeypatch.setattr(built, "folder", lambda: tmp_path)
    monkeypatch.setattr(built, "_KEYED", {})
    built.write(gate_needs.NEEDS)
    monkeypatch.setattr(built, "_KEYED", {})
    known = gate_needs._known()
    assert len(known) == len({(p.pattern, p.flags) for p in TABLES}) > 1500
    for pattern in TABLES:
        assert needs(pattern) == read_needs(pattern.pattern, pattern.flags)
    # a pattern prepared nowhere is read on the spot
    assert needs(LazyPattern(r"\bnowhere\s+else\b", re.IGNORECASE)) == (("nowhere else",),)
