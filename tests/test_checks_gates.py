"""Gates of pattern tables: the words a pattern cannot match without, read from the pattern,
and the proof that skipping a text without them never loses a finding."""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from property_budget import examples

from translator_gui.core.checks.calques import calques
from translator_gui.core.checks.calques_en import english_calques
from translator_gui.core.checks.gate_index import GateIndex
from translator_gui.core.checks.gates import MIN_GATE_LENGTH, LazyPattern, fold, gate, opens


@pytest.mark.parametrize(("pattern", "words"), [
    # the longest word the pattern must hold
    (r"\b(?:être|est)\s+(?P<flag>en\s+charge)\s+(?:de|du)", ("charge",)),
    # a choice it must make: one of its words
    (r"(?:chez|dans)+\s+le", ("chez", "dans")),
    (r"\bimpact(?:e|é|ait)\b", ("impact",)),
    # letters in a row with the choice after them, which re's parser splits (« ha » and a
    # class of « s », « d »; « sa » and the endings): the words they make together, none
    # that holds another (« saying » holds « say »)
    (r"\bit\s+(?:has|had)\s+", ("had", "has")),
    (r"\b(?:saying|said|says|say)\s+me", ("said", "say")),
    # past five letters a word is about as rare as its endings: fewer strings to look for
    (r"\bdoubl(?:e|ed|es|ing)\b", ("doubl",)),
    # what a lookahead needs is in the text too
    (r"\bà\s+(?=prendre\s+en\s+compte)", ("prendre",)),
    # an optional word, a negative lookahead, classes: nothing needed, no gate
    (r"(?:chez|dans)?\s+à", None),
    (r"\w+(?!\s+suivant)\s+\d+", None),
    (r"[a-z]+\s+à", None),  # « à » is shorter than MIN_GATE_LENGTH
    # one branch needs nothing worth having: the choice has no gate
    (r"(?:projet|à)\s+\w+", None),
])
def test_the_gate_is_the_words_a_pattern_needs(pattern: str, words: tuple[str, ...] | None
                                               ) -> None:
    assert gate(re.compile(pattern, re.IGNORECASE)) == words


@pytest.mark.parametrize(("pattern", "needs"), [
    # a digit, a class of digits, a repeated one, one in every branch of a choice
    (r"\b1st\b", True),
    (r"\b[0-9]+\s?h\s?\d*", True),
    (r"(?:\d+|[2-4]0)\s?%", True),
    (r"(?>\d{2})\s+ans", True),
    # a digit that may be missing: optional, in one branch only, in a lookahead, in a wider class
    (r"\$\d*", False),
    (r"(?:\d+|one)\s+hour", False),
    (r"\bmeet(?=\s+\d)", False),
    (r"[0-9a-z]+\s+h", False),
    (r"\w+\s+h", False),
])
def test_a_pattern_says_whether_every_match_holds_a_digit(pattern: str, needs: bool) -> None:
    table_pattern = LazyPattern(pattern, re.IGNORECASE)
    assert table_pattern.needs_digit is needs
    if needs:  # what the finders rely on: no match in a text without a digit
        assert table_pattern.search("1st meet 9 h 30, $5 one hour 20 % 12 ans".translate(
            str.maketrans("", "", "0123456789"))) is None


def test_texts_are_folded_as_the_regular_expression_engine_compares_letters() -> None:
    # re ignoring case takes « İ » for « i », the long « ſ » for « s », « K » (kelvin) for « k »
    for pattern, text in (("investiguer", "İNVESTIGUER"), ("sens", "ſENS"),
                          ("kilo", "\u212aILO"), ("ouvert", "OUVERT")):
        compiled = re.compile(pattern, re.IGNORECASE)
        assert compiled.search(text)
        assert opens(gate(compiled), fold(text)), (pattern, text)
    assert not opens(gate(re.compile("ouvert", re.IGNORECASE)), fold("fermé"))
    assert opens(None, "")  # no gate: the pattern always runs


TABLES = [c.pattern for c in calques()] + [c.pattern for c in english_calques()] + [
    c.source for c in english_calques() if c.source is not None]
GATES = [(pattern, gate(pattern)) for pattern in TABLES]


def test_nearly_every_calque_pattern_has_a_gate() -> None:
    gated = [words for _pattern, words in GATES if words is not None]
    assert len(gated) >= 0.9 * len(TABLES)
    assert all(min(map(len, words)) >= MIN_GATE_LENGTH for words in gated)


# Words of the tables' patterns and examples, with their case changed and letters re takes
# for others: any text the pattern matches, the gate opens on.
_VOCABULARY = sorted({w for c in english_calques() for w in re.findall(r"[\w']+", c.bad + " "
                                                                          + c.good)}
                     | {"a", "ouvert", "à", "adresser", "les", "problèmes", "assisté", "et",
                        "abordé", "la", "cérémonie", "été", "en", "charge", "de", "İ", "ſ"})


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=14),
       st.lists(st.booleans(), min_size=14, max_size=14))
def test_a_gate_never_turns_away_a_text_its_pattern_matches(words: list[str],
                                                            upper: list[bool]) -> None:
    text = " ".join(w.upper() if up else w for w, up in zip(words, upper, strict=False))
    folded = fold(text)
    for pattern, needed in GATES:
        if pattern.search(text):
            assert opens(needed, folded), (pattern.pattern, text)


