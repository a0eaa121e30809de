"""The per-text index a segment's context shares between the checks (checks/text_index.py)."""

from __future__ import annotations

import pytest

from translator_gui.core.checks import calques, calques_en, negation
from translator_gui.core.checks.base import SegmentContext
from translator_gui.core.checks.gate_index import GateIndex
from translator_gui.core.checks.gates import fold
from translator_gui.core.checks.text_index import TextIndex
from translator_gui.core.checks.text_index import fold as index_fold
from translator_gui.core.model import Segment

_FRENCH = "L'atelier a ouvert à l'Université Tsinghua ; il faut adresser les problèmes."
_ENGLISH = "She has lived in Lyon since ten years and put in evidence the role of China."


def test_a_context_makes_each_side_index_once_and_drops_it_on_release() -> None:
    context = SegmentContext(Segment(0, _FRENCH, _ENGLISH, _ENGLISH), "fr", "en")
    source = context.index("source")
    assert source is context.index("source")
    assert source.text == _FRENCH
    assert context.index("target").text == _ENGLISH
    context.release_indexes()
    assert context.index("source") is not source
    assert context.index("source").text == _FRENCH


def test_the_index_reads_the_text_as_the_gates_do() -> None:
    index = TextIndex("ÉTÉ Kelvin")
    assert index.folded == fold("ÉTÉ Kelvin") == "été kelvin"


@pytest.mark.parametrize("text", [_FRENCH, _ENGLISH, "", "Rien à signaler.",
                                  "Il n'a jamais dit qu'il ne viendrait pas.",
                                  "He did not come; he never does."])
def test_opened_is_what_each_table_gate_index_opens(text: str) -> None:
    tables = [calques._gates(), calques_en._gates(),
              negation._patterns("fr").negation_gates, negation._patterns("en").negation_gates,
              negation._patterns("fr").idiom_gates]
    index = TextIndex(text)
    for gates in tables:
        expected = gates.open(fold(text))
        assert index.opened(gates) == expected
        assert index.opened(gates) is index.opened(gates)  # worked out once


def test_a_small_and_a_large_table_open_what_their_gates_open() -> None:
    few = GateIndex([("charge",), None, ("impact",)])
    many = GateIndex([(f"{chr(97 + n // 26)}{chr(97 + n % 26)}x",) for n in range(40)])
    index = TextIndex("Un impact sur la charge, abx")
    assert index.opened(few) == {0, 1, 2}  # (the few beginnings were looked for in the text)
    assert index.opened(many) == {1}  # (read through the table's finder)


@pytest.mark.parametrize("text", ["", "a", "ab", "the", "thethem", "them the", "xthemx",
                                  "the-them", "é\u00a0ét", "a.b*c", "(ab)[cd]"])
def test_a_finder_opens_what_testing_every_string_opens(text: str) -> None:
    """Strings inside others, at one place or overlapping, and the engine's own signs."""
    gates = [("the",), ("them",), ("hem",), ("ab",), None, ("a.b*",), ("(ab)",), ("é\u00a0é",),
             ("themx", "xth")] + [(f"q{n:02}",) for n in range(40)]
    expected = {n for n, words in enumerate(gates)
                if words is None or any(word in text for word in words)}
    assert GateIndex(gates).open(text) == expected


@pytest.mark.parametrize("text", ["Kelvin ſ ı İstanbul", "ΣΑΣ σας", "ÉTÉ", "plain ascii", "",
                                  "Straße", "a\u0307b"])
def test_the_index_folds_as_the_gates(text: str) -> None:
    assert index_fold(text) == fold(text)
    assert TextIndex(text).folded == fold(text)
