"""The check engine: what a check is, what an issue is, and how they are run over a document.

A check is a small declarative unit (Weblate's shape): a stable id, an MQM category, a default
severity, the side(s) and language(s) it reads, and one method that returns issues with exact
character spans. Registration is explicit and duplicate ids are refused.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import partial
from typing import Any, ClassVar, TypeVar

from translator_gui.core import morphology
from translator_gui.core.cancel import stop_if
from translator_gui.core.checks import overlaps  # reads this module's registry when called
from translator_gui.core.checks.dismissal import (  # noqa: F401 - the engine's API
    ignore,
    ignored_issue,
    is_ignored,
    occurrence_of,
    unignore,
)
from translator_gui.core.checks.prefilters import unsettled
from translator_gui.core.checks.run_cache import RunCache, run_cache
from translator_gui.core.checks.text_index import TextIndex
from translator_gui.core.model import CheckSettings, ReviewDocument, Segment

log = logging.getLogger(__name__)

SIDES = ("source", "target", "both")
T = TypeVar("T")


class Severity(str, Enum):  # noqa: UP042 - values compare equal to plain strings
    NEUTRAL = "neutral"
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.NEUTRAL: 0, Severity.MINOR: 1, Severity.MAJOR: 2, Severity.CRITICAL: 3}


@dataclass(frozen=True)
class Issue:
    """One problem at a character span of one side of one segment."""

    segment: int  # Segment.id
    side: str  # "source" | "target" | "both"
    start: int  # Python string indices into that side's text ("both": into the target)
    end: int
    check: str
    category: str
    severity: Severity
    message: str
    suggestion: str | None = None
    # The check decides: `replacement` is the exact text for the span (safe to apply as is),
    # `hint` is words for a person (a pattern to finish, alternatives), never pasted.
    # `suggestion` shows the replacement, else the hint.
    replacement: str | None = None
    hint: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"segment": self.segment, "side": self.side, "start": self.start, "end": self.end,
                "check": self.check, "category": self.category,
                "severity": self.severity.value, "message": self.message,
                "suggestion": self.suggestion, "replacement": self.replacement,
                "hint": self.hint}


@dataclass(frozen=True)
class Finding:
    """What a check returns: a span on one side, a message, and a replacement or a hint.

    The check decides which: `replacement` is the exact text for the span, safe to apply (it
    keeps capitalization, doubles no neighbouring word, leaves the sentence grammatical and
    spelt right); `hint` is words for a person (a pattern to finish, alternatives).
    The engine turns findings into Issues, filling in the segment, check id, category
    and (possibly overridden) severity, so checks stay short.
    """

    side: str
    start: int
    end: int
    message: str
    replacement: str | None = None  # exact text for the span, safe to apply
    hint: str | None = None  # words for a person, never pasted into the text
    severity: Severity | None = None  # only when the check grades its own findings


@dataclass(frozen=True)
class Example:
    """A (source, target) pair a check must flag (bad) or spare (good), for the registry test."""

    source: str
    target: str
    source_language: str = "fr"
    target_language: str = "en"
    # (draft, corrected) pairs a translation memory has learnt from, for checks that read one.
    memory: tuple[tuple[str, str], ...] = ()
    # A bad example's flagged words, in order: exactly what the check underlines.
    flags: tuple[str, ...] = ()
    # (source, target) pairs of other segments of the same document, before this one, for the
    # document-scope checks that compare segments (consistency).
    others: tuple[tuple[str, str], ...] = ()


@dataclass
class SegmentContext:
    """What a check sees of one segment: both texts, their languages, and the whole document."""

    segment: Segment
    source_language: str
    target_language: str
    document: ReviewDocument | None = None
    # Whole-document values shared by the checks, valid for the document's current revision.
    run: RunCache = field(default=None)  # type: ignore[assignment]  # set in __post_init__

    # A side over morphology.LONG_SEGMENT (no sentence: lost line breaks), and what the checks
    # that do not read whole texts see of the segment then (for_check).
    long: bool = field(init=False, default=False)
    _bounded: SegmentContext | None = field(init=False, default=None, repr=False)
    # Each side's TextIndex, made when a check first asks (index)
    _indexes: dict[str, TextIndex] = field(init=False, default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.run is None:
            self.run = run_cache(self.document)
        self.long = max(len(self.segment.source), len(self.segment.target)) > \
            morphology.LONG_SEGMENT

    def for_check(self, check: Check) -> SegmentContext:
        """What `check` reads of the segment: all of it, except of a segment over the bound a
        check not reading whole texts (Check.whole_text) reads each text's first
        morphology.parsed_length characters, as the parse does (segment-too-long says so)."""
        if not self.long or check.whole_text:
            return self
        if self._bounded is None:
            segment = self.segment
            self._bounded = SegmentContext(replace(segment, **{
                side: text[:morphology.parsed_length(text)] for side in ("source", "draft",
                                                                       "target", "source_original")
                if (text := getattr(segment, side))}), self.source_language,
                self.target_language, self.document, self.run)
        return self._bounded

    def text(self, side: str) -> str:
        return self.segment.source if side == "source" else self.segment.target

    def index(self, side: str) -> TextIndex:
        """What the checks share of this side's text (text_index.TextIndex), made once."""
        found = self._indexes.get(side)
        if found is None:
            found = self._indexes[side] = TextIndex(self.text(side))
        return found

    def release_indexes(self) -> None:
        """Drop the texts' indexes (a whole-document run, once the checks needing no parse
        are done with a chunk of segments: each text's pieces take some kilobytes)."""
        self._indexes.clear()
        if self._bounded is not None:
            self._bounded.release_indexes()

    @property
    def memory(self) -> Any:
        """The translation memory the document is checked against, or None (core/memory.py)."""
        return getattr(self.document, "memory", None)

    def language(self, side: str) -> str:
        return self.source_language if side == "source" else self.target_language

    def sides_in(self, language: str) -> list[str]:
        """The side(s) of this pair written in `language` (a monolingual check reads those)."""
        # (written out: the checks ask this some 100,000 times on WMT14)
        if language == self.source_language:
            return ["source", "target"] if language == self.target_language else ["source"]
        return ["target"] if language == self.target_language else []


