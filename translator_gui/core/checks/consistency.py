"""Consistency across the document, as Xbench checks it: one source translated several ways, one
translation standing for several sources, and a termbase term rendered two ways.

Segments are compared on a normalized text (case, spacing and punctuation ignored, numbers
masked) grouped by hash, so a document of n segments costs O(n). `consistency_groups` gives
the same groups to the window's Consistency view.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from translator_gui.core.cancel import CancelCheck, stop_if
from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    SegmentContext,
    Severity,
    register,
)
from translator_gui.core.checks.text import termbase
from translator_gui.core.model import ReviewDocument
from translator_gui.core.termbase import ACCEPTED, Termbase, is_acronym, tokenize

_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_WORD_RUN = re.compile(r"[^\W_]+")
_POLL = 16  # segments between two polls of `cancelled`
INCONSISTENT_TARGET = "inconsistent-target"
INCONSISTENT_SOURCE = "inconsistent-source"
TERM_INCONSISTENT = "term-inconsistent"


@lru_cache(maxsize=1 << 16)
def normalized(text: str) -> str:
    """The text as consistency compares it: casefolded, punctuation dropped, spaces collapsed,
    every number replaced by '0'. Kept per text: the document pass and the Consistency view
    read every segment again after each edit, and only the edited texts are new."""
    # (the runs of word characters between what is dropped, joined by one space: what
    # replacing every run of other characters by a space and collapsing the spaces leaves)
    return " ".join(_WORD_RUN.findall(_NUMBER.sub("#", unicodedata.normalize(
        "NFC", text)).replace("#", "0"))).casefold()


def _has_words(key: str) -> bool:
    return any(c.isalpha() for c in key)


@dataclass
class ConsistencyGroup:
    """Segments that should read alike: `kind` is the check id, `indices` the segments (0-based
    positions in the document), `variants` their distinct normalized texts on the side that
    differs (`side`), keyed to the positions using each."""

    kind: str
    side: str  # the side whose texts differ: "target" for inconsistent-target
    indices: list[int]
    variants: dict[str, list[int]] = field(default_factory=dict)
    term: str = ""  # term-inconsistent: the source term


def _groups_by(document: ReviewDocument, key_side: str, kind: str,
               cancelled: CancelCheck | None = None) -> list[ConsistencyGroup]:
    other = "target" if key_side == "source" else "source"
    buckets: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, segment in enumerate(document.segments):
        if not index % _POLL:
            stop_if(cancelled)
        key, value = normalized(segment.text(key_side)), normalized(segment.text(other))
        if not _has_words(key) or not _has_words(value):
            continue
        buckets[key][value].append(index)
    groups = []
    for variants in buckets.values():
        if len(variants) > 1:
            indices = sorted(i for members in variants.values() for i in members)
            groups.append(ConsistencyGroup(kind, other, indices, dict(variants)))
    return sorted(groups, key=lambda g: g.indices[0])


# Bundled entries whose accepted forms alternate in good running text: a country's short and
# formal names ("the United States", "America"), regions ("Middle East", "Mideast"), and the
# generic offices of any government ("Interior Ministry", "Ministry of the Interior").
_FREE_DOMAINS = frozenset({"place", "nationality", "government", "currency"})


def _term_groups(document: ReviewDocument, terms: Termbase,
                 cancelled: CancelCheck | None = None) -> list[ConsistencyGroup]:
    """Per termbase entry found in the sources: the accepted target forms used for it.

    A rendering counts only where it is the segment's one rendering of the entry (a target with
    both "United States" and "America's" tells nothing about which one stands for the term);
    forms of the same words (asylum seeker, asylum-seeker; Organisation, Organization) are one.
    """
    used: dict[str, dict[tuple[str, ...], list[int]]] = defaultdict(lambda: defaultdict(list))
    shown: dict[tuple[str, tuple[str, ...]], str] = {}
    names: dict[str, str] = {}
    source_language, target_language = document.source_language, document.target_language
    for index, segment in enumerate(document.segments):
        if not index % _POLL:
            stop_if(cancelled)
        if not segment.source.strip() or not segment.target.strip():
            continue
        entries = {m.entry.id: m for m in terms.find(segment.source, source_language,
                                                     statuses=ACCEPTED)}
        if not entries:
            continue
        renderings: dict[str, dict[tuple[str, ...], str]] = defaultdict(dict)
        for match in terms.find(segment.target, target_language, statuses=ACCEPTED):
            if match.entry.domain in _FREE_DOMAINS and match.entry.origin == "bundled":
                continue
            if match.entry.id in entries and not is_acronym(match.form):
                keys = tuple(t.key for t in tokenize(match.form))
                renderings[match.entry.id][keys] = match.form
        for entry_id, forms in renderings.items():
            if len(forms) != 1:
                continue
            (keys, form), = forms.items()
            used[entry_id][keys].append(index)
            shown.setdefault((entry_id, keys), form)
            found = entries[entry_id]
            names.setdefault(entry_id, segment.source[found.start:found.end])
    groups = []
    for entry_id, by_keys in used.items():
        distinct = _distinct_forms(list(by_keys))
        if len(distinct) > 1:
            variants = {shown[(entry_id, keys)]: by_keys[keys] for keys in distinct}
            indices = sorted({i for members in variants.values() for i in members})
            groups.append(ConsistencyGroup(TERM_INCONSISTENT, "target", indices, variants,
                                           names[entry_id]))
    return sorted(groups, key=lambda g: g.indices[0])


def _distinct_forms(forms: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Forms (as word keys) that are really two renderings: a short form inside a longer one
    ("the Assembly", "the General Assembly") is a second mention, not an inconsistency."""
    return [form for form in forms
            if not any(other != form and _inside(form, other) for other in forms)]


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    if len(short) >= len(long):
        return False
    words = iter(long)
    return all(key in words for key in short)


