"""The review document: aligned segment pairs of source, original draft and corrected target.

One model is the spine of the program. Readers fill it, the window edits it, the checks read
it, the exporters write it back. Nothing else keeps a second copy of the text.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

# How many text edits a document remembers (ReviewDocument.texts_edited_since).
TEXT_EDIT_LOG = 256


class Status(str, Enum):
    DRAFT = "draft"  # untouched: the target is still the draft
    EDITED = "edited"  # the translator changed the target (or the source)
    CONFIRMED = "confirmed"  # the translator signed the segment off


class InputError(Exception):
    """A file the translator gave us cannot be used; the message names the file and the problem."""

    def __init__(self, path: str | None, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}" if path else problem)


@dataclass
class Paragraph:
    """One paragraph of a monolingual input, with where it lives in that file.

    `location` is JSON data the exporter understands, e.g. {"part": "body", "block": 3},
    {"part": "table", "block": 5, "row": 0, "cell": 1, "paragraph": 0} or
    {"part": "header", "section": 0, "kind": "default", "paragraph": 0}; plain text
    uses {"part": "line", "line": 12}.
    """

    text: str
    location: dict[str, Any] = field(default_factory=dict)
    style: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence as a character span of its paragraph: text = paragraphs[paragraph].text[start:end]."""

    paragraph: int
    start: int
    end: int


@dataclass
class InputText:
    """A monolingual input after reading and segmentation: what write-back needs to find its way."""

    path: str | None
    language: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    kind: str = "text"  # "text" or "docx"
    # {"sha256", "size"} of the file as read: export notices a file changed since.
    fingerprint: dict[str, Any] | None = None

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.paragraphs[sentence.paragraph].text[sentence.start : sentence.end]

    def sentence_texts(self) -> list[str]:
        return [self.sentence_text(i) for i in range(len(self.sentences))]

    def paragraph_ids(self) -> list[int]:
        return [s.paragraph for s in self.sentences]

    def join(self, indices: Sequence[int]) -> str:
        """The text of consecutive sentences as the reader saw it (inner spacing kept)."""
        if not indices:
            return ""
        parts: list[str] = []
        first = self.sentences[indices[0]]
        run_start = first
        previous = first
        for index in indices[1:]:
            sentence = self.sentences[index]
            if sentence.paragraph != previous.paragraph:
                parts.append(self.paragraphs[run_start.paragraph].text[run_start.start : previous.end])
                run_start = sentence
            previous = sentence
        parts.append(self.paragraphs[run_start.paragraph].text[run_start.start : previous.end])
        return " ".join(parts)


@dataclass
class Bead:
    """Which source sentences correspond to which draft sentences (0-based, contiguous)."""

    source: list[int]
    target: list[int]
    confidence: float = 1.0

    def to_json(self) -> dict[str, Any]:
        return {"source": list(self.source), "target": list(self.target),
                "confidence": round(float(self.confidence), 4)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Bead:
        return cls(list(data.get("source", [])), list(data.get("target", [])),
                   float(data.get("confidence", 1.0)))


@dataclass
class IgnoredIssue:
    """One occurrence of an issue the translator dismissed.

    Keyed on the flagged words rather than offsets, so that edits elsewhere in the segment
    do not bring it back; `occurrence` tells apart the same words flagged twice.
    """

    segment: int
    check: str
    side: str
    text: str
    occurrence: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"segment": self.segment, "check": self.check, "side": self.side,
                "text": self.text, "occurrence": self.occurrence}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IgnoredIssue:
        return cls(int(data["segment"]), str(data["check"]), str(data["side"]),
                   str(data.get("text", "")), int(data.get("occurrence", 0)))


@dataclass
class Segment:
    """One aligned pair: the source, the original draft (never edited) and the current target."""

    id: int
    source: str
    draft: str
    target: str
    status: Status = Status.DRAFT
    bead: Bead = field(default_factory=lambda: Bead([], []))
    # The source as read, so a corrected source can be measured and exported too.
    source_original: str | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if self.source_original is None:
            self.source_original = self.source

    @property
    def number(self) -> int:
        """The segment's number as a translator reads it: 1-based and stable across edits."""
        return self.id + 1

    @property
    def is_edited(self) -> bool:
        return self.target != self.draft or self.source != self.source_original

    def text(self, side: str) -> str:
        return self.source if side == "source" else self.target


