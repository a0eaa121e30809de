"""Alignment checks: a sentence without translation, a translation without source, a length
far from the expected one, a segment too long to be a sentence at all."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from translator_gui.core import morphology
from translator_gui.core.checks.base import Check, Example, Finding, SegmentContext, Severity
from translator_gui.core.checks.text import both_sides, data_rows, is_bilingual

_WORD = re.compile(r"\S+")


class AlignmentOmission(Check):
    id = "omission-unaligned"
    whole_text = True
    name = "Source sentence without translation"
    description = "The alignment found no draft sentence for this source sentence (a 1-0 bead)."
    category = "Accuracy/Omission"
    severity = Severity.CRITICAL
    whole_segment = True
    bad_examples = (Example("Le premier atelier a eu lieu à Shanghai.", "",
                            flags=('Le premier atelier a eu lieu à Shanghai.',)),)
    good_examples = (
        Example("Le premier atelier a eu lieu à Shanghai.",
                "The first workshop took place in Shanghai."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        segment = context.segment
        if segment.source.strip() and not segment.target.strip() and is_bilingual(context):
            start = len(segment.source) - len(segment.source.lstrip())
            yield Finding("source", start, len(segment.source.rstrip()),
                          "This source sentence has no translation.",
                          hint="Translate it, or merge it with its neighbour if the alignment "
                               "split a sentence the draft kept whole.")


class AlignmentAddition(Check):
    id = "addition-unaligned"
    whole_text = True
    name = "Draft sentence without source"
    description = "The alignment found no source sentence for this draft sentence (a 0-1 bead)."
    category = "Accuracy/Addition"
    severity = Severity.MAJOR
    whole_segment = True
    bad_examples = (Example("", "The first workshop took place in Shanghai.",
                            flags=('The first workshop took place in Shanghai.',)),)
    good_examples = (
        Example("Le premier atelier a eu lieu à Shanghai.",
                "The first workshop took place in Shanghai."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        segment = context.segment
        if segment.target.strip() and not segment.source.strip() and is_bilingual(context):
            start = len(segment.target) - len(segment.target.lstrip())
            yield Finding("target", start, len(segment.target.rstrip()),
                          "This target sentence has no source: added?",
                          hint="Delete it if the source does not say it, or merge it with its "
                               "neighbour.")


@cache
def length_factor(source_language: str, target_language: str) -> float:
    """How long a translation runs against its source (resources/checks/length-ratios.tsv):
    outliers are judged on that expectation; 1.0 for a pair not listed."""
    for row in data_rows("length-ratios.tsv"):
        if len(row) >= 3 and (row[0], row[1]) == (source_language, target_language):
            return float(row[2])
    return 1.0


class LengthOutlier(Check):
    id = "length-outlier"
    whole_text = True
    name = "Translation much shorter or longer than the source"
    description = ("The target is less than 40% or more than 250% of the expected length of the "
                   "source (only for sentences of some length): part of it may be missing or added.")
    category = "Accuracy/Omission"
    severity = Severity.MAJOR
    whole_segment = True
    bad_examples = (
        Example("Des responsables et des experts de près de 40 pays et d'organisations "
                "internationales, dont l'ANASE et l'Union africaine, participent à l'atelier.",
                "Officials attend.", flags=('Officials attend.',)),
        Example("Il pleut.", "It is raining today, and the forecast says that it will keep "
                "raining for the whole of next week across the north of the country.",
                flags=("It is raining today, and the forecast says that it will keep raining for "
                       "the whole of next week across the north of the country.",)),
    )
    good_examples = (
        Example("Des responsables et des experts de près de 40 pays et d'organisations "
                "internationales, dont l'ANASE et l'Union africaine, participent à l'atelier.",
                "Officials and experts from nearly 40 countries and international organizations, "
                "including ASEAN and the African Union, are taking part in the workshop."),
        Example("Merci.", "Thank you very much."),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        if not both_sides(context):
            return
        segment = context.segment
        source, target = segment.source.strip(), segment.target.strip()
        expected = len(source) * length_factor(context.source_language,
                                               context.target_language)
        ratio = len(target) / max(1.0, expected)
        start = len(segment.target) - len(segment.target.lstrip())
        end = len(segment.target.rstrip())
        if ratio < 0.4 and len(source) >= 60:
            yield Finding("target", start, end,
                          f"The target is {ratio:.0%} of the expected length: part of the source "
                          "may be missing.", hint="Compare with the source for a missing part.")
        elif ratio > 2.5 and len(target) >= 60:
            yield Finding("target", start, end,
                          f"The target is {ratio:.1f} times the expected length: something may "
                          "have been added.", hint="Compare with the source for an added part.")


# A paste whose line breaks were lost: numbered agenda items run together with commas, about
# 30,000 characters (the examples of segment-too-long).
_RUN_ON_FR = "".join(f"Le point {n} de l'ordre du jour est adopté sans débat, " for n in range(600))
_RUN_ON_EN = "".join(f"Item {n} of the agenda is adopted without debate, " for n in range(600))


class SegmentTooLong(Check):
    id = "segment-too-long"
    whole_text = True
    name = "Segment too long to be a sentence"
    description = (f"A side of the segment is over {morphology.LONG_SEGMENT:,} characters: no "
                   "sentence is, so its line breaks were probably lost. The grammar and style "
                   "checks then read only its first part (the finding says how much); those of "
                   "numbers, dates, names, terms and document symbols read all of it.")
    category = "Design and markup"
    severity = Severity.MINOR
    whole_segment = True
    bad_examples = (
        # the grammar checks stop after 19,855 characters: at the « Le » of item 363
        Example(_RUN_ON_FR, _RUN_ON_EN, flags=("Le",)),
    )
    good_examples = (
        Example("Le point 12 de l'ordre du jour est adopté sans débat.",
                "Item 12 of the agenda is adopted without debate."),
        Example(_RUN_ON_FR[:morphology.LONG_SEGMENT], _RUN_ON_EN[:morphology.LONG_SEGMENT]),
    )

    def check_segment(self, context: SegmentContext) -> Iterable[Finding]:
        long_sides = [side for side in ("source", "target")
                      if len(context.text(side)) > morphology.LONG_SEGMENT]
        if not long_sides:
            return
        # One finding per segment: on the French side, where the parse stops too, else the longer.
        side = max(long_sides, key=lambda s: (context.language(s) == morphology.LANGUAGE,
                                              len(context.text(s))))
        text = context.text(side)
        covered = morphology.parsed_length(text)
        word = _WORD.search(text, covered)
        start, end = word.span() if word else (covered, len(text))
        # What the checks not reading whole texts read (Check.whole_text, for_check).
        read = f"its first {covered:,} characters, up to here"
        for other in long_sides:
            if other != side:
                other_text = context.text(other)
                read += (f", and the first {morphology.parsed_length(other_text):,} of the "
                         f"{other}'s {len(other_text):,}")
        message = (f"This segment is {len(text):,} characters long: no sentence is, its line "
                   f"breaks were probably lost. The grammar and style checks covered {read}; "
                   "the checks of numbers, dates, names, terms and document symbols covered "
                   "all of it.")
        yield Finding(side, start, end, message,
                      hint="Split it into its sentences, or restore the line breaks of the file "
                           "and open it again: every check then reads all of it.")
