"""The review window: the segment grid, the issues panel, menus, status bar, files and safety."""

from __future__ import annotations

import copy
import gc
import importlib.util
import logging
import re
import time
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

from translator_gui.core.checks.base import (
    Issue,
    Severity,
    check_document,
    check_segment,
    enabled_checks,
    occurrence_of,
)
from translator_gui.core.model import IgnoredIssue, InputError, ReviewDocument, Segment, Status
from translator_gui.core.project import PROJECT_SUFFIX

from . import errors, settings
from .checking import document_scope_issues
from .commands import (
    DisableCheckCommand,
    EditTextCommand,
    IgnoreIssueCommand,
    ReplaceAllCommand,
    ReplaceSegmentsCommand,
    SetStatusCommand,
    can_apply,
    fixed_text,
)
from .delegates import CompactDelegate, SegmentDelegate
from .editor import SegmentEditor, issues_at
from .find_replace import FindReplaceDialog
from .issues_panel import IssuesPanel
from .recovery import RecoveryStore
from .segment_model import (
    COLUMN_OF_SIDE,
    LOW_CONFIDENCE,
    SIDE_OF_COLUMN,
    Column,
    IssuesRole,
    SegmentModel,
    is_document_scope,
    severity_color,
)
from .workers import ProgressDialog, Task, run_task

log = logging.getLogger(__name__)

# .tgp is the project suffix the command line and the README use; .json opens projects saved
# by earlier versions of the window
PROJECT_SUFFIXES = (PROJECT_SUFFIX, ".json")
BILINGUAL_SUFFIXES = (".tsv", ".tmx", ".xlf", ".xliff")
MONOLINGUAL_SUFFIXES = (".txt", ".docx")
PAIR_PREFIX = "pair:"
FILTERS = ("All segments", "With issues", "Unconfirmed", "Low-confidence alignment")


