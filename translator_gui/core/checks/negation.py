"""A negation lost or added across the pair: « ne … pas », « jamais », « aucun » against "not",
"never", "no"… Idioms that only look negative (« ne … que » = only, "not only … but", « plus
que jamais ») do not count, and a side that says the negation in other words ("failed to",
"without", « sans », « refuser ») is not said to have lost it. Patterns in
resources/checks/negation.tsv."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    SegmentContext,
    Severity,
    register,
)
from translator_gui.core.checks.gate_index import GateIndex
from translator_gui.core.checks.gates import fold, gate
from translator_gui.core.checks.mt_support import TOKEN, both_sides, rows
from translator_gui.core.checks.negation_prefix import prefix_lost
from translator_gui.core.checks.text_index import TextIndex


@cache
def _negation_words(kind: str, language: str | None = None) -> frozenset[str]:
    """Words of resources/checks/negation-words.tsv of that kind (of every language when
    `language` is None)."""
    return frozenset(row[2] for row in rows("negation-words.tsv")
                     if len(row) >= 3 and row[0] == kind and language in (None, row[1]))


@cache
def _renderings(language: str, other: str) -> dict[str, str]:
    """How `other` says each negation word of `language` (pas -> "not")."""
    return {row[2]: row[4] for row in rows("negation-words.tsv")
            if len(row) >= 5 and row[0] == "rendering" and (row[1], row[3]) == (language, other)}


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class _Patterns:
    negations: tuple[re.Pattern[str], ...]
    idioms: tuple[re.Pattern[str], ...]
    lexical: re.Pattern[str] | None
    restrictions: tuple[re.Pattern[str], ...]
    # the words each negation pattern cannot match without (checks/gates.py), tried in one pass
    negation_gates: GateIndex
    # the same of the idioms
    idiom_gates: GateIndex


@cache
def _patterns(language: str) -> _Patterns:
    negations, idioms, lexical, restrictions = [], [], None, []
    for row in rows("negation.tsv"):
        if len(row) < 3 or row[1] != language:
            continue
        pattern = re.compile(row[2], re.IGNORECASE | re.MULTILINE)
        if row[0] == "neg":
            negations.append(pattern)
        elif row[0] == "idiom":
            idioms.append(pattern)
        elif row[0] == "lexical":
            lexical = pattern
        elif row[0] == "restriction":
            restrictions.append(pattern)
    return _Patterns(tuple(negations), tuple(idioms), lexical, tuple(restrictions),
                     GateIndex(gate(pattern) for pattern in negations),
                     GateIndex(gate(pattern) for pattern in idioms))


def gated_patterns() -> list[re.Pattern[str]]:
    """The patterns whose gates _patterns reads (checks/gates.py prepares them at install)."""
    return [pattern for language in ("fr", "en")
            for pattern in (*_patterns(language).negations, *_patterns(language).idioms)]


@cache
def _verb_table(added: bool) -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """The verb rows that confirm a lost negation (`added` False: rows without the `added`
    mark) or an added one (every row)."""
    return tuple((re.compile(row[2], re.IGNORECASE), frozenset(row[3].lower().split("|")))
                 for row in rows("negation.tsv") if row[0] == "verb" and len(row) >= 4
                 and (added or tuple(row[4:5]) != ("added",)))


def negations(text: str, language: str, index: TextIndex | None = None
              ) -> list[re.Match[str]]:
    """The negations of a text (idioms that only look negative left out), in text order.
    `index`: the text's (SegmentContext.index), when the caller has it."""
    patterns = _patterns(language)
    open_here = (index.opened(patterns.negation_gates) if index is not None
                 else patterns.negation_gates.open(fold(text)))
    negation_patterns = patterns.negations
    candidates = [(negation_patterns[number], match) for number in sorted(open_here)
                  for match in negation_patterns[number].finditer(text)]
    if not candidates:
        return []  # (most texts: the idioms, only ever taken out of negations, are not read)
    # (the idioms whose gate opens on the text only: most hold none of their words)
    open_idioms = (index.opened(patterns.idiom_gates) if index is not None
                   else patterns.idiom_gates.open(fold(text)))
    idioms = sorted(m.span() for number in open_idioms
                    for m in patterns.idioms[number].finditer(text))
    idiom_starts = [a for a, _b in idioms]
    # the furthest end among the idioms starting up to each one: whether any idiom overlaps a
    # match is then one bisection (comparing each match with every idiom, and with every
    # negation kept, was quadratic in a long sentence)
    reach = list(accumulate((b for _a, b in idioms), max))
    found: dict[tuple[int, int], re.Match[str]] = {}
    # The kept spans, by start: non-empty ones never overlap, so their ends are in order too,
    # and only the neighbours of a new span can overlap it.
    starts: list[int] = []
    ends: list[int] = []
    kept_empty = False
    for pattern, match in candidates:
        span = match.span("neg") if "neg" in pattern.groupindex else match.span()
        whole = match.span()
        before = bisect_left(idiom_starts, whole[1])  # the idioms starting before its end
        if before and reach[before - 1] > whole[0]:
            continue
        if span[0] >= span[1] or kept_empty:  # an empty span: compare with every one
            if any(a <= span[0] < b or span[0] <= a < span[1] for a, b in found):
                continue
        else:
            at = bisect_right(starts, span[0])  # the kept spans starting at or before it
            if at and ends[at - 1] > span[0]:
                continue  # it starts inside one
            after = bisect_left(starts, span[0])
            if after < len(starts) and starts[after] < span[1]:
                continue  # one starts inside it
        found[span] = match
        kept_empty = kept_empty or span[0] >= span[1]
        at = bisect_right(starts, span[0])
        starts.insert(at, span[0])
        ends.insert(at, span[1])
    return [found[span] for span in sorted(found)]


