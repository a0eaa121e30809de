"""The segment grid's table model: one row per aligned pair of the session's document.

It keeps no copy of the text and no issues: the ReviewSession (translator_gui.core.review)
owns both; this model turns the session's callbacks into dataChanged with explicit rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import IntEnum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from translator_gui.core import metrics
from translator_gui.core.cancel import stop_if
from translator_gui.core.checks.base import Issue, Severity
from translator_gui.core.model import ReviewDocument, Segment, Status
from translator_gui.core.review import Change, ChangeKind, ReviewSession

from .i18n import QT_TRANSLATE_NOOP, severity_label, translate
from .workers import Task, run_task


class Column(IntEnum):
    NUMBER = 0
    SOURCE = 1
    TARGET = 2
    STATUS = 3
    ISSUES = 4
    DISTANCE = 5


HEADERS = {Column.NUMBER: "#", Column.SOURCE: QT_TRANSLATE_NOOP("SegmentModel", "Source"),
           Column.TARGET: QT_TRANSLATE_NOOP("SegmentModel", "Target"),
           Column.STATUS: QT_TRANSLATE_NOOP("SegmentModel", "Status"),
           Column.ISSUES: QT_TRANSLATE_NOOP("SegmentModel", "Issues"),
           Column.DISTANCE: QT_TRANSLATE_NOOP("SegmentModel", "Post-edit")}

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
_STATUS = attrgetter("status")
_ROW_BY_ROW = 50  # more rows changed at once are announced as one range
DISTANCE_DELAY_MS = 300  # post-edit distances are measured this long after the last row asked
DISTANCE_BATCH = 20  # distances measured by one worker task

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

# What changes in a row when only its issues do (SegmentModel._emit_issues).
_UNDERLINE_ROLES = [int(IssuesRole)]
_ISSUE_CELL_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                     Qt.ItemDataRole.ToolTipRole, int(IssuesRole), int(WorstSeverityRole)]

# Shown translated (status_label); the grid sizes its Status column on the longest.
STATUS_LABELS = {Status.DRAFT: QT_TRANSLATE_NOOP("SegmentModel", "Draft"),
                 Status.EDITED: QT_TRANSLATE_NOOP("SegmentModel", "Edited"),
                 Status.CONFIRMED: QT_TRANSLATE_NOOP("SegmentModel", "✔ Confirmed")}


def status_label(status: Status) -> str:
    return translate("SegmentModel", STATUS_LABELS[status])

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


class SegmentModel(QAbstractTableModel):
    """Rows are the session's segments in order; columns are the `Column` enum.

    A thin adapter: every read goes to the ReviewSession (document and issue index), every
    change is a session edit; the session's callbacks become Qt's signals here.
    """

    # segment row whose text changed (source or target), one segment edited at a time
    segment_edited = Signal(int)
    # ids of the segments whose texts changed (any edit, a Replace all included)
    segments_edited = Signal(object)
    issues_changed = Signal()
    # the same, with the ids of the segments whose issues changed (empty: possibly all)
    segment_issues_changed = Signal(object)
    statuses_changed = Signal()
    # emitted after rows were merged/split/moved so views can refit heights
    structure_changed = Signal()

    def __init__(self, session: ReviewSession | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session or ReviewSession()
        self._distance_cache: dict[int, tuple[str, str, tuple[float, float]]] = {}
        # segment id -> its (source, target) underlines as last announced by _emit_issues
        self._announced: dict[int, tuple[tuple[Issue, ...], tuple[Issue, ...]]] = {}
        # (segment id, column) -> what the Status, Issues or Post-edit cell showed when last
        # announced: a keystroke that leaves it the same does not repaint it (_announce_cell)
        self._shown: dict[tuple[int, int], object] = {}
        # Post-edit distances are measured after a pause, on a worker, never while a row
        # paints: one TER of a long sentence costs milliseconds, at every keystroke.
        self._distance_wanted: dict[int, None] = {}
        self._distance_timer = QTimer(self)
        self._distance_timer.setSingleShot(True)
        self._distance_timer.setInterval(DISTANCE_DELAY_MS)
        self._distance_timer.timeout.connect(self._measure_some)
        self._distance_task: Task | None = None
        # during a row replacement, the count the views have been told so far
        self._row_count: int | None = None
        self._pending: Change | None = None
        self.session.about_to_change.connect(self._about_to_change)
        self.session.segments_changed.connect(self._segments_changed)
        self.session.issues_changed.connect(self._issues_changed)

    # The window installs a callable(row, side, text) that pushes an undo command.
    edit_handler: Callable[[int, str, str], None] | None = None

    # -- document ----------------------------------------------------------------------------
    @property
    def document(self) -> ReviewDocument:
        return self.session.document

    def set_document(self, document: ReviewDocument, issues: Iterable[Issue] = ()) -> None:
        self._distance_cache = {}
        self.session.set_document(document, issues)

    def segment(self, row: int) -> Segment:
        return self.session.document.segments[row]

    def row_of(self, segment_id: int) -> int:
        return self.session.row_of(segment_id)

    def revision(self, segment_id: int) -> int:
        return self.session.segment_revision(segment_id)

    # -- session callbacks -> Qt signals -------------------------------------------------------
    def _about_to_change(self, change: Change) -> None:
        if change.kind == ChangeKind.DOCUMENT:
            self.beginResetModel()
        elif change.kind == ChangeKind.ROWS and change.removed:
            self._pending = change
            self._row_count = len(self.session.document.segments)
            self.beginRemoveRows(_ROOT, change.row, change.row + change.removed - 1)

    def _segments_changed(self, change: Change) -> None:
        if change.kind == ChangeKind.DOCUMENT:
            self._distance_cache = {}
            self._announced.clear()
            self._shown.clear()
            self.endResetModel()
            self.statuses_changed.emit()
            return
        if change.kind == ChangeKind.ROWS:
            self._rows_replaced(change)
            return
        rows = sorted(self._rows(change.segment_ids))
        if not rows:
            return
        if change.kind == ChangeKind.STATUS:
            for row in rows:
                self._shown.pop((self.session.segments[row].id, Column.STATUS), None)
                self._emit_row(row, (Column.STATUS,))
            self.statuses_changed.emit()
            return
        texts = ((COLUMN_OF_SIDE[change.side],) if change.side in COLUMN_OF_SIDE
                 else (Column.SOURCE, Column.TARGET))
        if len(rows) <= _ROW_BY_ROW:
            segments = self.session.segments
            for row in rows:
                self._emit_row(row, texts)
                # cell by cell: a range over the row's other cells makes a view repaint a
                # strip of the next row too (its grid line), at every keystroke; and only a
                # cell whose value changed (the status changes at the first keystroke, the
                # post-edit distance once measured after a pause)
                segment = segments[row]
                for column in (Column.STATUS, Column.DISTANCE):
                    self._announce_cell(row, column, self._display(segment, column, row))
        else:
            self._shown.clear()
            self.dataChanged.emit(self.index(rows[0], Column.SOURCE),
                                  self.index(rows[-1], Column.DISTANCE))
        if len(rows) == 1:
            self.segment_edited.emit(rows[0])
        self.segments_edited.emit(change.segment_ids)
        self.statuses_changed.emit()

    def _rows_replaced(self, change: Change) -> None:
        self._shown.clear()  # an undone merge brings back ids whose cells were shown before
        if self._pending is change and self._row_count is not None:
            self._row_count -= change.removed
            self.endRemoveRows()
        self._pending = None
        if change.inserted:
            self._row_count = len(self.session.document.segments) - change.inserted
            self.beginInsertRows(_ROOT, change.row, change.row + change.inserted - 1)
            self._row_count = None
            self.endInsertRows()
        self._row_count = None
        # the row numbers below the change moved
        if change.row < self.rowCount():
            self.dataChanged.emit(self.index(change.row, Column.NUMBER),
                                  self.index(self.rowCount() - 1, Column.NUMBER),
                                  [Qt.ItemDataRole.DisplayRole])
        self.structure_changed.emit()
        self.statuses_changed.emit()

    def _issues_changed(self, segment_ids: frozenset[int]) -> None:
        rows = sorted(self._rows(segment_ids)) if segment_ids else []
        if not segment_ids or len(rows) > _ROW_BY_ROW:
            # announced otherwise: _emit_issues compares with nothing
            self._announced.clear()
            self._shown.clear()
            if self.rowCount():
                first, last = (rows[0], rows[-1]) if rows else (0, self.rowCount() - 1)
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, self.columnCount() - 1))
        else:
            for row in rows:
                self._emit_issues(row)
        self.segment_issues_changed.emit(segment_ids)
        self.issues_changed.emit()

    def _rows(self, segment_ids: Iterable[int]) -> set[int]:
        rows = set()
        for segment_id in segment_ids:
            try:
                rows.add(self.session.row_of(segment_id))
            except KeyError:
                continue
        return rows

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        if parent.isValid():
            return 0
        return self._row_count if self._row_count is not None else len(self.session.segments)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(Column):
                column = Column(section)
                if column == Column.SOURCE:
                    return translate("SegmentModel", "Source ({language})").format(
                        language=self.document.source_language)
                if column == Column.TARGET:
                    return translate("SegmentModel", "Target ({language})").format(
                        language=self.document.target_language)
                return translate("SegmentModel", HEADERS[column])
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
        segments = self.session.segments
        if not 0 <= row < len(segments):
            return None
        segment = segments[row]
        if role == _DISPLAY or role == _EDIT:
            return self._display(segment, Column(column), row)
        if role == _ALIGNMENT:
            return _RIGHT if column in _NUMERIC_COLUMNS else _LEFT
        if role == _BACKGROUND:
            if column == Column.NUMBER or column == Column.STATUS:
                return self._background(segment, Column(column))
            return None
        if role == IssuesRole:
            side = SIDE_OF_COLUMN.get(Column(column))
            found = self.session.issues_of(segment.id)
            if side is None:
                return found
            return [i for i in found if issue_side_matches(i, side)]
        if role == _FOREGROUND:
            if column != Column.ISSUES:
                return None
            worst = self.session.worst_severity(segment.id)
            return severity_color(worst) if worst is not None else None
        if role == SegmentRole:
            return segment
        if role == SideRole:
            return SIDE_OF_COLUMN.get(Column(column))
        if role == ConfidenceRole:
            return float(segment.bead.confidence)
        if role == WorstSeverityRole:
            return self.session.worst_severity(segment.id)
        if role == _TOOLTIP:
            return self._tooltip(segment, Column(column), row)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Editing a cell goes through the undo stack when the window gave us one."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        side = SIDE_OF_COLUMN.get(Column(index.column()))
        if side is None or not isinstance(value, str):
            return False
        segment = self.session.segments[index.row()]
        if segment.text(side) == value:
            return True
        if self.edit_handler is not None:
            self.edit_handler(index.row(), side, value)
        else:
            self.set_text(index.row(), side, value)
        return True

    # -- display helpers ---------------------------------------------------------------------
    def _display(self, segment: Segment, column: Column, row: int) -> str:
        if column == Column.NUMBER:
            return str(row + 1)
        if column == Column.SOURCE:
            return segment.source
        if column == Column.TARGET:
            return segment.target
        if column == Column.STATUS:
            return status_label(segment.status)
        if column == Column.ISSUES:
            count = self.session.issue_count(segment.id)
            return f"● {count}" if count else ""
        if segment.target == segment.draft:
            return "—"
        value = self._shown_distance(segment)
        if value is None:
            return "…"
        chrf, ter = value
        return f"TER {ter:.0f} · chrF {chrf:.0f}"

    def _tooltip(self, segment: Segment, column: Column, row: int) -> str | None:
        if column == Column.NUMBER:
            bead = segment.bead
            text = translate("SegmentModel", "Segment {row}: source sentence(s) {source} ↔ draft "
                             "sentence(s) {draft}, alignment confidence {confidence}").format(
                row=row + 1, source=_ranges(bead.source), draft=_ranges(bead.target),
                confidence=f"{bead.confidence:.2f}")
            if bead.confidence < LOW_CONFIDENCE:
                text += "\n" + translate("SegmentModel", "Low confidence: check that these "
                                          "sentences really match.")
            return text
        if column == Column.DISTANCE:
            if segment.target == segment.draft:
                return translate("SegmentModel", "The target is still the original draft.")
            return translate("SegmentModel", "Post-edit distance between the original draft and "
                             "the current target\nDraft: {draft}").format(draft=segment.draft)
        if column == Column.ISSUES:
            found = self.session.issues_of(segment.id)
            return "\n".join(f"[{severity_label(i.severity.value)}] {i.message}"
                             for i in found) or None
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

    def _shown_distance(self, segment: Segment) -> tuple[float, float] | None:
        """The distance of the current texts when measured; else it is asked for, and the last
        one measured (or None) shows meanwhile."""
        cached = self._distance_cache.get(segment.id)
        if cached and cached[0] == segment.draft and cached[1] == segment.target:
            return cached[2]
        self._distance_wanted[segment.id] = None
        # after a pause: while the translator types (or scrolls), each request puts the
        # measure off again (measured at every keystroke, a worker competed with the window
        # for the interpreter and the cell was repainted each time)
        self._distance_timer.start(DISTANCE_DELAY_MS)
        return cached[2] if cached else None

    def _measure_some(self) -> None:
        """Measure the distances asked for on a worker, a batch at a time (one TER of a long
        sentence can take tens of milliseconds: never on the GUI thread's turn)."""
        if self._distance_task is not None:
            return  # its end asks for the next batch
        batch: list[tuple[int, str, str]] = []
        while self._distance_wanted and len(batch) < DISTANCE_BATCH:
            segment_id = next(iter(self._distance_wanted))
            del self._distance_wanted[segment_id]
            try:
                segment = self.segment(self.session.row_of(segment_id))
            except KeyError:
                continue
            batch.append((segment_id, segment.draft, segment.target))
        if not batch:
            return

        def work(_progress: object, cancelled: Callable[[], bool]
                 ) -> list[tuple[int, str, str, tuple[float, float]]]:
            measured = []
            for segment_id, draft, target in batch:
                stop_if(cancelled)
                measured.append((segment_id, draft, target,
                                 metrics.segment_distance(draft, target)))
            return measured

        def done(measured: list[tuple[int, str, str, tuple[float, float]]]) -> None:
            ended()
            for segment_id, draft, target, value in measured:
                self._distance_cache[segment_id] = (draft, target, value)
                self._shown.pop((segment_id, Column.DISTANCE), None)
                try:
                    row = self.session.row_of(segment_id)
                except KeyError:
                    continue
                index = self.index(row, Column.DISTANCE)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

        def ended(*_args: object) -> None:
            self._distance_task = None
            if self._distance_wanted and not self._distance_timer.isActive():
                self._distance_timer.start(0)  # the next batch (unless put off meanwhile)

        self._distance_task = run_task(work, done, ended, ended, name="post-edit distance",
                                       owner=self)

    def distance(self, segment: Segment) -> tuple[float, float]:
        cached = self._distance_cache.get(segment.id)
        if cached and cached[0] == segment.draft and cached[1] == segment.target:
            return cached[2]
        value = metrics.segment_distance(segment.draft, segment.target)
        self._distance_cache[segment.id] = (segment.draft, segment.target, value)
        return value

    def _emit_issues(self, row: int) -> None:
        """A row's issues changed: its underlines and its Issues cell, cell by cell with their
        roles (the texts did not change: no height to refit, and a view repaints three cells
        rather than the whole screen it repaints for a range). A side whose underlines are the
        ones announced last time is left alone (typing in the target changes the target's
        issues; the source cell need not be painted again at every keystroke)."""
        segment_id = self.session.segments[row].id
        found = self.session.issues_of(segment_id)
        sides = (tuple(i for i in found if issue_side_matches(i, "source")),
                 tuple(i for i in found if issue_side_matches(i, "target")))
        announced = self._announced.get(segment_id)
        self._announced[segment_id] = sides
        for position, column in enumerate((Column.SOURCE, Column.TARGET)):
            if announced is not None and announced[position] == sides[position]:
                continue
            index = self.index(row, column)
            self.dataChanged.emit(index, index, _UNDERLINE_ROLES)
        # the Issues cell shows the count and the worst severity's colour: typing that moves
        # an underline leaves it the same (its tooltip is read when shown)
        self._announce_cell(row, Column.ISSUES, (len(found), self.session.worst_severity(
            segment_id)), _ISSUE_CELL_ROLES)

    def _announce_cell(self, row: int, column: Column, shown: object,
                       roles: list[Any] | None = None) -> None:
        """dataChanged for one cell, unless what it shows is what it showed when last
        announced (every other change of it announces itself and forgets that: _shown)."""
        key = (self.session.segments[row].id, int(column))
        if key in self._shown and self._shown[key] == shown:
            return
        self._shown[key] = shown
        index = self.index(row, column)
        if roles is None:
            self.dataChanged.emit(index, index)
        else:
            self.dataChanged.emit(index, index, roles)

    def _emit_row(self, row: int, columns: Iterable[Column]) -> None:
        # one signal for the row's cells (a view refits the row's height once, not per cell)
        chosen = [int(c) for c in columns]
        self.dataChanged.emit(self.index(row, min(chosen)), self.index(row, max(chosen)))

    # -- changes by row (session edits underneath) ---------------------------------------------
    def set_text(self, row: int, side: str, text: str) -> None:
        self.session.set_text(self.segment(row).id, side, text)

    def set_status(self, row: int, status: Status) -> None:
        self.session.set_status(self.segment(row).id, status)

    def replace_rows(self, row: int, count: int, new: list[Segment],
                     issues: dict[int, list[Issue]] | None = None) -> list[Segment]:
        """Swap `count` segments at `row` for `new` (merge, split, moved sentence, undo)."""
        return self.session.replace_segments(row, count, new, issues)

    # -- issues (the session's index) ----------------------------------------------------------
    def issues_of(self, segment_id: int) -> list[Issue]:
        return self.session.issues_of(segment_id)

    def all_issues(self) -> list[Issue]:
        return self.session.all_issues()

    def issue_count(self, segment_id: int) -> int:
        return self.session.issue_count(segment_id)

    def worst_severity(self, segment_id: int) -> Severity | None:
        return self.session.worst_severity(segment_id)

    def counts_by_severity(self) -> dict[Severity, int]:
        return self.session.counts_by_severity()

    def set_segment_issues(self, segment_id: int, issues: list[Issue]) -> None:
        self.session.set_issues(segment_id, issues)

    def replace_all_issues(self, issues: Iterable[Issue], keep: Iterable[int] = ()) -> None:
        self.session.replace_all_issues(issues, keep)

    def replace_document_scope_issues(self, issues: Iterable[Issue],
                                      keep: Iterable[int] = ()) -> None:
        self.session.replace_document_scope_issues(issues, keep)

    # -- statistics --------------------------------------------------------------------------
    def confirmed_count(self) -> int:
        # the statuses read and counted by C code: the status bar asks after every edit
        return list(map(_STATUS, self.session.segments)).count(Status.CONFIRMED)


def _ranges(indices: list[int]) -> str:
    if not indices:
        return "none"
    if len(indices) == 1:
        return str(indices[0] + 1)
    return f"{indices[0] + 1}–{indices[-1] + 1}"