class Check:
    """Base class: subclasses set the class attributes and override one of the two methods."""

    id: ClassVar[str]
    name: ClassVar[str]
    description: ClassVar[str]
    category: ClassVar[str]  # MQM, e.g. "Accuracy/Mistranslation", "Terminology"
    severity: ClassVar[Severity] = Severity.MINOR
    # Languages the check can read; empty means any. A monolingual French check lists ("fr",).
    languages: ClassVar[tuple[str, ...]] = ()
    # "segment" checks run on each edit; "document" checks need the whole document.
    scope: ClassVar[str] = "segment"
    # True when a finding is about the segment as a whole (a missing translation), not about
    # some words: it then neither hides nor is hidden by findings on the same words.
    whole_segment: ClassVar[bool] = False
    # The grades a check gives its own findings (Finding.severity), when it grades them;
    # empty means every finding has `severity`.
    severities: ClassVar[tuple[Severity, ...]] = ()
    bad_examples: ClassVar[tuple[Example, ...]] = ()
    good_examples: ClassVar[tuple[Example, ...]] = ()
    # A check that reads a parse (spaCy, through core.morphology) says so: the engine runs it
    # after the checks that need none, parses in batches only the French texts it wants
    # (`wants_parse`), and skips it on the others.
    needs_parse: ClassVar[bool] = False
    # Checks this one leaves a word to: a finding of this check that starts where a finding
    # of one of them starts (same segment, same side) is dropped. It lets a quick check report
    # at once and give way later to a parse-based check on the same word, without the quick
    # check having to parse (and load spaCy) itself.
    yields_to: ClassVar[tuple[str, ...]] = ()
    # A check needing no parse whose findings, remembered per text, the parse-based checks'
    # wants_parse read too: checking on two processes, the one that parses runs it, instead
    # of both working the same findings out.
    feeds_wants_parse: ClassVar[bool] = False
    # A typesetting convention of the text being delivered (the space before « : »): on the
    # source side, which is the client's text and not the translator's to deliver, a finding
    # is noted as neutral rather than counted as an error of the translation.
    delivered_convention: ClassVar[bool] = False
    # A check protecting the content (numbers, names, terms, symbols) reads the whole of a
    # segment over morphology.LONG_SEGMENT; the others, its texts' first
    # morphology.parsed_length characters (SegmentContext.for_check), as the parse does.
    whole_text: ClassVar[bool] = False

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        return ()

    def wants_parse(self, text: str) -> bool:
        """Whether a parse of this French text may let the check find something: a cheap
        lexical test (no parse) that must never turn away a text the check would flag."""
        return True

    def prepare(self, contexts: list[SegmentContext]) -> None:
        """Called once before a whole-document run: a check may batch its expensive work here
        (parse every segment with spaCy's nlp.pipe, say) instead of one segment at a time."""

    def check_document(self, document: ReviewDocument,
                       contexts: list[SegmentContext]) -> Iterable[tuple[int, Finding]]:
        """Document-wide checks yield (segment index, finding)."""
        return ()

    def severity_range(self) -> tuple[Severity, Severity]:
        """The mildest and the gravest severity the check emits (before project overrides)."""
        grades = self.severities or (self.severity,)
        return min(grades, key=lambda s: s.rank), max(grades, key=lambda s: s.rank)

    def applies_to(self, source_language: str, target_language: str) -> bool:
        if not self.languages:
            return True
        return source_language in self.languages or target_language in self.languages


