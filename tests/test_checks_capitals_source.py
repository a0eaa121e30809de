"""Capitals of a French draft read against its English source (capitals_source.py)."""

from __future__ import annotations

import pytest
from check_support import french_flagged, only, run

from translator_gui.core.checks import check_document, check_segment
from translator_gui.core.model import ReviewDocument, Segment

CHECK = "fr-capital-without-source"


@pytest.mark.parametrize("english, french, expected", [
    # a common word with a capital the English sentence has nowhere
    ("Fold the blanket and slide it into its pouch.",
     "Pliez la couverture et glissez-la dans sa Pochette.", ["Pochette"]),
    ("The kettle boils the water in two minutes.",
     "La bouilloire fait bouillir l'Eau en deux minutes.", ["Eau"]),
    ("Hang the lantern from the porch of your tent.",
     "Suspendez la Lanterne à l'auvent de votre tente.", ["Lanterne"]),
    # a generic that could open a name, here before a common noun
    ("Secure storage and organization of the tools.",
     "Rangement sûr et Organisation des outils.", ["Organisation"]),
    # a common word that is also a place name: the English has no place for it to translate
    ("Store the cork stoppers in a dry place.",
     "Rangez les bouchons en Liège dans un endroit sec.", ["Liège"]),
    ("They drank champagne at the wedding.", "Ils ont bu du Champagne au mariage.",
     ["Champagne"]),
    # a name opening the English sentence, copied: the rest has no capital
    ("Kimberly lives near the lake.", "Kimberly vit près du Lac.", ["Lac"]),
    # an English sentence opening on a common word the English word list leaves out
    ("Powered by gas, the heater warms the tent.",
     "Alimenté au gaz, le radiateur chauffe la Tente.", ["Tente"]),
    # two of them in one sentence
    ("The canoe and the paddle fit in the car.",
     "Le Canoë et la Pagaie tiennent dans la voiture.", ["Canoë", "Pagaie"]),
])
def test_capital_without_source_flags(english: str, french: str, expected: list[str]) -> None:
    assert french_flagged(CHECK, french, english, french_is_source=False) == expected


@pytest.mark.parametrize("english, french", [
    # capitals French gives where English has none: the State, parliament, an embassy
    ("The state taxes drivers who live near the coast.",
     "L'État taxe les automobilistes qui vivent près de la côte."),
    ("The embassy declined to comment on the notice.",
     "L'Ambassade a refusé de commenter l'avis."),
    # a generic opening a name: an adjective or a capital follows it
    ("The bank lends money to poor countries.",
     "La Banque mondiale prête de l'argent aux pays pauvres."),
    # a set phrase keeps the name it was made from
    ("Do not use bleach on the fabric.", "Ne pas utiliser d'eau de Javel sur le tissu."),
    # a trademark French uses as a common noun keeps the mark's capital
    ("The pouch closes with velcro tabs and a nonstick pan fits inside.",
     "La pochette se ferme par des pattes Velcro et une poêle en Téflon y tient."),
    # nationalities and the inhabitants of a place are nouns with a capital
    ("Aussies love the beach and the locals from the city agree.",
     "Les Australiens adorent la plage et les Lyonnais sont d'accord."),
    # the English has a name the French may have translated with its own capitals
    ("She joined the Red Cross volunteers in the valley.",
     "Elle a rejoint les bénévoles de la Croix Rouge dans la vallée."),
    # a name opening the English sentence, translated
    ("Japan's finest blade maker.", "Le meilleur fabricant de lames du Japon."),
    # words the English has too: names and copied words
    ("Kimberly met Lord at the Delta hotel in Bristol.",
     "Kimberly a rencontré Lord à l'hôtel Delta de Bristol."),
    # sentence and item starts, a capitalized run
    ("Warning: keep it away from fire.", "Attention : Tenir éloigné du feu."),
    ("The set includes a knife. It also has a fork.",
     "Le kit comprend un couteau. Il a aussi une fourchette."),
    # clean French
    ("The kayak floats on every lake of the region.",
     "Le kayak flotte sur tous les lacs de la région."),
    # a capital the termbase's French form writes (« Casque bleu »), in the plural too
    ("Blue helmets patrolled the border.", "Des Casques bleus patrouillaient à la frontière."),
])
def test_capital_without_source_spares(english: str, french: str) -> None:
    assert french_flagged(CHECK, french, english, french_is_source=False) == []


