"""The status bar: confirmed segments, issues by severity, post-edit distance, and the
whole-document check's progress with its Stop button."""

from __future__ import annotations

import logging
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QProgressBar, QToolButton

from translator_gui.core.checks.base import Severity

from ..i18n import translate
from ..segment_model import severity_color
from ..workers import run_task
from .qa_gate import _COUNTED

if TYPE_CHECKING:
    from ..window import MainWindow

log = logging.getLogger(__name__)
_DRAFT_AND_TARGET = attrgetter("draft", "target")


class StatusController:
    def __init__(self, window: MainWindow):
        self.window = window
        bar = window.statusBar()
        self.confirmed_label = QLabel(window)
        self.issues_label = QLabel(window)
        self.distance_label = QLabel(window)
        self.distance_label.setToolTip(
            translate("Status", "Post-edit distance of the whole document: sacrebleu chrF and "
                      "TER of the original draft against the current targets"))
        # the whole-document check: how far it is, and a way to stop it
        self.check_progress = QProgressBar(window)
        self.check_progress.setMaximumWidth(160)
        self.check_progress.setFormat(translate("Status", "Checking %p%"))
        self.check_progress.setTextVisible(True)
        self.check_stop = QToolButton(window)
        self.check_stop.setText(translate("Status", "Stop"))
        self.check_stop.setToolTip(translate(
            "Status", "Stop checking the whole document (F7 starts it again)"))
        for widget in (self.check_progress, self.check_stop):
            bar.addWidget(widget)
            widget.hide()
        for label in (self.confirmed_label, self.issues_label, self.distance_label):
            bar.addPermanentWidget(label)

    def update_status(self) -> None:
        window = self.window
        total = len(window.document.segments)
        self.confirmed_label.setText(translate("Status", "Confirmed {confirmed} / {total}").format(
            confirmed=window.model.confirmed_count(), total=total))
        counts = window.review.counts_by_severity()
        parts = []
        for severity in (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.NEUTRAL):
            if counts[severity] or severity != Severity.NEUTRAL:
                color = severity_color(severity).name()
                parts.append(f"<span style='color:{color}'>●</span> "
                             + translate("QaGate", _COUNTED[severity], "", counts[severity]))
        self.issues_label.setText("  ".join(parts))

    def update_distance(self) -> None:
        if self.window.checking.passes_running() or self.window.recovery_control.writing():
            # one worker at a time competes with the window for the interpreter: the distance
            # follows the bulk re-check, the document pass after it and the autosave (it ran
            # beside them after a Replace all, and the window's thread waited for the
            # interpreter while two workers handed it to each other)
            self.window._distance_timer.start()
            return
        pairs = list(map(_DRAFT_AND_TARGET, self.window.document.segments))  # by C code

        def work(_progress: object, cancelled: Callable[[], bool]) -> tuple[float, float]:
            from translator_gui.core.metrics import corpus_distance
            return corpus_distance(pairs, cancelled)

        def done(result: tuple[float, float]) -> None:
            chrf, ter = result
            self.distance_label.setText(translate("Status", "Post-edit: chrF {chrf} · TER {ter}"
                                                  ).format(chrf=f"{chrf:.1f}", ter=f"{ter:.1f}"))

        run_task(work, done, lambda error: log.warning("distance failed: %s", error),
                 name="post-edit distance", owner=self.window)

    def show_progress(self, done: int, total: int) -> None:
        if total:
            self.check_progress.setMaximum(total)
            self.check_progress.setValue(min(done, total))

    def show_checking(self, running: bool) -> None:
        self.check_progress.setVisible(running)
        self.check_stop.setVisible(running)
        if running:
            self.check_progress.setValue(0)
