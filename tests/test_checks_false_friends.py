"""False friends between French and English, in both directions."""

from __future__ import annotations

import pytest
from check_support import (
    run,
)

from translator_gui.core.checks.false_friends import false_friends, inflect_like

FALSE_FRIENDS_BAD = [
    ("Il a acheté le livre dans une librairie.", "He bought the book in a library.", "library"),
    ("Le délai de dépôt est fixé au 12 mai.", "The filing delay is set for 12 May.", "delay"),
    ("Il est actuellement ministre.", "He is actually a minister.", "actually"),
    ("Elle a assisté à la cérémonie.", "She assisted the ceremony.", "assisted"),
    ("C'est un sujet sensible.", "It is a sensible subject.", "sensible"),
    ("Il faut résumer le rapport.", "The report must be resumed.", "resumed"),
    ("La location de voitures a augmenté.", "Car location has increased.", "location"),
    ("Gallimard a édité ce roman en 1950.", "Gallimard edited this novel in 1950.", "edited"),
    # The article goes with the fix ("An eventual" → "A possible"), so the span takes it in.
    ("Une éventuelle hausse des prix inquiète.", "An eventual price rise is worrying.",
     "An eventual"),
    ("L'ancien président a parlé.", "The ancient president spoke.", "ancient"),
]


FALSE_FRIENDS_GOOD = [
    ("Il a acheté le livre dans une librairie.", "He bought the book in a bookshop."),
    ("Il a emprunté le livre à la bibliothèque.", "He borrowed the book from the library."),
    ("Le délai de dépôt est fixé au 12 mai.", "The filing deadline is 12 May."),
    ("Le train a eu du retard.", "The train suffered a delay."),
    ("Il est actuellement ministre ; en fait, il l'est depuis 2020.",
     "He is currently a minister; actually, he has been since 2020."),
    ("Ma Zhaoxu a assisté à la cérémonie.", "Ma Zhaoxu attended the ceremony."),
    ("Il a assisté le ministre.", "He assisted the minister."),  # « assister quelqu'un » = assist
    ("La demande des consommateurs a baissé.", "Consumer demand fell."),
    ("Stage Entertainment adapte des comédies musicales.",
     "Stage Entertainment adapts musicals."),  # a company name, not a false friend
]


@pytest.mark.parametrize(("source", "target", "expected"), FALSE_FRIENDS_BAD)
def test_false_friend_flags(source, target, expected):
    findings = run("false-friend", source, target)
    assert [target[f.start:f.end] for f in findings] == [expected]
    assert findings[0].replacement or findings[0].hint


@pytest.mark.parametrize(("source", "target"), FALSE_FRIENDS_GOOD)
def test_false_friend_spares(source, target):
    assert run("false-friend", source, target) == []


def test_false_friend_english_source():
    findings = run("false-friend", "He is actually a minister.", "Il est actuellement ministre.",
                   "en", "fr")
    assert findings and findings[0].hint == "en fait"
    assert run("false-friend", "He is actually a minister.", "Il est en fait ministre.",
               "en", "fr") == []


def test_false_friends_data_has_at_least_sixty_french_pairs():

    assert sum(1 for f in false_friends() if f.fr_en) >= 60


@pytest.mark.parametrize(("source", "target", "flagged"), [
    ("Ma Zhaoxu a assisté et a abordé la cérémonie d'ouverture.",
     "Ma Zhaoxu assisted and approached the opening ceremony.", True),
    ("Il a assisté à la réunion.", "He assisted the meeting.", True),
    ("Il a assisté le ministre pendant la réunion.", "He assisted the minister during the meeting.",
     False),
    ("Il a assisté à la cérémonie.", "He attended and assisted the ceremony organisers.", False),
])
def test_false_friend_assister_with_an_event(source, target, flagged):
    assert bool(run("false-friend", source, target)) is flagged


def test_assisted_at_is_the_calque_s_alone():
    # "assisted at the meeting" is the en-calque pattern's (one finding per words).
    target = "He assisted at the meeting."
    assert run("false-friend", "Il a assisté à la réunion.", target) == []
    found = run("en-calque", "Il a assisté à la réunion.", target)
    assert [(target[f.start:f.end], f.replacement) for f in found] == [("assisted at", "attended")]


@pytest.mark.parametrize(("source", "target", "suggestion"), [
    ("Ma Zhaoxu a assisté à la cérémonie.", "Ma Zhaoxu assisted the ceremony.", "attended"),
    ("Il travaille dans deux librairies.", "He works in two libraries.", "bookshops"),
    ("Le délai est court.", "The delay is short.", "deadline"),
    ("Le livre a été édité en 2020.", "The book was edited in 2020.", "published"),
    ("Il est actuellement ministre.", "He is actually a minister.", "currently"),
])
def test_false_friend_suggestion_fits_the_sentence(source, target, suggestion):
    findings = run("false-friend", source, target)
    assert [f.replacement for f in findings] == [suggestion]


@pytest.mark.parametrize(("flagged", "stem", "expected"), [
    ("editing", "issue*", "issuing"), ("edits", "publish*", "publishes"),
    ("delays", "deadline*", "deadlines"), ("assist", "attend*", "attend"),
    ("libraries", "bookshop*", "bookshops"), ("actual", "present at", "present at"),
])
def test_inflect_like(flagged, stem, expected):

    assert inflect_like(flagged, stem, "en") == expected


def test_a_calque_owns_its_words_so_the_false_friend_inside_stays_quiet():
    # "put in evidence" is one calque ("highlighted"); replacing "evidence" alone would give
    # "put in obvious".
    target = "The report put in evidence the gaps."
    assert run("false-friend", "Le rapport a mis en évidence les lacunes.", target) == []
    assert run("false-friend", "C'est une évidence.", "It is an evidence.") != []
