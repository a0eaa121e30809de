"""French conventions left in English: French titles and capitals in names, French words that
English dictionaries also know."""

from __future__ import annotations

import pytest
from check_support import only

from translator_gui.core.checks import check_document
from translator_gui.core.model import ReviewDocument, Segment


def flagged(check_id: str, source: str, target: str) -> list[tuple[str, str | None]]:
    document = ReviewDocument([Segment(0, source, target, target)], "fr", "en",
                              source_path="s.txt", draft_path="d.txt")
    only(document, check_id)
    return [(target[i.start:i.end], i.replacement) for i in check_document(document)
            if i.check == check_id]


@pytest.mark.parametrize(("source", "target", "expected"), [
    ("M. LEBRUN a ouvert la séance.", "Mr LEBRUN opened the meeting.", [("LEBRUN", "Lebrun")]),
    ("Madame Nguyen a pris la parole.", "Mrs Nguyen took the floor.", [("Mrs", "Ms")]),
    ("Madame Nguyen a pris la parole.", "Mrs. NGUYEN took the floor.",
     [("Mrs.", "Ms."), ("NGUYEN", "Nguyen")]),
    ("M. Martin et Mme Roux sont partis.", "M. Martin and Mme Roux left.",
     [("M.", "Mr"), ("Mme", "Ms")]),
    # a first name and a surname in capitals, copied from the source without a title
    ("Le ministre Bruno LEMAIRE a répondu.", "Minister Bruno LEMAIRE replied.",
     [("LEMAIRE", "Lemaire")]),
    # a surname of two words, and capitals the English made of a name the source writes right
    ("La députée Marine LE PEN a voté contre.", "MP Marine LE PEN voted against.",
     [("LE PEN", "Le Pen")]),
    ("Le juge Pierre Dupuis a tranché.", "Judge Pierre DUPUIS ruled.", [("DUPUIS", "Dupuis")]),
    # after an office
    ("L'ambassadeur MOREAU a présenté ses lettres.", "Ambassador MOREAU presented his letters.",
     [("MOREAU", "Moreau")]),
    # any title of the table (resources/checks/titles-en.tsv)
    ("Le professeur Anne GIRAUD a témoigné.", "Professor Anne GIRAUD testified.",
     [("GIRAUD", "Giraud")]),
    ("Le général LAMBERT commande la mission.", "General LAMBERT commands the mission.",
     [("LAMBERT", "Lambert")]),
])
def test_french_name_forms_flagged(source, target, expected) -> None:
    assert sorted(flagged("en-french-name-convention", source, target)) == sorted(expected)


@pytest.mark.parametrize(("source", "target"), [
    ("M. Martin a parlé à l'OMS.", "Mr Martin spoke to the WHO and NATO."),
    ("Mme Roux a remercié la FAO.", "Ms Roux thanked FAO and UNICEF."),
    ("Le Dr Smith est arrivé.", "Dr Smith arrived with a USB key."),
    ("Airbus SAS et la chaîne Phoenix TV.", "Airbus SAS and the Phoenix TV channel."),
    ("Le ministre Bruno Lemaire a répondu à l'UNESCO.",
     "Minister Bruno Lemaire replied to UNESCO."),
    ("Jean Martin, directeur de l'OMS, a parlé.", "Jean Martin, WHO director, spoke."),
    ("Le vice-Premier ministre Nick Clegg et le ministre des affaires de l'UE.",
     "Deputy PM Nick Clegg and the Minister EU affairs adviser."),
    ("Le groupe Total SE et la banque Crédit Agricole.",
     "The Total SE group and the Crédit Agricole bank."),
    ("Le général Lambert a rencontré l'OTAN.", "General Lambert met NATO and the IAEA."),
])
def test_english_name_forms_spared(source, target) -> None:
    assert flagged("en-french-name-convention", source, target) == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    ("Les ateliers ont réuni 200 personnes.", "The ateliers brought together 200 people.",
     [("ateliers", "workshops")]),
    ("Le chantier a pris du retard.", "The chantier is behind schedule.",
     [("chantier", "construction site")]),
    ("Un concours a été lancé.", "A concours was launched.", [("concours", "competition")]),
    ("La ministre a appelé ses homologues européens.",
     "The minister called her European homologues.", [("homologues", "counterparts")]),
])
def test_french_word_kept_in_english(source, target, expected) -> None:
    assert flagged("en-untranslated-homograph", source, target) == expected


@pytest.mark.parametrize(("source", "target"), [
    ("Les ateliers ont réuni 200 personnes.", "The workshops brought together 200 people."),
    ("Elle peint dans son atelier.", "She paints in her studio, a former atelier."),
    ("Le peintre expose à Paris.", "The painter's atelier is in Paris."),  # no « atelier » in FR
    ("Il a rencontré son homologue chinois.", "He met his Chinese counterpart."),
])
def test_french_word_spared(source, target) -> None:
    assert flagged("en-untranslated-homograph", source, target) == []