def test_capital_without_source_is_fixed_by_the_lower_case_word() -> None:
    english, french = ("Pour the soup into the bowl.", "Versez la soupe dans le Bol.")
    (finding,) = run(CHECK, english, french, "en", "fr")
    assert (finding.start, finding.end, finding.replacement, finding.hint) == (
        french.index("Bol"), french.index("Bol") + 3, "bol", None)
    fixed = french[:finding.start] + finding.replacement + french[finding.end:]
    document = only(ReviewDocument([Segment(0, english, fixed, fixed)], "en", "fr"), CHECK)
    assert check_segment(document, 0) == []


def test_capital_without_source_gives_a_hint_where_lower_case_would_double_a_word() -> None:
    english, french = ("The blade is coated.", "La lame Lame est enduite.")
    (finding,) = run(CHECK, english, french, "en", "fr")
    assert (french[finding.start:finding.end], finding.replacement) == ("Lame", None)
    assert finding.hint is not None and "lame" in finding.hint


def test_capital_without_source_reads_only_a_french_translation_of_english() -> None:
    # A French original keeps its own capitals; an English draft is not French.
    assert run(CHECK, "Versez la soupe dans le Bol.", "Pour the soup into the bowl.",
               "fr", "en") == []
    document = only(ReviewDocument([Segment(0, "Versez la soupe dans le Bol.",
                                            "Pour the soup into the Bowl.",
                                            "Pour the soup into the Bowl.")], "fr", "en"), CHECK)
    assert check_document(document) == []


INSTITUTION = "fr-institution-capital"


@pytest.mark.parametrize("english, french, expected", [
    # no determiner makes it the institution, the English has the common noun
    ("Requires some assembly before first use.",
     "Nécessite une certaine préparation et Assemblée avant la première utilisation.",
     ["Assemblée"]),
    ("The lamp lights the whole tennis court at night.",
     "La lampe éclaire tout le tennis Cour la nuit.", ["Cour"]),
    ("Students from high school, college and university.",
     "Des étudiants du lycée, Collège et université.", ["Collège"]),
    ("It keeps cables tidy with smart organization of the drawer.",
     "Il range les câbles grâce à une astucieuse Organisation du tiroir.", ["Organisation"]),
])
def test_institution_capital_flags(english: str, french: str, expected: list[str]) -> None:
    assert french_flagged(INSTITUTION, french, english, french_is_source=False) == expected


@pytest.mark.parametrize("english, french", [
    # the institution, with its determiner or « de »
    ("The court upheld the law.", "La Cour a confirmé la loi."),
    ("He spoke before the commission.", "Il s'est exprimé devant la Commission."),
    ("A member of parliament and of the senate.", "Un membre du Parlement et du Sénat."),
    # the first word of a name: an adjective or a capital after it
    ("The bill went to the national assembly.", "Le projet est allé à Assemblée nationale."),
    ("Staff of the World Health Organization.", "Le personnel de Organisation Mondiale."),
    # the English writes the institution with its capital too
    ("Approved by the Commission in Brussels.", "Approuvé par Commission à Bruxelles."),
    # no English cognate to read, a sentence start, a French source
    ("Requires some setting up.", "Nécessite une certaine préparation et Assemblée."),
    ("Assembly is quick.", "Assemblée est rapide."),
])
def test_institution_capital_spares(english: str, french: str) -> None:
    assert french_flagged(INSTITUTION, french, english, french_is_source=False) == []


def test_institution_capital_reads_only_a_french_draft_and_gives_a_hint() -> None:
    english, french = ("Requires assembly.", "Nécessite Assemblée.")
    (finding,) = run(INSTITUTION, english, french, "en", "fr")
    assert (french[finding.start:finding.end], finding.replacement) == ("Assemblée", None)
    assert finding.hint == '« assemblée », or the French word for "assembly" here'
    assert run(INSTITUTION, french, english, "fr", "en") == []
