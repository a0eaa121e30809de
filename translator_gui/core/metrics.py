"""Post-edit distance (sacrebleu chrF and TER between draft and corrected target) and MQM scores.

The draft is scored as the hypothesis against the corrected target as the reference, so a
segment nobody touched scores chrF 100 / TER 0 and the figures say how much post-editing the
machine translation needed. Sentence statistics are cached per (draft, target) pair: the window
recomputes document figures after every keystroke, and only the edited segment is new work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from translator_gui.core.cancel import CancelCheck, stop_if
from translator_gui.core.model import ReviewDocument

# MQM penalty points per severity (neutral issues are recorded but cost nothing).
MQM_PENALTIES: dict[str, int] = {"neutral": 0, "minor": 1, "major": 5, "critical": 25}
# Default pass mark: at most this many penalty points per 1,000 words (an MQM score of 99).
DEFAULT_MQM_THRESHOLD = 10.0



@lru_cache(maxsize=1)
def _scorers() -> tuple[Any, Any]:
    """sacrebleu's chrF and TER, imported on first use: importing sacrebleu (and the file
    locking and metadata modules it pulls in) cost the window's start a noticeable part of a
    second before any distance is shown."""
    from sacrebleu.metrics import CHRF, TER

    return CHRF(), TER()
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


@lru_cache(maxsize=1 << 16)
def _pair_statistics(draft: str, target: str) -> tuple[tuple[Any, ...], tuple[float, float]]:
    # sacrebleu's own per-sentence statistics, so corpus scores sum them exactly as it does.
    if draft == target:
        return _unchanged_statistics(target)
    chrf, ter = _scorers()
    chrf_stats = chrf._extract_corpus_statistics([draft], [[target]])[0]
    ter_stats = ter._extract_corpus_statistics([draft], [[target]])[0]
    return tuple(chrf_stats), (float(ter_stats[0]), float(ter_stats[1]))


def _unchanged_statistics(text: str) -> tuple[tuple[Any, ...], tuple[float, float]]:
    # Most segments are never touched; their statistics are just n-gram counts (every n-gram
    # matches, no edit), which costs a fraction of a full sacrebleu pass.
    chrf, ter = _scorers()
    characters = len("".join(text.split()))
    chrf_stats: list[int] = []
    for order in range(1, chrf.char_order + 1):
        count = max(0, characters - order + 1)
        chrf_stats += [count, count, count]
    words = text.split()
    for order in range(1, chrf.word_order + 1):
        count = max(0, len(words) - order + 1)
        chrf_stats += [count, count, count]
    return tuple(chrf_stats), (0.0, float(len(ter.tokenizer(text).split())))


def segment_distance(draft: str, target: str) -> tuple[float, float]:
    """(chrF, TER) of the draft against the corrected target: (100, 0) when nothing changed."""
    if draft == target:
        return 100.0, 0.0
    if not draft.strip() or not target.strip():
        # One side is empty: everything was deleted or written from scratch.
        return 0.0, 100.0
    chrf_stats, ter_stats = _pair_statistics(draft, target)
    chrf_scorer, ter_scorer = _scorers()
    chrf = chrf_scorer._compute_score_from_stats(list(chrf_stats)).score
    ter = ter_scorer._compute_score_from_stats(list(ter_stats)).score
    return float(chrf), float(ter)


def corpus_distance(pairs: Iterable[tuple[str, str]],
                    cancelled: CancelCheck | None = None) -> tuple[float, float]:
    """Corpus-level (chrF, TER) over (draft, target) pairs, as sacrebleu's corpus scores.
    `cancelled` is asked between pairs (a window's worker also gives way to it there)."""
    pairs = list(pairs)
    if all(draft == target for draft, target in pairs):
        # nothing post-edited yet (a document just opened): no statistics to gather
        return 100.0, 0.0
    chrf_total: list[float] | None = None
    edits = reference_words = 0.0
    any_text = False
    all_equal = True
    for draft, target in pairs:
        if not draft and not target:
            continue
        if draft != target:
            stop_if(cancelled)  # a pair not measured yet costs a sacrebleu pass
        any_text = True
        all_equal = all_equal and draft == target
        chrf_stats, (pair_edits, pair_words) = _pair_statistics(draft, target)
        if chrf_total is None:
            chrf_total = [float(x) for x in chrf_stats]
        else:
            for i, value in enumerate(chrf_stats):
                chrf_total[i] += value
        edits += pair_edits
        reference_words += pair_words
    if not any_text or all_equal or chrf_total is None:
        return 100.0, 0.0
    # sacrebleu types the statistics as int counts; sums of counts as floats score the same
    chrf_scorer, ter_scorer = _scorers()
    chrf = chrf_scorer._compute_score_from_stats(cast(list[int], chrf_total)).score
    ter = ter_scorer._compute_score_from_stats([edits, reference_words]).score
    return float(chrf), float(ter)


def document_distance(document: ReviewDocument) -> tuple[float, float]:
    """Corpus-level (chrF, TER) between every segment's draft and its current target."""
    return corpus_distance((s.draft, s.target) for s in document.segments)


def segment_distances(document: ReviewDocument) -> list[tuple[float, float]]:
    """(chrF, TER) per segment, in document order."""
    return [segment_distance(s.draft, s.target) for s in document.segments]


def word_count(text: str) -> int:
    """Words as MQM counts them: runs of letters or digits, hyphen/apostrophe compounds as one."""
    return len(_WORD.findall(text))


def document_word_count(document: ReviewDocument, side: str = "source") -> int:
    """Words on one side of the document ("source", "target" or "draft")."""
    if side == "draft":
        return sum(word_count(s.draft) for s in document.segments)
    return sum(word_count(s.text(side)) for s in document.segments)


@dataclass(frozen=True)
class MqmScore:
    """An MQM evaluation: penalty points, normalised per 1,000 words, and the verdict."""

    penalty_points: float
    word_count: int
    penalty_per_1000: float
    score: float  # 100 minus penalty points per 100 words (MQM-DQF style), floored at 0
    threshold: float  # maximum penalty points per 1,000 words that still pass
    passed: bool
    counts: dict[str, int]  # issues per severity

    def to_json(self) -> dict[str, Any]:
        return {"penalty_points": self.penalty_points, "word_count": self.word_count,
                "penalty_per_1000": round(self.penalty_per_1000, 3),
                "score": round(self.score, 3), "threshold": self.threshold,
                "passed": self.passed, "counts": dict(self.counts)}


def _severity_name(issue: Any) -> str:
    severity = getattr(issue, "severity", issue)
    return str(getattr(severity, "value", severity))


def mqm_score(issues: Sequence[Any] | Iterable[Any], word_count: int,
              threshold: float = DEFAULT_MQM_THRESHOLD) -> MqmScore:
    """Score the issues that count (open ones) against the evaluated word count.

    Penalties: neutral 0, minor 1, major 5, critical 25. Passes when the penalty per
    1,000 words is at most `threshold`.
    """
    counts = {name: 0 for name in MQM_PENALTIES}
    points = 0.0
    for issue in issues:
        name = _severity_name(issue)
        counts[name] = counts.get(name, 0) + 1
        points += MQM_PENALTIES.get(name, 0)
    words = max(0, int(word_count))
    if words:
        per_1000 = points * 1000.0 / words
        score = max(0.0, 100.0 - points * 100.0 / words)
    else:
        per_1000 = 0.0 if points == 0 else float("inf")
        score = 100.0 if points == 0 else 0.0
    return MqmScore(points, words, per_1000, score, float(threshold),
                    per_1000 <= threshold, counts)


def document_mqm(document: ReviewDocument, open_issues: Iterable[Any],
                 threshold: float = DEFAULT_MQM_THRESHOLD) -> MqmScore:
    """MQM of a document: its open issues against its source word count (the target's when
    there is no source, e.g. a lone draft being checked)."""
    words = document_word_count(document, "source") or document_word_count(document, "target")
    return mqm_score(list(open_issues), words, threshold)
