"""Corrected DOCX export: round trips on real Word files, tracked changes, comments, layouts."""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from fixtures.export_docx import (
    accept_all,
    build_draft,
    build_source,
    key_of,
    reject_all,
    story_roots,
    texts_by_location,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from property_budget import examples

from translator_gui.core.checks.base import Issue, Severity
from translator_gui.core.docx_io import iter_docx_paragraphs
from translator_gui.core.export import export_document
from translator_gui.core.export.docx_writer import distribute
from translator_gui.core.export.layouts import split_proportionally
from translator_gui.core.export.phrases import word_diff
from translator_gui.core.export.revisions import (
    Revisions,
    apply_text_edits,
    make_run,
    paragraph_text,
)
from translator_gui.core.model import Bead, InputError, InputText, ReviewDocument, Segment
from translator_gui.core.pipeline import read_input
from translator_gui.core.readers import read_paragraphs

W = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
NASTY_AUTHOR = '<R&D> "Ana" & Co\'s ]]> reviewer'

# Corrections by draft sentence index (see fixtures/export_docx.py for the draft).
CORRECTIONS = {
    "Annual report — draft version.": "Annual report — final version.",
    "The committee met on 12 March.": "The committee met on 14 March.",
    "It approved the budget.": "It adopted the budget.",
    "Members voted in favour.": "Most members voted in favour.",
    "See the official website for details.": "See the official web site for details.",
    "Second point is here.": "",
    "Amount is 5 million.": "Amount is 6 million.",
    "It has two sentences.": "It has three sentences.",
    "Page 1 of the report.": "Page 1 of this report.",
}
MERGED = ("The last paragraph begins here", "and ends on this line.")
MERGED_TARGET = "The last paragraph starts here and ends on this line."
ADDED_AFTER = "First point is here."
ADDED = "An added point follows."

EXPECTED = {
    "header:0:[0]": "Annual report — final version.",
    "body::[0]": "The Committee Report",
    "body::[1]": "The committee met on 14 March. It adopted the budget. "
                 "Most members voted in favour.",
    "body::[2]": "See the official web site for details. The text is final.",
    "body::[3]": "First point is here. An added point follows.",
    "body::[4]": "",
    "body::[5, 0, 0, 0]": "Budget line",
    "body::[5, 0, 1, 0]": "Amount is 6 million.",
    "body::[5, 1, 0, 0]": "Staff",
    "body::[5, 1, 1, 0]": "Twelve people work here.",
    "body::[6]": " Figure 1 shows the results.",
    "body::[7]": "The last paragraph starts here",
    "body::[8]": "and ends on this line.",
    "body::[9]": "",
    "body::[10]": "Appendix text is short. It has three sentences.",
    "footer:0:[0]": "Page 1 of this report.",
}
UNTOUCHED = ["body::[0]", "body::[5, 0, 0, 0]", "body::[5, 1, 0, 0]", "body::[5, 1, 1, 0]",
             "body::[6]", "body::[8]", "body::[9]"]


def corrected_document(draft: InputText) -> ReviewDocument:
    segments: list[Segment] = []
    index = 0
    while index < len(draft.sentences):
        text = draft.sentence_text(index)
        if text == MERGED[0]:
            joined = draft.join([index, index + 1])
            segments.append(Segment(len(segments), "fr", joined, MERGED_TARGET,
                                    bead=Bead([len(segments)], [index, index + 1])))
            index += 2
            continue
        segments.append(Segment(len(segments), "fr", text, CORRECTIONS.get(text, text),
                                bead=Bead([len(segments)], [index])))
        if text == ADDED_AFTER:
            segments.append(Segment(len(segments), "fr", "", ADDED, bead=Bead([len(segments)], [])))
        index += 1
    return ReviewDocument(segments, draft_input=draft, draft_path=draft.path)


@pytest.fixture(scope="module")
def draft_path(tmp_path_factory) -> Path:
    return build_draft(tmp_path_factory.mktemp("draft") / "draft.docx")


@pytest.fixture(scope="module")
def draft_input(draft_path) -> InputText:
    """The draft as read (Word parsed, sentences cut: ~40 ms of CPU), once for the module."""
    return read_input(draft_path, "en")


@pytest.fixture()
def document(draft_input) -> ReviewDocument:
    # each test its own copy: a test may change the document and its input
    return corrected_document(copy.deepcopy(draft_input))


def _reopen(path: Path, revision: str | None = None):
    result = docx.Document(str(path))
    if revision is not None:
        for root in story_roots(result):
            (accept_all if revision == "accept" else reject_all)(root)
    return result


def _paragraph_xml(document) -> dict[str, bytes]:
    return {key_of(location): etree.tostring(paragraph._p)
            for location, paragraph in iter_docx_paragraphs(document)}


# -- corrected text ------------------------------------------------------------------------------
def test_plain_export_writes_the_corrected_text(document, tmp_path):
    out = tmp_path / "corrected.docx"
    result = export_document(document, out)
    assert result.layout == "draft"
    assert texts_by_location(_reopen(out)) == EXPECTED
    # no revision marks in a plain export
    assert not _reopen(out).element.xpath("//w:ins | //w:del")


def test_tracked_changes_accept_all_is_corrected_and_reject_all_is_draft(document, draft_path,
                                                                         tmp_path):
    out = tmp_path / "tracked.docx"
    export_document(document, out, track_changes=True, author="Reviewer")
    assert texts_by_location(_reopen(out, "accept")) == EXPECTED
    assert texts_by_location(_reopen(out, "reject")) == texts_by_location(_reopen(draft_path))


def test_revision_marks_are_well_formed(document, tmp_path):
    out = tmp_path / "tracked.docx"
    export_document(document, out, track_changes=True, author=NASTY_AUTHOR)
    reopened = _reopen(out)
    marks = [m for root in story_roots(reopened) for m in root.xpath("//w:ins | //w:del")]
    assert marks
    ids = [m.get(qn("w:id")) for m in marks]
    assert len(ids) == len(set(ids)), "revision ids must be unique across the document"
    for mark in marks:
        assert mark.get(qn("w:author")) == NASTY_AUTHOR
        assert mark.get(qn("w:date")).endswith("Z")
    for deleted in reopened.element.xpath("//w:del"):
        assert deleted.xpath(".//w:delText", namespaces=W) and not deleted.xpath(".//w:t",
                                                                                  namespaces=W)
    for text in reopened.element.xpath("//w:t | //w:delText"):
        if text.text and text.text != text.text.strip():
            assert text.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"


def test_untouched_paragraphs_are_byte_identical(document, draft_path, tmp_path):
    before = _paragraph_xml(_reopen(draft_path))
    for tracked in (False, True):
        out = tmp_path / f"out-{tracked}.docx"
        export_document(document, out, track_changes=tracked)
        after = _paragraph_xml(_reopen(out))
        for key in UNTOUCHED:
            assert after[key] == before[key], key
        assert after.keys() == before.keys()


def test_layout_survives(document, draft_path, tmp_path):
    out = tmp_path / "tracked.docx"
    export_document(document, out, track_changes=True)
    original, written = _reopen(draft_path), _reopen(out)
    assert len(written.sections) == len(original.sections)
    assert [p.style.name for p in written.paragraphs] == [p.style.name for p in original.paragraphs]
    assert len(written.tables) == 1 and len(written.tables[0].rows) == 2
    assert len(written.inline_shapes) == 1
    assert written.element.xpath("//w:hyperlink/@r:id") == original.element.xpath(
        "//w:hyperlink/@r:id")
    footer = written.sections[0].footer._element
    assert footer.xpath("//w:fldSimple/@w:instr") == [" PAGE "]
    assert written.sections[0].header.paragraphs[0].style.name == "Header"


def _formatting_of(document, word: str) -> set[tuple[bool, bool, bool]]:
    """(bold, italic, in a hyperlink) of every run whose text contains `word`."""
    found = set()
    for run in document.element.body.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if word in text:
            properties = run.find(qn("w:rPr"))
            bold = properties is not None and properties.find(qn("w:b")) is not None
            italic = properties is not None and properties.find(qn("w:i")) is not None
            linked = run.getparent().tag == qn("w:hyperlink")
            found.add((bold, italic, linked))
    return found


@pytest.mark.parametrize("tracked", [False, True])
def test_formatting_follows_the_words(document, tmp_path, tracked):
    out = tmp_path / "formatted.docx"
    export_document(document, out, track_changes=tracked)
    accepted = _reopen(out, "accept")
    # A bold run crossed the first sentence boundary: its words stay bold on both sides.
    assert _formatting_of(accepted, "14") == {(True, False, False)}
    assert _formatting_of(accepted, "March.") == {(True, False, False)}
    assert _formatting_of(accepted, "adopted") == {(True, False, False)}
    assert _formatting_of(accepted, "voted") == {(False, True, False)}
    assert _formatting_of(accepted, "web site") == {(False, False, True)}
    assert _formatting_of(accepted, "for details") == {(False, False, False)}


def test_no_paragraph_is_dropped_even_when_its_sentence_is(document, tmp_path):
    out = tmp_path / "deleted.docx"
    export_document(document, out, track_changes=True)
    keys = set(texts_by_location(_reopen(out, "accept")))
    assert keys == set(EXPECTED)


# -- comments ------------------------------------------------------------------------------------
def _commented_words(document) -> dict[str, str]:
    """Comment text -> the (accepted) words between its range start and end."""
    comments = {c.comment_id: "\n".join(p.text for p in c.paragraphs)
                for c in document.comments}
    open_ranges: dict[str, list[str]] = {}
    words: dict[str, str] = {}
    for element in document.element.body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ranges[element.get(qn("w:id"))] = []
        elif element.tag == qn("w:commentRangeEnd"):
            comment_id = element.get(qn("w:id"))
            words[comments[int(comment_id)]] = "".join(open_ranges.pop(comment_id))
        elif element.tag == qn("w:t"):
            for parts in open_ranges.values():
                parts.append(element.text or "")
    return words


def _issue(document: ReviewDocument, target_words: str, message: str, side: str = "target",
           severity: Severity = Severity.MAJOR) -> Issue:
    for segment in document.segments:
        text = segment.source if side == "source" else segment.target
        at = text.find(target_words)
        if at >= 0 and (side == "source" or target_words):
            return Issue(segment.id, side, at, at + len(target_words), "test-check",
                         "Accuracy/Mistranslation", severity, message, "a suggestion")
    raise AssertionError(target_words)


@pytest.mark.parametrize("tracked", [False, True])
def test_comments_are_anchored_on_their_words(document, tmp_path, tracked):
    issues = [_issue(document, "adopted", "Check the verb"),
              _issue(document, "web site", "Spelling in a hyperlink"),
              _issue(document, "6 million", "Number differs from the source"),
              _issue(document, "Most members", "Added words")]
    out = tmp_path / "comments.docx"
    result = export_document(document, out, track_changes=tracked, comments=True, issues=issues,
                             author=NASTY_AUTHOR)
    assert result.comments_anchored == 4 and not result.comments_not_anchored
    reopened = _reopen(out)
    words = _commented_words(_reopen(out, "accept"))
    by_message = {text.split("\n")[0]: anchored for text, anchored in words.items()}
    assert by_message == {"Check the verb": "adopted", "Spelling in a hyperlink": "web site",
                          "Number differs from the source": "6 million",
                          "Added words": "Most members"}
    comment = next(iter(reopened.comments))
    assert comment.author == NASTY_AUTHOR and comment.initials == "RDA"
    text = "\n".join(p.text for p in comment.paragraphs)
    assert "Suggestion: a suggestion" in text and "Accuracy/Mistranslation" in text
    assert "major" in text
    # commented runs keep their formatting
    assert _formatting_of(_reopen(out, "accept"), "adopted") == {(True, False, False)}


def test_comments_carry_the_reviewer_s_own_initials(document, tmp_path):
    out = tmp_path / "signed.docx"
    export_document(document, out, comments=True, author="Ana López", initials="AnL",
                    issues=[_issue(document, "adopted", "Check the verb")])
    (comment,) = _reopen(out).comments
    assert (comment.author, comment.initials) == ("Ana López", "AnL")


def test_comment_on_a_sentence_crossing_paragraphs(document, tmp_path):
    issue = _issue(document, "starts here and ends", "Spans a paragraph break")
    out = tmp_path / "crossing.docx"
    result = export_document(document, out, comments=True, issues=[issue])
    assert result.comments_anchored == 1
    words = _commented_words(_reopen(out))
    assert list(words.values()) == ["starts hereand ends"]


def test_source_issue_covers_the_whole_target_and_header_issue_is_reported(document, tmp_path):
    source_issue = Issue(2, "source", 0, 2, "number-mismatch", "Accuracy", Severity.CRITICAL,
                         "Source says otherwise")
    header_issue = _issue(document, "final version", "In the header")
    out = tmp_path / "source-issue.docx"
    result = export_document(document, out, comments=True, issues=[source_issue, header_issue])
    words = _commented_words(_reopen(out))
    assert [w for t, w in words.items() if t.startswith("Source says")] == [
        document.segments[2].target]
    assert len(result.comments_not_anchored) == 1
    assert "In the header" in result.comments_not_anchored[0]


def test_ignored_issues_get_no_comment(document, tmp_path):
    from translator_gui.core.model import IgnoredIssue

    issue = _issue(document, "adopted", "Dismissed by the translator")
    document.checks.ignored.append(IgnoredIssue(issue.segment, issue.check, "target", "adopted"))
    out = tmp_path / "ignored.docx"
    result = export_document(document, out, comments=True, issues=[issue])
    assert result.comments_anchored == 0
    assert not list(_reopen(out).comments)


# -- other layouts -------------------------------------------------------------------------------
def test_text_draft_with_docx_source_uses_the_source_layout(tmp_path):
    source_path = build_source(tmp_path / "source.docx")
    source = read_input(source_path, "fr")
    draft_file = tmp_path / "draft.txt"
    draft_file.write_text("Annual report — provisional version.\n\n"
                          "The committee report\n\nThe committee met on 12 March. "
                          "It adopted the budget.\n\nLine\n\nAmount is 6 million.\n\n"
                          "End of document.\n", encoding="utf-8")
    draft = read_input(draft_file, "en")
    assert len(source.sentences) == len(draft.sentences)
    segments = [Segment(i, source.sentence_text(i), draft.sentence_text(i),
                        draft.sentence_text(i), bead=Bead([i], [i]))
                for i in range(len(source.sentences))]
    segments[2].target = "The committee met on 14 March."
    document = ReviewDocument(segments, source_input=source, draft_input=draft)
    out = tmp_path / "from-source.docx"
    result = export_document(document, out, track_changes=True)
    assert result.layout == "source"
    accepted, rejected = _reopen(out, "accept"), _reopen(out, "reject")
    texts = list(texts_by_location(accepted).values())
    assert texts[0] == "Annual report — provisional version."  # the header is translated too
    assert texts[1:] == ["The committee report",
                         "The committee met on 14 March. It adopted the budget.",
                         "Line", "Amount is 6 million.", "End of document."]
    assert list(texts_by_location(rejected).values())[2] == (
        "The committee met on 12 March. It adopted the budget.")
    assert accepted.paragraphs[0].style.name == "Heading 1"
    assert len(accepted.tables) == 1


def test_plain_text_draft_gives_a_clean_document(tmp_path):
    draft_file = tmp_path / "draft.txt"
    draft_file.write_text("First sentence here. Second one here.\n\nA new paragraph.\n",
                          encoding="utf-8")
    draft = read_input(draft_file, "en")
    segments = [Segment(i, f"fr {i}", draft.sentence_text(i), draft.sentence_text(i),
                        bead=Bead([i], [i])) for i in range(len(draft.sentences))]
    segments[1].target = "The second one is here."
    out = tmp_path / "clean.docx"
    result = export_document(ReviewDocument(segments, draft_input=draft), out, track_changes=True)
    assert result.layout == "clean"
    assert list(texts_by_location(_reopen(out, "accept")).values()) == [
        "First sentence here. The second one is here.", "A new paragraph."]
    assert list(texts_by_location(_reopen(out, "reject")).values()) == [
        "First sentence here. Second one here.", "A new paragraph."]


def test_bilingual_input_gives_one_paragraph_per_segment(tmp_path):
    segments = [Segment(0, "Bonjour.", "Hello.", "Hello there."),
                Segment(1, "Merci.", "Thanks.", "Thanks.")]
    out = tmp_path / "pairs.docx"
    export_document(ReviewDocument(segments), out, track_changes=True)
    assert [p.text for p in _reopen(out, "accept").paragraphs] == ["Hello there.", "Thanks."]
    assert [p.text for p in _reopen(out, "reject").paragraphs] == ["Hello.", "Thanks."]


def test_missing_draft_file_is_an_input_error(document, tmp_path):
    document.draft_input.path = str(tmp_path / "gone.docx")
    with pytest.raises(InputError, match="gone.docx"):
        export_document(document, tmp_path / "out.docx")


def test_unknown_extension_is_an_input_error(document, tmp_path):
    with pytest.raises(InputError, match="cannot export"):
        export_document(document, tmp_path / "out.pdf")


# -- the machinery, on any text ------------------------------------------------------------------
def _paragraph_from_runs(pieces: list[tuple[str, bool]]):
    paragraph = etree.fromstring(
        b'<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
    for text, bold in pieces:
        run = make_run(text, None)
        if bold:
            properties = etree.SubElement(run, qn("w:rPr"))
            etree.SubElement(properties, qn("w:b"))
            run.insert(0, properties)
        paragraph.append(run)
    return paragraph


_WORDS = st.lists(st.sampled_from(["the", "cat", "sat", "on", "mat", "12", "March", ".", ",",
                                   " ", "  ", "\t", "é", "Ça"]), max_size=14).map("".join)


@settings(max_examples=examples(150), deadline=None)
@given(old_runs=st.lists(st.tuples(_WORDS, st.booleans()), min_size=1, max_size=5), new=_WORDS)
def test_any_rewrite_accepts_to_new_and_rejects_to_old(old_runs, new):
    paragraph = _paragraph_from_runs(old_runs)
    old = paragraph_text(paragraph)
    tracked = copy.deepcopy(paragraph)
    apply_text_edits(tracked, word_diff(old, new), Revisions(author=NASTY_AUTHOR))
    assert paragraph_text(tracked, "accepted") == new
    assert paragraph_text(tracked, "rejected") == old
    plain = copy.deepcopy(paragraph)
    apply_text_edits(plain, word_diff(old, new))
    assert paragraph_text(plain) == new
    assert not plain.xpath("//w:ins | //w:del", namespaces=W)


@settings(max_examples=examples(100), deadline=None)
@given(parts=st.lists(st.text(alphabet="ab .", min_size=1, max_size=12).map(str.strip).filter(
    bool), min_size=1, max_size=4), new=st.text(alphabet="abc .", max_size=40))
def test_distribute_covers_the_new_text_in_order(parts, new):
    spans = distribute(parts, new)
    assert len(spans) == len(parts)
    previous = 0
    for start, end in spans:
        assert previous <= start <= end <= len(new)
        assert new[previous:start].strip() == ""  # only whitespace falls between parts
        previous = end
    assert new[previous:].strip() == ""


def test_distribute_keeps_unchanged_parts_exact():
    parts = ["The last paragraph begins here", "and ends on this line."]
    new = "The last paragraph starts here and ends on this line."
    assert [new[a:b] for a, b in distribute(parts, new)] == [
        "The last paragraph starts here", "and ends on this line."]


def test_split_proportionally_never_loses_words():
    text = "one two three four five six seven"
    parts = split_proportionally(text, [1, 1, 5])
    assert len(parts) == 3 and " ".join(p for p in parts if p).split() == text.split()


# -- every sample, every paragraph ---------------------------------------------------------------
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _sample_drafts() -> list[Path]:
    return sorted(p for p in SAMPLES.glob("*") if p.suffix.lower() in (".docx", ".txt"))


def _language_of(path: Path) -> str:
    return "fr" if "-fr" in path.stem or path.stem.endswith("fr") else "en"


def _all_samples(tmp_path_factory) -> list[Path]:
    return [*_sample_drafts(), build_draft(tmp_path_factory.mktemp("s") / "fixture-en.docx")]


def _read_back(document, path: Path) -> str:
    document.save(str(path))
    return "\n".join(p.text for p in read_paragraphs(path).paragraphs)


def test_every_sample_keeps_every_paragraph_cell_and_sentence(tmp_path_factory):
    samples = _all_samples(tmp_path_factory)
    checked = 0
    for path in samples:
        draft = read_input(path, _language_of(path))
        segments = []
        for i in range(len(draft.sentences)):
            text = draft.sentence_text(i)
            # Every third sentence corrected: a word added in front and the last word changed.
            target = f"Indeed {text[:-1]}!" if i % 3 == 0 and len(text) > 1 else text
            segments.append(Segment(i, "", text, target, bead=Bead([], [i])))
        document = ReviewDocument(segments, draft_input=draft)
        out = tmp_path_factory.mktemp("out") / (path.stem + "-corrected.docx")
        export_document(document, out, track_changes=True)
        written = _reopen(out, "accept")
        if draft.kind == "docx":
            original = _reopen(path)
            before = texts_by_location(original)
            after = texts_by_location(written)
            assert after.keys() == before.keys(), path
            assert len(written.tables) == len(original.tables)
            for table_before, table_after in zip(original.tables, written.tables, strict=True):
                assert len(table_after._tbl.xpath(".//w:tc")) == len(
                    table_before._tbl.xpath(".//w:tc"))
        # Read back as the reader reads files: every sentence is there, corrected or not.
        accepted_text = _read_back(written, out.with_name(out.stem + "-accepted.docx"))
        for segment in segments:
            assert segment.target in accepted_text, (path, segment.target)
        rejected_text = _read_back(_reopen(out, "reject"), out.with_name(out.stem + "-rej.docx"))
        for segment in segments:
            assert segment.draft in rejected_text, (path, segment.draft)
        checked += 1
    assert checked == len(samples)


# -- LibreOffice opens what we write -------------------------------------------------------------
@pytest.fixture(scope="module")
def resaved_by_libreoffice(draft_input, tmp_path_factory, libreoffice_profile) -> dict[str, Path]:
    """Every kind of export (plain, tracked, commented, bilingual review with an issue, review
    table without) as LibreOffice saves it again as DOCX: one soffice run for all (each run
    costs ~2 s of CPU; a PDF run and a DOCX run of the same files were two)."""
    document = corrected_document(copy.deepcopy(draft_input))
    issues = [_issue(document, "adopted", "Check the verb")]
    folder = tmp_path_factory.mktemp("resaved")
    files = {}
    for name, options in (("plain", {}), ("tracked", {"track_changes": True}),
                          ("commented", {"track_changes": True, "comments": True,
                                         "issues": issues, "author": NASTY_AUTHOR}),
                          ("bilingual", {"bilingual": True, "issues": issues}),
                          ("review", {"bilingual": True, "issues": []})):
        files[name] = folder / f"{name}.docx"
        export_document(document, files[name], **options)
    completed = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{libreoffice_profile}", "--headless",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(folder / "resaved"),
         *map(str, files.values())], capture_output=True, text=True, timeout=240)
    assert completed.returncode == 0, completed.stderr
    return {name: folder / "resaved" / path.name for name, path in files.items()}


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: apt-get install "
                           "libreoffice-writer-nogui")
