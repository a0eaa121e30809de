"""Capitalization checks: names in capitals, French months, days and nationality adjectives."""

from __future__ import annotations

import pytest
from check_support import (
    assert_french_flags,
    french_flagged,
    only,
    run,
)

from translator_gui.core.checks import check_document
from translator_gui.core.model import ReviewDocument, Segment


def test_name_in_capitals_after_normal_form_in_an_earlier_segment() -> None:
    earlier = ("Ma Zhaoxu, vice-ministre chinois des Affaires étrangères, a assisté à la "
               "cérémonie.",)
    assert french_flagged("name-in-capitals", "MA a appelé tous les pays à maintenir le concept.",
                   extra=earlier) == ["MA"]


@pytest.mark.parametrize("french, extra", [
    # real acronyms never appeared as a name in normal case
    ("L'ONU, l'ANASE et l'UNESCO ont participé.", ("Ma Zhaoxu a parlé.",)),
    # capitals before the normal form: nothing to compare with yet
    ("MA a parlé avant que Ma Zhaoxu ne soit nommé.", ()),
    # administrative style: surname in capitals next to the first name
    ("M. Jean DUPONT a signé.", ("Jean Dupont est arrivé.",)),
    # a heading in capitals
    ("MA ZHAOXU EN VISITE À PARIS", ("Ma Zhaoxu est arrivé.",)),
])
def test_name_in_capitals_spares(french: str, extra: tuple[str, ...]) -> None:
    assert french_flagged("name-in-capitals", french, extra=extra) == []


def test_name_in_capitals_after_a_sentence_initial_word() -> None:
    found = french_flagged("name-in-capitals", "Selon WANG, la coopération progresse.",
                    extra=("Wang Yi a rencontré son homologue.",))
    assert found == ["WANG"]


def test_name_in_capitals_spares_brands_named_in_a_title() -> None:
    """A brand's normal form in a product title is the title's capitals, not a person's name."""
    found = french_flagged("name-in-capitals", "Le cadre KETTLER est robuste et conçu pour durer.",
                    extra=("Kettler Favorit-rameur", "Gaiam Balance Ball Chair With Pump"))
    assert found == []


def test_name_in_capitals_flags_an_english_target_keeping_the_source_capitals() -> None:
    # English never writes a surname in capitals, whatever the French does (issue 8: "MA
    # called on" after "Ma Zhaoxu" must be flagged in the draft too).
    earlier = Segment(0, "Jean Dupont est arrivé hier soir à Paris.",
                      "Jean Dupont arrived in Paris last night.",
                      "Jean Dupont arrived in Paris last night.")
    later = Segment(1, "Selon DUPONT, rien ne change.", "According to DUPONT, nothing changes.",
                    "According to DUPONT, nothing changes.")
    document = only(ReviewDocument([earlier, later], "fr", "en"), "name-in-capitals")
    sides = [i.side for i in check_document(document)]
    assert "source" in sides and "target" in sides


def test_name_in_capitals_reads_the_french_target_too() -> None:
    found = french_flagged("name-in-capitals", "MA a appelé tous les pays.", french_is_source=False,
                    extra=("Ma Zhaoxu a pris la parole.",))
    assert found == ["MA"]


def test_name_in_capitals_spares_a_brand_the_english_source_writes_in_normal_case() -> None:
    # the draft's capitals are the brand's styling, not a byline's surname copied over
    found = french_flagged("name-in-capitals", "Cette ceinture se règle vite : TONEBELT utilise "
                           "des électrodes souples.", "This belt adjusts quickly: Tonebelt uses "
                           "soft electrodes.", french_is_source=False,
                           extra=("La ceinture Tonebelt Flex a été conçue pour les coureurs.",))
    assert found == []