def _says_it_otherwise(text: str, language: str, blank: Sequence[re.Match[str]] = ()) -> bool:
    """A lexical negative in `text` outside the negations `blank` (a double negative, « pas
    impossible », cancels out; "failed to" renders « n'a pas réussi »)."""
    return _lexical_count(text, language, blank) > 0


def _lexical_count(text: str, language: str, blank: Sequence[re.Match[str]] = ()) -> int:
    """How many lexical negatives `text` has outside the negations `blank`."""
    lexical = _patterns(language).lexical
    if lexical is None:
        return 0
    for match in blank:
        text = text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]
    return sum(1 for _ in lexical.finditer(text))


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _opposites(language: str, other: str) -> dict[str, re.Pattern[str]]:
    """For each negative quantifier of `language`, the positive ones of `other` that say the
    opposite (« personne » against "everyone"), as one pattern."""
    table: dict[str, list[str]] = {}
    for row in rows("negation-words.tsv"):
        if len(row) >= 5 and row[0] == "opposite" and (row[1], row[3]) == (language, other):
            table.setdefault(row[2], []).extend(row[4].split("|"))
    return {word: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b",
                             re.IGNORECASE) for word, words in table.items()}


def _opposite_in(match: re.Match[str], target: str, language: str,
                 other: str) -> tuple[int, int] | None:
    """Where `target` says the opposite of the negative word of `match` ("Everyone answered"
    for « Personne n'a répondu », "still" for « n'a plus », "already" for « pas encore »), if it
    does: the negative word itself, then each word of the negation and the one after it, and
    each two of them in a row."""
    table = _opposites(language, other)
    said = [_fold(w) for w in _WORD.findall(match.group())]
    said += [_fold(w) for w in _WORD.findall(match.string[match.end():match.end() + 30])[:1]]
    for key in (_fold(_span_text(match)), *said,
                *(f"{a} {b}" for a, b in zip(said, said[1:], strict=False))):
        pattern = table.get(key)
        found = pattern.search(target) if pattern is not None else None
        if found:
            return found.span()
    return None


def _span_text(match: re.Match[str]) -> str:
    start, end = _span(match)
    return match.string[start:end]


def _restriction(text: str, language: str) -> re.Match[str] | None:
    """« ne … que » / "only" in `text`: a restriction, which is not a negation (« personne
    n'a dit que » is one: a negation word just before its « ne »)."""
    negative = _renderings(language, "en" if language == "fr" else "fr").keys()
    for pattern in _patterns(language).restrictions:
        for found in pattern.finditer(text):
            before = {w.lower() for w in _WORD.findall(text[:found.start()])[-3:]}
            if not before & negative:
                return found
    return None


@cache
def _restriction_idioms() -> re.Pattern[str] | None:
    found = [row[2] for row in rows("negation.tsv")
             if len(row) >= 3 and row[0] == "restriction-idiom" and row[1] == "en"]
    return re.compile("|".join(f"(?:{p})" for p in found), re.IGNORECASE) if found else None