def test_libreoffice_opens_every_export(document, resaved_by_libreoffice):
    # LibreOffice read every export and wrote it again, whole: the corrected text of every
    # body paragraph is in each (accepting the revisions where there are some), and the
    # review tables hold every segment's target.
    body = [text for key, text in EXPECTED.items() if key.startswith("body") and text]
    for name in ("plain", "tracked", "commented"):
        accepted = "\n".join(texts_by_location(_reopen(resaved_by_libreoffice[name],
                                                        "accept")).values())
        missing = [text for text in body if text not in accepted]
        assert missing == [], name
    for name in ("bilingual", "review"):
        cells = {cell.text for table in _reopen(resaved_by_libreoffice[name]).tables
                 for row in table.rows for cell in row.cells}
        assert {s.target for s in document.segments if s.target} <= cells, name
    # LibreOffice understood the revisions and the comment: saved again as DOCX, they are
    # still there, by the same author, and accepting them gives the corrected text (above).
    again = _reopen(resaved_by_libreoffice["commented"])
    assert again.element.xpath("//w:ins") and again.element.xpath("//w:del")
    assert set(again.element.xpath("//w:ins/@w:author | //w:del/@w:author")) == {NASTY_AUTHOR}
    assert [c.author for c in again.comments] == [NASTY_AUTHOR]
    # the plain export has no revisions left to read (it is the corrected text itself)
    assert not _reopen(resaved_by_libreoffice["plain"]).element.xpath("//w:ins | //w:del")


