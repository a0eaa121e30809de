"""Number checks: figures and dates carried over, number formats of each language, document symbols."""

from __future__ import annotations

import pytest
from check_support import (
    assert_english_flags,
    assert_french_flags,
    english_flagged,
    flagged_words,
    french_flagged,
    only,
    run,
)

from translator_gui.core.checks import check_document
from translator_gui.core.model import ReviewDocument, Segment
from translator_gui.core.numbers import extract_numbers, format_number, months


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
    # a currency symbol after the amount, French digits and all in one finding
    ("The ticket costs 25 €.", ["25 €"]),
    ("A grant of 12 500 € reached 1 234 people.", ["12 500 €", "1 234"]),
    ("It costs €25, $30 or US$40.", []),
])
def test_french_number_format_in_english(english: str, expected: list[str]) -> None:
    assert_english_flags("en-french-number-format", english, expected)


@pytest.mark.parametrize("french, expected", [
    ("La croissance a atteint 3.5 % cette année.", ["3.5"]),
    ("Le budget est de 2.75 milliards de dollars.", ["2.75"]),
    ("La ville compte 1,234,567 habitants.", ["1,234,567"]),
    ("La ville compte 12,000 habitants.", ["12,000"]),
    ("La croissance a reculé de 0.5 point.", ["0.5"]),
    # a point between thousands (German or Spanish style) before counted things
    ("Près de 45.000 manifestants ont défilé.", ["45.000"]),
    ("La mission coûte 250.000 euros.", ["250.000"]),
    # good French and readings that are not certain
    ("La croissance a atteint 3,5 % cette année.", []),
    ("Voir le paragraphe 3.2 et la version 2.0 du logiciel.", []),
    ("Le taux est passé de 1,234 à 1,5.", []),
    ("La ville compte 1 234 567 habitants.", []),
    ("La version 2.000 du logiciel date du 12.05.2020 ; l'adresse 10.000.1.2 répond.", []),
])
def test_english_number_format_in_french(french: str, expected: list[str]) -> None:
    assert_french_flags("fr-number-format", french, expected)


@pytest.mark.parametrize("french, expected", [
    ("Elle met en œuvre la résolution A / RES / 78/111 de l'Assemblée.", ["A / RES / 78/111"]),
    ("Voir le document S / RES / 2231 (2015).", ["S / RES / 2231"]),
    ("Voir E/CN.6 / 2024/L.3.", ["E/CN.6 / 2024/L.3"]),
    ("Les résolutions A/RES/78/311 et S/RES/2231 (2015) et le document E/CN.6/2024/L.3.", []),
    ("Le rapport 2023 / 2024 et le ratio km / h.", []),
])
def test_broken_document_symbol(french: str, expected: list[str]) -> None:
    assert_french_flags("broken-document-symbol", french, expected)


def test_broken_document_symbol_in_english_too() -> None:
    document = only(ReviewDocument([Segment(0, "la résolution A/RES/78/111",
                                            "resolution A / RES / 78/111",
                                            "resolution A / RES / 78/111")]),
                    "broken-document-symbol")
    issues = [i for i in check_document(document) if i.check == "broken-document-symbol"]
    assert [(i.side, i.suggestion) for i in issues] == [("target", "A/RES/78/111")]


NUMBERS_BAD = [
    ("Le taux est de 3,5 %.", "The rate is 5.3%.", ["5.3"]),
    ("Il y avait 1 234 délégués.", "There were 1,324 delegates.", ["1,324"]),
    ("Il y avait 1\u00a0234 délégués.", "There were 12,340 delegates.", ["12,340"]),
    ("Le 12 mai, 40 pays ont signé.", "On 12 May, 14 countries signed.", ["14"]),
    ("Le texte a été adopté en 2024.", "The text was adopted in 2023.", ["2023"]),
    ("Le coût est de 32,7 milliards de livres.", "The cost is £37.2bn.", ["37.2bn"]),
    ("La séance compte 45 participants.", "The meeting has participants.", ["45"]),
    ("Entre 10 et 15 % des votes.", "Between 10 and 25% of the votes.", ["25"]),
]


