"""Sentence alignment: invariants on random inputs, and small fr/en cases a translator would check."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from property_budget import examples

from translator_gui.core.align import PARAMETERS, align_sentences, seed_lexicons, sentence_tokens
from translator_gui.core.cancel import Cancelled
from translator_gui.core.model import Bead


def assert_valid(beads: list[Bead], n: int, m: int) -> None:
    """Monotone, complete, each sentence exactly once, contiguous, confidence in [0, 1]."""
    next_s = next_t = 0
    for bead in beads:
        assert bead.source or bead.target, "a bead with two empty sides"
        assert bead.source == list(range(next_s, next_s + len(bead.source)))
        assert bead.target == list(range(next_t, next_t + len(bead.target)))
        next_s += len(bead.source)
        next_t += len(bead.target)
        assert 0.0 <= bead.confidence <= 1.0
    assert (next_s, next_t) == (n, m)


def shapes(beads: list[Bead]) -> list[tuple[list[int], list[int]]]:
    return [(b.source, b.target) for b in beads]


WORDS = ["le", "chat", "Paris", "1999", "maison", "?", "!", "«", "nation", "Dupont", "rouge",
         "house", "cat", "the", "42", "(", ")", ":", "é", "Œuvre", "ça"]
sentence = (st.lists(st.sampled_from(WORDS), min_size=0, max_size=12).map(" ".join)
            | st.text(max_size=40))  # any Unicode at all, now and then


def paragraphs_for(count: int, cuts: list[bool]) -> list[int]:
    ids, current = [], 0
    for index in range(count):
        if index and cuts[index % len(cuts)]:
            current += 1
        ids.append(current)
    return ids


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(sentence, max_size=25), st.lists(sentence, max_size=25),
       st.none() | st.lists(st.booleans(), min_size=1, max_size=8),
       st.none() | st.lists(st.booleans(), min_size=1, max_size=8))
def test_random_inputs_give_valid_beads(source, target, cuts_s, cuts_t):
    kwargs = {}
    if cuts_s is not None:
        kwargs["source_paragraphs"] = paragraphs_for(len(source), cuts_s)
    if cuts_t is not None:
        kwargs["target_paragraphs"] = paragraphs_for(len(target), cuts_t)
    beads = align_sentences(source, target, **kwargs)
    assert_valid(beads, len(source), len(target))


@settings(max_examples=15, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=90), st.lists(sentence, min_size=1, max_size=90),
       st.none() | st.lists(st.booleans(), min_size=1, max_size=8))
def test_coarse_to_fine_path_gives_valid_beads(source, target, cuts):
    # a tiny cell budget forces the blockwise corridor search used for long documents
    small = dataclasses.replace(PARAMETERS, full_cells=100)
    kwargs = {}
    if cuts is not None:
        kwargs = {"source_paragraphs": paragraphs_for(len(source), cuts),
                  "target_paragraphs": paragraphs_for(len(target), cuts[::-1])}
    beads = align_sentences(source, target, parameters=small, **kwargs)
    assert_valid(beads, len(source), len(target))


def test_empty_sides():
    assert align_sentences([], []) == []
    only_source = align_sentences(["Un.", "Deux."], [])
    assert shapes(only_source) == [([0], []), ([1], [])]
    only_target = align_sentences([], ["One."])
    assert shapes(only_target) == [([], [0])]
    assert_valid(only_source, 2, 0)


FRENCH = [
    "Le 14 juillet 1789, la foule parisienne prend la Bastille.",
    "La forteresse ne compte alors que sept prisonniers.",
    "Le gouverneur, M. de Launay, est tué sur la place de Grève.",
    "Louis XVI apprend la nouvelle à Versailles le soir même.",
    "« Est-ce une révolte ? » demande le roi.",
    "« Non, Sire, c'est une révolution », répond le duc de La Rochefoucauld.",
    "Dès 1790, la fête de la Fédération célèbre cet anniversaire.",
    "Il faudra attendre 1880 pour que le 14 juillet devienne la fête nationale.",
    "Aujourd'hui, un défilé militaire a lieu chaque année sur les Champs-Élysées.",
    "Le soir, des feux d'artifice illuminent le ciel de Paris.",
]
ENGLISH = [
    "On 14 July 1789, the Paris crowd stormed the Bastille.",
    "At the time the fortress held only seven prisoners.",
    "The governor, M. de Launay, was killed on the Place de Grève.",
    "Louis XVI heard the news at Versailles that very evening.",
    "\"Is it a revolt?\" asked the king.",
    "\"No, Sire, it is a revolution,\" answered the Duke of La Rochefoucauld.",
    "From 1790, the Festival of the Federation celebrated the anniversary.",
    "Not until 1880 did 14 July become the national holiday.",
    "Today a military parade is held every year on the Champs-Élysées.",
    "In the evening, fireworks light up the sky over Paris.",
]


def test_parallel_text_aligns_one_to_one():
    beads = align_sentences(FRENCH, ENGLISH)
    assert shapes(beads) == [([i], [i]) for i in range(len(FRENCH))]
    assert min(b.confidence for b in beads) > 0.5


def test_merged_sentences_give_a_two_to_one_bead():
    english = ENGLISH[:1] + [ENGLISH[1].rstrip(".") + ", and " + ENGLISH[2][0].lower()
                             + ENGLISH[2][1:]] + ENGLISH[3:]
    beads = align_sentences(FRENCH, english)
    assert ([1, 2], [1]) in shapes(beads)
    assert ([0], [0]) in shapes(beads) and ([3], [2]) in shapes(beads)


def test_split_sentence_gives_a_one_to_two_bead():
    french = FRENCH[:4] + [FRENCH[4] + " " + FRENCH[5]] + FRENCH[6:]
    beads = align_sentences(french, ENGLISH)
    assert ([4], [4, 5]) in shapes(beads)
    assert ([5], [6]) in shapes(beads)


def test_dropped_sentence_gives_a_one_to_zero_bead():
    english = ENGLISH[:6] + ENGLISH[7:]  # the draft forgot "Dès 1790 ..."
    beads = align_sentences(FRENCH, english)
    assert ([6], []) in shapes(beads)
    assert ([5], [5]) in shapes(beads) and ([7], [6]) in shapes(beads)


def test_inserted_sentence_gives_a_zero_to_one_bead():
    english = ENGLISH[:3] + ["(Translator's note: the Place de Grève is now the Place de "
                             "l'Hôtel-de-Ville.)"] + ENGLISH[3:]
    beads = align_sentences(FRENCH, english)
    assert ([], [3]) in shapes(beads)
    assert ([3], [4]) in shapes(beads)


def test_numbers_and_names_steer_when_lengths_mislead():
    # The draft lost "Il faudra attendre 1880 ...". Lengths alone hide the gap inside an
    # earlier 2-1 bead; the years and names put the deletion where it belongs.
    english = ENGLISH[:7] + ENGLISH[8:]
    beads = align_sentences(FRENCH, english)
    assert ([7], []) in shapes(beads)
    assert ([6], [6]) in shapes(beads) and ([8], [7]) in shapes(beads)
    lengths_only = dataclasses.replace(PARAMETERS, lexical_weight=0.0, orphan_cost=0.0)
    assert ([7], []) not in shapes(align_sentences(FRENCH, english, parameters=lengths_only))


def test_paragraph_boundaries_are_respected():
    # Lengths alone pair the long "Yes, ..." with "Oui. Non, vraiment pas."; the paragraph
    # ends say each answer is its own bead.
    french = ["Oui.", "Non, vraiment pas.", "Bien sûr que si, voyons !", "Il rit."]
    english = ["Yes, of course, certainly, absolutely so.", "No.", "Of course!", "He laughed."]
    paragraphs = [0, 1, 2, 2]
    beads = align_sentences(french, english, source_paragraphs=paragraphs,
                            target_paragraphs=paragraphs)
    assert shapes(beads) == [([0], [0]), ([1], [1]), ([2], [2]), ([3], [3])]
    assert shapes(align_sentences(french, english)) != shapes(beads)  # the anchors did it
    # a bead never swallows a paragraph end that both sides have
    beads = align_sentences(FRENCH, ENGLISH, source_paragraphs=[0] * 5 + [1] * 5,
                            target_paragraphs=[0] * 5 + [1] * 5)
    for bead in beads:
        assert len({0 if i < 5 else 1 for i in bead.source + bead.target}) == 1


def test_one_sentence_per_line_paragraphs_do_not_forbid_merges():
    # pre-segmented input gives every sentence its own paragraph: that must not stop 2-1 beads
    english = ENGLISH[:1] + [ENGLISH[1].rstrip(".") + ", and " + ENGLISH[2][0].lower()
                             + ENGLISH[2][1:]] + ENGLISH[3:]
    beads = align_sentences(FRENCH, english, source_paragraphs=list(range(len(FRENCH))),
                            target_paragraphs=list(range(len(english))))
    assert ([1, 2], [1]) in shapes(beads)


def test_long_document_with_a_missing_passage():
    # 400 numbered sentences, the draft lacks 30 of them in the middle: the corridor search
    # must find its way around the gap.
    french = [f"Article {k} : la commission {k * 7} examine le dossier {k * 13}." for k in range(400)]
    english = [f"Article {k}: committee {k * 7} reviews file {k * 13}." for k in range(400)]
    english = english[:200] + english[230:]
    small = dataclasses.replace(PARAMETERS, full_cells=10_000)
    beads = align_sentences(french, english, parameters=small)
    assert_valid(beads, 400, 370)
    pairs = shapes(beads)
    assert all(([k], []) in pairs for k in range(200, 230))
    assert ([230], [200]) in pairs and ([399], [369]) in pairs


def test_progress_and_cancel():
    seen = []
    align_sentences(FRENCH, ENGLISH, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    with pytest.raises(Cancelled):
        align_sentences(FRENCH, ENGLISH, cancelled=lambda: True)


def test_tokens_keep_what_survives_translation():
    tokens = sentence_tokens("« Où est M. Dupont ? » Il a payé 1 250 € pour la Nation.")
    assert {'"', "?", "#1", "#250", "^dupont", "dupo", "nati", "^nation", "paye"} <= set(tokens)
    assert "la" not in tokens  # short function words are not cognates


def test_seed_lexicon_serves_both_directions():
    french_side, english_side = seed_lexicons("fr", "en")
    assert french_side["oui"] == english_side["yes"] == ["=oui"]
    english_first, french_second = seed_lexicons("en", "fr")
    assert english_first["yes"] == french_second["oui"] == ["=oui"]
    assert seed_lexicons("xx", "yy") == ({}, {})  # no data: the aligner still works without


def test_english_source_and_french_draft_align_too():
    beads = align_sentences(ENGLISH, FRENCH, source_language="en", target_language="fr")
    assert shapes(beads) == [([i], [i]) for i in range(len(ENGLISH))]


def test_short_dialogue_lines_find_each_other_through_the_lexicon():
    # No numbers, names or cognates: only the seed lexicon (oui/yes, non/no, pourquoi/why,
    # merci/thank, monsieur/sir) ties these lines; lengths alone pair "Oui. Non." with "Yes."
    french = ["Oui.", "Non.", "Jamais !", "Pourquoi ?", "Merci, monsieur."]
    english = ["Yes.", "No.", "Why?", "Thank you, sir."]
    beads = shapes(align_sentences(french, english))
    assert beads == [([0], [0]), ([1, 2], [1]), ([3], [2]), ([4], [3])]
    without = dataclasses.replace(PARAMETERS, lexicon=False)
    assert shapes(align_sentences(french, english, parameters=without))[0] != ([0], [0])


def test_draft_pasted_as_one_block_is_not_forced_onto_source_paragraphs():
    english = ENGLISH[:1] + [ENGLISH[1].rstrip(".") + ", and " + ENGLISH[2][0].lower()
                             + ENGLISH[2][1:]] + ENGLISH[3:]
    plain = shapes(align_sentences(FRENCH, english))
    with_source_paragraphs = shapes(align_sentences(
        FRENCH, english, source_paragraphs=[0, 0, 0, 1, 1, 2, 2, 2, 3, 3],
        target_paragraphs=[0] * len(english)))
    assert with_source_paragraphs == plain
    assert ([1, 2], [1]) in plain
