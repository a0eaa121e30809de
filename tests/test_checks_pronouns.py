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
    # the subject cannot be « Elle »/« Il »: the one object of that gender is what it stands for
    ([("Le comité a rejeté la proposition.", "The committee rejected the proposal."),
      ("Elle sera réexaminée en juin.", "She will be reconsidered in June.")],
     [(1, "She", "It")]),
    ([("La commission a publié un avis favorable. Il recommande la ratification.",
       "The commission issued a favourable opinion. He recommends ratification.")],
     [(0, "He", "It")]),
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
    # an object of the pronoun's gender that is a person, or only nouns after a preposition
    [("Le jury a désigné la lauréate.", "The jury chose the winner."),
     ("Elle recevra son prix en mai.", "She will receive her award in May.")],
    [("La délégation s'est rendue au ministère.", "The delegation went to the ministry."),
     ("Il a reçu ses membres.", "He received its members.")],
    [("Ce texte a été adopté à l'unanimité.", "This text was adopted unanimously."),
     ("Il a pris sa retraite en 2019.", "He retired in 2019.")],
    # what only a person undergoes
    [("Le pays traverse une crise.", "The country is going through a crisis."),
     ("Il a été condamné à une amende.", "He was sentenced to a fine.")],
    # a person noun said of the pronoun: someone named further back
    [("Le texte prévoit des sanctions.", "The text provides for sanctions."),
     ("Il a été victime d'une agression.", "He was the victim of an assault.")],
])
def test_he_or_she_for_a_person_stays(pairs) -> None:
    assert flagged(pairs) == []


def flagged_person(pairs: list[tuple[str, str]]) -> list[tuple[int, str, str | None]]:
    document = ReviewDocument([Segment(i, fr, en, en) for i, (fr, en) in enumerate(pairs)],
                              "fr", "en", source_path="s.txt", draft_path="d.txt")
    only(document, "en-pronoun-person")
    return [(i.segment, document.segments[i.segment].target[i.start:i.end], i.replacement)
            for i in check_document(document) if i.check == "en-pronoun-person"]


@pytest.mark.parametrize(("pairs", "expected"), [
    ([("La juge a rendu son verdict.", "The judge delivered her verdict."),
      ("Elle a expliqué sa décision.", "It explained its decision.")], [(1, "It", "She")]),
    ([("L'ambassadeur a quitté Paris hier. Il a expliqué les liens entre les pays.",
       "The ambassador left Paris yesterday. It explained the ties between the countries.")],
     [(0, "It", "He")]),
])
def test_it_for_a_person_becomes_he_or_she(pairs, expected) -> None:
    assert flagged_person(pairs) == expected


@pytest.mark.parametrize("pairs", [
    # a body, a thing, an impersonal « il », a pronoun of the other gender
    [("L'entreprise a publié ses résultats.", "The firm published its results."),
     ("Elle a annoncé un plan social.", "It announced job cuts.")],
    [("Le ministre est arrivé.", "The minister arrived."),
     ("Il est évident que la crise continue.", "It is clear that the crisis continues.")],
    [("Le ministre a reçu la délégation.", "The minister received the delegation."),
     ("Elle a remercié le pays hôte.", "It thanked the host country.")],
    [("La juge a rendu son verdict.", "The judge delivered her verdict."),
     ("Elle a expliqué sa décision.", "She explained her decision.")],
])
def test_it_for_a_thing_or_impersonal_stays(pairs) -> None:
    assert flagged_person(pairs) == []


def flagged_gender(pairs: list[tuple[str, str]], languages: tuple[str, str] = ("en", "fr")
                   ) -> list[tuple[int, str, str, str | None]]:
    """fr-pronoun-gender over a document of (source, target) pairs."""
    document = ReviewDocument([Segment(i, s, t, t) for i, (s, t) in enumerate(pairs)],
                              *languages, source_path="s.txt", draft_path="d.txt")
    only(document, "fr-pronoun-gender")
    return [(i.segment, i.side, document.segments[i.segment].text(i.side)[i.start:i.end],
             i.replacement) for i in check_document(document) if i.check == "fr-pronoun-gender"]


@pytest.mark.parametrize(("pairs", "languages", "expected"), [
    # French draft of English: the subject of the sentence before is feminine / masculine
    ([("The declaration was signed in Oslo. It calls for a ceasefire.",
       "La déclaration a été signée à Oslo. Il appelle à un cessez-le-feu.")], ("en", "fr"),
     [(0, "target", "Il", "Elle")]),
    ([("The budget was voted on Monday.", "Le budget a été voté lundi."),
      ("It provides for new hospitals.", "Elle prévoit de nouveaux hôpitaux.")], ("en", "fr"),
     [(1, "target", "Elle", "Il")]),
    # the same slip in a French source (the seed's « La résolution… Il représente »)
    ([("La convention est entrée en vigueur. Il protège les migrants.",
       "The convention entered into force. It protects migrants.")], ("fr", "en"),
     [(0, "source", "Il", "Elle")]),
])
def test_il_or_elle_of_the_wrong_gender(pairs, languages, expected) -> None:
    assert flagged_gender(pairs, languages) == expected


@pytest.mark.parametrize("pairs", [
    # the right gender; impersonal « Il »; a person; a plural subject; no "It" in the English
    [("The declaration was signed. It calls for a truce.",
      "La déclaration a été signée. Elle appelle à une trêve.")],
    [("The declaration was signed. It is worth recalling its aims.",
      "La déclaration a été signée. Il convient de rappeler ses objectifs.")],
    [("The declaration was signed. It must now be applied.",
      "La déclaration a été signée. Il faut maintenant l'appliquer.")],
    [("The minister spoke. It was a long speech.", "La ministre a parlé. Il a fait un long "
      "discours.")],
    [("The talks ended. They resume in May.", "Les négociations ont pris fin. Il reprendront "
      "en mai.")],
    [("The declaration was signed. Its author left.", "La déclaration a été signée. Il est parti.")],
    # "He": someone named earlier, not the reform
    [("The reform gained ground last year.", "La réforme a progressé l'an dernier."),
     ("He applied for the post.", "Il a postulé au poste.")],
])
def test_il_or_elle_that_fits_stays(pairs) -> None:
    assert flagged_gender(pairs) == []
