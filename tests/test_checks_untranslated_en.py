"""French left in an English text (untranslated_en.py): a word only French spells that way is
flagged even alone and without an accent; English words of French origin, names and quoted
titles stay quiet."""

from __future__ import annotations

import pytest
from check_support import flagged_words

CHECK = "en-untranslated-french"


@pytest.mark.parametrize(("source", "english", "expected"), [
    ("Les fonctionnaires ont manifesté.", "The fonctionnaires demonstrated.", ["fonctionnaires"]),
    ("Les commissaires aux comptes ont signé.", "The commissaires signed the accounts.",
     ["commissaires"]),
    ("Le déroulement du scrutin a été calme.", "The déroulement of the vote was calm.",
     ["déroulement"]),
    ("Il a parlé aux agents de la préfecture.", "He spoke to officials of the préfecture.",
     ["préfecture"]),
])
def test_a_word_only_french_spells_so_is_flagged(source, english, expected):
    assert flagged_words(CHECK, source, english) == expected


@pytest.mark.parametrize(("source", "english"), [
    # rare English words the English dictionary may lack, English words of French origin
    ("Une inhumation a eu lieu.", "An inhumation took place, after a questionnaire."),
    ("La pince se plie.", "The plier folds into its handle."),
    ("Il aime le café et le ballet.", "He likes the café, the ballet and the repertoire."),
    # names and titles
    ("Il a lu Le Figaro au Quai d'Orsay.", "He read Le Figaro at the Quai d'Orsay."),
    ("Le film « Les Misérables » est sorti.", "The film \"Les Misérables\" came out."),
])
def test_english_words_names_and_titles_stay_quiet(source, english):
    assert flagged_words(CHECK, source, english) == []


def test_a_french_phrase_left_whole_is_one_span():
    """The span takes the French words after the flagged one that the source has in order."""
    from check_support import run

    (finding,) = run("en-untranslated-french", "Le conseil régional a voté le budget.",
                     "The conseil régional voted the budget.")
    assert (finding.start, finding.end) == (4, 20)
    assert finding.message == "\"conseil régional\" is French left untranslated."
    target = "The town adopted the new schéma directeur régional."
    (finding,) = run("en-untranslated-french",
                     "La ville a adopté le nouveau schéma directeur régional.", target)
    assert target[finding.start:finding.end] == "schéma directeur régional"
