"""The Consistency view's controller: computes the groups on demand and applies "Make all like
this one" through the window's one-step replace (undoable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from translator_gui.core.checks.consistency import (
    ConsistencyGroup,
    consistency_groups,
    make_all_like,
)
from translator_gui.core.termbase import Termbase, termbase_for

from ..i18n import translate

if TYPE_CHECKING:
    from ..window import MainWindow


class ConsistencyController:
    def __init__(self, window: MainWindow):
        self.window = window

    def _terms(self) -> Termbase:
        document = self.window.document
        return termbase_for(tuple(document.checks.glossaries), document.source_language,
                            document.target_language)

    def refresh(self) -> None:
        document = self.window.document
        self.window.consistency_view.show_groups(consistency_groups(document, self._terms()),
                                                 document)

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