def _restriction_lost(source: str, target: str) -> Iterator[Finding]:
    """An English "only" the French draft does not render at all (no « seul », « seulement »,
    « ne … que »…): "Only three countries abstained" → « Trois pays se sont abstenus »."""
    only = _restriction(source, "en")
    if only is None:
        return
    idioms = _restriction_idioms()
    if idioms is not None and any(m.start() <= only.start() < m.end()
                                  for m in idioms.finditer(source)):
        return
    words = {w.lower() for w in _WORD.findall(target)}
    if words & _negation_words("restrictive", "fr") or _restriction(target, "fr") is not None:
        return
    if _lexical_count(target, "fr") > _lexical_count(source, "en", (only,)):
        return  # « se contenter de », « à peine »: said another way (not "against": « contre »)
    start, end = _span(only)
    yield Finding("source", start, end,
                  f"« {source[start:end]} » restricts, but the translation says nothing "
                  "like « seulement », « seul » or « ne … que ».",
                  hint="render the restriction (seulement, seul, ne … que)")


def _negated_verbs(text: str, match: re.Match[str]) -> list[str]:
    """The content words a negation bears on: inside « ne … pas », and the verb after it when
    the inside is an auxiliary (« n'a pas signé »); after "not"/"never" in English."""
    inside = [w for w in _WORD.findall(match.group()) if w.lower() not in _negation_words("not-verb")]
    after = [w for w in _WORD.findall(text[match.end():match.end() + 60])
             if w.lower() not in _negation_words("not-verb")][:2]
    if not inside or all(w.lower() in _negation_words("auxiliary-only") for w in inside):
        return inside + after
    return inside


def _look_alike(first: str, second: str) -> bool:
    a, b = _fold(first), _fold(second)
    return len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]


def _verb_on_other_side(verbs: list[str], language: str, other: str, added: bool) -> bool:
    """Whether one of the negated words is rendered on the other side (a look-alike, or a
    translation from the verb table): the sentence follows the source closely enough that a
    missing negation is an omission, not a rephrasing. `added`: the negation is the target's
    (a translation rephrases a negative source far more often than it invents a negation)."""
    words = _WORD.findall(other)
    lowered = {w.lower() for w in words}
    for verb in verbs:
        if any(_look_alike(verb, w) for w in words):
            return True
        for french, english in _verb_table(added):
            if language == "fr" and french.fullmatch(verb) and lowered & english:
                return True
            if language == "en" and verb.lower() in english and any(
                    french.fullmatch(w) for w in words):
                return True
    return False


def _span(match: re.Match[str]) -> tuple[int, int]:
    return match.span("neg") if "neg" in match.re.groupindex else match.span()


def _near(text: str, language: str, ratio: float, verbs: Sequence[str] = ()) -> tuple[int, int]:
    """Where the negation is missing in `text`: the rendering of the negated verb when it is a
    look-alike, else the auxiliary (else the word) nearest to a relative position."""
    tokens = list(TOKEN.finditer(text))
    if not tokens:
        return 0, len(text)
    alike = [t for t in _WORD.finditer(text) if any(_look_alike(v, t.group()) for v in verbs)]
    if alike:
        return alike[0].span()
    target = ratio * len(text)
    known = _negation_words("auxiliary", language)
    auxiliaries = [t for t in tokens if t.group().lower() in known]
    pool = auxiliaries or tokens
    best = min(pool, key=lambda t: abs(t.start() - target))
    return best.span()


