"""Untranslated text: English left in French, French left in English, copies, wrong language."""

from __future__ import annotations

import pytest
from check_support import (
    assert_english_flags,
    english_flagged,
    flagged_words,
    only,
    run,
)

from translator_gui.core.checks import check_document
from translator_gui.core.checks.base import Severity
from translator_gui.core.model import ReviewDocument, Segment


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
    assert_english_flags("en-untranslated-french", english, expected)


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
    # "a" is an English function word too (French « a »): a short English sentence with one
    ("Les prix alimentaires ont connu une forte hausse l'an dernier.",
     "Food prices saw a dramatic increase last year."),
    ("« C'est un héros, sans aucun doute », a dit O'Malley.",
     "\"He's a hero, without a doubt,\" O'Malley said."),
])
def test_wrong_language_spares(source, target):
    assert run("wrong-language", source, target) == []


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
    # Glued the same way on both sides, copied whole: both words are English left as they are.
    assert flagged_words("untranslated-english-word", "Comprend : sac, strapWhat autre",
                         "Includes: bag, strapWhat else") == ["strapWhat"]


@pytest.mark.parametrize(("french", "english", "expected"), [
    # Copied whole from the English although each word alone passes for French (« fit »,
    # « Box », « Pour »).
    ("Coupe ajustée pour un bon fitPour les enfants", "Snug cut for a good fitPour for kids",
     ["fitPour"]),
    ("Livré avec sa sacoche de rangement et notre BoxThe garantie.",
     "Comes with its storage pouch and our BoxThe warranty.", ["BoxThe"]),
    ("Réglage facile : tournez la molette seatAdjustable selon votre taille",
     "Easy adjustment: turn the knob seatAdjustable to your height", ["seatAdjustable"]),
    # a heading of the product sheet glued to its neighbour: no brand
    ("Coloris : GreyDimensions : 20 x 30 cm", "Color: GreyDimensions: 20 x 30 cm",
     ["GreyDimensions"]),
])
def test_words_glued_by_a_lost_line_break_copied_whole(french, english, expected):
    assert flagged_words("untranslated-english-word", french, english) == expected


@pytest.mark.parametrize(("french", "english"), [
    # Brands written in one word, copied as they are.
    ("Il a acheté un iPod et une console chez GameStop.",
     "He bought an iPod and a console at GameStop."),
    ("L'acteur Shia LaBeouf et Leonardo DiCaprio étaient là.",
     "Actor Shia LaBeouf and Leonardo DiCaprio were there."),
    # Glued in the French only: the English has the words apart (nothing was copied).
    ("Une lampe trèsPuissante pour camper.", "A very powerful lamp for camping."),
])
def test_one_word_brands_are_not_glued_words(french, english):
    assert run("untranslated-english-word", french, english) == []


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
    # One capitalized name made of two words, written whole on both sides.
    ("Le site de PayPal et celui de YouTube étaient en panne.",
     "The PayPal and YouTube sites were down."),
    ("Il travaille pour SolarCity depuis mars.", "He has worked for SolarCity since March."),
])
def test_english_names_in_french_are_spared(french, english):
    assert run("untranslated-english-word", french, english) == []


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


def test_untranslated_french_reads_an_english_source() -> None:
    """en→fr: the English check reads the source when the source is the English side."""
    found = english_flagged("en-untranslated-french", "The minister of affaires étrangères arrived.",
                            english_is_target=False)
    assert found == ["affaires étrangères"]


@pytest.mark.parametrize(("french", "english", "expected"), [
    # Inflected English words the English dictionary knows and French does not.
    ("Le sac est plus léger et sturdier que l'ancien.",
     "The bag is lighter and sturdier than the old one.", ["sturdier"]),
    ("Les lanières sont gripped par deux boucles.", "The straps are gripped by two buckles.",
     ["gripped"]),
    # A hyphenated English compound copied whole.
    ("Une lampe easy-to-clean pour la cuisine.", "An easy-to-clean lamp for the kitchen.",
     ["easy-to-clean"]),
    ("Parfait pour le 4-year-old curieux.", "Perfect for the curious 4-year-old.",
     ["4-year-old"]),
])
def test_english_words_and_compounds_left_in_french(french, english, expected):
    assert flagged_words("untranslated-english-word", french, english) == expected


