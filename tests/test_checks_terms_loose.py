"""term-loose-rendering: a long official name garbled the same way on both sides of a pair
(one inner word dropped or swapped), with the termbase's form of the name as the fix."""

from __future__ import annotations

import pytest

from translator_gui.core.checks.base import SegmentContext, get_check
from translator_gui.core.model import ReviewDocument, Segment


def run(source: str, target: str, source_language: str = "fr", target_language: str = "en"
        ) -> list[tuple[str, str, str | None]]:
    document = ReviewDocument([Segment(0, source, target, target)], source_language,
                              target_language, source_path="s.txt", draft_path="d.txt")
    context = SegmentContext(document.segments[0], source_language, target_language, document)
    return [(f.side, target[f.start:f.end], f.replacement)
            for f in get_check("term-loose-rendering").check_segment(context)]


FLAGGED = [
    # French source, English draft: « Framework » / « cadre » lost on both sides
    ("La Convention des Nations Unies sur les changements climatiques a été signée en 1992.",
     "The United Nations Convention on Climate Change was signed in 1992.",
     "fr", "en", "United Nations Convention on Climate Change",
     "United Nations Framework Convention on Climate Change"),
    # the other direction: English source, French draft
    ("The parties to the United Nations Convention on Climate Change met in Bonn.",
     "Les parties à la Convention des Nations Unies sur les changements climatiques se sont "
     "réunies à Bonn.", "en", "fr",
     "Convention des Nations Unies sur les changements climatiques",
     "Convention-cadre des Nations Unies sur les changements climatiques"),
    # a common-noun concept: the inner word « partagé » / "shared" left out
    ("Le ministre a défendu une communauté d'avenir pour l'humanité.",
     "The minister defended a community of future for mankind.", "fr", "en",
     "community of future for mankind", "community with a shared future for mankind"),
]


@pytest.mark.parametrize(("source", "target", "source_language", "target_language", "words",
                          "replacement"), FLAGGED)
def test_a_name_garbled_on_both_sides_is_flagged_on_the_target(
        source, target, source_language, target_language, words, replacement):
    assert run(source, target, source_language, target_language) == [
        ("target", words, replacement)]


@pytest.mark.parametrize(("source", "target", "source_language", "target_language", "words",
                          "replacement"), FLAGGED)
def test_the_fix_leaves_nothing_for_the_check(source, target, source_language,
                                              target_language, words, replacement):
    fixed = target.replace(words, replacement, 1)
    assert fixed != target
    assert run(source, fixed, source_language, target_language) == []


QUIET = [
    # the official name on both sides
    ("La Convention-cadre des Nations Unies sur les changements climatiques a été signée.",
     "The United Nations Framework Convention on Climate Change was signed."),
    # the draft garbles a name the source writes right: the missing-translation check's case
    ("La Convention-cadre des Nations Unies sur les changements climatiques a été signée.",
     "The United Nations Convention on Climate Change was signed."),
    # a name without its last word is a shorter name in its own right
    ("La Mission de stabilisation des Nations Unies a quitté le pays.",
     "The United Nations Stabilization Mission left the country."),
    # the words of a long name, scattered in an ordinary sentence
    ("L'avenir de l'humanité dépend de la communauté internationale.",
     "The future of humanity depends on the international community."),
    # another entry's exact name inside the words of a longer one
    ("La Banque centrale européenne a relevé ses taux.",
     "The European Central Bank raised its rates."),
]


@pytest.mark.parametrize(("source", "target"), QUIET)
def test_quiet_on_official_names_and_ordinary_sentences(source, target):
    assert run(source, target) == []