@register
class NegationMismatch(Check):
    id = "negation-mismatch"
    name = "Negation lost or added"
    description = ("A negation on one side and none on the other: « ne … pas », « jamais », "
                   "« aucun » against \"not\", \"never\", \"no\"… « Ne … que » (only), "
                   "\"not only … but\", « plus que jamais » and the like are not negations; a "
                   "side that says it otherwise (\"failed to\", \"without\", « sans », "
                   "« refuser ») is not said to have lost it. A « ne … que » rendered by a "
                   "negation, and « personne », « rien », « aucun » rendered by their opposite "
                   "(\"everyone\", \"everything\", \"every\") are reported too.")
    category = "Accuracy/Mistranslation"
    severity = Severity.MAJOR
    bad_examples = (
        Example("Le gouvernement n'a pas signé l'accord.", "The government signed the deal.",
                flags=('signed',)),
        Example("Le projet a été approuvé.", "The project was not approved.", flags=('not',)),
        Example("La ministre a rencontré les syndicats.", "The minister did not meet the unions.",
                flags=('not',)),
        Example("Il ne reste que deux jours.", "There are not two days left.", flags=('not',)),
        Example("Personne n'a répondu à l'appel.", "Everyone answered the call.",
                flags=('Everyone',)),
    )
    good_examples = (
        Example("Il ne reste que deux jours.", "Only two days remain."),
        Example("Le gouvernement n'a pas signé l'accord.",
                "The government did not sign the deal."),
        Example("Non seulement il a signé, mais il a payé.", "Not only did he sign, but he paid."),
        # a negative source rephrased ("hard to"): the `added` verb rows do not confirm a loss
        Example("On ne comprend pas cette décision.", "This decision is hard to grasp."),
    )

    @staticmethod
    def _add_hint(first: re.Match[str], language: str, other: str) -> str:
        renderings = _renderings(language, other)
        key = next((w for w in reversed(TOKEN.findall(first.group().lower()))
                    if w in renderings), "")
        return f"add the negation ({renderings[key]})" if key else "add the negation"

    @staticmethod
    def _says_only(text: str, language: str) -> bool:
        """A word saying "only" in `text` (or a restriction of its own)."""
        words = {w.lower() for w in _WORD.findall(text)}
        return bool(words & _negation_words("restrictive", language)) or (
            _restriction(text, language) is not None)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        languages = (context.source_language, context.target_language)
        if languages not in (("fr", "en"), ("en", "fr")) or not both_sides(context):
            return
        source_language, target_language = languages
        source, target = context.segment.source, context.segment.target
        in_source = negations(source, source_language, context.index("source"))
        in_target = negations(target, target_language, context.index("target"))
        if languages == ("en", "fr"):
            yield from _restriction_lost(source, target)
        # (the prefixes first: a « non » is rare, a lexical negative is looked for in the
        # whole target, 0.25 s of CPU on WMT14)
        lost = list(prefix_lost(source, target, source_language, target_language,
                                context.index("source").folded))
        if lost and _lexical_count(target, target_language) == 0:
            for start, end, said in lost:
                yield Finding("target", start, end,
                              f"The source says « {said} »; « {target[start:end]} » drops the "
                              "negation.", hint="keep the negative prefix (non-…)")
        if in_source and not in_target:
            # a lexical negative in the target renders the lost negation only if it is not
            # just the source's own one translated (« Personne ne s'est opposé » / "Someone
            # opposed": « opposé » is "opposed")
            if _lexical_count(target, target_language) > _lexical_count(
                    source, source_language, in_source):
                return
            first = in_source[0]
            opposite = _opposite_in(first, target, source_language, target_language)
            if opposite is not None:
                yield Finding("target", *opposite,
                              f"The source says « {_span_text(first)} »; "
                              f"« {target[opposite[0]:opposite[1]]} » says the opposite.",
                              hint=self._add_hint(first, source_language, target_language))
                return
            if _says_it_otherwise(source, source_language, in_source) or not _verb_on_other_side(
                    _negated_verbs(source, first), source_language, target, added=False):
                return
            start, end = _near(target, target_language, first.start() / max(1, len(source)),
                               _negated_verbs(source, first))
            word = re.sub(r"\s+", " ", first.group()).strip()
            yield Finding("target", start, end,
                          f"The source is negative (« {word} ») but the translation has no "
                          "negation.", hint=self._add_hint(first, source_language,
                                                          target_language))
        elif in_target and not in_source:
            restriction = _restriction(source, source_language)
            start, end = _span(in_target[0])
            # (the same place in both sentences: a negation elsewhere is another clause's)
            if (restriction is not None and not self._says_only(target, target_language)
                    and abs(restriction.start() / len(source) - start / len(target)) < 0.35):
                said = re.sub(r"\s+", " ", restriction.group()).strip()
                yield Finding("target", start, end,
                              f"« {said} » in the source restricts (\"only\"); the "
                              f"translation negates instead (« {target[start:end]} ») and "
                              "says no \"only\".",
                              hint="say the restriction (only …) instead of the negation")
                return
            if (_says_it_otherwise(source, source_language)
                    or _says_it_otherwise(target, target_language, in_target)
                    or not _verb_on_other_side(_negated_verbs(target, in_target[0]),
                                               target_language, source, added=True)):
                return
            start, end = _span(in_target[0])
            yield Finding("target", start, end,
                          f"« {target[start:end]} » negates, but the source has no negation.",
                          hint="remove the negation, or check the source")
