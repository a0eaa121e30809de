"""Proper names of the source missing or misspelled in the target."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container, Iterable, Iterator
from functools import lru_cache
from itertools import accumulate
from typing import Any

from rapidfuzz import fuzz, process

from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.text import (
    both_sides,
    common_capitalized,
    common_words,
    is_common_word,
    sentence_initial,
    termbase,
)
from translator_gui.core.model import ReviewDocument, Segment
from translator_gui.core.resources import resource
from translator_gui.core.spelling import speller_for
from translator_gui.core.termbase import (
    ACCEPTED,
)
from translator_gui.core.text import fold

_NAME = re.compile(r"[^\W\d_]+(?:[-‑][^\W\d_]+)*")


_ROMAN_ORDINAL = re.compile(r"[IVXLC]+(?:e|er|ème|eme|è|ᵉ|st|nd|rd|th)?")


def name_candidates(text: str) -> Iterator[re.Match[str]]:
    for match in _NAME.finditer(text):
        word = match.group()
        if len(word) < 3 or not word[0].isupper() or _ROMAN_ORDINAL.fullmatch(word):
            continue
        if sentence_initial(text, match.start()):
            continue
        yield match


class NameMismatch(Check):
    id = "name-mismatch"
    whole_text = True
    name = "Name missing or misspelled"
    description = ("A proper name of the source is missing from the target or spelled differently "
                   "there (names whose French and English forms differ are looked up in the "
                   "termbase; accents and inflections are tolerated).")
    category = "Accuracy/Mistranslation"
    severity = Severity.MAJOR
    bad_examples = (
        Example("Selon le Secrétaire général, António Guterres, il faut agir.",
                "According to the Secretary-General, António Gutteres, action is needed.",
                flags=('Guterres',)),
        Example("Selon Amandeep Singh Gill, l'IA doit servir tous.",
                "According to the envoy, AI must serve everyone.",
                flags=('Amandeep', 'Singh', 'Gill')),
    )
    good_examples = (
        Example("Le ministre Ma Zhaoxu a ouvert la séance.", "Minister Ma Zhaoxu opened the meeting."),
        Example("L'atelier s'est tenu à Genève, comme celui de Pékin.",
                "The workshop was held in Geneva, like the one in Beijing."),
        Example("Les Français et les Allemands ont voté lundi.",
                "The French and the Germans voted on Monday."),
        Example("Le rapport de l'OMS et de l'ONU est paru.", "The WHO and UN report came out."),
        Example("La réunion de l'OTAN à Bruxelles.", "The NATO meeting in Brussels."),
        Example("Selon M. Müller, le projet avance.", "According to Mr Muller, the project is moving."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        segment = context.segment
        source, target = segment.source, segment.target
        candidates = list(name_candidates(source))
        if not candidates:
            return
        target_words = [fold(w) for w in _NAME.findall(target)]
        target_words += [part for w in target_words if "-" in w for part in w.split("-")]
        target_set = set(target_words)
        folded_target = fold(target)
        # Every question about the target is asked once per name (a long sentence repeats its
        # names: asking again for each occurrence, over the whole target, was quadratic).
        in_target: dict[str, bool] = {}

        def named(key: str) -> bool:
            if key not in in_target:
                in_target[key] = key in target_set or key in folded_target
            return in_target[key]

        found_keys = {key for m in candidates if named(key := fold(m.group()))}
        if len(in_target) == len(found_keys):
            return  # every name is in the target (most segments): nothing to look into
        common = common_capitalized()
        terms = termbase(context)
        # The source's terms, found when a name first gets past the common words (most do not)
        covered: list[_Covered] = []
        near = _NearestWords(target_words)
        surname_after = _SurnameFound(source, candidates, found_keys)
        lexicon = common_words(context.source_language)
        # English has no lemma list here: its dictionary tells a common word written with a
        # capital (a headline's "City", "Songs") from a name, which it knows capitalized only
        english = speller_for("en") if context.source_language == "en" else None
        for number, match in enumerate(candidates):
            word = match.group()
            key = fold(word)
            if named(key):
                continue
            if key in common or any(part in common for part in key.split("-")):
                continue
            if not covered:
                covered.append(_Covered((m.start, m.end) for m in terms.find(
                    source, context.source_language, statuses=ACCEPTED + ("deprecated",))))
            if covered[0].holds(match.start(), match.end()):
                continue
            if len(word) <= 6 and word[1:].islower() and terms.find(
                    word.upper(), context.source_language):
                continue  # « l'Onu »: an acronym written as a word
            if word.isupper() or (word.endswith("s") and word[:-1].isupper()):
                # Acronyms are often spelled out or replaced in the other language (IVG,
                # ASFC/CBSA); the termbase checks those it knows.
                continue
            if is_common_word(word, lexicon) or (english is not None and english.known(
                    word.lower())):
                continue  # a capitalized common noun (l'Ambassade, la Ville; "City", "Songs")
            parts = key.split("-")
            if len(parts) > 1 and all(p in target_set or len(p) <= 2 or near.best(p, 80)
                                      for p in parts):
                continue
            if near.sounds_like(key):
                continue  # Moubarak/Mubarak, Tchétchénie/Chechnya; Pamela → "Pam"
            best = near.best(key, 72)
            if (best is None or best[1] < 84) and surname_after(number):
                continue  # "Pierre Nora" → "Nora": the first name may go (not be misspelled)
            if best is None:
                yield Finding("source", match.start(), match.end(),
                              f"The name {word} is not in the target.",
                              hint=f"Check that the target names {word}.")
                continue
            other, score, _index = best
            if score >= 100 or _inflection(key, other):
                continue
            if score >= 84 and len(key) >= 5:
                original = near.original(target, other)
                if original and original[:1].islower():
                    continue  # "the Minister" / « le ministre »: a title, not a misspelled name
                yield Finding("source", match.start(), match.end(),
                              f"The name {word} is spelled {original or other} in the target.",
                              hint=f"Spell it {word} in the target, as the source does.")


class _Covered:
    """Spans (of termbase matches) that a word may lie inside, looked up by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _end in self._spans]
        # The furthest end among the spans opening at or before each one: spans may overlap.
        self._reach: list[int] = []
        for _start, end in self._spans:
            self._reach.append(max(end, self._reach[-1] if self._reach else end))

    def holds(self, start: int, end: int) -> bool:
        k = bisect_right(self._starts, start) - 1
        return k >= 0 and end <= self._reach[k]


