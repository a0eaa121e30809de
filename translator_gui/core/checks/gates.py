"""Gates for pattern tables: the literal words a regular expression cannot match without, found
by reading the expression itself, so that a check scanning a table of patterns (calques) skips
the patterns whose words are not in a text with a few substring tests instead of running them.

A gate is a few strings taken from the pattern (the longest it must contain, or the
alternatives of a choice it must make), folded the way the regular expression engine compares
letters without case (str.lower, then the letters re treats as the same: re._casefix), as is
the text: wherever the pattern matches, one of its gate's strings is in the folded text, so a
gate never turns away a text the pattern would flag. A pattern without such words (all classes
and repetitions) gets no gate and always runs.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from translator_gui.core import built

log = logging.getLogger(__name__)

# A single letter is in nearly every text: testing for it would only add to the cost. Two
# letters make a gate worth having (« Mr », « UE », « n° »): WMT14's texts open 60,600 English
# calque patterns in all instead of 72,700 with three, 21,200 French ones instead of 32,700.
MIN_GATE_LENGTH = 2
DIGIT = re.compile(r"\d")


def _fold_table() -> dict[int, int | None]:
    table: dict[int, int | None] = {}
    for lower, others in _casefix._EXTRA_CASES.items():
        canonical = min(lower, *others)
        for code in (lower, *others):
            if code != canonical:
                table[code] = canonical
    # « İ ».lower() is « i » and a combining dot, which re compares as « i »
    table[0x0307] = None
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """The text as the gates read it (one fold per text serves every pattern of a table)."""
    return text.lower().translate(_FOLD)


def gate(pattern: re.Pattern[str] | LazyPattern) -> tuple[str, ...] | None:
    """Folded strings one of which is in the folded text wherever `pattern` matches, or None
    (none worth having: a needed word shorter than MIN_GATE_LENGTH, or none at all). Read from
    the gates prepared at install (core/built.py) when this pattern's is there."""
    if isinstance(pattern, LazyPattern):
        return pattern.gate
    key = (pattern.pattern, pattern.flags)
    known = _known_gates()
    if key in known:
        words = known[key]
        return None if words is None else tuple(words)
    return _gate(pattern.pattern, pattern.flags)


def _gate(source: str, flags: int) -> tuple[str, ...] | None:
    try:
        return _parsed_gate(source, flags)
    except re.error:
        return None


def _parsed_gate(source: str, flags: int) -> tuple[str, ...] | None:
    """_gate, raising re.error for a pattern that does not parse."""
    try:
        needed = _needed(sre_parse.parse(source, flags))
    except (RecursionError, TypeError, ValueError):
        return None
    if not needed or min(map(len, needed)) < MIN_GATE_LENGTH:
        return None
    words = {fold(word) for word in needed}
    # A text holding « saying » holds « say »: the longer string need not be looked for.
    return tuple(sorted(word for word in words
                        if not any(other != word and other in word for other in words)))


