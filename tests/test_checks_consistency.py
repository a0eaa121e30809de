"""Consistency across the document: one source translated two ways, one translation of two
sources, a termbase term rendered two ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from translator_gui.core.checks.base import SegmentContext, get_check
from translator_gui.core.checks.consistency import consistency_groups, normalized
from translator_gui.core.model import ReviewDocument, Segment
from translator_gui.core.termbase import termbase_for


def document(pairs: list[tuple[str, str]], glossaries: list[str] | None = None) -> ReviewDocument:
    doc = ReviewDocument([Segment(i, s, t, t) for i, (s, t) in enumerate(pairs)], "fr", "en")
    doc.checks.glossaries = list(glossaries or [])
    return doc


def run(check_id: str, doc: ReviewDocument) -> list[tuple[int, str, str, str]]:
    contexts = [SegmentContext(s, "fr", "en", doc) for s in doc.segments]
    return [(doc.segments[i].number, f.side, doc.segments[i].text(f.side)[f.start:f.end],
             f.message) for i, f in get_check(check_id).check_document(doc, contexts)]


def test_normalized_ignores_case_spacing_punctuation_and_numbers():
    assert normalized("  Le Conseil,  a adopté la résolution 12/3 !") == \
        "le conseil a adopté la résolution 0 0"
    assert normalized("le conseil a adopté la résolution 7/1") == \
        "le conseil a adopté la résolution 0 0"
    assert normalized("Coût : 3 500,25 €") == "coût 0"
    assert normalized("Résumé") != normalized("Resume")  # accents are spelling, not style


def test_inconsistent_target_flags_every_segment_naming_the_others():
    doc = document([
        ("Le Conseil a adopté la résolution.", "The Council adopted the resolution."),
        ("La séance est levée.", "The meeting rose."),
        ("Le Conseil a adopté la résolution.", "The Council passed the resolution."),
        ("Le conseil a adopté la résolution !", "The council adopted the resolution"),
    ])
    assert run("inconsistent-target", doc) == [
        (1, "target", "The Council adopted the resolution.",
         "The same source is translated differently in segment 3: "
         "« The Council passed the resolution. »."),
        (4, "target", "The council adopted the resolution",
         "The same source is translated differently in segment 3: "
         "« The Council passed the resolution. »."),
        (3, "target", "The Council passed the resolution.",
         "The same source is translated differently in segments 1, 4: "
         "« The Council adopted the resolution. »."),
    ]


def test_inconsistent_source_flags_the_sources():
    doc = document([
        ("Le Conseil a rejeté la résolution.", "The Council adopted the resolution."),
        ("Le Conseil a adopté la résolution.", "The Council adopted the resolution."),
    ])
    assert run("inconsistent-source", doc) == [
        (1, "source", "Le Conseil a rejeté la résolution.",
         "The same translation stands for a different source in segment 2: "
         "« Le Conseil a adopté la résolution. »."),
        (2, "source", "Le Conseil a adopté la résolution.",
         "The same translation stands for a different source in segment 1: "
         "« Le Conseil a rejeté la résolution. »."),
    ]


QUIET = [
    # the same pair twice, and pairs that differ only by numbers, case, spacing, punctuation
    [("Le Conseil a adopté la résolution.", "The Council adopted the resolution."),
     ("Le Conseil a adopté la résolution.", "The Council adopted the resolution.")],
    [("Voir le paragraphe 12.", "See paragraph 12."), ("Voir le paragraphe 7 !", "see paragraph 7")],
    # numbers only, and empty targets, tell nothing
    [("2024", "2024"), ("2024", "2025")],
    [("Bonjour.", ""), ("Bonjour.", "Hello.")],
    # different sources, different targets
    [("Oui.", "Yes."), ("Non.", "No.")],
]


@pytest.mark.parametrize("pairs", QUIET)
def test_consistent_documents_stay_quiet(pairs):
    doc = document(pairs)
    assert run("inconsistent-target", doc) == []
    assert run("inconsistent-source", doc) == []
    assert run("term-inconsistent", doc) == []


def test_term_rendered_two_ways_across_the_document():
    doc = document([
        ("La Cour internationale de Justice a siégé.", "The International Court of Justice sat."),
        ("Le temps était beau.", "The weather was fine."),
        ("La Cour internationale de Justice a statué.", "The World Court ruled."),
    ])
    assert run("term-inconsistent", doc) == [
        (1, "target", "International Court of Justice",
         "« Cour internationale de Justice » is rendered « International Court of Justice » here "
         "but « World Court » in segment 3."),
        (3, "target", "World Court",
         "« Cour internationale de Justice » is rendered « World Court » here but "
         "« International Court of Justice » in segment 1."),
    ]


def test_glossary_term_rendered_two_ways(tmp_path: Path):
    glossary = tmp_path / "client.csv"
    glossary.write_text("source,target,en_variants\nétat partie,State party,State Party|"
                        "Contracting State\n", encoding="utf-8")
    doc = document([("Chaque État partie agit.", "Each State party acts."),
                    ("Chaque État partie paie.", "Each Contracting State pays.")],
                   [str(glossary)])
    assert [(n, w) for n, _s, w, _m in run("term-inconsistent", doc)] == [
        (1, "State party"), (2, "Contracting State")]


TERM_QUIET = [
    # the acronym, and a short form inside the long one, are second mentions
    [("La Cour internationale de Justice a siégé.", "The International Court of Justice sat."),
     ("La Cour internationale de Justice a statué.", "The ICJ ruled.")],
    [("L'Assemblée générale a voté.", "The General Assembly voted."),
     ("L'Assemblée générale des Nations Unies a siégé.", "The United Nations General Assembly sat.")],
    # spellings of the same words are one rendering
    [("L'OIAC a publié.", "The Organisation for the Prohibition of Chemical Weapons published."),
     ("L'OIAC a répondu.", "The Organization for the Prohibition of Chemical Weapons replied.")],
    # a target holding two renderings says nothing about which one stands for the term
    [("Les États-Unis ont répondu.", "The United States replied."),
     ("Les États-Unis et l'Amérique latine.", "The United States and America Haunts.")],
    # a country's names and a government's offices alternate in good prose
    [("Les États-Unis ont répondu.", "The United States replied."),
     ("Les planificateurs des États-Unis hésitent.", "America's planners hesitate.")],
    [("Le ministère de l'Intérieur a répondu.", "The Interior Ministry replied."),
     ("Le ministère de l'Intérieur a publié.", "The Ministry of the Interior published.")],
]


@pytest.mark.parametrize("pairs", TERM_QUIET)
def test_term_consistency_stays_quiet(pairs):
    assert run("term-inconsistent", document(pairs)) == []


def test_groups_for_the_consistency_view():
    doc = document([
        ("Le Conseil a adopté la résolution.", "The Council adopted the resolution."),
        ("Le Conseil a adopté la résolution.", "The Council passed the resolution."),
        ("La Cour internationale de Justice a siégé.", "The International Court of Justice sat."),
        ("La Cour internationale de Justice a statué.", "The World Court ruled."),
    ])
    groups = consistency_groups(doc, termbase_for((), "fr", "en"))
    assert [(g.kind, g.side, g.indices) for g in groups] == [
        ("inconsistent-target", "target", [0, 1]), ("term-inconsistent", "target", [2, 3])]
    assert groups[0].variants == {"the council adopted the resolution": [0],
                                  "the council passed the resolution": [1]}
    assert groups[1].variants == {"International Court of Justice": [2], "World Court": [3]}
    assert groups[1].term == "Cour internationale de Justice"


def test_grouping_is_linear_on_a_large_document():
    pairs = [(f"Phrase numéro {i} du rapport {i % 7}.", f"Sentence number {i} of report {i % 7}.")
             for i in range(20_000)]
    assert run("inconsistent-target", document(pairs)) == []


def test_make_all_like_this_one():
    from translator_gui.core.checks.consistency import make_all_like

    doc = document([
        ("Le Conseil a adopté la résolution.", "The Council adopted the resolution."),
        ("Le Conseil a adopté la résolution.", "The Council passed the resolution."),
        ("La Cour internationale de Justice a siégé.", "The International Court of Justice sat."),
        ("La Cour internationale de Justice a statué.", "The World Court ruled."),
        ("Le Conseil a rejeté la résolution.", "The Council adopted the resolution."),
    ])
    terms = termbase_for((), "fr", "en")
    groups = {g.kind: g for g in consistency_groups(doc, terms)}
    target = groups["inconsistent-target"]
    assert make_all_like(doc, target, "the council adopted the resolution") == [
        (1, "The Council adopted the resolution.")]
    term = groups["term-inconsistent"]
    assert make_all_like(doc, term, "International Court of Justice", terms) == [
        (3, "The International Court of Justice ruled.")]
    assert make_all_like(doc, groups["inconsistent-source"],
                         "le conseil a adopté la résolution") == []


def test_consistency_groups_can_be_cancelled():
    from translator_gui.core.cancel import Cancelled
    from translator_gui.core.checks.consistency import consistency_groups

    document = ReviewDocument([Segment(i, "Le chat dort.", f"The cat sleeps {i}.",
                                       f"The cat sleeps {i}.") for i in range(40)], "fr", "en")
    asked: list[int] = []
    groups = consistency_groups(document, None, lambda: bool(asked.append(1)))
    assert groups == consistency_groups(document)
    assert len(asked) == 6  # every 16 segments, on both sides (40 segments: 0, 16, 32)
    with pytest.raises(Cancelled):
        consistency_groups(document, None, lambda: True)