# -- alignment repairs and odd segments ----------------------------------------------------------
def test_split_and_merged_segments_write_back_without_duplicates(document, tmp_path):
    index = next(i for i, s in enumerate(document.segments)
                 if s.draft == "Appendix text is short.")
    document.merge_with_next(index)  # "Appendix text is short. It has two sentences."
    merged = document.segments[index]
    document.set_target(index, "Appendix text is brief. It has two sentences.")
    other = next(i for i, s in enumerate(document.segments) if s.draft == "Staff")
    # split one single-sentence segment: one half keeps the sentence, the other has none
    twelve = next(i for i, s in enumerate(document.segments)
                  if s.draft == "Twelve people work here.")
    document.split(twelve, 0, len("Twelve people"))
    assert merged.bead.target and other >= 0
    out = tmp_path / "repaired.docx"
    export_document(document, out, track_changes=True)
    accepted = texts_by_location(_reopen(out, "accept"))
    assert accepted["body::[10]"] == "Appendix text is brief. It has two sentences."
    assert accepted["body::[5, 1, 1, 0]"] == "Twelve people work here."
    assert texts_by_location(_reopen(out, "reject")) == texts_by_location(
        _reopen(Path(document.draft_input.path)))


def test_text_with_no_place_in_the_draft_gets_a_tracked_paragraph(tmp_path):
    draft_file = tmp_path / "draft.txt"
    draft_file.write_text("Only sentence.\n", encoding="utf-8")
    draft = read_input(draft_file, "en")
    segments = [Segment(0, "Nouvelle phrase.", "", "A new sentence.", bead=Bead([0], []))]
    document = ReviewDocument(segments, draft_input=draft)
    document.segments.append(Segment(1, "Seule phrase.", "Only sentence.", "Only sentence.",
                                      bead=Bead([1], [0])))
    # the orphan comes first: it goes in front of the next segment's sentence
    out = tmp_path / "orphan.docx"
    export_document(document, out, track_changes=True)
    assert [p.text for p in _reopen(out, "accept").paragraphs] == [
        "A new sentence. Only sentence."]
    lonely = ReviewDocument([Segment(0, "Seule.", "", "Alone.", bead=Bead([0], []))],
                            draft_input=InputText(None, "en", [], [], "text"))
    export_document(lonely, out, track_changes=True)
    assert [p.text for p in _reopen(out, "accept").paragraphs] == ["Alone."]
    assert [p.text for p in _reopen(out, "reject").paragraphs] == []


