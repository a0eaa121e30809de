"""core/language.py: which language a text is in, from its share of function words."""

from __future__ import annotations

import pytest

from translator_gui.core.language import guess_language, language_scores, looks_like


@pytest.mark.parametrize(("text", "language"), [
    ("Le Conseil a adopté la résolution sur la coopération dans le domaine de l’IA.", "fr"),
    ("The Council adopted the resolution on cooperation in the field of AI today.", "en"),
    (["The Council adopted", "the resolution on cooperation in the field of AI today."], "en"),
    ("Le Conseil a adopté.", None),  # fewer than 8 words
    ("Tsinghua Beijing Shanghai Guangzhou Shenzhen Chengdu Wuhan Xi'an", None),  # no lead
])
def test_guess_language(text: str | list[str], language: str | None) -> None:
    assert guess_language(text) == language


def test_language_scores_are_shares_of_function_words() -> None:
    # le, et, le of 5 words; « chat », « chien » are no function words
    assert language_scores("Le chat et le chien.") == {"de": 0.0, "fr": 0.6, "en": 0.0}
    assert language_scores("") == {}


@pytest.mark.parametrize("text", [
    "Le Conseil a adopté la résolution sur la coopération dans le domaine de l’IA.",
    "The Council adopted the resolution on cooperation in the field of AI today.",
    "Le Conseil a adopté.",
    "Tsinghua Beijing Shanghai Guangzhou Shenzhen Chengdu Wuhan Xi'an",
    # French function words, but as many English ones: no lead, no guess
    "le the la of et and les in des on une to",
])
def test_looks_like_is_the_guess_in_that_language(text: str) -> None:
    for code in ("fr", "en", "de", "xx"):
        assert looks_like(text, code) is (guess_language(text) == code), code
