"""The Consistency view: the document's consistency problems grouped (same source translated
differently, one translation of several sources, a term rendered two ways), with "Make all
like this one" as one undoable step."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
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
GROUP_ROLE = Qt.ItemDataRole.UserRole
VARIANT_ROLE = Qt.ItemDataRole.UserRole + 1
FIRST_GROUPS = 100  # listed at once; more are added a slice per turn of the event loop
FILL_BUDGET_SECONDS = 0.008  # GUI-thread work per turn while the rest are added


class ConsistencyView(QWidget):
    refresh_requested = Signal()
    make_all_like_requested = Signal(object, str)  # ConsistencyGroup, chosen variant
    segment_activated = Signal(int)  # position of the segment in the document

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.groups: list[ConsistencyGroup] = []
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([translate("ConsistencyView", "Inconsistency"),
                                   translate("ConsistencyView", "Segments")])
        self.tree.setColumnWidth(0, 460)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemActivated.connect(self._activated)
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
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        # After a bulk edit there may be thousands of groups: the first are listed at once, the
        # others a slice per turn of the event loop (all at once froze the window for a second)
        self._segments: list[Segment] = []
        self._shown: list[tuple[int | str, ...]] = []
        self._listed = 0
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._list_more)
        self.show_groups([], ReviewDocument())

    def show_groups(self, groups: list[ConsistencyGroup], document: ReviewDocument,
                    shown: list[tuple[int | str, ...]] | None = None) -> None:
        """List `groups` of `document`; `shown` is shown_of(groups, its segments) when the
        caller has it already (worked out on a worker: 15 ms for 2,000 groups)."""
        segments = list(document.segments)  # the positions the groups index
        if shown is None:
            shown = shown_of(groups, segments)
        if self.same(groups, shown):
            return  # the same groups, read the same way: the list stands
        self.groups = list(groups)
        self._segments, self._shown = segments, shown
        self._listed = 0
        self.tree.clear()
        self._list(FIRST_GROUPS)
        if self._listed < len(self.groups):
            self._fill_timer.start()
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

    def filling(self) -> bool:
        """Groups still to be listed (tests and benchmarks wait on this)."""
        return self._listed < len(self.groups)

    def _list_more(self) -> None:
        deadline = time.perf_counter() + FILL_BUDGET_SECONDS
        self._list(32)
        while self.filling() and time.perf_counter() < deadline:
            self._list(32)
        if self.filling():
            self._fill_timer.start()

    def _list(self, count: int) -> None:
        segments = self._segments
        for group in self.groups[self._listed:self._listed + count]:
            numbers = ", ".join(str(segments[i].number) for i in group.indices)
            title = translate("ConsistencyView", TITLES[group.kind]) if group.kind in TITLES \
                else group.kind
            if group.term:
                title = translate("ConsistencyView", "{title}: « {term} »").format(
                    title=title, term=group.term)
            top = QTreeWidgetItem([title, numbers])
            top.setData(0, GROUP_ROLE, group)
            for variant, members in group.variants.items():
                shown = (variant if group.kind == TERM_INCONSISTENT
                         else segments[members[0]].text(group.side))
                child = QTreeWidgetItem([shown, ", ".join(str(segments[i].number)
                                                          for i in members)])
                child.setData(0, GROUP_ROLE, group)
                child.setData(0, VARIANT_ROLE, variant)
                child.setData(1, GROUP_ROLE, members[0])
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            self._listed += 1

    def select_variant(self, group_index: int, variant_index: int) -> None:
        top = self.tree.topLevelItem(group_index)
        child = top.child(variant_index) if top is not None else None
        if child is not None:
            self.tree.setCurrentItem(child)

    def _selected(self) -> tuple[ConsistencyGroup, str] | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, VARIANT_ROLE) is None:
            return None
        return item.data(0, GROUP_ROLE), str(item.data(0, VARIANT_ROLE))

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.apply_button.setEnabled(chosen is not None
                                     and chosen[0].kind != INCONSISTENT_SOURCE)

    def _apply(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.make_all_like_requested.emit(*chosen)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        position = item.data(1, GROUP_ROLE)
        if position is None:
            group: ConsistencyGroup = item.data(0, GROUP_ROLE)
            position = group.indices[0]
        self.segment_activated.emit(int(position))


def shown_of(groups: list[ConsistencyGroup], segments: list[Segment]
             ) -> list[tuple[int | str, ...]]:
    """What the list shows of each group besides the group itself: its segments' numbers and
    the text of each variant's first segment. (No Qt: a worker may work it out.)"""
    return [tuple(segments[i].number for i in group.indices)
            + tuple(segments[members[0]].text(group.side) for members in group.variants.values())
            for group in groups]