def test_exported_files_are_readable_by_others(document, tmp_path):
    import os
    import stat

    out = tmp_path / "shared.docx"
    export_document(document, out)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def _linked_paragraph():
    paragraph = _paragraph_from_runs([("See the ", False)])
    link = etree.SubElement(paragraph, qn("w:hyperlink"))
    link.set(qn("r:id"), "rId9")
    run = make_run("official website", None)
    properties = etree.Element(qn("w:rPr"))
    style = etree.SubElement(properties, qn("w:rStyle"))
    style.set(qn("w:val"), "Hyperlink")
    run.insert(0, properties)
    link.append(run)
    paragraph.append(make_run("\tfor details.", None))
    return paragraph


@pytest.mark.parametrize("tracked", [False, True])
def test_words_typed_after_a_link_stay_outside_it(tracked):
    paragraph = _linked_paragraph()
    old = paragraph_text(paragraph)
    new = old.replace("website", "website now")
    apply_text_edits(paragraph, word_diff(old, new), Revisions() if tracked else None)
    assert paragraph_text(paragraph, "accepted") == new
    link_text = "".join(t.text for t in paragraph.find(qn("w:hyperlink")).iter(qn("w:t")))
    assert link_text == "official website"
    assert paragraph.xpath("count(.//w:tab)", namespaces=W) == 1  # the tab survived


