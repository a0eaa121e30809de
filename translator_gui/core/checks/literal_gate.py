"""A quick test before a costly regular expression: the words any match of it must contain.

A check that runs dozens of patterns over every sentence (calques, false friends...) spends
most of its time in patterns that cannot match: each is tried at every position of the text.
A LiteralGate reads from the pattern itself the pieces of text every match must hold (« pour »
in « appeler pour », one of « problème », « enjeu »... in « adresser un problème »), and says
a text is worth searching only when its lower case holds one of them: a few substring tests
instead of the pattern's search. It never turns away a text the pattern matches: the pieces
are read from the pattern's own syntax tree (literal runs, alternatives, required
repetitions), compared case-insensitively, and a text holding one of the few characters that
case-insensitive matching treats as another letter than its lower case shows (dotless ı and
long ſ, the dotted capital İ...) is always searched.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# Pieces shorter than this let too many texts through to be worth testing.
MIN_PIECE = 3

try:  # letters that match others under IGNORECASE beyond what str.lower() shows
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - an interpreter without it: no gate is built
    _EXTRA_CASES = None


def _odd_letters() -> frozenset[str]:
    """Letters of a text that case-insensitive matching may read as an ASCII letter of a piece
    while their lower case shows another (dotless ı as i, long ſ as s), and the dotted capital
    İ, whose lower case is two characters."""
    odd = {"İ"}
    for code, others in (_EXTRA_CASES or {}).items():
        if code < 128:
            odd.update(chr(c) for c in others)
    return frozenset(odd)


_ODD = re.compile("[" + re.escape("".join(sorted(_odd_letters()))) + "]")


def lowered(text: str) -> str | None:
    """What LiteralGate.may_match reads of a text: its lower case, or None when it holds one of
    the few letters case-insensitive matching reads otherwise (every gate then lets it in)."""
    return None if _EXTRA_CASES is None or _ODD.search(text) else text.lower()


class LiteralGate:
    """`may_match(lowered(text))`: False only when `pattern` cannot match `text` (the gate of
    a pattern whose matches need no fixed piece always says True)."""

    __slots__ = ("pieces",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        pieces = _required(sre_parse.parse(pattern.pattern, pattern.flags)) \
            if _EXTRA_CASES is not None else None
        if pieces is not None and (
                min(len(p) for p in pieces) < MIN_PIECE
                or any(len(p.lower()) != len(p) for p in pieces)  # lowered unlike re lowers it
                or any(ord(c) >= 128 and ord(c.lower()) in _EXTRA_CASES
                       for p in pieces for c in p)):  # a letter matching another (µ, ſ)
            pieces = None
        self.pieces: tuple[str, ...] | None = None if pieces is None else tuple(
            sorted({p.lower() for p in pieces}, key=lambda p: (-len(p), p)))

    def may_match(self, lowered: str | None) -> bool:
        pieces = self.pieces
        if pieces is None or lowered is None:
            return True
        for piece in pieces:
            if piece in lowered:
                return True
        return False


def _required(items: Any) -> frozenset[str] | None:
    """Pieces of text one of which every match of the parsed sequence `items` contains (the
    most selective such set found), or None when none is found."""
    best: frozenset[str] | None = None

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or _selectivity(found) > _selectivity(best)):
            best = found

    run: list[str] = []
    for op, argument in items:
        if op is sre.LITERAL:
            run.append(chr(argument))
            continue
        if run:
            consider(frozenset({"".join(run)}))
            run = []
        consider(_required_one(op, argument))
    if run:
        consider(frozenset({"".join(run)}))
    return best


def _selectivity(pieces: frozenset[str]) -> tuple[int, int]:
    return min(len(p) for p in pieces), -len(pieces)


def _required_one(op: Any, argument: Any) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _required(argument[3])
    if op is sre.ATOMIC_GROUP:
        return _required(argument)
    if op is sre.ASSERT:  # a lookahead or lookbehind: its text is in the text too
        return _required(argument[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, item = argument
        return _required(item) if low >= 1 else None
    if op is sre.BRANCH:
        pieces: set[str] = set()
        for alternative in argument[1]:
            found = _required(alternative)
            if found is None:
                return None
            pieces |= found
        return frozenset(pieces)
    return None
