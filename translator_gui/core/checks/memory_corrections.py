"""The `memory-correction` check: draft words the reviewer has corrected the same way before.

The corrections come from the translation memory given with the document
(`ReviewDocument.memory`, seen as `SegmentContext.memory`); without one the check is quiet.
"""

from __future__ import annotations

from collections.abc import Iterable

from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity, register

_DRAFTS = (
    ("The committee has took a decision on the budget.",
     "The committee has taken a decision on the budget."),
    ("The minister has took part in the meeting.",
     "The minister has taken part in the meeting."),
)


def message(count: int) -> str:
    return f"you changed this {count} times"


@register
class MemoryCorrection(Check):
    id = "memory-correction"
    name = "Correction made before"
    description = ("Draft words the reviewer has already corrected the same way in confirmed "
                   "segments (at least twice, more often than kept), read from the translation "
                   "memory; the remembered correction is the replacement.")
    category = "Style/Inconsistent with translation memory"
    severity = Severity.MINOR
    bad_examples = (Example("Le conseil a pris la parole.", "The council has took the floor.",
                            memory=_DRAFTS, flags=('took',)),)
    good_examples = (Example("Le conseil a pris la parole.", "The council has taken the floor.",
                             memory=_DRAFTS),
                     Example("Le conseil a pris la parole.", "The council has took the floor."))

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        memory = context.memory
        if memory is None or not context.segment.target:
            return []
        table = memory.corrections(context.source_language, context.target_language)
        return [Finding("target", match.start, match.end, message(match.correction.count),
                        replacement=match.replacement,
                        hint=None)
                for match in table.find(context.segment.target)]
