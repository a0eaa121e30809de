"""Bilingual review table: export, a reviewer's edits in Word, and re-import as edits."""

from __future__ import annotations

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from translator_gui.core.checks.base import Issue, Severity
from translator_gui.core.export import (
    ReviewEdit,
    apply_review_edits,
    export_document,
    import_review,
)
from translator_gui.core.export.revisions import make_run
from translator_gui.core.model import InputError, ReviewDocument, Segment, Status


def _document() -> ReviewDocument:
    pairs = [("Le comité s'est réuni.", "The committee met."),
             ("Il a adopté le budget de 5 millions.", "It adopted the budget of 6 millions."),
             ("Le vote a eu lieu à 14 h.", "The vote took place at 2 p.m."),
             ("Fin « du » document & <annexe>.", "End of the document & <annex>."),
             ("Merci.", "Thanks.")]
    segments = [Segment(i * 10, source, target, target) for i, (source, target) in
                enumerate(pairs)]
    return ReviewDocument(segments)


def _rows(path):
    table = docx.Document(str(path)).tables[0]
    return table, [[c.text for c in row.cells] for row in table.rows]


def test_table_has_one_row_per_segment_with_open_issues(tmp_path):
    document = _document()
    issue = Issue(10, "target", 25, 33, "number-mismatch", "Accuracy/Number", Severity.MAJOR,
                  "5 in the source, 6 here", "5 million")
    out = tmp_path / "review.docx"
    export_document(document, out, bilingual=True, issues=[issue])
    _, rows = _rows(out)
    assert rows[0][0] == "#" and rows[0][2].startswith("Target")
    assert [r[0] for r in rows[1:]] == ["1", "11", "21", "31", "41"]  # Segment.number
    assert [r[2] for r in rows[1:]] == [s.target for s in document.segments]
    assert [r[1] for r in rows[1:]] == [s.source for s in document.segments]
    assert "5 in the source, 6 here" in rows[2][4] and "5 million" in rows[2][4]
    assert rows[1][3] == "draft"


def _review(path, out):
    """What a reviewer does in Word: plain edits, a tracked change, and some damage."""
    reviewed = docx.Document(str(path))
    table = reviewed.tables[0]
    rows = table.rows
    rows[1].cells[2].text = "The committee convened."  # plain edit of segment 0
    # segment 10: a tracked change replacing "6 millions" with "5 million"
    paragraph = rows[2].cells[2].paragraphs[0]._p
    for run in list(paragraph.iter(qn("w:r"))):
        paragraph.remove(run)
    paragraph.append(make_run("It adopted the budget of ", None))
    deleted = OxmlElement("w:del")
    deleted.set(qn("w:id"), "901")
    deleted.set(qn("w:author"), "Reviewer")
    gone = make_run("6 millions", None)
    gone.find(qn("w:t")).tag = qn("w:delText")
    deleted.append(gone)
    paragraph.append(deleted)
    inserted = OxmlElement("w:ins")
    inserted.set(qn("w:id"), "902")
    inserted.set(qn("w:author"), "Reviewer")
    inserted.append(make_run("5 million", None))
    paragraph.append(inserted)
    paragraph.append(make_run(".", None))
    rows[3].cells[0].text = "twenty"  # the reviewer broke an id
    rows[4].cells[2].text = "End of the document & <appendix>."
    extra = table.add_row()
    extra.cells[0].text = "999"
    extra.cells[2].text = "A row for a segment that does not exist."
    duplicate = table.add_row()
    duplicate.cells[0].text = "41"
    duplicate.cells[2].text = "Thank you (second copy)."
    reviewed.save(str(out))


def test_reimport_returns_edits_and_reports_what_it_cannot_match(tmp_path):
    document = _document()
    exported = tmp_path / "review.docx"
    export_document(document, exported, bilingual=True, issues=[])
    reviewed = tmp_path / "reviewed.docx"
    _review(exported, reviewed)
    before = [(s.target, s.status) for s in document.segments]

    report = import_review(document, reviewed)

    assert [(s.target, s.status) for s in document.segments] == before  # nothing applied yet
    assert report.edits == [
        ReviewEdit(0, "The committee met.", "The committee convened."),
        ReviewEdit(10, "It adopted the budget of 6 millions.",
                   "It adopted the budget of 5 million."),
        ReviewEdit(30, "End of the document & <annex>.", "End of the document & <appendix>."),
    ]
    # The broken '#' no longer matters: the row's hidden id still names segment 21.
    assert report.unchanged == 2
    assert report.warnings == ["row 4: '#' reads 'twenty' but the row is segment 21 "
                               "(renumbered?); matched by its hidden id"]
    assert report.unmatched == [
        "row 7: segment 999 is not in the project",
        "row 8: '#' says segment 41, but the source text is not that segment's (renumbered "
        "or sorted rows?)"]
    assert report.missing == []
    summary = report.summary()
    assert summary.startswith(f"{reviewed}: refused — 2 row(s) do not match")
    assert "could not be matched" in summary

    applied = apply_review_edits(document, report.edits)
    assert len(applied) == 3
    assert document.segment_by_id(10).target == "It adopted the budget of 5 million."
    assert document.segment_by_id(10).status == Status.EDITED
    assert document.segment_by_id(40).target == "Thanks."