def consistency_groups(document: ReviewDocument, terms: Termbase | None = None,
                       cancelled: CancelCheck | None = None) -> list[ConsistencyGroup]:
    """Every group of inconsistent segments, for the Consistency view (target, source, term).
    Raises `Cancelled` when `cancelled()` says stop (asked every few segments)."""
    groups = _groups_by(document, "source", INCONSISTENT_TARGET, cancelled)
    groups += _groups_by(document, "target", INCONSISTENT_SOURCE, cancelled)
    if terms is not None:
        groups += _term_groups(document, terms, cancelled)
    return groups


def _numbers(indices: Iterable[int], document: ReviewDocument, limit: int = 10) -> str:
    numbers = [str(document.segments[i].number) for i in indices]
    if len(numbers) > limit:
        return ", ".join(numbers[:limit]) + f" and {len(numbers) - limit} more"
    return ", ".join(numbers)


def _quote(text: str, limit: int = 80) -> str:
    text = text.strip()
    return f"« {text if len(text) <= limit else text[:limit - 1] + '…'} »"


def _whole(text: str) -> tuple[int, int]:
    """The span of a segment's text without its edge spaces."""
    start = len(text) - len(text.lstrip())
    return start, len(text.rstrip())


class _SegmentConsistency(Check):
    key_side = "source"
    scope = "document"
    whole_text = True  # two segments are the same text, or not
    category = "Terminology/Inconsistent use of terminology"
    severity = Severity.MINOR

    def check_document(self, document: ReviewDocument,
                       contexts: list[SegmentContext]) -> Iterator[tuple[int, Finding]]:
        for group in _groups_by(document, self.key_side, self.id):
            for value, members in group.variants.items():
                others = [i for i in group.indices if i not in members]
                texts = []
                for other_value, other_members in group.variants.items():
                    if other_value != value:
                        texts.append(document.segments[other_members[0]].text(group.side))
                for index in members:
                    text = document.segments[index].text(group.side)
                    start, end = _whole(text)
                    yield index, Finding(group.side, start, end, self._message(others, document,
                                                                                texts),
                                         hint="; ".join(_quote(t) for t in texts[:3]))

    def _message(self, others: list[int], document: ReviewDocument, texts: list[str]) -> str:
        raise NotImplementedError


@register
class InconsistentTarget(_SegmentConsistency):
    id = INCONSISTENT_TARGET
    name = "Same source, different translations"
    description = ("The same source sentence (ignoring case, spacing, punctuation and numbers) "
                   "is translated differently elsewhere in the document; every segment concerned "
                   "is flagged with the numbers of the others.")
    key_side = "source"
    bad_examples = (
        Example("Le Conseil a adopté la résolution.", "The Council passed the resolution.",
                others=(("Le Conseil a adopté la résolution.",
                         "The Council adopted the resolution."),),
                flags=('The Council passed the resolution.',)),
    )
    good_examples = (
        Example("Le Conseil a adopté la résolution 12.", "The Council adopted resolution 12.",
                others=(("Le Conseil a adopté la résolution 7 !",
                         "the council adopted resolution 7"),)),
    )

    def _message(self, others: list[int], document: ReviewDocument, texts: list[str]) -> str:
        plural = "s" if len(others) > 1 else ""
        return (f"The same source is translated differently in segment{plural} "
                f"{_numbers(others, document)}: {_quote(texts[0])}.")


