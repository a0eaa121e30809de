"""The segment grid's table model: one row per aligned pair of the core ReviewDocument.

It keeps no copy of the text: every read goes to the document, every change goes through
the methods below (called by undo commands), which emit dataChanged with explicit roles.
Issues found by the checks are kept per segment id beside the document.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from translator_gui.core import metrics
from translator_gui.core.checks.base import Issue, Severity, get_check
from translator_gui.core.model import ReviewDocument, Segment, Status


class Column(IntEnum):
    NUMBER = 0
    SOURCE = 1
    TARGET = 2
    STATUS = 3
    ISSUES = 4
    DISTANCE = 5


HEADERS = {Column.NUMBER: "#", Column.SOURCE: "Source", Column.TARGET: "Target",
           Column.STATUS: "Status", Column.ISSUES: "Issues", Column.DISTANCE: "Post-edit"}

SIDE_OF_COLUMN = {Column.SOURCE: "source", Column.TARGET: "target"}
COLUMN_OF_SIDE = {"source": Column.SOURCE, "target": Column.TARGET}

SegmentRole = Qt.ItemDataRole.UserRole + 1  # the core Segment of the row
IssuesRole = Qt.ItemDataRole.UserRole + 2  # issues shown in this cell (list[Issue])
ConfidenceRole = Qt.ItemDataRole.UserRole + 3  # alignment confidence of the row's bead
SideRole = Qt.ItemDataRole.UserRole + 4  # "source" / "target" / None
WorstSeverityRole = Qt.ItemDataRole.UserRole + 5  # Severity or None

_ROOT = QModelIndex()
_COLUMN_COUNT = len(Column)
LOW_CONFIDENCE = 0.5  # beads below this are marked for the translator to look at

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_EDIT = Qt.ItemDataRole.EditRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop).value
_LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value
_NUMERIC_COLUMNS = frozenset({Column.NUMBER.value, Column.ISSUES.value, Column.DISTANCE.value})
_OTHER_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_TEXT_FLAGS = _OTHER_FLAGS | Qt.ItemFlag.ItemIsEditable
_TEXT_COLUMNS = frozenset({Column.SOURCE.value, Column.TARGET.value})
_ROLES = frozenset({_DISPLAY, _EDIT, _TOOLTIP, _BACKGROUND, _FOREGROUND, _ALIGNMENT,
                    int(SegmentRole), int(IssuesRole), int(ConfidenceRole), int(SideRole),
                    int(WorstSeverityRole)})

STATUS_LABELS = {Status.DRAFT: "Draft", Status.EDITED: "Edited", Status.CONFIRMED: "✔ Confirmed"}

SEVERITY_COLORS = {
    Severity.CRITICAL: "#d62728",
    Severity.MAJOR: "#f07f0c",
    Severity.MINOR: "#2a7fdc",
    Severity.NEUTRAL: "#8c8c8c",
}


def severity_color(severity: Severity) -> QColor:
    return QColor(SEVERITY_COLORS[severity])


def blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """`tint` laid over `base`: keeps light and dark palettes readable alike."""
    return QColor(round(base.red() * (1 - amount) + tint.red() * amount),
                  round(base.green() * (1 - amount) + tint.green() * amount),
                  round(base.blue() * (1 - amount) + tint.blue() * amount))


def issue_side_matches(issue: Issue, side: str) -> bool:
    # "both" issues carry target offsets, so they are drawn in the target.
    return issue.side == side or (side == "target" and issue.side == "both")


def is_document_scope(issue: Issue) -> bool:
    try:
        return get_check(issue.check).scope == "document"
    except KeyError:
        return False


class SegmentModel(QAbstractTableModel):
    """Rows are document.segments in order; columns are the `Column` enum."""

    # segment row whose text changed (source or target), for the live re-check
    segment_edited = Signal(int)
    issues_changed = Signal()
    statuses_changed = Signal()
    # emitted after rows were merged/split/moved so views can refit heights
    structure_changed = Signal()

    def __init__(self, document: ReviewDocument | None = None, parent=None):
        super().__init__(parent)
        self._document = document or ReviewDocument()
        self._issues: dict[int, list[Issue]] = {}
        self._row_of: dict[int, int] | None = None
        # bumped on every change of a segment's text, so background results can be dropped
        self._revision: dict[int, int] = {}
        self._distance_cache: dict[int, tuple[str, str, tuple[float, float]]] = {}

    # -- document ----------------------------------------------------------------------------
    @property
    def document(self) -> ReviewDocument:
        return self._document

    def set_document(self, document: ReviewDocument, issues: Iterable[Issue] = ()) -> None:
        self.beginResetModel()
        self._document = document
        self._issues = {}
        for issue in issues:
            self._issues.setdefault(issue.segment, []).append(issue)
        self._row_of = None
        self._revision = {}
        self._distance_cache = {}
        self.endResetModel()
        self.issues_changed.emit()
        self.statuses_changed.emit()

    def segment(self, row: int) -> Segment:
        return self._document.segments[row]

    def row_of(self, segment_id: int) -> int:
        if self._row_of is None:
            self._row_of = {s.id: i for i, s in enumerate(self._document.segments)}
        return self._row_of[segment_id]

    def revision(self, segment_id: int) -> int:
        return self._revision.get(segment_id, 0)

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._document.segments)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(Column):
                column = Column(section)
                if column == Column.SOURCE:
                    return f"Source ({self._document.source_language})"
                if column == Column.TARGET:
                    return f"Target ({self._document.target_language})"
                return HEADERS[column]
            return None
        return str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _TEXT_FLAGS if index.column() in _TEXT_COLUMNS else _OTHER_FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called ~1,000 times per painted screen: unknown roles leave first, plain ints after.
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        segments = self._document.segments
        if not 0 <= row < len(segments):
            return None
        segment = segments[row]
        if role == _DISPLAY or role == _EDIT:
            return self._display(segment, column, row)
        if role == _ALIGNMENT:
            return _RIGHT if column in _NUMERIC_COLUMNS else _LEFT
        if role == _BACKGROUND:
            if column == Column.NUMBER or column == Column.STATUS:
                return self._background(segment, column)
            return None
        if role == IssuesRole:
            side = SIDE_OF_COLUMN.get(column)
            found = self._issues.get(segment.id, ())
            if side is None:
                return list(found)
            return [i for i in found if issue_side_matches(i, side)]
        if role == _FOREGROUND:
            if column != Column.ISSUES:
                return None
            worst = self.worst_severity(segment.id)
            return severity_color(worst) if worst is not None else None
        if role == SegmentRole:
            return segment
        if role == SideRole:
            return SIDE_OF_COLUMN.get(column)
        if role == ConfidenceRole:
            return float(segment.bead.confidence)
        if role == WorstSeverityRole:
            return self.worst_severity(segment.id)
        if role == _TOOLTIP:
            return self._tooltip(segment, Column(column), row)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Editing a cell goes through the undo stack when the window gave us one."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        side = SIDE_OF_COLUMN.get(Column(index.column()))
        if side is None or not isinstance(value, str):
            return False
        segment = self._document.segments[index.row()]
        if segment.text(side) == value:
            return True
        if self.edit_handler is not None:
            self.edit_handler(index.row(), side, value)
        else:
            self.set_text(index.row(), side, value)
        return True

    # The window installs a callable(row, side, text) that pushes an undo command.
    edit_handler = None

    # -- display helpers ---------------------------------------------------------------------
    def _display(self, segment: Segment, column: Column, row: int) -> str:
        if column == Column.NUMBER:
            return str(row + 1)
        if column == Column.SOURCE:
            return segment.source
        if column == Column.TARGET:
            return segment.target
        if column == Column.STATUS:
            return STATUS_LABELS[segment.status]
        if column == Column.ISSUES:
            count = len(self._issues.get(segment.id, ()))
            return f"● {count}" if count else ""
        if segment.target == segment.draft:
            return "—"
        chrf, ter = self.distance(segment)
        return f"TER {ter:.0f} · chrF {chrf:.0f}"

    def _tooltip(self, segment: Segment, column: Column, row: int) -> str | None:
        if column == Column.NUMBER:
            bead = segment.bead
            text = (f"Segment {row + 1}: source sentence(s) {_ranges(bead.source)} ↔ "
                    f"draft sentence(s) {_ranges(bead.target)}, alignment confidence "
                    f"{bead.confidence:.2f}")
            if bead.confidence < LOW_CONFIDENCE:
                text += "\nLow confidence: check that these sentences really match."
            return text
        if column == Column.DISTANCE:
            if segment.target == segment.draft:
                return "The target is still the original draft."
            return ("Post-edit distance between the original draft and the current target\n"
                    f"Draft: {segment.draft}")
        if column == Column.ISSUES:
            found = self._issues.get(segment.id, ())
            return "\n".join(f"[{i.severity.value}] {i.message}" for i in found) or None
        return None

    def _background(self, segment: Segment, column: Column) -> QColor | None:
        palette = QApplication.palette()
        base = palette.color(QPalette.ColorRole.Base)
        if column == Column.NUMBER and segment.bead.confidence < LOW_CONFIDENCE:
            return blend(base, QColor("#f0b400"), 0.45)
        if column == Column.STATUS:
            if segment.status == Status.CONFIRMED:
                return blend(base, QColor("#2ca02c"), 0.25)
            if segment.status == Status.EDITED:
                return blend(base, QColor("#2a7fdc"), 0.15)
        return None

    def distance(self, segment: Segment) -> tuple[float, float]:
        cached = self._distance_cache.get(segment.id)
        if cached and cached[0] == segment.draft and cached[1] == segment.target:
            return cached[2]
        value = metrics.segment_distance(segment.draft, segment.target)
        self._distance_cache[segment.id] = (segment.draft, segment.target, value)
        return value

    # -- changes (called by undo commands) ---------------------------------------------------
    def _emit_row(self, row: int, columns: Iterable[Column]) -> None:
        for column in columns:
            index = self.index(row, column)
            self.dataChanged.emit(index, index)

    def set_text(self, row: int, side: str, text: str) -> None:
        segment = self._document.segments[row]
        if side == "source":
            self._document.set_source(row, text)
        else:
            self._document.set_target(row, text)
        self._revision[segment.id] = self._revision.get(segment.id, 0) + 1
        dropped = self._drop_stale_issues(segment)
        self._emit_row(row, (COLUMN_OF_SIDE[side], Column.STATUS, Column.DISTANCE)
                       + ((Column.ISSUES,) if dropped else ()))
        self.segment_edited.emit(row)
        self.statuses_changed.emit()
        if dropped:
            # the re-check that follows finds the list already without them and stays quiet,
            # so the issues panel must hear of the change now or keep listing them
            self.issues_changed.emit()

    def set_status(self, row: int, status: Status) -> None:
        self._document.set_status(row, status)
        self._emit_row(row, (Column.STATUS,))
        self.statuses_changed.emit()

    def replace_rows(self, row: int, count: int, new: list[Segment],
                     issues: dict[int, list[Issue]] | None = None) -> list[Segment]:
        """Swap `count` segments at `row` for `new` (merge, split, moved sentence, undo)."""
        removed = self._document.segments[row:row + count]
        if count:
            self.beginRemoveRows(QModelIndex(), row, row + count - 1)
            self._document.replace_segments(row, count, [])
            self.endRemoveRows()
        if new:
            self.beginInsertRows(QModelIndex(), row, row + len(new) - 1)
            self._document.replace_segments(row, 0, new)
            self.endInsertRows()
        self._row_of = None
        for segment in removed:
            self._issues.pop(segment.id, None)
            self._revision[segment.id] = self._revision.get(segment.id, 0) + 1
        for segment in new:
            self._revision[segment.id] = self._revision.get(segment.id, 0) + 1
            if issues and segment.id in issues:
                self._issues[segment.id] = list(issues[segment.id])
        # the row numbers below the change moved
        if row < self.rowCount():
            self.dataChanged.emit(self.index(row, Column.NUMBER),
                                  self.index(self.rowCount() - 1, Column.NUMBER),
                                  [Qt.ItemDataRole.DisplayRole])
        self.structure_changed.emit()
        self.issues_changed.emit()
        self.statuses_changed.emit()
        return removed

    # -- issues ------------------------------------------------------------------------------
    def issues_of(self, segment_id: int) -> list[Issue]:
        return list(self._issues.get(segment_id, ()))

    def all_issues(self) -> list[Issue]:
        found: list[Issue] = []
        for segment in self._document.segments:
            found.extend(self._issues.get(segment.id, ()))
        return found

    def issue_count(self, segment_id: int) -> int:
        return len(self._issues.get(segment_id, ()))

    def worst_severity(self, segment_id: int) -> Severity | None:
        found = self._issues.get(segment_id)
        if not found:
            return None
        return max((i.severity for i in found), key=lambda s: s.rank)

    def counts_by_severity(self) -> dict[Severity, int]:
        counts = {severity: 0 for severity in Severity}
        for found in self._issues.values():
            for issue in found:
                counts[issue.severity] += 1
        return counts

    def set_segment_issues(self, segment_id: int, issues: list[Issue]) -> None:
        if self._issues.get(segment_id, []) == issues:
            return
        if issues:
            self._issues[segment_id] = list(issues)
        else:
            self._issues.pop(segment_id, None)
        try:
            row = self.row_of(segment_id)
        except KeyError:
            return
        self._emit_row(row, (Column.SOURCE, Column.TARGET, Column.ISSUES))
        self.issues_changed.emit()

    def replace_all_issues(self, issues: Iterable[Issue],
                           keep: Iterable[int] = ()) -> None:
        """Take a whole-document check's results; segments in `keep` keep their live issues."""
        keep = set(keep)
        fresh: dict[int, list[Issue]] = {}
        for issue in issues:
            if issue.segment not in keep:
                fresh.setdefault(issue.segment, []).append(issue)
        for segment_id in keep:
            if segment_id in self._issues:
                fresh[segment_id] = self._issues[segment_id]
        self._issues = fresh
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.issues_changed.emit()

    def replace_document_scope_issues(self, issues: Iterable[Issue],
                                      keep: Iterable[int] = ()) -> None:
        """New results of the document-scope checks; live segment-scope issues stay."""
        keep = set(keep)
        fresh: dict[int, list[Issue]] = {}
        for issue in issues:
            fresh.setdefault(issue.segment, []).append(issue)
        changed = False
        for row, segment in enumerate(self._document.segments):
            if segment.id in keep:
                continue
            current = self._issues.get(segment.id, [])
            if not current and segment.id not in fresh:
                continue
            live = [i for i in current if not is_document_scope(i)]
            new = sorted(live + fresh.get(segment.id, []),
                         key=lambda i: (i.side, i.start, i.end, i.check))
            if new != current:
                if new:
                    self._issues[segment.id] = new
                else:
                    self._issues.pop(segment.id, None)
                self._emit_row(row, (Column.SOURCE, Column.TARGET, Column.ISSUES))
                changed = True
        if changed:
            self.issues_changed.emit()

    def _drop_stale_issues(self, segment: Segment) -> bool:
        """True when some were dropped."""
        # Spans that no longer fit the edited text would underline the wrong words.
        found = self._issues.get(segment.id)
        if not found:
            return False
        kept = [i for i in found if i.end <= len(segment.text(
            "target" if i.side == "both" else i.side))]
        if len(kept) != len(found):
            self._issues[segment.id] = kept
            return True
        return False

    # -- statistics --------------------------------------------------------------------------
    def confirmed_count(self) -> int:
        return sum(1 for s in self._document.segments if s.status == Status.CONFIRMED)


def _ranges(indices: list[int]) -> str:
    if not indices:
        return "none"
    if len(indices) == 1:
        return str(indices[0] + 1)
    return f"{indices[0] + 1}–{indices[-1] + 1}"
