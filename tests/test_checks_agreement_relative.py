"""A compound relative pronoun that agrees with no noun it may stand for
(translator_gui.core.checks.agreement_relative, reported by fr-determiner-agreement)."""

from __future__ import annotations

import pytest
from check_support import run

from translator_gui.core.checks.agreement_relative import relative_pronoun_clashes
from translator_gui.core.checks.text import words


def _spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[f.start:f.end], f.replacement, f.hint)
            for f in relative_pronoun_clashes(text, words(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Voici la maison dans lequel il a grandi.", [("lequel", "laquelle", None)]),
    ("Ce sont des outils grâce auxquelles on gagne du temps.",
     [("auxquelles", "auxquels", None)]),
    ("Nous avons un objectif auxquelles nous tenons.", [("auxquelles", "auquel", None)]),
    ("Le sommet à l'issue de laquelle une déclaration a été publiée.",
     [("de laquelle", "duquel", None)]),
    ("La conférence au cours duquel le texte fut adopté.",
     [("duquel", "de laquelle", None)]),
    ("Les règles selon laquelle le vote a lieu.", [("laquelle", "lesquelles", None)]),
    # another noun before, in the same clause: a hint, since it may stand for that one
    ("Il décrit le contexte des réformes pour laquelle il s'est battu.",
     [("laquelle", None, "« lesquelles » if it stands for « réformes »")]),
])
def test_a_relative_pronoun_that_agrees_with_no_noun_before_it(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "Voici la maison dans laquelle il a grandi et le jardin auquel il tient.",
    "Les outils grâce auxquels on gagne du temps.",
    # the head of « N de N » or a noun further back in the clause
    "La liste des pays sur laquelle figure la France.",
    "Un processus en plusieurs étapes au cours duquel tout est vérifié.",
    # « de » + pronoun after a noun: that noun's complement, not its antecedent
    "La région sur le territoire de laquelle le camp est installé.",
    "La ville au centre de laquelle se trouve la cathédrale.",
    # no antecedent right before: a comma, a question, a noun of both genders
    "La ministre, laquelle a pris la parole, est partie.",
    "Lequel des deux textes préférez-vous ?",
    "Il a obtenu le poste auquel il postulait.",
])
def test_a_relative_pronoun_that_agrees_or_has_no_sure_antecedent_stays_quiet(text):
    assert _spans(text) == []


def test_reported_by_the_determiner_agreement_check_on_a_french_draft():
    (finding,) = run("fr-determiner-agreement", "The frame within which they work.",
                     "Le cadre dans laquelle ils travaillent.", "en", "fr")
    assert (finding.start, finding.end, finding.replacement) == (14, 22, "lequel")