def test_name_in_capitals_leaves_an_english_source_alone() -> None:
    earlier = Segment(0, "Our guide Anna Berg met the Kowalski Trail team last spring.",
                      "Notre guide Anna Berg a rencontré l'équipe du sentier Kowalski.",
                      "Notre guide Anna Berg a rencontré l'équipe du sentier Kowalski.")
    later = Segment(1, "According to BERG, the trail is open.", "Selon Berg, le sentier est ouvert.",
                    "Selon Berg, le sentier est ouvert.")
    document = only(ReviewDocument([earlier, later], "en", "fr"), "name-in-capitals")
    assert check_document(document) == []


@pytest.mark.parametrize("french, expected", [
    ("L'atelier s'est ouvert le 12 Mai à Pékin.", ["Mai"]),
    ("La réunion aura lieu Lundi prochain.", ["Lundi"]),
    ("Il est arrivé en Septembre 2024.", ["Septembre"]),
    ("Les fonds seront versés au mois d'Août.", ["Août"]),
    # sentence starts, holidays, names, events, the planet
    ("Lundi, le ministre est arrivé à Paris.", []),
    ("Le défilé du 14 Juillet a été annulé.", []),
    ("Selon le Journal du Dimanche, la place du 4-Septembre est fermée.", []),
    ("Mai 68 reste dans les mémoires ; la sonde est arrivée sur Mars.", []),
    ("Le maréchal Juin et la chanteuse Avril Lavigne.", []),
    ("Le 12 mai, lundi, la séance s'est ouverte.", []),
])
def test_capitalized_month_day(french: str, expected: list[str]) -> None:
    assert_french_flags("fr-capitalized-month-day", french, expected)


@pytest.mark.slow
@pytest.mark.parametrize("french, expected", [
    ("Des experts Chinois ont participé à l'atelier.", ["Chinois"]),
    ("Les autorités Américaines ont réagi.", ["Américaines"]),
    # nouns for people take a capital
    ("Les Chinois et les Français ont voté.", []),
    ("Des milliers de Chinois et deux Américains ont manifesté avec les jeunes Français.", []),
    ("Des experts chinois ont participé.", []),
])
def test_capitalized_nationality(french: str, expected: list[str]) -> None:
    assert_french_flags("fr-capitalized-nationality-adjective", french, expected)


@pytest.mark.parametrize("check_id, french, words", [
    ("fr-capitalized-month-day", "Il est arrivé le 12 Mai.", "Mai"),
])
def test_capitals_checks_read_a_french_target(check_id: str, french: str, words: str) -> None:
    """en→fr: the same checks read the target when the target is the French side."""
    assert words in french_flagged(check_id, french, "English source.", french_is_source=False)
    # ...and never read the English side as if it were French
    document = only(ReviewDocument([Segment(0, french, "English.", "English.")], "en", "fr"),
                    check_id)
    assert not [i for i in check_document(document) if i.check == check_id]


@pytest.mark.parametrize("english, french, expected", [
    # verbs, adjectives and adverbs keep the English title case inside a French sentence
    ("Next, Fold the chair and Store it Flat.",
     "Puis, Pliez la chaise et rangez-la à plat.", ["Pliez"]),
    ("The lamp ships Fully Assembled with its cable.",
     "La lampe est livrée Entièrement montée avec son câble.", ["Entièrement"]),
    ("The manual is written in Spanish and Italian.",
     "Le manuel est rédigé en Espagnol et en Italien.", ["Espagnol", "Italien"]),
    ("The Portable Stove folds flat.", "Le réchaud Portable se plie à plat.", []),  # copied
    # an institution name: only its first word takes a capital (not a place: « mer Rouge »)
    ("She joined the World Shipping Office near the Red Sea.",
     "Elle a rejoint l'Office Mondial de la navigation près de la mer Rouge.", ["Mondial"]),
    # clean French: names, official forms, sentence starts, nouns, glued lines
    ("The Pacific coast and the United Nations.",
     "La côte du Pacifique et les Nations Unies.", []),
    ("Lightweight frame. Remove the cover before use.",
     "Cadre léger. Retirez la housse avant usage.", []),
    ("The Secretary-General met the Bank's President.",
     "Le Secrétaire général a rencontré le Président de la Banque.", []),
    ("Includes 2 AA batteries Designed for outdoor use",
     "Comprend 2 piles AA Conçu pour un usage extérieur", []),
    ("They speak English at home.", "Ils parlent anglais à la maison ; les Anglais aussi.", []),
])
def test_english_title_case_in_a_french_translation(english: str, french: str,
                                                    expected: list[str]) -> None:
    assert french_flagged("fr-english-title-case", french, english,
                          french_is_source=False) == expected