@register
class InconsistentSource(_SegmentConsistency):
    id = INCONSISTENT_SOURCE
    name = "Same translation, different sources"
    description = ("One translation stands for different source sentences elsewhere in the "
                   "document (one of them may be mistranslated); flagged on the source of every "
                   "segment concerned, with the numbers of the others.")
    key_side = "target"
    bad_examples = (
        Example("Le Conseil a rejeté la résolution.", "The Council adopted the resolution.",
                others=(("Le Conseil a adopté la résolution.",
                         "The Council adopted the resolution."),),
                flags=('Le Conseil a rejeté la résolution.',)),
    )
    good_examples = (
        Example("Le Conseil a adopté la résolution.", "The Council adopted the resolution.",
                others=(("Le Conseil a adopté la résolution.",
                         "The Council adopted the resolution."),)),
    )

    def _message(self, others: list[int], document: ReviewDocument, texts: list[str]) -> str:
        plural = "s" if len(others) > 1 else ""
        return (f"The same translation stands for a different source in segment{plural} "
                f"{_numbers(others, document)}: {_quote(texts[0])}.")


@register
class TermInconsistent(Check):
    id = TERM_INCONSISTENT
    whole_text = True
    name = "Term rendered two ways"
    description = ("A termbase or glossary term is rendered by two different accepted forms "
                   "across the document (an acronym, or a short form of a longer one, is a "
                   "second mention and passes).")
    category = "Terminology/Inconsistent use of terminology"
    severity = Severity.MINOR
    scope = "document"
    bad_examples = (
        Example("La Cour internationale de Justice a statué.", "The World Court ruled.",
                others=(("La Cour internationale de Justice a siégé.",
                         "The International Court of Justice sat."),), flags=('World Court',)),
    )
    good_examples = (
        Example("La Cour internationale de Justice a statué.", "The ICJ ruled.",
                others=(("La Cour internationale de Justice a siégé.",
                         "The International Court of Justice sat."),)),
        Example("L'Assemblée générale a voté.", "The General Assembly voted.",
                others=(("L'Assemblée générale des Nations Unies a siégé.",
                         "The United Nations General Assembly sat."),)),
    )

    def check_document(self, document: ReviewDocument,
                       contexts: list[SegmentContext]) -> Iterator[tuple[int, Finding]]:
        if not contexts:
            return
        terms = termbase(contexts[0])
        language = document.target_language
        for group in _term_groups(document, terms):
            for form, members in group.variants.items():
                others = {f: m for f, m in group.variants.items() if f != form}
                numbers = sorted({i for m in others.values() for i in m})
                other_forms = ", ".join(_quote(f) for f in others)
                keys = tuple(t.key for t in tokenize(form))
                for index in members:
                    target = document.segments[index].target
                    spans = set()
                    for match in terms.find(target, language, statuses=ACCEPTED):
                        if tuple(t.key for t in tokenize(match.form)) != keys or \
                                (match.start, match.end) in spans:
                            continue
                        spans.add((match.start, match.end))
                        yield index, Finding(
                            "target", match.start, match.end,
                            f"« {group.term} » is rendered {_quote(target[match.start:match.end])} "
                            f"here but {other_forms} in segment{'s' if len(numbers) > 1 else ''} "
                            f"{_numbers(numbers, document)}.",
                            hint="; ".join(others))


def make_all_like(document: ReviewDocument, group: ConsistencyGroup, chosen: str,
                  terms: Termbase | None = None) -> list[tuple[int, str]]:
    """"Make all like this one": the (segment id, new target) pairs that give every segment of
    the group the `chosen` variant — the whole target for inconsistent-target, the term's
    rendering for term-inconsistent; nothing for inconsistent-source (its targets agree)."""
    if group.kind == INCONSISTENT_TARGET:
        model = document.segments[group.variants[chosen][0]].target
        return [(document.segments[i].id, model) for value, members in group.variants.items()
                if value != chosen for i in members
                if document.segments[i].target != model]
    if group.kind != TERM_INCONSISTENT or terms is None:
        return []
    changes = []
    for form, members in group.variants.items():
        if form == chosen:
            continue
        keys = tuple(t.key for t in tokenize(form))
        for index in members:
            target = document.segments[index].target
            spans = sorted({(m.start, m.end) for m in terms.find(
                target, document.target_language, statuses=ACCEPTED)
                if tuple(t.key for t in tokenize(m.form)) == keys}, reverse=True)
            new = target
            for start, end in spans:
                new = new[:start] + chosen + new[end:]
            if new != target:
                changes.append((document.segments[index].id, new))
    return changes
