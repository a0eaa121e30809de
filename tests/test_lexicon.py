"""The French lexicon of forms: readings, lemmas, lookups of every spelling, lazy loading."""

from __future__ import annotations

import pytest

from translator_gui.core import lexicon
from translator_gui.core.lexicon import Analysis, Lexicon
from translator_gui.core.resources import resource


@pytest.mark.parametrize(("form", "expected"), [
    ("mondiales", {("adj", "f", "p", "mondial")}),
    ("coopération", {("noun", "f", "s", "coopération")}),
    ("sont", {("verb", None, "p", "être")}),
    ("menées", {("ppas", "f", "p", "mener"), ("adj", "f", "p", "mener"),
                ("noun", "f", "p", "menée")}),
    ("vieil", {("adj", "m", "s", "vieux"), ("noun", "m", "s", "vieux")}),
    ("nouvelles", {("adj", "f", "p", "nouveau"), ("noun", "f", "p", "nouveau")}),
    ("internationaux", {("adj", "m", "p", "international"),
                        ("noun", "m", "p", "international")}),
    ("été", {("ppas", None, None, "être"), ("noun", "m", "s", "été")}),
    ("zygomatiques", {("adj", None, "p", "zygomatique")}),
    ("xqzwv", set()),
])
def test_features(form: str, expected: set[tuple[str, str | None, str | None, str]]) -> None:
    assert lexicon.features(form) == expected


def test_capitalized_word_is_also_read_in_lower_case() -> None:
    assert ("ppas", "f", "p", "organiser") in lexicon.features("Organisées")
    assert ("adj", "f", "p", "organiser") in lexicon.features("Organisées")


def test_typographic_apostrophe_reads_like_the_straight_one() -> None:
    assert lexicon.features("aujourd’hui") == {("adv", None, None, "aujourd'hui")}


def test_finite_verb_forms_carry_person_and_number() -> None:
    readings = lexicon.french().analyses("organisent")
    assert Analysis("verb", None, "p", "organiser", "3") in readings
    assert {a.person for a in lexicon.french().analyses("étais") if a.pos == "verb"} == {"12"}


def test_every_line_of_the_file_is_found_by_bisection() -> None:
    text = resource("lexicon", "fr-forms.tsv").read_bytes().decode("utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert len(lines) > 400_000
    reader = Lexicon()
    # the first, the last and an even spread of the others (ordered by UTF-8 bytes)
    for line in lines[:3] + lines[-3:] + lines[::997]:
        form, code = line.split("\t")
        assert reader._code(form) == int(code), form
    assert reader._code("") is None
    assert reader._code("\uffff") is None


def test_loading_is_lazy() -> None:
    reader = Lexicon()
    assert reader._data is None
    assert reader.features("mondial") == {("adj", "m", "s", "mondial")}
    assert reader._data is not None
