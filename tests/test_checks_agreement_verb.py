"""Subject–verb number agreement from the lexicon (translator_gui.core.checks.agreement_verb)."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.agreement_verb import find


def _spans(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.start:f.end], f.hint) for f in find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a subject pronoun and the verb after it (past « ne » and object pronouns)
    ("Ils est arrivés hier soir.", [("Ils est", "make « Ils » and « est » agree in number")]),
    ("Quand elle les vendent, elle gagne peu.",
     [("elle les vendent", "make « elle » and « vendent » agree in number")]),
    ("Je crois qu'ils n'a pas compris.",
     [("ils n'a", "make « ils » and « a » agree in number")]),
    # a noun phrase opening the clause, with adjectives and a bare complement
    ("Les rideaux épais protège la chambre.", [("protège", "put « protège » in the plural")]),
    ("Le tapis de course pliable offrent un bon rapport qualité-prix.",
     [("offrent", "put « offrent » in the singular")]),
    # a plural noun without a determiner opening its sentence (a title, a list item)
    ("Tout est neuf. Rideaux épais protège la chambre.",
     [("protège", "put « protège » in the plural")]),
    # the object of a verb is the antecedent of « qui »
    ("Il a acheté des coussins qui ne glisse pas.", [("glisse", "put « glisse » in the plural")]),
    ("Elle vend des bougies. Ces bougies qui ne coule pas sont chères.",
     [("coule", "put « coule » in the plural")]),
    # a first- or second-person subject pronoun opening its clause and a verb of another person
    ("Vous ne peut pas rater la sortie.",
     [("Vous ne peut", "the second person plural of « pouvoir »")]),
    ("Le guide que nous utilisent pèse peu.",
     [("nous utilisent", "the first person plural of « utiliser »")]),
    ("Si je prend le train, tu arrive avant moi.",
     [("je prend", "the first person singular of « prendre »")]),
])
def test_flags_a_verb_whose_number_clashes_with_its_subject(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "Ils sont prêts et elle les vend ; on les garde.",
    # a stressed pronoun after a preposition, an inversion, « même »
    "Les fleurs pour elle sont arrivées ; que disent-ils ? Elles-mêmes sont venues.",
    # coordinated subjects, collective nouns, a verb form of either number
    "Le vélo et la remorque sont légers ; la plupart des membres ont voté.",
    "Les enfants finis ; les prix montent.",
    # a comparison, not a clause: « tels que la génétique nous permettent »
    "Des outils tels que la génétique nous permettent d'avancer.",
    # a noun phrase that complements another noun is not the subject, nor is an object
    "Le prix des pommes augmente et la housse des coussins se lave.",
    "Il vend des coussins ; la housse des coussins qui glisse est neuve.",
    "Elle a rangé les outils sur la table.",
    # « nous », « vous » after a verb, « qui » or « et » are objects; an inversion; a verb
    # form shared by several persons
    "Le sac vous permet de ranger tout et vous protège ; ce qui nous aide, dit-il.",
    "Pouvez-vous venir ? Quand vous pouvez, vous-même passez. Je chante et tu chantes.",
    # a singular one may be a name; a plural one agreeing
    "Rockstar est connu. Rideaux épais protègent la chambre ; Poulain sait tout.",
])
def test_quiet_when_subject_and_verb_agree_or_the_subject_is_uncertain(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # an adverb of quantity and « de » before a plural noun make a plural subject
    ("Beaucoup de randonneurs préfère un sac léger.",
     [("préfère", "put « préfère » in the plural")]),
    ("Peu de modèles résiste à la pluie.", [("résiste", "put « résiste » in the plural")]),
])
def test_a_quantity_before_a_plural_noun_makes_a_plural_subject(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "Beaucoup de randonneurs préfèrent un sac léger.",
    # a noun that may be singular (« temps ») or a mass noun tells no plural
    "Peu de temps suffit ; beaucoup d'eau coule ; trop de monde attend.",
])
def test_quiet_after_a_quantity_with_an_agreeing_verb_or_a_noun_of_either_number(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "verb"), [
    # a bare plural noun opening the text, its complement with an adjective that may be a noun
    ("Sachets de thé vert est offert avec la théière.", "est"),
    ("Tablettes de charbon actif ne doit pas être chauffé.", "doit"),
    # a plural noun that is also « tu » + a verb in -er: no « tu », it is the noun
    ("Plaques de cuisson devient chaude très vite.", "devient"),
    ("Coussins de siège tient en place.", "tient"),
])
def test_a_bare_plural_subject_with_its_complement(text, verb):
    assert [text[f.start:f.end] for f in find(text)] == [verb]


@pytest.mark.parametrize("text", [
    "Sachets de thé vert sont offerts avec la théière.",
    "Plaques de cuisson deviennent chaudes très vite.",
    # the imperative of a verb in -er drops its s: « Filtre l'eau » is a verb, « Filtres » not
    "Filtre l'eau avant de la boire.",
])
def test_a_bare_plural_subject_that_agrees_stays_quiet(text):
    assert list(find(text)) == []


@pytest.mark.parametrize(("text", "verb"), [
    ("Il faut qu'elles finissons le travail avant midi.", "finissons"),
    ("Quand il arrivez, la porte est fermée.", "arrivez"),
    ("Elle les rangeons dans le tiroir.", "rangeons"),
    ("On avons tous un rôle à jouer.", "avons"),
])
def test_a_third_person_pronoun_before_a_verb_of_another_person_is_flagged(text, verb):
    [found] = find(text)
    assert text[found.start:found.end].endswith(verb) and found.hint


@pytest.mark.parametrize("text", [
    "Ils nous donnent des conseils.",
    "Elles vous attendent à la gare.",
    "Nous avons dit qu'ils partiraient.",
    "Demandez-leur s'ils viennent.",
    "Viennent-elles avec nous ?",
    "Pour eux comme pour elles, parlons clairement.",
])
def test_third_person_pronoun_with_its_own_verb_stays_quiet(text):
    assert list(find(text)) == []