@pytest.mark.parametrize("tracked", [False, True])
def test_whole_paragraph_replaced_and_emptied(tracked):
    for new in ("Entirely different words.", ""):
        paragraph = _linked_paragraph()
        old = paragraph_text(paragraph)
        apply_text_edits(paragraph, word_diff(old, new), Revisions() if tracked else None)
        assert paragraph_text(paragraph, "accepted") == new
        assert paragraph_text(paragraph, "rejected") == (old if tracked else new)
        assert paragraph.find(qn("w:hyperlink")) is not None  # the link element is kept


@pytest.mark.skipif(not (SAMPLES / "seed-en-draft.docx").exists(),
                    reason="samples/seed-en-draft.docx is not in this checkout")
def test_aligned_sample_pair_round_trip(tmp_path):
    from translator_gui.core.pipeline import open_pair

    document = open_pair(SAMPLES / "seed-fr.docx", SAMPLES / "seed-en-draft.docx")
    for index, segment in enumerate(document.segments):
        if index % 2 == 0 and " " in segment.target:
            first, rest = segment.target.split(" ", 1)
            document.set_target(index, f"{rest} {first}".strip())
    out = tmp_path / "sample-corrected.docx"
    export_document(document, out, track_changes=True, comments=True, issues=[
        Issue(s.id, "target", 0, min(4, len(s.target)), "demo", "Style", Severity.MINOR, "Look")
        for s in document.segments if s.target])
    rejected = texts_by_location(_reopen(out, "reject"))
    assert rejected == texts_by_location(_reopen(SAMPLES / "seed-en-draft.docx"))
    accepted_text = _read_back(_reopen(out, "accept"), tmp_path / "accepted.docx")
    for segment in document.segments:
        for word in segment.target.split():
            assert word in accepted_text
    # sentences are written back in order
    at = 0
    for segment in document.segments:
        found = accepted_text.find(segment.target.split("\n")[0][:30], at)
        assert found >= 0, segment.target
        at = found


