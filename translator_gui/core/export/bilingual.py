"""Bilingual review table (DOCX: #, source, target, status, issues) and its re-import.

Like the CAT tools' "export for bilingual review": a reviewer who has no translator_gui edits
the target column in Word, with or without tracked changes, and sends the file back. The
import reads the target column (accepting the reviewer's tracked changes), matches rows to
segments by a hidden sealed id plus the source text (see _match_row), and returns the
differences as edits; the document itself is only changed by apply_review_edits (the
command line) or by the window's undoable commands.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from translator_gui.core.checks.base import Issue
from translator_gui.core.export.files import WrittenFile
from translator_gui.core.model import InputError, ReviewDocument

HEADERS = ("#", "Source", "Target", "Status", "Issues")
MARKER = "translator_gui bilingual review"
_ID, _SOURCE, _TARGET, _STATUS, _ISSUES = range(5)
# Column widths in twentieths of a point; they add up to landscape A4 minus 2 cm margins
# (25.7 cm). Issues get as much room as the texts: their messages are the longest cells.
# '#' holds a five-digit id and Status "confirmed" on one line (with the cells' margins).
_WIDTHS = (750, 4180, 4180, 1250, 4210)
# Each row carries its segment id in a hidden bookmark (Word hides names starting with '_'),
# sealed with a hash of the source text it was exported with: sorting the table or retyping
# the '#' column cannot send a target to another segment, and a row whose source was
# changed no longer matches its seal.
_BOOKMARK = re.compile(r"^_tg(\d+)_([0-9a-f]{10})$")
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def row_seal(segment_id: int, source: str) -> str:
    """The hidden bookmark name of a row: the segment id and a hash of its source text."""
    digest = hashlib.sha256(f"{segment_id}\x00{source.strip()}".encode()).hexdigest()[:10]
    return f"_tg{segment_id}_{digest}"


@dataclass(frozen=True)
class ReviewEdit:
    """One change a reviewer made: the target of segment `segment` goes from old to new."""

    segment: int
    old_target: str
    new_target: str


@dataclass
class ReviewImportReport:
    """What an import found: edits to apply, and every row it could not use, with the reason."""

    path: str
    edits: list[ReviewEdit] = field(default_factory=list)
    unchanged: int = 0
    unmatched: list[str] = field(default_factory=list)  # rows that name no segment, and why
    missing: list[int] = field(default_factory=list)  # segments with no row in the file
    warnings: list[str] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        """Rows that match no segment safely: applying the rest could be applying a mix-up."""
        return bool(self.unmatched)

    def summary(self) -> str:
        if self.refused:
            lines = [f"{self.path}: refused — {len(self.unmatched)} row(s) do not match their "
                     f"segment (the table was renumbered, sorted or edited outside the Target "
                     f"column?); nothing was imported"]
        else:
            lines = [f"{self.path}: {len(self.edits)} segment(s) changed by the reviewer, "
                     f"{self.unchanged} unchanged"]
        if self.unmatched:
            lines.append(f"{len(self.unmatched)} row(s) could not be matched:")
            lines.extend(f"  {reason}" for reason in self.unmatched)
        if self.missing:
            shown = ", ".join(str(i + 1) for i in self.missing[:20])  # as numbered in the table
            more = f" and {len(self.missing) - 20} more" if len(self.missing) > 20 else ""
            lines.append(f"{len(self.missing)} segment(s) have no row in the file: {shown}{more}")
        lines.extend(self.warnings)
        return "\n".join(lines)


def _issue_line(issue: Issue) -> str:
    # The reviewer reads the target column: say when an issue is about the source text.
    where = " (source)" if issue.side == "source" else ""
    line = f"{issue.severity.value} · {issue.category}{where}: {issue.message}"
    if issue.suggestion:
        line += f" → {issue.suggestion}"
    return line


def write_bilingual_docx(document: ReviewDocument, path: str | Path, *,
                         issues: list[Issue] | None = None,
                         progress: Callable[[int, int], None] | None = None) -> WrittenFile:
    """Write the review table. Open issues go in the last column."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    from translator_gui.core.export.files import write_file
    from translator_gui.core.export.issue_states import IssueState, classify

    if issues is None:
        from translator_gui.core.checks.base import check_document

        issues = check_document(document)
    open_by_segment: dict[int, list[Issue]] = {}
    for record in classify(document, issues):
        if record.state == IssueState.OPEN:
            open_by_segment.setdefault(record.issue.segment, []).append(record.issue)

    out = docx.Document()
    section = out.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    out.styles["Normal"].font.size = Pt(10)
    out.core_properties.title = f"Bilingual review: {_name(document)}"
    out.core_properties.keywords = MARKER
    out.add_heading(f"Bilingual review — {_name(document)}", level=1)
    out.add_paragraph(
        f"Edit only the Target column ({document.target_language}); tracked changes are welcome. "
        "Do not change the # column: it is how your corrections find their segment again.")
    table = out.add_table(rows=1, cols=len(HEADERS))
    table.style = out.styles["Table Grid"]
    labels = list(HEADERS)
    labels[_SOURCE] = f"Source ({document.source_language})"
    labels[_TARGET] = f"Target ({document.target_language})"
    for cell, label, width in zip(table.rows[0].cells, labels, _WIDTHS, strict=True):
        cell.text = label
        cell.paragraphs[0].runs[0].bold = True
        cell.width = width * 635  # twips to EMU
    # LibreOffice lays a table out from its w:tblGrid, which python-docx fills with equal
    # columns; a fixed layout with the grid set keeps the # and status columns narrow.
    for grid_column, width in zip(table._tbl.tblGrid.iterchildren(qn("w:gridCol")), _WIDTHS,
                                  strict=True):
        grid_column.set(qn("w:w"), str(width))
    table.autofit = False  # w:tblLayout fixed: the widths are kept, not fitted to the text
    table_width = table._tbl.tblPr.find(qn("w:tblW"))
    if table_width is not None:
        table_width.set(qn("w:w"), str(sum(_WIDTHS)))
        table_width.set(qn("w:type"), "dxa")
    header_properties = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    header_properties.append(repeat)
    # Rows are built as XML directly (python-docx's cell API is too slow for 10,000 rows) and
    # streamed into the saved package one by one: held as one tree, 40,000 rows took 370 MB.
    total = len(document.segments)
    rows = _RowMaker(OxmlElement, qn)

    def serialized_rows() -> Iterator[bytes]:
        from lxml import etree

        for number, segment in enumerate(document.segments):
            issue_lines = [_issue_line(i) for i in open_by_segment.get(segment.id, [])]
            values = (str(segment.number), segment.source, segment.target,
                      segment.status.value, "\n".join(issue_lines))
            yield etree.tostring(rows.row(values, row_seal(segment.id, segment.source), number))
            if progress and (number % 1000 == 0 or number == total - 1):
                progress(number + 1, total)

    buffer = io.BytesIO()
    out.save(buffer)
    write_file(path, _with_table_rows(buffer.getvalue(), out.part.partname.lstrip("/"),
                                      serialized_rows()))
    return WrittenFile(str(path), f"bilingual review table, {total} segment(s), "
                                  f"{sum(len(v) for v in open_by_segment.values())} open issue(s)")


