"""Alignment checks: unaligned sentences, length outliers, segments too long to be sentences."""

from __future__ import annotations

import pytest
from check_support import (
    only,
    run,
)

from translator_gui.core.checks import all_checks, check_document
from translator_gui.core.model import ReviewDocument, Segment
from translator_gui.core.morphology import LONG_SEGMENT, parsed_length, windows


def test_unaligned_sentences_are_omissions_or_additions():
    assert run("omission-unaligned", "Le premier atelier a eu lieu à Shanghai.", "")
    assert run("addition-unaligned", "", "The first workshop took place in Shanghai.")
    assert not run("omission-unaligned", "Merci.", "Thank you.")


def test_a_lone_text_is_not_full_of_omissions():
    # open_single leaves the other side empty throughout: nothing to compare.
    document = ReviewDocument([Segment(0, "Une phrase assez longue pour compter.", "", ""),
                               Segment(1, "Une autre phrase.", "", "")], "fr", "en",
                              source_path="seul.txt")
    document.checks.disabled = {c.id for c in all_checks()} - {
        "omission-unaligned", "length-outlier", "target-identical"}
    assert check_document(document) == []


@pytest.mark.parametrize(("source", "target", "flagged"), [
    ("Des responsables et des experts de près de 40 pays et d'organisations internationales, "
     "dont l'ANASE et l'Union africaine, participent à l'atelier.", "Officials attend.", True),
    ("Il pleut.", "It is raining today, and the forecast says that it will keep raining for the "
     "whole of next week across the north of the country.", True),
    ("Des responsables et des experts de près de 40 pays et d'organisations internationales, "
     "dont l'ANASE et l'Union africaine, participent à l'atelier.",
     "Officials and experts from nearly 40 countries and international organizations, including "
     "ASEAN and the African Union, are taking part in the workshop.", False),
    ("Merci.", "Thank you very much.", False),  # short sentences vary a lot: never flagged
    ("Oui.", "Yes, indeed, that is right.", False),
])
def test_length_outlier(source, target, flagged):
    assert bool(run("length-outlier", source, target)) is flagged


# -- a segment too long to be a sentence (issue 13 item 7) --------------------------------------

def _run_on(language: str, size: int, seed: int = 0) -> str:
    from long_text import long_text  # clauses joined by commas and colons, no sentence break

    return long_text(language, "prose", size, seed)


def test_a_run_on_segment_gets_one_finding_where_the_grammar_checks_stop():
    french, english = _run_on("fr", 50_000), _run_on("en", 60_000, seed=1)
    assert (len(french), len(english)) == (49_991, 59_994)
    # The parse reads whole windows while they fit in 20,000 characters: four here.
    assert [len(w) for w in windows(french)[:5]] == [4910, 4840, 4919, 4735, 4891]
    assert parsed_length(french) == 4910 + 4840 + 4919 + 4735 == 19_404
    found = run("segment-too-long", french, english)
    # Both sides are too long; the one finding goes on the French side, whose grammar checks
    # were cut short, at the first word they did not read.
    assert [(f.side, f.start, f.end, french[f.start:f.end]) for f in found] == [
        ("source", 19_404, 19_406, "le")]
    assert found[0].message == (
        "This segment is 49,991 characters long: no sentence is, its line breaks were probably "
        "lost. The grammar and style checks covered its first 19,404 characters, up to here, "
        "and the first 19,720 of the target's 59,994; the checks of numbers, dates, names, "
        "terms and document symbols covered all of it.")
    assert found[0].replacement is None
    assert found[0].hint == ("Split it into its sentences, or restore the line breaks of the "
                             "file and open it again: every check then reads all of it.")


def test_a_run_on_english_side_alone_is_flagged_where_its_checks_stop():
    english = _run_on("en", 60_000, seed=1)
    found = run("segment-too-long", "Le conseil a adopté le budget.", english)
    assert [(f.side, f.start, f.end, english[f.start:f.end]) for f in found] == [
        ("target", 19_720, 19_725, "local")]
    assert found[0].message == (
        "This segment is 59,994 characters long: no sentence is, its line breaks were probably "
        "lost. The grammar and style checks covered its first 19,720 characters, up to here; the "
        "checks of numbers, dates, names, terms and document symbols covered all of it.")


@pytest.mark.parametrize("size", [40, 5_000, LONG_SEGMENT])
def test_a_segment_up_to_the_bound_is_not_flagged(size):
    french, english = _run_on("fr", size), _run_on("en", size)
    assert max(len(french), len(english)) <= LONG_SEGMENT
    assert run("segment-too-long", french, english) == []
    assert parsed_length(french) == len(french)  # parsed whole


def test_the_document_run_flags_the_long_segment_only():
    long_french = _run_on("fr", 30_000, seed=2)
    document = ReviewDocument([
        Segment(0, "Le conseil a adopté le budget.", "The council adopted the budget.",
                "The council adopted the budget."),
        Segment(1, long_french, "The council adopted the budget, and more.",
                "The council adopted the budget, and more."),
        Segment(2, "La séance est levée.", "The meeting is closed.", "The meeting is closed.")],
        "fr", "en")
    issues = check_document(only(document, "segment-too-long"))
    assert [(i.segment, i.side, i.severity.value) for i in issues] == [(1, "source", "minor")]