@dataclass
class CheckSettings:
    """Per-project choices about the checks: switched off, re-graded, or dismissed once."""

    disabled: set[str] = field(default_factory=set)
    severity: dict[str, str] = field(default_factory=dict)
    ignored: list[IgnoredIssue] = field(default_factory=list)
    glossaries: list[str] = field(default_factory=list)
    # Spelling: the dictionary per language ({"en": "en_US"}; absent = the default, en_GB),
    # the project dictionary (words added to it) and the words ignored everywhere ("Ignore all").
    dictionaries: dict[str, str] = field(default_factory=dict)
    words: list[str] = field(default_factory=list)
    ignored_words: list[str] = field(default_factory=list)
    # The reviewer's own rules: checklist files (see docs/checklists.md).
    checklists: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "disabled": sorted(self.disabled), "severity": dict(sorted(self.severity.items())),
            "ignored": [i.to_json() for i in self.ignored], "glossaries": list(self.glossaries)}
        # Written only when set, so projects without them keep their exact former shape.
        for key in ("dictionaries", "words", "ignored_words", "checklists"):
            value = getattr(self, key)
            if value:
                data[key] = dict(value) if isinstance(value, dict) else list(value)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> CheckSettings:
        data = data or {}
        return cls(set(data.get("disabled", [])), dict(data.get("severity", {})),
                   [IgnoredIssue.from_json(i) for i in data.get("ignored", [])],
                   list(data.get("glossaries", [])),
                   {str(k): str(v) for k, v in dict(data.get("dictionaries", {})).items()},
                   [str(w) for w in data.get("words", [])],
                   [str(w) for w in data.get("ignored_words", [])],
                   [str(c) for c in data.get("checklists", [])])