NUMBERS_GOOD = [
    ("Le taux est de 3,5 %.", "The rate is 3.5 per cent."),
    ("Il y avait 1 234 délégués.", "There were 1,234 delegates."),
    ("Il y avait 1\u202f234 délégués.", "There were 1234 delegates."),
    ("Le budget atteint 3,5 millions de dollars.", "The budget is $3.5 million."),
    ("Le budget atteint 3 500 000 dollars.", "The budget is $3.5 million."),
    ("Le coût est de 32,7 milliards de livres.", "The cost is £32.7bn."),
    ("Deux pays ont voté contre.", "2 countries voted against."),
    ("Il a vingt-cinq ans.", "He is 25."),
    ("Son fils, âgé de 9 ans, voyageait avec lui.", "His nine-year-old son travelled with him."),
    ("La séance reprend à 15 h.", "The meeting resumes at 3 p.m."),
    ("La séance reprend à 15 h 30.", "The meeting resumes at 3.30 p.m."),
    ("La séance reprend à 20 heures.", "The meeting resumes at 8pm."),
    ("Le 1er juillet 2024, il a parlé.", "On July 1st, 2024, he spoke."),
    ("Le 1er juillet, il a parlé.", "On 1 July, he spoke."),
    ("Au XXIe siècle, tout change.", "In the 21st century, everything changes."),
    ("C'était dans les années 90.", "It was in the 1990s."),
    ("Il est en 2e année de médecine.", "He is a second-year medical student."),
    ("La route fait 16 km.", "The road is 10 miles long."),
    ("Il était coincé à 15 m du sol.", "He was stuck 50ft above the ground."),
    ("Ils ont saisi 272 millions de kg de cacao.", "They seized 600 million pounds of cocoa."),
    ("Le siège fait 45,72 cm de large.", "The seat is 46 cm wide."),
    ("Voir la résolution A/RES/78/111 et le G20.", "See resolution A/RES/78/111 and the G20."),
    ("La COVID-19 a frappé.", "COVID-19 struck."),
    ("Il roulait à 210 km/h.", "He was driving at 130mph."),
    ("Le 11 septembre a tout changé.", "9/11 changed everything."),
    ("Personne n'a parlé.", "Nobody spoke in 2020."),  # a figure added in the target: not flagged
    ("Lors de la 78e session de l'Assemblée.", "At the seventy-eighth session of the Assembly."),
    ("Le texte figure dans le document A/78/L.49.", "The text is in document A/78/L.49."),
    ("Voir la résolution 2719 (2023) du Conseil.", "See Council resolution 2719 (2023)."),
    ("Les deux tiers des États Membres ont voté.", "Two thirds of Member States voted."),
    ("Le Groupe des 77 et la COP28 ont conclu.", "The Group of 77 and COP 28 concluded."),
]


def test_a_scale_word_changed_is_a_different_figure():
    """« 3,5 milliards » is not "3.5 million": two figures with scale words compare scaled."""
    (finding,) = run("number-mismatch", "The plant will cost 2.4 million dollars.",
                     "L'usine coûtera 2,4 milliards de dollars.", "en", "fr")
    assert (finding.side, finding.hint) == ("target", "The source has 2,4 millions.")
    (finding,) = run("number-mismatch", "La dette atteint 1,5 milliard d'euros.",
                     "The debt reaches 1.5 million euros.")
    assert finding.hint == "The source has 1.5 billion."
    assert run("number-mismatch", "La dette atteint 1,5 milliard d'euros.",
               "The debt reaches 1.5 billion euros.") == []
    assert run("number-mismatch", "Le pays compte 2 millions d'habitants.",
               "The country has 2m inhabitants.") == []