def _with_table_rows(package: bytes, document_part: str, rows: Iterable[bytes]) -> bytes:
    """The package with `rows` added at the end of the (only) table of its document part,
    written through the zip stream so the rows are never all in memory at once."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename != document_part:
                target.writestr(item, data)
                continue
            cut = data.rindex(b"</w:tbl>")
            with target.open(item.filename, "w") as stream:
                stream.write(data[:cut])
                for row in rows:
                    stream.write(row)
                stream.write(data[cut:])
    return out.getvalue()


class _RowMaker:
    """Table rows as copies of a template: lxml copies a row ten times faster than
    python-docx's OxmlElement builds one, which counts over 20,000 segments."""

    def __init__(self, OxmlElement: Any, qn: Any) -> None:  # noqa: N803
        self._element, self._qn = OxmlElement, qn
        self._t, self._start, self._end = qn("w:t"), qn("w:bookmarkStart"), qn("w:bookmarkEnd")
        self._id, self._name = qn("w:id"), qn("w:name")
        self._cells = [self._make_cell(column, "x") for column in range(len(_WIDTHS))]
        self._empty = [self._make_cell(column, "") for column in range(len(_WIDTHS))]
        # Rows may break across pages (no w:cantSplit): a long segment with its issues kept
        # whole left up to a third of a page blank before it. The header row repeats.
        self._row = OxmlElement("w:tr")

    def _make_cell(self, column: int, text: str) -> Any:
        cell = _cell(text, _WIDTHS[column], column == _ISSUES, self._element, self._qn)
        if column in (_ID, _SOURCE):  # two copies: one survives if the other is deleted
            _add_bookmark(cell, "seal", 0, self._element, self._qn)
        return cell

    def row(self, values: tuple[str, ...], seal: str, number: int) -> Any:
        import copy

        from translator_gui.core.export.revisions import _set_text

        row = copy.deepcopy(self._row)
        for column, value in enumerate(values):
            if not value:
                cell = copy.deepcopy(self._empty[column])
            elif "\t" not in value and "\n" not in value:
                cell = copy.deepcopy(self._cells[column])
                _set_text(next(cell.iter(self._t)), value)
            else:  # tabs and line breaks: built element by element
                cell = self._make_cell(column, value)
            if column in (_ID, _SOURCE):
                bookmark_id = str(2 * number + (column == _SOURCE))
                start, end = next(cell.iter(self._start)), next(cell.iter(self._end))
                start.set(self._name, seal)
                start.set(self._id, bookmark_id)
                end.set(self._id, bookmark_id)
            row.append(cell)
        return row


