"""A review session: the document, its issues and every edit, without Qt.

The window is a view over a ReviewSession (napari's viewer model beside its Qt layer is the
pattern): the grid's table model, the undo commands and the panels call the session's edits
and listen to its callbacks; the session never knows they exist. The command line and tests
use it directly.

What it owns:
- the ReviewDocument, and nothing keeps a second copy of its texts;
- the issue index (issues per segment id) and a revision counter (`revision` for the whole
  session, `segment_revision(id)` per segment), bumped on every change of a segment, so that
  results computed on a snapshot can be dropped for segments edited meanwhile;
- every edit: set a text, set a status, apply a fix (only an Issue's `replacement`), ignore
  and unignore one occurrence, switch a check off, merge, split, move a sentence, replace
  all, import a review. Each edit returns what changed (the segment ids), so adapters refresh
  just that, and has an inverse the undo stack can call.

Observers are plain callbacks (`Callbacks.connect`):
- `about_to_change(change)`: before rows are replaced or the document is swapped (a table
  model must say so before the rows move);
- `segments_changed(change)`: after any edit of texts, statuses or rows;
- `issues_changed(segment_ids)`: after the issues of those segments changed (an empty set
  means "possibly all").

Cancellation, the one convention of the core (translator_gui.core.cancel): long work takes
`cancelled`, a callable answering "stop?", and raises `Cancelled` when it says yes — never a
partial result. `check_document`, `align_sentences`, `open_document`, `export_document` and
`RecheckJob.run` all follow it.

Re-checks of many segments (a Replace all, an imported review) run off the GUI thread:
`prepare_recheck(ids)` takes a snapshot on the caller's thread, `RecheckJob.run(cancelled)`
checks it on any thread, and `apply_recheck(result, ...)` takes the results back (in slices
if the caller likes), dropping those of segments edited since the snapshot. The document-scope
pass after edits goes the same way (`prepare_document_scope`, `DocumentScopeJob.run`,
`apply_document_scope`), touching only the segments whose document-scope issues differ.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from re import Pattern
from typing import TYPE_CHECKING, Any, NamedTuple

from translator_gui.core.cancel import CancelCheck
from translator_gui.core.checks.base import (
    Check,
    Issue,
    ParseWants,
    SegmentContext,
    Severity,
    check_segment,
    check_segments,
    enabled_checks,
    get_check,
    ignore,
    texts_to_parse,
)
from translator_gui.core.checks.overlaps import one_per_span
from translator_gui.core.document_scope import (
    DocumentScopeJob,
    DocumentScopeResult,
    document_scope_issues,  # noqa: F401 - the session's API, computed there
    group_by_segment,
)
from translator_gui.core.find import plan_replacements
from translator_gui.core.model import IgnoredIssue, ReviewDocument, Segment, Status
from translator_gui.core.repair import plan_merge, plan_move_sentence, plan_split
from translator_gui.core.snapshot import snapshot_of

if TYPE_CHECKING:
    from translator_gui.core.export.bilingual import ReviewImportReport


# How long live re-checks keep the list of enabled checks when the settings do not change
# (a checklist file edited on disk is read again after this).
LIVE_CHECKS_SECONDS = 2.0


def issue_order(issue: Issue) -> tuple[str, int, int, str]:
    return issue.side, issue.start, issue.end, issue.check


def side_of(issue: Issue) -> str:
    """The side whose text an issue's offsets index ("both" issues carry target offsets)."""
    return "target" if issue.side == "both" else issue.side


def is_document_scope(issue: Issue) -> bool:
    try:
        return get_check(issue.check).scope == "document"
    except KeyError:
        return False


