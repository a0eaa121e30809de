"""Open issues as Word comments: what a comment says and which words of the target it covers."""

from __future__ import annotations

from dataclasses import dataclass

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
    words = [w for w in author.replace("_", " ").split() if w[:1].isalnum()]
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
