"""False friends, English source: cognates whose French look-alike lacks the English sense
(« excitant » for "exciting", « versatilité » for "versatility", « athlétique » for athletic
shoes), homographs of catalogue English (the "hands" of a watch are « aiguilles », a birthday
"party" is « une fête », a thing that "stays" dry « reste »), and "in." after a number, the inch.

Each pair is judged by the English word's context; where the French word is right (« la
condition physique », « à l'étranger », « le nom propre ») the check stays quiet.
Every sentence here was written for these tests.
"""

from __future__ import annotations

import re

import pytest
from check_support import run

COGNATES_BAD = [
    ("Kids will love this exciting board game.",
     "Les enfants vont adorer ce jeu de société excitant.", "excitant"),
    ("You will feel comfortable in the water right away.",
     "Vous vous sentirez confortable dans l'eau tout de suite.", "confortable"),
    ("The cream addresses the causes of dry skin.",
     "La crème adresse les causes de la peau sèche.", None),
    ("This serum is designed to address common skin concerns.",
     "Ce sérum est conçu pour adresser les problèmes de peau courants.", "adresser"),
    ("Press the button to initiate the cleaning cycle.",
     "Appuyez sur le bouton pour initier le cycle de nettoyage.", "initier"),
    ("An officially sanctioned ball for league play.",
     "Un ballon officiellement sanctionné pour le jeu en ligue.", "sanctionné"),
    ("A slim tie for formal occasions.",
     "Une cravate fine pour les occasions formelles.", "formelles"),
    ("Relaxed cut for casual wear.", "Coupe ample pour une tenue casuelle.", "casuelle"),
    ("Check the tire pressure for proper inflation.",
     "Vérifiez la pression des pneus pour un gonflage propre.", "propre"),
    ("Enjoy the benefits of a firm mattress.",
     "Profitez des bénéfices d'un matelas ferme.", "bénéfices"),
    ("The steel body resists dents and scratches.",
     "Le corps en acier résiste aux dents et aux rayures.", "dents"),
    ("Dispose of used batteries at a recycling point.",
     "Disposez des piles usagées dans un point de recyclage.", "Disposez des"),
    ("Pack of 50 disposable gloves.", "Paquet de 50 gants disponibles.", "disponibles"),
    ("Each card shows a short sentence in English.",
     "Chaque carte affiche une courte sentence en anglais.", "sentence"),
    ("Teach children never to talk to strangers.",
     "Apprenez aux enfants à ne jamais parler aux étrangers.", "étrangers"),
    ("A wicker basket with two handles.", "Un basket en osier avec deux poignées.", "basket"),
    ("The folding wagon carries your gear to the beach.",
     "Le wagon pliant transporte votre équipement jusqu'à la plage.", "wagon"),
    ("The camera is in excellent condition.",
     "L'appareil photo est en excellente condition.", "condition"),
    ("The jacket has a zip closure at the front.",
     "La veste a une clôture à glissière à l'avant.", "clôture"),
    ("Lightweight athletic shoes for daily runs.",
     "Chaussures athlétiques légères pour les courses quotidiennes.", "athlétiques"),
    ("The versatility of the tool makes it a favourite.",
     "La versatilité de l'outil en fait un favori.", "versatilité"),
]

COGNATES_GOOD = [
    ("These shoes are comfortable for long walks.",
     "Ces chaussures sont confortables pour les longues marches."),
    ("Please address your letters to the editor.",
     "Veuillez adresser vos lettres au rédacteur."),
    ("The club initiates beginners into rock climbing.",
     "Le club initie les débutants à l'escalade."),
    ("The minister said the country would be sanctioned for the attack.",
     "Le ministre a déclaré que le pays serait sanctionné pour l'attaque."),
    ("The country lodged a formal complaint.", "Le pays a déposé une plainte formelle."),
    ("Use the proper noun in the title.", "Utilisez le nom propre dans le titre."),
    ("The company reported a benefit from lower costs and higher profits.",
     "L'entreprise a annoncé des bénéfices en hausse grâce à des coûts plus bas."),
    ("Brush your teeth twice a day.", "Brossez-vous les dents deux fois par jour."),
    ("Households have less disposable income this year.",
     "Les ménages ont moins de revenu disponible cette année."),
    ("He studied abroad for two years.", "Il a étudié à l'étranger pendant deux ans."),
    ("He was a stranger in his own town.", "Il était un inconnu dans sa propre ville."),
    ("The new basketball shoes sold out.", "Les nouvelles baskets de basket ont été épuisées."),
    ("The old train had six wagons.", "Le vieux train comptait six wagons."),
    ("Athletes must be in top physical condition.",
     "Les athlètes doivent être en excellente condition physique."),
    ("The closure of the session was delayed.", "La clôture de la séance a été retardée."),
    ("He has an athletic build.", "Il a une carrure athlétique."),
]


@pytest.mark.parametrize(("source", "target", "expected"), COGNATES_BAD)
def test_cognate_without_the_english_sense_is_flagged(source, target, expected):
    findings = run("false-friend", source, target, "en", "fr")
    assert [target[f.start:f.end] for f in findings] == ([expected] if expected else [])


@pytest.mark.parametrize(("source", "target"), COGNATES_GOOD)
def test_cognate_in_its_shared_sense_stays_quiet(source, target):
    assert run("false-friend", source, target, "en", "fr") == []


