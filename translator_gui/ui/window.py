"""The review window: assembly of the grid, the panels, menus and status bar.

The behaviour lives in ui/controllers (files, recovery, checking, navigation, repair,
export), each a thin adapter over the ReviewSession (translator_gui.core.review). To add a
panel: `self.add_dock(translate("MainWindow", "Title"), widget, "name_dock")`; a menu entry:
`self.add_action("&Checks", translate("MainWindow", "Label"), slot, "Ctrl+K")` (menus are
named by their English titles; every label a person reads goes through translate(), see
ui/i18n.py, and tools/i18n_update.py brings it into the catalogues).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from translator_gui.core.checks.base import Issue
from translator_gui.core.model import ReviewDocument
from translator_gui.core.review import ReviewSession

from . import settings
from .consistency_view import ConsistencyView
from .controllers.checking import CheckingController
from .controllers.consistency import ConsistencyController
from .controllers.export import ExportController
from .controllers.files import FilesController, order_pair
from .controllers.navigation import NavigationController
from .controllers.qa_gate import QaGateController
from .controllers.recovery import RecoveryController
from .controllers.repair import RepairController
from .controllers.status import StatusController
from .controllers.terminology import TerminologyController
from .delegates import CompactDelegate, SegmentDelegate
from .editor import IssueNote, SegmentEditor
from .find_replace import FindReplaceDialog
from .grid import FILTER_LABELS, RowFilter, SegmentView
from .i18n import QT_TRANSLATE_NOOP, translate
from .issues_panel import IssuesPanel
from .memory_panel import MemoryController
from .recovery import RecoveryStore
from .segment_model import Column, SegmentModel
from .terminology_panel import TerminologyPanel

log = logging.getLogger(__name__)

Shortcut = str | QKeySequence | QKeySequence.StandardKey | None
# Keys of window.menus (other modules add to them by these names); shown translated.
# The most of the window's width (side panels) or height (bottom panels) the panels keep
# when the window is made smaller.
SIDE_PANEL_SHARE = 1 / 4
BOTTOM_PANEL_SHARE = 1 / 3
MENUS = (QT_TRANSLATE_NOOP("MainWindow", "&File"), QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
         QT_TRANSLATE_NOOP("MainWindow", "&Segment"), QT_TRANSLATE_NOOP("MainWindow", "&Checks"),
         QT_TRANSLATE_NOOP("MainWindow", "&View"))


class MainWindow(QMainWindow):
    document_loaded = Signal()  # a document is in the window (opened, loaded, restored)
    load_failed = Signal(str)  # the message shown
    checks_finished = Signal()  # the background whole-document check delivered its issues
    first_flags_shown = Signal()  # ... and before that, those of the checks needing no parse
    rechecked = Signal(int)  # a segment's re-check refreshed its issues (row)
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
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.issue_note)
        self.setCentralWidget(central)

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
        self.model.edit_handler = self.navigation.edit_from_view
        self.delegate.editor_created.connect(self.navigation.hook_editor)
        self.view.customContextMenuRequested.connect(self.repair.show_context_menu)
        self.status.check_stop.clicked.connect(self.checking.stop_checking)
        self._make_menus()

        self.issues_panel = IssuesPanel(self.model, self)
        self.issues_dock = self.add_dock(translate("MainWindow", "Issues"), self.issues_panel, "issues_dock")
        self.issues_panel.issue_activated.connect(self.navigation.show_issue)
        self.issues_panel.quick_fix_requested.connect(self.repair.quick_fix)
        self.issues_panel.ignore_requested.connect(self.repair.ignore_issue)
        self.issues_panel.disable_check_requested.connect(self.repair.disable_check)

        self.terminology_panel = TerminologyPanel(self)
        self.terminology_dock = self.add_dock(translate("MainWindow", "Terminology"), self.terminology_panel,
                                              "terminology_dock",
                                              Qt.DockWidgetArea.RightDockWidgetArea)
        self.terminology_panel.add_term_requested.connect(self.terminology.add_term)
        self.terminology_panel.import_requested.connect(self.terminology.import_glossary)
        self.terminology_panel.export_requested.connect(self.terminology.export_glossary)
        self.consistency_view = ConsistencyView(self)
        self.consistency_dock = self.add_dock(translate("MainWindow", "Consistency"), self.consistency_view,
                                              "consistency_dock")
        self.consistency_view.refresh_requested.connect(self.consistency.refresh)
        self.consistency_view.make_all_like_requested.connect(self.consistency.make_all_like)
        self.consistency_view.segment_activated.connect(self.consistency.show_segment)
        self.checks_finished.connect(self.consistency.refresh)
        self.tabifyDockWidget(self.issues_dock, self.consistency_dock)
        self.issues_dock.raise_()
        self.view.selectionModel().currentChanged.connect(
            lambda current, _previous: self.issue_note.follow_row(
                self.proxy.mapToSource(current).row() if current.isValid() else -1))
        self._terms_timer = self._single_shot(120, self.terminology.refresh)
        self.view.selectionModel().currentChanged.connect(self._terms_timer.start)
        self.model.dataChanged.connect(self._terms_timer.start)
        self.document_loaded.connect(self._terms_timer.start)
        self.delegate.editor_created.connect(
            lambda editor, _index: self.terminology.hook_editor(editor))

        self.find_dialog = FindReplaceDialog(lambda: self.review.document, self)
        self.find_dialog.find_requested.connect(self.navigation.find_next)
        self.find_dialog.replace_requested.connect(self.repair.replace_in_targets)
        self.find_dialog.undo_requested.connect(self.undo)
        self.find_dialog.redo_requested.connect(self.redo)

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
            # the grid is where the work is; the issues list gets about a quarter of the
            # height, the side panels a quarter of the width
            self.resizeDocks([self.issues_dock], [max(160, self.height() // 4)],
                             Qt.Orientation.Vertical)
            side = self.docks_in(Qt.DockWidgetArea.RightDockWidgetArea)
            self.resizeDocks(side, [self.width() // 4] * len(side), Qt.Orientation.Horizontal)
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
        terms = self.terminology
        self.add_term_action = a(c, translate("MainWindow", "Add &Term to Glossary"),
                                 terms.add_term, "Ctrl+Shift+T",
                                 translate("MainWindow", "Add the words selected on each side "
                                           "to the project glossary"))
        self.import_glossary_action = a(c, translate("MainWindow", "Import &Glossary (TBX, CSV)…"),
                                        lambda: terms.import_glossary())
        self.export_glossary_action = a(c, translate("MainWindow", "E&xport Glossary (TBX, CSV)…"),
                                        lambda: terms.export_glossary())

    def _make_toolbar(self) -> None:
        toolbar = self.addToolBar(translate("MainWindow", "Filter"))
        toolbar.setObjectName("filter_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(translate("MainWindow", " Show: "), self))
        self.filter_box = QComboBox(self)
        self.filter_box.addItems([translate("SegmentView", label) for label in FILTER_LABELS.values()])
        self.filter_box.currentIndexChanged.connect(self.navigation.apply_row_filter)
        toolbar.addWidget(self.filter_box)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(translate("MainWindow", "Containing text…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(320)
        filter_timer = self._single_shot(250, self.navigation.apply_row_filter)
        self.filter_edit.textChanged.connect(filter_timer.start)
        toolbar.addWidget(self.filter_edit)
        toolbar.addSeparator()
        for action, label in ((self.confirm_action, translate("MainWindow", "Confirm ⏎")),
                              (self.merge_action, translate("MainWindow", "Merge")),
                              (self.split_action, translate("MainWindow", "Split"))):
            toolbar.addAction(action)
            action.setIconText(label)

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
        # A large document plus the checks' parse caches are millions of long-lived objects;
        # left to the cyclic collector they cost half-second pauses while typing or scrolling.
        gc.freeze()
        if issues is None:
            self.checking.check_document_in_background()
        if self.model.rowCount():
            # a project reopens on the segment the translator left it at
            row = 0
            left_at = settings.remembered_segment(project_path) if project_path else None
            if left_at is not None:
                try:
                    row = self.review.row_of(left_at)
                except KeyError:
                    row = 0
            self.go_to_row(row, Column.TARGET, edit=False)
        self.document_loaded.emit()

    def is_modified(self) -> bool:
        return self.changed_outside_undo or not self.undo_stack.isClean()

    def document_name(self) -> str:
        return self.files.document_name()

    def document_folder(self) -> str:
        return self.files.document_folder()

    def update_title(self, *_args: Any) -> None:
        name = self.document_name()
        self.setWindowTitle(translate("MainWindow", "{name}[*] — translator-gui").format(name=name)
                            if name else "translator-gui")
        self.setWindowModified(self.is_modified())

    def _document_changed(self, *_args: Any) -> None:
        self.update_title()
        self._distance_timer.start()

    def show_message(self, text: str, timeout: int = 0) -> None:
        self.statusBar().showMessage(text, timeout)

    def show_issue_note(self, issue: Issue) -> None:
        """The issue's message and its fix in full under the grid (a tooltip needs the mouse,
        and the Issues list cuts long messages short)."""
        try:
            row = self.review.row_of(issue.segment)
        except KeyError:
            return
        self.issue_note.show_issue(issue, row)

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

    # == the panels give way to the texts ==========================================================
    def docks_in(self, area: Qt.DockWidgetArea) -> list[QDockWidget]:
        return [d for d in self.findChildren(QDockWidget)
                if d.isVisible() and not d.isFloating() and self.dockWidgetArea(d) == area]

    def keep_the_texts_wide(self) -> None:
        """A window made smaller takes the room from the panels, not from the texts: side
        panels at most a third of the width, bottom panels a third of the height (Qt would
        squeeze the grid to its minimum first and leave the panels as they were)."""
        side_limit = self.width() * SIDE_PANEL_SHARE
        limits = ((Qt.DockWidgetArea.RightDockWidgetArea, Qt.Orientation.Horizontal,
                   side_limit, QDockWidget.width),
                  (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.Orientation.Horizontal,
                   side_limit, QDockWidget.width),
                  (Qt.DockWidgetArea.BottomDockWidgetArea, Qt.Orientation.Vertical,
                   self.height() * BOTTOM_PANEL_SHARE, QDockWidget.height))
        for area, orientation, limit, size in limits:
            docks = self.docks_in(area)
            if docks and max(size(d) for d in docks) > limit:
                self.resizeDocks(docks, [int(limit)] * len(docks), orientation)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        old, new = event.oldSize(), event.size()
        if old.isValid() and (new.width() < old.width() or new.height() < old.height()):
            QTimer.singleShot(0, self.keep_the_texts_wide)

    # == window events ===========================================================================
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self.navigation.reopen_editor)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() for u in urls) and len(urls) <= 2:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        files = [u.toLocalFile() for u in event.mimeData().urls()]
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.files.open_files(order_pair(files)))

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