def test_every_pattern_opens_on_its_own_bad_example() -> None:
    for calque in english_calques():
        source, _, english = calque.bad.rpartition(" || ")
        if calque.pattern.search(english):
            assert opens(calque.gate, fold(english)), calque.id
        if source and calque.source is not None and calque.source.search(source):
            assert opens(calque.source_gate, fold(source)), calque.id


def test_a_table_pattern_is_compiled_when_first_run_with_re_s_answers() -> None:
    from translator_gui.core.checks.gates import LazyPattern

    source = r"\b(?:a|ont)\s+(?P<flag>ouvert)\b"
    lazy = LazyPattern(source, re.IGNORECASE)
    assert lazy._compiled is None and lazy.gate == gate(re.compile(source, re.IGNORECASE))
    text = "L'atelier A ouvert ; ils ont ouvert."
    assert [m.span("flag") for m in lazy.finditer(text)] == [
        m.span("flag") for m in re.finditer(source, text, re.IGNORECASE)] == [(12, 18), (29, 35)]
    assert lazy.groupindex == {"flag": 1} and lazy.search("rien") is None
    with pytest.raises(re.error):
        LazyPattern(r"(?:unclosed", re.IGNORECASE)  # a bad pattern fails as re.compile does


def test_a_pattern_that_parses_but_does_not_compile_matches_nothing(caplog) -> None:
    from translator_gui.core.checks.gates import LazyPattern

    lazy = LazyPattern(r"(?<=a+)b")  # a look-behind of no fixed width: re.compile refuses it
    assert list(lazy.finditer("aab")) == [] and "skipped" in caplog.text


def test_the_gates_prepared_at_install_are_those_read_from_the_patterns(tmp_path,
                                                                         monkeypatch) -> None:
    from translator_gui.core import built
    from translator_gui.core.checks import gates

    monkeypatch.setattr(built, "folder", lambda: tmp_path)
    monkeypatch.setattr(built, "_KEYED", {})
    built.write(gates.GATES)
    monkeypatch.setattr(built, "_KEYED", {})
    known = gates._known_gates()
    patterns = [c.pattern for c in calques()] + [c.pattern for c in english_calques()]
    assert len(known) >= len(patterns) - 5 > 150
    for pattern in patterns:
        words = known[(pattern.pattern, pattern.flags)]
        assert (None if words is None else tuple(words)) == pattern.gate == gates._gate(
            pattern.pattern, pattern.flags)


def test_a_table_pattern_is_written_the_same_in_every_process() -> None:
    """A pattern is the key of its gate prepared at install: the verb forms it spells out
    must not come in the order of a set, which changes with each process's string hashing."""
    import subprocess
    import sys

    script = ("from translator_gui.core.checks.calques import _forms_pattern\n"
              "from translator_gui.core.english_morph import forms_pattern\n"
              "print(_forms_pattern('adresser') + forms_pattern('put') + forms_pattern('say'))")
    printed = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2", "3")}
    assert len(printed) == 1 and "adr" in printed.pop()


def test_a_table_s_gate_index_opens_exactly_the_patterns_their_gates_open() -> None:
    gates = [("charge",), None, ("chez", "dans"), ("de",), ("impact", "chargé")]
    index = GateIndex(gates)
    assert index.open(fold("Il est en charge du dossier.")) == {0, 1}
    assert index.open(fold("Il est en charge de tout.")) == {0, 1, 3}
    assert index.open(fold("Rien ici.")) == {1}
    assert index.open(fold("L'impact chez eux")) == {1, 2, 4}
    assert index.open("") == {1}


@settings(max_examples=examples(300), deadline=None)
# the ends of the text, always tried: a gate string ending it, or the whole text
@example([("cab",), ("ab",), ("abc",)], "ab cab")
@example([("abc",), None], "abc")
@given(st.lists(st.one_of(st.none(), st.lists(st.text("abcé ", min_size=1, max_size=5),
                                               min_size=1, max_size=3).map(tuple)),
                max_size=12),
       st.text("abcé .", max_size=40))
def test_the_gate_index_answers_as_each_gate_does(gates: list[tuple[str, ...] | None],
                                                  text: str) -> None:
    folded = fold(text)
    assert GateIndex(gates).open(folded) == {
        number for number, words in enumerate(gates) if opens(words, folded)}


def test_a_gate_index_of_many_beginnings_answers_as_each_gate_does() -> None:
    # more three-letter beginnings than gate_index._FEW_GRAMS: the text is cut into its pieces
    words = [a + b + c for a in "abcd" for b in "aeio" for c in "rst"]  # 48 beginnings
    gates: list[tuple[str, ...] | None] = [(word + "x",) for word in words] + [None, ("ai",)]
    index = GateIndex(gates)
    for text in ("barx cetx", "dos", "ai bairx", "", "aar", "ditx dit"):
        folded = fold(text)
        assert index.open(folded) == {
            number for number, words in enumerate(gates) if opens(words, folded)}
    assert index.open("barx cetx") == {words.index("bar"), words.index("cet"), 48}