def _cell(text: str, width: int, one_paragraph_per_line: bool, OxmlElement: Any,  # noqa: N803
          qn: Any) -> Any:
    from translator_gui.core.export.revisions import make_run

    cell = OxmlElement("w:tc")
    properties = OxmlElement("w:tcPr")
    cell_width = OxmlElement("w:tcW")
    cell_width.set(qn("w:w"), str(width))
    cell_width.set(qn("w:type"), "dxa")
    properties.append(cell_width)
    cell.append(properties)
    # A target's line break stays a line break (w:br); issues get a paragraph each.
    lines = text.split("\n") if one_paragraph_per_line else [text]
    for line in lines:
        paragraph = OxmlElement("w:p")
        if one_paragraph_per_line:
            # A little space between issues, or their messages run into each other.
            paragraph_properties = OxmlElement("w:pPr")
            spacing = OxmlElement("w:spacing")
            spacing.set(qn("w:after"), "80")
            paragraph_properties.append(spacing)
            paragraph.append(paragraph_properties)
        if line:
            paragraph.append(make_run(line, None))
        cell.append(paragraph)
    return cell


def _add_bookmark(cell: Any, name: str, bookmark_id: int, OxmlElement: Any,  # noqa: N803
                  qn: Any) -> None:
    paragraph = cell.find(qn("w:p"))
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end.set(qn("w:id"), str(bookmark_id))
    properties = paragraph.find(qn("w:pPr"))
    position = 1 if properties is not None else 0
    paragraph.insert(position, end)
    paragraph.insert(position, start)


def _row_seals(row: Any) -> set[tuple[int, str]]:
    seals = set()
    for start in row.iter(f"{W_NS}bookmarkStart"):
        match = _BOOKMARK.match(start.get(f"{W_NS}name") or "")
        if match:
            seals.add((int(match.group(1)), match.group(0)))
    return seals


def _name(document: ReviewDocument) -> str:
    for path in (document.draft_path, document.source_path, document.bilingual_path):
        if path:
            return Path(path).name
    return "untitled"