_REGISTRY: dict[str, Check] = {}


def register(check_class: type[Check]) -> type[Check]:
    """Class decorator: add one instance of the check to the catalogue (ids must be unique)."""
    check = check_class()
    if check.id in _REGISTRY:
        raise ValueError(f"duplicate check id {check.id!r}")
    _REGISTRY[check.id] = check
    return check_class


def all_checks() -> list[Check]:
    _load_catalogue()
    return list(_REGISTRY.values())


def get_check(check_id: str) -> Check:
    _load_catalogue()
    return _REGISTRY[check_id]


def _load_catalogue() -> None:
    # Importing the catalogue module registers every check family exactly once.
    from translator_gui.core.checks import catalogue  # noqa: F401


def effective_severity(check: Check, settings: CheckSettings | None,
                       finding: Finding | None = None) -> Severity:
    if settings and check.id in settings.severity:
        try:
            return Severity(settings.severity[check.id])
        except ValueError:
            # A hand-edited project file with an unknown grade must not stop the checks.
            log.warning("unknown severity %r for check %s ignored",
                        settings.severity[check.id], check.id)
    if finding is not None and finding.side == "source" and check.delivered_convention:
        return Severity.NEUTRAL
    if finding is not None and finding.severity is not None:
        return finding.severity
    return check.severity


def to_issue(check: Check, segment: Segment, finding: Finding,
              settings: CheckSettings | None) -> Issue | None:
    side = finding.side if finding.side in SIDES else "target"
    text = segment.text("target" if side == "both" else side)
    # A span outside the text would underline nothing (or crash a view): drop it, loudly.
    if not 0 <= finding.start <= finding.end <= len(text):
        log.warning("check %s returned span %d-%d outside a %d-character %s", check.id,
                    finding.start, finding.end, len(text), side)
        return None
    replacement, hint = finding.replacement, finding.hint
    suggestion = replacement if replacement is not None else hint
    return Issue(segment.id, side, finding.start, finding.end, check.id, check.category,
                 effective_severity(check, settings, finding), finding.message, suggestion,
                 replacement, hint)


def _run_safely(check: Check, call: Callable[[], Iterable[Any]]) -> Iterator[Any]:
    # One failing check must never stop the others: log it and move on.
    try:
        yield from call()
    except Exception as error:  # noqa: BLE001 - a broken check is logged, not fatal
        _failed(check, error)


def _failed(check: Check, error: Exception) -> None:
    # One line for the person running the checks; the traceback only in a debug log.
    log.warning("check %s failed (%s: %s); its findings are missing", check.id,
                type(error).__name__, error)
    log.debug("check %s failed", check.id, exc_info=True)


def enabled_checks(source_language: str, target_language: str,
                   settings: CheckSettings | None) -> list[Check]:
    disabled = settings.disabled if settings else set()
    # The reviewer's checklist rules (project and user checklists) run as checks too.
    from translator_gui.core.checks.checklist import checklist_checks

    return [c for c in [*all_checks(), *checklist_checks(settings)]
            if c.id not in disabled and c.applies_to(source_language, target_language)]


def _runs_on(check: Check, context: SegmentContext,
             wants: ParseWants | None = None) -> bool:
    """False when a parse-based check has nothing to look for in this segment's French."""
    if not check.needs_parse:
        return True
    ask = wants or _ask
    return any(ask(check, context.text(side)) for side in context.sides_in("fr")
               if context.text(side))


def _ask(check: Check, text: str) -> bool:
    return check.wants_parse(text)


