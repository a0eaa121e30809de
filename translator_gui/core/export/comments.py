"""Open issues as Word comments: what a comment says and which words of the target it covers."""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from translator_gui.core.checks.base import Issue
from translator_gui.core.model import ReviewDocument


@dataclass(frozen=True)
class CommentRequest:
    """A comment to anchor on characters [start, end) of one segment's target."""

    segment_index: int
    start: int
    end: int
    text: str


def initials_of(author: str) -> str:
    """Initials Word shows on a comment: "Ana Silva" -> "AS", "<R&D> Ana" -> "RDA"."""
    words = re.findall(r"[^\W_]+", author)
    return "".join(w[0].upper() for w in words[:3]) or "TG"


def comment_text(issue: Issue, words: str = "") -> str:
    """Message, suggestion, MQM category and severity, one per line (Word shows each as a line)."""
    lines = [issue.message.strip() or issue.check]
    if issue.side == "source" and words:
        lines.append(f"Source: “{words}”")
    if issue.suggestion:
        lines.append(f"Suggestion: {issue.suggestion}")
    lines.append(f"{issue.category} · {issue.severity.value} · {issue.check}")
    return "\n".join(line.replace("\r", " ") for line in lines)


def comment_requests(document: ReviewDocument, issues: list[Issue]) -> list[CommentRequest]:
    """Where each open issue's comment goes: its words in the target, or the whole segment.

    Issues on the source have no words in the target document, so they cover the whole
    target sentence they concern.
    """
    index_of_id = {s.id: n for n, s in enumerate(document.segments)}
    requests = []
    for issue in issues:
        index = index_of_id.get(issue.segment)
        if index is None:
            continue
        segment = document.segments[index]
        target = segment.target
        words = ""
        if issue.side == "source":
            words = segment.source[max(0, issue.start):max(0, issue.end)]
            start, end = 0, len(target)
        else:
            start, end = max(0, issue.start), min(len(target), issue.end)
            if start >= end:
                start, end = _word_around(target, start)
        requests.append(CommentRequest(index, start, end, comment_text(issue, words)))
    return requests


def _word_around(text: str, at: int) -> tuple[int, int]:
    """A zero-width issue (a missing word, say) is anchored on the word next to it."""
    if not text:
        return 0, 0
    at = max(0, min(len(text) - 1, at))
    start = at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = at
    while end < len(text) and not text[end].isspace():
        end += 1
    if start == end:
        end = min(len(text), start + 1)
    return start, end


def comment_adder(docx_document: Any) -> Callable[[list[Any], str, str, str], None]:
    """A function adding one comment anchored from the first to the last of `runs`.

    Same XML as python-docx's Document.add_comment(runs, text, author, initials), which it
    falls back to; but python-docx looks for a free comment id by scanning every comment, so
    10,000 comments take minutes. Here the ids come from a counter: linear time.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from translator_gui.core.export.revisions import make_run as _make_run

    comments = docx_document.comments  # creates the comments part when the file has none
    element = getattr(comments, "_comments_elm", None)
    if element is None:  # pragma: no cover - another python-docx layout: use the public API
        def add_slowly(runs: list[Any], text: str, author: str, initials: str) -> None:
            docx_document.add_comment(runs, text=text, author=author, initials=initials)

        return add_slowly
    used = [int(v) for v in element.xpath("./w:comment/@w:id") if str(v).isdigit()]
    next_id = max(used, default=-1) + 1
    date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    # Built once and copied: creating elements one by one is the slow part for 10,000 comments.
    plain_paragraph = OxmlElement("w:p")
    properties = OxmlElement("w:pPr")
    style = OxmlElement("w:pStyle")
    style.set(qn("w:val"), "CommentText")
    properties.append(style)
    plain_paragraph.append(properties)
    first_paragraph = copy.deepcopy(plain_paragraph)
    reference = OxmlElement("w:r")
    reference_properties = OxmlElement("w:rPr")
    reference_style = OxmlElement("w:rStyle")
    reference_style.set(qn("w:val"), "CommentReference")
    reference_properties.append(reference_style)
    reference.append(reference_properties)
    reference.append(OxmlElement("w:annotationRef"))
    first_paragraph.append(reference)
    template = OxmlElement("w:comment")

    def add(runs: list[Any], text: str, author: str, initials: str) -> None:
        nonlocal next_id
        comment = copy.deepcopy(template)
        comment.set(qn("w:id"), str(next_id))
        comment.set(qn("w:author"), author)
        comment.set(qn("w:initials"), initials)
        comment.set(qn("w:date"), date)
        for number, line in enumerate(text.split("\n")):
            paragraph = copy.deepcopy(first_paragraph if number == 0 else plain_paragraph)
            if line:
                paragraph.append(_make_run(line, None))
            comment.append(paragraph)
        element.append(comment)
        runs[0].mark_comment_range(runs[-1], next_id)
        next_id += 1

    return add