def test_english_title_case_is_fixed_by_the_lower_case_word() -> None:
    document = only(ReviewDocument([Segment(0, "Then, Measure the width.",
                                            "Ensuite, Mesurez la largeur.",
                                            "Ensuite, Mesurez la largeur.")], "en", "fr"),
                    "fr-english-title-case")
    (issue,) = check_document(document)
    assert (issue.start, issue.end, issue.replacement) == (9, 16, "mesurez")


def test_english_title_case_reads_only_french_translated_from_english() -> None:
    # A French original keeps its own capitals: the check is about carried-over English.
    assert french_flagged("fr-english-title-case", "Puis, Pliez la chaise.",
                          "Then fold the chair.") == []


@pytest.mark.parametrize("english, french, expected", [
    # a sentence of the draft starts in lower case after the full stop of the one before
    ("The grip is rubber. Your hand stays dry.",
     "La poignée est en caoutchouc. votre main reste sèche.", [("votre", "Votre")]),
    ("It floats. It also glows at night.", "Il flotte. il brille aussi la nuit.",
     [("il", "Il")]),
    # abbreviations, numbered lists, acronyms and names in lower case go on
    ("Tents, mats, etc. and stoves.", "Tentes, tapis, etc. et réchauds.", []),
    ("The blade is 4 in. long.", "La lame mesure 4 po. de long.", []),
    ("1. knife 2. fork", "1. couteau 2. fourchette", []),
    ("Made by ACME. iPhone case included.", "Fabriqué par ACME. étui iPhone inclus.", []),
    ("It charges an iPhone. iPads too.", "Il recharge un téléphone. iPad aussi.", []),
    ("The strap is adjustable. It fits all.", "La sangle est réglable. Elle convient à tous.", []),
])
def test_lowercase_sentence_start_in_a_french_draft(english: str, french: str,
                                                   expected: list[tuple[str, str]]) -> None:
    found = run("fr-lowercase-sentence-start", english, french, "en", "fr")
    assert [(french[f.start:f.end], f.replacement) for f in found] == expected


def test_lowercase_sentence_start_reads_only_the_draft() -> None:
    # The source's typesetting is the client's: a French source is left as it is.
    assert run("fr-lowercase-sentence-start", "Il flotte. il brille.", "It floats. It glows.",
               "fr", "en") == []


def test_english_title_case_flags_the_last_word_of_the_text() -> None:
    # the word closing the draft has no character after it: not a compound's first half
    assert french_flagged("fr-english-title-case", "Le couvercle se ferme Hermétiquement",
                          "The lid closes tightly", french_is_source=False) == [
        "Hermétiquement"]


@pytest.mark.parametrize(("text", "wanted"), [
    # a lower-case word that may be a noun right before the nationality: worth a parse
    ("Les touristes Allemands visitent Paris.", True),
    ("Il a rencontré des experts Chinois hier.", True),
    # after a grammatical word, an adjective placed before its noun, a capital, a number, a
    # short word, punctuation and a space, or at the start of a sentence, the check never flags
    ("Il a parlé avec les Allemands.", False),
    ("Les jeunes Allemands visitent Paris.", False),
    ("Le Parlement Européen siège.", False),
    ("Les 40 Allemands sont venus.", False),
    ("Ils sont là, Allemands et Français.", False),
    ("Allemands et Français sont venus.", False),
    ("Le vol AF Allemand arrive.", False),
])
def test_nationality_check_wants_a_parse_only_after_a_possible_noun(text: str,
                                                                    wanted: bool) -> None:
    from translator_gui.core.checks.base import get_check

    assert get_check("fr-capitalized-nationality-adjective").wants_parse(text) is wanted
