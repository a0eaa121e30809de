"""Alignment checks: unaligned sentences and length outliers."""

from __future__ import annotations

import pytest
from check_support import (
    run,
)

from translator_gui.core.checks import check_document
from translator_gui.core.model import ReviewDocument, Segment


def test_unaligned_sentences_are_omissions_or_additions():
    assert run("omission-unaligned", "Le premier atelier a eu lieu à Shanghai.", "")
    assert run("addition-unaligned", "", "The first workshop took place in Shanghai.")
    assert not run("omission-unaligned", "Merci.", "Thank you.")


def test_a_lone_text_is_not_full_of_omissions():
    # open_single leaves the other side empty throughout: nothing to compare.
    document = ReviewDocument([Segment(0, "Une phrase assez longue pour compter.", "", ""),
                               Segment(1, "Une autre phrase.", "", "")], "fr", "en",
                              source_path="seul.txt")
    assert check_document(document) == [] or all(
        i.check not in ("omission-unaligned", "length-outlier", "target-identical")
        for i in check_document(document))


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
