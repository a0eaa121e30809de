"""British and American spellings mixed in one English translation: "organisation" in one
segment, "organization" in another. Either is right; a document uses one. The forms the
document writes least are reported, with the other as the fix.

The pairs come from resources/checks/spelling-variants-en.tsv (endings such as -ise/-ize,
-our/-or, -tre/-ter, and whole words), compared on the American form of each word, so a
document of n words costs O(n). Only two spellings both found in the document are reported.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache, lru_cache

from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    SegmentContext,
    Severity,
    register,
)
from translator_gui.core.checks.mt_support import rows
from translator_gui.core.checks.text import starts_sentence
from translator_gui.core.model import ReviewDocument

_WORD = re.compile(r"(?<![\w'’-])[a-zA-Z]{4,}(?![\w'’-])")
_SHORTEST = 5  # American forms shorter than this are not compared ("four" -> "for")


@cache
def _table() -> tuple[tuple[tuple[str, str], ...], dict[str, str], frozenset[str]]:
    """(British -> American endings, longest first; whole words; words never reported)."""
    endings: list[tuple[str, str]] = []
    words: dict[str, str] = {}
    kept: set[str] = set()
    for row in rows("spelling-variants-en.tsv"):
        if len(row) < 3:
            continue
        kind, british, american = row[0], row[1].lower(), row[2].lower()
        if kind == "ending":
            endings.append((british, american))
        elif kind == "word":
            words[british] = american
        elif kind == "keep":
            kept.update((british, american))
    endings.sort(key=lambda pair: -len(pair[0]))
    return tuple(endings), words, frozenset(kept)


@cache
def _british_endings() -> tuple[str, ...]:
    return tuple(british for british, _us in _table()[0])


@lru_cache(maxsize=1 << 15)
def american(word: str) -> str | None:
    """The American spelling of a lower-case English word when it differs, else None."""
    endings, words, kept = _table()
    if word in kept:
        return None
    if word in words:
        return words[word]
    if not word.endswith(_british_endings()):
        return None  # (most words: one test in C, not one per ending)
    for british, us in endings:
        if word.endswith(british) and len(word) > len(british) + 1:
            form = word[:-len(british)] + us
            return form if len(form) >= _SHORTEST and form not in kept else None
    return None


def _fit_case(model: str, word: str) -> str:
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@register
class SpellingVariantsMixed(Check):
    id = "en-spelling-variants"
    name = "British and American spellings mixed"
    description = ("One English translation writes the same word the British and the American "
                   "way (\"organisation\" and \"organization\", \"centre\" and \"center\"): the "
                   "forms the document writes least are reported, with its usual form as the "
                   "fix. Pairs British English writes both ways with two meanings (programme "
                   "and a computer program, licence and to license) and names (Labor Party) are "
                   "left alone. A note by default (neither spelling is wrong, and a compilation "
                   "of several translations mixes them); a project that has chosen one can "
                   "raise its severity in the check settings.")
    category = "Linguistic conventions/Spelling"
    severity = Severity.NEUTRAL
    scope = "document"
    languages = ("en",)
    bad_examples = (Example("L'organisation a publié son rapport.",
                            "The organisation published its report.",
                            others=(("L'organisation a ensuite tenu une conférence.",
                                     "The organization then held a conference."),
                                    ("L'organisation a voté.", "The organization voted.")),
                            flags=('organisation',)),)
    good_examples = (Example("L'organisation a publié son rapport.",
                             "The organisation published its report.",
                             others=(("Le programme a été lancé.",
                                      "The programme and its computer program were launched."),)),)

    def check_document(self, document: ReviewDocument,
                       contexts: list[SegmentContext]) -> Iterator[tuple[int, Finding]]:
        if document.target_language != "en":
            return  # (an English source is the author's)
        # The American forms of the British-looking words the document writes (one pass),
        # then every place of those words in either spelling (a second pass): read in one
        # pass, "organization" before the first "organisation" would have been missed.
        # (each target's words kept for the second pass: found again, they cost as much)
        words = [_WORD.findall(segment.target.lower()) for segment in document.segments]
        written: set[str] = set().union(*words)
        british = {us for word in written if (us := american(word)) is not None}
        # the words of the document in one spelling or the other: a segment without any of
        # them is not read again
        wanted = {word for word in written if (american(word) or word) in british}
        if not british:
            return
        # American form -> written form -> its places (segment index, start, end)
        places: dict[str, dict[str, list[tuple[int, int, int]]]] = defaultdict(
            lambda: defaultdict(list))
        for index, segment in enumerate(document.segments):
            if wanted.isdisjoint(words[index]):
                continue
            for match in _WORD.finditer(segment.target):
                if match.group()[:1].isupper() and not starts_sentence(segment.target,
                                                                       match.start()):
                    continue  # a name keeps its own spelling (Labor Party, Pearl Harbor)
                word = match.group().lower()
                key = american(word) or word
                if key in british:
                    places[key][word].append((index, match.start(), match.end()))
        for forms in places.values():
            if len(forms) < 2:
                continue
            counts = Counter({form: len(found) for form, found in forms.items()})
            # the document's usual form; on a tie, the one it wrote first
            first_seen = {form: min(found) for form, found in forms.items()}
            usual = max(counts, key=lambda f: (counts[f], -first_seen[f][0], -first_seen[f][1]))
            for form, found in forms.items():
                if form == usual:
                    continue
                for index, start, end in found:
                    here = document.segments[index].target[start:end]
                    yield index, Finding(
                        "target", start, end,
                        f"« {here} » here, « {usual} » {counts[usual]} time"
                        f"{'s' if counts[usual] > 1 else ''} elsewhere: one spelling for the "
                        "document.", replacement=_fit_case(here, usual))
