"""A country or a union named in the source and rendered in the target by its adjective: "a US
official" → « un responsable américain », "anti-EU feeling" → « le sentiment anti-européen »,
« le Sénat américain » ← "the U.S. Senate". The termbase's nationality entries (resources/termbase/
nationalities-fr-en.csv) give the adjective; it belongs to a name when the two share their stem
("America" / "American", "Britain" / "British", « Amérique » / « américain »)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from translator_gui.core.checks.text import data_rows
from translator_gui.core.termbase import Termbase, TermEntry, tokenize
from translator_gui.core.text import fold

_MIN_STEM = 4


@cache
def generic_name_words() -> frozenset[str]:
    """The folded words of formal names that carry no name's stem (« République », "United"),
    resources/checks/name-generic-words.tsv, both languages."""
    return frozenset(fold(row[1]) for row in data_rows("name-generic-words.tsv") if len(row) > 1)


def _stems(forms: list[str]) -> set[str]:
    """The folded words of a name that may carry its stem (capitalized, four letters at
    least, not a generic word of formal names)."""
    stems = set()
    for form in forms:
        for token in tokenize(form):
            key = fold(token.text)
            if token.text[:1].isupper() and len(key) >= _MIN_STEM \
                    and key not in generic_name_words() and key.isalpha():
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


@lru_cache(maxsize=8)
def _adjectives(terms: Termbase, source_language: str, target_language: str
                ) -> dict[str, list[tuple[str, list[str]]]]:
    """The nationality entries' adjectives in `source_language` (folded) by their first
    _MIN_STEM letters, each with the entry's forms in `target_language` (folded): the
    adjectives a stem may share its start with (_share_stem), looked up instead of reading
    every entry of the termbase at each name (2,000 entries, 400 adjectives compared a name;
    some 1.5 ms of CPU each time)."""
    found: dict[str, list[tuple[str, list[str]]]] = {}
    for nationality in terms.entries:
        if nationality.domain != "nationality":
            continue
        forms = [fold(form) for form in nationality.accepted(target_language)]
        for adjective in map(fold, nationality.accepted(source_language)):
            if len(adjective) >= _MIN_STEM:
                found.setdefault(adjective[:_MIN_STEM], []).append((adjective, forms))
    return found


def rendered_by_adjective(entry: TermEntry, terms: Termbase, target: str,
                          source_language: str, target_language: str) -> bool:
    """Whether the target renders the name `entry` by its nationality adjective."""
    stems = _stems(entry.accepted(source_language))
    if not stems:
        return False
    folded = fold(target)
    adjectives = _adjectives(terms, source_language, target_language)
    for stem in stems:
        for adjective, forms in adjectives.get(stem[:_MIN_STEM], ()):
            if not _share_stem(stem, adjective):
                continue
            for form in forms:
                # any inflection, and after a prefix (« anti-européen », "pro-American")
                if re.search(rf"(?<![^\W\d_]){re.escape(form)}(?:e|s|es|x)?(?![^\W\d_])",
                             folded):
                    return True
    return False