@pytest.mark.parametrize(("source", "target", "expected"), NUMBERS_BAD)
def test_number_mismatch_flags(source, target, expected):
    assert flagged_words("number-mismatch", source, target) == expected


@pytest.mark.parametrize(("source", "target"), NUMBERS_GOOD)
def test_number_mismatch_spares(source, target):
    assert run("number-mismatch", source, target) == []


def test_number_mismatch_suggests_the_source_figure_in_target_style():
    (finding,) = run("number-mismatch", "Il y avait 1 234 délégués.", "There were 1,324 delegates.")
    assert finding.replacement == "1,234"
    (finding,) = run("number-mismatch", "There were 1,234 delegates and 3.5% of votes.",
                     "Il y avait 1 234 délégués et 4,5 % des voix.", "en", "fr")
    assert finding.replacement == "3,5"


def test_number_extraction_normalizes_locales():
    def values(text, language):
        return [sorted(m.values) for m in extract_numbers(text, language) if m.firm]

    assert values("3,5 et 1 234 et 1\u00a0234,5", "fr") == [[3.5], [1234.0], [1234.5]]
    assert values("3.5 and 1,234 and 1,234.5", "en") == [[3.5], [1.234, 1234.0], [1234.5]]
    assert format_number(1234.5, "fr", grouped=True) == "1\u00a0234,5"
    assert format_number(1234.5, "en", grouped=True) == "1,234.5"
    assert format_number(2024, "en") == "2024"


def test_month_extraction_needs_a_date():
    assert months("le 12 mai 2024", "fr") == [(6, 9, 5)]
    assert months("May 12", "en") == [(0, 3, 5)]
    assert months("We may 12 times", "en") == []  # the modal verb is not a month
    assert months("le 3 AOÛT 2024", "fr") == [(5, 9, 8)]  # found folded: capitals, accents
    assert months("la maison 12 et mars 2020", "fr") == [(16, 20, 3)]
    assert months("la maison 12", "fr") == []  # « mai » inside a word is no month


DATES_BAD = [
    ("L'atelier s'est ouvert le 12 mai.", "The workshop opened on 12 March.", ["March"]),
    ("Adoptée en juillet 2024.", "Adopted in June 2024.", ["June"]),
    ("Opened on May 12.", "Ouvert le 12 avril.", ["avril"]),
    # a month after "in", « en », « depuis »… is a date without its figure
    ("Les élections auront lieu en octobre.", "The elections will be held in November.",
     ["November"]),
    ("Prices have risen since February.", "Les prix augmentent depuis septembre.",
     ["septembre"]),
]


DATES_GOOD = [
    ("L'atelier s'est ouvert le 12 mai.", "The workshop opened on May 12."),
    ("L'atelier s'est ouvert le 12 mai.", "The workshop opened on 12 May."),
    ("Le 1er juillet, il a parlé.", "On 1 July, he spoke."),
    ("Il est parti en mai 2020 et revenu en juin 2021.", "He left in May 2020 and returned in June 2021."),
    ("Le 12 mai, il a parlé.", "On Tuesday, he spoke."),
    ("Les élections auront lieu en octobre.", "The elections will be held in October."),
    ("Il a cité Avril Lavigne et la planète Mars.", "He named Avril Lavigne and the planet Mars."),
    ("Il se peut qu'il pleuve en avril.", "It may rain in April."),
]


@pytest.mark.parametrize(("source", "target", "expected"), DATES_BAD)
def test_date_month_mismatch_flags(source, target, expected):
    languages = ("en", "fr") if source.startswith(("Opened", "Prices")) else ("fr", "en")
    assert flagged_words("date-month-mismatch", source, target, *languages) == expected


@pytest.mark.parametrize(("source", "target"), DATES_GOOD)
def test_date_month_mismatch_spares(source, target):
    assert run("date-month-mismatch", source, target) == []


