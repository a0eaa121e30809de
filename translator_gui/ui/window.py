"""The review window: assembly of the grid, the panels, menus and status bar.

The behaviour lives in ui/controllers (files, recovery, checking, navigation, repair, export),
each a thin adapter over the ReviewSession (translator_gui.core.review). A panel:
`self.add_dock(translate("MainWindow", "Title"), widget, "name_dock")`; a menu entry:
`self.add_action("&Checks", translate("MainWindow", "Label"), slot, "Ctrl+K")` (menus are named
by their English titles; labels go through translate(), see ui/i18n.py and tools/i18n_update.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from translator_gui.core.checks.base import Issue
from translator_gui.core.heap import settle_long_lived
from translator_gui.core.model import ReviewDocument
from translator_gui.core.review import ReviewSession

from . import settings
from .controllers.checking import CheckingController
from .controllers.consistency import ConsistencyController
from .controllers.export import ExportController
from .controllers.files import FilesController
from .controllers.navigation import NavigationController
from .controllers.panels import PanelsController
from .controllers.qa_gate import QaGateController
from .controllers.recovery import RecoveryController
from .controllers.repair import RepairController
from .controllers.status import StatusController
from .controllers.terminology import TerminologyController
from .delegates import CompactDelegate, SegmentDelegate
from .editor import IssueNote, SegmentEditor
from .grid import RowFilter, SegmentView, stacked
from .i18n import QT_TRANSLATE_NOOP, translate
from .memory_panel import MemoryController
from .recovery import RecoveryStore
from .segment_model import Column, SegmentModel

if TYPE_CHECKING:
    from .consistency_view import ConsistencyView
    from .terminology_panel import TerminologyPanel

log = logging.getLogger(__name__)

Shortcut = str | QKeySequence | QKeySequence.StandardKey | None
# Keys of window.menus (other modules add to them by these names); shown translated.
MENUS = (QT_TRANSLATE_NOOP("MainWindow", "&File"), QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
         QT_TRANSLATE_NOOP("MainWindow", "&Segment"), QT_TRANSLATE_NOOP("MainWindow", "&Checks"),
         QT_TRANSLATE_NOOP("MainWindow", "&View"))


class MainWindow(QMainWindow):
    document_loaded = Signal()  # a document is in the window (opened, loaded, restored)
    load_failed = Signal(str)  # the message shown
    checks_finished = Signal()  # the background whole-document check delivered its issues
    first_flags_shown = Signal()  # ... and before that, the first of the checks needing no parse
    quick_flags_shown = Signal()  # ... then those of all the checks needing no parse
    rechecked = Signal(int)  # a segment's re-check refreshed its issues (row)
    saved = Signal(str)
    autosaved = Signal()
    model_ready = Signal(bool)  # the French language model finished loading (usable or not)
    exported = Signal(str)
    # the panels their controllers install (TerminologyController, ConsistencyController)
    terminology_panel: TerminologyPanel
    add_term_action: QAction
    consistency_view: ConsistencyView

    def __init__(self, recovery: RecoveryStore | None = None):
        super().__init__()
        self.setWindowTitle("translator-gui")
        self.setAcceptDrops(True)
        self.recovery = recovery or RecoveryStore()
        self.project_path: str | None = None
        self.changed_outside_undo = False  # e.g. restored work never saved
        self.undo_stack = QUndoStack(self)
        self.review = ReviewSession()
        self.model = SegmentModel(self.review, self)
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
        # the grid, and under it the issue F8 (or a click in Issues) showed, in full
        self.issue_note = IssueNote(self)
        self.setCentralWidget(stacked(self, self.view, self.issue_note))

        self.files = FilesController(self)
        self.checking = CheckingController(self)
        self.navigation = NavigationController(self)
        self.repair = RepairController(self)
        self.export = ExportController(self)
        self.recovery_control = RecoveryController(self)
        self.status = StatusController(self)
        self.terminology = TerminologyController(self)
        self.qa_gate = QaGateController(self)
        self.consistency = ConsistencyController(self)
        self.panels = PanelsController(self)
        self.model.edit_handler = self.navigation.edit_from_view
        self.delegate.editor_created.connect(self.navigation.hook_editor)
        self.view.customContextMenuRequested.connect(self.repair.show_context_menu)
        self.status.check_stop.clicked.connect(self.checking.stop_checking)
        self._make_menus()

        # the panels, in the order the View menu lists them
        self.issues_panel = self.navigation.make_issues_panel()
        self.issues_dock = self.add_dock(translate("MainWindow", "Issues"), self.issues_panel,
                                        "issues_dock")
        self.terminology.install()
        self.consistency.install()
        self.find_dialog = self.navigation.make_find_dialog()
        self.navigation.follow_with_issue_note()

        # the translation memory: Ctrl+K, the Matches dock, corrections that carry over
        self.memory = MemoryController(self)
        self.memory.follow()

        self._status_timer = self._single_shot(60, self.status.update_status)
        self._distance_timer = self._single_shot(700, self.status.update_distance)
        self._make_toolbar()
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
            self.panels.first_sizes()
        self.update_title()
        self.status.update_status()

    # == assembly ================================================================================
    def _single_shot(self, interval: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def add_dock(self, title: str, widget: QWidget, name: str,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea) -> QDockWidget:
        """A panel in a dock, listed in View."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.menus["&View"].addAction(dock.toggleViewAction())
        return dock

    def add_action(self, menu: str | None, text: str, slot: Callable[[], object],
                   shortcut: Shortcut = None, tip: str = "") -> QAction:
        """An action with its shortcut, at the end of `menu` (one of MENUS) if given."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        if menu is not None:
            self.menus[menu].addAction(action)
        return action

    def _make_menus(self) -> None:
        self.menus = {title: self.menuBar().addMenu(translate("MainWindow", title))
                      for title in MENUS}
        a, files, nav, repair, check = (self.add_action, self.files, self.navigation,
                                        self.repair, self.checking)
        self.open_pair_action = a(
            "&File", translate("MainWindow", "Open Source and &Draft…"), files.open_pair_dialog,
            "Ctrl+Shift+O", translate("MainWindow", "Open a French source and its English draft"))
        self.open_action = a(
            "&File", translate("MainWindow", "&Open Project…"), files.open_project_dialog,
            QKeySequence.StandardKey.Open,
            translate("MainWindow", "Open a saved project, a bilingual file (TSV, TMX, XLIFF…) "
                      "or a text to check"))
        self.recent_menu = self.menus["&File"].addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(files.fill_recent_menu)
        self.menus["&File"].addSeparator()
        self.save_action = a("&File", translate("MainWindow", "&Save"), files.save,
                             QKeySequence.StandardKey.Save)
        self.save_as_action = a("&File", translate("MainWindow", "Save &As…"), files.save_as,
                                "Ctrl+Shift+S")
        self.menus["&File"].addSeparator()
        self.export_menu = self.menus["&File"].addMenu(translate("MainWindow", "&Export"))
        self.export.fill_menu()
        self.menus["&File"].addSeparator()
        self.settings_action = a("&File", translate("MainWindow", "Se&ttings…"),
                                 self.open_settings, "Ctrl+,")
        self.menus["&File"].addSeparator()
        self.quit_action = a("&File", translate("MainWindow", "&Quit"), self.close,
                             QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo),
                                       QKeySequence("Ctrl+Y")])
        # the stack's own actions keep their "Undo Edit target of segment 3" labels, but go
        # through undo()/redo() so the translator is taken to the segment that changed
        for action, slot in ((self.undo_action, self.undo), (self.redo_action, self.redo)):
            action.triggered.disconnect()
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(action)
            self.menus["&Edit"].addAction(action)
        self.menus["&Edit"].addSeparator()
        self.find_action = a("&Edit", translate("MainWindow", "&Find…"),
                             lambda: nav.open_find(False), QKeySequence.StandardKey.Find)
        self.replace_action = a("&Edit", translate("MainWindow", "Find and &Replace…"),
                                lambda: nav.open_find(True), "Ctrl+H")
        s = "&Segment"
        self.confirm_action = a(
            s, translate("MainWindow", "&Confirm and Go to Next Unconfirmed"),
            nav.confirm_and_next, "Ctrl+Return")
        self.previous_action = a(s, translate("MainWindow", "&Previous Segment"),
                                 lambda: nav.move_current(-1), "Ctrl+Up")
        self.next_action = a(s, translate("MainWindow", "&Next Segment"),
                             lambda: nav.move_current(1), "Ctrl+Down")
        self.menus[s].addSeparator()
        self.copy_source_action = a(s, translate("MainWindow", "Copy Source to Target"),
                                    repair.copy_source_to_target, "Ctrl+Shift+Insert")
        self.revert_action = a(s, translate("MainWindow", "Revert Target to &Draft"),
                               repair.revert_to_draft)
        self.menus[s].addSeparator()
        self.merge_action = a(s, translate("MainWindow", "&Merge with Next Segment"),
                              repair.merge_current, "Ctrl+J")
        self.split_action = a(s, translate("MainWindow", "&Split Segment at Cursor"),
                              repair.split_current, "Ctrl+T")
        self.move_up_action = a(s, translate("MainWindow", "Move First Sentence to Previous Segment"),
                                lambda: repair.move_sentence_current(-1), "Alt+Shift+Up")
        self.move_down_action = a(s, translate("MainWindow", "Move Last Sentence to Next Segment"),
                                  lambda: repair.move_sentence_current(1), "Alt+Shift+Down")
        c = "&Checks"
        self.next_issue_action = a(c, translate("MainWindow", "&Next Issue"),
                                   lambda: nav.go_to_issue(1), "F8",
                                   translate("MainWindow", "Select the next flagged words"))
        self.previous_issue_action = a(c, translate("MainWindow", "&Previous Issue"),
                                       lambda: nav.go_to_issue(-1), "Shift+F8")
        self.fix_action = a(c, translate("MainWindow", "&Apply Suggestion"), repair.fix_at_cursor,
                            "Alt+Return", translate("MainWindow", "Apply the suggestion of the "
                                                    "issue at the cursor"))
        self.ignore_action = a(c, translate("MainWindow", "&Ignore Issue"),
                               repair.ignore_at_cursor, "Ctrl+Shift+I",
                               translate("MainWindow", "Ignore the issue at the cursor (this "
                                         "occurrence)"))
        self.menus[c].addSeparator()
        self.recheck_action = a(c, translate("MainWindow", "Check &Whole Document"),
                                check.check_document_in_background, "F7")
        self.menus[c].addSeparator()

    def _make_toolbar(self) -> None:
        toolbar = self.addToolBar(translate("MainWindow", "Filter"))
        toolbar.setObjectName("filter_toolbar")
        toolbar.setMovable(False)
        self.filter_box, self.filter_edit = self.navigation.add_row_filter(toolbar)
        toolbar.addSeparator()
        for action, label in ((self.confirm_action, translate("MainWindow", "Confirm ⏎")),
                              (self.merge_action, translate("MainWindow", "Merge")),
                              (self.split_action, translate("MainWindow", "Split"))):
            toolbar.addAction(action)
            action.setIconText(label)

    def apply_view_settings(self) -> None:
        self.delegate.clear_cache()
        self.view.use_font(self.font(), settings.get(settings.FONT_FAMILY),
                           settings.get(settings.FONT_SIZE))
        self.recovery_control.apply_settings()

    # == the document ============================================================================
    @property
    def document(self) -> ReviewDocument:
        return self.review.document

    def set_document(self, document: ReviewDocument, issues: list[Issue] | None = None,
                     project_path: str | None = None, modified: bool = False) -> None:
        """Show `document`; without `issues` they are computed in the background."""
        self.files.remember_segment()  # of the project being closed
        self.close_editor()
        self.checking.cancel_all()
        self.view.setCurrentIndex(QModelIndex())
        self.undo_stack.clear()
        self.model.set_document(document, issues or [])
        self.proxy.invalidate()
        self.project_path = project_path
        self.changed_outside_undo = modified
        self.update_title()
        self.status.update_status()
        self._distance_timer.start()
        settle_long_lived()  # out of the cyclic collector, free pages given back (heap.py)
        if issues is None:
            self.checking.check_document_in_background()
        if self.model.rowCount():
            self.go_to_row(self.files.row_left_at(project_path), Column.TARGET, edit=False)
        self.document_loaded.emit()

    def is_modified(self) -> bool:
        return self.changed_outside_undo or not self.undo_stack.isClean()

    def update_title(self, *_args: Any) -> None:
        name = self.files.document_name()
        self.setWindowTitle(translate("MainWindow", "{name}[*] — translator-gui").format(name=name)
                            if name else "translator-gui")
        self.setWindowModified(self.is_modified())

    def _document_changed(self, *_args: Any) -> None:
        self.update_title()
        self._distance_timer.start()

    def show_message(self, text: str, timeout: int = 0) -> None:
        self.statusBar().showMessage(text, timeout)

    # == where the translator is (the navigation controller keeps track) ========================
    def current_editor(self) -> SegmentEditor | None:
        return self.navigation.current_editor()

    def close_editor(self) -> None:
        self.navigation.close_editor()

    def current_row(self) -> int:
        return self.navigation.current_row()

    def current_column(self) -> Column:
        return self.navigation.current_column()

    def go_to_row(self, row: int, column: Column = Column.TARGET, edit: bool = True) -> bool:
        return self.navigation.go_to_row(row, column, edit)

    # == undo ====================================================================================
    def undo(self) -> None:
        index = self.undo_stack.index()
        if self.undo_stack.canUndo():
            self.undo_stack.undo()
            self.navigation.reveal_change(self.undo_stack.command(index - 1))

    def redo(self) -> None:
        index = self.undo_stack.index()
        if self.undo_stack.canRedo():
            self.undo_stack.redo()
            self.navigation.reveal_change(self.undo_stack.command(index))

    # == settings =====================================================================
    def open_settings(self) -> None:
        from .dialogs import SettingsDialog
        dialog = SettingsDialog(self.document, self)
        if dialog.exec():
            changed_checks = dialog.apply()
            self.apply_view_settings()
            if dialog.language_changed:
                self.show_message(translate("MainWindow", "The new interface language takes "
                                            "effect the next time translator-gui starts."), 10000)
            if changed_checks:
                self.changed_outside_undo = True
                self.update_title()
                self.checking.check_document_in_background()

    # == window events ===========================================================================
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self.navigation.reopen_editor)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self.files.can_open_dropped(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        event.acceptProposedAction()
        self.files.open_dropped(event.mimeData())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.files.wait_for_save()  # a save on its way ends (and says if it failed) first
        if not self.files.maybe_save():
            event.ignore()
            return
        for task in list(self.files.tasks):
            task.cancel()
        self.checking.cancel_all()
        self.recovery_control.wait()
        self.recovery.clear()
        self.files.remember_segment()
        settings.set(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        settings.set(settings.WINDOW_STATE, bytes(self.saveState().data()))
        self.find_dialog.close()
        event.accept()

