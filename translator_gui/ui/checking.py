"""Running the checks for the window: only the document-wide ones after an edit.

Segment checks run live on the edited segment; what an edit can change elsewhere is only
what the document-scope checks find (a name spelt one way earlier, the same term translated
two ways). Re-running just those keeps the background work light on a 10,000-segment document.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from translator_gui.core.checks.base import (
    Issue,
    SegmentContext,
    enabled_checks,
    is_ignored,
    to_issue,
)
from translator_gui.core.model import ReviewDocument

log = logging.getLogger(__name__)


def document_scope_issues(document: ReviewDocument,
                          cancelled: Callable[[], bool] | None = None) -> list[Issue]:
    settings = document.checks
    checks = [c for c in enabled_checks(document.source_language, document.target_language,
                                        settings) if c.scope == "document"]
    if not checks:
        return []
    contexts = [SegmentContext(s, document.source_language, document.target_language, document)
                for s in document.segments]
    found: dict[int, list[Issue]] = {}
    for check in checks:
        if cancelled and cancelled():
            return []
        try:
            for index, finding in check.check_document(document, contexts):
                issue = to_issue(check, document.segments[index], finding, settings)
                if issue is not None:
                    found.setdefault(index, []).append(issue)
        except Exception:  # noqa: BLE001 - one broken check must not stop the others
            log.exception("check %s failed", check.id)
    issues: list[Issue] = []
    for index in sorted(found):
        segment = document.segments[index]
        in_segment = sorted(found[index], key=lambda i: (i.side, i.start, i.end, i.check))
        issues.extend(i for i in in_segment if not is_ignored(i, segment, settings, in_segment))
    return issues
