"""A loose rendering of a long termbase name on both sides of a pair.

Machine translation of a long official name often keeps most of its words and drops or
swaps one: « communauté d'avenir partagé pour l'humanité » comes out « avenir commun pour
l'humanité », and its English "a common future for humanity". Neither side then holds the
name, so the exact term checks (term-missing-translation, term-mismatch) say nothing, and the
scrambled-name check wants every word or a word said twice.

This check reads a phrase as a loose form of a name when it holds all the name's content
words but one, an inner one (compared by their first four letters after folding, so
« commun » answers « communauté » and "common" "community"), in any order, with nothing but
the name's own words and function words between them, and is not another entry's name. One
side doing so could be a paraphrase; both sides doing so for the same entry, while neither
names it exactly, is the name garbled and copied across: the target is flagged with the
termbase's form of the name.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    SegmentContext,
    Severity,
    register,
)
from translator_gui.core.checks.terms import _breaks_between, _pair, _with_article, fit_case
from translator_gui.core.termbase import (
    ACCEPTED,
    Termbase,
    TermEntry,
    function_words,
    text_keys,
    tokenize,
)

_STEM = 4  # letters of a folded word that stand for it
_MIN_CONTENT = 4  # names shorter than this are the exact and scrambled checks' business
_SLACK = 1  # words a loose phrase may have beyond the name's own


def _stem(key: str) -> str:
    return key[:_STEM]


class _Name(NamedTuple):
    """(A tuple: the 1,400 names are made before a check's first text, in the serial start of a
    check; a frozen dataclass sets its fields one by one: 0.0015 s of CPU more, measured.)"""

    entry: TermEntry
    stems: frozenset[str]  # the content words' stems
    inner: frozenset[str]  # those of its inner content words (neither the first nor the last)
    words: int  # words of the form, function words included


@dataclass(frozen=True)
class _Loose:
    entry: TermEntry
    start: int
    end: int


@lru_cache(maxsize=8)
def _names(terms: Termbase, language: str) -> dict[str, list[_Name]]:
    """Accepted forms of at least four content words, by each of their content stems (built
    once per termbase: termbase_for hands out one Termbase per set of glossaries)."""
    glue = function_words(language)
    index: dict[str, list[_Name]] = {}
    for bucket in terms._index.get(language, {}).values():
        for form in bucket:
            # (a form of fewer words has fewer content stems: most forms, passed over before
            # their stems are made — this is built before a check's first text is read)
            if len(form.keys) < _MIN_CONTENT or form.status not in ACCEPTED:
                continue
            content = [k[:_STEM] for k in form.keys if k not in glue]  # _stem, inline
            stems = frozenset(content)
            if len(stems) < _MIN_CONTENT:
                continue
            inner = frozenset(content[1:-1]) - {content[0], content[-1]}
            name = _Name(form.entry, stems, inner, len(form.keys))
            for stem in stems:
                index.setdefault(stem, []).append(name)
    return index


@lru_cache(maxsize=8)
def _rarest(terms: Termbase, language: str) -> dict[str, list[tuple[_Name, dict[str, int]]]]:
    """Each name of _names under the two of its stems that open the fewest names, with its
    place in the list of each of its stems."""
    index = _names(terms, language)
    places: dict[int, dict[str, int]] = {}
    names: dict[int, _Name] = {}
    for stem, listed in index.items():
        for place, name in enumerate(listed):
            places.setdefault(id(name), {})[stem] = place
            names[id(name)] = name
    rarest: dict[str, list[tuple[_Name, dict[str, int]]]] = {}
    for key, name in names.items():
        for stem in sorted(name.stems, key=lambda stem: (len(index[stem]), stem))[:2]:
            rarest.setdefault(stem, []).append((name, places[key]))
    return rarest


def loose_names(text: str, language: str, terms: Termbase) -> list[_Loose]:
    """Phrases of the text that hold all the content words but one of a long name."""
    index = _names(terms, language)
    if not index:
        return []
    keys = text_keys(text)
    glue = function_words(language)
    present = {key[:_STEM] for key in keys if key not in glue}  # _stem, inline
    # A name holding all its stems but one holds one of its two rarest: each name is tried
    # from those two only (from each of its stems, the commonest ones — « inte », « nati »,
    # "unit" — open over a hundred names each: 380,000 tries on WMT14)
    held: dict[int, tuple[_Name, dict[str, int]]] = {}
    rarest = _rarest(terms, language)
    for stem in present:
        for name, places in rarest.get(stem, ()):
            if id(name) not in held and len(name.stems & present) >= len(name.stems) - 1:
                held[id(name)] = name, places
    if not held:  # most texts: no long name's words, and no need to look for names
        return []
    # In the order a walk over the text's stems through every stem's names meets them: by
    # the first of their stems the walk reaches, then their place in its list.
    rank = {stem: r for r, stem in enumerate(present)}
    candidates = {id(name): name for name, _places in sorted(held.values(), key=lambda item: min(
        (rank[stem], item[1][stem]) for stem in item[0].stems if stem in rank))}
    tokens = tokenize(text)
    stems = [key[:_STEM] for key in keys]
    exact = terms.find(text, language, statuses=ACCEPTED, capital=False)
    named = {m.entry.id for m in exact}
    spans = sorted((m.start, m.end) for m in exact)
    starts = [s for s, _e in spans]
    reach = list(accumulate((e for _s, e in spans), max))  # furthest end of spans so far

    def inside_a_name(phrase: _Loose) -> bool:
        before = bisect_right(starts, phrase.start)
        return before > 0 and reach[before - 1] >= phrase.end

    positions: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key not in glue:
            positions.setdefault(stems[i], []).append(i)
    found: list[_Loose] = []
    for name in candidates.values():
        if name.entry.id in named:
            continue
        where = sorted({i for stem in name.stems for i in positions.get(stem, ())})
        # a phrase that is another entry's exact name ("European Central Bank" beside the
        # European System of Central Banks) is that entry, not this one garbled
        found.extend(p for p in _phrases(text, tokens, stems, glue, name, where)
                     if not inside_a_name(p))
    return found


def _phrases(text: str, tokens: tuple, stems: list[str], glue: frozenset[str],
             name: _Name, starts: list[int]) -> Iterator[_Loose]:
    """Runs of the name's content words (function words between them allowed) that hold all
    its content stems but one, no longer than the name plus _SLACK words; `starts`: where
    the name's content words are (a run starts at one of them)."""
    limit = name.words + _SLACK
    done = -1  # runs do not overlap: the next one starts after the last one's end
    for i in starts:
        if i <= done:
            continue
        last = i  # the run's last content word of the name
        j = i + 1
        while j < len(tokens) and j - i < limit and not _breaks_between(text, tokens, j - 1, j):
            if tokens[j].key in glue:
                j += 1
                continue
            if stems[j] not in name.stems:
                break
            last = j
            j += 1
        held = {stems[k] for k in range(i, last + 1) if tokens[k].key not in glue}
        # the word left out is inside the name: without its first or last word a name is
        # usually a shorter name in its own right ("the Sustainable Development Goals" of
        # the Sustainable Development Goals Report, a "United Nations mission")
        if len(held) == len(name.stems) - 1 and name.stems - held <= name.inner:
            yield _Loose(name.entry, tokens[i].start, tokens[last].end)
        done = last