class _NearestWords:
    """The target's words, for the closest spelling of a name, its transliteration or a
    shortened form, each asked once per name."""

    def __init__(self, words: list[str]) -> None:
        self._words = list(dict.fromkeys(words))  # the first of equal words wins, as before
        self._prefixes = {w for w in self._words if len(w) >= 3}
        self._spoken: set[str] | None = None
        self._best: dict[tuple[str, int], Any] = {}
        self._originals: dict[str, str] | None = None

    def best(self, key: str, cutoff: int) -> Any:
        """rapidfuzz's best (word, score, index) of the target for `key`, or None."""
        if (key, cutoff) not in self._best:
            self._best[key, cutoff] = process.extractOne(key, self._words, scorer=fuzz.ratio,
                                                          score_cutoff=cutoff)
        return self._best[key, cutoff]

    def sounds_like(self, key: str) -> bool:
        """A target word transliterated like `key`, or one that `key` starts with."""
        if self._spoken is None:
            self._spoken = {transliterated(w) for w in self._words}
        return transliterated(key) in self._spoken or any(
            key[:length] in self._prefixes for length in range(3, len(key) + 1))

    def original(self, text: str, folded: str) -> str | None:
        """The target's first word as written whose folded form is `folded`."""
        if self._originals is None:
            self._originals = {}
            for word in _NAME.findall(text):
                self._originals.setdefault(fold(word), word)
        return self._originals.get(folded)


_PARTICLE = re.compile(r"(?:[A-Z]['’]|Mc|Mac|de|van|von|del|da|di|du|le|la|al|bin|ben|ibn|el)")


class _SurnameFound:
    """Whether a later word of the same run of capitalized words is in the target, for each
    candidate: worked out once from the end of the text (one answer per candidate, where asking
    each candidate to read the rest of its run was quadratic in a long run of capitals)."""

    def __init__(self, text: str, candidates: list[re.Match[str]], found: set[str]) -> None:
        self._text, self._candidates, self._found = text, candidates, found
        self._answers: list[bool] | None = None

    def __call__(self, number: int) -> bool:
        if self._answers is None:
            candidates, text = self._candidates, self._text
            answers = [False] * len(candidates)
            for k in range(len(candidates) - 2, -1, -1):
                later = candidates[k + 1]
                gap = text[candidates[k].end():later.start()].strip(" \u00a0")
                # Particles inside a name: Katie O'Malley, Ludwig van Beethoven, Abd al-Aziz.
                if gap and not _PARTICLE.fullmatch(gap):
                    continue
                answers[k] = fold(later.group()) in self._found or answers[k + 1]
            self._answers = answers
        return self._answers[number]


