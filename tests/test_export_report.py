"""Quality report: issue states, MQM score, post-edit distance, as HTML and CSV."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

import pytest

from translator_gui.core.checks import base
from translator_gui.core.checks.base import Issue, Severity
from translator_gui.core.export import export_document
from translator_gui.core.export.issue_states import IssueState, all_issue_records
from translator_gui.core.export.report import CSV_COLUMNS, summarise
from translator_gui.core.metrics import segment_distance
from translator_gui.core.model import IgnoredIssue, ReviewDocument, Segment


def _fake_checks(document: ReviewDocument, progress=None, cancelled=None) -> list[Issue]:
    """A stand-in for the check catalogue: flags 'website' (major) and 'colour' (minor)."""
    found = []
    for segment in document.segments:
        for word, severity in (("website", Severity.MAJOR), ("colour", Severity.MINOR)):
            for match in re.finditer(word, segment.target):
                found.append(Issue(segment.id, "target", match.start(), match.end(),
                                   f"fake-{word}", "Terminology", severity,
                                   f"Avoid “{word}”", "web site"))
    return found


@pytest.fixture()
def document(monkeypatch) -> ReviewDocument:
    monkeypatch.setattr(base, "check_document", _fake_checks)
    segments = [
        Segment(0, "Voir le site web.", "See the website.", "See the web site."),  # fixed
        Segment(1, "Le site web est neuf.", "The website is new.", "The website is new."),
        Segment(2, "Notre site web marche.", "Our website works.", "Our website works."),
        Segment(3, "La couleur <rouge> & bleue.", "The colour <red> & blue.",
                "=The colour <red> & blue."),
    ]
    document = ReviewDocument(segments, draft_path="/x/draft.docx")
    for index in range(len(segments)):
        document.set_target(index, segments[index].target)
    document.checks.ignored.append(IgnoredIssue(2, "fake-website", "target", "website"))
    return document


def test_issue_states_open_fixed_ignored(document):
    records = all_issue_records(document)
    states = {(r.issue.segment, r.issue.check): r.state for r in records}
    assert states == {(0, "fake-website"): IssueState.FIXED,
                      (1, "fake-website"): IssueState.OPEN,
                      (2, "fake-website"): IssueState.IGNORED,
                      (3, "fake-colour"): IssueState.OPEN}
    fixed = next(r for r in records if r.state == IssueState.FIXED)
    assert fixed.words == "website"


def test_given_issues_are_used_as_found(document):
    given = [Issue(1, "target", 4, 11, "given-check", "Style", Severity.CRITICAL, "given")]
    records = all_issue_records(document, given, include_fixed=False)
    assert {r.issue.check for r in records} == {"given-check", "fake-website", "fake-colour"}
    assert all(r.state != IssueState.FIXED for r in records)


def test_mqm_counts_open_issues_per_source_word(document):
    summary = summarise(document, threshold=100)
    assert summary.mqm.counts["major"] == 1 and summary.mqm.counts["minor"] == 1
    assert summary.mqm.penalty_points == 6
    words = summary.mqm.word_count
    assert words == 17  # source words
    assert summary.mqm.penalty_per_1000 == pytest.approx(6000 / words)
    assert summary.mqm.passed is False
    assert summarise(document, threshold=400).mqm.passed is True
    assert summary.distances[0] == segment_distance("See the website.", "See the web site.")
    assert summary.distances[1] == (100.0, 0.0)


def test_csv_lists_every_issue_with_its_state(document, tmp_path):
    out = tmp_path / "report.csv"
    export_document(document, out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # spreadsheet programs read UTF-8 with a BOM
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert [(r["segment"], r["state"]) for r in rows] == [("1", "fixed"), ("2", "open"),
                                                         ("3", "ignored"), ("4", "open")]
    assert rows[1]["context"] == "The [website] is new."
    assert rows[1]["severity"] == "major" and rows[1]["category"] == "Terminology"
    assert rows[1]["suggestion"] == "web site" and rows[1]["side"] == "target"
    assert float(rows[0]["segment_ter"]) > 0 and rows[1]["segment_ter"] == "0.00"
    assert rows[1]["segment_chrf"] == "100.00"
    # a target starting with '=' must not become a spreadsheet formula
    assert rows[3]["context"].startswith("'=The [colour]")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href") and value:
                self.links.append(value)

    def handle_data(self, data):
        self.text.append(data)


def test_html_report_is_self_contained_and_readable(document, tmp_path):
    out = tmp_path / "report.html"
    export_document(document, out, mqm_threshold=5)
    page = out.read_text(encoding="utf-8")
    parsed = _Collector()
    parsed.feed(page)
    assert "svg" in parsed.tags and "rect" in parsed.tags and "table" in parsed.tags
    assert "script" not in parsed.tags and "link" not in parsed.tags and "img" not in parsed.tags
    assert parsed.links == []  # nothing to fetch: one file says it all
    text = " ".join(parsed.text)
    assert "FAIL" in text and "open" in text and "fixed" in text and "ignored" in text
    assert "<red>" in text and "<red>" not in page.replace("&lt;red&gt;", "")  # escaped
    assert "Avoid “website”" in text
    assert "chrF" in text and "TER" in text and "draft.docx" in text


def test_html_chart_bins_long_documents(monkeypatch, tmp_path):
    monkeypatch.setattr(base, "check_document", _fake_checks)
    segments = [Segment(i, "Une phrase.", "A sentence.", "A sentence." if i % 2 else
                        "One sentence.") for i in range(5000)]
    out = tmp_path / "long.html"
    export_document(ReviewDocument(segments), out)
    page = out.read_text(encoding="utf-8")
    assert 0 < page.count("<rect") <= 600


def test_clean_document_passes(monkeypatch, tmp_path):
    monkeypatch.setattr(base, "check_document", lambda *a, **k: [])
    out = tmp_path / "clean.html"
    export_document(ReviewDocument([Segment(0, "Bonjour.", "Hello.", "Hello.")]), out)
    page = out.read_text(encoding="utf-8")
    assert "PASS" in page and "No issues." in page


def test_report_summary_and_categories(document, tmp_path):
    out = tmp_path / "r.html"
    summary = export_document(document, out, mqm_threshold=500)
    assert summary.summary().startswith(f"{out}: MQM pass")
    page = out.read_text(encoding="utf-8")
    assert "Open issues by MQM category" in page and "<td>Terminology</td>" in page


@pytest.mark.parametrize("name,options", [("a.docx", {}), ("b.docx", {"bilingual": True}),
                                          ("c.xlf", {}), ("d.xliff", {}), ("e.tmx", {}),
                                          ("f.html", {}), ("g.csv", {})])
def test_every_export_says_what_it_wrote(document, tmp_path, name, options):
    path = tmp_path / name
    result = export_document(document, path, **options)
    assert path.exists() and path.stat().st_size > 0
    assert result.summary().startswith(f"{path}: ")
    assert str(result.path) == str(path)


def test_an_issue_the_check_no_longer_raises_is_fixed_even_if_its_words_stay(monkeypatch):
    def numbers_check(document, progress=None, cancelled=None):
        found = []
        for segment in document.segments:
            for match in re.finditer(r"\d+", segment.target):
                if match.group() not in segment.source:
                    found.append(Issue(segment.id, "target", match.start(), match.end(),
                                       "number-mismatch", "Accuracy", Severity.MAJOR,
                                       "Number differs from the source"))
        return found

    monkeypatch.setattr(base, "check_document", numbers_check)
    document = ReviewDocument([Segment(0, "Le 14 mai.", "On 12 May.", "On 12 May.")])
    assert [r.state for r in all_issue_records(document)] == [IssueState.OPEN]
    document.set_source(0, "Le 12 mai.")  # the source was wrong, the draft right
    records = all_issue_records(document)
    assert [(r.state, r.words) for r in records] == [(IssueState.FIXED, "12")]


def test_checks_run_again_only_when_they_can_tell_something_new(monkeypatch):
    calls = []

    def counting(document, progress=None, cancelled=None):
        calls.append(len(document.segments))
        return []

    monkeypatch.setattr(base, "check_document", counting)
    document = ReviewDocument([Segment(0, "Un.", "One.", "One.")])
    all_issue_records(document, [])
    assert calls == []  # nothing dismissed, nothing edited: the given issues say it all
    document.set_target(0, "One!")
    all_issue_records(document, [])
    assert calls == [1]  # the draft is checked to find what the edit fixed
    document.checks.ignored.append(IgnoredIssue(0, "x", "target", "One"))
    all_issue_records(document, [])
    assert calls == [1, 1, 1]


def test_mqm_scores_the_translation_not_the_source_text(monkeypatch, tmp_path):
    # A calque in the French source is worth flagging, but it is not an error of the English
    # target: listed and counted apart, never what makes the translation fail.
    def checks(document, progress=None, cancelled=None):
        found = []
        for segment in document.segments:
            if "réalisé" in segment.source:
                found.append(Issue(segment.id, "source", 3, 10, "fr-calque", "Style",
                                   Severity.MAJOR, "calque"))
            if "website" in segment.target:
                found.append(Issue(segment.id, "target", 4, 11, "fake-website", "Terminology",
                                   Severity.MINOR, "Avoid “website”"))
        return found

    monkeypatch.setattr(base, "check_document", checks)
    document = ReviewDocument([Segment(0, "Il a réalisé le site.", "He built the site.",
                                       "He built the site."),
                               Segment(1, "Le site web.", "The website.", "The website.")])
    summary = summarise(document, threshold=100)
    assert summary.mqm.penalty_points == 1 and summary.mqm.counts.get("major", 0) == 0
    assert summary.unscored == 1
    out = tmp_path / "r.html"
    written = export_document(document, out, mqm_threshold=100)
    assert "1 of them in the source (not scored)" in written.summary()
    page = out.read_text(encoding="utf-8")
    assert "fr-calque" in page and "not scored" in page
    # A source checked on its own has no translation to judge: its issues are the score.
    alone = ReviewDocument([Segment(0, "Il a réalisé le site.", "", "")])
    assert summarise(alone).mqm.penalty_points == 5


def test_the_chart_counts_segments_from_one_as_the_tables_do(monkeypatch, tmp_path):
    monkeypatch.setattr(base, "check_document", _fake_checks)
    segments = [Segment(i, "Une phrase.", "A sentence.", "One sentence.") for i in range(3)]
    out = tmp_path / "three.html"
    export_document(ReviewDocument(segments), out)
    page = out.read_text(encoding="utf-8")
    chart = page[page.index("<svg"):page.index("</svg>")]
    assert re.findall(r"<title>(segment \d+):", chart) == ["segment 1", "segment 2", "segment 3"]
    assert re.findall(r">(segment \d+)</text>", chart) == ["segment 1", "segment 3"]