class LazyPattern:
    """A pattern of a table, compiled when first run: a table's patterns are run only on the
    texts their gates let through, so at a start most of them never are (compiling them all
    cost the calque tables a quarter of a second). Raises re.error at once for a pattern that
    does not parse (as re.compile would); one that parses but does not compile is logged when
    first run, and then matches nothing."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        # re.compile's own flags for a str pattern (UNICODE added), for the same gate keys
        self.flags = int(flags) | (0 if flags & re.ASCII else int(re.UNICODE))
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None
        known = _known_gates()
        words = known.get((pattern, self.flags))
        # (a pattern that does not parse fails here, as at re.compile)
        self.gate: tuple[str, ...] | None = (
            _parsed_gate(pattern, self.flags) if (pattern, self.flags) not in known
            else None if words is None else tuple(words))

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            try:
                self._compiled = re.compile(self.pattern, self.flags)
            except re.error as error:
                log.error("pattern %r skipped: %s", self.pattern[:80], error)
                self._compiled = _NOTHING
        return self._compiled

    @property
    def needs_digit(self) -> bool:
        """Whether every match holds a digit (read from the pattern, as its gate is): a
        pattern without a gate (figures and short words: « 1st », « 9 h 30 », « $5 ») need
        not run on a text without one, most texts."""
        return _needs_digit(self.pattern, self.flags)

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled.groupindex

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)


_NOTHING = re.compile(r"(?!)")
def _known_gates() -> dict[tuple[str, int], list[str] | None]:
    """The gates prepared at install: (pattern, flags) -> its gate."""
    return built.read_keyed(GATES)


def _gate_sources() -> list[bytes]:
    # A gate depends on its pattern (the key) and on how it is read: this code and re's parser.
    return [Path(__file__).read_bytes(), Path(sre_parse.__file__).read_bytes()]


def _make_gates() -> list[tuple[tuple[str, int], list[str] | None]]:
    """The gates of every pattern of the tables (those that compile): the calques', and the
    negation and trend tables' (read at every check's start: 0.015-0.02 s of CPU parsing their
    48 patterns, before the fork)."""
    from translator_gui.core.checks import negation, trends
    from translator_gui.core.checks.calques import calques
    from translator_gui.core.checks.calques_en import english_calques

    patterns: list[LazyPattern | re.Pattern[str]] = [c.pattern for c in calques()]
    for calque in english_calques():
        patterns += [calque.pattern] + ([calque.source] if calque.source is not None else [])
    patterns += [*negation.gated_patterns(), *trends.gated_patterns()]
    made = []
    for pattern in patterns:
        try:
            re.compile(pattern.pattern, pattern.flags)
        except re.error:
            continue
        found = _gate(pattern.pattern, pattern.flags)  # (not the pattern's: made afresh)
        made.append(((pattern.pattern, pattern.flags), None if found is None else list(found)))
    return made


GATES = built.register(built.Table("gates", _gate_sources, _make_gates))


def opens(words: tuple[str, ...] | None, folded: str) -> bool:
    """Whether the pattern of this gate may match the text folded as `folded`."""
    return words is None or any(word in folded for word in words)


def _needed(items: Any) -> list[str] | None:
    """Strings of which every match of this sequence of parsed items holds one (the choice
    whose shortest string is longest), or None when there is no such choice. Items in a row
    that each match one of a few strings (a letter, a class of letters, a choice of words,
    an anchor or a look-around, which match none) are read as the strings they make
    together: « it\\s+(?:has|had) » needs « has » or « had », which re's parser keeps as
    « ha » and a class of « s » and « d »; « (?:saying|said|says|say) », as « sa » and a
    choice of endings."""
    best: list[str] | None = None
    run = [""]  # the strings the items in a row so far make together

    def consider(choice: list[str] | None) -> None:
        nonlocal best
        if choice and (best is None or _quality(choice) > _quality(best)):
            best = choice

    for op, value in items:
        name = str(op)
        if name != "LITERAL":  # (what a group, a choice, a lookahead needs on its own)
            consider(_item(name, value))
        strings = _exact_item(name, value)
        if strings is not None:
            if len(strings) > 1 and run != [""]:
                consider(run)  # (the run before a choice: fewer strings, maybe as rare)
            joined = [start + end for start in run for end in strings]
            if len(joined) <= _MAX_EXACT:
                run = joined
                continue
        if run != [""]:
            consider(run)
        run = strings if strings is not None and len(strings) <= _MAX_EXACT else [""]
        consider(_item(name, value))
    if run != [""]:
        consider(run)
    return best


# Strings a run of items may stand for: past that, the run is read a piece at a time.
_MAX_EXACT = 64


def _exact(items: Any) -> list[str] | None:
    """Every string a sequence of parsed items matches, when they are few (_MAX_EXACT), else
    None (a repetition, a class of many letters...)."""
    run = [""]
    for op, value in items:
        strings = _exact_item(str(op), value)
        if strings is None:
            return None
        run = [start + end for start in run for end in strings]
        if len(run) > _MAX_EXACT:
            return None
    return run


def _exact_item(name: str, value: Any) -> list[str] | None:
    """Every string one parsed item matches, when they are few, else None."""
    if name == "LITERAL":
        return [chr(value)]
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return [""]  # an anchor or a look-around matches where it is, no letter
    if name == "IN":
        if value and all(str(op) == "LITERAL" for op, _ in value):
            return [chr(code) for _, code in value]
        return None
    if name == "SUBPATTERN":
        return _exact(value[3])
    if name == "BRANCH":
        strings: list[str] = []
        for branch in value[1]:
            found = _exact(branch)
            if found is None:
                return None
            strings.extend(found)
        return strings if len(strings) <= _MAX_EXACT else None
    return None


def _item(name: str, value: Any) -> list[str] | None:
    """Strings of which every match of one parsed item holds one, or None."""
    if name == "SUBPATTERN":
        return _needed(value[3])
    if name == "ATOMIC_GROUP":
        return _needed(value)
    if name == "ASSERT":  # what a positive lookaround sees is in the text too
        return _needed(value[1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, body = value
        return _needed(body) if low >= 1 else None
    if name == "BRANCH":
        choices: list[str] = []
        for branch in value[1]:
            needed = _needed(branch)
            if not needed:
                return None  # a branch that needs nothing: the choice needs nothing
            choices.extend(needed)
        return choices
    if name == "IN" and value and all(str(op) == "LITERAL" for op, _ in value):
        return [chr(code) for _, code in value]
    return None


# Past this many letters a string is about as rare as a longer one: a choice is then judged by
# how few strings a text is searched for (« doubl » rather than its twelve endings).
_RARE_LENGTH = 5


def _quality(choice: list[str]) -> tuple[int, int]:
    # The shortest string decides how rare the choice is; then fewer alternatives.
    return min(min(map(len, choice)), _RARE_LENGTH), -len(choice)


@cache
def _needs_digit(pattern: str, flags: int) -> bool:
    try:
        return _sequence_needs_digit(sre_parse.parse(pattern, flags).data)
    except (re.error, RecursionError, TypeError, ValueError):
        return False


def _sequence_needs_digit(items: Any) -> bool:
    return any(_item_needs_digit(op, value) for op, value in items)


def _item_needs_digit(op: Any, value: Any) -> bool:
    """Whether an item of a parsed pattern cannot match without a digit (False when unsure)."""
    if op is sre_constants.LITERAL:
        return DIGIT.fullmatch(chr(value)) is not None
    if op is sre_constants.IN:
        return bool(value) and all(_set_item_is_digit(*item) for item in value)
    if op is sre_constants.SUBPATTERN:
        return _sequence_needs_digit(value[-1].data)
    if op is sre_constants.ATOMIC_GROUP:
        return _sequence_needs_digit(value.data)
    if op is sre_constants.BRANCH:
        return all(_sequence_needs_digit(branch.data) for branch in value[1])
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT,
              sre_constants.POSSESSIVE_REPEAT):
        return value[0] >= 1 and _sequence_needs_digit(value[2].data)
    return False  # (look-arounds, anchors, any character, back-references…)


def _set_item_is_digit(op: Any, value: Any) -> bool:
    if op is sre_constants.LITERAL:
        return DIGIT.fullmatch(chr(value)) is not None
    if op is sre_constants.RANGE:
        return value[1] - value[0] < 64 and all(
            DIGIT.fullmatch(chr(code)) for code in range(value[0], value[1] + 1))
    if op is sre_constants.CATEGORY:
        return value is sre_constants.CATEGORY_DIGIT
    return False  # (a negated set, a word or space class…)
