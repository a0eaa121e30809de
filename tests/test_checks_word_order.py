"""French word order carried over from English: an adjective French places after its noun
(participle, relational adjective, adjective in -able, colour, nationality) put before it."""

from __future__ import annotations

import pytest
from check_support import run

from translator_gui.core.checks.word_order import find


def flags(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[f.start:f.end], f.replacement, f.hint) for f in find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # after a determiner, the pair swapped is the fix
    ("Le kit contient une lavable housse.", [("lavable housse", "housse lavable", None)]),
    ("Livré avec un chromé guidon.", [("chromé guidon", "guidon chromé", None)]),
    ("Elle a choisi les magnétiques bracelets.",
     [("magnétiques bracelets", "bracelets magnétiques", None)]),
    ("Un sac pour la thermique bouteille, avec une verte poignée.",
     [("thermique bouteille", "bouteille thermique", None),
      ("verte poignée", "poignée verte", None)]),
    ("Le gouvernement allemand salue la italienne initiative.",
     [("italienne initiative", "initiative italienne", None)]),
    # between a determiner and a noun a verb cannot stand: « plaque » is the noun here
    ("Fourni avec une métallique plaque.", [("métallique plaque", "plaque métallique", None)]),
    # a compound goes on after the noun: a hint, not a replacement
    ("Une rechargeable batterie lithium.",
     [("rechargeable batterie", None, "batterie rechargeable")]),
    # « cet » would have to change: a hint
    ("Cet électrique allumage, ce solaire panneau.",
     [("électrique allumage", None, "allumage électrique"),
      ("solaire panneau", "panneau solaire", None)]),
    # after a noun, the English compound order (« un lanceur intégré air »): a hint
    ("Un ballon gonflé hélium.", [("gonflé hélium", None, "hélium gonflé")]),
    # an adjective that does not agree with the noun: the hint says to make it agree
    ("Il vend des réglables chaise.",
     [("réglables chaise", None, "chaise réglables (the noun first, the adjective agreeing "
                                 "with it)")]),
])
def test_adjective_before_its_noun_is_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize("text", [
    # the French order
    "Une housse lavable, un guidon chromé et des aimants magnétiques.",
    # adjectives of those shapes that French places first
    "Un magnifique paysage, le principal problème, une formidable équipe.",
    "Cette inoubliable soirée et une véritable histoire.",
    "Le soi-disant expert et la prétendue victime.",
    "Une spectaculaire remontée de l'équipe.",
    # a participle with its bare object or an adverb after a verb
    "Il a donné ordre de partir ; ils sont arrivés coup sur coup.",
    # a participle used as a noun, and words that are also nouns before a noun
    "Le blessé grave et le rouge vif du tissu.",
    # a name after an adjective
    "Le modèle électrique Tesla roule vite.",
])
def test_french_order_is_spared(text):
    assert flags(text) == []


def test_the_check_reads_the_french_side_only():
    (finding,) = run("fr-adjective-before-noun", "A washable cover.", "Une lavable housse.",
                     "en", "fr")
    assert (finding.side, finding.start, finding.end) == ("target", 4, 18)
    assert run("fr-adjective-before-noun", "Une lavable housse.", "A washable cover.") != []
    assert run("fr-adjective-before-noun", "A washable cover.", "A washable cover.",
               "en", "en") == []


def compounds(text: str) -> list[str]:
    from translator_gui.core.checks.word_order import find_compounds

    return [text[f.start:f.end] for f in find_compounds(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # English order, modifier first in the singular
    ("La tente est livrée avec des aluminium piquets.", ["aluminium piquets"]),
    ("Rangez-le avec vos voyage valises et vos cuisine ustensiles.",
     ["voyage valises", "cuisine ustensiles"]),
    # French order but the preposition left out
    ("Elle a préparé une soupe légumes.", ["soupe légumes"]),
    # two singular nouns after a word that is no determiner
    ("Livré avec housse protection pour le transport.", ["housse protection"]),
    ("Idéal pour randonnée montagne en été.", ["randonnée montagne"]),
])
def test_noun_compound_in_english_order_is_flagged(text, expected):
    assert compounds(text) == expected


@pytest.mark.parametrize("text", [
    # French appositions: the head first, carrying the plural
    "Des pays membres, des rôles clés et des mots clés.",
    "Des sessions studio et des interférences radio.",
    # the compound with its preposition
    "Des piquets en aluminium et des valises de voyage.",
    # a noun used as a preposition in informal French
    "Côté chiffres, le rayon jouets et la question salaires progressent.",
    # a plural adjective or participle after a noun
    "Une veste chaude et des chaussures neuves.",
    # a singular apposition after a determiner, nouns French sets in apposition, times
    "Le portique écotaxe, une date limite et un projet pilote.",
    "Un élément clé de sa stratégie présenté début juillet en banlieue nord.",
    # a verb and its bare noun, a title in quotation marks
    "La réunion aura lieu demain ; il a lu « Guerre et paix ».",
])
def test_french_noun_sequences_are_spared(text):
    assert compounds(text) == []


