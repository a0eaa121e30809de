"""The quick test before a costly pattern: the pieces every match holds, and no text turned away
that the pattern matches."""

from __future__ import annotations

import re

import pytest

from translator_gui.core.checks.calques import calques
from translator_gui.core.checks.calques_en import english_calques
from translator_gui.core.checks.literal_gate import LiteralGate, lowered


@pytest.mark.parametrize(("pattern", "pieces"), [
    (r"\bappel(?:er|le|lent) pour\b", ("appel",)),  # the longest run every match holds
    (r"\b(?:assist(?:er|é)|présent) à\b", ("présent", "assist")),
    (r"(?P<flag>a ouvert)(?= (?:le|la) )", ("a ouvert",)),
    (r"(?:sur|à) une base (?:régulière|quotidienne)", (" une base ",)),
    (r"(?:sur|à) une (?:régulière|quotidienne)", ("quotidienne", "régulière")),
    (r"\bfaire (?:du|de) sens\b", ("faire d",)),  # re itself factors « d » out of du|de
    (r"(?:réunion)+ annuelle", (" annuelle",)),
    (r"\b(?:xy|z)\b", None),  # pieces this short select nothing
    (r"\b\w+ment\b|\bplus\b", ("ment", "plus")),
    (r"(?:déjà )?vu", None),  # an optional part is no requirement
    (r"\bİstanbul\b", None),  # İ lowers to two characters: no gate
    (r"\bµm\b", None),  # µ matches μ case-insensitively: no gate
])
def test_pieces_read_from_the_pattern(pattern: str, pieces: tuple[str, ...] | None) -> None:
    gate = LiteralGate(re.compile(pattern, re.IGNORECASE))
    assert gate.pieces == pieces


@pytest.mark.parametrize(("text", "expected"), [
    ("Il faut appeler pour un vote.", True),
    ("IL FAUT APPELER POUR UN VOTE.", True),
    ("Il faut voter.", False),
])
def test_gate_answers_on_the_lower_case(text: str, expected: bool) -> None:
    gate = LiteralGate(re.compile(r"\bappel(?:er|le|lent) pour\b", re.IGNORECASE))
    assert gate.may_match(lowered(text)) is expected


@pytest.mark.parametrize("text", ["APPEL POUR UN VOTE", "appel pour un vote", "AppeL PoUr"])
def test_a_text_the_pattern_matches_is_never_turned_away(text: str) -> None:
    pattern = re.compile(r"appel pour", re.IGNORECASE)
    assert pattern.search(text)
    assert LiteralGate(pattern).may_match(lowered(text))


def test_letters_matched_as_others_let_every_text_in() -> None:
    # Case-insensitively « ſ » (long s) is an « s » and « ı » (dotless) an « i »: their lower
    # case does not show it, so such a text is searched whatever the gate holds.
    pattern = re.compile(r"session", re.IGNORECASE)
    for text in ("la ſeſſion", "la sessıon", "LA SESSİON"):
        assert pattern.search(text)
        assert lowered(text) is None
        assert LiteralGate(pattern).may_match(lowered(text))


def test_every_calque_pattern_has_a_gate_and_keeps_its_bad_examples() -> None:
    # Each pattern's own example of what it flags still reaches the pattern.
    for calque in english_calques():
        assert calque.gate.pieces is not None, calque.id
        if calque.pattern.search(calque.bad):
            assert calque.gate.may_match(lowered(calque.bad)), calque.id
    assert all(calque.gate.pieces is not None for calque in calques())
