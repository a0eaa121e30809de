"""The document-scope pass after edits: what an edit can change outside its own segment (a
name spelt one way earlier, a term translated two ways), run on a snapshot on any thread and
taken back by ReviewSession.apply_document_scope."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass

from translator_gui.core.cancel import CancelCheck
from translator_gui.core.checks.base import Issue, check_document, enabled_checks
from translator_gui.core.model import ReviewDocument


def document_scope_issues(document: ReviewDocument,
                          cancelled: CancelCheck | None = None) -> list[Issue]:
    """What an edit can change outside its own segment: the document-scope checks' issues
    (a name spelt one way earlier, a term translated two ways), by the core engine itself
    with the segment-scope checks left out. Run it on a snapshot."""
    settings = copy.deepcopy(document.checks)
    settings.disabled |= {c.id for c in enabled_checks(
        document.source_language, document.target_language, settings) if c.scope != "document"}
    scoped = copy.copy(document)
    scoped.checks = settings
    return check_document(scoped, cancelled=cancelled)


def group_by_segment(issues: Iterable[Issue]) -> dict[int, list[Issue]]:
    grouped: dict[int, list[Issue]] = {}
    for issue in issues:
        grouped.setdefault(issue.segment, []).append(issue)
    return grouped


@dataclass
class DocumentScopeResult:
    issues: dict[int, list[Issue]]  # segment id -> its fresh document-scope issues
    revisions: dict[int, int]  # segment id -> its revision when the snapshot was taken


@dataclass
class DocumentScopeJob:
    """The document-scope checks on a snapshot: safe to run on a worker thread; the result
    goes back through ReviewSession.apply_document_scope, in slices if the caller likes."""

    snapshot: ReviewDocument
    revisions: dict[int, int]

    def run(self, cancelled: CancelCheck | None = None) -> DocumentScopeResult:
        return DocumentScopeResult(
            group_by_segment(document_scope_issues(self.snapshot, cancelled)), self.revisions)