@pytest.mark.parametrize("tracked", [False, True])
def test_translation_from_scratch_fills_the_source_layout(tmp_path, tracked):
    from translator_gui.core.pipeline import open_single

    source_path = build_source(tmp_path / "source.docx")
    document = open_single(source_path, "fr", as_source=True)
    for index in range(len(document.segments)):
        document.set_target(index, f"English {index}.")
    out = tmp_path / "scratch.docx"
    result = export_document(document, out, track_changes=tracked)
    assert result.layout == "source"
    accepted = list(texts_by_location(_reopen(out, "accept")).values())
    assert accepted == ["English 0.", "English 1.", "English 2. English 3.", "English 4.",
                        "English 5.", "English 6."]
    if tracked:
        assert set(texts_by_location(_reopen(out, "reject")).values()) == {""}


def test_export_never_writes_over_its_inputs(document):
    with pytest.raises(InputError, match="export to another name"):
        export_document(document, document.draft_input.path, track_changes=True)


def test_result_summary_names_what_could_not_become_a_comment(document, tmp_path):
    header_issue = _issue(document, "final version", "In the header")
    result = export_document(document, tmp_path / "s.docx", comments=True,
                             issues=[header_issue, _issue(document, "adopted", "Verb")])
    line = result.summary()
    assert "draft's layout" in line and "1 comment(s)" in line
    assert "1 issue(s) could not become comments" in line


