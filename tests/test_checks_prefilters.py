"""The lexical tests that decide which French texts a parse-based check gets a parse for
(translator_gui.core.checks.prefilters): they turn texts away only where the check, reading
the parse, could find nothing."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.prefilters import _word_spans, verb_may_disagree


@pytest.mark.parametrize(("text", "wanted"), [
    # a plural noun before a singular verb, past a complement: worth a parse
    ("Les granulés de charbon actif ne peut pas être régénérés.", True),
    ("Le nombre des participants augmente chaque année.", True),
    # a singular noun before a plural verb
    ("La commission adoptent le rapport.", True),
    # the subject and the verb agree
    ("Les granulés ne peuvent pas être régénérés.", False),
    # « cette taxe » is a noun after a determiner, not a verb disagreeing with « automobilistes »
    ("Les automobilistes paient cette taxe.", False),
    # a comma between: the check leaves such verbs alone, no parse needed
    ("Les ministres, selon le porte-parole, sera présent.", False),
    # « bus » shows no number in its form: the check cannot judge it
    ("Le bus roulent vite.", False),
    # a pronoun is nearer than the noun
    ("Les enfants disent qu'il vient demain.", False),
])
def test_verb_may_disagree(text: str, wanted: bool) -> None:
    assert verb_may_disagree(text) is wanted


def test_word_spans_split_elided_articles_with_their_offsets() -> None:
    text = "L'homme d’État parle aujourd'hui."
    assert [(w, text[s:e]) for w, s, e in _word_spans(text)] == [
        ("L", "L"), ("homme", "homme"), ("d", "d"), ("État", "État"), ("parle", "parle"),
        ("aujourd'hui", "aujourd'hui")]
