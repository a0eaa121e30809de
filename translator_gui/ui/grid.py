"""The segment grid: the table view (row heights fitted lazily) and its row filter."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from translator_gui.core.model import Status

from .delegates import SegmentDelegate
from .i18n import QT_TRANSLATE_NOOP
from .segment_model import LOW_CONFIDENCE, Column, SegmentModel, status_label


class FilterMode(IntEnum):
    """What the grid shows; the values are the positions in the toolbar's list."""

    ALL = 0
    WITH_ISSUES = 1
    UNCONFIRMED = 2
    LOW_CONFIDENCE = 3


# Shown translated: translate("SegmentView", label).
# Roles whose change can change a row's height (a dataChanged with other roles only, e.g. a
# row's underlines, leaves the height be).
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.EditRole.value,
                         Qt.ItemDataRole.FontRole.value, Qt.ItemDataRole.SizeHintRole.value})

FILTER_LABELS = {FilterMode.ALL: QT_TRANSLATE_NOOP("SegmentView", "All segments"),
                 FilterMode.WITH_ISSUES: QT_TRANSLATE_NOOP("SegmentView", "With issues"),
                 FilterMode.UNCONFIRMED: QT_TRANSLATE_NOOP("SegmentView", "Unconfirmed"),
                 FilterMode.LOW_CONFIDENCE: QT_TRANSLATE_NOOP("SegmentView",
                                                              "Low-confidence alignment")}


class RowFilter(QSortFilterProxyModel):
    """Row filters of the grid: a FilterMode, plus text the source or target contains."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.mode = FilterMode.ALL
        self.text = ""
        # a row that stops matching stays until the filter is applied again (as in memoQ)
        self.setDynamicSortFilter(False)

    def set_filter(self, mode: FilterMode, text: str) -> None:
        self.beginFilterChange()
        self.mode, self.text = FilterMode(mode), text.casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def segment_model(self) -> SegmentModel:
        model = self.sourceModel()
        assert isinstance(model, SegmentModel)
        return model

    def filterAcceptsRow(self, row: int,  # noqa: N802 - Qt override
                         parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.segment_model()
        segment = model.segment(row)
        if self.mode == FilterMode.WITH_ISSUES and not model.issue_count(segment.id):
            return False
        if self.mode == FilterMode.UNCONFIRMED and segment.status == Status.CONFIRMED:
            return False
        if (self.mode == FilterMode.LOW_CONFIDENCE
                and segment.bead.confidence >= LOW_CONFIDENCE):
            return False
        if self.text and self.text not in segment.source.casefold() \
                and self.text not in segment.target.casefold():
            return False
        return True


# Below this width (pixels) the grid leaves out the per-segment post-edit distance column.
NARROW_GRID = 760


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
        # (row, column, the open editor's text height) when that row was last fitted while
        # the editor was open on it: typing that leaves the editor's lines as they were
        # leaves the row's height too (_refit_changed)
        self._editor_fit: tuple[int, int, float] | None = None
        self.fit_timer = QTimer(self)
        self.fit_timer.setSingleShot(True)
        self.fit_timer.setInterval(0)
        self.fit_timer.timeout.connect(self.fit_visible_rows)
        self.verticalScrollBar().valueChanged.connect(self.fit_timer.start)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        if model is None:
            return
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
        longest_status = max((status_label(s) for s in Status), key=metrics.horizontalAdvance)
        # wide enough for the contents and for the title (longer in some languages: "Problèmes")
        titles = header.fontMetrics()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._fit_number_column)
        for column, sample in ((Column.NUMBER, "99999"), (Column.STATUS, longest_status),
                               (Column.ISSUES, "■ 999"), (Column.DISTANCE, "TER 100 · chrF 100")):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.setColumnWidth(column, max(metrics.horizontalAdvance(sample),
                                            titles.horizontalAdvance(title)) + 20)

    def use_font(self, base: QFont, family: str, size: int) -> None:
        """The translator's font (Settings): `base` with that family and size (if set)."""
        font = QFont(base)
        if family:
            font.setFamily(family)
        if size > 0:
            font.setPointSize(size)
        self.setFont(font)
        # until a row is on screen and fitted, it is given two lines (a typical sentence)
        self.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + 8)
        self.forget_heights()

    def _fit_number_column(self, *_args: Any) -> None:
        """The # column as wide as the document's last number, not five digits' worth."""
        model = self.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        if source is None:
            return
        last = f"{max(source.rowCount(), 99)}"
        title = str(source.headerData(Column.NUMBER, Qt.Orientation.Horizontal) or "")
        self.setColumnWidth(Column.NUMBER, max(self.fontMetrics().horizontalAdvance(last),
                                               self.horizontalHeader().fontMetrics()
                                               .horizontalAdvance(title)) + 20)

    def forget_heights(self, *_args: Any) -> None:
        self._fitted.clear()
        self._editor_fit = None
        self.fit_timer.start()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column in (Column.SOURCE, Column.TARGET):
            self.forget_heights()

    def _refit_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                       roles: Sequence[int] = ()) -> None:
        if roles and not any(role in _TEXT_ROLES for role in roles):
            return  # e.g. only a row's underlines changed: its height did not
        if top_left.row() != bottom_right.row():
            if bottom_right.row() - top_left.row() > 200:
                self.forget_heights()
            else:
                for row in range(top_left.row(), bottom_right.row() + 1):
                    self._fitted.discard(row)
                self.fit_timer.start()
            return
        if top_left.column() in (Column.SOURCE, Column.TARGET):
            row, column = top_left.row(), top_left.column()
            if row in self._fitted or self._on_screen(row):
                height = self._editor_height(top_left)
                if height is not None and row in self._fitted and \
                        self._editor_fit == (row, column, height):
                    return  # typed on the same lines: laying the text out again is wasted
                self.resizeRowToContents(row)
                self._fitted.add(row)
                self._editor_fit = (row, column, height) if height is not None else None

    def _editor_height(self, index: QModelIndex) -> float | None:
        """The height of the text in the editor open on this cell (None without one, or
        while the editor does not show the cell's text)."""
        delegate = self.itemDelegateForIndex(index)
        editor = delegate.editor_at(index) if isinstance(delegate, SegmentDelegate) else None
        if editor is None or editor.toPlainText() != index.data(Qt.ItemDataRole.EditRole):
            return None
        return editor.content_height()

    def closeEditor(self, editor: QWidget,  # noqa: N802 - Qt override
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        fit, self._editor_fit = self._editor_fit, None
        super().closeEditor(editor, hint)
        if fit is not None and fit[0] < (self.model().rowCount() if self.model() else 0):
            # fitted by the editor's lines meanwhile: the cell's own layout decides again
            self.resizeRowToContents(fit[0])

    def _on_screen(self, row: int) -> bool:
        top = self.rowAt(0)
        bottom = self.rowAt(self.viewport().height() - 1)
        return top <= row <= (bottom if bottom >= 0 else top + 50)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # A narrow grid gives the post-edit column's room to the texts (the status bar keeps
        # the document's figure); it comes back when there is room again.
        self.setColumnHidden(Column.DISTANCE, event.size().width() < NARROW_GRID)
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


def stacked(parent: QWidget, main: QWidget, *under: QWidget) -> QWidget:
    """`main` taking the room, the `under` widgets below it at their own heights."""
    holder = QWidget(parent)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(main, 1)
    for widget in under:
        layout.addWidget(widget)
    return holder