def test_reimport_after_the_project_changed_warns(tmp_path):
    document = _document()
    exported = tmp_path / "review.docx"
    export_document(document, exported, bilingual=True, issues=[])
    document.segments[1].source = "Il a voté le budget."
    report = import_review(document, exported)
    assert report.edits == [] and report.unchanged == 5 and report.unmatched == []
    assert report.warnings == ["row 3: the source of segment 11 was changed in the project "
                               "since the export"]


def test_reimport_refuses_files_that_are_not_review_tables(tmp_path):
    document = _document()
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    with pytest.raises(InputError, match="no bilingual review table"):
        import_review(document, plain)
    with pytest.raises(InputError, match="docx"):
        import_review(document, tmp_path / "review.xlsx")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="broken.docx"):
        import_review(document, broken)
    with pytest.raises(InputError, match="absent.docx: file not found$"):
        import_review(document, tmp_path / "absent.docx")


def test_apply_skips_segments_that_no_longer_exist():
    document = _document()
    applied = apply_review_edits(document, [ReviewEdit(12345, "x", "y"),
                                            ReviewEdit(20, document.segments[2].target, "New.")])
    assert [e.segment for e in applied] == [20]
    assert document.segment_by_id(20).target == "New."


def test_review_table_round_trip_grows_linearly(tmp_path):
    from scaling import growth

    def run(count: int) -> None:
        segments = [Segment(i, f"Phrase numéro {i}.", f"Sentence number {i}.",
                            f"Sentence number {i}.") for i in range(count)]
        export_document(ReviewDocument(segments), tmp_path / "big.docx", bilingual=True,
                        issues=[])
        report = import_review(ReviewDocument(segments), tmp_path / "big.docx")
        assert report.unchanged == count and not report.edits

    assert growth(run, 500, repeat=2) < 8  # linear gives ~4, quadratic ~16


def test_bilingual_table_needs_a_docx_name(tmp_path):
    with pytest.raises(InputError, match="docx"):
        export_document(_document(), tmp_path / "review.xlsx", bilingual=True)
    with pytest.raises(InputError, match="docx"):
        export_document(_document(), tmp_path / "review.tmx", bilingual=True)


def test_columns_keep_their_widths_in_libreoffice_and_rows_may_break_across_pages(tmp_path):
    # LibreOffice sizes a table from w:tblGrid: equal grid columns made '#' as wide as the texts.
    document = _document()
    issue = Issue(10, "source", 0, 2, "fr-calque", "Style/Unidiomatic", Severity.MINOR,
                  "a calque", None)
    out = tmp_path / "review.docx"
    export_document(document, out, bilingual=True, issues=[issue])
    table, rows = _rows(out)
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.iterchildren(qn("w:gridCol"))]
    number, source, target, status, issues = grid
    assert number < status < source and source == target and issues >= source
    assert sum(grid) <= 14570  # landscape A4 minus the 2 cm margins, in twips
    assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    # a row kept whole left a third of a page blank before a long segment; the header repeats
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [row._tr.xpath("./w:trPr/w:cantSplit") for row in table.rows] == [[]] * len(table.rows)
    assert "(source)" in rows[2][4] and "a calque" in rows[2][4]
    # 10 pt text is about 110 twips a character at most, plus 216 twips of cell margins.
    assert number >= 5 * 100 + 216 and status >= len("confirmed") * 100 + 216


def _body_rows(table):
    return list(table._tbl.tr_lst[1:])


