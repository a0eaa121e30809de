"""Paints source and target cells: wrapped text with issue underlines; opens the segment editor.

One delegate paints every row (never a widget per row): a QTextLayout per visible cell,
with a wavy underline per issue span in the severity's colour.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from translator_gui.core.checks.base import Issue

from .editor import PADDING_X, PADDING_Y, SegmentEditor, issue_tooltip, issues_at, underline_format
from .segment_model import IssuesRole, SideRole

_TEXT_OPTION = QTextOption()
_TEXT_OPTION.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


def build_layout(text: str, font: QFont, width: float,
                 issues: list[Issue] | None = None) -> tuple[QTextLayout, float]:
    """Lay `text` out in lines of `width` pixels; returns the layout and its height."""
    # QTextLayout breaks lines only at U+2028; same length, so issue offsets still fit
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    layout.setTextOption(_TEXT_OPTION)
    if issues:
        ranges = []
        for issue in sorted(issues, key=lambda i: i.severity.rank):
            start, end = max(0, issue.start), min(len(text), issue.end)
            if end > start:
                fmt_range = QTextLayout.FormatRange()
                fmt_range.start = start
                fmt_range.length = end - start
                fmt_range.format = underline_format(issue)
                ranges.append(fmt_range)
        layout.setFormats(ranges)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 10.0))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


class CompactDelegate(QStyledItemDelegate):
    """#, status, issues and distance: one line; measuring them would cost a row fit dearly."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), option.fontMetrics.height() + 2 * PADDING_Y)


class SegmentDelegate(QStyledItemDelegate):
    """Source/target cells: painted text with underlines; SegmentEditor while editing."""

    editor_created = Signal(object, QModelIndex)  # SegmentEditor, index

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view
        # Layouts of recently shown cells, keyed by everything that shapes them: a row is
        # measured (sizeHint) and then painted, and repainted on every selection change.
        self._layouts: OrderedDict[tuple, tuple[QTextLayout, float]] = OrderedDict()
        self._editors: dict[SegmentEditor, QPersistentModelIndex] = {}  # open editors' cells

    # -- geometry ----------------------------------------------------------------------------
    def layout_for(self, text: str, font: QFont, width: int,
                   issues: list[Issue]) -> tuple[QTextLayout, float]:
        key = (text, width, font.key(), tuple(issues))
        cached = self._layouts.get(key)
        if cached is None:
            cached = build_layout(text, font, width, issues)
            self._layouts[key] = cached
            if len(self._layouts) > 600:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return cached

    def text_height(self, text: str, font: QFont, width: int,
                    issues: list[Issue] | None = None) -> float:
        return self.layout_for(text, font, width, issues or [])[1]

    def clear_cache(self) -> None:
        self._layouts.clear()

    def _cell_width(self, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> int:
        width = option.rect.width()
        if width <= 0 and hasattr(self.view, "columnWidth"):
            width = self.view.columnWidth(index.column())
        return max(20, width) - 2 * PADDING_X

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        width = self._cell_width(option, index)
        height = self.text_height(text, option.font, width, index.data(IssuesRole))
        minimum = option.fontMetrics.height()
        return QSize(width + 2 * PADDING_X, int(max(height, minimum) + 2 * PADDING_Y + 1))

    # -- painting ----------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not text:
            return
        issues = index.data(IssuesRole) or []
        rect = option.rect
        layout, _height = self.layout_for(text, opt.font, rect.width() - 2 * PADDING_X, issues)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(opt.palette.color(group, role))
        layout.draw(painter, QPointF(rect.left() + PADDING_X, rect.top() + PADDING_Y))
        painter.restore()

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        position = self.position_at(option, index, event.pos())
        found = issues_at(index.data(IssuesRole) or [], position) if position >= 0 else []
        if found:
            QToolTip.showText(event.globalPos(), issue_tooltip(found), view)
            return True
        QToolTip.hideText()
        return super().helpEvent(event, view, option, index)

    def position_at(self, option: QStyleOptionViewItem, index: QModelIndex, point) -> int:
        """The character index under `point` (viewport coordinates), or -1."""
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        rect = option.rect
        layout, _height = build_layout(text, option.font, rect.width() - 2 * PADDING_X)
        x = point.x() - rect.left() - PADDING_X
        y = point.y() - rect.top() - PADDING_Y
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            if line.y() <= y < line.y() + line.height():
                position = line.xToCursor(x)
                return position if position < line.textStart() + line.textLength() else -1
        return -1

    # -- editing -----------------------------------------------------------------------------
    def editor_at(self, index: QModelIndex | QPersistentModelIndex) -> SegmentEditor | None:
        """The editor open on this cell, if any."""
        for editor, cell in self._editors.items():
            if cell == index:
                return editor
        return None

    def createEditor(self, parent, option, index) -> SegmentEditor:  # noqa: N802
        editor = SegmentEditor(parent)
        self._editors[editor] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda *_: self._editors.pop(editor, None))
        editor.side = index.data(SideRole) or "target"
        editor.setFont(option.font)
        editor.setAutoFillBackground(True)
        editor.textChanged.connect(lambda: self.commitData.emit(editor))
        self.editor_created.emit(editor, index)
        return editor

    def destroyEditor(self, editor: QWidget,  # noqa: N802 - Qt override
                      index: QModelIndex | QPersistentModelIndex) -> None:
        self._editors.pop(editor, None)  # type: ignore[call-overload]
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget,  # noqa: N802 - Qt override
                      index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, SegmentEditor)
        editor.set_text_keeping_cursor(index.data(Qt.ItemDataRole.EditRole) or "")
        # re-highlighting touches the text's formats, which Qt reports as a text change
        editor.blockSignals(True)
        editor.highlighter.set_issues(index.data(IssuesRole) or [])
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, SegmentEditor)
        text = editor.toPlainText()
        if text != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, text, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802
        editor.setGeometry(option.rect)
