"""The translation memory in the window: Concordance (Ctrl+K), Matches for the current segment
(Ctrl+1..3 inserts one), writing confirmed segments, and the memory-correction actions.

Widgets here know nothing of the main window; MemoryController wires them to any window
that has `document`, `review` (ReviewSession), `model` (SegmentModel), `undo_stack` and
`current_row()`; with the review window's `add_dock`/`add_action` it lists itself in menus.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import attrgetter, is_
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from translator_gui.core.checks.base import Issue
from translator_gui.core.memory import (
    ConcordanceHit,
    FuzzyMatch,
    TranslationMemory,
    TranslationMemoryError,
    default_memory_path,
)
from translator_gui.core.memory_learning import (
    GLOSSARY_FILE,
    Correction,
    append_glossary_entry,
    apply_everywhere,
    words_key,
)
from translator_gui.core.model import ReviewDocument, Status

from .i18n import translate
from .workers import run_task

log = logging.getLogger(__name__)
_STATUS = attrgetter("status")

MATCH_KEYS = 3  # Ctrl+1 .. Ctrl+3
FOUND_STYLE = "background-color: #ffe08a; color: #000000;"
CHANGED_STYLE = "background-color: #f4b6b6; color: #000000;"


def highlighted(text: str, spans: Sequence[tuple[int, int]], style: str) -> str:
    """HTML of `text` with the spans marked (escaped, spans in order, overlaps merged)."""
    out, at = [], 0
    for start, end in sorted(spans):
        start = max(start, at)
        if start >= end:
            continue
        out.append(html.escape(text[at:start]))
        out.append(f'<span style="{style}">{html.escape(text[start:end])}</span>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


class ConcordanceDialog(QDialog):
    """Search the memory's sources and targets as you type; found words are highlighted."""

    def __init__(self, memory: TranslationMemory | None, parent: QWidget | None = None,
                 limit: int = 50) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Memory", "Concordance"))
        self.memory = memory
        self.limit = limit
        self.hits: list[ConcordanceHit] = []
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(translate(
            "Memory", "Words to find in the memory (sources and targets)"))
        self.query.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        self.results = QTextBrowser(self)
        self.results.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self.resize(720, 480)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self.search_now)

    def search(self, text: str) -> list[ConcordanceHit]:
        """Fill the field and search at once (what Ctrl+K with selected words does)."""
        self.query.setText(text)
        self._timer.stop()
        self.search_now()
        return self.hits

    def search_now(self) -> None:
        text = self.query.text()
        if self.memory is None:
            self.hits = []
            self.summary.setText(translate("Memory", "No translation memory is open."))
        else:
            try:
                self.hits = self.memory.search(text, limit=self.limit) if text.strip() else []
            except TranslationMemoryError as error:
                self.hits = []
                self.summary.setText(str(error))
                self.results.clear()
                return
            count = len(self.hits)
            self.summary.setText(
                translate("Memory", "%n segment(s) (the most recent)", "", count)
                if count >= self.limit else translate("Memory", "%n segment(s)", "", count))
        self.results.setHtml(self.results_html())

    def results_html(self) -> str:
        rows = []
        for hit in self.hits:
            segment = hit.segment
            about = " · ".join(v for v in (segment.project, segment.date[:10], segment.author) if v)
            rows.append(f"<p>{highlighted(segment.source, hit.source_spans, FOUND_STYLE)}<br>"
                        f"<b>{highlighted(segment.target, hit.target_spans, FOUND_STYLE)}</b><br>"
                        f"<small>{html.escape(about)}</small></p>")
        return "".join(rows)