class RowFilter(QSortFilterProxyModel):
    """Row filters of the grid: all / with issues / unconfirmed / low confidence + text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode = 0
        self.text = ""
        # a row that stops matching stays until the filter is applied again (as in memoQ)
        self.setDynamicSortFilter(False)

    def set_filter(self, mode: int, text: str) -> None:
        self.beginFilterChange()
        self.mode, self.text = mode, text.casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 - Qt override
        model: SegmentModel = self.sourceModel()
        segment = model.segment(row)
        if self.mode == 1 and not model.issue_count(segment.id):
            return False
        if self.mode == 2 and segment.status == Status.CONFIRMED:
            return False
        if self.mode == 3 and segment.bead.confidence >= LOW_CONFIDENCE:
            return False
        if self.text and self.text not in segment.source.casefold() \
                and self.text not in segment.target.casefold():
            return False
        return True


class SegmentView(QTableView):
    """The grid. Row heights are fitted lazily, only for the rows on screen."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.CurrentChanged
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setMinimumSectionSize(8)
        self._fitted: set[int] = set()
        self.fit_timer = QTimer(self)
        self.fit_timer.setSingleShot(True)
        self.fit_timer.setInterval(0)
        self.fit_timer.timeout.connect(self.fit_visible_rows)
        self.verticalScrollBar().valueChanged.connect(self.fit_timer.start)

    def setModel(self, model) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved):
            signal.connect(self.forget_heights)
        model.dataChanged.connect(self._refit_changed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.TARGET, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._column_resized)
        metrics = self.fontMetrics()
        for column, sample in ((Column.NUMBER, "99999"), (Column.STATUS, "✔ Confirmed"),
                               (Column.ISSUES, "■ 999"), (Column.DISTANCE, "TER 100 · chrF 100")):
            self.setColumnWidth(column, metrics.horizontalAdvance(sample) + 20)

    def forget_heights(self, *_args) -> None:
        self._fitted.clear()
        self.fit_timer.start()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column in (Column.SOURCE, Column.TARGET):
            self.forget_heights()

    def _refit_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles) -> None:
        if top_left.row() != bottom_right.row():
            if bottom_right.row() - top_left.row() > 200:
                self.forget_heights()
            else:
                for row in range(top_left.row(), bottom_right.row() + 1):
                    self._fitted.discard(row)
                self.fit_timer.start()
            return
        if top_left.column() in (Column.SOURCE, Column.TARGET):
            row = top_left.row()
            if row in self._fitted or self._on_screen(row):
                self.resizeRowToContents(row)
                self._fitted.add(row)

    def _on_screen(self, row: int) -> bool:
        top = self.rowAt(0)
        bottom = self.rowAt(self.viewport().height() - 1)
        return top <= row <= (bottom if bottom >= 0 else top + 50)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_timer.start()

    def fit_visible_rows(self) -> None:
        """Give the rows on screen the height of their wrapped text (never all 10,000)."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        count = model.rowCount()
        height = self.viewport().height()
        for _round in range(6):
            top = max(self.rowAt(0), 0)
            bottom = self.rowAt(height - 1)
            bottom = count - 1 if bottom < 0 else min(bottom + 1, count - 1)
            todo = [row for row in range(top, bottom + 1) if row not in self._fitted]
            if not todo:
                break
            for row in todo:
                self.resizeRowToContents(row)
                self._fitted.add(row)

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802 - Qt override
        # Qt would measure every row; the widths are set by hand instead.
        return self.columnWidth(column)


class MainWindow(QMainWindow):
    document_loaded = Signal()  # a document is in the window (opened, loaded, restored)
    load_failed = Signal(str)  # the message shown
    checks_finished = Signal()  # the background whole-document check delivered its issues
    rechecked = Signal(int)  # a segment's live re-check refreshed its issues (row)
    saved = Signal(str)
    autosaved = Signal()
    model_ready = Signal(bool)  # the French language model finished loading (usable or not)
    exported = Signal(str)

    def __init__(self, recovery: RecoveryStore | None = None):
        super().__init__()
        self.setWindowTitle("translator-gui")
        self.setAcceptDrops(True)
        self.recovery = recovery or RecoveryStore()
        self.project_path: str | None = None
        self._changed_outside_undo = False  # e.g. restored work never saved
        self.undo_stack = QUndoStack(self)
        self.model = SegmentModel(parent=self)
        self.model.edit_handler = self._edit_from_view
        self.proxy = RowFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = SegmentView(self)
        self.view.setModel(self.proxy)
        self.delegate = SegmentDelegate(self.view)
        self.view.setItemDelegateForColumn(Column.SOURCE, self.delegate)
        self.view.setItemDelegateForColumn(Column.TARGET, self.delegate)
        self.compact_delegate = CompactDelegate(self.view)
        for column in (Column.NUMBER, Column.STATUS, Column.ISSUES, Column.DISTANCE):
            self.view.setItemDelegateForColumn(column, self.compact_delegate)
        self.delegate.editor_created.connect(self._hook_editor)
        self.view.customContextMenuRequested.connect(self._grid_context_menu)
        self.setCentralWidget(self.view)
        self._editor: SegmentEditor | None = None
        self._tasks: set[Task] = set()
        self._document_task: Task | None = None
        self._document_task_full = False
        self._autosave_task: Task | None = None
        self._model_loading = False
        self._refresh_after_full = False
        self._recheck_rows: set[int] = set()

        self.issues_panel = IssuesPanel(self.model, self)
        dock = QDockWidget("Issues", self)
        dock.setObjectName("issues_dock")
        dock.setWidget(self.issues_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.issues_dock = dock
        self.issues_panel.issue_activated.connect(self.show_issue)
        self.issues_panel.quick_fix_requested.connect(self.quick_fix)
        self.issues_panel.ignore_requested.connect(self.ignore_issue)
        self.issues_panel.disable_check_requested.connect(self.disable_check)

        self.find_dialog = FindReplaceDialog(lambda: self.model.document, self)
        self.find_dialog.find_requested.connect(self.find_next)
        self.find_dialog.replace_requested.connect(self.replace_in_targets)
        self.find_dialog.undo_requested.connect(self.undo)
        self.find_dialog.redo_requested.connect(self.redo)

        self._make_timers()
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self.model.segment_edited.connect(self._segment_edited)
        self.model.statuses_changed.connect(self._status_timer.start)
        self.model.issues_changed.connect(self._status_timer.start)
        self.undo_stack.cleanChanged.connect(self.update_title)
        self.undo_stack.indexChanged.connect(self._document_changed)
        self.apply_view_settings()
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            self.resize(max(900, int(screen.width() * 0.92)), max(600, int(screen.height() * 0.9)))
        state = settings.get(settings.WINDOW_STATE)
        if not state or not self.restoreState(state):
            # the grid is where the work is; the issues list gets about a quarter
            self.resizeDocks([self.issues_dock], [max(160, self.height() // 4)],
                             Qt.Orientation.Vertical)
        self.update_title()
        self.update_status()

    # == set-up ==================================================================================
    def _make_timers(self) -> None:
        self._recheck_timer = QTimer(self)
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.setInterval(settings.get(settings.RECHECK_DELAY_MS))
        self._recheck_timer.timeout.connect(self.recheck_pending)
        self._document_check_timer = QTimer(self)
        self._document_check_timer.setSingleShot(True)
        self._document_check_timer.setInterval(1500)
        self._document_check_timer.timeout.connect(
            lambda: self.check_document_in_background(full=False))
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(60)
        self._status_timer.timeout.connect(self.update_status)
        self._distance_timer = QTimer(self)
        self._distance_timer.setSingleShot(True)
        self._distance_timer.setInterval(700)
        self._distance_timer.timeout.connect(self.update_distance)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(max(5, settings.get(settings.AUTOSAVE_SECONDS)) * 1000)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        a = self._action
        self.open_pair_action = a("Open Source and &Draft…", self.open_pair_dialog,
                                  "Ctrl+Shift+O", "Open a French source and its English draft")
        self.open_action = a("&Open Project…", self.open_project_dialog,
                             QKeySequence.StandardKey.Open,
                             "Open a saved project or a bilingual file (TSV, TMX, XLIFF)")
        self.save_action = a("&Save", self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = a("Save &As…", self.save_as, "Ctrl+Shift+S")
        self.quit_action = a("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo),
                                       QKeySequence("Ctrl+Y")])
        # the stack's own actions keep their "Undo Edit target of segment 3" labels, but go
        # through undo()/redo() so the translator is taken to the segment that changed
        self.undo_action.triggered.disconnect()
        self.undo_action.triggered.connect(lambda _checked=False: self.undo())
        self.redo_action.triggered.disconnect()
        self.redo_action.triggered.connect(lambda _checked=False: self.redo())
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.find_action = a("&Find…", lambda: self.open_find(False),
                             QKeySequence.StandardKey.Find)
        self.replace_action = a("Find and &Replace…", lambda: self.open_find(True), "Ctrl+H")
        self.confirm_action = a("&Confirm and Go to Next Unconfirmed", self.confirm_and_next,
                                "Ctrl+Return")
        self.previous_action = a("&Previous Segment", lambda: self.move_current(-1), "Ctrl+Up")
        self.next_action = a("&Next Segment", lambda: self.move_current(1), "Ctrl+Down")
        self.copy_source_action = a("Copy Source to Target", self.copy_source_to_target,
                                    "Ctrl+Shift+Insert")
        self.revert_action = a("Revert Target to &Draft", self.revert_to_draft)
        self.merge_action = a("&Merge with Next Segment", self.merge_current, "Ctrl+J")
        self.split_action = a("&Split Segment at Cursor", self.split_current, "Ctrl+T")
        self.move_up_action = a("Move First Sentence to Previous Segment",
                                lambda: self.move_sentence_current(-1), "Alt+Shift+Up")
        self.move_down_action = a("Move Last Sentence to Next Segment",
                                  lambda: self.move_sentence_current(1), "Alt+Shift+Down")
        self.recheck_action = a("Check &Whole Document", self.check_document_in_background, "F7")
        self.next_issue_action = a("&Next Issue", lambda: self.go_to_issue(1), "F8",
                                   "Select the next flagged words")
        self.previous_issue_action = a("&Previous Issue", lambda: self.go_to_issue(-1),
                                       "Shift+F8")
        self.fix_action = a("&Apply Suggestion", self.fix_at_cursor, "Alt+Return",
                            "Apply the suggestion of the issue at the cursor")
        self.ignore_action = a("&Ignore Issue", self.ignore_at_cursor, "Ctrl+Shift+I",
                               "Ignore the issue at the cursor (this occurrence)")
        self.settings_action = a("Se&ttings…", self.open_settings, "Ctrl+,")

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_pair_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        self.export_menu = file_menu.addMenu("&Export")
        self._fill_export_menu()
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.replace_action)
        segment_menu = bar.addMenu("&Segment")
        for action in (self.confirm_action, self.previous_action, self.next_action, None,
                       self.copy_source_action, self.revert_action, None, self.merge_action,
                       self.split_action, self.move_up_action, self.move_down_action):
            if action is None:
                segment_menu.addSeparator()
            else:
                segment_menu.addAction(action)
        checks_menu = bar.addMenu("&Checks")
        for action in (self.next_issue_action, self.previous_issue_action, self.fix_action,
                       self.ignore_action):
            checks_menu.addAction(action)
        checks_menu.addSeparator()
        checks_menu.addAction(self.recheck_action)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.issues_dock.toggleViewAction())

    def _make_toolbar(self) -> None:
        toolbar = self.addToolBar("Filter")
        toolbar.setObjectName("filter_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(" Show: ", self))
        self.filter_box = QComboBox(self)
        self.filter_box.addItems(FILTERS)
        self.filter_box.currentIndexChanged.connect(self.apply_row_filter)
        toolbar.addWidget(self.filter_box)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("Containing text…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(320)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self.apply_row_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        toolbar.addWidget(self.filter_edit)
        toolbar.addSeparator()
        for action in (self.confirm_action, self.merge_action, self.split_action):
            toolbar.addAction(action)
        self.confirm_action.setIconText("Confirm ⏎")
        self.merge_action.setIconText("Merge")
        self.split_action.setIconText("Split")

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.confirmed_label = QLabel(self)
        self.issues_label = QLabel(self)
        self.distance_label = QLabel(self)
        self.distance_label.setToolTip(
            "Post-edit distance of the whole document: sacrebleu chrF and TER of the original "
            "draft against the current targets")
        # the whole-document check: how far it is, and a way to stop it
        self.check_progress = QProgressBar(self)
        self.check_progress.setMaximumWidth(160)
        self.check_progress.setFormat("Checking %p%")
        self.check_progress.setTextVisible(True)
        self.check_stop = QToolButton(self)
        self.check_stop.setText("Stop")
        self.check_stop.setToolTip("Stop checking the whole document (F7 starts it again)")
        self.check_stop.clicked.connect(self.stop_checking)
        for widget in (self.check_progress, self.check_stop):
            bar.addWidget(widget)
            widget.hide()
        for label in (self.confirmed_label, self.issues_label, self.distance_label):
            bar.addPermanentWidget(label)

    def apply_view_settings(self) -> None:
        font = QFont(self.font())
        family = settings.get(settings.FONT_FAMILY)
        size = settings.get(settings.FONT_SIZE)
        if family:
            font.setFamily(family)
        if size > 0:
            font.setPointSize(size)
        self.view.setFont(font)
        self.delegate.clear_cache()
        line = self.view.fontMetrics().height()
        # until a row is on screen and fitted, it is given two lines (a typical sentence)
        self.view.verticalHeader().setDefaultSectionSize(2 * line + 8)
        self.view.forget_heights()
        self.autosave_timer.setInterval(max(5, settings.get(settings.AUTOSAVE_SECONDS)) * 1000)

    # == document in and out =====================================================================
    @property
    def document(self) -> ReviewDocument:
        return self.model.document

    def set_document(self, document: ReviewDocument, issues: list[Issue] | None = None,
                     project_path: str | None = None, modified: bool = False) -> None:
        """Show `document`; without `issues` they are computed in the background."""
        self._remember_segment()  # of the project being closed
        self._close_editor()
        self._cancel_document_check()
        self.view.setCurrentIndex(QModelIndex())
        self.undo_stack.clear()
        self.model.set_document(document, issues or [])
        self.proxy.invalidate()
        self.project_path = project_path
        self._changed_outside_undo = modified
        self.update_title()
        self.update_status()
        self._distance_timer.start()
        # A large document plus the checks' parse caches are millions of long-lived objects;
        # left to the cyclic collector they cost half-second pauses while typing or scrolling.
        gc.freeze()
        if issues is None:
            self.check_document_in_background()
        if self.model.rowCount():
            # a project reopens on the segment the translator left it at
            row = 0
            left_at = settings.remembered_segment(project_path) if project_path else None
            if left_at is not None:
                try:
                    row = self.model.row_of(left_at)
                except KeyError:
                    row = 0
            self.go_to_row(row, Column.TARGET, edit=False)
        self.document_loaded.emit()

    def is_modified(self) -> bool:
        return self._changed_outside_undo or not self.undo_stack.isClean()

    def document_name(self) -> str:
        document = self.document
        if self.project_path:
            return Path(self.project_path).name
        path = document.source_path or document.bilingual_path
        if path:
            return Path(path).name
        return "Untitled" if document.segments else ""

    def document_folder(self) -> str:
        """Where exports and a first save are offered: next to the work, not the last folder
        browsed (which may belong to another job, or be the folder the app started in)."""
        document = self.document
        for path in (self.project_path, document.draft_path, document.source_path,
                     document.bilingual_path):
            if path and Path(path).parent.is_dir():
                return str(Path(path).parent)
        return settings.get(settings.LAST_FOLDER) or "."

    def update_title(self, *_args) -> None:
        name = self.document_name()
        self.setWindowTitle(f"{name}[*] — translator-gui" if name else "translator-gui")
        self.setWindowModified(self.is_modified())

    def _document_changed(self, *_args) -> None:
        self.update_title()
        self._distance_timer.start()

    # -- opening (on worker threads) --------------------------------------------------------
    def _run(self, function, on_done, label: str, progress: bool = True,
             title: str = "Cannot open") -> Task:
        def failed(error: BaseException) -> None:
            message = errors.describe(error)
            if isinstance(error, (InputError, OSError, ValueError)):
                errors.show_error(self, title, error)
            else:
                log.error("%s: unexpected failure", label, exc_info=error)
                errors.show_error(self, title, f"{error}")
            self.statusBar().showMessage(f"{title}; your work is unchanged.", 8000)
            self.load_failed.emit(message)

        def cancelled() -> None:
            self.statusBar().showMessage("Cancelled; your work is unchanged.", 5000)
            self.load_failed.emit("cancelled")

        task = run_task(function, on_done, failed, cancelled, name=label, owner=self)
        self._tasks.add(task)
        task.signals.done.connect(lambda: self._tasks.discard(task))
        if progress:
            ProgressDialog(task, label, self)
        return task

    def open_pair(self, source_path: str, draft_path: str, source_language: str | None = None,
                  target_language: str | None = None) -> Task | None:
        if not self.maybe_save():
            return None
        source_language = source_language or settings.get(settings.SOURCE_LANGUAGE)
        target_language = target_language or settings.get(settings.TARGET_LANGUAGE)

        def work(progress, cancelled):
            from translator_gui.core.pipeline import OperationCancelled, open_pair

            from .workers import Cancelled
            try:
                document = open_pair(source_path, draft_path, source_language, target_language,
                                     progress=progress, cancelled=cancelled)
            except OperationCancelled:
                raise Cancelled from None
            self._apply_default_checks(document)
            return document

        def done(document: ReviewDocument) -> None:
            # the text shows at once; the checks follow in the background (the first run
            # may load the French model, which takes a few seconds)
            self.set_document(document)
            settings.add_recent_file(f"{PAIR_PREFIX}{source_path}\n{draft_path}")
            self.statusBar().showMessage(
                f"Opened {Path(source_path).name} and {Path(draft_path).name}: "
                f"{len(document.segments)} segments", 8000)

        return self._run(work, done, f"Opening {Path(source_path).name} and "
                                     f"{Path(draft_path).name}…")

    def open_path(self, path: str) -> Task | None:
        """A project, a bilingual file taken as already aligned, or a lone text to check."""
        if not self.maybe_save():
            return None
        suffix = Path(path).suffix.lower()
        source_language = settings.get(settings.SOURCE_LANGUAGE)
        target_language = settings.get(settings.TARGET_LANGUAGE)

        def work(progress, cancelled):
            if suffix in BILINGUAL_SUFFIXES:
                from translator_gui.core.pipeline import open_bilingual
                document = open_bilingual(path, source_language, target_language)
                self._apply_default_checks(document)
                project = None
            elif suffix in MONOLINGUAL_SUFFIXES:
                # a text alone: one segment per sentence, only its own side is checked
                from translator_gui.core.pipeline import open_single
                document = open_single(path, source_language, other_language=target_language)
                self._apply_default_checks(document)
                project = None
            else:
                from translator_gui.core.project import load_project
                document = load_project(path)
                project = path
            return document, project

        def done(result) -> None:
            document, project = result
            self.set_document(document, project_path=project)
            settings.add_recent_file(path)
            self.statusBar().showMessage(f"Opened {Path(path).name}", 5000)

        return self._run(work, done, f"Opening {Path(path).name}…")

    def open_files(self, files: list[str]) -> Task | None:
        if len(files) == 2:
            return self.open_pair(files[0], files[1])
        if len(files) == 1:
            return self.open_path(files[0])
        return None

    def _apply_default_checks(self, document: ReviewDocument) -> None:
        # a new document starts with the translator's usual check choices
        document.checks.disabled |= set(settings.get(settings.DISABLED_CHECKS))
        for check_id, severity in settings.get(settings.SEVERITY_OVERRIDES).items():
            document.checks.severity.setdefault(check_id, severity)
        for glossary in settings.get(settings.GLOSSARIES):
            if glossary not in document.checks.glossaries:
                document.checks.glossaries.append(glossary)

    def open_pair_dialog(self) -> None:
        from .dialogs import OpenPairDialog
        dialog = OpenPairDialog(self)
        if dialog.exec():
            source, draft, source_language, target_language = dialog.values()
            settings.set(settings.LAST_FOLDER, str(Path(source).parent))
            self.open_pair(source, draft, source_language, target_language)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open project or bilingual file", settings.get(settings.LAST_FOLDER),
            "Projects and bilingual files (*.tgp *.json *.tsv *.tmx *.xlf *.xliff);;All files (*)")
        if path:
            settings.set(settings.LAST_FOLDER, str(Path(path).parent))
            self.open_path(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = settings.get(settings.RECENT_FILES)
        if not recent:
            self.recent_menu.addAction("(none)").setEnabled(False)
            return
        for entry in recent:
            if entry.startswith(PAIR_PREFIX):
                source, _, draft = entry[len(PAIR_PREFIX):].partition("\n")
                label = f"{Path(source).name} + {Path(draft).name}"
                self.recent_menu.addAction(label, lambda s=source, d=draft: self.open_pair(s, d))
            else:
                self.recent_menu.addAction(Path(entry).name, lambda p=entry: self.open_path(p))
        self.recent_menu.addSeparator()
        self.recent_menu.addAction("Clear List", lambda: settings.set(settings.RECENT_FILES, []))

    # -- drag and drop ----------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        # Qt closes the cell editor when the window loses focus (the text is already in the
        # model); coming back, the translator expects the cursor in the segment again.
        if (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
                and self.current_editor() is None and self.view.currentIndex().isValid()
                and self.view.currentIndex().column() in (Column.SOURCE, Column.TARGET)):
            QTimer.singleShot(0, self._reopen_editor)

    def _reopen_editor(self) -> None:
        index = self.view.currentIndex()
        if self.current_editor() is None and index.isValid() and self.isActiveWindow():
            self.view.edit(index)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() for u in urls) and len(urls) <= 2:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        files = [u.toLocalFile() for u in event.mimeData().urls()]
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.open_files(order_pair(files)))

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.project_path:
            return self.save_as()
        return self.save_to(self.project_path)

    def save_as(self) -> bool:
        suggested = self.project_path or str(
            Path(self.document_folder())
            / (Path(self.document_name() or "review").stem + PROJECT_SUFFIX))
        path, _ = QFileDialog.getSaveFileName(self, "Save project", suggested,
                                              f"translator-gui projects (*{PROJECT_SUFFIX})")
        if not path:
            return False
        if not path.lower().endswith(PROJECT_SUFFIXES):
            path += PROJECT_SUFFIX
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        from translator_gui.core.project import save_project
        editor = self.current_editor()
        if editor is not None:
            # the typing so far is in the document; the translator keeps the cursor where it
            # was (as in any CAT tool), and typing after the save is a new undo step
            self.view.commitData(editor)
            editor.session = object()
        try:
            save_project(self.document, path)
        except (InputError, OSError) as error:
            errors.show_error(self, "Cannot save", error)
            return False
        self.project_path = path
        self._changed_outside_undo = False
        self.undo_stack.setClean()
        self._remember_segment()
        self.recovery.clear()
        settings.add_recent_file(path)
        self.update_title()
        self.statusBar().showMessage(f"Saved {Path(path).name}", 4000)
        self.saved.emit(path)
        return True

    def ask_save_changes(self) -> str:
        """"save", "discard" or "cancel" (tests replace this method)."""
        answer = QMessageBox.question(
            self, "Unsaved changes",
            f"Save the changes to {self.document_name() or 'this document'} before closing it?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document."""
        if not self.is_modified():
            return True
        answer = self.ask_save_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _remember_segment(self) -> None:
        row = self.current_row()
        if self.project_path and 0 <= row < self.model.rowCount():
            settings.remember_segment(self.project_path, self.model.segment(row).id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.maybe_save():
            event.ignore()
            return
        for task in list(self._tasks):
            task.cancel()
        self._cancel_document_check()
        if self._autosave_task is not None:
            self._autosave_task.wait(10.0)  # or it could write the file again after we clear it
        self.recovery.clear()
        self._remember_segment()
        settings.set(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        settings.set(settings.WINDOW_STATE, bytes(self.saveState().data()))
        self.find_dialog.close()
        event.accept()

    # -- autosave and recovery --------------------------------------------------------------
    def autosave(self) -> Task | None:
        """Write the recovery file from a snapshot, on a worker (a large document takes a
        moment to serialise, and the translator is typing)."""
        if not self.is_modified() or not self.document.segments:
            return None
        if self._autosave_task is not None and not self._autosave_task.is_done():
            return None  # the previous one is still writing
        snapshot = snapshot_of(self.document)
        project_path = self.project_path
        recovery = self.recovery

        def work(_progress, _cancelled):
            recovery.write(snapshot, project_path)

        def failed(error: BaseException) -> None:
            log.warning("autosave failed: %s", error)

        task = run_task(work, lambda _r: self.autosaved.emit(), failed, name="autosave",
                        owner=self)
        self._autosave_task = task
        return task

    def ask_restore(self, saved_at: float, project_path: str | None, name: str = "") -> bool:
        """Tests replace this method."""
        when = time.strftime("%d %b %Y at %H:%M", time.localtime(saved_at))
        which = (Path(project_path).name if project_path
                 else f"{name} (not yet saved as a project)" if name else "an unsaved document")
        answer = QMessageBox.question(
            self, "Restore unsaved work?",
            f"translator-gui did not close properly last time. Work on {which} was saved "
            f"automatically on {when}.\n\nRestore it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def offer_recovery(self) -> bool:
        """After a crash: offer the work a dead session left; True when it was restored."""
        for orphan in self.recovery.orphans():
            try:
                recovered = orphan.read()
            except (InputError, OSError, ValueError) as error:
                log.warning("recovery file unusable: %s", error)
                orphan.clear()
                continue
            document = recovered.document
            name = Path(document.source_path or document.bilingual_path or "").name
            if not self.ask_restore(recovered.saved_at, recovered.project_path, name):
                orphan.clear()
                return False
            self.set_document(recovered.document, None, project_path=recovered.project_path,
                              modified=True)
            try:
                # our own recovery copy first, so the work is never without one
                self.recovery.write(recovered.document, recovered.project_path)
                orphan.clear()
            except (InputError, OSError) as error:
                log.warning("could not take over the recovery file: %s", error)
            self.statusBar().showMessage("Unsaved work restored. Save it to keep it.", 10000)
            return True
        return False

    # == editing =================================================================================
    def _hook_editor(self, editor: SegmentEditor, index: QModelIndex) -> None:
        editor.session = object()
        self._editor = editor
        editor.confirm_requested.connect(self.confirm_and_next)
        editor.move_requested.connect(self.move_current)
        editor.undo_requested.connect(self.undo)
        editor.redo_requested.connect(self.redo)
        editor.quick_fix_requested.connect(self.quick_fix)
        editor.ignore_requested.connect(self.ignore_issue)
        editor.disable_check_requested.connect(self.disable_check)
        editor.split_requested.connect(lambda at, e=editor: self._split_from_editor(e, at))
        editor.merge_requested.connect(self.merge_current)
        editor.destroyed.connect(lambda *_: self._forget_editor(editor))

    def open_find(self, replace: bool) -> None:
        """Ctrl+F / Ctrl+H start from the words selected in the segment (F8 selects an issue's
        words: Ctrl+H then replaces them everywhere), as in word processors and CAT tools."""
        editor = self.current_editor()
        selected = editor.textCursor().selectedText() if editor is not None else ""
        if selected and "\u2029" not in selected:  # a selection within one paragraph
            self.find_dialog.find_edit.setText(
                re.escape(selected) if self.find_dialog.regex_box.isChecked() else selected)
        self.find_dialog.show_mode(replace)

    def undo(self) -> None:
        index = self.undo_stack.index()
        if self.undo_stack.canUndo():
            self.undo_stack.undo()
            self._reveal_change(self.undo_stack.command(index - 1))

    def redo(self) -> None:
        index = self.undo_stack.index()
        if self.undo_stack.canRedo():
            self.undo_stack.redo()
            self._reveal_change(self.undo_stack.command(index))

    def _reveal_change(self, command) -> None:
        """Show the segment an undo or redo changed, as CAT tools do: in a long document the
        change is otherwise made out of sight."""
        side = getattr(command, "side", "target")
        segment_id = getattr(command, "segment_id", None)
        if segment_id is None and getattr(command, "issue", None) is not None:
            segment_id = command.issue.segment
            side = "target" if command.issue.side == "both" else command.issue.side
        if segment_id is None and getattr(command, "edits", None):
            segment_id = command.edits[0].segment_id
        if segment_id is not None:
            try:
                row = self.model.row_of(segment_id)
            except KeyError:
                return
        elif isinstance(getattr(command, "row", None), int):
            row = min(command.row, self.model.rowCount() - 1)
        else:
            return  # a document-wide change (a check turned off): nothing to point at
        if row != self.current_row():
            self.go_to_row(row, COLUMN_OF_SIDE.get(side, Column.TARGET))

    def _forget_editor(self, editor) -> None:
        if self._editor is editor:
            self._editor = None

    def current_editor(self) -> SegmentEditor | None:
        editor = self._editor
        try:
            if editor is not None and editor.isVisible():
                return editor
        except RuntimeError:  # already deleted on the C++ side
            self._editor = None
        return None

    def _edit_from_view(self, row: int, side: str, text: str) -> None:
        editor = self.current_editor()
        session = getattr(editor, "session", None)
        segment = self.model.segment(row)
        self.undo_stack.push(EditTextCommand(self.model, segment.id, side, text, session))

    def _close_editor(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            self.view.commitData(editor)
            self.view.closeEditor(editor, SegmentDelegate.EndEditHint.NoHint)

    def current_row(self) -> int:
        """The current segment's row in the document (-1 when none)."""
        index = self.view.currentIndex()
        if not index.isValid():
            return -1
        return self.proxy.mapToSource(index).row()

    def current_column(self) -> Column:
        index = self.view.currentIndex()
        if index.isValid() and index.column() in (Column.SOURCE, Column.TARGET):
            return Column(index.column())
        return Column.TARGET

    def go_to_row(self, row: int, column: Column = Column.TARGET, edit: bool = True) -> bool:
        source_index = self.model.index(row, column)
        index = self.proxy.mapFromSource(source_index)
        if not index.isValid():
            # the row is filtered out: show everything rather than lose the translator
            self.filter_box.setCurrentIndex(0)
            self.filter_edit.clear()
            self.apply_row_filter()
            index = self.proxy.mapFromSource(source_index)
            if not index.isValid():
                return False
        self._close_editor()
        if edit:
            self.view.setCurrentIndex(index)  # the CurrentChanged trigger opens the editor
            if self.current_editor() is None:
                self.view.edit(index)
        else:
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self.view.fit_visible_rows()
        return True

    def move_current(self, delta: int) -> None:
        index = self.view.currentIndex()
        row = index.row() + delta if index.isValid() else 0
        if not 0 <= row < self.proxy.rowCount():
            return
        source_row = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
        self.go_to_row(source_row, self.current_column())

    def confirm_and_next(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        column = self.current_column()
        segment = self.model.segment(row)
        if segment.status != Status.CONFIRMED:
            self.undo_stack.push(SetStatusCommand(self.model, segment.id, Status.CONFIRMED))
        proxy_row = self.proxy.mapFromSource(self.model.index(row, 0)).row()
        count = self.proxy.rowCount()
        for step in range(1, count + 1):
            candidate = (proxy_row + step) % count
            source_row = self.proxy.mapToSource(self.proxy.index(candidate, 0)).row()
            if self.model.segment(source_row).status != Status.CONFIRMED:
                self.go_to_row(source_row, column)
                return
        self.statusBar().showMessage("Every segment is confirmed.", 5000)

    def copy_source_to_target(self) -> None:
        row = self.current_row()
        if row >= 0:
            segment = self.model.segment(row)
            self._close_editor()
            self.undo_stack.push(EditTextCommand(self.model, segment.id, "target", segment.source,
                                                 label=f"Copy source to target {row + 1}"))
            self.go_to_row(row)

    def revert_to_draft(self) -> None:
        row = self.current_row()
        if row >= 0:
            segment = self.model.segment(row)
            self._close_editor()
            self.undo_stack.push(EditTextCommand(self.model, segment.id, "target", segment.draft,
                                                 label=f"Revert segment {row + 1} to the draft"))
            self.go_to_row(row)

    # == live checks =============================================================================
    def _segment_edited(self, row: int) -> None:
        self._recheck_rows.add(self.model.segment(row).id)
        self._recheck_timer.start()
        if self._has_document_checks():
            self._document_check_timer.start()

    def preload_language_model(self) -> Task | None:
        """Load the French model on a worker; live re-checks wait for it rather than load it
        on the GUI thread (several seconds of frozen window on the first keystroke)."""
        if importlib.util.find_spec("translator_gui.core.morphology") is None:
            return None
        from translator_gui.core import morphology
        if morphology.french().loaded:
            return None

        def work(_progress, _cancelled):
            return morphology.preload()

        def finished(usable=False) -> None:
            self._model_loading = False
            self.statusBar().showMessage("French language model ready." if usable else
                                         "French language model unavailable: agreement checks "
                                         "are off.", 4000)
            if self._recheck_rows:
                self._recheck_timer.start()
            self.model_ready.emit(bool(usable))

        self._model_loading = True
        self.statusBar().showMessage("Loading the French language model…")
        return run_task(work, finished, lambda _error: finished(False), name="spaCy",
                        owner=self)

    def recheck_pending(self) -> None:
        if self._model_loading:
            self._recheck_timer.start()  # once the model is in, see preload_language_model
            return
        pending, self._recheck_rows = self._recheck_rows, set()
        for segment_id in pending:
            try:
                self.recheck_row(self.model.row_of(segment_id))
            except KeyError:
                continue  # merged away meanwhile

    def recheck_row(self, row: int) -> list[Issue]:
        """Re-run the segment's checks now; document-scope issues stay until the next pass."""
        document = self.document
        segment = document.segments[row]
        fresh = check_segment(document, row)
        kept = [i for i in self.model.issues_of(segment.id)
                if is_document_scope(i) and i.end <= len(segment.text(
                    "target" if i.side == "both" else i.side))]
        found = sorted(fresh + kept, key=lambda i: (i.side, i.start, i.end, i.check))
        self.model.set_segment_issues(segment.id, found)
        self.rechecked.emit(row)
        return found

    def _recheck_rows_now(self, rows: list[int]) -> None:
        if self._model_loading:
            self._recheck_rows.update(self.model.segment(r).id for r in rows
                                      if 0 <= r < self.model.rowCount())
            self._recheck_timer.start()
            return
        for row in rows:
            if 0 <= row < self.model.rowCount():
                self.recheck_row(row)

    def _has_document_checks(self) -> bool:
        document = self.document
        return any(c.scope == "document" for c in enabled_checks(
            document.source_language, document.target_language, document.checks))

    def check_document_in_background(self, full: bool = True) -> Task | None:
        """Checks on a snapshot, on a worker; edits made meanwhile keep their live issues.

        `full` runs every check (after opening, F7, new settings); otherwise only the
        document-scope checks, which is all an edit can change outside its own segment.
        """
        if not full and self._document_task is not None and self._document_task_full:
            self._refresh_after_full = True  # the running full pass comes first
            return None
        self._cancel_document_check()
        document = self.document
        if not document.segments:
            self.checks_finished.emit()
            return None
        snapshot = snapshot_of(document)
        revisions = {s.id: self.model.revision(s.id) for s in document.segments}

        def work(progress, cancelled):
            if full:
                return check_document(snapshot, progress, cancelled)
            return document_scope_issues(snapshot, cancelled)

        def done(issues: list[Issue]) -> None:
            if task is not self._document_task:
                return
            self._document_task = None
            changed = [segment.id for segment in self.document.segments
                       if self.model.revision(segment.id) != revisions.get(segment.id, -1)]
            if full:
                self._show_checking(False)
                self.model.replace_all_issues(issues, keep=changed)
                self.statusBar().showMessage("Document checked.", 3000)
            else:
                self.model.replace_document_scope_issues(issues, keep=changed)
            if self._refresh_after_full:
                self._refresh_after_full = False
                self._document_check_timer.start()
            self.checks_finished.emit()

        def failed(error: BaseException) -> None:
            if task is self._document_task:
                self._document_task = None
                self._show_checking(False)
            self._document_check_failed(error)

        task = run_task(work, done, failed, name="check document", owner=self)
        if full:
            self._show_checking(True)
            task.signals.progress.connect(self._show_check_progress)
        self._document_task = task
        self._document_task_full = full
        return task

    def _document_check_failed(self, error: BaseException) -> None:
        log.error("document check failed", exc_info=error)
        self.statusBar().showMessage(f"The document check failed: {error}", 8000)

    def _show_check_progress(self, done: int, total: int) -> None:
        if total:
            self.check_progress.setMaximum(total)
            self.check_progress.setValue(min(done, total))

    def _show_checking(self, running: bool) -> None:
        self.check_progress.setVisible(running)
        self.check_stop.setVisible(running)
        if running:
            self.check_progress.setValue(0)

    def stop_checking(self) -> None:
        self._cancel_document_check()
        self.statusBar().showMessage("Checking stopped; F7 checks the whole document again.",
                                     6000)

    def _cancel_document_check(self) -> None:
        if self._document_task is not None:
            self._document_task.cancel()
            self._document_task = None
        self._show_checking(False)

    # == issues ==================================================================================
    def _live_issue(self, issue: Issue) -> bool:
        return issue in self.model.issues_of(issue.segment)

    def show_issue(self, issue: Issue) -> None:
        """Select the issue's segment and its words."""
        try:
            row = self.model.row_of(issue.segment)
        except KeyError:
            return
        side = "target" if issue.side == "both" else issue.side
        self.select_span(row, side, issue.start, issue.end)

    def select_span(self, row: int, side: str, start: int, end: int) -> None:
        self.go_to_row(row, COLUMN_OF_SIDE[side])
        editor = self.current_editor()
        if editor is not None:
            editor.select_span(start, end)
            editor.setFocus()

    def issue_at_cursor(self) -> Issue | None:
        """The issue under the editor's cursor (or the segment's first one)."""
        row = self.current_row()
        if row < 0:
            return None
        editor = self.current_editor()
        issues = self.model.issues_of(self.model.segment(row).id)
        if editor is not None:
            cursor = editor.textCursor()
            position = cursor.selectionStart()
            for issue in editor.highlighter.issues:
                if issue.start <= position <= issue.end and issue in issues:
                    return issue
            same_side = [i for i in issues if ("target" if i.side == "both" else i.side)
                         == editor.side]
            if same_side:
                return same_side[0]
        return issues[0] if issues else None

    def fix_at_cursor(self) -> None:
        issue = self.issue_at_cursor()
        if issue is None:
            self.statusBar().showMessage("No issue here. F8 goes to the next one.", 4000)
        elif self.quick_fix(issue):
            # the cursor goes after the new words, where the translator goes on typing
            # (it used to land at the start of the segment)
            after = issue.start + len(issue.replacement or "")
            self.select_span(self.model.row_of(issue.segment),
                             "target" if issue.side == "both" else issue.side, after, after)

    def ignore_at_cursor(self) -> None:
        issue = self.issue_at_cursor()
        if issue is not None:
            self.ignore_issue(issue)

    def go_to_issue(self, direction: int) -> bool:
        """Select the next (or previous) issue's words after the cursor, across segments."""
        rows = self.model.rowCount()
        if not rows:
            return False
        row = max(self.current_row(), 0)
        editor = self.current_editor()
        here = (row, ("source", "target").index(editor.side),
                editor.textCursor().selectionStart()) if editor else (row, -1, -1)

        def place(issue: Issue, at_row: int) -> tuple[int, int, int]:
            side = "target" if issue.side == "both" else issue.side
            return at_row, ("source", "target").index(side), issue.start

        for step in range(rows + 1):
            at_row = (row + step * direction) % rows
            found = sorted(self.model.issues_of(self.model.segment(at_row).id),
                           key=lambda i, r=at_row: place(i, r), reverse=direction < 0)
            for issue in found:
                where = place(issue, at_row)
                if step == 0 and (where <= here if direction > 0 else where >= here):
                    continue
                self.show_issue(issue)
                self.issues_panel.select_issue(issue)
                return True
        self.statusBar().showMessage("No issues left.", 4000)
        return False

    def quick_fix(self, issue: Issue) -> bool:
        if not self._live_issue(issue):
            self.statusBar().showMessage("This issue is out of date; it was re-checked.", 4000)
            return False
        row = self.model.row_of(issue.segment)
        change = fixed_text(self.model.segment(row), issue)
        if change is None:
            self.statusBar().showMessage(
                f"Hint only, edit the words yourself: {issue.suggestion}" if issue.suggestion
                else "This issue has no suggestion to apply.", 8000)
            return False
        side, text = change
        self.undo_stack.push(EditTextCommand(
            self.model, issue.segment, side, text,
            label=f"Apply suggestion of {issue.check} in segment {row + 1}"))
        if self._model_loading:
            self._recheck_rows.add(issue.segment)
            self._recheck_timer.start()
        else:
            self._recheck_rows.discard(issue.segment)
            self.recheck_row(row)
        return True

    def ignore_issue(self, issue: Issue) -> bool:
        if not self._live_issue(issue):
            return False
        row = self.model.row_of(issue.segment)
        segment = self.model.segment(row)
        side_text = segment.text("target" if issue.side == "both" else issue.side)
        words = side_text[issue.start:issue.end]
        occurrence = occurrence_of(issue, segment, self.model.issues_of(issue.segment))
        # earlier occurrences of the same words may already be ignored (and so not listed)
        taken = {i.occurrence for i in self.document.checks.ignored
                 if (i.segment, i.check, i.side, i.text)
                 == (issue.segment, issue.check, issue.side, words)}
        while occurrence in taken:
            occurrence += 1
        self.undo_stack.push(IgnoreIssueCommand(self.model, issue, IgnoredIssue(
            issue.segment, issue.check, issue.side, words, occurrence)))
        return True

    def disable_check(self, issue_or_id: Issue | str) -> None:
        check_id = issue_or_id if isinstance(issue_or_id, str) else issue_or_id.check
        self.undo_stack.push(DisableCheckCommand(self.model, check_id))

    # == alignment repair ========================================================================
    def _replace(self, row: int, old: list[Segment], new: list[Segment], label: str) -> None:
        self._close_editor()
        self.undo_stack.push(ReplaceSegmentsCommand(self.model, row, old, new, label,
                                                    self._recheck_rows_now))

    def merge_with_next(self, row: int) -> bool:
        if not 0 <= row < self.model.rowCount() - 1:
            self.statusBar().showMessage("There is no next segment to merge with.", 4000)
            return False
        old = [self.model.segment(row), self.model.segment(row + 1)]
        scratch = ReviewDocument([copy.deepcopy(s) for s in old])
        scratch.merge_with_next(0)
        scratch.segments[0].bead.confidence = 1.0  # the translator checked this pairing
        self._replace(row, old, scratch.segments, f"Merge segments {row + 1} and {row + 2}")
        self.go_to_row(row)
        return True

    def merge_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.merge_with_next(row)

    def split(self, row: int, side: str, at: int) -> bool:
        """Split segment `row` at offset `at` of `side`; the other side is cut where it fits."""
        segment = self.model.segment(row)
        text = segment.text(side)
        if not 0 < at < len(text):
            self.statusBar().showMessage("Put the cursor inside the text to split it.", 4000)
            return False
        other = "target" if side == "source" else "source"
        other_at = proportional_cut(segment.text(other), at / len(text))
        source_at, target_at = (at, other_at) if side == "source" else (other_at, at)
        scratch = ReviewDocument([copy.deepcopy(segment)])
        scratch.split(0, source_at, target_at)
        scratch.segments[1].id = self.document.next_id()
        self._replace(row, [segment], scratch.segments, f"Split segment {row + 1}")
        self.go_to_row(row + 1, COLUMN_OF_SIDE[side])
        return True

    def _split_from_editor(self, editor: SegmentEditor, at: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.split(row, editor.side, at)

    def split_current(self) -> None:
        row = self.current_row()
        editor = self.current_editor()
        if row < 0:
            return
        if editor is None:
            self.statusBar().showMessage("Click in the text where the segment should be split.",
                                         4000)
            return
        self.split(row, editor.side, editor.textCursor().position())

    def move_sentence(self, row: int, side: str, direction: int) -> bool:
        """Move the last sentence of `side` into the next segment (+1) or the first into the
        previous one (-1): the usual repair when the aligner cut one sentence too early."""
        neighbour = row + direction
        if not 0 <= neighbour < self.model.rowCount():
            return False
        here = copy.deepcopy(self.model.segment(row))
        there = copy.deepcopy(self.model.segment(neighbour))
        language = (self.document.source_language if side == "source"
                    else self.document.target_language)
        spans = sentence_spans(here.text(side), language)
        if not spans:
            return False
        start, end = spans[-1] if direction > 0 else spans[0]
        text = here.text(side)
        moved = text[start:end]
        rest = (text[:start] if direction > 0 else text[end:]).strip()
        original_field = "source_original" if side == "source" else "draft"
        beads_field = "source" if side == "source" else "target"
        for segment, new_text in ((here, rest), (there, _attach(there.text(side), moved,
                                                                 direction))):
            if side == "source":
                segment.source = new_text
            else:
                segment.target = new_text
        # the untouched original moves along, so the pair is still measured against its draft
        original_here = getattr(here, original_field) or ""
        if moved and (original_here.endswith(moved) if direction > 0
                      else original_here.startswith(moved)):
            kept = (original_here[:-len(moved)] if direction > 0
                    else original_here[len(moved):]).strip()
            setattr(there, original_field,
                    _attach(getattr(there, original_field) or "", moved, direction))
            setattr(here, original_field, kept)
            indices = getattr(here.bead, beads_field)
            if indices:
                index = indices.pop() if direction > 0 else indices.pop(0)
                target_indices = getattr(there.bead, beads_field)
                if direction > 0:
                    target_indices.insert(0, index)
                else:
                    target_indices.append(index)
        for segment in (here, there):
            segment.bead.confidence = 1.0
            if segment.status != Status.CONFIRMED:
                segment.status = Status.EDITED if segment.is_edited else Status.DRAFT
        first = min(row, neighbour)
        old = [self.model.segment(first), self.model.segment(first + 1)]
        new = [here, there] if direction > 0 else [there, here]
        label = (f"Move a sentence from segment {row + 1} to segment {neighbour + 1}")
        self._replace(first, old, new, label)
        self.go_to_row(row, COLUMN_OF_SIDE[side])
        return True

    def move_sentence_current(self, direction: int) -> None:
        row = self.current_row()
        if row >= 0:
            side = SIDE_OF_COLUMN.get(self.current_column(), "target")
            if not self.move_sentence(row, side, direction):
                self.statusBar().showMessage("There is no neighbouring segment there.", 4000)

    # == find and replace ========================================================================
    def find_next(self, pattern: re.Pattern[str], direction: int = 1) -> bool:
        rows = self.model.rowCount()
        if not rows:
            return False
        start_row = max(self.current_row(), 0)
        editor = self.current_editor()
        side_order = ("source", "target")
        cursor_side = editor.side if editor else "source"
        cursor_at = (editor.textCursor().selectionEnd() if direction > 0
                     else editor.textCursor().selectionStart()) if editor else -1
        for step in range(rows + 1):
            row = (start_row + step * direction) % rows
            segment = self.model.segment(row)
            sides = side_order if direction > 0 else tuple(reversed(side_order))
            for side in sides:
                matches = [m for m in pattern.finditer(segment.text(side)) if m.end() > m.start()]
                if direction < 0:
                    matches.reverse()
                for match in matches:
                    if step == 0 and editor is not None:
                        # on the current row, only matches past the cursor count
                        before = side_order.index(side) - side_order.index(cursor_side)
                        if direction > 0 and (before < 0 or (before == 0
                                                              and match.start() < cursor_at)):
                            continue
                        if direction < 0 and (before > 0 or (before == 0
                                                              and match.end() > cursor_at)):
                            continue
                    self.select_span(row, side, match.start(), match.end())
                    return True
        self.statusBar().showMessage("Not found.", 4000)
        self.find_dialog.message.setText("Not found.")
        return False

    def replace_in_targets(self, changes: list[tuple[int, str]], label: str) -> None:
        self._close_editor()
        self.undo_stack.push(ReplaceAllCommand(self.model, changes, label))
        for segment_id, _text in changes:
            self._recheck_rows.add(segment_id)
        self._recheck_timer.start()

    # == grid context menu =======================================================================
    def _grid_context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            menu = self.grid_context_menu(index, pos)
            menu.exec(self.view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def grid_context_menu(self, index: QModelIndex, pos) -> QMenu:
        """Quick fixes for the underlined words under the mouse, then alignment repair."""
        row = self.proxy.mapToSource(index).row()
        menu = QMenu(self)
        side = SIDE_OF_COLUMN.get(index.column())
        found = self._issues_at_point(index, pos) if side is not None else []
        for issue in found:
            if can_apply(issue):
                menu.addAction(f"Replace with “{issue.suggestion}”" if issue.suggestion
                               else "Delete the words", lambda i=issue: self.quick_fix(i))
            elif issue.suggestion:
                menu.addAction(f"Hint: {issue.suggestion}").setEnabled(False)
            menu.addAction(f"Ignore this {issue.check} issue",
                           lambda i=issue: self.ignore_issue(i))
            menu.addAction(f"Turn off check {issue.check} everywhere",
                           lambda i=issue: self.disable_check(i))
        if found:
            menu.addSeparator()
        menu.addAction("Confirm and go to next", lambda: self.confirm_row(row))
        menu.addAction("Merge with next segment", lambda: self.merge_with_next(row))
        for label, direction in (("Move last sentence to next segment", 1),
                                 ("Move first sentence to previous segment", -1)):
            menu.addAction(label, lambda d=direction: self.move_sentence(row, side or "target", d))
        return menu

    def confirm_row(self, row: int) -> None:
        self.go_to_row(row, edit=False)
        self.confirm_and_next()

    def _issues_at_point(self, index: QModelIndex, pos) -> list[Issue]:
        option = QStyleOptionViewItem()
        option.initFrom(self.view)
        option.font = self.view.font()
        option.rect = self.view.visualRect(index)
        position = self.delegate.position_at(option, index, pos)
        return issues_at(index.data(IssuesRole) or [], position) if position >= 0 else []

    # == filters, status, settings ===============================================================
    def apply_row_filter(self, *_args) -> None:
        row = self.current_row()
        self._close_editor()
        self.proxy.set_filter(self.filter_box.currentIndex(), self.filter_edit.text())
        self.view.forget_heights()
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, Column.TARGET))
            if index.isValid():
                self.view.scrollTo(index)

    def update_status(self) -> None:
        document = self.document
        total = len(document.segments)
        self.confirmed_label.setText(f"Confirmed {self.model.confirmed_count()} / {total}")
        counts = self.model.counts_by_severity()
        parts = []
        for severity in (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.NEUTRAL):
            if counts[severity] or severity != Severity.NEUTRAL:
                color = severity_color(severity).name()
                parts.append(f"<span style='color:{color}'>●</span> {counts[severity]} "
                             f"{severity.value}")
        self.issues_label.setText("  ".join(parts))

    def update_distance(self) -> None:
        pairs = [(s.draft, s.target) for s in self.document.segments]

        def work(_progress, _cancelled):
            from translator_gui.core.metrics import corpus_distance
            return corpus_distance(pairs)

        def done(result) -> None:
            chrf, ter = result
            self.distance_label.setText(f"Post-edit: chrF {chrf:.1f} · TER {ter:.1f}")

        run_task(work, done, lambda error: log.warning("distance failed: %s", error),
                 name="post-edit distance", owner=self)

    def open_settings(self) -> None:
        from .dialogs import SettingsDialog
        dialog = SettingsDialog(self.document, self)
        if dialog.exec():
            changed_checks = dialog.apply()
            self.apply_view_settings()
            if changed_checks:
                self._changed_outside_undo = True
                self.update_title()
                self.check_document_in_background()

    # == export ==================================================================================
    def _fill_export_menu(self) -> None:
        self.export_menu.clear()
        available = importlib.util.find_spec("translator_gui.core.export") is not None
        off = dict(track_changes=False, comments=False, bilingual=False)
        entries = (
            ("Corrected Word Document with &Tracked Changes…", "Word documents (*.docx)",
             dict(off, track_changes=True, comments=True)),
            ("&Clean Corrected Word Document…", "Word documents (*.docx)", off),
            ("&Bilingual Review Table (Word)…", "Word documents (*.docx)",
             dict(off, bilingual=True)),
            ("&XLIFF…", "XLIFF (*.xlf)", off),
            ("T&MX…", "TMX (*.tmx)", off),
            ("&Quality Report (HTML)…", "HTML (*.html)", off),
            ("Quality Report (&CSV)…", "CSV (*.csv)", off),
        )
        for label, pattern, options in entries:
            action = self.export_menu.addAction(
                label, lambda p=pattern, o=options: self.export_dialog(p, o))
            action.setEnabled(available)
        self.export_menu.addSeparator()
        action = self.export_menu.addAction("&Import Reviewed Bilingual Table…",
                                            self.import_review_dialog)
        action.setEnabled(available)

    def export_dialog(self, pattern: str, options: dict) -> None:
        suffix = re.search(r"\*(\.\w+)", pattern).group(1)
        stem = Path(self.document_name() or "review").stem
        if options.get("bilingual"):
            stem += "-review"
        elif suffix == ".docx":
            stem += "-corrected"
        suggested = str(Path(self.document_folder()) / f"{stem}{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, "Export", suggested, pattern)
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.export_to(path, **options)

    def export_to(self, path: str, **options) -> Task:
        """Write an export on a worker, from a snapshot: editing may go on meanwhile."""
        from translator_gui.core.export import export_document
        self._close_editor()
        snapshot = snapshot_of(self.document)
        issues = self.model.all_issues()

        def work(progress, _cancelled):
            return export_document(snapshot, path, issues=issues, progress=progress, **options)

        def done(_result) -> None:
            self.statusBar().showMessage(f"Exported {Path(path).name}", 6000)
            self.exported.emit(path)

        return self._run(work, done, f"Exporting {Path(path).name}…", title="Cannot export")

    def import_review_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import a reviewed bilingual table", settings.get(settings.LAST_FOLDER),
            "Word documents (*.docx)")
        if path:
            self.import_review(path)

    def import_review(self, path: str) -> bool:
        """Apply a reviewer's changes from a bilingual table, as one undoable step."""
        from translator_gui.core.export import import_review
        self._close_editor()
        try:
            report = import_review(self.document, path)
        except (InputError, OSError, ValueError) as error:
            errors.show_error(self, "Cannot import", error)
            return False
        changes = [(edit.segment, edit.new_target) for edit in report.edits
                   if edit.segment in {s.id for s in self.document.segments}]
        if changes:
            self.replace_in_targets(changes, f"Import review from {Path(path).name}")
        if report.unmatched or report.missing or report.warnings:
            errors.show_error(self, "Review imported with remarks", report.summary())
        self.statusBar().showMessage(
            f"{len(changes)} segment(s) changed by the reviewer were imported.", 8000)
        return True


# == helpers =====================================================================================
def snapshot_of(document: ReviewDocument) -> ReviewDocument:
    """A copy a worker can read while the translator edits on: segments are copied one level
    (their texts are immutable strings; merge and split put new Segment objects in place)."""
    snapshot = copy.copy(document)
    snapshot.segments = [copy.copy(segment) for segment in document.segments]
    snapshot.checks = copy.deepcopy(document.checks)
    return snapshot


def order_pair(files: list[str]) -> list[str]:
    """Two dropped files: the draft is the one whose name says so (draft, en, mt)."""
    if len(files) != 2:
        return files
    target = settings.get(settings.TARGET_LANGUAGE)
    hints = ("draft", "mt", target)

    def looks_like_draft(path: str) -> bool:
        words = re.split(r"[^a-z0-9]+", Path(path).stem.lower())
        return any(h in words for h in hints)

    first, second = files
    if looks_like_draft(first) and not looks_like_draft(second):
        return [second, first]
    return files


_SENTENCE_END = re.compile(r"[.!?…»\"')\]]+\s+")


def proportional_cut(text: str, ratio: float) -> int:
    """Where to cut the other side: the sentence end nearest the same proportion of the text."""
    if not text:
        return 0
    wanted = round(len(text) * ratio)
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if 0 < m.end() < len(text)]
    if ends:
        return min(ends, key=lambda at: abs(at - wanted))
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return wanted
    return min(spaces, key=lambda at: abs(at - wanted))


_SEGMENTERS: dict[str, object] = {}


def sentence_spans(text: str, language: str) -> list[tuple[int, int]]:
    try:
        from translator_gui.core.segment import Segmenter
        segmenter = _SEGMENTERS.get(language)
        if segmenter is None:
            segmenter = _SEGMENTERS[language] = Segmenter(language)
        return segmenter.split(text)
    except Exception:  # noqa: BLE001 - fall back to punctuation if the SRX rules are unusable
        spans, start = [], 0
        for match in _SENTENCE_END.finditer(text):
            spans.append((start, match.end()))
            start = match.end()
        if start < len(text):
            spans.append((start, len(text)))
        return [(s, e) for s, e in spans if text[s:e].strip()]


def _attach(text: str, sentence: str, direction: int) -> str:
    if not text:
        return sentence
    if not sentence:
        return text
    return f"{sentence} {text}" if direction > 0 else f"{text} {sentence}"
