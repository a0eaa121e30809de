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

import re
from re import _casefix  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# Shorter words are in nearly every text: testing for them would only add to the cost.
MIN_GATE_LENGTH = 3


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


def gate(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Folded strings one of which is in the folded text wherever `pattern` matches, or None
    (none worth having: a needed word shorter than MIN_GATE_LENGTH, or none at all)."""
    try:
        needed = _needed(sre_parse.parse(pattern.pattern, pattern.flags))
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    if not needed or min(map(len, needed)) < MIN_GATE_LENGTH:
        return None
    return tuple(sorted({fold(word) for word in needed}))


def opens(words: tuple[str, ...] | None, folded: str) -> bool:
    """Whether the pattern of this gate may match the text folded as `folded`."""
    return words is None or any(word in folded for word in words)


def _needed(items: Any) -> list[str] | None:
    """Strings of which every match of this sequence of parsed items holds one (the choice
    whose shortest string is longest), or None when there is no such choice."""
    best: list[str] | None = None
    run: list[str] = []  # the literal characters in a row

    def consider(choice: list[str] | None) -> None:
        nonlocal best
        if choice and (best is None or _quality(choice) > _quality(best)):
            best = choice

    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(value))
            continue
        if run:
            consider(["".join(run)])
            run = []
        consider(_item(name, value))
    if run:
        consider(["".join(run)])
    return best


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


def _quality(choice: list[str]) -> tuple[int, int]:
    # The shortest string decides how rare the choice is; then fewer alternatives.
    return min(map(len, choice)), -len(choice)
