"""English-side calques of French: every pattern's own examples, plus sentences the patterns
were not written from (bad ones flagged at the exact words with the exact fix, good ones quiet)."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.base import SegmentContext
from translator_gui.core.checks.calques_en import (
    EnglishCalqueCheck,
    english_calques,
    find_calques,
)
from translator_gui.core.model import ReviewDocument, Segment

CALQUES = english_calques()


def run(source: str, target: str) -> list[tuple[str, str | None, str | None]]:
    document = ReviewDocument([Segment(0, source, target, target)], "fr", "en",
                              source_path="s.txt", draft_path="d.txt")
    context = SegmentContext(document.segments[0], "fr", "en", document)
    return [(target[f.start:f.end], f.replacement, f.hint)
            for f in EnglishCalqueCheck().check_segment(context)]


def test_at_least_eighty_patterns_load() -> None:
    assert len(CALQUES) >= 80
    assert len({c.id for c in CALQUES}) == len(CALQUES)


@pytest.mark.parametrize("calque", CALQUES, ids=lambda c: c.id)
def test_each_pattern_flags_its_bad_example_and_spares_its_good_one(calque) -> None:
    for example, expected in ((calque.bad, True), (calque.good, False)):
        source, _, english = example.rpartition(" || ")
        found = [c for c, *_ in find_calques(english, source or None) if c.id == calque.id]
        assert bool(found) is expected, (calque.id, example)


@pytest.mark.parametrize("calque", CALQUES, ids=lambda c: c.id)
def test_each_replacement_leaves_its_bad_example_clean(calque) -> None:
    """The fix a pattern offers, applied to its own bad example, leaves no calque there and
    doubles no word."""
    source, _, english = calque.bad.rpartition(" || ")
    document = ReviewDocument([Segment(0, source or "x", english, english)], "fr", "en",
                              source_path="s.txt", draft_path="d.txt")
    context = SegmentContext(document.segments[0], "fr", "en", document)
    fixes = [f for f in EnglishCalqueCheck().check_segment(context) if f.replacement]
    for finding in fixes:
        fixed = english[:finding.start] + finding.replacement + english[finding.end:]
        assert run(source or "x", fixed) == [], (calque.id, fixed)
        words = fixed.lower().split()
        assert all(a != b for a, b in zip(words, words[1:], strict=False)), (calque.id,
                                                                            fixed)


# Sentences not among the patterns' own examples.
BAD = [
    ("Il travaille ici depuis cinq ans.", "He has worked here since five years.",
     ("since", "for", None)),
    ("Elle a 32 ans.", "She has 32 years.", ("has 32 years", None, "is … years old")),
    ("Ce programme profite aux femmes rurales.", "This programme profits to rural women.",
     ("profits to", "benefits", None)),
    ("Le rapport a mis en évidence des lacunes.", "The report put in evidence gaps.",
     ("put in evidence", "highlighted", None)),
    ("La réunion s'est tenue le 3 juin à Genève.", "The meeting was held the 3 June in Geneva.",
     ("the 3 June", "on 3 June", None)),
    ("Le ministre a annoncé hier sa démission.", "The minister has announced yesterday his "
     "resignation.", ("has announced", "announced", None)),
    ("Une centaine de manifestants.", "A hundred of demonstrators.",
     ("hundred of", "hundred", None)),
    ("Elle est coprésidente du comité.", "She is co-president of the committee.",
     ("co-president", "co-chair", None)),
    ("Les forces de l'ordre assurent la sécurité du sommet.",
     "Police assured the safety of the summit.", ("assured", "ensured", None)),
    ("Dans le cadre de la réforme, l'État paie.", "In the frame of the reform, the State pays.",
     ("In the frame of", "As part of", None)),
    ("Il a déclaré que l'accord était proche.", "He declared that the deal was close.",
     ("declared", "said", None)),
    ("Le pays met l'accent sur l'éducation.", "The country puts the accent on education.",
     ("accent", "emphasis", None)),
    # "tomorrow" starts with "to": a word list in a look-ahead needs its word boundary
    ("Le vote aura lieu demain.", "The vote will have place tomorrow.",
     ("have place", "take place", None)),
    ("Il avait l'intention de partir.", "He had the intention to leave.",
     ("had the intention to", "intended to", None)),
    ("Selon l'AFP, le bateau aurait coulé au large de la Crète.",
     "According to AFP, the boat would have sunk off Crete.", ("would have sunk", None,
     "reportedly / allegedly + the simple past (« aurait tué »: reportedly killed)")),
    ("La ministre prendra la parole à l'ouverture.", "The minister will take the word at the "
     "opening.", ("take the word", "take the floor", None)),
    ("Le président de séance donna la parole au rapporteur.", "The chair gave the word to the "
     "rapporteur.", ("gave the word", "gave the floor", None)),
    ("La convention est entrée en vigueur en 2005.", "The convention entered into vigor in "
     "2005.", ("vigor", "force", None)),
    ("Nous rendons hommage aux soldats de la paix.", "We render homage to the peacekeepers.",
     ("render homage", "pay tribute", None)),
    ("Le comité a pris connaissance des observations.", "The committee has taken knowledge of "
     "the observations.", ("taken knowledge of", "taken note of", None)),
    ("Les résultats définitifs seront rendus publics lundi.", "The final results will be "
     "rendered public on Monday.", ("rendered public", "made public", None)),
    ("Plus de 1 500 migrants sont arrivés.", "More of 1,500 migrants arrived.",
     ("More of", "More than", None)),
    ("Le Sénat a rejeté deux projets de loi.", "The Senate rejected two projects of law.",
     ("projects of law", "bills", None)),
    ("La crise humanitaire s'aggrave.", "The crisis humanitarian is getting worse.",
     ("crisis humanitarian", None, "the adjective before its noun (\"economic policy\")")),
    ("L'aide aux économies en développement.", "Aid to economies in development.",
     ("economies in development", "developing economies", None)),
    ("Les exportations ont chuté de 12 %.", "Exports have fallen of 12%.",
     ("fallen of", "fallen by", None)),
    ("L'Europe a connu une longue récession.", "Europe has known a long recession.",
     ("known", "experienced", None)),
    ("Les combats se sont intensifiés.", "The fighting has intensified itself.",
     ("intensified itself", "intensified", None)),
    ("Le train est arrivé en retard.", "The train arrived in delay.", ("in delay", "late", None)),
    # a governed preposition of French
    ("Tout dépendra du vote.", "Everything will depend of the vote.",
     ("depend of", "depend on", None)),
    ("La police est responsable de l'enquête.", "The police are responsible of the inquiry.",
     ("responsible of", "responsible for", None)),
    ("Le ministre a répondu aux questions.", "The minister replied the questions.",
     ("replied", "replied to", None)),
    ("Les électeurs attendent les résultats.", "Voters are waiting the results.",
     ("waiting", "waiting for", None)),
    ("Le pays a renoncé à ses armes.", "The country renounced to its weapons.",
     ("renounced to", "renounced", None)),
    ("Je me souviens de son discours.", "I remember of his speech.",
     ("remember of", "remember", None)),
    ("Lors des émeutes, il y a eu 12 blessés.", "During the riots there has been 12 injuries.",
     ("there has been", "there have been", None)),
    ("Elle maîtrise parfaitement le russe.", "She masters perfectly the Russian language.",
     ("perfectly ", None, "the adverb after the object (\"speaks English well\") or before the "
      "verb (\"often reads the newspaper\")")),
    ("Ils ont tiré des leçons de l'échec.", "They drew lessons of the failure.",
     ("of", "from", None)),
    ("La ministre a adressé ses félicitations au vainqueur.",
     "The minister addressed her congratulations to the winner.",
     ("addressed", "extended", None)),
    ("Le traité de libre-échange entre en vigueur.", "The free exchange treaty enters into force.",
     ("exchange", "trade", None)),
    ("Dès que l'accord sera signé, les troupes partiront.",
     "As soon as the agreement will be signed, the troops will leave.", ("will", None,
     "the present after \"when\", \"once\", \"as soon as\" (\"when the report is "
     "published\"; « quand le rapport sera publié »)")),
]

GOOD = [
    ("Il travaille ici depuis 2019.", "He has worked here since 2019."),
    ("Elle a 32 ans d'expérience.", "She has 32 years of experience."),
    ("Le bénéfice pour les actionnaires a baissé.", "The profit to shareholders fell."),
    ("Le rapport a mis en évidence des lacunes.", "The report highlighted gaps."),
    ("La réunion du 3 juin a été reportée.", "The 3 June meeting was postponed."),
    ("Le ministre a annoncé sa démission.", "The minister announced his resignation yesterday."),
    ("Des dizaines de manifestants.", "Dozens of demonstrators and a hundred of them left."),
    ("Il est président de la République.", "He is president of the republic."),
    ("Elle a assuré au ministre son soutien.", "She assured the minister of her support."),
    ("Le projet avance depuis des mois.", "The project has been moving for months."),
    ("Sans l'aide, la banque aurait fait faillite.",
     "Without the aid, the bank would have failed."),
    ("Il aurait aimé rester.", "He would have liked to stay."),
    ("Le général donna l'ordre d'attaquer.", "The general gave the word to attack."),
    ("Il a pris au mot le ministre.", "He took the minister at his word."),
    ("Plus d'un tiers des élèves.", "More of the pupils, over a third, stayed."),
    ("Le texte entrera en vigueur avec vigueur.", "The text will enter into force with vigour."),
    ("Le projet de loi sur l'eau.", "The water bill, a project of lawyers."),
    ("Il attend depuis une heure.", "He has waited an hour; the wait for results was long."),
    ("Elle dépend de lui.", "She depends on him; her independence of mind is known."),
]


@pytest.mark.parametrize(("source", "target", "expected"), BAD)
def test_unseen_calques_are_flagged_with_their_fix(source, target, expected) -> None:
    assert expected in run(source, target)


@pytest.mark.parametrize(("source", "target"), GOOD)
def test_clean_english_stays_quiet(source, target) -> None:
    assert run(source, target) == []
