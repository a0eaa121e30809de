"""Proper names missing or misspelled across the pair."""

from __future__ import annotations

import pytest
from check_support import (
    flagged_words,
    run,
)

NAMES_BAD = [
    ("Selon Amandeep Singh Gill, l'IA doit servir tous.",
     "According to the envoy, AI must serve everyone.", ["Amandeep", "Singh", "Gill"]),
    ("Le Secrétaire général António Guterres a parlé.",
     "Secretary-General António Gutteres spoke.", ["Guterres"]),
    ("Il a rencontré Chola Milambo à New York.", "He met Chola Milumbo in New York.", ["Milambo"]),
]


NAMES_GOOD = [
    ("Le ministre Ma Zhaoxu a ouvert la séance.", "Minister Ma Zhaoxu opened the meeting."),
    ("L'atelier s'est tenu à Genève, comme celui de Pékin.",
     "The workshop was held in Geneva, like the one in Beijing."),
    ("Les Français et les Allemands ont voté lundi.", "The French and the Germans voted on Monday."),
    ("Le rapport de l'OMS et de l'ONU est paru.", "The WHO and UN report came out."),
    ("La réunion de l'OTAN à Bruxelles.", "The NATO meeting in Brussels."),
    ("Selon M. Müller, le projet avance.", "According to Mr Muller, the project is moving."),
    ("Selon Pierre Nora, c'est vrai.", "According to Nora, it is true."),  # first name dropped
    ("Le régime de Moubarak est tombé.", "The Mubarak regime fell."),  # transliteration
    ("Il vit en Écosse depuis 2010.", "He has lived in Scotland since 2010."),
    ("Le port d'Anvers et celui de Gênes ont rouvert.", "The ports of Antwerp and Genoa reopened."),
    ("L'Ambassade a refusé de commenter.", "The embassy declined to comment."),
    ("Les Américains ont voté.", "The Americans voted."),
    ("Au XXIe siècle, tout change.", "In the 21st century, everything changes."),
    ("Des experts de l'ANASE et de l'Union africaine participent.",
     "Experts from ASEAN and the African Union take part."),
]


@pytest.mark.parametrize(("source", "target", "expected"), NAMES_BAD)
def test_name_mismatch_flags(source, target, expected):
    assert flagged_words("name-mismatch", source, target) == expected


@pytest.mark.parametrize(("source", "target"), NAMES_GOOD)
def test_name_mismatch_spares(source, target):
    assert run("name-mismatch", source, target) == []


def test_sentence_initial_capitals_are_not_names():
    assert run("name-mismatch", "Hier, Washington a répondu. Ensuite rien.",
               "Yesterday Washington answered. Then nothing.") == []


def test_acronym_written_as_a_word_is_not_a_missing_name():
    assert run("name-mismatch", "Les écoutes du siège de l'Onu à New York ont cessé.",
               "The tapping of UN headquarters in New York stopped.") == []


# Each language's convention for one foreign name (resources/checks/name-transliteration.tsv).
TRANSLITERATIONS = [
    ("Il a écouté Tchaïkovski hier soir.", "He listened to Tchaikovsky last night."),
    ("Khrouchtchev a visité les États-Unis.", "Khrushchev visited the United States."),
    ("Le régime de Bachar el-Assad a répondu.", "The regime of Bashar el-Assad replied."),
    ("Vladimir Poutine a signé le décret.", "Vladimir Putin signed the decree."),
    ("Boris Eltsine a démissionné.", "Boris Yeltsin resigned."),
    ("Benyamin Netanyahou a parlé.", "Benyamin Netanyahu spoke."),
    ("Le président Zelensky a répondu.", "President Zelenskyy replied."),
    ("Oussama a fui vers Djalalabad.", "Osama fled to Jalalabad."),
    ("Le régime blanc de la Rhodésie est tombé.", "White-ruled Rhodesia fell."),
    ("La cellule de la Jemaah Islamiyah a été démantelée.",
     "The Jemaah Islamiah cell was dismantled."),
    ("Sergueï Choïgou et Guennadi Ziouganov ont voté.",
     "Sergei Shoigu and Gennady Zyuganov voted."),
]


@pytest.mark.parametrize(("source", "target"), TRANSLITERATIONS)
def test_transliteration_conventions_are_not_misspellings(source, target):
    assert run("name-mismatch", source, target) == []


# The same name spelled otherwise, letter by letter: the person's own spelling must be kept.
SPELLING_CHANGED = [
    ("Le prince héritier Mohammed ben Salmane a reçu la délégation.",
     "Crown Prince Mohamed bin Salman received the delegation.", ["Mohammed"]),
    ("Selon le ministre Mohammed Shia al-Sudani, la situation est stable.",
     "According to Minister Mohammad Shia al-Sudani, the situation is stable.", ["Mohammed"]),
    ("Selon Amina Mohamed, le plan avance.", "According to Amina Mohammed, the plan is moving.",
     ["Mohamed"]),
    # a Latin-script name is copied, not transliterated: « sch » is no French « ch »
    ("La chancelière a reçu Olaf Scholz à Berlin.", "The chancellor received Olaf Sholz in "
     "Berlin.", ["Scholz"]),
]


@pytest.mark.parametrize(("source", "target", "expected"), SPELLING_CHANGED)
def test_a_name_spelled_otherwise_is_reported(source, target, expected):
    assert flagged_words("name-mismatch", source, target) == expected


@pytest.mark.parametrize(("source", "target"), [
    # an English headline in title case: its capitals are common words
    ("Four Unpublished Songs Released by the City Council",
     "Quatre chansons inédites publiées par le conseil municipal"),
    # a title the French writes in lower case; plural acronyms
    ("The meeting was chaired by the Minister.", "La réunion a été présidée par le ministre."),
    ("MPs and GPs signed the letter.", "Des députés et des médecins ont signé la lettre."),
])
def test_english_source_capitals_that_are_no_names_stay_quiet(source, target):
    assert run("name-mismatch", source, target, "en", "fr") == []


def test_a_misspelled_name_in_a_french_draft_of_english_is_reported():
    (finding,) = run("name-mismatch", "Secretary-General António Guterres spoke in Geneva.",
                     "Le Secrétaire général António Gutteres a parlé à Genève.", "en", "fr")
    assert (finding.side, finding.start, finding.end) == ("source", 26, 34)


def test_the_french_and_english_transliterations_of_one_name_are_one_name():
    assert run("name-mismatch", "Muammar Gaddafi ruled Libya for 42 years.",
               "Mouammar Kadhafi a dirigé la Libye pendant 42 ans.", "en", "fr") == []
    # another name is still another name
    (finding,) = run("name-mismatch", "Muammar Gaddafi ruled Libya for 42 years.",
                     "Mouammar Kaddour a dirigé la Libye pendant 42 ans.", "en", "fr")
    assert (finding.start, finding.end) == (8, 15)