@register
class TermLooseRendering(Check):
    id = "term-loose-rendering"
    whole_text = True
    name = "Loose rendering of an official name"
    description = ("Both sides hold all the content words but one of a long termbase name, "
                   "and neither names it exactly: the name was garbled and carried across. "
                   "The target gets the termbase's form.")
    category = "Terminology"
    severity = Severity.MINOR
    bad_examples = (
        Example("Le pays défend l'idée d'une communauté d'avenir pour l'humanité.",
                "The country defends the idea of a community of future for mankind.",
                flags=("community of future for mankind",)),
    )
    good_examples = (
        Example("Le pays défend l'idée d'une communauté d'avenir partagé pour l'humanité.",
                "The country defends the idea of a community with a shared future for "
                "mankind."),
        Example("L'avenir de l'humanité dépend de la communauté internationale.",
                "The future of humanity depends on the international community."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        pair = _pair(context)
        if pair is None:
            return
        segment, terms, source_language, target_language = pair
        source = {loose.entry.id for loose in loose_names(segment.source, source_language, terms)}
        if not source:
            return
        text = segment.target
        reported: list[tuple[int, int]] = []
        for loose in loose_names(text, target_language, terms):
            accepted = loose.entry.accepted(target_language)
            if loose.entry.id not in source or not accepted:
                continue
            if any(s < loose.end and loose.start < e for s, e in reported):
                continue
            reported.append((loose.start, loose.end))
            form = accepted[0]
            start, replacement = _with_article(text, loose.start,
                                               fit_case(text, loose.start, form),
                                               target_language)
            yield Finding("target", start, loose.end,
                          f"« {text[loose.start:loose.end]} » reads as a loose rendering of "
                          f"the termbase's « {form} » (the source's phrase too).",
                          replacement=replacement)
