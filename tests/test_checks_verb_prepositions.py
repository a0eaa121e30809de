"""French verbs whose object needs « à » or « de »: the preposition dropped by a translation of
an English transitive verb, and the contracted form that restores it."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.verb_prepositions import find


def flags(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.start:f.end], f.replacement) for f in find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Les maires ont participé le congrès annuel.", [("le", "au")]),
    ("Ces pays bénéficient les nouvelles règles commerciales.", [("les", "des")]),
    ("Les pêcheurs ont renoncé leurs droits et obéi la loi.",
     [("leurs", "à leurs"), ("la", "à la")]),
    ("Ces déchets nuisent l'environnement marin.", [("l", "à l")]),
    ("La commission procédera un examen complet.", [("un", "à un")]),
    ("Nous profitons cette occasion pour remercier le président.", [("cette", "de cette")]),
    ("Le vice-président a assisté la séance plénière.", [("la", "à la")]),
    ("Elle jouit une excellente réputation.", [("une", "d'une")]),
    ("Le ministre a répondu les questions des journalistes.", [("les", "aux")]),
    ("Les négociateurs sont parvenus un accord provisoire.", [("un", "à un")]),
    ("Le prix dépend la qualité du bois.", [("la", "de la")]),
    ("La ministre a démissionné ses fonctions en mars.", [("ses", "de ses")]),
    ("Deux policiers ont abusé leur autorité pendant la manifestation.", [("leur", "de leur")]),
    ("Les élèves jouent le rugby et les échecs.", [("le", "au")]),
    ("Des cliniques rurales manquent les médicaments essentiels.", [("les", "des")]),
])
def test_the_dropped_preposition_is_flagged_with_its_contracted_form(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize("text", [
    # the preposition is there, contracted or not
    "Les maires ont participé au congrès et bénéficient des nouvelles règles.",
    # « assister » someone is to help him: only events need « à »
    "Le secrétaire a assisté le ministre pendant la séance.",
    # a time after the verb is no object
    "Elle a participé la semaine dernière à un atelier.",
    # subject inversions after a relative, a fronted complement, « y » and « en »
    "La conférence à laquelle participe le Brésil commence demain.",
    "Aux négociations participent les ministres ; les pays qui en bénéficient le savent.",
    "Les régions où procède la commission sont nombreuses.",
    # nouns that share a verb's form
    "Le participe passé les accompagne toute la nuit.",
    # « participer de » (to belong to) is not « participer à »
    "Cette décision participe de la même logique.",
    # « répondre », « réfléchir » take a direct object in other senses; a time is no object
    "Il a répondu oui ; le miroir réfléchit la lumière ; il ne doute pas un seul instant.",
    # « abuser » someone is to deceive him, « jouer » a part or a match takes no preposition
    "Il a démissionné de son poste ; l'escroc a abusé les retraités.",
    "L'équipe a joué le match et l'actrice joue le rôle principal ; ils jouent au tennis.",
    # « il manque » is impersonal: the noun phrase is what is lacking; « manquer » a train
    "Il manque les moyens nécessaires ; elle a manqué le train ; ils manquent de personnel.",
])
def test_correct_french_stays_quiet(text):
    assert flags(text) == []


def adjective_flags(text: str) -> list[tuple[str, str | None, str | None]]:
    from translator_gui.core.checks.verb_prepositions import find_adjective_infinitive

    return [(text[f.start:f.end], f.replacement, f.hint) for f in find_adjective_infinitive(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Un sac léger et agréable porter.",
     [("agréable porter", None, "agréable à porter (« de » after an impersonal « il est "
                                "agréable »)")]),
    ("Ce modèle est difficile casser.",
     [("difficile casser", None, "difficile à casser (« de » after an impersonal « il est "
                                 "difficile »)")]),
])
def test_adjective_and_infinitive_without_a_preposition(text, expected):
    assert adjective_flags(text) == expected


@pytest.mark.parametrize("text", [
    "Un sac agréable à porter ; il est difficile de le casser.",
    "Ils sont censés arriver demain.",
    # a noun, a verb form or a participle before the infinitive
    "Il faut savoir nager ; elle aime lire.",
])
def test_adjective_and_infinitive_spared(text):
    assert adjective_flags(text) == []