def test_unwritable_destination_is_an_input_error(document, tmp_path):
    with pytest.raises(InputError, match="no-such-folder does not exist$"):
        export_document(document, tmp_path / "no-such-folder" / "out.docx")


def _messy_paragraph(pieces: list[tuple[str, int]]):
    """Runs as MT engines write them: split mid-word, some in links, smart tags, content
    controls or simple fields, with bookmarks and proofing marks in between."""
    paragraph = _paragraph_from_runs([])
    for number, (text, kind) in enumerate(pieces):
        run = make_run(text, None)
        if kind == 1:
            container = etree.SubElement(paragraph, qn("w:hyperlink"))
            container.set(qn("w:anchor"), f"b{number}")
            container.append(run)
        elif kind == 2:
            container = etree.SubElement(paragraph, qn("w:smartTag"))
            container.set(qn("w:element"), "place")
            container.append(run)
        elif kind == 3:
            control = etree.SubElement(paragraph, qn("w:sdt"))
            etree.SubElement(control, qn("w:sdtPr"))
            etree.SubElement(control, qn("w:sdtContent")).append(run)
        elif kind == 4:
            container = etree.SubElement(paragraph, qn("w:fldSimple"))
            container.set(qn("w:instr"), " DOCPROPERTY Title ")
            container.append(run)
        else:
            paragraph.append(run)
        if number % 2:
            mark = etree.SubElement(paragraph, qn("w:proofErr"))
            mark.set(qn("w:type"), "spellStart")
        if number % 3 == 0:
            bookmark = etree.SubElement(paragraph, qn("w:bookmarkStart"))
            bookmark.set(qn("w:id"), str(number))
            bookmark.set(qn("w:name"), f"b{number}")
    return paragraph


@settings(max_examples=examples(150), deadline=None)
@given(pieces=st.lists(st.tuples(_WORDS, st.integers(0, 4)), min_size=1, max_size=8),
       new=_WORDS)
def test_messy_runs_rewrite_exactly(pieces, new):
    paragraph = _messy_paragraph(pieces)
    old = paragraph_text(paragraph)
    marks_before = len(paragraph.xpath(".//w:bookmarkStart | .//w:proofErr", namespaces=W))
    tracked = copy.deepcopy(paragraph)
    apply_text_edits(tracked, word_diff(old, new), Revisions())
    assert paragraph_text(tracked, "accepted") == new
    assert paragraph_text(tracked, "rejected") == old
    assert len(tracked.xpath(".//w:bookmarkStart | .//w:proofErr", namespaces=W)) == marks_before
    ids = tracked.xpath(".//w:ins/@w:id | .//w:del/@w:id", namespaces=W)
    assert len(ids) == len(set(ids))
    # no revision nested in another
    assert not tracked.xpath(".//w:ins//w:ins | .//w:del//w:del | .//w:ins//w:del",
                             namespaces=W)


def test_clean_document_styles_titles_and_headings(tmp_path):
    draft_file = tmp_path / "report.txt"
    draft_file.write_text("Annual Report\n\nThe committee met. It voted.\n\nBudget\n\n"
                          "The budget grew by 5%.\n\nVenue\n\nTsinghua University, Beijing\n",
                          encoding="utf-8")
    draft = read_input(draft_file, "en")
    segments = [Segment(i, "", draft.sentence_text(i), draft.sentence_text(i),
                        bead=Bead([], [i])) for i in range(len(draft.sentences))]
    out = tmp_path / "clean.docx"
    export_document(ReviewDocument(segments, draft_input=draft), out)
    written = _reopen(out)
    assert [(p.text, p.style.name) for p in written.paragraphs] == [
        ("Annual Report", "Title"), ("The committee met. It voted.", "Normal"),
        ("Budget", "Heading 1"), ("The budget grew by 5%.", "Normal"),
        ("Venue", "Normal"), ("Tsinghua University, Beijing", "Normal")]
    assert written.core_properties.title == "Annual Report"
    assert written.core_properties.language == "en"


