"""He/she for a French « Il »/« Elle » that stands for a thing."""

from __future__ import annotations

import pytest
from check_support import only

from translator_gui.core.checks import check_document
from translator_gui.core.model import ReviewDocument, Segment


def flagged(pairs: list[tuple[str, str]]) -> list[tuple[int, str, str | None]]:
    document = ReviewDocument([Segment(i, fr, en, en) for i, (fr, en) in enumerate(pairs)],
                              "fr", "en", source_path="s.txt", draft_path="d.txt")
    only(document, "en-pronoun-inanimate")
    return [(i.segment, document.segments[i.segment].target[i.start:i.end], i.replacement)
            for i in check_document(document) if i.check == "en-pronoun-inanimate"]


@pytest.mark.parametrize(("pairs", "expected"), [
    ([("La loi a été votée en mars.", "The law was passed in March."),
      ("Elle entre en vigueur demain.", "She enters into force tomorrow.")], [(1, "She", "It")]),
    ([("Le rapport sera publié lundi. Il contient trente recommandations.",
       "The report will be published on Monday. He contains thirty recommendations.")],
     [(0, "He", "It")]),
    ([("Cette stratégie a fait ses preuves.", "This strategy has proved itself."),
      ("Elle sera étendue à d'autres régions.", "She will be extended to other regions.")],
     [(1, "She", "It")]),
    # a body named with capitals after "the" is no person's first name and surname
    ([("La Banque mondiale a revu ses chiffres.", "The World Bank revised its figures."),
      ("Elle table sur une reprise en 2025.", "She is counting on a recovery in 2025.")],
     [(1, "She", "It")]),
])
def test_he_or_she_for_a_thing_becomes_it(pairs, expected) -> None:
    assert flagged(pairs) == expected


@pytest.mark.parametrize("pairs", [
    [("La ministre a été élue en mars.", "The minister was elected in March."),
     ("Elle entre en fonctions demain.", "She takes office tomorrow.")],
    [("Jean Dupont a quitté Paris.", "Jean Dupont left Paris."),
     ("Il est arrivé à Rome.", "He arrived in Rome.")],
    [("La loi a été votée en mars.", "The law was passed in March."),
     ("Elle entre en vigueur demain.", "It enters into force tomorrow.")],
    [("Il pleut depuis lundi.", "He said it has been raining since Monday.")],
    [("La présidente du comité a parlé.", "The Chair of the committee spoke."),
     ("Elle a remercié les délégués.", "She thanked the delegates.")],
    [("Le discours a été salué par Angela Merkel.", "The speech was praised by Angela Merkel."),
     ("Elle a appelé à l'unité.", "She called for unity.")],
])
def test_he_or_she_for_a_person_stays(pairs) -> None:
    assert flagged(pairs) == []
