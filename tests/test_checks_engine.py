"""The check engine: disabling, severity overrides, ignored occurrences, failing checks."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pytest

from translator_gui.core.cancel import Cancelled
from translator_gui.core.checks import base, overlaps
from translator_gui.core.checks.base import (
    Check,
    Example,
    Finding,
    SegmentContext,
    Severity,
    check_document,
    check_segment,
    check_segments,
    ignore,
    register,
    unignore,
)
from translator_gui.core.model import CheckSettings, ReviewDocument, Segment


class _Word(Check):
    """Flags every occurrence of a word in the target (a stand-in for a real check)."""

    word = "zorg"
    name = "test word"
    description = "flags a test word in the target"
    category = "Style"
    severity = Severity.MINOR
    bad_examples = (Example("x", "zorg"),)
    good_examples = (Example("x", "y"),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        for match in re.finditer(rf"\b{self.word}\b", context.segment.target):
            yield Finding("target", match.start(), match.end(), f"{self.word} found",
                          self.word.upper())


class _Zorg(_Word):
    id = "test-zorg"


class _Blip(_Word):
    id = "test-blip"
    word = "blip"


class _Broken(Check):
    id = "test-broken"
    name = "broken"
    description = "always raises, after one finding"
    category = "Style"
    bad_examples = (Example("x", "y"),)
    good_examples = (Example("x", "y"),)

    def check_segment(self, context: SegmentContext) -> Iterator[Finding]:
        yield Finding("target", 5, 6, "first")  # ("and": no other check flags it)
        raise RuntimeError("this check is broken")


class _BrokenDocument(Check):
    id = "test-broken-document"
    name = "broken document check"
    description = "raises in the document pass"
    category = "Style"
    scope = "document"
    bad_examples = (Example("x", "y"),)
    good_examples = (Example("x", "y"),)

    def check_document(self, document, contexts):
        raise ValueError("boom")


class _OutOfRange(Check):
    id = "test-out-of-range"
    name = "bad spans"
    description = "returns a span past the end of the text"
    category = "Style"
    bad_examples = (Example("x", "y"),)
    good_examples = (Example("x", "y"),)

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        yield Finding("target", 0, 10_000, "too long")


class _FirstWordInDocument(Check):
    id = "test-document-scope"
    name = "document scope"
    description = "flags the first word of the last segment"
    category = "Style"
    scope = "document"
    bad_examples = (Example("x", "y"),)
    good_examples = (Example("x", "y"),)

    def check_document(self, document, contexts):
        last = len(document.segments) - 1
        yield last, Finding("source", 0, 2, "document-wide")
        yield last + 5, Finding("source", 0, 2, "no such segment")


TEST_CHECKS = (_Zorg, _Blip, _Broken, _BrokenDocument, _OutOfRange, _FirstWordInDocument)


@pytest.fixture
def only_test_checks(monkeypatch):
    """The engine runs our test checks alone (the real catalogue is tested elsewhere)."""
    registry: dict[str, Check] = {}
    monkeypatch.setattr(base, "_REGISTRY", registry)
    monkeypatch.setattr(base, "_load_catalogue", lambda: None)
    for check_class in TEST_CHECKS:
        register(check_class)
    return registry


def _document(*targets: str) -> ReviewDocument:
    return ReviewDocument([Segment(i, f"source {i}", t, t) for i, t in enumerate(targets)],
                          "fr", "en", source_path="s.txt", draft_path="d.txt")


def _of(issues, check_id):
    return [i for i in issues if i.check == check_id]


def test_register_refuses_a_duplicate_id(only_test_checks):
    with pytest.raises(ValueError, match="duplicate"):
        register(_Zorg)


def test_a_failing_check_never_stops_the_others(only_test_checks, caplog):
    document = _document("zorg and blip")
    issues = check_segment(document, 0)
    assert _of(issues, "test-zorg") and _of(issues, "test-blip")
    # What the broken check found before it raised is kept; its failure is logged.
    assert [i.message for i in _of(issues, "test-broken")] == ["first"]
    assert "test-broken failed" in caplog.text
    everything = check_document(document)
    assert _of(everything, "test-zorg") and _of(everything, "test-blip")
    assert "test-broken-document failed" in caplog.text


def test_spans_outside_the_text_are_dropped(only_test_checks, caplog):
    issues = check_segment(_document("zorg"), 0)
    assert not _of(issues, "test-out-of-range")
    assert "outside" in caplog.text


def test_document_checks_run_and_bad_segment_indices_are_dropped(only_test_checks):
    issues = check_document(_document("a", "b"))
    found = _of(issues, "test-document-scope")
    assert [(i.segment, i.message) for i in found] == [(1, "document-wide")]
    # The live re-check of one segment runs segment checks only.
    assert not _of(check_segment(_document("a", "b"), 1), "test-document-scope")


def test_disabled_check_does_not_run(only_test_checks):
    document = _document("zorg blip")
    document.checks.disabled.add("test-zorg")
    issues = check_segment(document, 0)
    assert not _of(issues, "test-zorg") and _of(issues, "test-blip")
    assert not _of(check_document(document), "test-zorg")


def test_severity_override(only_test_checks):
    document = _document("zorg")
    document.checks.severity["test-zorg"] = "critical"
    (issue,) = _of(check_segment(document, 0), "test-zorg")
    assert issue.severity is Severity.CRITICAL
    # An unknown grade in a hand-edited project falls back to the default, it does not crash.
    document.checks.severity["test-zorg"] = "catastrophic"
    (issue,) = _of(check_segment(document, 0), "test-zorg")
    assert issue.severity is Severity.MINOR


def test_ignored_occurrence_survives_recheck_and_edits_elsewhere(only_test_checks):
    document = _document("zorg one, zorg two")
    issues = _of(check_segment(document, 0), "test-zorg")
    assert len(issues) == 2
    record = ignore(document, issues[1], check_segment(document, 0))
    assert record.occurrence == 1 and record.text == "zorg"
    # Re-check: only the first occurrence is left.
    left = _of(check_segment(document, 0), "test-zorg")
    assert [(i.start, i.end) for i in left] == [(0, 4)]
    # Edit elsewhere in the segment (offsets move): the dismissed one stays dismissed.
    document.set_target(0, "Well, zorg one and then zorg two.")
    left = _of(check_segment(document, 0), "test-zorg")
    assert len(left) == 1 and left[0].start == 6
    assert len(_of(check_document(document), "test-zorg")) == 1
    # Other checks on the same segment are untouched.
    document.set_target(0, "Well, zorg one and then zorg two, blip.")
    assert _of(check_segment(document, 0), "test-blip")
    # The record round-trips through the project settings and can be taken back.
    document.checks = CheckSettings.from_json(document.checks.to_json())
    assert len(_of(check_segment(document, 0), "test-zorg")) == 1
    unignore(document, record)
    assert len(_of(check_segment(document, 0), "test-zorg")) == 2


def test_ignoring_each_occurrence_in_turn(only_test_checks):
    document = _document("zorg one, zorg two, zorg three")
    for _ in range(3):
        shown = _of(check_segment(document, 0), "test-zorg")
        ignore(document, shown[0], shown)
    assert not _of(check_segment(document, 0), "test-zorg")
    assert sorted(i.occurrence for i in document.checks.ignored) == [0, 1, 2]


def test_ignoring_applies_to_one_segment_only(only_test_checks):
    document = _document("zorg", "zorg")
    (issue,) = _of(check_segment(document, 0), "test-zorg")
    ignore(document, issue, [issue])
    assert not _of(check_segment(document, 0), "test-zorg")
    assert _of(check_segment(document, 1), "test-zorg")


def test_ignoring_twice_keeps_one_record(only_test_checks):
    document = _document("zorg")
    (issue,) = _of(check_segment(document, 0), "test-zorg")
    ignore(document, issue, [issue])
    ignore(document, issue, [issue])
    assert len(document.checks.ignored) == 1


def test_progress_and_cancel(only_test_checks):
    document = _document("zorg", "zorg", "zorg")
    seen = []
    check_document(document, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (3, 3)
    with pytest.raises(Cancelled):  # never a partial list that looks like the answer
        check_document(document, cancelled=lambda: True)


def test_issue_json_has_the_cli_schema(only_test_checks):
    (issue,) = _of(check_segment(_document("zorg"), 0), "test-zorg")
    assert issue.to_json() == {"segment": 0, "side": "target", "start": 0, "end": 4,
                               "check": "test-zorg", "category": "Style", "severity": "minor",
                               "message": "zorg found", "suggestion": "ZORG",
                               "replacement": "ZORG", "hint": None}


# -- the real catalogue on arbitrary text ---------------------------------------------------------

from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from property_budget import examples  # noqa: E402

_TEXT = st.text(alphabet=st.sampled_from(list(
    "aàbcçdeéèêfghiîjklmnoôpqrstuùvwxyzABCDEÉFGLMNOPRSTUZ0123456789 ,.;:!?'’«»\"-/%$€()"
    "\u00a0\u202f\n\t")), max_size=120)


def _run_every_check(source: str, target: str, checks) -> None:
    """Every check's findings on the pair, both ways round, called directly (the engine would
    log and swallow an exception: here it fails the test) with spans inside their text."""
    for source_language, target_language in (("fr", "en"), ("en", "fr")):
        document = ReviewDocument([Segment(0, source, target, target)], source_language,
                                  target_language, source_path="s.txt", draft_path="d.txt")
        contexts = [SegmentContext(document.segments[0], source_language, target_language,
                                   document)]
        for check in checks:
            if not check.applies_to(source_language, target_language):
                continue
            check.prepare(contexts)
            if check.scope == "document":
                found = [f for _index, f in check.check_document(document, contexts)]
            else:
                found = list(check.check_segment(contexts[0]))
            for finding in found:
                text = source if finding.side == "source" else target
                assert 0 <= finding.start <= finding.end <= len(text), (check.id, finding)
                # the check decides what its finding offers: a fix to apply or words to read
                assert finding.replacement is not None or finding.hint is not None, (
                    check.id, finding)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
# the ends of a text, always tried: nothing, one letter, a figure, a capitalized word last
@example(source="", target="")
@example(source="É", target="1")
@example(source="Ensuite, Ouvrez", target="Then, Open")
@given(source=_TEXT, target=_TEXT)
def test_checks_that_need_no_parse_survive_any_text(source, target):
    from translator_gui.core.checks.base import all_checks

    # The checks that read a spaCy parse run in the slow lane below.
    _run_every_check(source, target, [c for c in all_checks() if not c.needs_parse])


@pytest.mark.slow
@settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=_TEXT, target=_TEXT)
def test_every_check_survives_any_text(source, target):
    from translator_gui.core.checks.base import all_checks

    _run_every_check(source, target, all_checks())


# -- the per-revision cache ---------------------------------------------------------------------

def test_run_cache_lives_until_the_next_edit():
    document = _document("zorg", "blip")
    first = base.run_cache(document)
    assert base.run_cache(document) is first
    assert first.get("answer", lambda: 42) == 42
    assert first.get("answer", lambda: 0) == 42  # computed once
    document.set_target(0, "zorg zorg")
    second = base.run_cache(document)
    assert second is not first and second.get("answer", lambda: 7) == 7
    document.touch()  # an edit made outside the model's methods
    assert base.run_cache(document) is not second


def test_a_copied_document_does_not_share_the_cache():
    import copy

    document = _document("zorg")
    cache = base.run_cache(document)
    shallow = copy.copy(document)
    assert base.run_cache(shallow) is not cache
    assert base.run_cache(document) is cache
    assert copy.deepcopy(document).check_cache is not cache


def test_run_cache_is_shared_safely_between_threads():
    import threading
    import time

    document = _document("zorg")
    cache = base.run_cache(document)
    calls: list[int] = []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.01)
        return len(calls)

    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("slow", slow)))
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [1] and results == [1] * 8


# -- one finding per span ------------------------------------------------------------------------

class _Span(Check):
    """Flags fixed spans of the target with a given severity and fix (a stand-in)."""

    name = "span"
    description = "flags a fixed span"
    category = "Style"
    bad_examples = (Example("x", "y"),)
    good_examples = (Example("x", "y"),)
    spans: tuple[tuple[int, int], ...] = ()
    replacement: str | None = None

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        for start, end in self.spans:
            yield Finding("target", start, end, self.id, replacement=self.replacement,
                          hint=None if self.replacement else "a hint")


class _MinorWord(_Span):
    id = "test-minor-word"
    spans = ((4, 9),)


class _MajorPhrase(_Span):
    id = "test-major-phrase"
    severity = Severity.MAJOR
    spans = ((0, 9),)


class _MinorFix(_Span):
    id = "test-minor-fix"
    spans = ((4, 9),)
    replacement = "words"


class _Elsewhere(_Span):
    id = "test-elsewhere"
    spans = ((10, 14),)


class _Segment(_Span):
    id = "test-whole-segment"
    severity = Severity.CRITICAL
    whole_segment = True
    spans = ((0, 14),)


class _YieldingFix(_Span):
    """A quick check that leaves its word to test-minor-word (as the lexicon agreement check
    leaves it to the parse-based one), though its replacement would otherwise win."""

    id = "test-yielding-fix"
    spans = ((4, 9), (10, 14))
    replacement = "words"
    yields_to = ("test-minor-word",)


@pytest.fixture
def span_checks(monkeypatch):
    registry = {c.id: c for c in (_MinorWord(), _MajorPhrase(), _MinorFix(), _Elsewhere(),
                                  _Segment(), _YieldingFix())}
    monkeypatch.setattr(base, "_REGISTRY", registry)
    monkeypatch.setattr(base, "_load_catalogue", lambda: None)


def _checked(*enabled: str) -> list[tuple[str, int, int]]:
    document = _document("the wordy text")
    document.checks.disabled = {c for c in base._REGISTRY if c not in enabled}
    return [(i.check, i.start, i.end) for i in check_document(document)]


def test_overlapping_findings_keep_the_most_severe(span_checks):
    assert _checked("test-minor-word", "test-major-phrase") == [("test-major-phrase", 0, 9)]


def test_at_equal_severity_a_replacement_wins_over_a_hint(span_checks):
    assert _checked("test-minor-word", "test-minor-fix") == [("test-minor-fix", 4, 9)]
    document = _document("the wordy text")
    document.checks.disabled = {"test-major-phrase", "test-elsewhere", "test-whole-segment",
                                "test-yielding-fix"}
    assert [i.check for i in check_segment(document, 0)] == ["test-minor-fix"]  # live re-check


def test_a_check_gives_way_where_the_check_it_yields_to_starts_a_finding(span_checks):
    assert _checked("test-minor-word", "test-yielding-fix") == [
        ("test-minor-word", 4, 9), ("test-yielding-fix", 10, 14)]
    document = _document("the wordy text")
    document.checks.disabled = {c for c in base._REGISTRY
                                if c not in ("test-minor-word", "test-yielding-fix")}
    assert [(i.check, i.start) for i in check_segment(document, 0)] == [
        ("test-minor-word", 4), ("test-yielding-fix", 10)]  # live re-check
    # without the check it yields to, its findings stand
    assert _checked("test-yielding-fix") == [("test-yielding-fix", 4, 9),
                                              ("test-yielding-fix", 10, 14)]


def test_findings_on_other_words_and_on_the_whole_segment_stay(span_checks):
    assert _checked("test-minor-word", "test-elsewhere", "test-whole-segment") == [
        ("test-whole-segment", 0, 14), ("test-minor-word", 4, 9), ("test-elsewhere", 10, 14)]


# -- parse-based checks: after the others, only where they want a parse --------------------------


class _Parsed(Check):
    """Stands for a parse-based check: it records the order it runs in and flags « mot »."""

    id = "test-parsed"
    name = "parse-based"
    description = "flags « mot » in the French, where its prefilter lets it run"
    category = "Style"
    languages = ("fr",)
    needs_parse = True
    bad_examples = (Example("un mot", "a word"),)
    good_examples = (Example("rien", "nothing"),)
    calls: list[str] = []

    def wants_parse(self, text: str) -> bool:
        return "mot" in text

    def check_segment(self, context: SegmentContext) -> Iterator[Finding]:
        _Parsed.calls.append(context.segment.source)
        at = context.segment.source.find("mot")
        if at >= 0:
            yield Finding("source", at, at + 3, "mot")


class _Quick(Check):
    id = "test-quick"
    name = "quick"
    description = "records the order it runs in"
    category = "Style"
    bad_examples = (Example("x", "y"),)
    good_examples = (Example("x", "y"),)

    def check_segment(self, context: SegmentContext) -> Iterator[Finding]:
        _Parsed.calls.append("quick " + context.segment.source)
        return iter(())


class _NoParser:
    """A Morphology stand-in: counts the texts it is asked to parse in batches."""

    available = True

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def prefetch(self, texts: list[str]) -> int:
        self.batches.append(list(texts))
        return len(texts)


@pytest.fixture
def parse_checks(monkeypatch):
    from translator_gui.core import morphology

    registry: dict[str, Check] = {}
    monkeypatch.setattr(base, "_REGISTRY", registry)
    monkeypatch.setattr(base, "_load_catalogue", lambda: None)
    register(_Parsed)
    register(_Quick)
    register(_Zorg)
    analyser = _NoParser()
    monkeypatch.setattr(morphology, "french", lambda: analyser)
    _Parsed.calls = []
    return analyser


def _french(*sources: str) -> ReviewDocument:
    return ReviewDocument([Segment(i, s, "zorg", "zorg") for i, s in enumerate(sources)],
                          "fr", "en", source_path="s.txt", draft_path="d.txt")


def _pairs(*pairs: tuple[str, str]) -> ReviewDocument:
    return ReviewDocument([Segment(i, s, t, t) for i, (s, t) in enumerate(pairs)],
                          "fr", "en", source_path="s.txt", draft_path="d.txt")


def test_parse_based_checks_run_after_the_others_on_the_texts_they_want(parse_checks):
    document = _french("un mot", "rien", "encore un mot")
    early: list[list[str]] = []
    issues = check_document(document, first_flags=lambda found: early.append(
        [f"{i.check}@{i.segment}" for i in found.issues]))
    assert _Parsed.calls == ["quick un mot", "quick rien", "quick encore un mot",
                             "un mot", "encore un mot"]
    assert parse_checks.batches == [["un mot", "encore un mot"]]  # « rien » is never parsed
    assert early == [["test-zorg@0", "test-zorg@1", "test-zorg@2"]]
    assert [(i.check, i.segment, i.start, i.end) for i in issues] == [
        ("test-parsed", 0, 3, 6), ("test-zorg", 0, 0, 4), ("test-zorg", 1, 0, 4),
        ("test-parsed", 2, 10, 13), ("test-zorg", 2, 0, 4)]


def test_early_issues_come_check_by_check_on_the_first_segments_then_by_chunk(
        parse_checks, monkeypatch):
    monkeypatch.setattr(base, "FIRST_QUICK_CHUNK", 2)
    monkeypatch.setattr(base, "QUICK_CHUNK", 2)
    monkeypatch.setattr(base, "EARLY_REPORT_INTERVAL", 0.0)
    register(_Blip)
    document = _pairs(("un mot", "blip zorg"), ("rien", "zorg"), ("rien", "blip zorg"),
                      ("encore un mot", "zorg"), ("mot", "blip zorg"))
    early: list[tuple[list[str], tuple[str, ...], tuple[str, ...]]] = []
    issues = check_document(document, first_flags=lambda found: early.append(
        ([f"{i.check}@{i.segment}" for i in found.issues], found.waiting, found.parsing)))
    quick = ("test-quick", "test-zorg", "test-blip")
    assert early == [
        # the first two segments: a report after each check that found something
        (["test-zorg@0", "test-zorg@1"], quick, ("test-parsed",)),
        (["test-blip@0", "test-zorg@0", "test-zorg@1"], quick, ("test-parsed",)),
        # then one report per chunk of segments, the last with every quick check done
        (["test-blip@0", "test-zorg@0", "test-zorg@1", "test-blip@2", "test-zorg@2",
          "test-zorg@3"], quick, ("test-parsed",)),
        (["test-blip@0", "test-zorg@0", "test-zorg@1", "test-blip@2", "test-zorg@2",
          "test-zorg@3", "test-blip@4", "test-zorg@4"], (), ("test-parsed",))]
    assert [f"{i.check}@{i.segment}" for i in issues] == [
        "test-parsed@0", "test-blip@0", "test-zorg@0", "test-zorg@1", "test-blip@2",
        "test-zorg@2", "test-parsed@3", "test-zorg@3", "test-parsed@4", "test-blip@4",
        "test-zorg@4"]


def test_early_issues_of_a_short_document_say_which_quick_checks_are_still_to_run(
        parse_checks, monkeypatch):
    monkeypatch.setattr(base, "EARLY_REPORT_INTERVAL", 0.0)
    register(_Blip)
    early: list[tuple[int, tuple[str, ...]]] = []
    check_document(_pairs(("rien", "blip zorg")), first_flags=lambda found: early.append(
        (len(found.issues), found.waiting)))
    assert early == [(1, ("test-blip",)), (2, ())]


def test_live_recheck_skips_a_parse_based_check_its_prefilter_turns_away(parse_checks):
    document = _french("rien", "un mot")
    assert [i.check for i in check_segment(document, 0)] == ["test-zorg"]
    assert [i.check for i in check_segment(document, 1)] == ["test-parsed", "test-zorg"]
    assert _Parsed.calls == ["quick rien", "un mot", "quick un mot"]


def test_a_bulk_recheck_parses_in_small_batches_and_finds_what_check_segment_finds(parse_checks):
    document = _french("un mot", "rien", "encore un mot", "mot")
    found = check_segments(document, [3, 0, 1], batch_size=1)
    assert parse_checks.batches == [["mot"], ["un mot"]]  # « rien » is never parsed
    assert {index: [(i.check, i.start, i.end) for i in issues]
            for index, issues in found.items()} == {
        3: [("test-parsed", 0, 3), ("test-zorg", 0, 4)],
        0: [("test-parsed", 3, 6), ("test-zorg", 0, 4)],
        1: [("test-zorg", 0, 4)]}
    assert found == {index: check_segment(document, index) for index in (3, 0, 1)}


def test_a_bulk_recheck_stops_when_told(parse_checks):
    document = _french("un mot", "rien")
    with pytest.raises(Cancelled):
        check_segments(document, [0, 1], cancelled=lambda: True)
    assert parse_checks.batches == []


class _ParsedHint(_Parsed):
    """A parse-based check whose findings (hints, minor) cover the word « mot »."""

    id = "test-parsed-hint"
    may_replace = False

    def wants_parse(self, text: str) -> bool:
        return "mot" in text

    def parse_spans(self, text: str) -> list[tuple[int, int]]:
        at = text.find("mot")
        return [(at, at + 3)]

    def check_segment(self, context: SegmentContext) -> Iterator[Finding]:
        _Parsed.calls.append(context.segment.source)
        at = context.segment.source.find("mot")
        yield Finding("source", at, at + 3, "mot", hint="a hint")


class _GraveSource(Check):
    """A quick check: a major issue on « un mot » in the source."""

    id = "test-grave-source"
    name = "grave"
    description = "flags « un mot »"
    category = "Style"
    severity = Severity.MAJOR
    bad_examples = (Example("un mot", "a word"),)
    good_examples = (Example("rien", "nothing"),)

    def check_segment(self, context: SegmentContext) -> Iterator[Finding]:
        at = context.segment.source.find("un mot")
        if at >= 0:
            yield Finding("source", at, at + 6, "grave", replacement="un terme")


def test_a_text_whose_parse_findings_graver_issues_cover_is_not_parsed(parse_checks, monkeypatch):
    registry = {c.id: c for c in (_ParsedHint(), _GraveSource())}
    monkeypatch.setattr(base, "_REGISTRY", registry)
    document = _french("un mot", "le mot")
    issues = check_document(document)
    # « un mot »: the major issue covers « mot », where every finding of the minor parse-based
    # check would be: no parse. « le mot » is parsed.
    assert parse_checks.batches == [["le mot"]]
    assert [(i.check, i.segment, i.start, i.end) for i in issues] == [
        ("test-grave-source", 0, 0, 6), ("test-parsed-hint", 1, 3, 6)]
    # the live re-check parses and finds the same
    assert [i.check for i in check_segment(document, 0)] == ["test-grave-source"]


class _RecordingAnalyser:
    """Stands in for the French model: records what parse_pass asks it to parse."""

    available = True

    def __init__(self) -> None:
        self.batches: list[tuple[list[str], int]] = []

    def prefetch(self, texts: list[str], batch_size: int = 32) -> int:
        self.batches.append((list(texts), batch_size))
        return len(texts)


class _WantsEveryText(base.Check):
    id = "test-wants-every-text"
    name = description = "test"
    category = "Test"
    needs_parse = True


def test_parse_pass_parses_each_chunk_in_batches_of_the_size_asked(monkeypatch) -> None:
    from translator_gui.core import morphology

    analyser = _RecordingAnalyser()
    monkeypatch.setattr(morphology, "french", lambda: analyser)
    document = ReviewDocument([Segment(i, f"Phrase {i}.", f"Sentence {i}.", f"Sentence {i}.")
                               for i in range(5)], "fr", "en")
    contexts = [SegmentContext(s, "fr", "en", document) for s in document.segments]
    ran: list[int] = []
    base.parse_pass([_WantsEveryText()], contexts, lambda _c, index, _ctx: ran.append(index),
                    chunk=2, batch_size=7)
    assert analyser.batches == [(["Phrase 0.", "Phrase 1."], 7), (["Phrase 2.", "Phrase 3."], 7),
                                (["Phrase 4."], 7)]
    assert ran == [0, 1, 2, 3, 4]
    analyser.batches.clear()
    base.parse_pass([_WantsEveryText()], contexts, lambda *_args: None)
    assert analyser.batches == [([f"Phrase {i}." for i in range(5)], base.PARSE_BATCH)]


# -- one issue per span: the stretch index answers as comparing with every kept issue ----------

def _one_per_span_by_comparison(issues: list[base.Issue]) -> list[base.Issue]:
    """one_per_span as first written: each issue compared with every issue kept before it."""
    order = {check_id: rank for rank, check_id in enumerate(base._REGISTRY)}
    kept: list[base.Issue] = []
    for issue in sorted(set(issues), key=lambda i: (
            -i.severity.rank, i.replacement is None, i.hint is None, -(i.end - i.start),
            order.get(i.check, len(order)), i.start, i.message)):
        if not overlaps.about_whole_segment(issue) and any(
                other.segment == issue.segment and other.side == issue.side
                and other.check != issue.check and not overlaps.about_whole_segment(other)
                and other.start < max(issue.end, issue.start + 1)
                and issue.start < max(other.end, other.start + 1) for other in kept):
            continue
        kept.append(issue)
    return kept


_CHECK_IDS = ["spelling", "fr-calque", "number-mismatch", "segment-too-long", "length-outlier"]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1), st.sampled_from(["source", "target"]),
                          st.integers(0, 300), st.sampled_from([0, 1, 3, 64, 70, 200]),
                          st.sampled_from(_CHECK_IDS), st.sampled_from(list(Severity)),
                          st.booleans()), max_size=40))
def test_one_per_span_keeps_what_comparing_with_every_issue_kept(rows) -> None:
    issues = [base.Issue(segment, side, start, start + length, check, "Style", severity,
                         f"m{start}", replacement="x" if fix else None,
                         suggestion="x" if fix else None)
              for segment, side, start, length, check, severity, fix in rows]
    assert overlaps.one_per_span(issues) == _one_per_span_by_comparison(issues)


@pytest.mark.parametrize(("source_language", "target_language", "language", "sides"), [
    ("fr", "en", "fr", ["source"]), ("fr", "en", "en", ["target"]), ("fr", "en", "de", []),
    ("en", "fr", "fr", ["target"]), ("en", "fr", "en", ["source"]),
    ("fr", "fr", "fr", ["source", "target"]), ("fr", "fr", "en", []),
])
def test_sides_in_a_language(source_language: str, target_language: str, language: str,
                             sides: list[str]) -> None:
    context = SegmentContext(Segment(0, "Le texte.", "The text.", "The text."),
                             source_language, target_language)
    assert context.sides_in(language) == sides
