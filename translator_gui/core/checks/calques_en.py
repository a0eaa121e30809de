"""Calques of French in English drafts: French structures carried word for word into the English
("since three years", "put in evidence", "has 45 years", "the 12 May"), from the patterns of
resources/checks/calques-en.tsv, each with its fix (a replacement fitted to the sentence, or a
hint for the translator)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from translator_gui.core import english_morph
from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    SegmentContext,
    Severity,
    register,
)
from translator_gui.core.checks.gate_needs import Need, NeedsIndex, needs, passes, spaced
from translator_gui.core.checks.gates import DIGIT, LazyPattern, fold, gate
from translator_gui.core.checks.mt_support import both_sides, match_case, rows
from translator_gui.core.checks.spans import DisjointSpans
from translator_gui.core.checks.text import look_back
from translator_gui.core.checks.text_index import TextIndex

log = logging.getLogger(__name__)

_MACRO = re.compile(r"\{([a-z]+|NODET)\}")
_VERB_SLOT = re.compile(r"\[([a-z][a-z ]*)\]")
_NODET = "".join(rf"(?<!\b{d}\s)" for d in
                 "a an the no its his her their our my your this that any every each".split())
# Words skipped when looking back for what decides a form ("MA also put" → past).
_ADVERBS = frozenset("also then further again already recently just subsequently later "
                     "thus therefore finally first still often never once quickly".split())


@dataclass(frozen=True)
class EnglishCalque:
    id: str
    severity: Severity
    pattern: LazyPattern
    verb: str | None  # the lemma of the pattern's first {verb}: a fix inflects like it
    source: LazyPattern | None
    source_required: bool
    fix: str
    explanation: str
    bad: str
    good: str
    # words the pattern, and the source's pattern, cannot match without (gates.gate): a text
    # lacking them is skipped without running the pattern
    gate: tuple[str, ...] | None = None
    source_gate: tuple[str, ...] | None = None
    # a pattern (a source's pattern) without a gate whose every match holds a digit
    # (LazyPattern.needs_digit, read once here, not for each text): a text without one is
    # skipped
    needs_digit: bool = False
    source_needs_digit: bool = False
    # all the source's pattern needs (gate_needs.needs): what find_calques tries
    source_needs: tuple[Need, ...] = ()


def _expand(pattern: str) -> tuple[str, str | None]:
    verb: str | None = None

    def replace(match: re.Match[str]) -> str:
        nonlocal verb
        name = match.group(1)
        if name == "NODET":
            return _NODET
        forms = english_morph.forms_pattern(name)
        if verb is None:
            verb = name
            return f"(?P<v>{forms})"
        return forms

    return _MACRO.sub(replace, pattern), verb


@cache
def _gates() -> NeedsIndex:
    return NeedsIndex((calque.gate, needs(calque.pattern)) for calque in english_calques())


@cache
def english_calques() -> tuple[EnglishCalque, ...]:
    """The patterns of resources/checks/calques-en.tsv, compiled (a bad line is logged, skipped)."""
    loaded = []
    for row in rows("calques-en.tsv"):
        try:
            calque_id, severity, pattern, source, fix, explanation, bad, good = (
                list(row) + [""] * 8)[:8]
            expanded, verb = _expand(pattern)
            required = source.startswith("req:")
            source = source.removeprefix("req:")
            compiled = LazyPattern(expanded, re.IGNORECASE)
            in_source = LazyPattern(source, re.IGNORECASE) if source else None
            source_gate = gate(in_source) if in_source else None
            loaded.append(EnglishCalque(
                calque_id, Severity(severity), compiled, verb, in_source, required, fix,
                explanation, bad, good, gate(compiled), source_gate,
                compiled.gate is None and compiled.needs_digit,
                in_source is not None and source_gate is None and in_source.needs_digit,
                needs(in_source) if in_source else ()))
        except (ValueError, re.error) as error:
            log.error("calques-en.tsv: pattern %r skipped: %s", row[0] if row else "", error)
    return tuple(loaded)


def _word_before(text: str, position: int) -> str:
    # The few words before are enough (adverbs skipped): all the text before was quadratic.
    words = re.findall(r"[\w'’]+", text[look_back(text, position, 300):position])
    for word in reversed(words):
        if word.lower() not in _ADVERBS:
            return word
    return ""


def _past_of_participle(participle: str) -> str:
    table = english_morph._irregular()
    for forms in table.values():
        if forms[3] == participle.lower():
            return forms[2]
    return participle


def _simple_past(flagged: str) -> str | None:
    """"has declared" → "declared", "have been arrested" → "were arrested"."""
    words = flagged.split()
    if len(words) < 2 or words[0].lower() not in ("has", "have"):
        return None
    rest = words[1:]
    if rest[0].lower() == "been":
        be = "was" if words[0].lower() == "has" else "were"
        return match_case(words[0], " ".join([be, *rest[1:]]))
    rest[-1] = _past_of_participle(rest[-1])
    return match_case(words[0], " ".join(rest))


def _fix(calque: EnglishCalque, match: re.Match[str], text: str, start: int, end: int
         ) -> tuple[str | None, str | None]:
    """(replacement, hint) for one match."""
    fix = calque.fix
    flagged = text[start:end]
    if not fix:
        return None, None
    if fix.startswith("?"):
        return None, fix[1:]
    if fix == "fn:simple_past":
        replacement = _simple_past(flagged)
        return (replacement, None) if replacement else (None, "simple past")
    if not fix.startswith("="):
        return None, fix
    template = fix[1:]
    if _VERB_SLOT.search(template):
        if calque.verb is None or match.group("v") is None:
            return None, _VERB_SLOT.sub(lambda m: m.group(1), template)
        verb_word = match.group("v")
        slot = english_morph.form_of(verb_word, calque.verb,
                                     _word_before(text, match.start("v")))
        if slot is None:
            return None, _VERB_SLOT.sub(lambda m: m.group(1), template)
        template = _VERB_SLOT.sub(lambda m: english_morph.inflect(m.group(1), slot), template)
    replacement = match.expand(template)
    return match_case(flagged, replacement), None


def find_calques(text: str, source: str | None, text_index: TextIndex | None = None,
                 source_index: TextIndex | None = None
                 ) -> Iterator[tuple[EnglishCalque, int, int, str | None, str | None]]:
    """(calque, start, end, replacement, hint) of every calque in an English text. The
    indexes, when given, are the texts' (SegmentContext.index)."""
    open_here = (text_index.opened(_gates()) if text_index is not None
                 else _gates().open(fold(text)))
    spaced_source: str | None = None  # the source folded and spaced (gate_needs.spaced)
    # whether each text holds a digit, once a pattern without a gate that needs one asks
    digit_here: bool | None = None
    digit_in_source: bool | None = None
    table = english_calques()
    # (the open patterns only, in the table's order: a text of WMT14 opens some four of 975)
    for number in sorted(open_here):
        calque = table[number]
        if calque.needs_digit:
            if digit_here is None:
                digit_here = DIGIT.search(text) is not None
            if not digit_here:
                continue
        if calque.source is not None:
            if source is None:
                if calque.source_required:
                    continue
            else:
                # What the source's pattern of each open pattern needs, tried on its own: a
                # text opens some four patterns (an index of the sources' needs would read
                # hundreds of beginnings).
                if spaced_source is None:
                    spaced_source = spaced(source_index.folded if source_index is not None
                                           else fold(source))
                if calque.source_needs:
                    if not passes(calque.source_needs, spaced_source):
                        continue
                elif calque.source_needs_digit:
                    if digit_in_source is None:
                        digit_in_source = DIGIT.search(source) is not None
                    if not digit_in_source:
                        continue
                if not calque.source.search(source):
                    continue
        for match in calque.pattern.finditer(text):
            if "flag" in calque.pattern.groupindex and match.group("flag"):
                start, end = match.span("flag")
            else:
                start, end = match.span()
            if start == end:
                continue
            replacement, hint = _fix(calque, match, text, start, end)
            yield calque, start, end, replacement, hint


