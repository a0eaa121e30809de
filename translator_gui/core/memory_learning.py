"""Word-level differences: what a reviewer changed from draft to corrected text, and the
corrections that carry over to new drafts (the index the `memory-correction` check reads).

Qt-free and database-free: the translation memory (core/memory.py) stores what these
functions extract, and builds a CorrectionTable from its counts.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

# A word (letters/digits, with inner apostrophes or hyphens: aujourd'hui, well-known) or one
# punctuation mark. Spaces are never tokens, so a diff never turns on spacing alone.
_TOKEN = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]")
_WORDLIKE = re.compile(r"\w")

# A learnt edit is short: longer changed stretches are rewrites, not a habit that carries over.
MAX_OLD_TOKENS = 4
MAX_NEW_TOKENS = 6
# Below this similarity the segment was retranslated rather than corrected: learn nothing.
MIN_SEGMENT_SIMILARITY = 0.5
# A one-word correction ("took" -> "taken" after "has", "the" -> "a") is carried over only
# next to a neighbour it was made next to: the same word is often right elsewhere ("He took
# the train"). Corrections of several words carry their context in themselves.


def token_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(text)]


def words_key(text: str) -> str:
    """The key a stretch of words is remembered by: its tokens, lowercased, one space apart."""
    return " ".join(m.group().lower() for m in _TOKEN.finditer(text))


def is_word(token: str) -> bool:
    return bool(_WORDLIKE.search(token))


@dataclass(frozen=True)
class DiffPart:
    """One stretch of a word-level diff: `old` in the first text, `new` in the second.

    kind is "equal", "replace", "delete" (words only in the first text) or "insert" (only in
    the second); the offsets are Python string offsets into each text.
    """

    kind: str
    old: str
    new: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "old": self.old, "new": self.new,
                "old_span": [self.old_start, self.old_end],
                "new_span": [self.new_start, self.new_end]}


def _span(spans: list[tuple[int, int]], first: int, last: int, length: int) -> tuple[int, int]:
    if first < last:
        return spans[first][0], spans[last - 1][1]
    at = spans[first][0] if first < len(spans) else length
    return at, at


def _opcodes(old: str, new: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]],
                                            list[tuple[str, int, int, int, int]], float]:
    a, b = token_spans(old), token_spans(new)
    matcher = SequenceMatcher(None, [old[s:e] for s, e in a], [new[s:e] for s, e in b],
                              autojunk=False)
    opcodes: list[tuple[str, int, int, int, int]] = list(matcher.get_opcodes())
    return a, b, opcodes, matcher.ratio()


def word_diff(old: str, new: str) -> list[DiffPart]:
    """The word-level diff of two texts, for highlighting what differs."""
    a, b, opcodes, _ratio = _opcodes(old, new)
    parts = []
    for tag, i1, i2, j1, j2 in opcodes:
        os_, oe = _span(a, i1, i2, len(old))
        ns, ne = _span(b, j1, j2, len(new))
        parts.append(DiffPart(tag, old[os_:oe], new[ns:ne], os_, oe, ns, ne))
    return parts


@dataclass(frozen=True)
class WordEdit:
    """A change the reviewer made: these draft words became those, between two neighbours."""

    old: str
    new: str
    left: str = ""
    right: str = ""

    @property
    def key(self) -> str:
        return words_key(self.old)

    @property
    def only_case_or_punctuation(self) -> bool:
        return _letters(self.old) == _letters(self.new)


def _letters(text: str) -> str:
    return "".join(ch.lower() for ch in text if ch.isalnum())


def word_edits(draft: str, corrected: str) -> list[WordEdit]:
    """The short word-level edits from a draft to its corrected text.

    A pure insertion or deletion is widened by one unchanged neighbouring word, so that every
    edit has draft words to recognise later ("in the Paris" -> "in Paris" gives "the Paris"
    -> "Paris"). Rewrites (long changed stretches, or a segment mostly retranslated) teach
    nothing and are skipped.
    """
    if not draft or not corrected or draft == corrected:
        return []
    a, b, opcodes, ratio = _opcodes(draft, corrected)
    if ratio < MIN_SEGMENT_SIMILARITY:
        return []
    edits = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        if i1 == i2 or j1 == j2:  # insertion or deletion: borrow an unchanged neighbour
            if i2 < len(a) and j2 < len(b) and is_word(draft[a[i2][0]:a[i2][1]]):
                i2, j2 = i2 + 1, j2 + 1
            elif i1 > 0 and j1 > 0:
                i1, j1 = i1 - 1, j1 - 1
            else:
                continue
        if i2 - i1 > MAX_OLD_TOKENS or j2 - j1 > MAX_NEW_TOKENS:
            continue
        old = draft[a[i1][0]:a[i2 - 1][1]]
        new = corrected[b[j1][0]:b[j2 - 1][1]]
        if not any(is_word(draft[s:e]) for s, e in a[i1:i2]) or old == new:
            continue
        left = draft[a[i1 - 1][0]:a[i1 - 1][1]].lower() if i1 > 0 else ""
        right = draft[a[i2][0]:a[i2][1]].lower() if i2 < len(a) else ""
        edits.append(WordEdit(old, new, left, right))
    return edits


def kept_keys(draft: str, corrected: str, known: set[str] | frozenset[str]) -> set[str]:
    """Keys of remembered corrections whose draft words the reviewer left unchanged here."""
    if not known or not draft:
        return set()
    a, _b, opcodes, _ratio = _opcodes(draft, corrected)
    lowered = [draft[s:e].lower() for s, e in a]
    kept = set()
    for tag, i1, i2, _j1, _j2 in opcodes:
        if tag != "equal":
            continue
        for start in range(i1, i2):
            for length in range(1, MAX_OLD_TOKENS + 1):
                if start + length > i2:
                    break
                key = " ".join(lowered[start:start + length])
                if key in known:
                    kept.add(key)
    return kept


@dataclass(frozen=True)
class Correction:
    """A remembered correction: `old` words became `new` `count` times (kept `kept` times)."""

    old: str
    new: str
    count: int
    kept: int = 0
    contexts: frozenset[str] = field(default_factory=frozenset)  # neighbouring words seen

    @property
    def key(self) -> str:
        return words_key(self.old)

    @property
    def only_case_or_punctuation(self) -> bool:
        return _letters(self.old) == _letters(self.new)

    def qualifies(self, min_count: int) -> bool:
        """Learnt, not noise: seen often enough, and more often than the words were kept.
        A change of case or punctuation only counts when the reviewer never kept the old form."""
        if self.count < min_count:
            return False
        if self.only_case_or_punctuation:
            return self.kept == 0
        return self.count > self.kept


@dataclass(frozen=True)
class CorrectionMatch:
    start: int
    end: int
    correction: Correction
    replacement: str


class CorrectionTable:
    """The corrections of one language pair, indexed to find their draft words in a text."""

    def __init__(self, corrections: Iterable[Correction], min_count: int = 2) -> None:
        best: dict[str, Correction] = {}
        tied: set[str] = set()
        for correction in corrections:
            if not correction.qualifies(min_count):
                continue
            key = correction.key
            other = best.get(key)
            if other is None or correction.count > other.count:
                best[key] = correction
                tied.discard(key)
            elif correction.count == other.count:
                tied.add(key)  # the reviewer went both ways as often: no lesson to draw
        self._by_key = {k: c for k, c in best.items() if k not in tied}
        self._longest = max((len(k.split(" ")) for k in self._by_key), default=0)

    def __len__(self) -> int:
        return len(self._by_key)

    def __iter__(self) -> Iterable[Correction]:  # type: ignore[override]
        return iter(self._by_key.values())

    def find(self, text: str) -> list[CorrectionMatch]:
        """Where remembered draft words occur in `text`, whole words, longest first."""
        if not self._by_key:
            return []
        spans = token_spans(text)
        lowered = [text[s:e].lower() for s, e in spans]
        found = []
        index = 0
        while index < len(spans):
            matched = 0
            for length in range(min(self._longest, len(spans) - index), 0, -1):
                correction = self._by_key.get(" ".join(lowered[index:index + length]))
                if correction is None:
                    continue
                start, end = spans[index][0], spans[index + length - 1][1]
                if not self._in_context(correction, lowered, index, length):
                    continue
                replacement = adapt_case(text[start:end], correction)
                if replacement is None or replacement == text[start:end]:
                    continue
                if _doubles_neighbour(replacement, lowered, index, length):
                    continue
                found.append(CorrectionMatch(start, end, correction, replacement))
                matched = length
                break
            index += matched or 1
        return found

    @staticmethod
    def _in_context(correction: Correction, lowered: list[str], index: int, length: int) -> bool:
        if " " in correction.key:
            return True
        left = lowered[index - 1] if index > 0 else ""
        right = lowered[index + length] if index + length < len(lowered) else ""
        return bool({f"<{left}", f">{right}"} & correction.contexts)


def adapt_case(found: str, correction: Correction) -> str | None:
    """The remembered new words in the case of the words found; None when it cannot be told."""
    old, new = correction.old, correction.new
    if found == old:
        return new
    if correction.only_case_or_punctuation:
        return None  # a change of case is about this exact form only
    if len(found) > 1 and found.isupper() and not old.isupper():
        return new.upper()
    if found[1:] == old[1:] and found[:1].lower() == old[:1].lower():
        if found[:1].isupper():
            return new[:1].upper() + new[1:]
        return new[:1].lower() + new[1:]
    if found.lower() == old.lower():
        return new  # mixed case inside the words: the reviewer's form as remembered
    return None


def _doubles_neighbour(replacement: str, lowered: list[str], index: int, length: int) -> bool:
    words = [m.group().lower() for m in _TOKEN.finditer(replacement)]
    if not words:
        return False
    before = lowered[index - 1] if index > 0 else None
    after = lowered[index + length] if index + length < len(lowered) else None
    return (is_word(words[0]) and words[0] == before) or (is_word(words[-1]) and words[-1] == after)


def learn(pairs: Iterable[tuple[str, str]]) -> list[Correction]:
    """The corrections taught by (draft, corrected) pairs, in the order they were confirmed
    (the same counting as the memory file: an edit counts once per segment)."""
    seen: dict[tuple[str, str], list[WordEdit]] = {}
    kept: dict[str, int] = {}
    for draft, corrected in pairs:
        edits = word_edits(draft, corrected)
        for edit in edits:
            seen.setdefault((edit.key, edit.new), []).append(edit)
        for key in kept_keys(draft, corrected, {k for k, _n in seen}):
            kept[key] = kept.get(key, 0) + 1
    result = []
    for (key, new), edits in seen.items():
        old = max({e.old for e in edits}, key=[e.old for e in edits].count)
        contexts = frozenset([f"<{e.left}" for e in edits] + [f">{e.right}" for e in edits])
        result.append(Correction(old, new, len(edits), kept.get(key, 0), contexts))
    return result


class LearntCorrections:
    """A memory of corrections only, learnt from (draft, corrected) pairs held in memory: what
    the check reads when there is no memory file (a check's own examples, a batch pipeline)."""

    def __init__(self, pairs: Iterable[tuple[str, str]], source_language: str = "fr",
                 target_language: str = "en", min_count: int = 2) -> None:
        self.languages = (source_language, target_language)
        self.table = CorrectionTable(learn(pairs), min_count)

    def corrections(self, source_language: str, target_language: str) -> CorrectionTable:
        if (source_language, target_language) != self.languages:
            return CorrectionTable(())
        return self.table


def apply_everywhere(targets: Iterable[tuple[int, str]], correction: Correction
                     ) -> list[tuple[int, str]]:
    """[(segment id, new target)] for every target holding the correction's draft words, with
    the same safety as the check (whole words, case kept, no doubled neighbour)."""
    table = CorrectionTable([Correction(correction.old, correction.new, max(1, correction.count),
                                       0, correction.contexts)], min_count=1)
    changes = []
    for segment_id, text in targets:
        matches = table.find(text)
        if not matches:
            continue
        for match in reversed(matches):
            text = text[:match.start] + match.replacement + text[match.end:]
        changes.append((segment_id, text))
    return changes


GLOSSARY_FILE = "memory-glossary.tsv"


def append_glossary_entry(path: str | os.PathLike[str], source: str, target: str,
                          deprecated: str, target_language: str) -> None:
    """Add `target` (and `deprecated` as its deprecated form) to a TSV glossary the termbase
    reads (columns source, target, <target language>_deprecated), creating it if needed."""
    from pathlib import Path

    path = Path(path)
    header = f"source\ttarget\t{target_language}_deprecated\n"
    clean = [v.replace("\t", " ").replace("\n", " ").strip() for v in (source, target, deprecated)]
    path.parent.mkdir(parents=True, exist_ok=True)
    exists = path.is_file() and path.stat().st_size > 0
    with path.open("a", encoding="utf-8", newline="") as out:
        if not exists:
            out.write(header)
        out.write("\t".join(clean) + "\n")