@pytest.mark.parametrize(("source", "target"), [
    ("Elle est contagieuse pendant près de 15 jours.", "It is contagious for about a fortnight."),
    ("Il faut 8 jours de repos.", "A week of rest is needed."),
    ("Une capacité de 63 milliards de mètres cubes.", "A capacity of 2.2 trillion cubic feet."),
])
def test_number_mismatch_spares_idioms_and_converted_volumes(source, target):
    assert run("number-mismatch", source, target) == []


def test_document_symbols_must_match():
    assert flagged_words("number-mismatch", "Voir la résolution A/RES/78/111.",
                         "See resolution A/RES/78/112.") == ["A/RES/78/112"]
    assert run("number-mismatch", "Voir la résolution A / RES / 78/111.",
               "See resolution A/RES/78/111.") == []


@pytest.mark.parametrize(("english", "fixed"), [
    ("Tickets cost 12 500,50 € in all.", "Tickets cost €12,500.50 in all."),
    ("Each kit costs 49$.", "Each kit costs $49."),
])
def test_an_amount_symbol_after_is_fixed_whole(english: str, fixed: str) -> None:
    (finding,) = run("en-french-number-format", "Source française.", english)
    assert english[:finding.start] + finding.replacement + english[finding.end:] == fixed


@pytest.mark.parametrize(("source", "target", "languages", "figure", "hint"), [
    # a duration carried over in another unit of time
    ("Les élections auront lieu dans 3 semaines.", "The elections will take place in 3 months.",
     ("fr", "en"), "3", "The source says 3 semaines."),
    ("The works take 6 weeks.", "Les travaux durent 6 jours.", ("en", "fr"), "6",
     "The source says 6 weeks."),
])
def test_a_duration_in_another_unit_of_time(source, target, languages, figure, hint) -> None:
    (finding,) = run("number-mismatch", source, target, *languages)
    assert (target[finding.start:finding.end], finding.hint) == (figure, hint)


@pytest.mark.parametrize(("source", "target"), [
    ("La trêve durera 48 heures.", "The truce will last 2 days."),  # converted
    ("Il a 45 ans et travaille 8 heures par jour.", "He is 45 years old and works 8 hours a day."),
])
def test_durations_that_agree_stay_quiet(source, target) -> None:
    assert run("number-mismatch", source, target) == []


def test_french_number_format_in_english_reads_an_english_source() -> None:
    """en→fr: the English check reads the source when the source is the English side."""
    found = english_flagged("en-french-number-format", "Growth reached 3,5 %.",
                            english_is_target=False)
    assert found == ["3,5"]


@pytest.mark.parametrize("check_id, french, words", [
    ("fr-number-format", "La croissance a atteint 3.5 %.", "3.5"),
])
def test_numbers_checks_read_a_french_target(check_id: str, french: str, words: str) -> None:
    """en→fr: the same checks read the target when the target is the French side."""
    assert words in french_flagged(check_id, french, "English source.", french_is_source=False)
    # ...and never read the English side as if it were French
    document = only(ReviewDocument([Segment(0, french, "English.", "English.")], "en", "fr"),
                    check_id)
    assert not [i for i in check_document(document) if i.check == check_id]


@pytest.mark.parametrize(("source", "target", "languages", "expected"), [
    ("Le train part à 7 h 20.", "The train leaves at 7.02 a.m.", ("fr", "en"), "7.02 a.m."),
    ("Les urnes ferment à 20 heures.", "Polling stations close at 10 p.m.", ("fr", "en"),
     "10 p.m."),
    ("The shop opens at 9 a.m. and closes at 6 p.m.",
     "Le magasin ouvre à 9 h et ferme à 16 h.", ("en", "fr"), "16 h"),
])
def test_a_time_of_day_changed(source, target, languages, expected):
    """Times of day paired in order: one the source's cannot be is reported, with a hint."""
    (finding,) = run("number-mismatch", source, target, *languages)
    side_text = target[finding.start:finding.end]
    assert (finding.side, side_text, finding.replacement) == ("target", expected, None)
    assert finding.hint is not None and finding.hint.startswith("The source says")


