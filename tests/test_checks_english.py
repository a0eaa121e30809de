"""The English monolingual checks: repeated words, French conventions left in English, French
left untranslated; on whichever side is English."""

from __future__ import annotations

import pytest

from translator_gui.core.checks import all_checks, check_document, get_check
from translator_gui.core.checks.base import Severity
from translator_gui.core.model import ReviewDocument, Segment


def only(document: ReviewDocument, check_id: str) -> ReviewDocument:
    """Switch every other check off, so a test reads one check (and loads spaCy only if it
    needs it)."""
    document.checks.disabled = {c.id for c in all_checks() if c.id != check_id}
    return document


def flagged(check_id: str, english: str, *, english_is_target: bool = True) -> list[str]:
    """The English words `check_id` flags when `english` is one side of a one-pair document."""
    if english_is_target:
        document = ReviewDocument([Segment(0, "Texte français.", english, english)], "fr", "en")
        only(document, check_id)
    else:
        document = ReviewDocument([Segment(0, english, "Texte français.", "Texte français.")],
                                  "en", "fr")
        only(document, check_id)
    side = "target" if english_is_target else "source"
    return [english[i.start:i.end] for i in check_document(document)
            if i.check == check_id and i.side == side]


def assert_flags(check_id: str, english: str, expected: list[str]) -> None:
    found = flagged(check_id, english)
    if not expected:
        assert found == [], f"{check_id} cried wolf on {english!r}: {found}"
        return
    for words in expected:
        assert any(words in span or span.strip() in words for span in found), (
            f"{check_id} missed {words!r} in {english!r} (found {found})")


@pytest.mark.parametrize("english, expected", [
    ("He spoke about the the reform.", ["the the"]),
    ("Ditta denied using cocaine and and said he had spoken to the suspect.", ["and and"]),
    ("The the report was published.", ["The the"]),
    ("Pierre Nora has shown has shown great interest.", ["has shown has shown"]),
    # grammatical repetitions and names
    ("He had had enough, and he knew that that was true.", []),
    ("What the problem is is the cost.", []),
    ("They flew to Walla Walla and Bora Bora.", []),
])
def test_repeated_word(english: str, expected: list[str]) -> None:
    assert_flags("en-repeated-word", english, expected)


@pytest.mark.parametrize("english, expected", [
    ("Growth reached 3,5 % this year.", ["3,5"]),
    ("It costs 2,75 dollars.", ["2,75"]),
    ("The city has 1 234 567 inhabitants.", ["1 234 567"]),
    ("About 12\u202f000 people marched.", ["12\u202f000"]),
    # English formats, lists, years
    ("Growth reached 3.5% for 1,234 inhabitants.", []),
    ("In 2013, 2014 and 2015 the figures were 1,5 and 7.", []),
    ("In 2013 400 people left.", []),
    ("Call 0800 123 456 or +33 123 456 789.", []),
])
def test_french_number_format(english: str, expected: list[str]) -> None:
    assert_flags("en-french-number-format", english, expected)


@pytest.mark.parametrize("english, expected", [
    ("He said : « no ».", [" :", "« ", " »"]),
    ("Why ? Because ; nothing !", [" ?", " ;", " !"]),
    ("It starts on 1er July and the 2e round.", ["1er", "2e"]),
    # English punctuation, times and ratios
    ("He said: \"no\"; at 12:30 the ratio was 3:1. Why? Because!", []),
    ("On 1 July, the 1st and 2nd rounds, the 3rd of May.", []),
])
def test_french_punctuation(english: str, expected: list[str]) -> None:
    assert_flags("en-french-punctuation", english, expected)


@pytest.mark.parametrize("english, expected", [
    ("The minister of affaires étrangères arrived.", ["affaires étrangères"]),
    ("He said that le gouvernement est prêt to act.", ["le gouvernement est"]),
    ("The gouvernement has resigned.", ["gouvernement"]),
    ("They want innovation, openness, equity, inclusivité and collaboration.", ["inclusivité"]),
    ("The économique situation is difficult.", ["économique"]),
    # names, loanwords, quotations of titles
    ("A coup d'état, a raison d'être and a feeling of déjà vu.", []),
    ("A café near the château, an attaché and a fiancée.", []),
    ("He wrote 'Histoires de comédies musicales' for the Cinémathèque française.", []),
    ("According to Le Monde, the Assemblée nationale voted.", []),
    ("At the Mogador, 'La Belle et la Bête' could be a success.", []),
    ("He founded the association \"Otages du Monde\".", []),
    ("The soupe du jour was served at the rendez-vous.", []),
    ("The government has resigned, et al. said.", []),
])
def test_untranslated_french(english: str, expected: list[str]) -> None:
    assert_flags("en-untranslated-french", english, expected)


@pytest.mark.parametrize("check_id, english, words", [
    ("en-repeated-word", "He spoke about the the reform.", "the the"),
    ("en-french-number-format", "Growth reached 3,5 %.", "3,5"),
    ("en-untranslated-french", "The minister of affaires étrangères arrived.", "affaires"),
])
def test_english_checks_read_an_english_source(check_id: str, english: str, words: str) -> None:
    """en→fr: the English checks read the source when the source is the English side."""
    assert any(words in span for span in flagged(check_id, english, english_is_target=False))


def test_every_english_check_is_registered_with_examples() -> None:
    for check_id in ("en-repeated-word", "en-french-number-format", "en-french-punctuation",
                     "en-untranslated-french"):
        check = get_check(check_id)
        assert check.description and check.category and check.bad_examples
        assert check.good_examples and isinstance(check.severity, Severity)
        assert check.languages == ("en",)