class ParseWants:
    """Check.wants_parse answers kept per (check, text), for live re-checks: typing in one
    side leaves the other side's text, and the answers about it, the same."""

    def __init__(self, limit: int = 4096) -> None:
        self._answers: dict[tuple[str, str], bool] = {}
        self._limit = limit

    def __call__(self, check: Check, text: str) -> bool:
        key = (check.id, text)
        answer = self._answers.get(key)
        if answer is None:
            if len(self._answers) >= self._limit:
                self._answers.clear()
            answer = self._answers[key] = check.wants_parse(text)
        return answer


class _Wanting:
    """Which parse-based checks want a text parsed, asked once per text (Check.wants_parse)."""

    def __init__(self, checks: list[Check]) -> None:
        self._checks = checks
        self._answers: dict[str, tuple[bool, ...]] = {}

    def __call__(self, text: str) -> tuple[bool, ...]:
        answers = self._answers.get(text)
        if answers is None:
            answers = self._answers[text] = tuple(c.wants_parse(text) for c in self._checks)
        return answers

    def texts(self, contexts: Iterable[SegmentContext]) -> list[str]:
        """The French texts some check wants parsed (of what the checks read of each segment:
        SegmentContext.for_check), each once, in document order."""
        views = [view for c in contexts for view in (
            {id(v): v for v in map(c.for_check, self._checks)}.values() if c.long else (c,))]
        return [text for text in dict.fromkeys(v.text(side) for v in views
                                               for side in v.sides_in("fr")) if text and any(self(text))]


def texts_to_parse(checks: Iterable[Check], context: SegmentContext,
                   wants: ParseWants | None = None) -> list[str]:
    """The French texts of this segment (as each check reads it: for_check) that the
    parse-based checks among `checks` want parsed."""
    ask = wants or _ask
    texts: list[str] = []
    for check in checks:
        if check.scope != "segment" or not check.needs_parse:
            continue
        view = context.for_check(check)
        for side in view.sides_in("fr"):
            text = view.text(side)
            if text and text not in texts and ask(check, text):
                texts.append(text)
    return texts


def check_segment(document: ReviewDocument, index: int,
                  context: SegmentContext | None = None, checks: list[Check] | None = None,
                  wants: ParseWants | None = None) -> list[Issue]:
    """Run the segment-scope checks on one segment (the live re-check after an edit).

    `checks`, when given, are the document's enabled checks (enabled_checks) as the caller
    keeps them; `wants`, the parse-based checks' answers about texts asked before."""
    segment = document.segments[index]
    context = context or SegmentContext(segment, document.source_language,
                                        document.target_language, document)
    settings = document.checks
    if checks is None:
        checks = enabled_checks(document.source_language, document.target_language, settings)
    issues: list[Issue] = []
    for check in checks:
        if check.scope != "segment":
            continue
        view = context.for_check(check)
        if not _runs_on(check, view, wants):
            continue
        for finding in _run_safely(check, partial(check.check_segment, view)):
            issue = to_issue(check, segment, finding, settings)
            if issue is not None:
                issues.append(issue)
    return _finish(issues, segment, settings)


def check_segments(document: ReviewDocument, indices: Iterable[int],
                   cancelled: Callable[[], bool] | None = None,
                   batch_size: int = 8) -> dict[int, list[Issue]]:
    """check_segment for many segments (a bulk re-check on a worker): segment index -> its
    issues. The texts the parse-based checks want are parsed PARSE_CHUNK segments at a time in
    batches of `batch_size` (spaCy's nlp.pipe: a live re-check on another thread waits for one
    batch at most). Raises `Cancelled` as soon as `cancelled()` says stop."""
    wanted_indices = list(indices)
    checks = enabled_checks(document.source_language, document.target_language, document.checks)
    parsing = [c for c in checks if c.scope == "segment" and c.needs_parse]
    found: dict[int, list[Issue]] = {}
    for first in range(0, len(wanted_indices), PARSE_CHUNK):
        stop_if(cancelled)
        chunk = [(index, SegmentContext(document.segments[index], document.source_language,
                                        document.target_language, document))
                 for index in wanted_indices[first:first + PARSE_CHUNK]]
        if parsing:
            from translator_gui.core import morphology

            texts = _Wanting(parsing).texts(context for _index, context in chunk)
            analyser = morphology.french()
            for start in range(0, len(texts), batch_size):
                stop_if(cancelled)
                if analyser.available:
                    analyser.prefetch(texts[start:start + batch_size])
        for index, context in chunk:
            stop_if(cancelled)
            found[index] = check_segment(document, index, context)
    return found


