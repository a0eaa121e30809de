"""Checks across the pair: numbers, dates, names, copies, wrong language, omissions, false friends."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.base import SegmentContext, check_document, get_check
from translator_gui.core.model import ReviewDocument, Segment
from translator_gui.core.numbers import extract_numbers, format_number, months


def run(check_id: str, source: str, target: str, source_language: str = "fr",
        target_language: str = "en"):
    document = ReviewDocument([Segment(0, source, target, target)], source_language,
                              target_language, source_path="s.txt", draft_path="d.txt")
    context = SegmentContext(document.segments[0], source_language, target_language, document)
    return list(get_check(check_id).check_segment(context))


def flagged_words(check_id: str, source: str, target: str, *languages: str) -> list[str]:
    words = []
    for finding in run(check_id, source, target, *languages):
        text = source if finding.side == "source" else target
        words.append(text[finding.start:finding.end])
    return words


# -- numbers -------------------------------------------------------------------------------------

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


@pytest.mark.parametrize(("source", "target", "expected"), NUMBERS_BAD)
def test_number_mismatch_flags(source, target, expected):
    assert flagged_words("number-mismatch", source, target) == expected


@pytest.mark.parametrize(("source", "target"), NUMBERS_GOOD)
def test_number_mismatch_spares(source, target):
    assert run("number-mismatch", source, target) == []


def test_number_mismatch_suggests_the_source_figure_in_target_style():
    (finding,) = run("number-mismatch", "Il y avait 1 234 délégués.", "There were 1,324 delegates.")
    assert finding.suggestion == "1,234"
    (finding,) = run("number-mismatch", "There were 1,234 delegates and 3.5% of votes.",
                     "Il y avait 1 234 délégués et 4,5 % des voix.", "en", "fr")
    assert finding.suggestion == "3,5"


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


DATES_BAD = [
    ("L'atelier s'est ouvert le 12 mai.", "The workshop opened on 12 March.", ["March"]),
    ("Adoptée en juillet 2024.", "Adopted in June 2024.", ["June"]),
    ("Opened on May 12.", "Ouvert le 12 avril.", ["avril"]),
]
DATES_GOOD = [
    ("L'atelier s'est ouvert le 12 mai.", "The workshop opened on May 12."),
    ("L'atelier s'est ouvert le 12 mai.", "The workshop opened on 12 May."),
    ("Le 1er juillet, il a parlé.", "On 1 July, he spoke."),
    ("Il est parti en mai 2020 et revenu en juin 2021.", "He left in May 2020 and returned in June 2021."),
    ("Le 12 mai, il a parlé.", "On Tuesday, he spoke."),
]


@pytest.mark.parametrize(("source", "target", "expected"), DATES_BAD)
def test_date_month_mismatch_flags(source, target, expected):
    languages = ("en", "fr") if source.startswith("Opened") else ("fr", "en")
    assert flagged_words("date-month-mismatch", source, target, *languages) == expected


@pytest.mark.parametrize(("source", "target"), DATES_GOOD)
def test_date_month_mismatch_spares(source, target):
    assert run("date-month-mismatch", source, target) == []


# -- names ---------------------------------------------------------------------------------------

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


# -- copies, wrong language, omissions ----------------------------------------------------------

@pytest.mark.parametrize(("source", "target", "flagged"), [
    ("Le Conseil a adopté la résolution.", "Le Conseil a adopté la résolution.", True),
    ("Le Conseil a adopté la résolution.", "The Council adopted the resolution.", False),
    ("A/RES/78/111", "A/RES/78/111", False),
    ("Xi Jinping", "Xi Jinping", False),
    ("Tsinghua University Press", "Tsinghua University Press", False),
])
def test_target_identical(source, target, flagged):
    assert bool(run("target-identical", source, target)) is flagged


@pytest.mark.parametrize(("source", "target", "side"), [
    ("Le Conseil a adopté la résolution sur la coopération.",
     "Le Conseil a adopté hier la résolution sur la coopération internationale.", "target"),
    ("The Council adopted the resolution on cooperation in the field of AI yesterday.",
     "The Council adopted the resolution on cooperation in the field of AI.", "source"),
])
def test_wrong_language_flags(source, target, side):
    (finding,) = run("wrong-language", source, target)
    assert finding.side == side


@pytest.mark.parametrize(("source", "target"), [
    ("Le Conseil a adopté la résolution sur la coopération.",
     "The Council adopted the resolution on cooperation in the field of AI."),
    ("Il a cité « The Times » et « Le Monde ».", "He quoted The Times and Le Monde."),
    ("Il a dit : « We shall overcome », puis il est parti sans un mot.",
     "He said \"We shall overcome\" and left without a word."),
])
def test_wrong_language_spares(source, target):
    assert run("wrong-language", source, target) == []


def test_unaligned_sentences_are_omissions_or_additions():
    assert run("omission-unaligned", "Le premier atelier a eu lieu à Shanghai.", "")
    assert run("addition-unaligned", "", "The first workshop took place in Shanghai.")
    assert not run("omission-unaligned", "Merci.", "Thank you.")


def test_a_lone_text_is_not_full_of_omissions():
    # open_single leaves the other side empty throughout: nothing to compare.
    document = ReviewDocument([Segment(0, "Une phrase assez longue pour compter.", "", ""),
                               Segment(1, "Une autre phrase.", "", "")], "fr", "en",
                              source_path="seul.txt")
    assert check_document(document) == [] or all(
        i.check not in ("omission-unaligned", "length-outlier", "target-identical")
        for i in check_document(document))


@pytest.mark.parametrize(("source", "target", "flagged"), [
    ("Des responsables et des experts de près de 40 pays et d'organisations internationales, "
     "dont l'ANASE et l'Union africaine, participent à l'atelier.", "Officials attend.", True),
    ("Il pleut.", "It is raining today, and the forecast says that it will keep raining for the "
     "whole of next week across the north of the country.", True),
    ("Des responsables et des experts de près de 40 pays et d'organisations internationales, "
     "dont l'ANASE et l'Union africaine, participent à l'atelier.",
     "Officials and experts from nearly 40 countries and international organizations, including "
     "ASEAN and the African Union, are taking part in the workshop.", False),
    ("Merci.", "Thank you very much.", False),  # short sentences vary a lot: never flagged
    ("Oui.", "Yes, indeed, that is right.", False),
])
def test_length_outlier(source, target, flagged):
    assert bool(run("length-outlier", source, target)) is flagged


# -- false friends -------------------------------------------------------------------------------

FALSE_FRIENDS_BAD = [
    ("Il a acheté le livre dans une librairie.", "He bought the book in a library.", "library"),
    ("Le délai de dépôt est fixé au 12 mai.", "The filing delay is set for 12 May.", "delay"),
    ("Il est actuellement ministre.", "He is actually a minister.", "actually"),
    ("Elle a assisté à la cérémonie.", "She assisted the ceremony.", "assisted"),
    ("C'est un sujet sensible.", "It is a sensible subject.", "sensible"),
    ("Il faut résumer le rapport.", "The report must be resumed.", "resumed"),
    ("La location de voitures a augmenté.", "Car location has increased.", "location"),
    ("Gallimard a édité ce roman en 1950.", "Gallimard edited this novel in 1950.", "edited"),
    ("Une éventuelle hausse des prix inquiète.", "An eventual price rise is worrying.", "eventual"),
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
    assert findings[0].suggestion


@pytest.mark.parametrize(("source", "target"), FALSE_FRIENDS_GOOD)
def test_false_friend_spares(source, target):
    assert run("false-friend", source, target) == []


def test_false_friend_english_source():
    findings = run("false-friend", "He is actually a minister.", "Il est actuellement ministre.",
                   "en", "fr")
    assert findings and findings[0].suggestion == "en fait"
    assert run("false-friend", "He is actually a minister.", "Il est en fait ministre.",
               "en", "fr") == []


def test_false_friends_data_has_at_least_sixty_french_pairs():
    from translator_gui.core.checks.pair import false_friends

    assert sum(1 for f in false_friends() if f.fr_en) >= 60


# -- English words left in French ---------------------------------------------------------------

UNTRANSLATED_BAD = [
    ("Filtre à eau avec carry bag inclus.", "Water filter with carry bag included.", ["bag"]),
    ("La sangle est adjustable et solide.", "The strap is adjustable and strong.", ["adjustable"]),
]
UNTRANSLATED_GOOD = [
    ("Filtre à eau avec sac de transport inclus.", "Water filter with carry bag included."),
    ("La « bad bank » regroupera les actifs toxiques.", "The bad bank will hold toxic assets."),
    ("Il a rencontré les dirigeants de Google à New York.", "He met Google executives in New York."),
    ("Le week-end, le virus circule moins.", "At the weekend, the virus spreads less."),
    ("L'ancien rédacteur en chef de News of the World a parlé.",
     "The former News of the World editor spoke."),
    ("Les mesures anti-corruption sont prêtes.", "The anti-corruption measures are ready."),
    ("Voir le site watchdisney.com pour la suite.", "See watchdisney.com for more."),
]


@pytest.mark.parametrize(("french", "english", "expected"), UNTRANSLATED_BAD)
def test_untranslated_english_word_flags(french, english, expected):
    assert flagged_words("untranslated-english-word", french, english) == expected
    # The same French text as the target of an English source is flagged the same way.
    assert flagged_words("untranslated-english-word", english, french, "en", "fr") == expected


@pytest.mark.parametrize(("french", "english"), UNTRANSLATED_GOOD)
def test_untranslated_english_word_spares(french, english):
    assert run("untranslated-english-word", french, english) == []


def test_capitalized_english_words_count_only_under_an_english_title():
    title = "Civil War Frontier Rifle, Steel Frame"
    assert flagged_words("untranslated-english-word", "Fusil de guerre civile Frontier, cadre "
                         "en acier", title) == ["Frontier"]
    # In running text a capitalized word is a name; names that are also words are spared too.
    assert run("untranslated-english-word", "Le Frontier Club a fermé ses portes.",
               "The Frontier Club closed its doors.") == []
    assert run("untranslated-english-word", "Entretien avec Peter Turner",
               "Interview With Peter Turner About Music") == []


def test_words_glued_by_a_lost_line_break_are_read_apart():
    assert flagged_words("untranslated-english-word", "Comprend : sac, strapQuoi d'autre",
                         "Includes: bag, strapWhat else") == ["strap"]


@pytest.mark.parametrize(("french", "english", "expected"), [
    # A capitalized English word among French words, from a capitalized English phrase.
    ("Fusil de guerre civile, bois et acier Frontier fusil conçu d'après l'original",
     "Civil War Musket, Wood and Steel Frontier Rifle Designed After The Original", ["Frontier"]),
])
def test_capitalized_english_word_among_french_words(french, english, expected):
    assert flagged_words("untranslated-english-word", french, english) == expected


@pytest.mark.parametrize(("french", "english"), [
    ("Frontier Airlines envisage de faire payer les bagages.",
     "Frontier Airlines plans to charge for carry-on bags."),  # a multiword name
    ("Les analystes de Standard & Poor's sont prudents.", "Standard & Poor's analysts are wary."),
    ("La Bank of America a publié ses résultats.", "Bank of America released its results."),
    ("Il a acheté un iPhone neuf.", "He bought a new iPhone."),
])
def test_english_names_in_french_are_spared(french, english):
    assert run("untranslated-english-word", french, english) == []


@pytest.mark.parametrize(("source", "target"), [
    ("Elle est contagieuse pendant près de 15 jours.", "It is contagious for about a fortnight."),
    ("Il faut 8 jours de repos.", "A week of rest is needed."),
    ("Une capacité de 63 milliards de mètres cubes.", "A capacity of 2.2 trillion cubic feet."),
])
def test_number_mismatch_spares_idioms_and_converted_volumes(source, target):
    assert run("number-mismatch", source, target) == []


def test_acronym_written_as_a_word_is_not_a_missing_name():
    assert run("name-mismatch", "Les écoutes du siège de l'Onu à New York ont cessé.",
               "The tapping of UN headquarters in New York stopped.") == []


def test_document_symbols_must_match():
    assert flagged_words("number-mismatch", "Voir la résolution A/RES/78/111.",
                         "See resolution A/RES/78/112.") == ["A/RES/78/112"]
    assert run("number-mismatch", "Voir la résolution A / RES / 78/111.",
               "See resolution A/RES/78/111.") == []


def test_english_word_opening_both_sentences_is_untranslated_unless_a_name():
    assert flagged_words("untranslated-english-word", "Features : filtre en céramique lavable.",
                         "Features: washable ceramic filter.") == ["Features"]
    # A company opening the sentence is named inside a sentence elsewhere in the document.
    document = ReviewDocument([
        Segment(0, "Frontier a déclaré qu'elle ferait payer 25 $.",
                "Frontier said it will charge $25.", "Frontier said it will charge $25."),
        Segment(1, "Les finances de Frontier vont mal.", "Frontier's finances are poor.",
                "Frontier's finances are poor."),
    ], "fr", "en", bilingual_path="pairs.tsv")
    assert not [i for i in check_document(document) if i.check == "untranslated-english-word"]


@pytest.mark.parametrize(("source", "target", "flagged"), [
    ("Ma Zhaoxu a assisté et a abordé la cérémonie d'ouverture.",
     "Ma Zhaoxu assisted and approached the opening ceremony.", True),
    ("Il a assisté à la réunion.", "He assisted at the meeting.", True),
    ("Il a assisté le ministre pendant la réunion.", "He assisted the minister during the meeting.",
     False),
    ("Il a assisté à la cérémonie.", "He attended and assisted the ceremony organisers.", False),
])
def test_false_friend_assister_with_an_event(source, target, flagged):
    assert bool(run("false-friend", source, target)) is flagged


@pytest.mark.parametrize(("source", "target", "suggestion"), [
    ("Ma Zhaoxu a assisté à la cérémonie.", "Ma Zhaoxu assisted the ceremony.", "attended"),
    ("Il travaille dans deux librairies.", "He works in two libraries.", "bookshops"),
    ("Le délai est court.", "The delay is short.", "deadline"),
    ("Le livre a été édité en 2020.", "The book was edited in 2020.", "published"),
    ("Il est actuellement ministre.", "He is actually a minister.", "currently"),
])
def test_false_friend_suggestion_fits_the_sentence(source, target, suggestion):
    findings = run("false-friend", source, target)
    assert [f.suggestion for f in findings] == [suggestion]


@pytest.mark.parametrize(("flagged", "stem", "expected"), [
    ("editing", "issue*", "issuing"), ("edits", "publish*", "publishes"),
    ("delays", "deadline*", "deadlines"), ("assist", "attend*", "attend"),
    ("libraries", "bookshop*", "bookshops"), ("actual", "present at", "present at"),
])
def test_inflect_like(flagged, stem, expected):
    from translator_gui.core.checks.pair import inflect_like

    assert inflect_like(flagged, stem, "en") == expected