def test_noun_compound_finding_is_a_hint_naming_both_orders():
    (finding,) = run("fr-compound-noun-order", "Tent with aluminium pegs.",
                     "Tente avec des aluminium piquets.", "en", "fr")
    assert finding.replacement is None
    assert finding.hint == ("« piquets d'aluminium » if « aluminium » qualifies « piquets » "
                            "(the English order), « aluminium de piquets » if the preposition "
                            "is missing; or « à », « en », « pour » as the sense wants")


def names_first(french: str, english: str) -> list[tuple[str, str | None]]:
    from translator_gui.core.checks.word_order import find_names_first

    return [(french[f.start:f.end], f.hint) for f in find_names_first(french, english)]


@pytest.mark.parametrize(("french", "english", "expected"), [
    ("Rangez tout dans la Brambleton sacoche.", "Store everything in the Brambleton bag.",
     [("Brambleton sacoche", "sacoche Brambleton")]),
    ("Lot de deux Kelvaro lampes frontales", "Set of two Kelvaro headlamps",
     [("Kelvaro lampes", "lampes Kelvaro")]),
    # a model name of letters and digits
    ("Le TX40 sac protège bien.", "The TX40 bag protects well.",
     [("TX40 sac", "sac TX40")]),
    # a model code ending in a capital letter after its digits, no ordinal
    ("Lot Kelvaro 40213E lampes frontales", "Kelvaro 40213E Headlamps Set",
     [("40213E lampes", "lampes 40213E")]),
    # a name in capitals
    ("Le ZORBAX matelas se gonfle vite.", "The ZORBAX mattress inflates fast.",
     [("ZORBAX matelas", "matelas ZORBAX")]),
])
def test_name_before_its_noun_is_flagged(french, english, expected):
    assert names_first(french, english) == expected


@pytest.mark.parametrize(("french", "english"), [
    # the French order
    ("Rangez tout dans la sacoche Brambleton.", "Store everything in the Brambleton bag."),
    # a name the English writes with the same noun, copied whole
    ("Il habite à Greenwich Village depuis 1961.", "He has lived in Greenwich Village since 1961."),
    # names French knows, a time after a name
    ("Le président Morsi début juillet ; Paris reste calme.",
     "President Morsi in early July; Paris stays calm."),
    # a name not copied from the English
    ("La Brambleton sacoche est solide.", "The bag is sturdy."),
    # a model after its noun, a measure
    ("Le casque TX40 pèse 18D pouces.", "The TX40 helmet weighs 18D inches."),
    # capitals inside a model name, an acronym the English does not have
    ("Le matelas C91ZBK et la SNCF grève.", "The C91ZBK mattress and the rail strike."),
    # an ordinal is no model, even where the English copies it (« 1er », « 3e »)
    ("Le 1er mars, la loi a changé.", "On 1er March, the law changed."),
    ("La 3e étape commence.", "The 3e étape starts."),
])
def test_name_before_its_noun_spared(french, english):
    assert names_first(french, english) == []


def measures(text: str) -> list[tuple[str, str | None]]:
    from translator_gui.core.checks.word_order import find_measures_first

    return [(text[f.start:f.end], f.hint) for f in find_measures_first(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Livré avec une 16 onces sacoche et un 5 ans abonnement.",
     [("16 onces sacoche", "sacoche de 16 onces"), ("5 ans abonnement", "abonnement de 5 ans")]),
    ("Un 2,5 litres réservoir.", [("2,5 litres réservoir", "réservoir de 2,5 litres")]),
])
def test_measure_before_its_noun_is_flagged(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text", [
    "Une sacoche de 16 onces, trois fois par jour, 10 ans plus tard.",
    "Le ballon de 65 cm est rouge et le garçon de 17 ans conteste.",
])
def test_measure_after_its_noun_is_spared(text):
    assert measures(text) == []


def test_an_acronym_before_its_noun_in_the_english_order():
    from translator_gui.core.checks.word_order import find_acronym_first

    text = "Il est livré avec un USB connecteur et une housse."
    (found,) = find_acronym_first(text)
    assert (text[found.start:found.end], found.replacement, found.hint) == (
        "USB connecteur", None, "« connecteur USB »: the acronym after its noun")
    # an acronym subject before its verb or adjective, a time after a name, the French order
    for quiet in ("Le PS français et la SNCF annonce une grève.",
                  "Le chef du SMUR début juillet.", "Le connecteur USB et la lampe à LED."):
        assert list(find_acronym_first(quiet)) == []
