"""Small helpers shared by the checks of machine-translation errors across the pair (English-side
calques, false friends, negation, pronouns): data rows, "is there a source to compare",
previous sentences of the document."""

from __future__ import annotations

import re
from functools import cache

from translator_gui.core.checks.base import SegmentContext
from translator_gui.core.model import ReviewDocument
from translator_gui.core.resources import read_resource_text

LETTER = r"[^\W\d_]"
TOKEN = re.compile(rf"{LETTER}+(?:['’-]{LETTER}+)*|\d+(?:[.,]\d+)*")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-ZÀ-Ý])")


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of resources/checks/NAME: tab-separated, '#' comments and blank lines skipped.

    A header row (its first cell ends with ':' or equals `name`'s first column title) is not
    special: data files here start with comments only.
    """
    found = []
    for line in read_resource_text("checks", name).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        found.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(found)


def _bilingual(document: ReviewDocument) -> bool:
    has_source = bool(document.source_path or document.source_input)
    has_draft = bool(document.draft_path or document.draft_input)
    if document.bilingual_path or (has_source and has_draft):
        return True
    if has_source or has_draft:
        return False
    return any(s.source.strip() and s.target.strip() for s in document.segments)


def both_sides(context: SegmentContext) -> bool:
    """Whether this pair has two texts to compare (a lone file leaves one side empty)."""
    segment = context.segment
    if not (segment.source.strip() and segment.target.strip()):
        return False
    document = context.document
    if document is None:
        return True
    # The run's cache belongs to this document and revision: no module-level state.
    return context.run.get("mt_support.bilingual", lambda: _bilingual(document))


def source_text(context: SegmentContext, language: str) -> str | None:
    """The source text when it is in `language` and there is a pair to compare, else None."""
    if context.source_language != language or not both_sides(context):
        return None
    return context.segment.source


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a text, cut after . ! ? before a capital."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _position(context: SegmentContext) -> int | None:
    """The segment's place in its document, from a table of the document's segment ids made
    once per revision (a scan of the segments for each pronoun was quadratic in a long
    document)."""
    document = context.document
    if document is None:
        return None
    segment = context.segment
    segments = document.segments
    if context.run is not None and context.run.owned_by(document):
        def positions() -> dict[int, int]:
            table: dict[int, int] = {}
            for i, s in enumerate(segments):
                table.setdefault(s.id, i)
            return table
        found = context.run.get("segment-positions", positions).get(segment.id)
        if found is not None and found < len(segments) and (
                segments[found] is segment or segments[found].id == segment.id):
            return found
    found = next((i for i, s in enumerate(segments) if s is segment), None)
    if found is None:
        found = next((i for i, s in enumerate(segments) if s.id == segment.id), None)
    return found


def previous_text(context: SegmentContext, side: str, limit: int = 1) -> str:
    """The text of the `limit` segments before this one on `side` ('' at the start)."""
    document = context.document
    if document is None:
        return ""
    index = _position(context)
    if not index:
        return ""
    before = document.segments[max(0, index - limit):index]
    return " ".join(s.text(side) for s in before)


def match_case(model: str, text: str) -> str:
    """`text` capitalized like `model` ("Assisted" → "Attended")."""
    if not model or not text:
        return text
    if len(model) > 1 and model.isupper() and len(text) > 1:
        return text.upper()
    if model[0].isupper():
        return text[0].upper() + text[1:]
    if model[0].islower() and text[:1].isupper() and not text[:2].isupper():
        return text[0].lower() + text[1:]
    return text
