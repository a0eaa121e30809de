"""The Consistency view: the document's consistency problems grouped (same source translated
differently, one translation of several sources, a term rendered two ways), with "Make all
like this one" as one undoable step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from translator_gui.core.checks.consistency import (
    INCONSISTENT_SOURCE,
    INCONSISTENT_TARGET,
    TERM_INCONSISTENT,
    ConsistencyGroup,
)
from translator_gui.core.model import ReviewDocument, Segment

from .i18n import QT_TRANSLATE_NOOP, translate

TITLES = {INCONSISTENT_TARGET: QT_TRANSLATE_NOOP("ConsistencyView",
                                                 "Same source, different translations"),
          INCONSISTENT_SOURCE: QT_TRANSLATE_NOOP("ConsistencyView",
                                                 "Same translation, different sources"),
          TERM_INCONSISTENT: QT_TRANSLATE_NOOP("ConsistencyView", "Term rendered two ways")}
GROUP_ROLE = Qt.ItemDataRole.UserRole  # the row's ConsistencyGroup
VARIANT_ROLE = Qt.ItemDataRole.UserRole + 1  # a variant row's variant (None on a group's row)
POSITION_ROLE = Qt.ItemDataRole.UserRole + 2  # the segment the row leads to (its position)
VARIANT_INDENT = "    "  # a variant's row under its group's
_ROOT = QModelIndex()


class GroupRows(QAbstractTableModel):
    """The groups as the rows the view reads, on demand: each group's row, then one row per
    variant. After a bulk edit there may be thousands of groups: new ones are one model reset
    (a list of row numbers), where one tree item per line cost the window 25 ms of a turn per
    32 groups to add and 160 ms to clear 2,000 of them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.groups: list[ConsistencyGroup] = []
        self.segments: list[Segment] = []  # the document's, as the groups index them
        self.rows: list[tuple[int, int]] = []  # (group, variant number or -1 for the group's)
        self.starts: list[int] = []  # each group's row
        self._variants: list[list[str]] = []  # each group's variants, in order
        self._bold = QFont()  # a group's row
        self._bold.setBold(True)

    def set_groups(self, groups: list[ConsistencyGroup], segments: list[Segment]) -> None:
        self.beginResetModel()
        self.groups, self.segments = groups, segments
        self._variants = [list(group.variants) for group in groups]
        self.rows, self.starts = [], []
        for number, variants in enumerate(self._variants):
            self.starts.append(len(self.rows))
            self.rows.append((number, -1))
            self.rows.extend((number, v) for v in range(len(variants)))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (translate("ConsistencyView", "Inconsistency") if section == 0
                    else translate("ConsistencyView", "Segments"))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        number, variant = self.rows[index.row()]
        group = self.groups[number]
        key = self._variants[number][variant] if variant >= 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1:
                members = group.indices if key is None else group.variants[key]
                return ", ".join(str(self.segments[i].number) for i in members)
            if key is None:
                return _title(group)
            return VARIANT_INDENT + (key if group.kind == TERM_INCONSISTENT
                                     else self.segments[group.variants[key][0]].text(group.side))
        if role == GROUP_ROLE:
            return group
        if role == VARIANT_ROLE:
            return key
        if role == POSITION_ROLE:
            return group.indices[0] if key is None else group.variants[key][0]
        if role == Qt.ItemDataRole.FontRole and key is None:
            return self._bold
        return None


def _title(group: ConsistencyGroup) -> str:
    title = translate("ConsistencyView", TITLES[group.kind]) if group.kind in TITLES \
        else group.kind
    if group.term:
        title = translate("ConsistencyView", "{title}: « {term} »").format(title=title,
                                                                         term=group.term)
    return title


class ConsistencyView(QWidget):
    refresh_requested = Signal()
    make_all_like_requested = Signal(object, str)  # ConsistencyGroup, chosen variant
    segment_activated = Signal(int)  # position of the segment in the document

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.groups: list[ConsistencyGroup] = []
        self._shown: list[tuple[int | str, ...]] = []
        self.model = GroupRows(self)
        # a table, not a tree view: a tree view lays out every row after a reset, asking the
        # model whether each has children (after a Replace all, 6,000 rows: 44 ms of the
        # GUI thread's CPU); a table reads only the rows on screen
        self.list = QTableView(self)
        self.list.setModel(self.model)
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setColumnWidth(0, 460)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.list.activated.connect(self._activated)
        self.summary = QLabel(self)
        self.refresh_button = QPushButton(translate("ConsistencyView", "&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh_requested.emit)
        self.apply_button = QPushButton(translate("ConsistencyView", "&Make all like this one"), self)
        self.apply_button.setToolTip(translate(
            "ConsistencyView", "Give every segment of the group the selected translation "
            "(one undo step)"))
        self.apply_button.clicked.connect(self._apply)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.show_groups([], ReviewDocument())

    def show_groups(self, groups: list[ConsistencyGroup], document: ReviewDocument,
                    shown: list[tuple[int | str, ...]] | None = None) -> None:
        """List `groups` of `document`; `shown` is shown_of(groups, its segments) when the
        caller has it already (worked out on a worker: 15 ms for 2,000 groups)."""
        segments = list(document.segments)  # the positions the groups index
        if shown is None:
            shown = shown_of(groups, segments)
        if self.same(groups, shown) and self.model.rowCount():
            return  # the same groups, read the same way: the list stands
        self.groups, self._shown = list(groups), shown
        self.model.set_groups(self.groups, segments)
        count = len(self.groups)
        self.summary.setText(translate("ConsistencyView", "%n group(s)", "", count)
                             if self.groups
                             else translate("ConsistencyView", "No inconsistency found."))
        self._update_buttons()

    def same(self, groups: list[ConsistencyGroup], shown: list[tuple[int | str, ...]]) -> bool:
        """True when the list shows these groups, read this way, already."""
        return groups == self.groups and shown == self._shown

    def listed(self) -> tuple[list[ConsistencyGroup], list[tuple[int | str, ...]]]:
        """What the list shows: the groups and shown_of them (see same)."""
        return self.groups, self._shown

    def select_variant(self, group_index: int, variant_index: int) -> None:
        if 0 <= group_index < len(self.model.starts):
            row = self.model.starts[group_index] + 1 + variant_index
            if row < self.model.rowCount() and self.model.rows[row][0] == group_index:
                self.list.setCurrentIndex(self.model.index(row, 0))

    def _selected(self) -> tuple[ConsistencyGroup, str] | None:
        index = self.list.currentIndex()
        if not index.isValid() or index.data(VARIANT_ROLE) is None:
            return None
        row = self.model.index(index.row(), 0)
        return row.data(GROUP_ROLE), str(row.data(VARIANT_ROLE))

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.apply_button.setEnabled(chosen is not None
                                     and chosen[0].kind != INCONSISTENT_SOURCE)

    def _apply(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.make_all_like_requested.emit(*chosen)

    def _activated(self, index: QModelIndex) -> None:
        position = self.model.index(index.row(), 0).data(POSITION_ROLE)
        if position is not None:
            self.segment_activated.emit(int(position))


def shown_of(groups: list[ConsistencyGroup], segments: list[Segment]
             ) -> list[tuple[int | str, ...]]:
    """What the list shows of each group besides the group itself: its segments' numbers and
    the text of each variant's first segment. (No Qt: a worker may work it out.)"""
    return [tuple(segments[i].number for i in group.indices)
            + tuple(segments[members[0]].text(group.side) for members in group.variants.values())
            for group in groups]