# -- re-import -----------------------------------------------------------------------------------
def _cell_text(cell: Any) -> str:
    from translator_gui.core.export.revisions import paragraph_text

    # The reviewer's tracked changes count as accepted; a stray paragraph break is a space.
    return " ".join(t for t in (paragraph_text(p) for p in cell._tc.iterchildren(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")) if t)


def _find_review_table(reviewed: Any) -> Any | None:
    for table in reviewed.tables:
        if not table.rows:
            continue
        header = table.rows[0]._tr
        cells = [c for c in header.iterchildren(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tc")]
        if len(cells) >= 3 and _plain(cells[0]) == "#":
            return table
    return None


def _plain(tc: Any) -> str:
    from translator_gui.core.export.revisions import paragraph_text

    return " ".join(paragraph_text(p) for p in tc.iterchildren(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")).strip()


def import_review(document: ReviewDocument, path: str | Path) -> ReviewImportReport:
    """Read a reviewed bilingual table; returns the edits (nothing is applied here)."""
    from translator_gui.core.export.layouts import open_docx

    path = str(path)
    if Path(path).suffix.lower() != ".docx":
        raise InputError(path, "a bilingual review is imported from the .docx it was exported to")
    reviewed = open_docx(path, "reviewed")
    table = _find_review_table(reviewed)
    if table is None:
        raise InputError(path, "no bilingual review table in this file (expected a table whose "
                               "first column is headed '#'); was it exported with --bilingual?")
    report = ReviewImportReport(path)
    by_id = {s.id: s for s in document.segments}
    seen: set[int] = set()
    w_tc = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tc"
    for number, row in enumerate(table._tbl.tr_lst[1:], start=2):
        cells = list(row.iterchildren(w_tc))
        if len(cells) <= _TARGET:
            report.unmatched.append(f"row {number}: has {len(cells)} cell(s), expected "
                                    f"{len(HEADERS)}")
            continue
        source_in_file = _cell_text(_Cell(cells[_SOURCE])).strip()
        matched = _match_row(number, row, _plain(cells[_ID]), source_in_file, by_id, report)
        if matched is None:
            continue
        segment_id = matched
        segment = by_id[segment_id]
        if segment_id in seen:
            report.unmatched.append(f"row {number}: segment {segment_id + 1} appears twice; "
                                    f"the first row was used")
            continue
        seen.add(segment_id)
        new_target = _cell_text(_Cell(cells[_TARGET]))
        if new_target.strip() == segment.target.strip():
            report.unchanged += 1
            continue
        report.edits.append(ReviewEdit(segment_id, segment.target, new_target.strip()))
    report.missing = [s.id for s in document.segments if s.id not in seen]
    return report


@dataclass
class _Cell:
    _tc: Any


def _match_row(number: int, row: Any, raw_id: str, source_in_file: str,
               by_id: dict[int, Any], report: ReviewImportReport) -> int | None:
    """The segment id a row belongs to, or None (the reason added to report.unmatched).

    The hidden seal decides; the visible '#' is only trusted, for tables exported before
    seals existed, when the row's source text is the segment's.
    """
    seals = _row_seals(row)
    if len(seals) > 1:
        report.unmatched.append(f"row {number}: holds the hidden ids of segments "
                                f"{', '.join(str(i + 1) for i, _ in sorted(seals))} (rows "
                                f"merged or pasted into each other?)")
        return None
    if seals:
        segment_id, seal = next(iter(seals))
        segment = by_id.get(segment_id)
        if segment is None:
            report.unmatched.append(f"row {number}: segment {segment_id + 1} is not in the "
                                    f"project")
            return None
        if row_seal(segment_id, source_in_file) != seal:
            report.unmatched.append(f"row {number}: its source text is not the one segment "
                                    f"{segment_id + 1} was exported with (was the Source "
                                    f"column edited, or rows pasted?)")
            return None
        if source_in_file != segment.source.strip():
            report.warnings.append(f"row {number}: the source of segment {segment_id + 1} was "
                                   f"changed in the project since the export")
        if raw_id != str(segment_id + 1):
            report.warnings.append(f"row {number}: '#' reads {raw_id!r} but the row is "
                                   f"segment {segment_id + 1} (renumbered?); matched by its "
                                   f"hidden id")
        return segment_id
    try:
        segment_id = int(raw_id) - 1  # the table shows Segment.number
    except ValueError:
        report.unmatched.append(f"row {number}: '#' is {raw_id!r}, not a segment number")
        return None
    segment = by_id.get(segment_id)
    if segment is None:
        report.unmatched.append(f"row {number}: segment {segment_id + 1} is not in the project")
        return None
    if source_in_file != segment.source.strip():
        report.unmatched.append(f"row {number}: '#' says segment {segment_id + 1}, but the "
                                f"source text is not that segment's (renumbered or sorted "
                                f"rows?)")
        return None
    return segment_id


def apply_review_edits(document: ReviewDocument, edits: list[ReviewEdit]) -> list[ReviewEdit]:
    """Apply imported edits to the document; returns those applied (ids still present)."""
    applied = []
    index_of = {segment.id: index for index, segment in enumerate(document.segments)}
    for edit in edits:
        index = index_of.get(edit.segment)
        if index is None:
            continue
        document.set_target(index, edit.new_target)
        applied.append(edit)
    return applied
