"""A table's gates (checks/gates.py) tried on a text in one pass: which of its patterns may match.

Kept apart from gates.py: the gates prepared at install are named by that module's code, and
this index reads gates, it does not make them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

_GRAM = 3
# A tree of letters: each letter's continuations, "" (an empty node) where a string ends
_Tree = dict[str, "_Tree"]
# An index of this many beginnings or fewer looks for each in the text instead.
_FEW_GRAMS = 32


class GateIndex:
    """The gates of a whole table, tried on a text in one pass: which patterns `opens` lets
    through, found by reading the text once for every gate string (_make_finder) instead of
    testing every pattern's strings in turn: some 110 patterns a text, few of whose strings
    are in it. A table of a few three-letter beginnings looks for those in the text, and
    tests the strings of those it holds."""

    def __init__(self, gates: Iterable[tuple[str, ...] | None]) -> None:
        self._always: set[int] = set()
        by_string: dict[str, set[int]] = {}
        for number, words in enumerate(gates):
            if words is None:
                self._always.add(number)
                continue
            for word in words:
                by_string.setdefault(word, set()).add(number)
        # three-letter beginning -> (gate string, the patterns it opens); shorter strings
        # (of two letters: MIN_GATE_LENGTH) are tested on their own
        self._by_gram: dict[str, list[tuple[str, set[int]]]] = {}
        self._short: list[tuple[str, set[int]]] = []
        for word, numbers in by_string.items():
            if len(word) < _GRAM:
                self._short.append((word, numbers))
            else:
                self._by_gram.setdefault(word[:_GRAM], []).append((word, numbers))
        self._grams = frozenset(self._by_gram)
        # (findall of the table's finder, the patterns each string found opens), made when a
        # text is first read through it
        self._finder: tuple[Callable[[str], list[str]], dict[str, frozenset[int]]] | None = None

    def open(self, folded: str) -> set[int]:
        """The numbers of the patterns whose gate opens on the text folded as `folded`
        (those `opens` lets through)."""
        found = set(self._always)
        if len(self._grams) <= _FEW_GRAMS:
            # (the negation tables: a few beginnings, each looked for, cost less than
            # reading the text through a finder)
            for gram in self._grams:
                if gram in folded:
                    for word, numbers in self._by_gram[gram]:
                        if word in folded:
                            found |= numbers
            for word, numbers in self._short:
                if word in folded:
                    found |= numbers
            return found
        find, opened_by = self._finder or self._make_finder()
        found.update(*map(opened_by.__getitem__, find(folded)))
        return found

    def _make_finder(self) -> tuple[Callable[[str], list[str]], dict[str, frozenset[int]]]:
        """The table's gate strings read off a text in one pass (string_finder). Reading the
        text's three-letter pieces and testing the strings they begin cost twice as much (a
        set of some 130 pieces a text, and 90 strings tested, for 10 in it)."""
        strings = {word: numbers for entries in [*self._by_gram.values(), [*self._short]]
                   for word, numbers in entries}
        self._finder = string_finder(strings)
        return self._finder


def string_finder(strings: Mapping[str, Iterable[int]], before: str = ""
                  ) -> tuple[Callable[[str], list[str]], dict[str, frozenset[int]]]:
    """Non-empty strings, each standing for some numbers, read off a text in one pass of the
    regular expression engine: findall of a lookahead at each place of the text (that passes
    `before`, a look-behind: where a word begins, say) holding the longest string that starts
    there (the strings as a tree of their letters, a longer string tried before its
    beginning); and for each string the numbers of it and of every string it begins with
    (the strings at a place all begin the longest one there)."""
    if not strings:
        return _found_nowhere, {}
    tree: _Tree = {}
    for word in strings:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}  # a string ends here
    return re.compile(f"{before}(?=({_alternatives(tree)}))").findall, _OpenedBy(strings)


class _OpenedBy(dict[str, frozenset[int]]):
    """string_finder's numbers of each string, worked out when a text first holds it: a table
    is read off the first texts before a document's check forks, and most of its strings
    (1,757 beginnings of the English false friends' words) are in no text."""

    def __init__(self, strings: Mapping[str, Iterable[int]]) -> None:
        super().__init__()
        self._strings = strings

    def __missing__(self, word: str) -> frozenset[int]:
        strings = self._strings
        found = self[word] = frozenset().union(*(
            strings[word[:end]] for end in range(len(word) + 1) if word[:end] in strings))
        return found


def _found_nowhere(text: str) -> list[str]:
    return []


def _alternatives(tree: _Tree) -> str:
    """A regular expression of the strings of a tree of letters (each node a letter's
    continuations, "" where a string ends), the longest first: the continuations, then the
    end."""
    branches = [(letter if letter.isalnum() else re.escape(letter)) + _alternatives(node)
                for letter, node in sorted(tree.items()) if letter]
    if "" in tree:
        branches.append("")
    if len(branches) <= 1:
        return "".join(branches)
    return f"(?:{'|'.join(branches)})"
