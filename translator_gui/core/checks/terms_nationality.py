"""A country or a union named in the source and rendered in the target by its adjective: "a US
official" → « un responsable américain », "anti-EU feeling" → « le sentiment anti-européen »,
« le Sénat américain » ← "the U.S. Senate". The termbase's nationality entries (resources/termbase/
nationalities-fr-en.csv) give the adjective; it belongs to a name when the two share their stem
("America" / "American", "Britain" / "British", « Amérique » / « américain »)."""

from __future__ import annotations

import re

from translator_gui.core.termbase import Termbase, TermEntry, tokenize
from translator_gui.core.text import fold

# Words that open formal names of countries and unions without being their stem.
_GENERIC = frozenset(fold(w) for w in (
    "United Unis Republic République Kingdom Royaume Federation Fédération Democratic "
    "démocratique Islamic islamique Great Grande Union State States État États Commonwealth "
    "People Peoples Arab arabe Socialist socialiste Federal fédérale Plurinational "
    "plurinational").split())
_MIN_STEM = 4


def _stems(forms: list[str]) -> set[str]:
    """The folded words of a name that may carry its stem (capitalized, four letters at
    least, not a generic word of formal names)."""
    stems = set()
    for form in forms:
        for token in tokenize(form):
            key = fold(token.text)
            if token.text[:1].isupper() and len(key) >= _MIN_STEM and key not in _GENERIC \
                    and key.isalpha():
                stems.add(key)
    return stems


def _share_stem(name: str, adjective: str) -> bool:
    """"america"/"american", "britain"/"british": a common start of four letters at least,
    missing at most three letters of the shorter word."""
    common = 0
    for a, b in zip(name, adjective, strict=False):
        if a != b:
            break
        common += 1
    return common >= _MIN_STEM and common >= min(len(name), len(adjective)) - 3


def rendered_by_adjective(entry: TermEntry, terms: Termbase, target: str,
                          source_language: str, target_language: str) -> bool:
    """Whether the target renders the name `entry` by its nationality adjective."""
    stems = _stems(entry.accepted(source_language))
    if not stems:
        return False
    folded = fold(target)
    for nationality in terms.entries:
        if nationality.domain != "nationality":
            continue
        adjectives = [fold(a) for a in nationality.accepted(source_language)]
        if not any(_share_stem(stem, adjective) for stem in stems for adjective in adjectives):
            continue
        for form in nationality.accepted(target_language):
            # any inflection, and after a prefix (« anti-européen », "pro-American")
            if re.search(rf"(?<![^\W\d_]){re.escape(fold(form))}(?:e|s|es|x)?(?![^\W\d_])",
                         folded):
                return True
    return False
