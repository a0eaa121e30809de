"""A quantity said to go one way in the source and the other way in the translation (« le
chômage a baissé de 2 % » → "unemployment rose by 2%"), or multiplied by another factor
(« doublé » → "tripled"). Numbers agree, so the number check is silent; machine translation
swaps such verbs when the sentence is long or the verb is rare. Words in
resources/checks/trends.tsv."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import cache

from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    SegmentContext,
    Severity,
    register,
)
from translator_gui.core.checks.gates import fold, gate, opens
from translator_gui.core.checks.mt_support import both_sides, rows

_SAID = {"up": "a rise", "down": "a fall"}


@cache
def _patterns(language: str) -> tuple[tuple[str, re.Pattern[str], tuple[str, ...] | None], ...]:
    """(kind, pattern, its gate: words it cannot match without, checks/gates.py)."""
    return tuple((row[0], pattern, gate(pattern)) for row in rows("trends.tsv")
                 if len(row) >= 3 and row[1] == language
                 for pattern in (re.compile(row[2], re.IGNORECASE),))


def gated_patterns() -> list[re.Pattern[str]]:
    """The patterns whose gates _patterns reads (checks/gates.py prepares them at install)."""
    return [pattern for language in ("fr", "en") for _kind, pattern, _gate in _patterns(language)]


def _found(text: str, language: str, folded: str | None = None,
           kinds: Container[str] | None = None) -> dict[str, list[re.Match[str]]]:
    """The kinds of trend words in `text` and where they are (of `kinds` only, when given).
    `folded`: the text folded as the gates read it (its TextIndex's), when the caller has it.
    A pattern none of whose gate's words is in the text is not run (19 French texts of WMT14
    in 20 hold none of any pattern, 9 English ones in 10; each pattern opens with \\b, which
    re tries at every position of the text)."""
    if folded is None:
        folded = fold(text)
    found: dict[str, list[re.Match[str]]] = {}
    for kind, pattern, words in _patterns(language):
        if kinds is not None and kind not in kinds:
            continue
        if not opens(words, folded):
            continue
        matches = list(pattern.finditer(text))
        if matches:
            found.setdefault(kind, []).extend(matches)
    return found


def _span(match: re.Match[str]) -> tuple[int, int]:
    return match.span("w") if match.re.groupindex.get("w") else match.span()


@register
class TrendMismatch(Check):
    id = "trend-mismatch"
    name = "Rise for fall, double for triple"
    description = ("A quantity that goes up on one side and down on the other (« le chômage a "
                   "baissé » → \"unemployment rose\"), or is multiplied by another factor "
                   "(« doublé » → \"tripled\"). Only when each side says one way and nothing "
                   "of the other (resources/checks/trends.tsv).")
    category = "Accuracy/Mistranslation"
    severity = Severity.MAJOR
    bad_examples = (
        Example("Le taux de chômage a baissé de 2 %.", "The unemployment rate rose by 2%.",
                flags=('rose',)),
        Example("La population a doublé en vingt ans.", "The population tripled in twenty years.",
                flags=('tripled',)),
    )
    good_examples = (
        Example("Le taux de chômage a baissé de 2 %.", "The unemployment rate fell by 2%."),
        # both ways on one side: which quantity went which way is for a reader
        Example("Les prix ont augmenté et les ventes ont baissé.",
                "Prices rose while sales dropped."),
        Example("La population a doublé en vingt ans.", "The population doubled in twenty years."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        languages = (context.source_language, context.target_language)
        if languages not in (("fr", "en"), ("en", "fr")) or not both_sides(context):
            return
        source = _found(context.segment.source, context.source_language,
                        context.index("source").folded)
        if not source:
            return
        # The target's kinds that can make a finding: up and down when the source goes one
        # way, the factors when it has one (most sources with a trend word have neither).
        wanted: set[str] = set()
        if ("up" in source) != ("down" in source):
            wanted.update(("up", "down"))
        if sum(1 for kind in source if kind.startswith("times")) == 1:
            wanted.update(kind for kind, _p, _g in _patterns(context.target_language)
                          if kind.startswith("times"))
        if not wanted:
            return
        target = _found(context.segment.target, context.target_language,
                        context.index("target").folded, wanted)
        directions = [k for k in ("up", "down") if k in source], [
            k for k in ("up", "down") if k in target]
        if len(directions[0]) == 1 and directions[1] and directions[1] != directions[0] \
                and len(directions[1]) == 1:
            said, wrong = directions[0][0], directions[1][0]
            for match in target[wrong]:
                start, end = _span(match)
                yield Finding("target", start, end,
                              f"The source says {_SAID[said]}; « {match.group().strip()} » "
                              f"says {_SAID[wrong]}.",
                              hint=f"a word for {_SAID[said]}")
        factors = [sorted(k for k in side if k.startswith("times")) for side in (source, target)]
        if len(factors[0]) == 1 and len(factors[1]) == 1 and factors[0] != factors[1]:
            for match in target[factors[1][0]]:
                start, end = _span(match)
                yield Finding("target", start, end,
                              f"The source multiplies by {factors[0][0][5:]}; "
                              f"« {match.group().strip()} » by {factors[1][0][5:]}.",
                              hint=f"a word for × {factors[0][0][5:]}")