@lru_cache(maxsize=1)
def _transliteration_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The French/English transliteration correspondences of resources/checks."""
    rules = []
    lines = resource("checks", "name-transliteration.tsv").read_text(encoding="utf-8")
    for line in lines.splitlines()[1:]:
        if not line or line.startswith("#") or line.startswith("pattern\t"):
            continue
        pattern, _, replacement = line.partition("\t")
        rules.append((re.compile(pattern), replacement))
    return tuple(rules)


@lru_cache(maxsize=4096)
def transliterated(word: str) -> str:
    """French and English transliterations of one foreign name come out the same."""
    for pattern, replacement in _transliteration_rules():
        word = pattern.sub(replacement, word)
    return word


# Endings of demonyms and plurals on either side (Américains/Americans, Européens/Europeans,
# Chinois/Chinese): two words that differ only there are one word inflected, not a misspelling.
_ENDINGS = frozenset({"", "e", "s", "es", "n", "ns", "ne", "nes", "an", "ans", "ain", "ains",
                      "aine", "aines", "en", "ens", "enne", "ennes", "ien", "iens", "ienne",
                      "iennes", "ian", "ians", "ean", "eans", "ais", "aise", "aises", "ois",
                      "oise", "oises", "ese", "ish", "ique", "iques", "ic", "ics", "i", "is"})


def _inflection(first: str, second: str) -> bool:
    """Américains/Americans, Européens/Europeans: the same word with another ending (but
    Mohammed/Mohamed differ inside the word)."""
    common = 0
    while common < min(len(first), len(second)) and first[common] == second[common]:
        common += 1
    return common >= 4 and first[common:] in _ENDINGS and second[common:] in _ENDINGS


def names_in_document(context: SegmentContext) -> Container[str]:
    """Capitalized words the document writes inside sentences (on either side): names.
    "Frontier" opening a sentence is the airline when « les finances de Frontier » occurs
    elsewhere. Each word is looked for when first asked (a run asks about some hundred words,
    never about most of a document's names); an edit of some segments' texts gives a new
    index of the edited document (RunCache), which reads its texts again only when asked."""
    document = context.document
    if document is None:
        return frozenset()
    index: _NameIndex = context.run.get("names", lambda: _NameIndex(document),
                                        _NameIndex.update)
    return index


class _NameIndex:
    """Where a word is a name in the document (source or target): only the texts holding the
    word are read for it (a substring test in C), each asked word once. Reading the names of
    every text first cost a WMT14 run 0.15-0.2 s of CPU for the 93 words it asks about."""

    def __init__(self, document: ReviewDocument) -> None:
        self._document = document
        self._where: dict[str, set[int]] = {}  # asked word -> the segments naming it
        self._joined: tuple[str, list[int]] | None = None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        where = self._where.get(word)
        if where is None:
            where = self._where[word] = self._naming(word)
        return bool(where)

    def _naming(self, word: str) -> set[int]:
        """The segments where `word` is a name: every text is searched at once (the texts
        joined, made once; a test per segment in Python cost more than reading every
        name), and only those holding the word are read for names."""
        if self._joined is None:
            texts = [text for segment in self._document.segments
                     for text in (segment.source, segment.target)]
            # (a name holds no line break: no match runs from one text into the next)
            self._joined = "\n".join(texts), list(accumulate(len(t) + 1 for t in texts))
        joined, ends = self._joined
        segments = self._document.segments
        where: set[int] = set()
        at = joined.find(word) if word else -1
        size = len(word)
        while at >= 0:
            # inside a longer word (« Pa » in « Paris »): no name match is the word there
            if not (joined[at - 1:at].isalpha() or joined[at + size:at + size + 1].isalpha()):
                index = bisect_right(ends, at) // 2  # the text holding `at`, its segment
                if index not in where and word in _segment_names(segments[index]):
                    where.add(index)
            at = joined.find(word, at + 1)
        return where

    def __iter__(self) -> Iterator[str]:
        """Every name of the document (tests, and a caller wanting the whole set)."""
        names: set[str] = set()
        for segment in self._document.segments:
            names |= _segment_names(segment)
        return iter(names)

    def update(self, document: ReviewDocument, edited: frozenset[int]) -> _NameIndex:
        """The words asked so far, their segments read again where the texts changed."""
        fresh = _NameIndex(document)
        for word, where in self._where.items():
            where = where - edited
            where.update(index for index in edited
                         if word in _segment_names(document.segments[index]))
            fresh._where[word] = where
        return fresh


def _segment_names(segment: Segment) -> frozenset[str]:
    return _names_in(segment.source) | _names_in(segment.target)


@lru_cache(maxsize=65536)
def _names_in(text: str) -> frozenset[str]:
    return frozenset(match.group() for match in name_candidates(text))