HOMOGRAPHS_BAD = [
    ("Everything you need for a birthday party.",
     "Tout ce qu'il vous faut pour une partie d'anniversaire.", "partie"),
    ("A realistic-looking rubber snake.",
     "Un serpent en caoutchouc réaliste à la recherche.", "à la recherche"),
    ("The lining stays dry even in heavy rain.",
     "La doublure séjours sec même sous une forte pluie.", "séjours"),
    ("Store the beads in a clear plastic box.",
     "Rangez les perles dans une boîte en plastique effacer.", "effacer"),
    ("The hour and minute hands glow in the dark.",
     "Les mains des heures et des minutes brillent dans le noir.", "mains"),
    ("A large watch face with bold numerals.", "Une grande face de montre aux chiffres gras.",
     "face"),
    ("The rubber feet reduce the chance of slipping.",
     "Les pieds en caoutchouc réduisent la chance de glisser.", "chance"),
    ("Blade length: 3 in.", "Longueur de la lame : 3 dans.", "dans"),
    ("The padded case holds two pistols.", "L'affaire rembourrée contient deux pistolets.",
     "affaire"),
    ("Slide the tablet into its leather case.",
     "Glissez la tablette dans son affaire en cuir.", "affaire"),
]

HOMOGRAPHS_GOOD = [
    ("Both parties signed the contract.", "Les deux parties ont signé le contrat."),
    ("We are looking for a new supplier.", "Nous sommes à la recherche d'un nouveau fournisseur."),
    ("Our stay at the hotel was short.", "Notre séjour à l'hôtel a été court."),
    ("She took good care of him during his stay on the island.",
     "Elle a pris soin de lui pendant son séjour sur l'île."),
    ("Clear the memory before saving.", "Effacez la mémoire avant d'enregistrer."),
    ("Wash your hands before cooking.", "Lavez-vous les mains avant de cuisiner."),
    ("He came face to face with a bear.", "Il s'est retrouvé face à face avec un ours."),
    ("You get a second chance to win.", "Vous avez une seconde chance de gagner."),
    ("Put the keys in the drawer.", "Mettez les clés dans le tiroir."),
    ("Blade length: 3 in.", "Longueur de la lame : 3 po."),
    ("The judge dismissed the case against the senator.",
     "Le juge a classé l'affaire contre le sénateur."),
    ("Police reopened the case after new evidence emerged.",
     "La police a rouvert l'affaire après l'apparition de nouveaux éléments."),
]


@pytest.mark.parametrize(("source", "target", "expected"), HOMOGRAPHS_BAD)
def test_catalogue_homograph_in_the_wrong_sense_is_flagged(source, target, expected):
    findings = run("false-friend", source, target, "en", "fr")
    assert [target[f.start:f.end] for f in findings] == [expected]


@pytest.mark.parametrize(("source", "target"), HOMOGRAPHS_GOOD)
def test_catalogue_homograph_in_the_right_sense_stays_quiet(source, target):
    assert run("false-friend", source, target, "en", "fr") == []


# Context rules written with the plural after {w} ("number of {w}s") read the word's own forms:
# {w} ends at a word boundary, so a letter glued after it could never match.
@pytest.mark.parametrize(("source", "target", "expected"), [
    ("The pedometer counts the number of steps you take each day.",
     "Le podomètre compte le nombre d'étapes que vous faites chaque jour.", ["étapes"]),
    ("Follow the steps in the guide.", "Suivez les étapes du guide.", []),
])
def test_a_context_rule_reads_the_plural_of_its_word(source, target, expected):
    findings = run("false-friend", source, target, "en", "fr")
    assert [target[f.start:f.end] for f in findings] == expected


def test_no_context_rule_glues_a_letter_to_its_word():
    from translator_gui.core.resources import resource

    for table in ("false-friends-fr-en.tsv", "homographs-en-fr.tsv"):
        for line in resource("checks", table).read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if line.startswith("#") or len(cells) < 7:
                continue
            for rule in (cells[5], cells[6]):
                assert not re.search(r"\{w\}s(?!\?)", rule), (table, cells[2], rule)


# A right rendering that renders another source word does not count for this one: « pas » of
# « ne … pas » renders "not", « avec » renders "with", « finition » "finish", « dégonfler »
# "deflate"; a "head" is a body's, not the « président » of a board.
@pytest.mark.parametrize(("source", "target", "expected"), [
    ("The pedometer does not reset your steps at midnight.",
     "Le podomètre ne remet pas vos étapes à zéro à minuit.", ["étapes"]),
    ("The tent features taped seams and comes with a rain fly.",
     "La tente met en vedette des coutures scellées et est livrée avec un double toit.",
     ["en vedette"]),
    ("The tent features taped seams.", "La tente est dotée de coutures scellées.", []),
    ("The steel frame gets a powder-coat finish.",
     "Le cadre en acier reçoit une finition de manteau de poudre.", ["manteau"]),
    ("Blades get three coats of lacquer.", "Les lames reçoivent trois couches de laque.", []),
    ("The padded chair supports your head and neck.",
     "Le président rembourré soutient votre tête et votre cou.", ["président"]),
    ("Deflate the flat mat for easy packing.",
     "Dégonflez l'appartement tapis pour un rangement facile.", ["appartement"]),
])
def test_a_rendering_of_another_source_word_does_not_silence_the_flag(source, target, expected):
    findings = run("false-friend", source, target, "en", "fr")
    assert [target[f.start:f.end] for f in findings] == expected