def _finish(issues: list[Issue], segment: Segment, settings: CheckSettings | None) -> list[Issue]:
    """Sort a segment's issues, keep one per span, then drop the dismissed occurrences."""
    issues = sorted(overlaps.one_per_span(overlaps.give_way(issues)),
                    key=lambda i: (i.side, i.start, i.end, i.check, i.message))
    return [i for i in issues if not is_ignored(i, segment, settings, issues)]


# Parse-based checks go through the document this many segments at a time: the texts they
# want are parsed in one batch (spaCy's nlp.pipe), well within the parse cache.
PARSE_CHUNK = 256
# Texts parsed in one nlp.pipe batch: a live re-check on another thread waits for one batch
# at most. (Where nothing waits, larger batches parse faster: processes.py.)
PARSE_BATCH = 32
# The checks that need no parse go through the document check by check over chunks of
# segments: the first chunk is about what a window shows, so its underlines come first.
FIRST_QUICK_CHUNK = 64
QUICK_CHUNK = 512
# Early issues are reported at most this often (seconds): each report makes a window take
# every issue found so far, which costs time on a long document.
EARLY_REPORT_INTERVAL = 0.25


@dataclass(frozen=True)
class EarlyIssues:
    """What a whole-document check has found before it is done, for a window to show.

    `issues`: every issue found so far by the checks that need no parse (sorted per segment as
    in the final result); `waiting`: the ids of the checks needing no parse that have not yet
    been over the whole document; `parsing`: those of the parse-based checks still to come.
    The last report has `waiting` empty."""

    issues: list[Issue]
    waiting: tuple[str, ...]
    parsing: tuple[str, ...]


def _chunks(total: int) -> Iterator[range]:
    first = min(FIRST_QUICK_CHUNK, total)
    yield range(0, first)
    for start in range(first, total, QUICK_CHUNK):
        yield range(start, min(start + QUICK_CHUNK, total))


