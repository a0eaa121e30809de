"""False friends, English source: product words whose French look-alike or everyday sense
is wrong in context — the grinding sense of "ground", the "consistency" of a texture, "last"
as a verb of duration, "directions" for use, a "cabin" in the woods, a "full" container — and
the calque « être dans le marché pour ». Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from check_support import run

BAD = [
    # "ground", past participle of grind: « moulu », « haché », « meulé »
    ("Sprinkle with finely ground cinnamon.", "Saupoudrez de cannelle finement sol.", "sol"),
    ("Use a pound of ground turkey for the filling.",
     "Utilisez une livre de dinde au sol pour la farce.", "au sol"),
    ("Its stone ground flour keeps the whole grain.",
     "Sa farine de pierre terre garde le grain entier.", "terre"),
    ("The scandi ground blade is easy to sharpen in the field.",
     "La lame scandi sol est facile à aiguiser sur le terrain.", "sol"),
    # "consistency" of a texture: « consistance »
    ("Blend until the soup has a creamy consistency.",
     "Mixez jusqu'à ce que la soupe ait une cohérence crémeuse.", "cohérence"),
    ("Thin the paint with water to a runny consistency.",
     "Diluez la peinture avec de l'eau jusqu'à une cohérence liquide.", "cohérence"),
    # "last" as a verb of duration: « durer »
    ("A single charge lasts more than a week.",
     "Une seule charge dernière plus d'une semaine.", "dernière"),
    ("These boots are made to last.", "Ces bottes sont faites pour dernier.", "dernier"),
    # "directions" for use: « le mode d'emploi », « les instructions »
    ("Directions and warnings are printed on the box.",
     "Directions et avertissements sont imprimés sur la boîte.", "Directions"),
    ("Read the directions for use before the first wash.",
     "Lisez les directions d'utilisation avant le premier lavage.", "directions"),
    # a "cabin" in the woods: « un chalet », « une cabane »
    ("They rent a rustic cabin in the woods every July.",
     "Ils louent une cabine rustique dans les bois chaque juillet.", "cabine"),
    # a "full" container: « plein »
    ("Empty the bin once full and rinse it.", "Videz le bac une fois complet et rincez-le.",
     "complet"),
    ("The full bottle weighs 2 pounds.", "La bouteille complète pèse 2 livres.", "complète"),
]

GOOD = [
    # the everyday senses, rendered right
    ("The ground is still wet after the rain.", "Le sol est encore mouillé après la pluie."),
    ("Set the grill on level ground.", "Posez le gril sur un sol plat."),
    ("Keep ground meat refrigerated.", "Conservez la viande hachée au réfrigérateur."),
    ("Add freshly ground nutmeg to the sauce.",
     "Ajoutez de la muscade fraîchement moulue à la sauce."),
    ("The two reports lack consistency.", "Les deux rapports manquent de cohérence."),
    ("Stir the dough to an even consistency.", "Remuez la pâte jusqu'à une consistance égale."),
    ("The last chapter is the best.", "Le dernier chapitre est le meilleur."),
    ("Over the last two years, sales doubled.",
     "Au cours des deux dernières années, les ventes ont doublé."),
    ("The battery lasts ten hours.", "La batterie dure dix heures."),
    ("The paths lead off in all directions.", "Les sentiers partent dans toutes les directions."),
    ("The cabin crew helped the passengers.", "Le personnel de cabine a aidé les passagers."),
    ("Try the jacket on in the changing cabin.", "Essayez la veste dans la cabine d'essayage."),
    ("The hotel is full in August.", "L'hôtel est complet en août."),
    ("The box holds a full set of wrenches.", "La boîte contient un jeu complet de clés."),
]


@pytest.mark.parametrize(("source", "target", "expected"), BAD)
def test_product_word_in_its_other_sense_is_flagged(source, target, expected):
    findings = run("false-friend", source, target, "en", "fr")
    assert [target[f.start:f.end] for f in findings] == [expected]
    [finding] = findings
    # a replacement only where it fits the words as they stand, and it re-checks clean
    assert (finding.replacement is None) == (expected != "cohérence")
    assert finding.replacement or finding.hint
    if finding.replacement:
        fixed = target[:finding.start] + finding.replacement + target[finding.end:]
        assert run("false-friend", source, fixed, "en", "fr") == []


@pytest.mark.parametrize(("source", "target"), GOOD)
def test_product_word_in_its_own_sense_stays_quiet(source, target):
    assert run("false-friend", source, target, "en", "fr") == []


def test_texture_consistency_is_replaced_by_consistance():
    source = "Add milk until the batter has a pourable consistency."
    target = "Ajoutez du lait jusqu'à ce que la pâte ait une cohérence coulante."
    [finding] = run("false-friend", source, target, "en", "fr")
    assert finding.replacement == "consistance"
    fixed = target[:finding.start] + finding.replacement + target[finding.end:]
    assert run("false-friend", source, fixed, "en", "fr") == []


def test_a_capitalized_word_copied_inside_a_name_stays_a_name():
    # at the head of the text but before another capital: a product or company name
    source = "Motion Sensor Light with a 20-foot range."
    target = "Motion Sensor Light avec une portée de 20 pieds."
    assert run("false-friend", source, target, "en", "fr") == []


@pytest.mark.parametrize(("target", "flagged"), [
    ("Si vous êtes dans le marché pour un sac à dos, lisez ceci.", True),
    ("Nous sommes peut-être dans le marché pour une nouvelle voiture.", True),
    ("Il reste de la place dans le marché pour un produit moins cher.", False),
    ("Les fruits sont vendus dans le marché couvert.", False),
])
def test_in_the_market_for_is_a_calque(target, flagged):
    findings = run("fr-calque", "", target, "en", "fr")
    assert bool([f for f in findings if "marché" in target[f.start:f.end]]) == flagged
