"""Helpers for the check tests: run one check over a small document and read what it flags."""

from __future__ import annotations

from translator_gui.core.checks import all_checks, check_document
from translator_gui.core.checks.base import Finding, SegmentContext, get_check
from translator_gui.core.model import ReviewDocument, Segment


def only(document: ReviewDocument, check_id: str) -> ReviewDocument:
    """Switch every other check off, so a test reads one check (and loads spaCy only if it
    needs it)."""
    document.checks.disabled = {c.id for c in all_checks() if c.id != check_id}
    return document


def french_flagged(check_id: str, french: str, english: str = "", *,
                   french_is_source: bool = True, extra: tuple[str, ...] = ()) -> list[str]:
    """The French words `check_id` flags when `french` is one side of a one-pair document.

    `extra` adds French segments before it (document-scope checks read earlier segments).
    """
    segments = []
    for index, text in enumerate((*extra, french)):
        source, target = (text, english) if french_is_source else (english, text)
        segments.append(Segment(index, source, target, target))
    languages = ("fr", "en") if french_is_source else ("en", "fr")
    document = only(ReviewDocument(segments, *languages), check_id)
    side = "source" if french_is_source else "target"
    last = segments[-1].id
    issues = [i for i in check_document(document) if i.side == side and i.segment == last]
    assert {i.check for i in issues} <= {check_id}, issues  # every other check is off
    return [french[i.start:i.end] for i in issues]


def assert_french_flags(check_id: str, french: str, expected: list[str],
                        **kwargs: object) -> None:
    """`check_id` flags exactly the `expected` words of `french`, in order, and nothing else."""
    found = french_flagged(check_id, french, **kwargs)  # type: ignore[arg-type]
    _record(check_id, french, found, expected)
    assert found == expected, f"{check_id} on {french!r}: flagged {found}, expected {expected}"


def english_flagged(check_id: str, english: str, *, english_is_target: bool = True) -> list[str]:
    """The English words `check_id` flags when `english` is one side of a one-pair document."""
    if english_is_target:
        document = ReviewDocument([Segment(0, "Texte français.", english, english)], "fr", "en")
    else:
        document = ReviewDocument([Segment(0, english, "Texte français.", "Texte français.")],
                                  "en", "fr")
    only(document, check_id)
    side = "target" if english_is_target else "source"
    issues = [i for i in check_document(document) if i.side == side]
    assert {i.check for i in issues} <= {check_id}, issues  # every other check is off
    return [english[i.start:i.end] for i in issues]


def assert_english_flags(check_id: str, english: str, expected: list[str]) -> None:
    """`check_id` flags exactly the `expected` words of `english`, in order, and nothing else."""
    found = english_flagged(check_id, english)
    _record(check_id, english, found, expected)
    assert found == expected, f"{check_id} on {english!r}: flagged {found}, expected {expected}"


def _record(check_id: str, text: str, found: list[str], expected: list[str]) -> None:
    import json
    import os

    if os.environ.get("RECORD_SPANS") and found != expected:
        with open(os.environ["RECORD_SPANS"], "a", encoding="utf-8") as out:
            out.write(json.dumps([check_id, text, found, expected], ensure_ascii=False) + "\n")


def run(check_id: str, source: str, target: str, source_language: str = "fr",
        target_language: str = "en") -> list[Finding]:
    """The findings of one check on a one-segment bilingual document (both files given)."""
    document = ReviewDocument([Segment(0, source, target, target)], source_language,
                              target_language, source_path="s.txt", draft_path="d.txt")
    context = SegmentContext(document.segments[0], source_language, target_language, document)
    return list(get_check(check_id).check_segment(context))


def flagged_words(check_id: str, source: str, target: str, *languages: str) -> list[str]:
    words = []
    for finding in run(check_id, source, target, *languages):
        text = source if finding.side == "source" else target
        words.append(text[finding.start:finding.end])
    return words
