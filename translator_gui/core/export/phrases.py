"""Differences between a draft and its correction as phrases, the way Word's Compare shows them.

A word diff marks "~~global~~Global ~~initiative~~Governance ~~of global governance~~Initiative":
every changed word is its own revision, cut apart by the single spaces they share. A reader
wants one change: "~~global initiative of global governance~~Global Governance Initiative".
This is diff-match-patch's semantic cleanup (diff_cleanupSemantic's equality elimination),
done on word tokens: an unchanged stretch no longer than the changes on both its sides is
folded into them, and touching changes become one replacement. Unchanged text the caller
protects (a hyperlink's words, a field result) is never folded: a phrase would delete the
link or the field and write its words back as plain text.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

# Word, space and punctuation tokens: the unit of every diff of the export.
TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)
EQUAL, DELETE, INSERT = 0, -1, 1
KEPT = 2  # an unchanged stretch that must stay unchanged (protected by the caller)

Diff = list[tuple[int, str]]


def token_diff(old: str, new: str) -> Diff:
    """(operation, text) pairs over word, space and punctuation tokens."""
    old_tokens, new_tokens = TOKEN.findall(old), TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    diffs: Diff = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            diffs.append((EQUAL, "".join(old_tokens[i1:i2])))
            continue
        if i2 > i1:
            diffs.append((DELETE, "".join(old_tokens[i1:i2])))
        if j2 > j1:
            diffs.append((INSERT, "".join(new_tokens[j1:j2])))
    return diffs


def cleanup_semantic(diffs: Diff) -> Diff:
    """Fold short unchanged stretches between changes into them (diff_cleanupSemantic's
    first pass): an equality goes when it is no longer than the larger side of the changes
    before it and of the changes after it, and the pass repeats until nothing goes."""
    diffs = merge(diffs)
    changed = True
    while changed:
        changed = False
        equalities: list[int] = []  # indices of the equalities seen, a stack
        last_equality: str | None = None
        pointer = 0
        inserted_before = deleted_before = inserted_after = deleted_after = 0
        while pointer < len(diffs):
            operation, text = diffs[pointer]
            if operation == KEPT:  # nothing folds across it
                equalities.clear()
                last_equality = None
                inserted_before = deleted_before = inserted_after = deleted_after = 0
            elif operation == EQUAL:
                equalities.append(pointer)
                inserted_before, deleted_before = inserted_after, deleted_after
                inserted_after = deleted_after = 0
                last_equality = text
            else:
                if operation == INSERT:
                    inserted_after += len(text)
                else:
                    deleted_after += len(text)
                if (last_equality is not None
                        and len(last_equality) <= max(inserted_before, deleted_before)
                        and len(last_equality) <= max(inserted_after, deleted_after)):
                    at = equalities.pop()
                    diffs[at] = (DELETE, last_equality)
                    diffs.insert(at + 1, (INSERT, last_equality))
                    if equalities:  # the previous equality may now be foldable too
                        equalities.pop()
                    pointer = equalities[-1] if equalities else -1
                    inserted_before = deleted_before = inserted_after = deleted_after = 0
                    last_equality = None
                    changed = True
            pointer += 1
        if changed:
            diffs = merge(diffs)
    return diffs


def merge(diffs: Diff) -> Diff:
    """Touching changes become one deletion then one insertion; touching equalities one."""
    merged: Diff = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted:
            merged.append((DELETE, "".join(deleted)))
        if inserted:
            merged.append((INSERT, "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for operation, text in diffs:
        if not text:
            continue
        if operation == DELETE:
            deleted.append(text)
        elif operation == INSERT:
            inserted.append(text)
        else:
            flush()
            if merged and merged[-1][0] == operation:
                merged[-1] = (operation, merged[-1][1] + text)
            else:
                merged.append((operation, text))
    flush()
    return merged


def protect(diffs: Diff, protected: Sequence[tuple[int, int]]) -> Diff:
    """The diff with the unchanged text inside the protected spans of `old` marked KEPT."""
    if not protected:
        return diffs
    spans = sorted(protected)
    marked: Diff = []
    at = 0
    for operation, text in diffs:
        if operation != EQUAL:
            marked.append((operation, text))
            at += len(text) if operation == DELETE else 0
            continue
        start, end = at, at + len(text)
        cuts = {start, end}
        for left, right in spans:
            if left < end and right > start:
                cuts.update((max(left, start), min(right, end)))
        bounds = sorted(cuts)
        for left, right in zip(bounds, bounds[1:], strict=False):
            inside = any(a <= left and right <= b for a, b in spans)
            marked.append((KEPT if inside else EQUAL, text[left - start:right - start]))
        at = end
    return marked


def word_diff(old: str, new: str) -> list[tuple[int, int, str]]:
    """Word-level differences as (start, end, replacement) spans of `old` (whitespace is a token)."""
    return spans(token_diff(old, new)) if old != new else []


def phrase_diff(old: str, new: str,
                protected: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """Phrase-level differences as (start, end, replacement) spans of `old`; unchanged text in
    the `protected` spans of `old` is never folded into a change."""
    if old == new:
        return []
    return spans(cleanup_semantic(protect(token_diff(old, new), protected)))


def spans(diffs: Diff) -> list[tuple[int, int, str]]:
    """A diff as (start, end, replacement) spans of its old text, touching changes joined."""
    edits: list[tuple[int, int, str]] = []
    at = 0
    pending: tuple[int, int, str] | None = None
    for operation, text in diffs:
        if operation in (EQUAL, KEPT):
            if pending is not None:
                edits.append(pending)
                pending = None
            at += len(text)
            continue
        start, end, replacement = pending if pending is not None else (at, at, "")
        if operation == DELETE:
            end += len(text)
            at += len(text)
        else:
            replacement += text
        pending = (start, end, replacement)
    if pending is not None:
        edits.append(pending)
    return edits
