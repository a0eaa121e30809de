"""The issues panel: every open issue of the document, filterable, with quick fix and ignore."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from translator_gui.core.checks.base import Issue, Severity

from .i18n import QT_TRANSLATE_NOOP, category_label, severity_label, side_label, translate
from .segment_model import SegmentModel, severity_color
from .workers import slices

IssueRole = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
ALL = "All"  # the filters' "no filter" value (shown translated)
UPDATE_SLICE = 20  # segments whose rows are updated at once (then the clock is read again)
UPDATE_BUDGET_SECONDS = 0.003  # GUI-thread work per turn of the event loop on updates (see
# controllers/checking.py BUDGET_SECONDS: they share the turn)
# The list follows changed issues after this pause in the changes (a translator typing
# changes one segment's issues at every keystroke: the underlines follow at once, the list
# once the typing pauses), but never later than UPDATE_MAX_WAIT_SECONDS after the first one.
UPDATE_PAUSE_MS = 120
UPDATE_MAX_WAIT_SECONDS = 0.5
COLUMNS = ("#", QT_TRANSLATE_NOOP("IssuesPanel", "Severity"), QT_TRANSLATE_NOOP("IssuesPanel", "Check"),
           QT_TRANSLATE_NOOP("IssuesPanel", "Side"), QT_TRANSLATE_NOOP("IssuesPanel", "Words"),
           QT_TRANSLATE_NOOP("IssuesPanel", "Message"), QT_TRANSLATE_NOOP("IssuesPanel", "Suggestion"))


class RowCounts:
    """How many rows each segment has, by document position, with the row where a segment's
    rows start in O(log n) (a Fenwick tree): a segment's issues change in place without
    renumbering the list."""

    def __init__(self, counts: list[int]) -> None:
        self.counts = list(counts)
        self._tree = [0] + self.counts
        for position in range(1, len(self._tree)):
            parent = position + (position & -position)
            if parent < len(self._tree):
                self._tree[parent] += self._tree[position]

    def add(self, position: int, delta: int) -> None:
        self.counts[position] += delta
        position += 1
        while position < len(self._tree):
            self._tree[position] += delta
            position += position & -position

    def start(self, position: int) -> int:
        """The row of the first issue of the segment at `position`."""
        total = 0
        while position > 0:
            total += self._tree[position]
            position -= position & -position
        return total


class IssueListModel(QAbstractTableModel):
    """A flat list of the document's issues, in document order.

    `refresh` rebuilds it (a new document, rows merged or split); `update_segments` replaces
    the rows of some segments in place (beginInsertRows / beginRemoveRows / dataChanged), so
    views keep their selection and scroll position and a filter re-tests only those rows."""

    def __init__(self, segments: SegmentModel, parent=None):
        super().__init__(parent)
        self.segments = segments
        self.issues: list[Issue] = []
        self._position: dict[int, int] = {}  # segment id -> its position in the document
        self._rows = RowCounts([])
        self.checks: Counter[str] = Counter()  # the filter boxes' values, with their counts
        self.categories: Counter[str] = Counter()

    def refresh(self) -> None:
        self.beginResetModel()
        session = self.segments.session
        self._position = {s.id: p for p, s in enumerate(session.segments)}
        self._rows = RowCounts([session.issue_count(s.id) for s in session.segments])
        self.issues = session.all_issues()
        self.checks = Counter(i.check for i in self.issues)
        self.categories = Counter(i.category for i in self.issues)
        self.endResetModel()

    def knows(self, segment_id: int) -> bool:
        """True when the segment's rows can be updated in place (it was there at the last
        refresh and still is at the same position)."""
        position = self._position.get(segment_id)
        segments = self.segments.session.segments
        return (position is not None and position < len(segments)
                and segments[position].id == segment_id)

    def update_segments(self, segment_ids: Iterable[int]) -> None:
        """The rows of these segments become their current issues (ids `knows`)."""
        session = self.segments.session
        for segment_id in segment_ids:
            position = self._position[segment_id]
            new = session.issues_of(segment_id)
            old_count = self._rows.counts[position]
            start = self._rows.start(position)
            old = self.issues[start:start + old_count]
            if old == new:
                continue
            self.checks.subtract(i.check for i in old)
            self.categories.subtract(i.category for i in old)
            self.checks.update(i.check for i in new)
            self.categories.update(i.category for i in new)
            common = min(old_count, len(new))
            if old[:common] != new[:common]:
                self.issues[start:start + common] = new[:common]
                self.dataChanged.emit(self.index(start, 0),
                                      self.index(start + common - 1, len(COLUMNS) - 1))
            if len(new) > old_count:
                self.beginInsertRows(_ROOT, start + old_count, start + len(new) - 1)
                self.issues[start + old_count:start + old_count] = new[old_count:]
                self._rows.add(position, len(new) - old_count)
                self.endInsertRows()
            elif len(new) < old_count:
                self.beginRemoveRows(_ROOT, start + len(new), start + old_count - 1)
                del self.issues[start + len(new):start + old_count]
                self._rows.add(position, len(new) - old_count)
                self.endRemoveRows()
        self.checks += Counter()  # drop the values counted down to nothing
        self.categories += Counter()

    def renumbered(self) -> None:
        """Segment numbers moved (rows merged or split above): the # column again."""
        if self.issues:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.issues) - 1, 0),
                                  [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.issues)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return translate("IssuesPanel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.issues):
            return None
        issue = self.issues[index.row()]
        column = index.column()
        if role == IssueRole:
            return issue
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(issue, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return severity_color(issue.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = issue.message
            if issue.suggestion is not None:
                fix = issue.suggestion or translate("IssuesPanel", "(delete)")
                tip += "\n" + translate("IssuesPanel", "Suggestion: {fix}").format(fix=fix)
            return tip
        return None

    def _display(self, issue: Issue, column: int) -> str:
        if column == 0:
            try:
                return str(self.segments.row_of(issue.segment) + 1)
            except KeyError:
                return "?"
        if column == 1:
            return severity_label(issue.severity.value)
        if column == 2:
            return issue.check
        if column == 3:
            return side_label(issue.side)
        if column == 4:
            try:
                segment = self.segments.segment(self.segments.row_of(issue.segment))
            except KeyError:
                return ""
            side = "target" if issue.side == "both" else issue.side
            return segment.text(side)[issue.start:issue.end]
        if column == 5:
            return issue.message
        if issue.suggestion is None:
            return ""
        return issue.suggestion or translate("IssuesPanel", "(delete)")


class IssueFilter(QSortFilterProxyModel):
    """Keeps the issues matching the chosen check, category, severity and side."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.check = self.category = self.severity = self.side = ALL

    def set_filters(self, check: str, category: str, severity: str, side: str) -> None:
        self.beginFilterChange()
        self.check, self.category, self.severity, self.side = check, category, severity, side
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int,  # noqa: N802 - Qt override
                         parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, IssueListModel)
        issue = model.issues[row]
        return ((self.check == ALL or issue.check == self.check)
                and (self.category == ALL or issue.category == self.category)
                and (self.severity == ALL or issue.severity.value == self.severity)
                and (self.side == ALL or issue.side == self.side))


class IssuesPanel(QWidget):
    """List + filters + buttons; the window connects the signals to its undoable actions."""

    issue_activated = Signal(object)  # Issue: select its segment and span
    quick_fix_requested = Signal(object)
    ignore_requested = Signal(object)
    disable_check_requested = Signal(object)

    def __init__(self, segments: SegmentModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = IssueListModel(segments, self)
        self.proxy = IssueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((44, 74, 150, 54, 120, 320)):
            self.view.setColumnWidth(column, width)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.view.clicked.connect(self._activate)
        self.view.activated.connect(self._activate)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.check_box = QComboBox(self)
        self.category_box = QComboBox(self)
        self.severity_box = QComboBox(self)
        self.side_box = QComboBox(self)
        filters = QHBoxLayout()
        # Alt+letter reaches a filter from anywhere (letters the menu bar and the buttons
        # below leave free)
        for label, box in ((translate("IssuesPanel", "Chec&k"), self.check_box),
                           (translate("IssuesPanel", "Cate&gory"), self.category_box),
                           (translate("IssuesPanel", "Severit&y"), self.severity_box),
                           (translate("IssuesPanel", "Si&de"), self.side_box)):
            name = QLabel(label, self)
            name.setBuddy(box)
            filters.addWidget(name)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._apply_filters)
            filters.addWidget(box)
        filters.addStretch(1)
        self.count_label = QLabel(self)
        filters.addWidget(self.count_label)

        self.fix_button = QPushButton(translate("IssuesPanel", "&Apply suggestion"), self)
        self.ignore_button = QPushButton(translate("IssuesPanel", "&Ignore"), self)
        self.disable_button = QPushButton(translate("IssuesPanel", "Turn &off this check"), self)
        self.fix_button.clicked.connect(lambda: self._emit_current(self.quick_fix_requested))
        self.ignore_button.clicked.connect(lambda: self._emit_current(self.ignore_requested))
        self.disable_button.clicked.connect(
            lambda: self._emit_current(self.disable_check_requested))
        buttons = QHBoxLayout()
        for button in (self.fix_button, self.ignore_button, self.disable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        # Tab follows the panel's reading order: filters, then the list, then its buttons
        # (the list was created first, so Shift+Tab from it used to skip the filters)
        chain = (self.check_box, self.category_box, self.severity_box, self.side_box,
                 self.view, self.fix_button, self.ignore_button, self.disable_button)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

        # A new document or rows merged and split: the whole list again, once. Issues of some
        # segments changed (a re-check, a replace-all, a document pass): their rows only, a
        # few milliseconds' worth per turn of the event loop.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        self._dirty: set[int] = set()
        self._dirty_since = 0.0  # when the oldest change not yet shown was heard of
        self._update_timer = QTimer(self)
        self._update_timer.setSingleShot(True)
        self._update_timer.setInterval(UPDATE_PAUSE_MS)
        self._update_timer.timeout.connect(self._update_some)
        self._box_values: tuple[list[str], list[str]] | None = None
        segments.segment_issues_changed.connect(self._issues_changed)
        segments.modelReset.connect(self._refresh_timer.start)
        segments.structure_changed.connect(self._refresh_timer.start)
        self._fill_filter_boxes()
        self._update_buttons()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        self._dirty.clear()
        current = self.current_issue()
        self.model.refresh()
        self._fill_filter_boxes()
        self._apply_filters()
        if current is not None:
            self.select_issue(current)
        self._update_buttons()

    def pending(self) -> bool:
        """Changes heard of and not yet shown (tests and benchmarks wait on this)."""
        return self._refresh_timer.isActive() or bool(self._dirty)

    def _issues_changed(self, segment_ids: frozenset[int]) -> None:
        if self._refresh_timer.isActive():
            return  # the whole list is read again shortly
        if not segment_ids:
            self._refresh_timer.start()
            return
        now = time.monotonic()
        if not self._dirty:
            self._dirty_since = now
        self._dirty.update(segment_ids)
        if not self._update_timer.isActive() or now - self._dirty_since < UPDATE_MAX_WAIT_SECONDS:
            self._update_timer.start(UPDATE_PAUSE_MS)

    def _update_some(self) -> None:
        for _turn in slices(UPDATE_BUDGET_SECONDS, lambda: bool(self._dirty)):
            chunk = [self._dirty.pop() for _ in range(min(UPDATE_SLICE, len(self._dirty)))]
            if not all(self.model.knows(i) for i in chunk):
                self._dirty.clear()  # rows moved: the whole list again
                self._refresh_timer.start()
                return
            self.model.update_segments(chunk)
        if self._dirty:
            self._update_timer.start(0)  # the rest on the next turns
        self._fill_filter_boxes()
        self._show_count()
        self._update_buttons()

    def _fill_filter_boxes(self) -> None:
        checks, categories = sorted(self.model.checks), sorted(self.model.categories)
        if self._box_values == (checks, categories):
            return
        self._box_values = (checks, categories)
        values = (
            (self.check_box, checks),
            (self.category_box, categories),
            (self.severity_box, [s.value for s in sorted(Severity, key=lambda s: -s.rank)]),
            (self.side_box, ["source", "target", "both"]),
        )
        # Each item's data is the value filtered on; its text is what the translator reads.
        labels = {self.severity_box: severity_label, self.side_box: side_label,
                  self.category_box: category_label}
        for box, items in values:
            chosen = box.currentData() or ALL
            label = labels.get(box, str)
            box.blockSignals(True)
            box.clear()
            box.addItem(translate("IssuesPanel", "All"), ALL)
            for item in items:
                box.addItem(label(item), item)
            if chosen != ALL and chosen not in items:
                box.addItem(label(chosen), chosen)  # the translator's choice stays, even if none are left
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(self.check_box.currentData() or ALL,
                               self.category_box.currentData() or ALL,
                               self.severity_box.currentData() or ALL,
                               self.side_box.currentData() or ALL)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            translate("IssuesPanel", "{shown} of %n issue(s)", "", total).format(shown=shown)
            if shown != total else translate("IssuesPanel", "%n issue(s)", "", total))

    def set_filter(self, which: str, value: str) -> None:
        box = {"check": self.check_box, "category": self.category_box,
               "severity": self.severity_box, "side": self.side_box}[which]
        if box.findData(value) < 0:
            box.addItem({self.severity_box: severity_label, self.side_box: side_label,
                         self.category_box: category_label}.get(box, str)(value), value)
        box.setCurrentIndex(box.findData(value))

    def current_issue(self) -> Issue | None:
        index = self.view.currentIndex()
        return index.data(IssueRole) if index.isValid() else None

    def select_issue(self, issue: Issue) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(IssueRole) == issue:
                self.view.setCurrentIndex(index)
                return True
        return False

    def _activate(self, index: QModelIndex) -> None:
        issue = index.data(IssueRole)
        if issue is not None:
            self.issue_activated.emit(issue)

    def _emit_current(self, signal) -> None:
        issue = self.current_issue()
        if issue is not None:
            signal.emit(issue)

    def _update_buttons(self, *_args) -> None:
        issue = self.current_issue()
        self.fix_button.setEnabled(issue is not None and issue.replacement is not None)
        self.ignore_button.setEnabled(issue is not None)
        self.disable_button.setEnabled(issue is not None)

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        issue = index.data(IssueRole) if index.isValid() else None
        if issue is None:
            return
        menu = QMenu(self)
        if issue.replacement is not None:
            menu.addAction(translate("IssuesPanel", "Replace with “{fix}”").format(
                               fix=issue.suggestion) if issue.suggestion
                           else translate("IssuesPanel", "Delete the words"),
                           lambda: self.quick_fix_requested.emit(issue))
        menu.addAction(translate(
            "IssuesPanel", "Ignore this occurrence"), lambda: self.ignore_requested.emit(issue))
        menu.addAction(translate("IssuesPanel", "Turn off check {check} everywhere").format(
                           check=issue.check),
                       lambda: self.disable_check_requested.emit(issue))
        menu.addSeparator()
        menu.addAction(translate("IssuesPanel", "Show only {check}").format(check=issue.check),
                       lambda: self.set_filter("check", issue.check))
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()