@dataclass
class ReviewDocument:
    """A source text and its draft, aligned into segments, plus the translator's decisions."""

    segments: list[Segment] = field(default_factory=list)
    source_language: str = "fr"
    target_language: str = "en"
    source_input: InputText | None = None
    draft_input: InputText | None = None
    checks: CheckSettings = field(default_factory=CheckSettings)
    # Files the document was built from, kept as given so export can find them again.
    source_path: str | None = None
    draft_path: str | None = None
    bilingual_path: str | None = None
    # Bumped by every edit of the segments (the model's editing methods, the review session's
    # edits): what the checks computed for the whole document stays valid while it is unchanged.
    revision: int = field(default=0, compare=False)
    # The checks' per-revision cache (translator_gui.core.checks.base.RunCache), owned by them.
    check_cache: object = field(default=None, repr=False, compare=False)
    # The translation memory checks may read (core/memory.py); never saved with the project.
    memory: Any = field(default=None, repr=False, compare=False)
    # (document, revision, segment index) of the latest text edits: what changed between two
    # revisions when only texts did (texts_edited_since), for caches that can follow such an
    # edit. A shallow copy shares the log; each document reads only its own entries.
    text_edits: deque[tuple[int, int, int]] = field(
        default_factory=lambda: deque(maxlen=TEXT_EDIT_LOG), repr=False, compare=False)

    # -- lookups ---------------------------------------------------------------------------
    def segment_by_id(self, segment_id: int) -> Segment:
        for segment in self.segments:
            if segment.id == segment_id:
                return segment
        raise KeyError(segment_id)

    def index_of(self, segment_id: int) -> int:
        for index, segment in enumerate(self.segments):
            if segment.id == segment_id:
                return index
        raise KeyError(segment_id)

    def next_id(self) -> int:
        return max((s.id for s in self.segments), default=-1) + 1

    # -- editing ---------------------------------------------------------------------------
    def touch(self) -> None:
        """Record an edit made outside the methods below (they call it themselves)."""
        self.revision += 1

    def texts_edited_since(self, revision: int) -> frozenset[int] | None:
        """The indices of the segments whose texts changed since `revision`, when text edits
        through set_target / set_source are all that changed since; otherwise None."""
        if revision > self.revision:
            return None
        me = id(self)
        edited = [index for owner, at, index in self.text_edits if owner == me and at > revision]
        return frozenset(edited) if len(edited) == self.revision - revision else None

    def _text_edit(self, index: int) -> None:
        self.touch()
        self.text_edits.append((id(self), self.revision, index))

    def set_target(self, index: int, text: str) -> None:
        self._text_edit(index)
        segment = self.segments[index]
        segment.target = text
        segment.status = Status.EDITED if segment.is_edited else Status.DRAFT

    def set_source(self, index: int, text: str) -> None:
        self._text_edit(index)
        segment = self.segments[index]
        segment.source = text
        segment.status = Status.EDITED if segment.is_edited else Status.DRAFT

    def set_status(self, index: int, status: Status) -> None:
        self.segments[index].status = status

    # -- alignment repair --------------------------------------------------------------------
    def merge_with_next(self, index: int) -> None:
        """Join segment `index` and the one after it into one pair (a 2-2 bead, say)."""
        if not 0 <= index < len(self.segments) - 1:
            raise IndexError("no next segment to merge with")
        self.touch()
        first, second = self.segments[index], self.segments[index + 1]
        merged = Segment(
            id=first.id,
            source=_join_texts(first.source, second.source),
            draft=_join_texts(first.draft, second.draft),
            target=_join_texts(first.target, second.target),
            status=Status.EDITED if Status.EDITED in (first.status, second.status)
            else first.status if first.status == second.status else Status.DRAFT,
            bead=Bead(first.bead.source + second.bead.source, first.bead.target + second.bead.target,
                      min(first.bead.confidence, second.bead.confidence)),
            source_original=_join_texts(first.source_original or "", second.source_original or ""),
            note=_join_texts(first.note, second.note),
        )
        if merged.status != Status.CONFIRMED:
            merged.status = Status.EDITED if merged.is_edited else Status.DRAFT
        self.segments[index : index + 2] = [merged]

    def split(self, index: int, source_at: int, target_at: int) -> None:
        """Cut segment `index` in two at character offsets of its source and of its target.

        The draft is cut where the target is when they are still equal, otherwise in the
        same proportion, so each half keeps the draft it is measured against.
        """
        segment = self.segments[index]
        if not (0 <= source_at <= len(segment.source) and 0 <= target_at <= len(segment.target)):
            raise IndexError("split point outside the segment")
        self.touch()
        if segment.target == segment.draft:
            draft_at = target_at
        else:
            draft_at = _nearest_space(segment.draft, round(
                len(segment.draft) * target_at / max(1, len(segment.target))))
        first_half, second_half = _split_bead_indices(segment, source_at, target_at)
        original = segment.source_original or ""
        original_at = source_at if original == segment.source else _nearest_space(
            original, round(len(original) * source_at / max(1, len(segment.source))))
        first = Segment(segment.id, segment.source[:source_at].rstrip(),
                        segment.draft[:draft_at].rstrip(), segment.target[:target_at].rstrip(),
                        Status.DRAFT, Bead(*first_half,
                                           segment.bead.confidence),
                        original[:original_at].rstrip(), segment.note)
        second = Segment(self.next_id(), segment.source[source_at:].lstrip(),
                         segment.draft[draft_at:].lstrip(), segment.target[target_at:].lstrip(),
                         Status.DRAFT, Bead(*second_half,
                                            segment.bead.confidence),
                         original[original_at:].lstrip())
        for half in (first, second):
            half.status = Status.EDITED if half.is_edited else Status.DRAFT
        self.segments[index : index + 1] = [first, second]

    def replace_segments(self, index: int, count: int, new: Iterable[Segment]) -> list[Segment]:
        """Swap `count` segments at `index` for `new`; returns the removed ones (for undo)."""
        self.touch()
        removed = self.segments[index : index + count]
        self.segments[index : index + count] = list(new)
        return removed

    # -- counts ------------------------------------------------------------------------------
    def count_by_status(self) -> dict[Status, int]:
        counts = {status: 0 for status in Status}
        for segment in self.segments:
            counts[segment.status] += 1
        return counts


def _join_texts(first: str, second: str) -> str:
    if not first:
        return second
    if not second:
        return first
    return f"{first} {second}"


def _nearest_space(text: str, at: int) -> int:
    at = max(0, min(len(text), at))
    left = text.rfind(" ", 0, at)
    right = text.find(" ", at)
    candidates = [p for p in (left, right) if p >= 0]
    if not candidates:
        return at
    return min(candidates, key=lambda p: abs(p - at))


def _split_bead_indices(segment: Segment, source_at: int,
                        target_at: int) -> tuple[tuple[list[int], list[int]], tuple[list[int], list[int]]]:
    """Share a bead's sentence indices between two halves in proportion to the cut."""

    def share(indices: list[int], at: int, length: int) -> tuple[list[int], list[int]]:
        if not indices:
            return [], []
        cut = round(len(indices) * at / max(1, length))
        if len(indices) > 1:
            cut = min(max(cut, 1), len(indices) - 1)
        return indices[:cut], indices[cut:]

    source_halves = share(segment.bead.source, source_at, len(segment.source))
    target_halves = share(segment.bead.target, target_at, len(segment.target))
    return (source_halves[0], target_halves[0]), (source_halves[1], target_halves[1])