@pytest.mark.parametrize(("source", "target", "languages"), [
    ("Les urnes ferment à 20 heures.", "Polling stations close at 8 p.m.", ("fr", "en")),
    ("Le concert commence à 8 heures du soir.", "The concert starts at 8 p.m.", ("fr", "en")),
    ("Rendez-vous à 18 h 30.", "See you at 6:30.", ("fr", "en")),
    ("Rendez-vous à 18 h 30.", "See you at 18:30.", ("fr", "en")),
    ("The shop opens at 9 a.m.", "Le magasin ouvre à 9 heures.", ("en", "fr")),
    # a duration on one side and no time on the other: nothing to pair
    ("La réunion a duré 3 heures.", "The meeting lasted three hours.", ("fr", "en")),
    # not as many times on each side: left to the translator
    ("Ouvert de 9 h à 17 h.", "Open from 9 a.m.", ("fr", "en")),
])
def test_a_time_of_day_kept_stays_quiet(source, target, languages):
    assert run("number-mismatch", source, target, *languages) == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    # no digit: only the roman ordinals and the spelled numbers are looked for
    ("Au XXIe siècle, vingt et un pays et trois millions de personnes.", "fr", [
        (3, 7, "XXIe", [21.0], "ordinal"), (8, 14, "siècle", [100.0], "word"),
        (16, 27, "vingt et un", [1.0, 20.0, 21.0], "word"),
        (36, 50, "trois millions", [3.0, 1e6, 3e6], "word")]),
    ("Des centaines de soixante-dix-huitième fois.", "fr", [
        (4, 13, "centaines", [100.0], "word"),
        (17, 38, "soixante-dix-huitième", [78.0], "word")]),
    # words between number words end their run, « et » / "and" join it
    ("Two hundred and five people, a twenty-year-old, in the 21st century.", "en", [
        (0, 20, "Two hundred and five", [2.0, 5.0, 100.0, 205.0], "word"),
        (29, 30, "a", [1.0], "word"), (31, 37, "twenty", [20.0], "word"),
        (55, 59, "21st", [21.0], "ordinal"), (60, 67, "century", [100.0], "word")]),
    ("trois grands et deux petits", "fr", [
        (0, 5, "trois", [3.0], "word"), (16, 20, "deux", [2.0], "word")]),
])
def test_numbers_of_texts_with_and_without_digits(text: str, language: str,
                                                  expected: list[tuple]) -> None:
    assert [(m.start, m.end, m.text, sorted(m.values), m.kind)
            for m in extract_numbers(text, language)] == expected


@pytest.mark.parametrize(("source", "target", "languages", "expected"), [
    ("The bridge is 1.5 km long.", "Le pont mesure 1,5 mètre de long.", ("en", "fr"), "1,5"),
    ("Le colis pèse 3 kg.", "The parcel weighs 3 g.", ("fr", "en"), "3"),
])
def test_a_figure_kept_with_a_unit_of_another_size(source, target, languages, expected):
    (finding,) = run("number-mismatch", source, target, *languages)
    assert (target[finding.start:finding.end], finding.replacement) == (expected, None)
    assert finding.hint.startswith("The source says")


@pytest.mark.parametrize(("source", "target", "languages"), [
    ("The bridge is 1.5 km long.", "Le pont mesure 1,5 km de long.", ("en", "fr")),
    # a converted measure, a scale word before "in", a capital M for millions
    ("La route fait 16 km.", "The road is 10 miles long.", ("fr", "en")),
    ("Revenue stood at £708 million in 2012.", "Les recettes ont atteint 708 M£ en 2012.",
     ("en", "fr")),
])
def test_a_figure_with_its_unit_kept_stays_quiet(source, target, languages):
    assert run("number-mismatch", source, target, *languages) == []
