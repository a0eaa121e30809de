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
from ..i18n import QT_TRANSLATE_NOOP, severity_label, translate

if TYPE_CHECKING:
    from ..window import MainWindow

SERIOUS = Severity.MAJOR.rank
# "2 critical": a count and a severity, which agree in number in many languages.
_COUNTED = {Severity.CRITICAL: QT_TRANSLATE_NOOP("QaGate", "%n critical"),
            Severity.MAJOR: QT_TRANSLATE_NOOP("QaGate", "%n major"),
            Severity.MINOR: QT_TRANSLATE_NOOP("QaGate", "%n minor"),
            Severity.NEUTRAL: QT_TRANSLATE_NOOP("QaGate", "%n neutral")}


def summary(issues: list[Issue]) -> str:
    """"2 critical, 1 major" (most severe first)."""
    counts = Counter(i.severity for i in issues)
    order = sorted(counts, key=lambda s: -s.rank)
    return ", ".join(translate("QaGate", _COUNTED[s], "", counts[s]) for s in order)


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
        lines = "\n".join(f"• {severity_label(i.severity.value)}: {i.message}"
                          for i in serious[:6])
        count = len(serious)
        text = translate("QaGate", "Segment {number} has %n open issue(s) ({summary}):", "",
                         count).format(number=segment.number, summary=summary(serious))
        text += f"\n\n{lines}"
        if mode == "block":
            self.window.show_message(translate(
                "QaGate", "Segment {number} not confirmed: {summary} open. Fix or ignore them "
                "first.").format(number=segment.number, summary=summary(serious)), 8000)
            self.inform(text + "\n\n" + translate(
                "QaGate", "Fix or ignore them first (Settings › QA gate)."))
            return False
        return self.ask_confirm(text + "\n\n" + translate("QaGate", "Confirm it anyway?"))

    def ask_confirm(self, text: str) -> bool:  # tests replace it
        answer = QMessageBox.question(
            self.window, translate("QaGate", "Open issues"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, text: str) -> None:  # tests replace it
        QMessageBox.information(self.window, translate("QaGate", "Open issues"), text)

    def allow_export(self) -> bool:
        """Before an export: the open issues by severity, with "Export anyway"."""
        issues = [i for i in self.window.review.all_issues()
                  if i.severity.rank >= Severity.MINOR.rank]
        if not issues:
            return True
        segments = len({i.segment for i in issues})
        by_check = Counter(i.check for i in issues).most_common(5)
        lines = "\n".join(f"• {check}: {count}" for check, count in by_check)
        in_segments = translate("QaGate", "%n segment(s)", "", segments)
        count = len(issues)
        return self.ask_export(
            translate("QaGate", "%n issue(s) still open ({summary}) in {segments}.", "",
                      count).format(summary=summary(issues), segments=in_segments)
            + "\n\n" + translate("QaGate", "Most frequent:") + f"\n{lines}")

    def ask_export(self, text: str) -> bool:  # tests replace it
        box = QMessageBox(QMessageBox.Icon.Warning, translate("QaGate", "Open issues"), text,
                          QMessageBox.StandardButton.Cancel, self.window)
        anyway = box.addButton(translate("QaGate", "Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is anyway