def check_document(document: ReviewDocument,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   first_flags: Callable[[EarlyIssues], None] | None = None) -> list[Issue]:
    """Run every enabled check over the document: the segment checks that need no parse (they
    report in a fraction of a second), the document-wide ones, then the parse-based ones (on
    texts a check wants that no issue settles: prefilters.unsettled). Issues come out sorted.

    `first_flags`, when given, receives EarlyIssues while the checks needing no parse run:
    they go over the first segments (FIRST_QUICK_CHUNK) one check after the other, so a window
    can underline what the first quick check found while the others (some load a dictionary
    or a termbase first) still run; then over the rest, a chunk at a time. Reports come at
    most every EARLY_REPORT_INTERVAL seconds, and always once all of these checks are done.

    Raises `Cancelled` (translator_gui.core.cancel) as soon as `cancelled()` says stop.
    """
    settings = document.checks
    checks = enabled_checks(document.source_language, document.target_language, settings)
    contexts = [SegmentContext(s, document.source_language, document.target_language, document)
                for s in document.segments]
    per_segment: list[list[Issue]] = [[] for _ in document.segments]
    total = len(document.segments)
    segment_checks = [c for c in checks if c.scope == "segment"]
    quick = [c for c in segment_checks if not c.needs_parse]
    parsing = [c for c in segment_checks if c.needs_parse]
    # Progress counts segment passes: one for the quick checks, one for the parse-based ones.
    passes = 2 if parsing else 1

    run = runner(document, per_segment)

    reported_at: float | None = None
    unreported = False  # issues found since the last report
    last_waiting: tuple[str, ...] | None = None

    def report(waiting: tuple[str, ...], final: bool = False) -> None:
        """Early issues now, unless too soon after the last report or nothing is new; the
        final report (all quick checks done) is always made once."""
        nonlocal reported_at, unreported, last_waiting
        now = time.monotonic()
        if first_flags is None:
            return
        if final:
            if not unreported and last_waiting == ():
                return
        elif not unreported or (reported_at is not None
                                and now - reported_at < EARLY_REPORT_INTERVAL):
            return
        first_flags(EarlyIssues(
            [issue for segment, found in zip(document.segments, per_segment, strict=True)
             for issue in _finish(found, segment, settings)],
            waiting, tuple(c.id for c in parsing)))
        reported_at, unreported, last_waiting = now, False, waiting

    every_quick = tuple(c.id for c in quick)
    prepared: set[str] = set()
    for chunk in _chunks(total):
        for position, check in enumerate(quick):
            stop_if(cancelled)
            if check.id not in prepared:
                prepared.add(check.id)
                prepare_checks([check], contexts)
            before = sum(len(per_segment[index]) for index in chunk)
            for index in chunk:
                run(check, index, contexts[index])
            unreported = unreported or sum(len(per_segment[i]) for i in chunk) > before
            if chunk.start == 0:  # the first segments: each check's flags as they come
                report(every_quick if total > chunk.stop
                       else tuple(c.id for c in quick[position + 1:]))
        for index in chunk:
            contexts[index].release_indexes()
        if progress:
            progress(chunk.stop // passes, total)
        if chunk.stop < total:
            report(every_quick)
    report((), final=True)
    prepare_checks([c for c in checks if c.id not in prepared], contexts)
    document_pass(document, checks, contexts, per_segment, cancelled)
    if parsing:
        parse_pass(parsing, unsettled(parsing, contexts, per_segment), run, cancelled, progress)
    return finish_all(document, per_segment)


def runner(document: ReviewDocument,
           per_segment: list[list[Issue]]) -> Callable[[Check, int, SegmentContext], None]:
    """run(check, index, context): a segment check on a segment, into per_segment[index]."""
    settings = document.checks

    def run(check: Check, index: int, context: SegmentContext) -> None:
        # (_run_safely written out: a partial and a generator for each of some 160,000 runs
        # of a WMT14 document cost more than most checks' own work on a segment)
        segment = context.segment
        try:
            for finding in check.check_segment(context.for_check(check)):
                issue = to_issue(check, segment, finding, settings)
                if issue is not None:
                    per_segment[index].append(issue)
        except Exception as error:  # noqa: BLE001 - a broken check is logged, not fatal
            _failed(check, error)

    return run


def prepare_checks(checks: Iterable[Check], contexts: list[SegmentContext]) -> None:
    for check in checks:
        for _ in _run_safely(check, partial(_prepare, check, contexts)):
            pass


def _prepare(check: Check, contexts: list[SegmentContext]) -> tuple[()]:
    check.prepare(contexts)
    return ()


def parse_pass(parsing: list[Check], contexts: list[SegmentContext],
               run: Callable[[Check, int, SegmentContext], None],
               cancelled: Callable[[], bool] | None = None,
               progress: Callable[[int, int], None] | None = None,
               chunk: int = PARSE_CHUNK, batch_size: int = PARSE_BATCH) -> None:
    """The parse-based checks, `chunk` segments at a time: the texts they want parsed in
    batches of `batch_size` (spaCy's nlp.pipe), then each check on the segments whose French
    it wants."""
    from translator_gui.core import morphology

    analyser = morphology.french()
    total = len(contexts)
    for first in range(0, total, chunk):
        stop_if(cancelled)
        chunk_contexts = contexts[first:first + chunk]
        wanting = _Wanting(parsing)
        wanted = wanting.texts(chunk_contexts)
        if wanted and analyser.available:
            if batch_size == PARSE_BATCH:  # (the analyser's own default)
                analyser.prefetch(wanted)
            else:
                analyser.prefetch(wanted, batch_size=batch_size)
        for index, context in enumerate(chunk_contexts, start=first):
            for position, check in enumerate(parsing):
                view = context.for_check(check)
                if any(wanting(text)[position] for side in view.sides_in("fr")
                       if (text := view.text(side))):
                    run(check, index, context)
        if progress:
            progress((total + min(first + chunk, total)) // 2, total)


def document_pass(document: ReviewDocument, checks: list[Check],
                  contexts: list[SegmentContext], per_segment: list[list[Issue]],
                  cancelled: Callable[[], bool] | None = None) -> None:
    """The document-scope checks (Check.check_document), their issues added to per_segment."""
    total = len(document.segments)
    for check in checks:
        if check.scope != "document":
            continue
        stop_if(cancelled)
        seen = contexts if check.whole_text else [c.for_check(check) for c in contexts]
        for found in _run_safely(check, partial(check.check_document, document, seen)):
            index, finding = found
            if not 0 <= index < total:
                log.warning("check %s flagged segment index %d of %d", check.id, index, total)
                continue
            issue = to_issue(check, document.segments[index], finding, document.checks)
            if issue is not None:
                per_segment[index].append(issue)


def finish_all(document: ReviewDocument, per_segment: list[list[Issue]]) -> list[Issue]:
    """Every segment's issues, each segment's sorted and deduplicated (_finish), in order."""
    return [issue for segment, found in zip(document.segments, per_segment, strict=True)
            for issue in _finish(found, segment, document.checks)]