class MatchesPane(QWidget):
    """The best fuzzy matches of the current segment's source; what differs is highlighted."""

    insert_requested = Signal(str)  # the target of the chosen match
    matches_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.memory: TranslationMemory | None = None
        self.languages = ("fr", "en")
        self.matches: list[FuzzyMatch] = []
        self.source = ""
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.setPlaceholderText(translate("Memory", "Matches from the translation memory appear here."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_memory(self, memory: TranslationMemory | None, source_language: str,
                   target_language: str) -> None:
        self.memory = memory
        self.languages = (source_language, target_language)

    def show_matches_for(self, source: str, background: bool = True) -> None:
        """Look up matches for `source` (off the GUI thread unless told otherwise)."""
        self.source = source
        memory = self.memory
        if memory is None or not source.strip():
            self.set_matches(source, [])
            return
        languages = self.languages

        def work(_progress: Callable[..., None], _cancelled: Callable[[], bool]
                 ) -> list[FuzzyMatch]:
            return memory.fuzzy(source, *languages, limit=MATCH_KEYS)

        if not background:
            self.set_matches(source, work(lambda *_: None, lambda: False))
            return
        run_task(work, on_done=lambda found: self.set_matches(source, found),
                 on_error=lambda error: self._failed(source, error), name="memory matches",
                 owner=self)

    def _failed(self, source: str, error: BaseException) -> None:
        if source == self.source:
            self.matches = []
            self.view.setPlainText(str(error))

    def set_matches(self, source: str, matches: list[FuzzyMatch]) -> None:
        if source != self.source:
            return  # the translator has moved on: a late answer for another segment
        self.matches = list(matches)
        parts = []
        for number, match in enumerate(self.matches, 1):
            parts.append(
                f"<p><b>Ctrl+{number} · {match.score:.0f}%</b> "
                f"{highlighted(match.segment.source, match.changed_spans(), CHANGED_STYLE)}<br>"
                f"{html.escape(match.segment.target)}</p>")
        self.view.setHtml("".join(parts))
        self.matches_shown.emit()

    def insert_match(self, number: int) -> bool:
        """Ask to put match `number` (1-based) into the target."""
        if not 1 <= number <= len(self.matches):
            return False
        self.insert_requested.emit(self.matches[number - 1].segment.target)
        return True

    def install_shortcuts(self, window: QWidget) -> list[QShortcut]:
        shortcuts = []
        for number in range(1, MATCH_KEYS + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=number: self.insert_match(n))
            shortcuts.append(shortcut)
        return shortcuts


def correction_of(issue: Issue, document: ReviewDocument) -> Correction | None:
    """The remembered correction a memory-correction issue stands for."""
    memory = getattr(document, "memory", None)
    if issue.check != "memory-correction" or memory is None:
        return None
    segment = document.segment_by_id(issue.segment)
    key = words_key(segment.target[issue.start:issue.end])
    table = memory.corrections(document.source_language, document.target_language)
    return next((c for c in table if c.key == key), None)


class MemoryController(QObject):
    """Wires the memory into a window: opens it off the GUI thread, gives it to the checks,
    Ctrl+K, the Matches dock, remembering confirmed segments, and the issue actions."""

    memory_ready = Signal()
    remembered = Signal(int)  # segments written by the last write

    def __init__(self, window: QMainWindow, path: str | Path | None = None,
                 open_now: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.path = Path(path) if path is not None else default_memory_path()
        self.memory: TranslationMemory | None = None
        self.error: str | None = None
        self._written: dict[int, tuple[str, str]] = {}  # segment id -> (source, target) stored
        self.pane = MatchesPane(window)
        self.pane.insert_requested.connect(self.insert_into_target)
        add_dock = getattr(window, "add_dock", None)
        if add_dock is not None:
            self.dock = add_dock(translate("Memory", "Matches"), self.pane, "matches_dock",
                                 Qt.DockWidgetArea.RightDockWidgetArea)
        else:
            self.dock = QDockWidget(translate("Memory", "Matches"), window)
            self.dock.setObjectName("matches_dock")
            self.dock.setWidget(self.pane)
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        add_action = getattr(window, "add_action", None)
        if add_action is not None:
            self.concordance_action = add_action(
                "&Edit", translate("Memory", "&Concordance…"), self.open_concordance, "Ctrl+K",
                translate("Memory", "Search the translation memory's sources and targets"))
        else:
            self.concordance_action = QAction(translate("Memory", "Concordance…"), window)
            self.concordance_action.setShortcut(QKeySequence("Ctrl+K"))
            self.concordance_action.triggered.connect(self.open_concordance)
            window.addAction(self.concordance_action)
        self.shortcuts = self.pane.install_shortcuts(window)
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(120)
        self._follow_timer.timeout.connect(self.current_segment_changed)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(300)
        self._status_timer.timeout.connect(self.statuses_changed)
        self.dialog: ConcordanceDialog | None = None
        if open_now:
            self.open_memory()

    def follow(self) -> None:
        """Connect to the review window's signals: documents, saves, statuses, the cursor."""
        window: Any = self.window
        window.document_loaded.connect(lambda: self.document_set(window.document))
        window.document_loaded.connect(self._follow_timer.start)
        window.saved.connect(self.project_saved)
        window.model.statuses_changed.connect(self._status_timer.start)
        window.view.selectionModel().currentChanged.connect(
            lambda *_args: self._follow_timer.start())

    # -- the memory file ---------------------------------------------------------------------
    def open_memory(self) -> None:
        path = self.path

        def work(_progress: Any, _cancelled: Any) -> TranslationMemory:
            return TranslationMemory(path)

        run_task(work, on_done=self._opened, on_error=self._failed, name="open memory",
                 owner=self)

    def _opened(self, memory: TranslationMemory) -> None:
        self.memory = memory
        self.error = None
        self.document_set(self.window.document)  # type: ignore[attr-defined]
        self.memory_ready.emit()

    def _failed(self, error: BaseException) -> None:
        # The document opens and works without a memory; the status bar says why.
        self.memory = None
        self.error = str(error)
        log.warning("translation memory unavailable: %s", error)
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(translate("Memory", "Translation memory unavailable: {error}"
                                           ).format(error=error), 15000)
        self.memory_ready.emit()

    def close(self) -> None:
        if self.memory is not None:
            self.memory.close()
            self.memory = None

    # -- following the window ------------------------------------------------------------------
    def document_set(self, document: ReviewDocument) -> None:
        """A new document in the window: the checks read the memory, matches follow it."""
        document.memory = self.memory
        self._written = {s.id: (s.source, s.target) for s in document.segments
                         if s.status == Status.CONFIRMED}
        self.pane.set_memory(self.memory, document.source_language, document.target_language)

    def current_segment_changed(self) -> None:
        row = self.window.current_row()  # type: ignore[attr-defined]
        model = self.window.model  # type: ignore[attr-defined]
        if 0 <= row < model.rowCount():
            self.pane.show_matches_for(model.segment(row).source)

    def statuses_changed(self) -> None:
        """Remember newly confirmed segments (off the GUI thread)."""
        document: ReviewDocument = self.window.document  # type: ignore[attr-defined]
        segments = document.segments
        # the confirmed rows found by C code (this runs after every edit, on 10,000 segments)
        confirmed = compress(range(len(segments)), map(is_, map(_STATUS, segments),
                                                       repeat(Status.CONFIRMED)))
        fresh = [i for i in confirmed
                 if self._written.get(segments[i].id) != (segments[i].source, segments[i].target)]
        if fresh:
            self.write(document, fresh)

    def project_saved(self, project_path: str | None = None) -> None:
        """On save every confirmed segment is (re)written; unchanged ones cost nothing.
        Only they are copied for the worker (copying all 10,000 segments of a document on the
        GUI thread froze the window at every Ctrl+S)."""
        document: ReviewDocument = self.window.document  # type: ignore[attr-defined]
        self.write(document, [i for i, s in enumerate(document.segments)
                              if s.status == Status.CONFIRMED], project_path)

    def write(self, document: ReviewDocument, rows: list[int] | None,
              project_path: str | None = None) -> None:
        memory = self.memory
        if memory is None:
            return
        project = Path(project_path or getattr(self.window, "project_path", None)
                       or document.draft_path or document.bilingual_path or "untitled").stem
        snapshot = ReviewDocument([document.segments[i] for i in
                                   (rows if rows is not None else range(len(document.segments)))],
                                  document.source_language, document.target_language)
        # Copies of the texts, so the translator can keep typing while the worker writes.
        from copy import copy

        snapshot.segments = [copy(s) for s in snapshot.segments]
        for segment in snapshot.segments:
            if segment.status == Status.CONFIRMED:
                self._written[segment.id] = (segment.source, segment.target)

        def work(_progress: Any, _cancelled: Any) -> int:
            return memory.add_document(snapshot, project=project)

        run_task(work, on_done=self.remembered.emit, on_error=self._failed,
                 name="remember segments", owner=self)

    # -- actions -------------------------------------------------------------------------------
    def open_concordance(self) -> ConcordanceDialog:
        if self.dialog is None:
            self.dialog = ConcordanceDialog(self.memory, self.window)
        self.dialog.memory = self.memory
        selected = ""
        editor = getattr(self.window, "current_editor", lambda: None)()
        if editor is not None and hasattr(editor, "textCursor"):
            selected = editor.textCursor().selectedText()
        self.dialog.show()
        self.dialog.raise_()
        if selected:
            self.dialog.search(selected)
        self.dialog.query.setFocus()
        return self.dialog

    def insert_into_target(self, text: str) -> None:
        """A match's target becomes the current segment's target: one undoable edit."""
        from .commands import EditTextCommand

        row = self.window.current_row()  # type: ignore[attr-defined]
        model = self.window.model  # type: ignore[attr-defined]
        if not 0 <= row < model.rowCount():
            return
        segment = model.segment(row)
        self.window.undo_stack.push(  # type: ignore[attr-defined]
            EditTextCommand(self.window.review, segment.id, "target", text,  # type: ignore[attr-defined]
                            label=translate("Memory", "Insert memory match into segment {row}"
                                            ).format(row=row + 1)))

    def apply_everywhere(self, issue: Issue) -> int:
        """Apply the remembered correction in every target that holds its words: one undo step."""
        from .commands import ReplaceAllCommand

        document: ReviewDocument = self.window.document  # type: ignore[attr-defined]
        correction = correction_of(issue, document)
        if correction is None:
            return 0
        changes = apply_everywhere([(s.id, s.target) for s in document.segments], correction)
        if changes:
            self.window.undo_stack.push(ReplaceAllCommand(  # type: ignore[attr-defined]
                self.window.review, changes,  # type: ignore[attr-defined]
                translate("Memory", "Replace “{old}” with “{new}” everywhere").format(
                    old=correction.old, new=correction.new)))
        return len(changes)

    def forget(self, issue: Issue) -> bool:
        document: ReviewDocument = self.window.document  # type: ignore[attr-defined]
        correction = correction_of(issue, document)
        if correction is None or self.memory is None:
            return False
        self.memory.forget_correction(correction.old, correction.new, document.source_language,
                                      document.target_language)
        checking = getattr(self.window, "checking", None)
        if checking is not None:
            checking.check_document_in_background()
        return True

    def add_to_glossary(self, issue: Issue, source_term: str | None = None) -> Path | None:
        """Add the pair to the memory's glossary (new words approved, old ones deprecated)."""
        document: ReviewDocument = self.window.document  # type: ignore[attr-defined]
        correction = correction_of(issue, document)
        if correction is None:
            return None
        if source_term is None:
            source_term, accepted = QInputDialog.getText(
                self.window, translate("Memory", "Add to glossary"),
                translate("Memory", "Source term for “{term}” (may stay empty):").format(
                    term=correction.new))
            if not accepted:
                return None
        path = self.path.parent / GLOSSARY_FILE
        append_glossary_entry(path, source_term, correction.new, correction.old,
                              document.target_language)
        if str(path) not in document.checks.glossaries:
            document.checks.glossaries.append(str(path))
        return path

    def extend_menu(self, menu: QMenu, issues: Sequence[Issue]) -> None:
        """Add the memory-correction actions for these issues to a context menu."""
        for issue in issues:
            if issue.check != "memory-correction":
                continue
            menu.addSeparator()
            for label, action in (
                    (translate("Memory", "Apply this correction everywhere"),
                     self.apply_everywhere),
                    (translate("Memory", "Add the correction to the glossary…"),
                     self.add_to_glossary),
                    (translate("Memory", "Forget this correction"), self.forget)):
                menu.addAction(label, _bound(action, issue))


def _bound(action: Callable[[Issue], object], issue: Issue) -> Callable[[], None]:
    def call() -> None:
        action(issue)

    return call