def test_sorted_and_renumbered_table_still_sends_each_target_to_its_segment(tmp_path):
    # The audit: renumbering the rows 1..n after sorting overwrote 12 of 13 targets with
    # other segments' text. Rows now carry a hidden sealed id.
    document = _document()
    exported = tmp_path / "review.docx"
    export_document(document, exported, bilingual=True, issues=[])
    reviewed = docx.Document(str(exported))
    table = reviewed.tables[0]
    rows = _body_rows(table)
    for row in rows:
        table._tbl.remove(row)
    for row in reversed(rows):  # sorted the other way round
        table._tbl.append(row)
    for number, row in enumerate(table.rows[1:], start=1):
        row.cells[0].text = str(number)  # and renumbered 1..n
    table.rows[1].cells[2].text = "Thanks a lot."  # now the first row: segment 40
    table.rows[5].cells[2].text = "The committee convened."  # now the last row: segment 0
    out = tmp_path / "sorted.docx"
    reviewed.save(str(out))

    report = import_review(document, out)

    assert report.unmatched == []
    assert report.edits == [ReviewEdit(40, "Thanks.", "Thanks a lot."),
                            ReviewEdit(0, "The committee met.", "The committee convened.")]
    assert report.unchanged == 3


def _strip_seals(table) -> None:
    for element in list(table._tbl.iter(qn("w:bookmarkStart"), qn("w:bookmarkEnd"))):
        element.getparent().remove(element)


def test_unsealed_renumbered_rows_are_refused_not_applied_to_other_segments(tmp_path):
    # A table exported before seals existed (or whose seals Word dropped): the '#' is only
    # believed when the row's source is that segment's source.
    document = _document()
    exported = tmp_path / "review.docx"
    export_document(document, exported, bilingual=True, issues=[])
    reviewed = docx.Document(str(exported))
    table = reviewed.tables[0]
    _strip_seals(table)
    rows = _body_rows(table)
    table._tbl.remove(rows[0])
    table._tbl.append(rows[0])  # segment 0 moved to the end
    for number, row in zip((1, 11, 21, 31, 41), table.rows[1:], strict=True):
        row.cells[0].text = str(number)  # the '#' column renumbered in the new order
        row.cells[2].text = row.cells[2].text + " (checked)"
    out = tmp_path / "renumbered.docx"
    reviewed.save(str(out))

    report = import_review(document, out)

    assert report.refused
    assert report.unmatched == [
        f"row {row}: '#' says segment {number}, but the source text is not that segment's "
        "(renumbered or sorted rows?)" for row, number in zip(range(2, 7), (1, 11, 21, 31, 41),
                                                              strict=True)]
    assert report.edits == []


def test_row_whose_source_was_edited_breaks_its_seal(tmp_path):
    document = _document()
    exported = tmp_path / "review.docx"
    export_document(document, exported, bilingual=True, issues=[])
    reviewed = docx.Document(str(exported))
    table = reviewed.tables[0]
    # The reviewer pasted another row's source and target over row 2 (cell text only, the
    # hidden id of segment 0 stays in the '#' cell).
    table.rows[1].cells[1].text = document.segments[1].source
    table.rows[1].cells[2].text = "It adopted the budget of 5 million."
    out = tmp_path / "pasted.docx"
    reviewed.save(str(out))

    report = import_review(document, out)

    assert report.unmatched == ["row 2: its source text is not the one segment 1 was exported "
                                "with (was the Source column edited, or rows pasted?)"]
    assert report.edits == []


def test_command_line_refuses_a_mismatched_review_and_keeps_the_project(tmp_path, capsys):
    from translator_gui import cli
    from translator_gui.core.project import load_project, save_project

    document = _document()
    project = tmp_path / "job.tgp"
    save_project(document, project)
    exported = tmp_path / "review.docx"
    export_document(document, exported, bilingual=True, issues=[])
    reviewed = docx.Document(str(exported))
    table = reviewed.tables[0]
    _strip_seals(table)
    table.rows[1].cells[0].text = "21"  # claims to be segment 20 (id) but holds segment 0
    table.rows[1].cells[2].text = "Overwritten?"
    out = tmp_path / "reviewed.docx"
    reviewed.save(str(out))
    before = project.read_bytes()

    code = cli.main(["import-review", str(project), str(out)])

    err = capsys.readouterr().err
    assert code == 2
    assert err.splitlines()[0] == (f"{out}: refused — 1 row(s) do not match their segment (the "
                                   "table was renumbered, sorted or edited outside the Target "
                                   "column?); nothing was imported")
    assert project.read_bytes() == before
    assert load_project(project).segment_by_id(20).target == "The vote took place at 2 p.m."