def calque_spans(text: str, source: str | None) -> list[tuple[int, int]]:
    """The spans of an English text a calque pattern flags (other checks leave them alone)."""
    return [(start, end) for _c, start, end, _r, _h in find_calques(text, source)]


@register
class EnglishCalqueCheck(Check):
    id = "en-calque"
    name = "Calque of French (English)"
    description = ("French structures carried into the English: \"since three years\" (for), "
                   "\"put in evidence\" (highlighted), \"has 45 years\" (is 45), \"the 12 May\" "
                   "without \"on\", \"in the frame of\", \"profits to\", \"has declared "
                   "yesterday\", \"co-president\"… Over a hundred patterns in "
                   "resources/checks/calques-en.tsv, each with its fix; a pattern that needs "
                   "the French to tell reads the source.")
    category = "Style/Unidiomatic"
    severity = Severity.MINOR
    severities = (Severity.NEUTRAL, Severity.MINOR, Severity.MAJOR)  # each pattern's own
    languages = ("en",)
    bad_examples = (
        Example("Elle vit à Lyon depuis dix ans.", "She has lived in Lyon since ten years.",
                flags=('since',)),
        Example("Il a mis en évidence le rôle de la Chine.",
                "He put in evidence the role of China.", flags=('put in evidence',)),
        Example("Un bien public qui profite à toute l'humanité.",
                "A public good that profits to all humanity.", flags=('profits to',)),
    )
    good_examples = (
        Example("Elle vit à Lyon depuis 2014.", "She has lived in Lyon since 2014."),
        Example("Il a mis en évidence le rôle de la Chine.", "He highlighted China's role."),
        Example("Un bien public qui profite à toute l'humanité.",
                "A public good that benefits all humanity."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        source = (context.segment.source if context.source_language == "fr"
                  and both_sides(context) else None)
        for side in context.sides_in("en"):
            text = context.text(side)
            if not text.strip():
                continue
            seen = DisjointSpans()
            on_target = side == "target" and source is not None
            for calque, start, end, replacement, hint in find_calques(
                    text, source if on_target else None, context.index(side),
                    context.index("source") if on_target else None):
                if seen.overlaps(start, end):
                    continue  # one finding per words: the first (most specific) pattern wins
                seen.add(start, end)
                yield Finding(side, start, end, calque.explanation, severity=calque.severity,
                              replacement=replacement, hint=hint)
