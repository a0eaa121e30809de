"""The QA gate: confirming a segment with open major or critical issues asks first (or is
refused, or goes through, as the settings say), and exporting shows the open issues with
"Export anyway"."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from translator_gui.core.checks.base import Issue, Severity
from translator_gui.core.model import Segment

from .. import settings

if TYPE_CHECKING:
    from ..window import MainWindow

SERIOUS = Severity.MAJOR.rank


def summary(issues: list[Issue]) -> str:
    """"2 critical, 1 major" (most severe first)."""
    counts = Counter(i.severity for i in issues)
    order = sorted(counts, key=lambda s: -s.rank)
    return ", ".join(f"{counts[s]} {s.value}" for s in order)


class QaGateController:
    def __init__(self, window: MainWindow):
        self.window = window

    def serious_issues(self, segment: Segment) -> list[Issue]:
        return [i for i in self.window.review.issues_of(segment.id) if i.severity.rank >= SERIOUS]

    def allow_confirm(self, segment: Segment) -> bool:
        """May this segment be confirmed now? Asks (or refuses) when it has open major or
        critical issues, after the QA gate setting."""
        serious = self.serious_issues(segment)
        mode = settings.get(settings.QA_GATE)
        if not serious or mode == "silent":
            return True
        lines = "\n".join(f"• {i.severity.value}: {i.message}" for i in serious[:6])
        text = (f"Segment {segment.number} has {summary(serious)} open "
                f"issue{'s' if len(serious) > 1 else ''}:\n\n{lines}")
        if mode == "block":
            self.window.show_message(f"Segment {segment.number} not confirmed: "
                                     f"{summary(serious)} open. Fix or ignore them first.", 8000)
            self.inform(text + "\n\nFix or ignore them first (Settings › QA gate).")
            return False
        return self.ask_confirm(text + "\n\nConfirm it anyway?")

    def ask_confirm(self, text: str) -> bool:  # tests replace it
        answer = QMessageBox.question(
            self.window, "Open issues", text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, text: str) -> None:  # tests replace it
        QMessageBox.information(self.window, "Open issues", text)

    def allow_export(self) -> bool:
        """Before an export: the open issues by severity, with "Export anyway"."""
        issues = [i for i in self.window.review.all_issues()
                  if i.severity.rank >= Severity.MINOR.rank]
        if not issues:
            return True
        segments = len({i.segment for i in issues})
        by_check = Counter(i.check for i in issues).most_common(5)
        lines = "\n".join(f"• {check}: {count}" for check, count in by_check)
        return self.ask_export(f"{len(issues)} issues are still open ({summary(issues)}) in "
                               f"{segments} segment{'s' if segments > 1 else ''}.\n\n"
                               f"Most frequent:\n{lines}")

    def ask_export(self, text: str) -> bool:  # tests replace it
        box = QMessageBox(QMessageBox.Icon.Warning, "Open issues", text,
                          QMessageBox.StandardButton.Cancel, self.window)
        anyway = box.addButton("Export anyway", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is anyway
