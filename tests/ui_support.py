"""Shared material for the window's tests: a small document and a predictable stand-in check.

The stand-in check replaces the real catalogue for the duration of a test (monkeypatched
registry), so these tests exercise the window's plumbing, not the other helpers' checks.
"""

from __future__ import annotations

import re

from translator_gui.core.checks import base
from translator_gui.core.checks.base import Check, Finding, Severity
from translator_gui.core.model import Bead, ReviewDocument, Segment


class ActuallyCheck(Check):
    """Flags the false friend 'actually' in an English target (French 'actuellement')."""

    id = "test-false-friend"
    name = "False friend (test)"
    description = "actuellement is currently, not actually"
    category = "Accuracy/Mistranslation"
    severity = Severity.MAJOR

    def check_segment(self, context):
        for match in re.finditer(r"\bactually\b", context.segment.target):
            if "actuellement" in context.segment.source:
                yield Finding("target", match.start(), match.end(),
                              "“actuellement” means currently", "currently")


class SourceSpacingCheck(Check):
    """Flags a double space in the source, so the source side has underlines too."""

    id = "test-double-space"
    name = "Double space (test)"
    description = "two spaces in a row"
    category = "Fluency/Typography"
    severity = Severity.MINOR

    def check_segment(self, context):
        for match in re.finditer("  ", context.segment.source):
            yield Finding("source", match.start(), match.end(), "Double space", " ")


class NameConsistencyCheck(Check):
    """Document-wide: the city is written "Beijing" in one segment and "Peking" in another."""

    id = "test-name-consistency"
    name = "Same name, two spellings (test)"
    description = "a place name spelt two ways in one document"
    category = "Terminology/Inconsistent"
    severity = Severity.MINOR
    scope = "document"

    def check_document(self, document, contexts):
        if not any("Beijing" in c.segment.target for c in contexts):
            return
        for index, context in enumerate(contexts):
            for match in re.finditer(r"\bPeking\b", context.segment.target):
                yield index, Finding("target", match.start(), match.end(),
                                     "Elsewhere the city is called Beijing", "Beijing")


def install_test_checks(monkeypatch) -> None:
    base.all_checks()  # load the real catalogue once, then hide it behind ours
    registry = {check.id: check for check in (ActuallyCheck(), SourceSpacingCheck(),
                                              NameConsistencyCheck())}
    monkeypatch.setattr(base, "_REGISTRY", registry)


PAIRS = [
    ("Le projet est actuellement en cours.", "The project is actually under way."),
    ("Il compte  douze pays.", "It has twelve countries."),
    ("La réunion a eu lieu à Pékin. Elle a duré deux jours.",
     "The meeting took place in Beijing. It lasted two days."),
    ("Les experts sont actuellement à Genève.", "The experts are actually in Geneva."),
    ("Le rapport sera publié en juillet.", "The report will be published in July."),
]


def small_document() -> ReviewDocument:
    segments = [Segment(index, source, target, target, bead=Bead([index], [index],
                                                                  0.3 if index == 4 else 0.9))
                for index, (source, target) in enumerate(PAIRS)]
    return ReviewDocument(segments, "fr", "en")
