"""The docked panels give way to the texts: their first sizes, and a window made smaller takes
the room from the panels rather than from the grid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from ..window import MainWindow

# The most of the window's width (side panels) or height (bottom panels) the panels keep
# when the window is made smaller.
SIDE_PANEL_SHARE = 1 / 4
BOTTOM_PANEL_SHARE = 1 / 3


class PanelsController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.window and event.type() == QEvent.Type.Resize
                and isinstance(event, QResizeEvent)):
            old, new = event.oldSize(), event.size()
            if old.isValid() and (new.width() < old.width() or new.height() < old.height()):
                QTimer.singleShot(0, self.keep_the_texts_wide)
        return False

    def first_sizes(self) -> None:
        """Without a saved layout: the grid is where the work is; the issues list gets about a
        quarter of the height, the side panels a quarter of the width."""
        window = self.window
        window.resizeDocks([window.issues_dock], [max(160, window.height() // 4)],
                           Qt.Orientation.Vertical)
        side = self.docks_in(Qt.DockWidgetArea.RightDockWidgetArea)
        window.resizeDocks(side, [window.width() // 4] * len(side), Qt.Orientation.Horizontal)

    def docks_in(self, area: Qt.DockWidgetArea) -> list[QDockWidget]:
        window = self.window
        return [d for d in window.findChildren(QDockWidget)
                if d.isVisible() and not d.isFloating() and window.dockWidgetArea(d) == area]

    def keep_the_texts_wide(self) -> None:
        """A window made smaller takes the room from the panels, not from the texts: side
        panels at most a quarter of the width, bottom panels a third of the height (Qt would
        squeeze the grid to its minimum first and leave the panels as they were)."""
        window = self.window
        side_limit = window.width() * SIDE_PANEL_SHARE
        limits = ((Qt.DockWidgetArea.RightDockWidgetArea, Qt.Orientation.Horizontal,
                   side_limit, QDockWidget.width),
                  (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.Orientation.Horizontal,
                   side_limit, QDockWidget.width),
                  (Qt.DockWidgetArea.BottomDockWidgetArea, Qt.Orientation.Vertical,
                   window.height() * BOTTOM_PANEL_SHARE, QDockWidget.height))
        for area, orientation, limit, size in limits:
            docks = self.docks_in(area)
            if docks and max(size(d) for d in docks) > limit:
                window.resizeDocks(docks, [int(limit)] * len(docks), orientation)