@pytest.mark.parametrize(("french", "english"), [
    # Compounds and words French took from English (the French dictionary knows them).
    ("Un gadget high-tech pour les fans de jogging.", "A high-tech gadget for jogging fans."),
    ("Le design du smartphone plaît aux gamers.", "Gamers like the smartphone's design."),
    # Markup is code, not prose: tag and property names stay as they are.
    ("<style> {font-weight : bold ; padding : 4px} </style> Une lampe solide.",
     "<style> {font-weight: bold; padding: 4px} </style> A sturdy lamp."),
    ("<w:View>Normal</w:View> <w:TrackMoves/> Texte", "<w:View>Normal</w:View> <w:TrackMoves/> Text"),
    # Units French writes like English, and English units not copied from the English.
    ("Une course de 10 miles en 20 minutes.", "A 10-mile race in 20 minutes."),
])
def test_english_words_french_shares_are_spared(french, english):
    assert run("untranslated-english-word", french, english) == []


@pytest.mark.parametrize(("french", "english", "word", "replacement", "hint"), [
    ("La lame mesure 3,5 inches de long.", "The blade is 3.5 inches long.", "inches", "pouces",
     None),
    ("Elle pèse 1 pound à peine.", "It weighs barely 1 pound.", "pound", "livre", None),
    ("Capacité : 250 pounds au maximum.", "Capacity: 250 pounds at most.", "pounds", "livres",
     None),
    ("Poids : 12 ouncesCouleur : noir", "Weight: 12 ouncesColor: black", "ounces", None,
     "onces"),
])
def test_english_unit_after_a_number(french, english, word, replacement, hint):
    (finding,) = [f for f in run("untranslated-english-word", french, english)
                  if french[f.start:f.end] == word]
    assert (finding.replacement, finding.hint) == (replacement, hint)
    assert french[finding.start:finding.end] == word


def test_english_words_count_in_a_french_translation_and_are_noted_in_a_french_source():
    """« le shutdown » in a French source is the author's borrowing, kept by the translation;
    in a French draft of English it is the translation's own word left untranslated."""
    french, english = "Le shutdown a freiné les ventes.", "The shutdown slowed sales."
    as_source = ReviewDocument([Segment(0, french, english, english)], "fr", "en")
    as_target = ReviewDocument([Segment(0, english, french, french)], "en", "fr")
    for document in (as_source, as_target):
        only(document, "untranslated-english-word")
    assert [(i.side, i.start, i.end, i.severity) for i in check_document(as_source)] == [
        ("source", 3, 11, Severity.NEUTRAL)]
    assert [(i.side, i.start, i.end, i.severity) for i in check_document(as_target)] == [
        ("target", 3, 11, Severity.MAJOR)]


def test_sentences_glued_by_a_lost_line_break_are_no_brand_name():
    # « WarrantyThis » is two English sentences run together, copied from the English as is;
    # « JetBlue » is one name written whole.
    assert flagged_words("untranslated-english-word",
                         "Garantie d'un an.This sac est robuste.",
                         "One-year warranty.This bag is sturdy.") == []
    assert flagged_words("untranslated-english-word",
                         "Comprend une housse et une WarrantyThis sacoche.",
                         "Includes a cover and a WarrantyThis bag.") == ["WarrantyThis"]
    assert run("untranslated-english-word", "Delta et JetBlue volent.",
               "Delta and JetBlue fly.") == []


def test_a_surname_after_a_first_name_in_the_french_source_is_a_name() -> None:
    # "macron" and "slate" are English words; after a first name they are surnames
    source = "Le président Emmanuel Macron a reçu Jenny Slate et Olaf Scholz."
    english = "President Emmanuel Macron received Jenny Slate and Olaf Scholz."
    assert run("untranslated-english-word", source, english) == []
    # in a French translation of a title the rule does not apply: a brand keeps its English
    # words counted
    assert flagged_words("untranslated-english-word", "Wilson Ball Pickup 75",
                         "Ballon Wilson Pickup 75", "en", "fr") == ["Pickup"]


def test_a_name_copied_from_an_english_sentence_into_the_french_is_a_name() -> None:
    """« Emmanuel Macron », « Rishi Sunak »… in a French translation of an English sentence:
    the name copied with its first name, whatever English word its surname spells."""
    assert run("untranslated-english-word", "Pope Francis met Emmanuel Macron and Laura Slate.",
               "Le pape François a rencontré Emmanuel Macron et Laura Slate.", "en", "fr") == []
