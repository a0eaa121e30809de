"""The Consistency view's controller: computes the groups on demand and applies "Make all like
this one" through the window's one-step replace (undoable)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from translator_gui.core.checks.consistency import (
    ConsistencyGroup,
    consistency_groups,
    make_all_like,
)
from translator_gui.core.termbase import Termbase, termbase_for

from ..consistency_view import ConsistencyView
from ..i18n import translate
from ..workers import Task, run_task

if TYPE_CHECKING:
    from ..window import MainWindow

log = logging.getLogger(__name__)


class ConsistencyController:
    def __init__(self, window: MainWindow):
        self.window = window
        self.task: Task | None = None

    def install(self) -> None:
        """The view in a dock beside the issues list; it refreshes after each document pass."""
        window = self.window
        view = window.consistency_view = ConsistencyView(window)
        self.dock = window.add_dock(translate("MainWindow", "Consistency"), view,
                                    "consistency_dock")
        view.refresh_requested.connect(self.refresh_in_background)
        view.make_all_like_requested.connect(self.make_all_like)
        view.segment_activated.connect(self.show_segment)
        window.checks_finished.connect(self.refresh_in_background)
        window.tabifyDockWidget(window.issues_dock, self.dock)
        window.issues_dock.raise_()

    def _terms(self) -> Termbase:
        document = self.window.document
        return termbase_for(tuple(document.checks.glossaries), document.source_language,
                            document.target_language)

    def refresh(self) -> None:
        document = self.window.document
        self.window.consistency_view.show_groups(consistency_groups(document, self._terms()),
                                                 document)

    def refresh_in_background(self) -> None:
        """The groups from a snapshot, on a worker (10,000 segments took 5 s on the GUI
        thread after every document pass); shown if nothing was edited meanwhile, else
        computed again."""
        window = self.window
        if self.task is not None:
            self.task.cancel()
        snapshot, terms, revision = window.review.snapshot(), self._terms(), window.review.revision

        def work(_progress: object, cancelled: Callable[[], bool]) -> list[ConsistencyGroup]:
            return consistency_groups(snapshot, terms, cancelled)

        def done(groups: list[ConsistencyGroup]) -> None:
            if task is not self.task:
                return
            self.task = None
            if window.review.revision != revision:
                self.refresh_in_background()
                return
            window.consistency_view.show_groups(groups, window.document)

        def failed(error: BaseException) -> None:
            if task is self.task:
                self.task = None
            log.warning("consistency groups failed: %s", error)

        task = run_task(work, done, failed, name="consistency", owner=window)
        self.task = task

    def make_all_like(self, group: ConsistencyGroup, chosen: str) -> None:
        window = self.window
        changes = make_all_like(window.document, group, chosen, self._terms())
        if not changes:
            window.show_message(translate(
                "Consistency", "Nothing to change: these segments already agree."), 4000)
            return
        numbers = ", ".join(str(window.document.segments[i].number) for i in group.indices)
        window.repair.replace_in_targets(changes, translate(
            "Consistency", "Make segments {numbers} consistent").format(numbers=numbers))
        self.refresh()

    def show_segment(self, position: int) -> None:
        self.window.go_to_row(position, edit=False)
