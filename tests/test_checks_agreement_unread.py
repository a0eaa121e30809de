"""A determiner and the adjective after a word the lexicon does not know
(translator_gui.core.checks.agreement_unread, reported by fr-determiner-agreement)."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.agreement_determiner import find
from translator_gui.core.checks.agreement_unread import unread_noun_clashes
from translator_gui.core.checks.text import words


def _spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[f.start:f.end], f.replacement, f.hint) for f in unread_noun_clashes(
        text, words(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # an English word left in the draft between a determiner and an adjective that clash
    ("Il a posé le flysheet imperméables sur la tente.",
     [("le flysheet imperméables", None,
       "make « le » and « imperméables » agree with the gender and number of « flysheet »")]),
    ("Elle recommande une sleeping-pad gonflé pour l'hiver.",
     [("une sleeping-pad gonflé", None,
       "make « une » and « gonflé » agree with the gender and number of « sleeping-pad »")]),
    ("Ces headlamps puissant éclairent loin.",
     [("Ces headlamps puissant", None,
       "make « Ces » and « puissant » agree with the gender and number of « headlamps »")]),
])
def test_flags_a_determiner_and_an_adjective_that_cannot_share_an_unknown_noun(text, expected):
    assert _spans(text) == expected


def test_the_determiner_check_reports_it():
    text = "Il a posé le flysheet imperméables sur la tente."
    assert [(text[f.start:f.end]) for f in find(text)] == ["le flysheet imperméables"]


@pytest.mark.parametrize("text", [
    # the determiner and the adjective agree: whatever the noun is, nothing clashes
    "Il a posé le flysheet imperméable et des headlamps puissantes.",
    # the adjective may qualify the noun the phrase complements
    "Les poches du sweatshirt cousues main sont solides.",
    # a noun the lexicon knows (the noun-phrase and determiner checks read those)
    "Elle a fait une tour complète du lac avec un manche court.",
    # a name, an adverb or a verb after the unknown word
    "Le Flysheet Imperméable est vendu ; le flysheet vraiment ; le flysheet protège.",
])
def test_quiet_when_the_words_can_agree_or_the_noun_is_read(text):
    assert _spans(text) == []