def test_source_layout_marks_the_translation_in_the_target_language(tmp_path):
    from translator_gui.core.pipeline import open_single

    source_path = tmp_path / "source.docx"
    french = docx.Document()
    run = french.add_paragraph().add_run("Le comité s'est réuni.")
    properties = run._r.get_or_add_rPr()
    lang = etree.SubElement(properties, qn("w:lang"))
    lang.set(qn("w:val"), "fr-FR")
    french.save(str(source_path))
    document = open_single(source_path, "fr", as_source=True)
    document.set_target(0, "The committee met.")
    out = tmp_path / "translated.docx"
    export_document(document, out)
    written = _reopen(out)
    assert written.paragraphs[0].text == "The committee met."
    assert set(written.element.xpath("//w:lang/@w:val")) == {"en"}


def test_every_bilingual_sample_keeps_every_segment(tmp_path):
    from translator_gui.core.pipeline import open_bilingual

    samples = sorted(p for p in SAMPLES.glob("*") if p.suffix.lower() in
                     (".tsv", ".tmx", ".xlf", ".xliff"))
    # samples/ ships seed-fr-en.tsv; losing it must fail here, not silently test nothing.
    assert samples, "no bilingual sample (.tsv/.tmx/.xlf) in samples/"
    for path in samples:
        document = open_bilingual(path)
        for index, segment in enumerate(document.segments):
            if index % 3 == 0:
                document.set_target(index, f"{segment.target} (checked)")
        out = tmp_path / (path.stem + ".docx")
        export_document(document, out, track_changes=True)
        accepted = [p.text for p in _reopen(out, "accept").paragraphs]
        rejected = [p.text for p in _reopen(out, "reject").paragraphs]
        assert accepted == [s.target for s in document.segments], path
        assert rejected == [s.draft for s in document.segments], path


def _huge_paragraph_document(count: int) -> tuple[ReviewDocument, list[Issue], str]:
    from translator_gui.core.model import Paragraph, Sentence

    sentences = [f"Sentence {i} tells of the committee and its budget." for i in range(count)]
    text = " ".join(sentences)
    spans, offset = [], 0
    for sentence in sentences:
        spans.append(Sentence(0, offset, offset + len(sentence)))
        offset += len(sentence) + 1
    draft = InputText(None, "en", [Paragraph(text, {}, None)], spans, "text")
    segments = [Segment(i, "", s, s.replace("committee", "council") if i % 3 == 0 else s,
                        bead=Bead([], [i])) for i, s in enumerate(sentences)]
    issues = [Issue(i, "target", 0, 8, "demo", "Style", Severity.MINOR, "Look")
              for i in range(0, count, 7)]
    return ReviewDocument(segments, draft_input=draft), issues, text


def test_one_huge_paragraph_is_rewritten_whole(tmp_path):
    # 1,200 sentences in one paragraph (the writer has no size threshold; 4,000 were left
    # from a wall-clock test, now the growth test below, and cost 2 s of CPU more)
    document, issues, text = _huge_paragraph_document(1200)
    out = tmp_path / "huge.docx"
    result = export_document(document, out, track_changes=True, comments=True, issues=issues)
    assert result.comments_anchored == len(issues)
    assert _reopen(out, "accept").paragraphs[0].text == " ".join(s.target for s in document.segments)
    assert _reopen(out, "reject").paragraphs[0].text == text


def test_one_huge_paragraph_is_rewritten_in_near_linear_time(tmp_path):
    from scaling import growth

    def run(count: int) -> None:
        document, issues, _ = _huge_paragraph_document(count)
        export_document(document, tmp_path / "huge.docx", track_changes=True, comments=True,
                        issues=issues)

    # it was quadratic when runs were cut one by one (40 s for 4,000 sentences)
    assert growth(run, 300, repeat=2) < 8


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: apt-get install "
                           "libreoffice-writer-nogui")
def test_review_table_saved_again_by_libreoffice_imports_cleanly(document,
                                                                  resaved_by_libreoffice):
    from translator_gui.core.export import import_review

    report = import_review(document, resaved_by_libreoffice["review"])
    assert report.edits == [] and report.unmatched == [] and report.missing == []
    assert report.unchanged == len(document.segments)


def test_source_layout_gives_the_translation_the_paragraphs_main_format(tmp_path):
    # The French paragraph opens on a bold name: its English must not turn bold as a whole.
    source_path = tmp_path / "source.docx"
    french = docx.Document()
    paragraph = french.add_paragraph()
    paragraph.add_run("Ma Zhaoxu").bold = True
    paragraph.add_run(", vice-ministre des Affaires étrangères, a pris la parole.")
    french.save(str(source_path))
    draft_file = tmp_path / "draft.txt"
    draft_file.write_text("Ma Zhaoxu, Vice-Minister of Foreign Affairs, took the floor.\n",
                          encoding="utf-8")
    source, draft = read_input(source_path, "fr"), read_input(draft_file, "en")
    segment = Segment(0, source.sentence_text(0), draft.sentence_text(0),
                      draft.sentence_text(0), bead=Bead([0], [0]))
    document = ReviewDocument([segment], source_input=source, draft_input=draft)
    document.set_target(0, "Ma Zhaoxu, Vice-Minister of Foreign Affairs, spoke.")
    for tracked in (False, True):
        out = tmp_path / f"translated-{tracked}.docx"
        assert export_document(document, out, track_changes=tracked).layout == "source"
        runs = [r for r in _reopen(out, "accept").paragraphs[0].runs if r.text]
        assert "".join(r.text for r in runs) == document.segments[0].target
        assert not any(r.bold for r in runs)
