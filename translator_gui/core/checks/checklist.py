"""The reviewer's checklist rules as checks: each rule of the project's and the user's
checklists (core/checklist.py) runs as a check `checklist:<id>` with the rule's severity."""

from __future__ import annotations

from collections.abc import Iterable

from translator_gui.core.checklist import ChecklistRule, checklist_rules
from translator_gui.core.checks.base import Check, Finding, SegmentContext, Severity
from translator_gui.core.model import CheckSettings


class ChecklistCheck(Check):
    """One checklist rule. Not in the catalogue: the engine adds the rules of the document's
    checklists to the checks it runs (see base.enabled_checks)."""

    category = "Style/Organizational style"
    whole_text = True  # the reviewer's own rules read all of a segment
    rule: ChecklistRule

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        source, target = context.segment.source, context.segment.target
        if not self.rule.fires(source, target):
            return
        for side, start, end in self.rule.spans(source, target):
            yield Finding(side, start, end, self.rule.message)


_CHECKS: dict[ChecklistRule, ChecklistCheck] = {}


def check_for(rule: ChecklistRule) -> ChecklistCheck:
    check = _CHECKS.get(rule)
    if check is None:
        # A class per rule: a check's id, name and severity are class attributes.
        check_class = type(f"Checklist_{rule.id}", (ChecklistCheck,), {
            "id": rule.check_id, "name": f"Checklist: {rule.id}",
            "description": f"{rule.message} (rule {rule.id} of {rule.path}, line {rule.line})",
            "severity": Severity(rule.severity), "rule": rule})
        check = _CHECKS[rule] = check_class()
        if len(_CHECKS) > 2000:
            _CHECKS.clear()
    return check


def checklist_checks(settings: CheckSettings | None) -> list[Check]:
    """The checks of the document's checklists and of the user's checklist."""
    paths = settings.checklists if settings else []
    return [check_for(rule) for rule in checklist_rules(paths)]
