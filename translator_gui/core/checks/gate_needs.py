"""Everything a pattern of a calque table needs in a text, read from the pattern: not one gate
(checks/gates.py: the rarest word) but every word and run of words it cannot match without,
the spaces between them included, tried on the text folded as the gates read it with each run
of white space written as one space (`spaced`).

« \\bat\\s+the\\s+level\\s+of\\b » needs « at the level of » and not only « level »; « since
(?:\\d+|…)\\s+(?:years|months…) » needs « since » and one of the durations. A gate lets a text
through to the pattern when one of its strings is in the text; a pattern's needs let it
through when each of them has one: on WMT14 the English calques' gates open 60,600 patterns of
which 35 match, their needs let 9,400 of them through; the French calques' 21,200, 9,000.

Why a spaced string is in the text wherever the pattern matches: an item matching one white
space character (a space, « \\s »), or a run of them (« \\s+ »), is read as one space; the
white space it matches in the text belongs to one run, which the spaced text writes as one
space, where the letters read before and after the item stay next to it. Two such items in a
row (« \\s\\s », « \\s+ » after a space) would need two spaces: the reading stops there. The
letters are folded as gates.fold does (re's comparisons without case), which never makes or
removes white space but drops « \\u0307 »: a string that this leaves with two spaces in a row is
no need.

The needs of the tables' patterns are read at install (core/built.py) and read back at each
start: parsing the some 1,500 patterns costs a fifth of a second.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from translator_gui.core import built
from translator_gui.core.checks.gate_index import GateIndex
from translator_gui.core.checks.gates import MIN_GATE_LENGTH, LazyPattern, fold

# One need: strings, one of which is in the spaced text wherever the pattern matches
Need = tuple[str, ...]
# Strings a run of items may stand for: past that, the run is cut (as gates._MAX_EXACT).
_MAX_STRINGS = 64
# Past this many letters a string is about as rare as a longer one: the need with fewer
# strings is then tried first.
_RARE_LENGTH = 12
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT,
            sre_constants.POSSESSIVE_REPEAT)
_WHITE = re.compile(r"\s+")
# White space that is not a lone plain space: the text is spaced anew only then (rarely).
_NOT_ONE_SPACE = re.compile(r"[^\S ]|  ")


def spaced(folded: str) -> str:
    """A folded text (gates.fold) with each run of white space written as one space."""
    return folded if _NOT_ONE_SPACE.search(folded) is None else _WHITE.sub(" ", folded)


def needs(pattern: LazyPattern) -> tuple[Need, ...]:
    """What the pattern needs in a spaced text (the rarest first; none: it may match any
    text), as prepared at install when its needs are there."""
    key = (pattern.pattern, pattern.flags)
    known = _known()
    if key in known:
        return tuple(map(tuple, known[key]))
    return read_needs(pattern.pattern, pattern.flags)


def read_needs(source: str, flags: int) -> tuple[Need, ...]:
    """The needs read from a pattern: each a choice of strings of at least MIN_GATE_LENGTH
    letters, none holding another of its choice, the rarest needs first."""
    try:
        found = _sequence(sre_parse.parse(source, flags))
    except (re.error, RecursionError, TypeError, ValueError):
        return ()
    kept: list[Need] = []
    for choice in found:
        words = {fold(string).strip(" ") for string in choice}
        if any("  " in word for word in words) or min(map(len, words)) < MIN_GATE_LENGTH:
            continue
        # A text holding « saying » holds « say »: the longer string need not be looked for.
        need = tuple(sorted(word for word in words
                            if not any(other != word and other in word for other in words)))
        if need not in kept:
            kept.append(need)
    kept.sort(key=_rarity, reverse=True)
    # a need one of whose strings is in each string of a rarer need adds nothing
    return tuple(need for number, need in enumerate(kept)
                 if not any(all(any(mine in theirs for mine in need) for theirs in rarer)
                            for rarer in kept[:number]))


def _rarity(need: Need) -> tuple[int, int]:
    return min(min(map(len, need)), _RARE_LENGTH), -len(need)


def passes(needs: Iterable[Need], text: str) -> bool:
    """Whether a spaced text holds one string of each need."""
    for need in needs:
        for string in need:
            if string in text:
                break
        else:
            return False
    return True


def _sequence(items: Any) -> list[list[str]]:
    """The needs of a sequence of parsed items: each run of items that match a few strings
    (letters, spaces, short choices, anchors) as the strings it makes, and what each other
    item needs on its own."""
    found: list[list[str]] = []
    run = [""]
    for op, value in items:
        strings = _exact(op, value)
        if strings is not None:
            joined = _joined(run, strings)
            if joined is not None:
                run = joined
            else:
                if run != [""]:
                    found.append(run)
                run = strings
        else:
            if run != [""]:
                found.append(run)
            run = [""]
        if op is not sre_constants.LITERAL:
            found.extend(_item(op, value))  # (what a lookahead, a group needs on its own)
    if run != [""]:
        found.append(run)
    return found


def _joined(run: list[str], strings: list[str]) -> list[str] | None:
    """Each string of a run followed by each of an item's; None past _MAX_STRINGS or where a
    space would follow a space (two items of white space in a row)."""
    if len(run) * len(strings) > _MAX_STRINGS:
        return None
    joined = []
    for start in run:
        for end in strings:
            if start.endswith(" ") and end.startswith(" "):
                return None
            joined.append(start + end)
    return joined


def _is_white(op: Any, value: Any) -> bool:
    """Whether an item matches one white space character, always."""
    if op is sre_constants.LITERAL:
        return _WHITE.fullmatch(chr(value)) is not None
    return op is sre_constants.IN and list(value) == [
        (sre_constants.CATEGORY, sre_constants.CATEGORY_SPACE)]


def _exact(op: Any, value: Any) -> list[str] | None:
    """Every string an item matches, as the spaced text holds it, when they are few (at most
    _MAX_STRINGS), else None."""
    if op is sre_constants.LITERAL:
        return [" " if _is_white(op, value) else chr(value)]
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return [""]  # an anchor or a look-around matches where it is, no letter
    if op is sre_constants.IN:
        if _is_white(op, value):
            return [" "]
        if value and all(kind is sre_constants.LITERAL and not _is_white(kind, code)
                         for kind, code in value):
            return [chr(code) for _kind, code in value]
        return None
    if op is sre_constants.SUBPATTERN:
        return _exact_sequence(value[3])
    if op is sre_constants.BRANCH:
        strings: list[str] = []
        for branch in value[1]:
            found = _exact_sequence(branch)
            if found is None:
                return None
            strings.extend(found)
        return strings if len(strings) <= _MAX_STRINGS else None
    if op in _REPEATS:
        low, high, body = value
        if low >= 1 and len(body) == 1 and _is_white(*body[0]):
            return [" "]  # a run of white space: one space in the spaced text
        if (low, high) == (0, 1):
            found = _exact_sequence(body)
            if found is not None and len(found) < _MAX_STRINGS:
                return ["", *found]  # an optional item: nothing, or what it matches
    return None


def _exact_sequence(items: Any) -> list[str] | None:
    run = [""]
    for op, value in items:
        strings = _exact(op, value)
        if strings is None:
            return None
        joined = _joined(run, strings)
        if joined is None:
            return None
        run = joined
    return run


def _item(op: Any, value: Any) -> list[list[str]]:
    """What one parsed item needs on its own."""
    if op is sre_constants.SUBPATTERN:
        return _sequence(value[3])
    if op is sre_constants.ATOMIC_GROUP:
        return _sequence(value)
    if op is sre_constants.ASSERT:  # what a positive look-around sees is in the text too
        return _sequence(value[1])
    if op in _REPEATS:
        return _sequence(value[2]) if value[0] >= 1 else []
    if op is sre_constants.BRANCH:
        # a choice: the rarest need of each branch (a branch needing nothing: no need)
        choice: list[str] = []
        for branch in value[1]:
            found = [need for need in _sequence(branch)
                     if min(map(len, need)) >= MIN_GATE_LENGTH]
            if not found:
                return []
            choice.extend(max(found, key=lambda need: _rarity(tuple(need))))
        return [choice]
    return []


class NeedsIndex(GateIndex):
    """A table's GateIndex (each pattern's gate, gates.gate, read off the folded text in one
    pass) whose patterns are kept when the spaced text holds all their needs too. The gates
    stay the index's: a finder of the patterns' needs (long runs of words, choices of dozens
    of forms) was a pattern eight times the size of the gates' (81,000 characters for the
    English calques), whose recorded code alone took 0.17 s to load at each start."""

    def __init__(self, patterns: Iterable[tuple[tuple[str, ...] | None, tuple[Need, ...]]]
                 ) -> None:
        """`patterns`: each pattern's gate and needs, in the table's order."""
        table = list(patterns)
        super().__init__(gate for gate, _needs in table)
        self._needs = {number: needs for number, (_gate, needs) in enumerate(table) if needs}

    def open(self, folded: str) -> set[int]:
        found = super().open(folded)
        text = spaced(folded)
        needs = self._needs
        return {number for number in found
                if number not in needs or passes(needs[number], text)}


def _known() -> dict[tuple[str, int], list[list[str]]]:
    """The needs prepared at install: (pattern, flags) -> its needs."""
    return built.read_keyed(NEEDS)


def _sources() -> list[bytes]:
    # Needs depend on their pattern (the key) and on how it is read: this code, gates.fold's
    # and re's parser.
    from translator_gui.core.checks import gates

    return [Path(__file__).read_bytes(), Path(gates.__file__).read_bytes(),
            Path(sre_parse.__file__).read_bytes()]


def _make() -> list[tuple[tuple[str, int], list[list[str]]]]:
    """The needs of every pattern of the calque tables."""
    from translator_gui.core.checks.calques import calques
    from translator_gui.core.checks.calques_en import english_calques

    patterns: list[LazyPattern] = [c.pattern for c in calques()]
    for calque in english_calques():
        patterns += [calque.pattern] + ([calque.source] if calque.source is not None else [])
    return [((p.pattern, p.flags), [list(need) for need in read_needs(p.pattern, p.flags)])
            for p in patterns]


NEEDS = built.register(built.Table("gate-needs", _sources, _make))
