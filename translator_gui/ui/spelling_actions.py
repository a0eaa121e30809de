"""Spelling from the window: "Add to dictionary" (project or user) and "Ignore all" as undoable
commands that take the word's spelling issues away everywhere at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from translator_gui.core import spelling
from translator_gui.core.checks.base import Issue

from .i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from translator_gui.core.review import ReviewSession

SCOPES = {"project": QT_TRANSLATE_NOOP("Spelling", "Add “{}” to the project dictionary"),
          "user": QT_TRANSLATE_NOOP("Spelling", "Add “{}” to my dictionary"),
          "ignore": QT_TRANSLATE_NOOP("Spelling", "Ignore “{}” everywhere")}


class AcceptWordCommand(QUndoCommand):
    """The word is right: kept in the project dictionary, the user's, or ignored in this project;
    its `spelling` issues leave every segment (undo brings both back)."""

    def __init__(self, review: ReviewSession, word: str, scope: str):
        super().__init__(translate("Spelling", SCOPES[scope]).format(word))
        self.review = review
        self.word = spelling.word_key(word.strip())
        self.scope = scope
        self.added = False
        self.removed: dict[int, list[Issue]] = {}

    def redo(self) -> None:
        settings = self.review.document.checks
        if self.scope == "project":
            self.added = self.word not in settings.words
            spelling.add_to_project_dictionary(settings, self.word)
        elif self.scope == "ignore":
            self.added = self.word not in settings.ignored_words
            spelling.ignore_all(settings, self.word)
        else:
            self.added = self.word not in spelling.user_words()
            spelling.add_to_user_dictionary(self.word)
        segments = {s.id: s for s in self.review.document.segments}
        current = {sid: self.review.issues_of(sid) for sid in segments}
        changed = spelling.spelling_issues_of_word(current, segments, self.word)
        self.removed = {sid: current[sid] for sid in changed}
        for segment_id, kept in changed.items():
            self.review.set_issues(segment_id, kept, notify=False)
        if changed:
            self.review.issues_changed.emit(frozenset(changed))

    def undo(self) -> None:
        if self.added:
            settings = self.review.document.checks
            if self.scope == "project":
                settings.words = [w for w in settings.words if w != self.word]
            elif self.scope == "ignore":
                settings.ignored_words = [w for w in settings.ignored_words if w != self.word]
            else:
                spelling.remove_from_user_dictionary(self.word)
        for segment_id, found in self.removed.items():
            self.review.set_issues(segment_id, found, notify=False)
        if self.removed:
            self.review.issues_changed.emit(frozenset(self.removed))
