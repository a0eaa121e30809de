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
    return [french[i.start:i.end] for i in check_document(document)
            if i.check == check_id and i.side == side and i.segment == last]


def assert_french_flags(check_id: str, french: str, expected: list[str],
                        **kwargs: object) -> None:
    found = french_flagged(check_id, french, **kwargs)  # type: ignore[arg-type]
    if not expected:
        assert found == [], f"{check_id} cried wolf on {french!r}: {found}"
        return
    for words in expected:
        assert any(words in span or span in words for span in found), (
            f"{check_id} missed {words!r} in {french!r} (found {found})")


def english_flagged(check_id: str, english: str, *, english_is_target: bool = True) -> list[str]:
    """The English words `check_id` flags when `english` is one side of a one-pair document."""
    if english_is_target:
        document = ReviewDocument([Segment(0, "Texte français.", english, english)], "fr", "en")
    else:
        document = ReviewDocument([Segment(0, english, "Texte français.", "Texte français.")],
                                  "en", "fr")
    only(document, check_id)
    side = "target" if english_is_target else "source"
    return [english[i.start:i.end] for i in check_document(document)
            if i.check == check_id and i.side == side]


def assert_english_flags(check_id: str, english: str, expected: list[str]) -> None:
    found = english_flagged(check_id, english)
    if not expected:
        assert found == [], f"{check_id} cried wolf on {english!r}: {found}"
        return
    for words in expected:
        assert any(words in span or span.strip() in words for span in found), (
            f"{check_id} missed {words!r} in {english!r} (found {found})")


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
