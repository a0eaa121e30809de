"""Quality report: every issue with its state, the MQM score, and post-edit distance (HTML, CSV).

The HTML report is one self-contained file (inline CSS and an inline SVG chart, no scripts, no
external resources) so it can be mailed to a client and opened in any browser. The CSV has one
row per issue, with the segment's post-edit distance alongside, for spreadsheets.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from translator_gui.core.checks.base import Issue
from translator_gui.core.export.issue_states import IssueRecord, IssueState, all_issue_records
from translator_gui.core.export.phrases import word_diff
from translator_gui.core.metrics import (
    DEFAULT_MQM_THRESHOLD,
    MqmScore,
    document_distance,
    document_mqm,
    segment_distances,
)
from translator_gui.core.model import ReviewDocument, Status

DEFAULT_THRESHOLD = DEFAULT_MQM_THRESHOLD
CSV_COLUMNS = ("segment", "side", "start", "end", "words", "context", "check", "category",
               "severity", "state", "message", "suggestion", "segment_chrf", "segment_ter")
_CONTEXT = 40  # characters of context either side of the flagged words


@dataclass
class QualitySummary:
    """The figures a report shows, computed once for HTML and CSV alike."""

    records: list[IssueRecord]
    mqm: MqmScore
    distances: list[tuple[float, float]]  # (chrF, TER) per segment, in document order
    document_chrf: float
    document_ter: float
    counts: dict[str, int]  # segments per status
    path: str = ""
    unscored: int = 0  # open issues of the source text, listed but not held against the target

    def summary(self) -> str:
        mqm = self.mqm
        verdict = "pass" if mqm.passed else "fail"
        open_count = sum(1 for r in self.records if r.state == IssueState.OPEN)
        in_source = f", {self.unscored} of them in the source (not scored)" if self.unscored \
            else ""
        return (f"{self.path}: MQM {verdict} — {mqm.penalty_points:g} penalty points, "
                f"{mqm.penalty_per_1000:.1f} per 1,000 words (threshold {mqm.threshold:g}); "
                f"{open_count} open issue(s){in_source}; chrF {self.document_chrf:.1f}, "
                f"TER {self.document_ter:.1f}")


def summarise(document: ReviewDocument, issues: list[Issue] | None = None,
              threshold: float = DEFAULT_THRESHOLD,
              progress: Callable[[int, int], None] | None = None) -> QualitySummary:
    """Issues with their states, MQM over the open ones per source word, post-edit distance.

    MQM judges the translation: when there is one, the source text's own issues (a calque in
    the French) are listed and counted apart, but they do not make the target fail.
    """
    records = all_issue_records(document, issues, progress=progress)
    open_issues = [r.issue for r in records if r.state == IssueState.OPEN]
    scored = [i for i in open_issues if i.side != "source"] if _has_target(document) \
        else open_issues
    mqm = document_mqm(document, scored, threshold)
    chrf, ter = document_distance(document)
    counts = {status.value: n for status, n in document.count_by_status().items()}
    return QualitySummary(records, mqm, segment_distances(document), chrf, ter, counts,
                          unscored=len(open_issues) - len(scored))


def _has_target(document: ReviewDocument) -> bool:
    # A source checked on its own (no translation yet) is scored on its own issues.
    return any(s.target.strip() for s in document.segments)


def is_scored(summary: QualitySummary, record: IssueRecord) -> bool:
    """Whether an open issue counts in the MQM score (see summarise)."""
    return record.state == IssueState.OPEN and not (summary.unscored
                                                    and record.issue.side == "source")


def context_of(record: IssueRecord) -> str:
    """The flagged words in their sentence, marked [like this], trimmed to a readable length."""
    text = record.text
    issue = record.issue
    if record.state == IssueState.FIXED and record.words and record.words not in text:
        return f"[{record.words}]"
    start, end = max(0, min(issue.start, len(text))), max(0, min(issue.end, len(text)))
    before = text[max(0, start - _CONTEXT):start]
    after = text[end:end + _CONTEXT]
    prefix = "…" if start - _CONTEXT > 0 else ""
    suffix = "…" if end + _CONTEXT < len(text) else ""
    return f"{prefix}{before}[{text[start:end]}]{after}{suffix}"


def _spreadsheet_safe(value: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheets; keep numbers as they are.
    if value[:1] in ("=", "+", "-", "@") and not _is_number(value):
        return "'" + value
    return value


def _is_number(value: str) -> bool:
    try:
        float(value.replace(",", "."))
        return True
    except ValueError:
        return False


def csv_text(document: ReviewDocument, summary: QualitySummary) -> str:
    index_of = {s.id: n for n, s in enumerate(document.segments)}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for record in summary.records:
        issue = record.issue
        chrf, ter = summary.distances[index_of[issue.segment]] if issue.segment in index_of \
            else (100.0, 0.0)
        row = [str(issue.segment + 1), issue.side, str(issue.start), str(issue.end), record.words,
               context_of(record), issue.check, issue.category, issue.severity.value,
               record.state.value, issue.message, issue.suggestion or "",
               f"{chrf:.2f}", f"{ter:.2f}"]
        writer.writerow([_spreadsheet_safe(v) for v in row])
    return buffer.getvalue()


def write_csv_report(document: ReviewDocument, path: str | Path, *,
                     issues: list[Issue] | None = None, threshold: float = DEFAULT_THRESHOLD,
                     progress: Callable[[int, int], None] | None = None) -> QualitySummary:
    from translator_gui.core.export.files import write_file

    summary = summarise(document, issues, threshold, progress)
    summary.path = str(path)
    # UTF-8 with a byte-order mark: spreadsheet programs then read accents correctly.
    write_file(path, csv_text(document, summary).encode("utf-8-sig"))
    return summary


# -- HTML ----------------------------------------------------------------------------------------
_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:72em;
padding:0 1em;color:#1d1d1f}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em}
.muted{color:#666}.figures{display:flex;flex-wrap:wrap;gap:1em;margin:1em 0}
.figure{border:1px solid #ddd;border-radius:8px;padding:.6em 1em;min-width:9em}
.figure b{display:block;font-size:1.5em}.pass{color:#1a7f37}.fail{color:#c62828}
table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{border-bottom:1px solid #e3e3e3;padding:.35em .5em;text-align:left;vertical-align:top}
th{background:#f5f5f7;position:sticky;top:0}
.state-open{color:#c62828;font-weight:600}.state-fixed{color:#1a7f37}.state-ignored{color:#777}
mark{background:#ffe08a;padding:0 .1em}del{background:#fdd;color:#900}ins{background:#dfd;
color:#060;text-decoration:none}.sev-critical{font-weight:700;color:#8b0000}
.sev-major{color:#c62828}.sev-minor{color:#a15c00}.sev-neutral{color:#666}
svg text{font:11px system-ui,sans-serif;fill:#444}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _chart(distances: list[tuple[float, float]], numbers: list[int]) -> str:
    """Bars of post-edit distance (100 − chrF) per segment, labelled with the segments'
    1-based numbers (Segment.number, as the tables below); long documents are binned."""
    width, height, left, bottom, top = 900, 220, 48, 30, 10
    plot_w, plot_h = width - left - 10, height - bottom - top
    values = [100.0 - chrf for chrf, _ in distances]
    if not values:
        return "<p class='muted'>No segments.</p>"
    bins = min(len(values), 600)
    bars = []
    bar_w = plot_w / bins
    for b in range(bins):
        lo = b * len(values) // bins
        hi = max(lo + 1, (b + 1) * len(values) // bins)
        chunk = values[lo:hi]
        value = sum(chunk) / len(chunk)
        h = plot_h * min(100.0, value) / 100.0
        x = left + b * bar_w
        label = (f"segment {numbers[lo]}" if hi - lo == 1
                 else f"segments {numbers[lo]}–{numbers[hi - 1]}")
        colour = "#c62828" if value >= 50 else "#e08e0b" if value >= 20 else "#3b82f6"
        if h > 0:
            bars.append(f"<rect x='{x:.2f}' y='{top + plot_h - h:.2f}' width='{max(bar_w - .5, .5):.2f}'"
                        f" height='{h:.2f}' fill='{colour}'><title>{_e(label)}: distance "
                        f"{value:.1f} (chrF {100 - value:.1f})</title></rect>")
    axis = []
    for tick in (0, 25, 50, 75, 100):
        y = top + plot_h - plot_h * tick / 100
        axis.append(f"<line x1='{left}' x2='{width - 10}' y1='{y:.1f}' y2='{y:.1f}' "
                    f"stroke='#eee'/><text x='{left - 6}' y='{y + 4:.1f}' "
                    f"text-anchor='end'>{tick}</text>")
    axis.append(f"<text x='12' y='{top + plot_h / 2:.0f}' text-anchor='middle' "
                f"transform='rotate(-90 12 {top + plot_h / 2:.0f})'>100 − chrF</text>")
    axis.append(f"<text x='{left}' y='{height - 8}'>segment {numbers[0]}</text>")
    axis.append(f"<text x='{width - 10}' y='{height - 8}' text-anchor='end'>segment "
                f"{numbers[-1]}</text>")
    return (f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' "
            f"width='100%' role='img' aria-label='Post-edit distance per segment'>"
            f"<title>Post-edit distance per segment (100 − chrF; 0 = untouched)</title>"
            + "".join(axis) + "".join(bars) + "</svg>")


def _diff_html(draft: str, target: str) -> str:
    parts = []
    at = 0
    for start, end, replacement in word_diff(draft, target):
        parts.append(_e(draft[at:start]))
        if end > start:
            parts.append(f"<del>{_e(draft[start:end])}</del>")
        if replacement:
            parts.append(f"<ins>{_e(replacement)}</ins>")
        at = end
    parts.append(_e(draft[at:]))
    return "".join(parts)


def _marked_context(record: IssueRecord) -> str:
    context = context_of(record)
    open_at, close_at = context.find("["), context.rfind("]")
    if open_at < 0 or close_at < open_at:
        return _e(context)
    return (_e(context[:open_at]) + "<mark>" + _e(context[open_at + 1:close_at]) + "</mark>"
            + _e(context[close_at + 1:]))


def html_text(document: ReviewDocument, summary: QualitySummary) -> str:
    mqm = summary.mqm
    name = next((Path(p).name for p in (document.draft_path, document.source_path,
                                         document.bilingual_path) if p), "document")
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    verdict = ("<b class='pass'>PASS</b>" if mqm.passed else "<b class='fail'>FAIL</b>")
    states = {state: sum(1 for r in summary.records if r.state == state) for state in IssueState}
    per_1000 = "∞" if mqm.penalty_per_1000 == float("inf") else f"{mqm.penalty_per_1000:.1f}"
    out = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
           "<meta name='viewport' content='width=device-width, initial-scale=1'>",
           f"<title>Quality report — {_e(name)}</title><style>{_CSS}</style></head><body>",
           f"<h1>Quality report — {_e(name)}</h1>",
           f"<p class='muted'>{_e(document.source_language)} → {_e(document.target_language)}"
           f" · {len(document.segments)} segments · {mqm.word_count} source words · {now}</p>",
           "<div class='figures'>",
           f"<div class='figure'>MQM {verdict}<span class='muted'> threshold "
           f"{mqm.threshold:g} / 1,000 words</span></div>",
           f"<div class='figure'><b>{per_1000}</b>penalty points per 1,000 words</div>",
           f"<div class='figure'><b>{mqm.score:.2f}</b>MQM score ({mqm.penalty_points:g} "
           f"points)</div>",
           f"<div class='figure'><b>{summary.document_chrf:.1f}</b>chrF draft → target</div>",
           f"<div class='figure'><b>{summary.document_ter:.1f}</b>TER draft → target</div>",
           f"<div class='figure'><b>{states[IssueState.OPEN]}</b>open issues "
           f"<span class='muted'>({states[IssueState.FIXED]} fixed, "
           f"{states[IssueState.IGNORED]} ignored)</span></div>",
           "</div>",
           "<table style='width:auto'><tr><th>Severity</th><th>Scored open issues</th>"
           "<th>Penalty each</th></tr>"]
    from translator_gui.core.metrics import MQM_PENALTIES

    for severity, points in MQM_PENALTIES.items():
        out.append(f"<tr><td class='sev-{severity}'>{severity}</td>"
                   f"<td>{mqm.counts.get(severity, 0)}</td><td>{points}</td></tr>")
    out.append("</table>")
    if summary.unscored:
        out.append(f"<p class='muted'>{summary.unscored} open issue(s) are in the source "
                   f"text ({_e(document.source_language)}): they are listed below but not "
                   f"scored, since MQM judges the translation.</p>")
    by_category: dict[str, dict[str, int]] = {}
    for record in summary.records:
        if is_scored(summary, record):
            row = by_category.setdefault(record.issue.category, {})
            row[record.issue.severity.value] = row.get(record.issue.severity.value, 0) + 1
    if by_category:
        out.append("<h2>Open issues by MQM category</h2><table style='width:auto'><tr>"
                   "<th>Category</th>" + "".join(f"<th>{s}</th>" for s in MQM_PENALTIES)
                   + "<th>Penalty</th></tr>")
        for category in sorted(by_category):
            row = by_category[category]
            points = sum(MQM_PENALTIES[s] * n for s, n in row.items() if s in MQM_PENALTIES)
            out.append(f"<tr><td>{_e(category)}</td>" + "".join(
                f"<td>{row.get(s, 0)}</td>" for s in MQM_PENALTIES) + f"<td>{points}</td></tr>")
        out.append("</table>")
    counts = summary.counts
    out.append(f"<p>Segments: {counts.get(Status.DRAFT.value, 0)} untouched, "
               f"{counts.get(Status.EDITED.value, 0)} edited, "
               f"{counts.get(Status.CONFIRMED.value, 0)} confirmed.</p>")
    out.append("<h2>Post-edit distance per segment</h2>")
    out.append(_chart(summary.distances, [s.number for s in document.segments]))
    out.append("<h2>Issues</h2>")
    if summary.records:
        out.append("<table><tr><th>#</th><th>Side</th><th>Context</th><th>Check</th>"
                   "<th>Category</th><th>Severity</th><th>State</th><th>Message</th>"
                   "<th>Suggestion</th></tr>")
        for record in summary.records:
            issue = record.issue
            out.append(
                f"<tr><td>{issue.segment + 1}</td><td>{_e(issue.side)}</td>"
                f"<td>{_marked_context(record)}</td><td>{_e(issue.check)}</td>"
                f"<td>{_e(issue.category)}</td><td class='sev-{_e(issue.severity.value)}'>"
                f"{_e(issue.severity.value)}</td><td class='state-{record.state.value}'>"
                f"{record.state.value}</td><td>{_e(issue.message)}</td>"
                f"<td>{_e(issue.suggestion or '')}</td></tr>")
        out.append("</table>")
    else:
        out.append("<p class='muted'>No issues.</p>")
    out.append("<h2>Corrections</h2>")
    edited = [(s, d) for s, d in zip(document.segments, summary.distances, strict=True)
              if s.target != s.draft]
    if edited:
        out.append("<table><tr><th>#</th><th>Draft → target</th><th>chrF</th><th>TER</th></tr>")
        for segment, (chrf, ter) in edited:
            out.append(f"<tr><td>{segment.number}</td><td>{_diff_html(segment.draft, segment.target)}"
                       f"</td><td>{chrf:.1f}</td><td>{ter:.1f}</td></tr>")
        out.append("</table>")
    else:
        out.append("<p class='muted'>The draft was delivered unchanged.</p>")
    out.append("<p class='muted'>MQM penalties: neutral 0, minor 1, major 5, critical 25; "
               "per 1,000 source words. Post-edit distance: sacrebleu chrF and TER of the "
               "draft against the corrected target.</p></body></html>")
    return "\n".join(out)


def write_html_report(document: ReviewDocument, path: str | Path, *,
                      issues: list[Issue] | None = None, threshold: float = DEFAULT_THRESHOLD,
                      progress: Callable[[int, int], None] | None = None) -> QualitySummary:
    from translator_gui.core.export.files import write_file

    summary = summarise(document, issues, threshold, progress)
    summary.path = str(path)
    write_file(path, html_text(document, summary).encode("utf-8"))
    return summary
