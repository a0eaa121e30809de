"""Everything the translator hands back: corrected DOCX, bilingual review, XLIFF/TMX, QA report.

export_document() picks the format from the file extension; import_review() reads a reviewed
bilingual table back as a list of edits that the caller applies (apply_review_edits, or the
window's undoable commands), so an import never changes the document behind anyone's back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from translator_gui.core.cancel import CancelCheck, cancelling_progress, stop_if
from translator_gui.core.checks.base import Issue
from translator_gui.core.export.bilingual import (
    ReviewEdit,
    ReviewImportReport,
    apply_review_edits,
    import_review,
    write_bilingual_docx,
)
from translator_gui.core.export.docx_writer import DocxExportResult, write_corrected_docx
from translator_gui.core.export.files import WrittenFile
from translator_gui.core.model import InputError, ReviewDocument

__all__ = ["EXPORT_FORMATS", "DocxExportResult", "ExportResult", "ReviewEdit",
           "ReviewImportReport", "WrittenFile", "apply_review_edits", "export_document",
           "export_format", "import_review"]



class ExportResult(Protocol):
    """What an export wrote (DocxExportResult, WrittenFile or the report's QualitySummary)."""

    @property
    def path(self) -> str: ...

    def summary(self) -> str:
        """One line for the translator: the file and what is in it."""
        ...

# Extension -> format name, read by export_format() (the command line and the window both
# export through export_document, which refuses any other extension with this list).
EXPORT_FORMATS: dict[str, str] = {
    ".docx": "docx",
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".tmx": "tmx",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
}


def export_format(path: str | Path) -> str:
    """The export format a file name asks for (InputError for an unknown extension)."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXPORT_FORMATS:
        known = ", ".join(sorted(EXPORT_FORMATS))
        raise InputError(str(path), f"cannot export to {suffix or 'a file without extension'!r}: "
                                    f"use one of {known}")
    return EXPORT_FORMATS[suffix]


def export_document(document: ReviewDocument, path: str | Path, *, track_changes: bool = False,
                    comments: bool = False, bilingual: bool = False,
                    issues: list[Issue] | None = None, author: str = "translator_gui",
                    progress: Callable[[int, int], None] | None = None,
                    xliff_version: str | None = None,
                    mqm_threshold: float | None = None,
                    cancelled: CancelCheck | None = None,
                    initials: str | None = None) -> ExportResult:
    """Write the document to `path` in the format its extension names.

    `author` signs tracked changes and comments; `initials` are the comments' initials
    (derived from the author when not given).

    .docx: the corrected document (with `track_changes` and `comments` as asked), or with
    `bilingual` the review table; .xlf/.xliff: XLIFF 2.1 (`xliff_version="1.2"` for 1.2);
    .tmx: TMX 1.4; .html/.csv: the quality report. `issues` are the issues found on the current
    texts (the checks are run when they are not given and a format needs them).

    Returns what was written — DocxExportResult, WrittenFile or QualitySummary — each with a
    `path` and a one-line `summary()` to show the translator. When `cancelled()` turns true
    the export raises `Cancelled` before the file is written (writes are atomic).
    """
    from translator_gui.core.disk import check_writable

    stop_if(cancelled)
    progress = cancelling_progress(progress, cancelled)
    kind = export_format(path)
    _refuse_overwriting_inputs(document, path)
    check_writable(path)  # at once: a missing or read-only folder must not wait for the work
    if bilingual and kind != "docx":
        raise InputError(str(path), "the bilingual review table is a Word file: give a .docx name")
    if not author.strip():
        author = "translator_gui"
    if kind == "docx":
        if bilingual:
            return write_bilingual_docx(document, path, issues=issues, progress=progress)
        if comments and issues is None:
            from translator_gui.core.checks.base import check_document

            issues = check_document(document)
        return write_corrected_docx(document, path, track_changes=track_changes,
                                    comments=comments, issues=issues, author=author,
                                    progress=progress, initials=initials)
    if kind in ("xliff", "tmx"):
        from translator_gui.core.export.exchange import write_tmx, write_xliff

        if not any(s.source.strip() and s.target.strip() for s in document.segments):
            raise InputError(str(path), "no segment has both a source and a target: there is "
                                        "nothing to put in a translation memory")
        if kind == "tmx":
            return write_tmx(document, path)
        return write_xliff(document, path, version=xliff_version or "2.1")
    from translator_gui.core.export.report import (
        DEFAULT_THRESHOLD,
        write_csv_report,
        write_html_report,
    )

    threshold = DEFAULT_THRESHOLD if mqm_threshold is None else mqm_threshold
    if kind == "csv":
        return write_csv_report(document, path, issues=issues, threshold=threshold,
                                progress=progress)
    return write_html_report(document, path, issues=issues, threshold=threshold,
                             progress=progress)


def _refuse_overwriting_inputs(document: ReviewDocument, path: str | Path) -> None:
    """Writing over the draft or the source would lose the file every later export starts from."""
    target = Path(path).resolve()
    for role, given in (("draft", document.draft_path), ("source", document.source_path),
                        ("draft", document.draft_input.path if document.draft_input else None),
                        ("source", document.source_input.path if document.source_input else None),
                        ("bilingual input", document.bilingual_path)):
        if given and Path(given).resolve() == target:
            raise InputError(str(path), f"this is the {role} file the project was made from; "
                                        f"export to another name so the original stays intact")
