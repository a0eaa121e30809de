"""Calques and anglicisms in French, from the patterns of resources/checks/calques-fr.tsv."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.gate_needs import NeedsIndex, needs
from translator_gui.core.checks.gates import DIGIT, LazyPattern, fold, gate
from translator_gui.core.checks.text import Found, data_rows
from translator_gui.core.checks.text_index import TextIndex

log = logging.getLogger(__name__)



_ER_ENDINGS = ("er e es ons ez ent ais ait ions iez aient a as âmes âtes èrent ai erai eras era "
               "erons erez eront erais erait erions eriez eraient é ée és ées ant asse assent "
               "ât").split()


def conjugate(infinitive: str) -> list[str]:
    """Every form of a French verb: irregular ones from verbs-fr.tsv, -er verbs generated."""
    for row in data_rows("verbs-fr.tsv"):
        if row[0] == infinitive:
            return [f.strip() for f in row[1].split(",") if f.strip()]
    if not infinitive.endswith("er"):
        raise ValueError(f"no forms for the irregular verb {infinitive!r} in verbs-fr.tsv")
    stem = infinitive[:-2]
    stems = {stem}
    # Stem changes: lève/appelle/cède, paie/emploie; over-generating is harmless here.
    for vowel in "eé":
        at = stem.rfind(vowel)
        if at > 0 and at >= len(stem) - 4:
            stems.add(stem[:at] + "è" + stem[at + 1 :])
    if stem.endswith("y"):
        stems.add(stem[:-1] + "i")
    forms = set()
    for base in stems:
        for ending in _ER_ENDINGS:
            if ending[0] in "aâo" and base.endswith("c"):
                forms.add(base[:-1] + "ç" + ending)
            elif ending[0] in "aâo" and base.endswith("g"):
                forms.add(base + "e" + ending)
            else:
                forms.add(base + ending)
    return sorted(forms, key=lambda form: (-len(form), form))  # (the same in every process)


@dataclass(frozen=True)
class Calque:
    id: str
    severity: Severity
    pattern: LazyPattern
    suggestion: str
    explanation: str
    exact: bool = False  # the suggestion is the exact text for the flagged span
    # words the pattern cannot match without (gates.gate): a text lacking them is skipped
    gate: tuple[str, ...] | None = None
    # a pattern without a gate whose every match holds a digit (LazyPattern.needs_digit, read
    # once here, not for each text): a text without one is skipped
    needs_digit: bool = False


_MACRO = re.compile(r"\{([^\W\d_]\w*)\}")


def _forms_pattern(infinitive: str) -> str:
    """A regex for every form of a verb, factored on the forms' common beginning so that the
    regex engine gives up after a letter or two on most words."""
    forms = conjugate(infinitive)
    prefix = os.path.commonprefix(forms)
    # longest first, those of one length in a fixed order: the same pattern in every process
    # (it is the key of its gate prepared at install)
    endings = sorted({f[len(prefix):] for f in forms}, key=lambda ending: (-len(ending), ending))
    return "(?:" + re.escape(prefix) + "(?:" + "|".join(re.escape(e) for e in endings) + "))"


@cache
def _gates() -> NeedsIndex:
    return NeedsIndex((calque.gate, needs(calque.pattern)) for calque in calques())


@cache
def calques() -> tuple[Calque, ...]:
    """The calque patterns of resources/checks/calques-fr.tsv, compiled."""
    loaded = []
    for row in data_rows("calques-fr.tsv"):
        try:
            calque_id, severity, pattern, suggestion, explanation = row[:5]
            fix = row[5] if len(row) > 5 else "hint"
            if fix not in ("hint", "replacement"):
                raise ValueError(f"fix must be hint or replacement, not {fix!r}")
            expanded = _MACRO.sub(lambda m: _forms_pattern(m.group(1)), pattern)
            compiled = LazyPattern(expanded, re.IGNORECASE)
            loaded.append(Calque(calque_id, Severity(severity), compiled, suggestion,
                                 explanation, fix == "replacement", gate(compiled),
                                 compiled.gate is None and compiled.needs_digit))
        except (ValueError, re.error) as error:
            # One bad line of data must not switch off the other patterns.
            log.error("calques-fr.tsv: pattern %r skipped: %s", row[0] if row else "", error)
    return tuple(loaded)


class FrenchCalque(Check):
    id = "fr-calque"
    name = "Calque or anglicism (French)"
    description = ("English constructions carried into French: « adresser un problème » "
                   "(aborder), intransitive « a ouvert » for an event (s'est ouvert), « assister » "
                   "without « à », « faire du sens », « supporter une proposition »… Each pattern "
                   "in resources/checks/calques-fr.tsv comes with a suggestion.")
    category = "Style/Unidiomatic"
    severity = Severity.MINOR
    severities = (Severity.NEUTRAL, Severity.MINOR, Severity.MAJOR)  # each pattern's own
    languages = ("fr",)
    bad_examples = (
        Example("L'atelier a ouvert à l'Université Tsinghua le 12 mai.",
                "The workshop opened at Tsinghua University on 12 May.", flags=('a ouvert',)),
        Example("Il faut adresser les problèmes de fond.", "We must address the root problems.",
                flags=('adresser les problèmes',)),
        Example("Il a assisté et a abordé la cérémonie d'ouverture.",
                "He attended and addressed the opening ceremony.",
                flags=('assisté et a abordé', 'abordé la cérémonie')),
    )
    good_examples = (
        Example("L'atelier s'est ouvert à l'Université Tsinghua le 12 mai.",
                "The workshop opened at Tsinghua University on 12 May."),
        Example("Il a ouvert le feu ; elle a adressé une question au ministre.",
                "He opened fire; she put a question to the minister."),
        Example("Il a assisté à la cérémonie et y a pris la parole.",
                "He attended and addressed the ceremony."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        # In a French source the calque is the author's, which the translation rightly does not
        # copy: a note there (neutral), an error in a French translation.
        for side in context.sides_in("fr"):
            if not context.text(side):
                continue
            for found in self._find(context.text(side), context.index(side)):
                yield Finding(side, found.start, found.end, found.message,
                              replacement=found.replacement, hint=found.hint,
                              severity=Severity.NEUTRAL if side == "source" else found.severity)

    @staticmethod
    def _find(text: str, index: TextIndex | None = None) -> Iterator[Found]:
        open_here = index.opened(_gates()) if index is not None else _gates().open(fold(text))
        table = calques()
        digit: bool | None = None  # whether the text holds a digit, once a pattern asks
        for number in sorted(open_here):  # (the open patterns only, in the table's order)
            calque = table[number]
            if calque.needs_digit:
                if digit is None:
                    digit = DIGIT.search(text) is not None
                if not digit:
                    continue
            for match in calque.pattern.finditer(text):
                if "flag" in calque.pattern.groupindex and match.group("flag"):
                    start, end = match.span("flag")
                else:
                    start, end = match.span()
                fix = {"replacement" if calque.exact else "hint": calque.suggestion}
                yield Found(start, end, calque.explanation, severity=calque.severity, **fix)
