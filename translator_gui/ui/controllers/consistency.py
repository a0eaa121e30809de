"""The Consistency view's controller: computes the groups on demand and applies "Make all like
this one" through the window's one-step replace (undoable)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from translator_gui.core.checks.consistency import (
    ConsistencyGroup,
    consistency_groups,
    make_all_like,
)
from translator_gui.core.termbase import Termbase, termbase_for

from ..consistency_view import ConsistencyView, shown_of
from ..i18n import translate
from ..workers import Task, run_task

if TYPE_CHECKING:
    from ..window import MainWindow

log = logging.getLogger(__name__)


# How soon a refresh put off by a running pass asks again (see refresh_in_background).
RETRY_MS = 1000


@dataclass
class Groups:
    """A worker's answer: the groups, what the list shows of them (shown_of), and whether
    the list showed exactly that when the work began."""

    groups: list[ConsistencyGroup]
    shown: list[tuple[int | str, ...]]
    listed: bool


class ConsistencyController:
    def __init__(self, window: MainWindow):
        self.window = window
        self.task: Task | None = None
        self.wanted = False  # a refresh was put off while a pass ran
        self.retry = QTimer(window)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self._retry)

    def running(self) -> bool:
        """The groups are being worked out on a worker."""
        return self.task is not None

    def _retry(self) -> None:
        if self.wanted:
            self.refresh_in_background()

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
        computed again.

        Not while a bulk re-check or the document pass after edits runs: the groups would be
        out of date as soon as made, the pass ends with checks_finished, which refreshes the
        view, and a second worker beside the window starves it of the interpreter (after a
        Replace all, a refresh started before it was taken again at once: a snapshot of the
        document on the GUI thread and 1-4 s of a worker, beside the re-check). Asked again
        every RETRY_MS meanwhile, in case no pass follows. An autosave being written is
        waited for too, and it waits for this (recovery.py)."""
        window = self.window
        if window.checking.passes_running() or window.recovery_control.writing():
            # (an autosave being written on a worker too: one worker beside the window)
            self.wanted = True
            self.retry.start()
            return
        self.wanted = False
        if self.task is not None:
            self.task.cancel()
        revision = window.review.revision
        kept = window.checking.pass_snapshot
        # the document pass's snapshot while nothing was edited since it was taken (the
        # groups are only shown: a change made outside the session's edits meanwhile shows at
        # the next refresh), else one of its own
        snapshot = kept[1] if kept is not None and kept[0] == revision \
            else window.review.snapshot()
        terms = self._terms()
        view = window.consistency_view
        listed, listed_shown = view.listed()

        def work(_progress: object, cancelled: Callable[[], bool]) -> Groups:
            groups = consistency_groups(snapshot, terms, cancelled)
            # what the list would show, and whether it shows that already, worked out here
            # (15 ms of the GUI thread for 2,000 groups)
            shown = shown_of(groups, snapshot.segments)
            return Groups(groups, shown, groups == listed and shown == listed_shown)

        def done(result: Groups) -> None:
            if task is not self.task:
                return
            self.task = None
            if window.review.revision != revision:
                self.refresh_in_background()
                return
            if result.listed and view.listed()[0] is listed:
                return  # the list shows them already
            view.show_groups(result.groups, window.document, result.shown)

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