class Callbacks:
    """A list of plain callables called in order; what a Qt signal is, without Qt."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[..., Any]) -> None:
        self._callbacks = [c for c in self._callbacks if c != callback]

    def emit(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            callback(*args)


class ChangeKind(Enum):
    TEXT = "text"  # one side of the segments changed (and maybe their status)
    STATUS = "status"
    ROWS = "rows"  # `removed` rows at `row` became `inserted` new ones
    DOCUMENT = "document"  # a new document (or new check settings)


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    segment_ids: tuple[int, ...] = ()
    side: str | None = None
    row: int = 0
    removed: int = 0
    inserted: int = 0


class TextEdit(NamedTuple):
    """One side of one segment before and after an edit: enough to undo it. (A named tuple:
    a Replace all makes 2,000 on the GUI thread; frozen dataclasses are 3x slower to make.)"""

    segment_id: int
    side: str
    old_text: str
    new_text: str
    old_status: Status


@dataclass
class RecheckResult:
    issues: dict[int, list[Issue]]  # segment id -> its fresh segment-scope issues
    revisions: dict[int, int]  # segment id -> its revision when the snapshot was taken


@dataclass
class RecheckJob:
    """The segment checks of some segments, on a snapshot: safe to run on a worker thread."""

    snapshot: ReviewDocument
    rows: list[tuple[int, int]]  # (segment id, row in the snapshot)
    revisions: dict[int, int] = field(default_factory=dict)

    def run(self, cancelled: CancelCheck | None = None) -> RecheckResult:
        by_row = check_segments(self.snapshot, [row for _id, row in self.rows], cancelled)
        found = {segment_id: by_row[row] for segment_id, row in self.rows}
        return RecheckResult(found, dict(self.revisions))


class ReviewSession:
    """The document under review, its issues, and every edit a translator makes."""

    def __init__(self, document: ReviewDocument | None = None,
                 issues: Iterable[Issue] = ()) -> None:
        self.about_to_change = Callbacks()
        self.segments_changed = Callbacks()
        self.issues_changed = Callbacks()
        self.document = document or ReviewDocument()
        self._issues: dict[int, list[Issue]] = {}
        # kept as the index changes: the status bar asks after every edit
        self._counts: Counter[Severity] = Counter()  # listed issues by severity
        self._row_of: dict[int, int] | None = None
        self._revisions: dict[int, int] = {}
        self.revision = 0
        self._copies: dict[int, tuple[Segment, Segment]] = {}  # see snapshot()
        self._scopes: dict[str, bool] = {}  # check id -> is it a document-scope check
        # what live re-checks keep from one keystroke to the next (_live_checks)
        self._checks_kept: tuple[tuple[Any, ...], float, list[Check]] | None = None
        self._wants = ParseWants()
        # parse_pending's last answer: (the live checks, the segment's French texts, the texts
        # they want parsed)
        self._wanted_kept: tuple[list[Check], tuple[str | None, str | None],
                                 tuple[str, ...]] | None = None
        self._parsed: dict[str, bool] = {}  # check id -> is it a parse-based check
        self._index(issues)

    # -- the document ------------------------------------------------------------------------
    def set_document(self, document: ReviewDocument, issues: Iterable[Issue] = ()) -> None:
        change = Change(ChangeKind.DOCUMENT)
        self.about_to_change.emit(change)
        self.document = document
        self._row_of = None
        self._revisions = {}
        self._copies = {}
        self.revision += 1
        self._index(issues)
        self.segments_changed.emit(change)
        self.issues_changed.emit(frozenset())

    def _index(self, issues: Iterable[Issue]) -> None:
        self._issues = {}
        for issue in issues:
            self._issues.setdefault(issue.segment, []).append(issue)
        self._recount()

    def _recount(self) -> None:
        self._counts = Counter(i.severity for found in self._issues.values() for i in found)

    def _put(self, segment_id: int, issues: list[Issue]) -> None:
        """A segment's issue list becomes `issues` (the counts follow)."""
        for issue in self._issues.get(segment_id, ()):
            self._counts[issue.severity] -= 1
        if issues:
            self._issues[segment_id] = issues
            for issue in issues:
                self._counts[issue.severity] += 1
        else:
            self._issues.pop(segment_id, None)

    @property
    def segments(self) -> list[Segment]:
        return self.document.segments

    def row_of(self, segment_id: int) -> int:
        """KeyError when the segment is gone (merged away)."""
        return self._row_index()[segment_id]

    def _row_index(self) -> dict[int, int]:
        """segment id -> its row (made again after rows were replaced)."""
        if self._row_of is None:
            self._row_of = {s.id: i for i, s in enumerate(self.document.segments)}
        return self._row_of

    def segment(self, segment_id: int) -> Segment:
        return self.document.segments[self.row_of(segment_id)]

    def segment_revision(self, segment_id: int) -> int:
        return self._revisions.get(segment_id, 0)

    def _bump(self, segment_ids: Iterable[int]) -> None:
        self.revision += 1
        for segment_id in segment_ids:
            self._revisions[segment_id] = self._revisions.get(segment_id, 0) + 1

    # -- the issue index ---------------------------------------------------------------------
    def issues_of(self, segment_id: int) -> list[Issue]:
        return list(self._issues.get(segment_id, ()))

    def all_issues(self) -> list[Issue]:
        found: list[Issue] = []
        for segment in self.document.segments:
            found.extend(self._issues.get(segment.id, ()))
        return found

    def issue_count(self, segment_id: int) -> int:
        return len(self._issues.get(segment_id, ()))

    def is_live(self, issue: Issue) -> bool:
        """True while the issue is still among its segment's current issues."""
        return issue in self._issues.get(issue.segment, ())

    def worst_severity(self, segment_id: int) -> Severity | None:
        found = self._issues.get(segment_id)
        if not found:
            return None
        return max((i.severity for i in found), key=lambda s: s.rank)

    def counts_by_severity(self) -> dict[Severity, int]:
        return {severity: self._counts[severity] for severity in Severity}

    def set_issues(self, segment_id: int, issues: list[Issue], notify: bool = True) -> bool:
        """True when they differ from the segment's current ones."""
        if self._issues.get(segment_id, []) == issues:
            return False
        self._put(segment_id, list(issues))
        if notify:
            self.issues_changed.emit(frozenset((segment_id,)))
        return True

    def replace_all_issues(self, issues: Iterable[Issue], keep: Iterable[int] = ()) -> None:
        """Take a whole-document check's results; segments in `keep` keep their live issues."""
        keep = set(keep)
        fresh: dict[int, list[Issue]] = {}
        for issue in issues:
            if issue.segment not in keep:
                fresh.setdefault(issue.segment, []).append(issue)
        for segment_id in keep:
            if segment_id in self._issues:
                fresh[segment_id] = self._issues[segment_id]
        self._issues = fresh
        self._counts = Counter(i.severity for found in fresh.values() for i in found)
        self.issues_changed.emit(frozenset())

    def replace_document_scope_issues(self, issues: Iterable[Issue],
                                      keep: Iterable[int] = ()) -> set[int]:
        """New results of the document-scope checks; live segment-scope issues stay.
        Returns the ids of the segments whose issues changed."""
        keep = set(keep)
        result = DocumentScopeResult(
            group_by_segment(issues), {s.id: self.segment_revision(s.id)
                                       for s in self.document.segments if s.id not in keep})
        return set(self.apply_document_scope(result))

    def prepare_document_scope(self) -> DocumentScopeJob:
        """A snapshot to run the document-scope checks on (call on the thread that edits)."""
        return DocumentScopeJob(self.snapshot(), self.revisions())

    def document_scope_targets(self, result: DocumentScopeResult) -> list[int]:
        """The segments apply_document_scope has to look at, in document order: those with
        issues now and those with fresh ones (the others have nothing to change)."""
        return [s.id for s in self.document.segments
                if s.id in self._issues or s.id in result.issues]

    def apply_document_scope(self, result: DocumentScopeResult,
                             segment_ids: Iterable[int] | None = None) -> list[int]:
        """Take a document-scope pass's results (all, or those of `segment_ids`: a slice):
        each segment's document-scope issues become the fresh ones, its segment-scope issues
        stay; segments edited or added since the snapshot keep theirs. Only segments whose
        document-scope issues differ are touched. Returns the ids whose issues changed."""
        changed = []
        for segment_id in (self.document_scope_targets(result) if segment_ids is None
                           else segment_ids):
            if self.segment_revision(segment_id) != result.revisions.get(segment_id, -1):
                continue
            current = self._issues.get(segment_id, ())
            fresh = result.issues.get(segment_id, [])
            if not current and not fresh:
                continue
            live: list[Issue] = []
            old: list[Issue] = []
            for issue in current:
                (old if self._document_scope(issue) else live).append(issue)
            if len(old) == len(fresh) and set(old) == set(fresh):
                continue  # what the pass found is what is listed
            new = sorted(one_per_span(live + fresh), key=issue_order)
            if self.set_issues(segment_id, new, notify=False):
                changed.append(segment_id)
        if changed:
            self.issues_changed.emit(frozenset(changed))
        return changed

    def _document_scope(self, issue: Issue) -> bool:
        scope = self._scopes.get(issue.check)
        if scope is None:
            scope = self._scopes[issue.check] = is_document_scope(issue)
        return scope

    def _drop_stale_issues(self, segment: Segment) -> bool:
        """Spans that no longer fit the edited text would underline the wrong words."""
        found = self._issues.get(segment.id)
        if not found:
            return False
        kept = [i for i in found if i.end <= len(segment.text(side_of(i)))]
        if len(kept) != len(found):
            self._put(segment.id, kept)
            return True
        return False

    # -- texts and statuses ------------------------------------------------------------------
    def set_text(self, segment_id: int, side: str, text: str) -> TextEdit:
        """Set one side of a segment (its status follows: edited, or back to draft)."""
        edit = self._set_text(segment_id, side, text)
        self._announce_texts([edit])
        return edit

    def set_texts(self, changes: Sequence[tuple[int, str]], side: str = "target"
                  ) -> list[TextEdit]:
        """Many segments at once (a replace-all, an imported review): one notification.
        (One loop, no call per segment but the model's setter: 2,000 in one GUI turn.)"""
        row_of, segments = self._row_index(), self.document.segments
        set_text = self.document.set_source if side == "source" else self.document.set_target
        edits: list[TextEdit] = []
        for segment_id, text in changes:
            segment = segments[row := row_of[segment_id]]
            edits.append(TextEdit(segment_id, side, segment.text(side), text, segment.status))
            set_text(row, text)
        self._announce_texts(edits)
        return edits

    def restore_texts(self, edits: Sequence[TextEdit]) -> None:
        """The inverse of set_text / set_texts: old texts and old statuses back."""
        undone = []
        for edit in reversed(edits):
            undone.append(self._set_text(edit.segment_id, edit.side, edit.old_text))
            row = self.row_of(edit.segment_id)
            if self.document.segments[row].status != edit.old_status:
                self.document.set_status(row, edit.old_status)
        self._announce_texts(undone)

    def _set_text(self, segment_id: int, side: str, text: str) -> TextEdit:
        row = self.row_of(segment_id)
        segment = self.document.segments[row]
        edit = TextEdit(segment_id, side, segment.text(side), text, segment.status)
        if side == "source":
            self.document.set_source(row, text)
        else:
            self.document.set_target(row, text)
        return edit

    def _announce_texts(self, edits: Sequence[TextEdit]) -> None:
        if not edits:
            return
        ids = tuple(dict.fromkeys(e.segment_id for e in edits))
        self._bump(ids)
        issues = self._issues
        dropped = frozenset(i for i in ids
                            if i in issues and self._drop_stale_issues(self.segment(i)))
        sides = {e.side for e in edits}
        self.segments_changed.emit(Change(ChangeKind.TEXT, ids,
                                          sides.pop() if len(sides) == 1 else None))
        if dropped:
            # the re-check that follows finds the list already without them and stays quiet,
            # so whoever lists issues must hear of the change now
            self.issues_changed.emit(dropped)

    def set_status(self, segment_id: int, status: Status) -> Status:
        """Returns the old status (the inverse is set_status with it)."""
        row = self.row_of(segment_id)
        old = self.document.segments[row].status
        self.document.set_status(row, status)
        self.revision += 1
        self.segments_changed.emit(Change(ChangeKind.STATUS, (segment_id,)))
        return old

    # -- fixes -------------------------------------------------------------------------------
    def fixed_text(self, issue: Issue) -> tuple[str, str] | None:
        """(side, new text) with the issue's replacement applied; None when it has no
        replacement (a hint is for a person) or its span no longer fits."""
        if issue.replacement is None:
            return None
        side = side_of(issue)
        try:
            text = self.segment(issue.segment).text(side)
        except KeyError:
            return None
        if not 0 <= issue.start <= issue.end <= len(text):
            return None
        return side, text[:issue.start] + issue.replacement + text[issue.end:]

    def apply_fix(self, issue: Issue) -> TextEdit | None:
        """Put the issue's replacement in place of its words; None when it cannot be."""
        if not self.is_live(issue):
            return None
        change = self.fixed_text(issue)
        if change is None:
            return None
        side, text = change
        return self.set_text(issue.segment, side, text)

    # -- ignoring and switching checks off ---------------------------------------------------
    def ignore(self, issue: Issue) -> IgnoredIssue | None:
        """Dismiss this one occurrence (core checks.base.ignore); None if out of date."""
        if not self.is_live(issue):
            return None
        record = ignore(self.document, issue, self.issues_of(issue.segment))
        self.set_issues(issue.segment, [i for i in self.issues_of(issue.segment) if i != issue])
        return record

    def unignore(self, record: IgnoredIssue, issue: Issue) -> None:
        """The inverse of ignore: the record goes, the issue is listed again."""
        ignored = self.document.checks.ignored
        for position in range(len(ignored) - 1, -1, -1):
            if ignored[position] == record:
                del ignored[position]
                break
        restored = sorted(self.issues_of(issue.segment) + [issue], key=issue_order)
        self.set_issues(issue.segment, restored)

    def disable_check(self, check_id: str) -> tuple[bool, dict[int, list[Issue]]]:
        """Switch a check off for this document; returns (was it off already, the issue lists
        it changed) for enable_check to undo."""
        was_disabled = check_id in self.document.checks.disabled
        self.document.checks.disabled.add(check_id)
        removed: dict[int, list[Issue]] = {}
        for segment_id, found in list(self._issues.items()):
            if any(i.check == check_id for i in found):
                removed[segment_id] = found
                self.set_issues(segment_id, [i for i in found if i.check != check_id],
                                notify=False)
        if removed:
            self.issues_changed.emit(frozenset(removed))
        return was_disabled, removed

    def enable_check(self, check_id: str, was_disabled: bool,
                     removed: dict[int, list[Issue]]) -> None:
        if not was_disabled:
            self.document.checks.disabled.discard(check_id)
        for segment_id, found in removed.items():
            self.set_issues(segment_id, found, notify=False)
        if removed:
            self.issues_changed.emit(frozenset(removed))

    def has_document_checks(self) -> bool:
        document = self.document
        return any(c.scope == "document" for c in enabled_checks(
            document.source_language, document.target_language, document.checks))

    # -- rows: merge, split, move a sentence -------------------------------------------------
    def replace_segments(self, row: int, count: int, new: Sequence[Segment],
                         issues: dict[int, list[Issue]] | None = None) -> list[Segment]:
        """Swap `count` segments at `row` for `new` (the step under merge, split, a moved
        sentence, and their undo); `issues` gives the new segments their issue lists."""
        change = Change(ChangeKind.ROWS, tuple(s.id for s in new), row=row, removed=count,
                        inserted=len(new))
        self.about_to_change.emit(change)
        removed = self.document.replace_segments(row, count, list(new))
        self._row_of = None
        for segment in removed:
            self._put(segment.id, [])
        for segment in new:
            if issues and segment.id in issues:
                self._put(segment.id, list(issues[segment.id]))
        self._bump([s.id for s in removed] + [s.id for s in new])
        self.segments_changed.emit(change)
        self.issues_changed.emit(frozenset(s.id for s in removed) | frozenset(change.segment_ids))
        return removed

    def plan_merge(self, row: int) -> tuple[int, list[Segment], list[Segment]]:
        return plan_merge(self.document, row)

    def plan_split(self, row: int, side: str, at: int) -> tuple[int, list[Segment], list[Segment]]:
        return plan_split(self.document, row, side, at)

    def plan_move_sentence(self, row: int, side: str, direction: int
                           ) -> tuple[int, list[Segment], list[Segment]] | None:
        return plan_move_sentence(self.document, row, side, direction)

    def merge(self, row: int) -> list[int]:
        """Merge segment `row` with the next; returns the new segment ids."""
        return self._apply_plan(self.plan_merge(row))

    def split(self, row: int, side: str, at: int) -> list[int]:
        return self._apply_plan(self.plan_split(row, side, at))

    def move_sentence(self, row: int, side: str, direction: int) -> list[int]:
        plan = self.plan_move_sentence(row, side, direction)
        return self._apply_plan(plan) if plan is not None else []

    def _apply_plan(self, plan: tuple[int, list[Segment], list[Segment]]) -> list[int]:
        first, old, new = plan
        self.replace_segments(first, len(old), new)
        return [s.id for s in new]

    # -- bulk edits --------------------------------------------------------------------------
    def replace_all(self, pattern: Pattern[str], replacement: str, regex: bool,
                    only: Iterable[int] | None = None) -> list[TextEdit]:
        """Replace in every target (or the segments in `only`); core.find plans it."""
        chosen = None if only is None else set(only)
        planned = plan_replacements(self.document, pattern, replacement, regex)
        return self.set_texts([(p.segment_id, p.new) for p in planned
                               if chosen is None or p.segment_id in chosen])

    def read_review(self, path: str | Path) -> tuple[ReviewImportReport, list[tuple[int, str]]]:
        """A reviewer's bilingual table: (the import report, [(segment id, new target)] for
        segments still in the document). Nothing is changed: set_texts applies them."""
        from translator_gui.core.export import import_review

        report = import_review(self.document, path)
        present = {s.id for s in self.document.segments}
        return report, [(e.segment, e.new_target) for e in report.edits if e.segment in present]

    def import_review(self, path: str | Path) -> tuple[ReviewImportReport, list[TextEdit]]:
        report, changes = self.read_review(path)
        return report, self.set_texts(changes)

    # -- snapshots and re-checks ---------------------------------------------------------------
    def snapshot(self) -> ReviewDocument:
        """A copy of the document for a worker (snapshot_of), sharing the copies of segments
        unchanged since the last snapshot: call it on the thread that edits."""
        return snapshot_of(self.document, self._copies)

    def prepare_recheck(self, segment_ids: Iterable[int]) -> RecheckJob:
        """A snapshot of the document to re-check those segments on (call on the thread that
        edits; run the job on any)."""
        snapshot = self.snapshot()
        rows = []
        for segment_id in dict.fromkeys(segment_ids):
            try:
                rows.append((segment_id, self.row_of(segment_id)))
            except KeyError:
                continue  # merged away meanwhile
        return RecheckJob(snapshot, rows, {i: self.segment_revision(i) for i, _r in rows})

    def recheck(self, segment_ids: Iterable[int],
                cancelled: CancelCheck | None = None) -> RecheckResult:
        """The fresh segment-scope issues of those segments (Cancelled when told to stop);
        nothing is applied: apply_recheck does that."""
        return self.prepare_recheck(segment_ids).run(cancelled)

    def apply_recheck(self, result: RecheckResult, segment_ids: Iterable[int] | None = None
                      ) -> list[int]:
        """Take re-check results (all, or those of `segment_ids`: a slice); results for
        segments edited or removed since the snapshot are dropped. Document-scope issues stay
        until the next document pass. Returns the ids whose issues changed."""
        changed = []
        for segment_id in (result.issues if segment_ids is None else segment_ids):
            fresh = result.issues.get(segment_id)
            if fresh is None or self.segment_revision(segment_id) != result.revisions.get(
                    segment_id, -1):
                continue
            try:
                segment = self.segment(segment_id)
            except KeyError:
                continue
            if self.set_issues(segment_id, self.merged_issues(segment, fresh), notify=False):
                changed.append(segment_id)
        if changed:
            self.issues_changed.emit(frozenset(changed))
        return changed

    def merged_issues(self, segment: Segment, fresh: list[Issue],
                      keep_parsed: bool = False) -> list[Issue]:
        """A segment's fresh segment-scope issues plus its document-scope ones that still fit
        (and its parse-based ones, with `keep_parsed`: fresh ones came without them)."""
        kept = [i for i in self._issues.get(segment.id, ())
                if (self._document_scope(i) or keep_parsed and self._parse_based(i))
                and i.end <= len(segment.text(side_of(i)))]
        return sorted(one_per_span(fresh + kept), key=issue_order)

    def _parse_based(self, issue: Issue) -> bool:
        parsed = self._parsed.get(issue.check)
        if parsed is None:
            try:
                parsed = get_check(issue.check).needs_parse
            except KeyError:
                parsed = False
            self._parsed[issue.check] = parsed
        return parsed

    def recheck_now(self, segment_id: int, parse: bool = True) -> list[Issue]:
        """Re-check one segment on this thread (the live re-check while typing).

        With `parse` False only the checks needing no parse run (they answer at once): the
        segment's parse-based issues that still fit stay, as its document-scope ones do,
        until a full re-check (parse_pending says whether one has more to say)."""
        row = self.row_of(segment_id)
        segment = self.document.segments[row]
        checks = self._live_checks()
        if not parse:
            checks = [c for c in checks if not c.needs_parse]
        found = self.merged_issues(segment, check_segment(
            self.document, row, checks=checks, wants=self._wants), keep_parsed=not parse)
        self.set_issues(segment_id, found)
        return found

    def parse_pending(self, segment_id: int) -> list[str] | None:
        """After a re-check without the parse-based checks: None when they have nothing to
        add (no parse-based check wants the segment's French, none of its issues is theirs);
        else the French texts they want parsed (possibly none: then they only have issues to
        take back)."""
        row = self.row_of(segment_id)
        document = self.document
        segment = document.segments[row]
        checks = self._live_checks()
        # Asked after every keystroke; the texts wanted are French texts of the segment, each
        # as the checks read it (all of it, or of a text over the bound its own first part):
        # typing in the English leaves them, and the answer, as they were.
        french = (segment.source if document.source_language == "fr" else None,
                  segment.target if document.target_language == "fr" else None)
        kept = self._wanted_kept
        if kept is not None and kept[0] is checks and kept[1] == french:
            texts = list(kept[2])
        else:
            context = SegmentContext(segment, document.source_language,
                                     document.target_language, document)
            texts = texts_to_parse(checks, context, self._wants)
            self._wanted_kept = (checks, french, tuple(texts))
        if texts or any(self._parse_based(i) for i in self._issues.get(segment_id, ())):
            return texts
        return None

    def _live_checks(self) -> list[Check]:
        """The document's enabled checks for live re-checks, kept while the settings that
        choose them are the same (at every keystroke, enabled_checks built the list anew and
        looked at the user's checklist file on disk), and asked again every LIVE_CHECKS_SECONDS
        so that a checklist edited on disk is taken in."""
        document = self.document
        settings = document.checks
        key = (id(settings), frozenset(settings.disabled), tuple(settings.checklists),
               document.source_language, document.target_language)
        now = time.monotonic()
        kept = self._checks_kept
        if kept is None or kept[0] != key or now - kept[1] > LIVE_CHECKS_SECONDS:
            kept = self._checks_kept = (key, now, enabled_checks(
                document.source_language, document.target_language, settings))
        return kept[2]

    def changed_since(self, revisions: dict[int, int]) -> list[int]:
        """Ids of segments whose revision moved since `revisions` was taken."""
        return [s.id for s in self.document.segments
                if self.segment_revision(s.id) != revisions.get(s.id, -1)]

    def revisions(self) -> dict[int, int]:
        return {s.id: self.segment_revision(s.id) for s in self.document.segments}
