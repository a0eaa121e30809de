"""Per-document answers live with the document and its revision, per-termbase ones with the
termbase: no module-level table keyed on id() (a stale answer outlived edits and objects)."""
from __future__ import annotations

from translator_gui.core.checks.base import SegmentContext
from translator_gui.core.checks.mt_support import both_sides
from translator_gui.core.checks.spelling import _term_words
from translator_gui.core.model import ReviewDocument, Segment
from translator_gui.core.termbase import Termbase, TermEntry


def test_a_lone_source_file_becomes_a_pair_once_a_draft_is_given() -> None:
    document = ReviewDocument([Segment(0, "Le rapport est publié.", "The report is out.",
                                       "The report is out.")],
                              "fr", "en", source_path="source.txt")
    context = SegmentContext(document.segments[0], "fr", "en", document)
    assert both_sides(context) is False  # one file: the target side is not a draft to compare

    document.draft_path = "draft.txt"
    document.touch()
    context = SegmentContext(document.segments[0], "fr", "en", document)
    assert both_sides(context) is True  # same object, same segment count, new revision


def test_term_words_follow_the_termbase_object_and_its_entries() -> None:
    first = Termbase([TermEntry("1", approved={"fr": "Assemblée générale", "en": "General Assembly"})])
    assert _term_words(first, "en") == frozenset({"general", "assembly"})
    assert _term_words(first, "fr") == frozenset({"assemblee", "generale"})

    first.add(TermEntry("2", approved={"en": "Security Council"}))
    assert _term_words(first, "en") == frozenset({"general", "assembly", "security", "council"})

    second = Termbase([TermEntry("3", approved={"en": "Secretariat"})])
    assert _term_words(second, "en") == frozenset({"secretariat"})
    assert _term_words(first, "fr") == frozenset({"assemblee", "generale"})
