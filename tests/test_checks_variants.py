"""British and American spellings mixed in one English translation."""

from __future__ import annotations

import pytest
from check_support import only

from translator_gui.core.checks import check_document
from translator_gui.core.checks.variants import american
from translator_gui.core.model import ReviewDocument, Segment


def flagged(targets: list[str], languages: tuple[str, str] = ("fr", "en")
            ) -> list[tuple[int, str, str | None]]:
    document = ReviewDocument([Segment(i, "Texte source.", t, t) for i, t in enumerate(targets)],
                              *languages, source_path="s.txt", draft_path="d.txt")
    only(document, "en-spelling-variants")
    return [(i.segment, document.segments[i.segment].target[i.start:i.end], i.replacement)
            for i in check_document(document) if i.check == "en-spelling-variants"]


@pytest.mark.parametrize(("word", "us"), [
    ("organisation", "organization"), ("analysed", "analyzed"), ("colours", "colors"),
    ("centre", "center"), ("defence", "defense"), ("travelling", "traveling"),
    ("enrolment", "enrollment"), ("grey", "gray"),
    # never compared: too short once rewritten, or two words in British English too
    ("four", None), ("hours", None), ("programme", None), ("licence", None), ("metre", None),
    ("organization", None),
])
def test_american_forms(word, us) -> None:
    assert american(word) == us


def test_the_spelling_the_document_uses_least_is_reported() -> None:
    targets = ["The organisation met in the centre of town.",
               "The organization voted.", "The organization adjourned.",
               "Center staff stood in the centre of the hall."]
    assert flagged(targets) == [(0, "organisation", "organization"), (3, "Center", "Centre")]


def test_names_keep_their_own_spelling() -> None:
    assert flagged(["The Labor Party met at the World Trade Center.",
                    "Labour costs rose in the centre."]) == []


def test_it_is_a_note_unless_the_project_raises_it() -> None:
    from translator_gui.core.checks import get_check
    from translator_gui.core.checks.base import Severity

    assert get_check("en-spelling-variants").severity == Severity.NEUTRAL


def test_a_tie_keeps_the_first_spelling() -> None:
    assert flagged(["A grey area.", "A gray cat."]) == [(1, "gray", "grey")]


@pytest.mark.parametrize("targets", [
    ["The organisation analysed the colours of the centre."],
    ["The programme and the computer program.", "A licence to license it."],
    ["Four of them worked for hours.", "Their hour came for a tour."],
    ["The organization analyzed it.", "The center is gray."],
])
def test_one_spelling_throughout_stays_quiet(targets) -> None:
    assert flagged(targets) == []


def test_an_english_source_is_the_author_s() -> None:
    assert flagged(["L'organisation a voté.", "Le centre."], ("en", "fr")) == []
