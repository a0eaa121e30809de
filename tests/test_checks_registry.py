"""Every check in the catalogue is complete, and flags its own bad examples but not its good ones."""

from __future__ import annotations

import re

import pytest

from translator_gui.core.checks.base import (
    Check,
    Example,
    SegmentContext,
    Severity,
    all_checks,
    check_document,
    get_check,
)
from translator_gui.core.memory_learning import LearntCorrections
from translator_gui.core.model import ReviewDocument, Segment

MQM_ROOTS = ("Accuracy", "Terminology", "Linguistic conventions", "Fluency", "Style",
             "Locale conventions", "Design and markup", "Audience appropriateness")
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CHECKS = all_checks()


def document_for(example: Example) -> ReviewDocument:
    """A bilingual document (both files given) holding the example last, after its `others`."""
    pairs = (*example.others, (example.source, example.target))
    document = ReviewDocument([Segment(i, source, target, target)
                               for i, (source, target) in enumerate(pairs)],
                              example.source_language, example.target_language,
                              source_path="source.txt", draft_path="draft.txt")
    if example.memory:  # the corrections a translation memory learnt from these pairs
        document.memory = LearntCorrections(example.memory, example.source_language,
                                            example.target_language)
    return document


def findings(check: Check, example: Example) -> list:
    document = document_for(example)
    contexts = [SegmentContext(s, document.source_language, document.target_language, document)
                for s in document.segments]
    if check.scope == "document":
        last = len(document.segments) - 1  # the example's own segment, after its `others`
        return [f for index, f in check.check_document(document, contexts) if index == last]
    return list(check.check_segment(contexts[-1]))


def test_the_catalogue_is_not_empty():
    ids = {c.id for c in CHECKS}
    assert {"number-mismatch", "name-mismatch", "false-friend", "term-deprecated",
            "term-scrambled", "term-missing-translation"} <= ids


def test_ids_are_unique_and_kebab_case():
    ids = [c.id for c in CHECKS]
    assert len(ids) == len(set(ids))
    for check_id in ids:
        assert KEBAB.match(check_id), check_id


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.id)
def test_check_is_fully_described(check: Check):
    assert check.name and check.description and len(check.description) > 20
    assert check.category.split("/")[0] in MQM_ROOTS, check.category
    assert isinstance(check.severity, Severity)
    assert check.scope in ("segment", "document")
    assert check.bad_examples, "needs at least one bad example"
    assert check.good_examples, "needs at least one good example"


BAD = [(c, e) for c in CHECKS for e in c.bad_examples]
GOOD = [(c, e) for c in CHECKS for e in c.good_examples]


@pytest.mark.parametrize(("check", "example"), BAD,
                         ids=[f"{c.id}:{e.source[:30]}|{e.target[:30]}" for c, e in BAD])
def test_check_flags_its_bad_examples(check: Check, example: Example):
    found = sorted(findings(check, example), key=lambda f: (f.side != "source", f.start))
    assert found, f"{check.id} missed its bad example"
    words = []
    for finding in found:
        text = example.source if finding.side == "source" else example.target
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.message
        words.append(text[finding.start:finding.end])
    # Flagged at the declared span, and nothing else.
    assert tuple(words) == example.flags, f"{check.id} flagged {words}, declares {example.flags}"


@pytest.mark.parametrize(("check", "example"), GOOD,
                         ids=[f"{c.id}:{e.source[:30]}|{e.target[:30]}" for c, e in GOOD])
def test_check_spares_its_good_examples(check: Check, example: Example):
    found = findings(check, example)
    assert not found, f"{check.id} flagged its good example: {found}"


def test_english_checks_read_english_only():
    for check_id in ("en-repeated-word", "en-french-number-format", "en-french-punctuation",
                     "en-untranslated-french"):
        assert get_check(check_id).languages == ("en",)


def _issues(example: Example, source: str, target: str) -> list:
    document = ReviewDocument([Segment(0, source, target, target)], example.source_language,
                              example.target_language, source_path="source.txt",
                              draft_path="draft.txt")
    return check_document(document)


def _words(issue, source: str, target: str) -> tuple[str, str, str]:
    text = source if issue.side == "source" else target
    return issue.check, issue.side, text[issue.start:issue.end]


FIXABLE = [(c, e) for c, e in BAD if c.scope == "segment" or c.id == "name-in-capitals"]


@pytest.mark.slow
@pytest.mark.parametrize(("check", "example"), FIXABLE,
                         ids=[f"{c.id}:{e.source[:30]}|{e.target[:30]}" for c, e in FIXABLE])
def test_applying_a_replacement_raises_nothing_new_on_those_words(check: Check, example: Example):
    """Every replacement a check offers on its bad examples, applied alone, re-checks clean:
    no check flags the new words unless it flagged the same words before."""
    before = _issues(example, example.source, example.target)
    fixes = [i for i in before if i.check == check.id and i.replacement is not None]
    seen = {_words(i, example.source, example.target) for i in before}
    for issue in fixes:
        texts = {"source": example.source, "target": example.target}
        text = texts[issue.side]
        texts[issue.side] = text[:issue.start] + issue.replacement + text[issue.end:]
        end = issue.start + len(issue.replacement)
        after = _issues(example, texts["source"], texts["target"])
        new = [_words(i, texts["source"], texts["target"]) for i in after
               if i.side == issue.side and i.start < max(end, issue.start + 1)
               and i.end > issue.start]
        new = [w for w in new if w not in seen]
        assert new == [], (f"{check.id}: « {text[issue.start:issue.end]} » → "
                           f"« {issue.replacement} » raises {new}")


@pytest.mark.parametrize(("check", "example"), BAD,
                         ids=[f"{c.id}:{e.source[:30]}|{e.target[:30]}" for c, e in BAD])
def test_findings_carry_a_fix_and_a_declared_severity(check: Check, example: Example):
    """The check decides: a replacement or a hint on every finding (a hint may list the
    alternatives to a replacement); and a grade it declares (`severities`), so
    `translator-gui checks` shows what is emitted."""
    grades = check.severities or (check.severity,)
    for finding in findings(check, example):
        assert finding.replacement is not None or finding.hint is not None, finding
        assert (finding.severity or check.severity) in grades, finding


def test_calque_data_grades_are_declared():
    from translator_gui.core.checks.calques import calques

    assert {c.severity for c in calques()} <= set(get_check("fr-calque").severities)
