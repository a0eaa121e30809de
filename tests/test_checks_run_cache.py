"""The checks' per-revision cache (core/checks/run_cache.py): values carried across text edits
give what a fresh computation gives."""

from __future__ import annotations

import copy

from translator_gui.core.checks.base import SegmentContext, check_document, check_segment
from translator_gui.core.checks.names import names_in_document
from translator_gui.core.checks.run_cache import run_cache
from translator_gui.core.model import ReviewDocument, Segment


def _document(pairs: list[tuple[str, str]]) -> ReviewDocument:
    return ReviewDocument([Segment(i, s, t, t) for i, (s, t) in enumerate(pairs)], "fr", "en")


def test_a_value_with_an_update_follows_text_edits() -> None:
    document = _document([("a", "b"), ("c", "d"), ("e", "f")])
    told: list[frozenset[int]] = []

    def update(value: int, edited_document: ReviewDocument, edited: frozenset[int]) -> int:
        assert edited_document is document
        told.append(edited)
        return value + len(edited)

    first = run_cache(document)
    assert first.get("count", lambda: 10, update) == 10
    assert first.get("plain", lambda: 1) == 1
    document.set_target(1, "dd")
    document.set_source(2, "ee")
    document.set_target(1, "ddd")
    second = run_cache(document)
    assert second is not first
    assert second.get("count", lambda: 0, update) == 12
    assert told == [frozenset({1, 2})]
    assert second.get("plain", lambda: 5) == 5  # no update: computed again
    assert run_cache(document) is second


def test_other_edits_start_from_nothing() -> None:
    document = _document([("a", "b"), ("c", "d"), ("e", "f")])

    def update(value: int, _document: ReviewDocument, _edited: frozenset[int]) -> int:
        return value + 100

    run_cache(document).get("count", lambda: 1, update)
    document.touch()  # an edit made outside the model's text methods
    assert run_cache(document).get("count", lambda: 2, update) == 2
    document.replace_segments(0, 2, [Segment(7, "x", "y", "y"), Segment(8, "z", "w", "w")])
    assert run_cache(document).get("count", lambda: 3, update) == 3  # same count, new rows
    document.merge_with_next(0)
    assert run_cache(document).get("count", lambda: 4, update) == 4


def test_a_copy_reads_only_its_own_edits() -> None:
    document = _document([("a", "b"), ("c", "d")])
    revision = document.revision
    twin = copy.copy(document)  # shares the edit log, as a snapshot does
    twin.set_target(0, "bb")
    assert twin.texts_edited_since(revision) == frozenset({0})
    assert document.texts_edited_since(revision) == frozenset()
    document.touch()
    document.set_target(1, "dd")
    assert document.texts_edited_since(revision) is None  # the touch is not a text edit
    assert document.texts_edited_since(revision + 1) == frozenset({1})


def _names(document: ReviewDocument) -> set[str]:
    context = SegmentContext(document.segments[0], "fr", "en", document)
    return set(names_in_document(context))


def test_names_follow_edits_as_a_fresh_count_gives() -> None:
    document = _document([
        ("Les finances de Frontier vont mal.", "Frontier's finances are in trouble."),
        ("Selon Morgan, le marché monte.", "According to Morgan, the market is rising."),
        ("Il pleut à Lyon et à Lyon.", "It rains in Lyon and in Lyon."),
    ])
    assert {"Frontier", "Morgan", "Lyon"} <= _names(document)
    document.set_source(0, "Les finances de la compagnie vont mal.")
    document.set_target(2, "It rains in Paris.")
    live = _names(document)
    assert "Frontier" not in live and "Paris" in live
    assert "Lyon" in live  # the source still writes it
    assert live == _names(copy.deepcopy(document))
    document.set_source(2, "Il pleut à Paris.")
    assert "Lyon" not in _names(document)
    assert _names(document) == _names(copy.deepcopy(document))


def test_names_asked_before_edits_answer_as_a_fresh_document() -> None:
    """The words asked before an edit keep their answers only where no edited text says
    otherwise: each is read again in the edited segments."""
    document = _document([
        ("Les finances de Frontier vont mal.", "Frontier's finances are in trouble."),
        ("Selon Morgan, le marché monte.", "According to Morgan, the market is rising."),
        ("Il pleut à Lyon.", "It rains in Lyon."),
    ])
    asked = ("Frontier", "Morgan", "Lyon", "Paris", "Selon", "Les")

    def answers(of: ReviewDocument) -> dict[str, bool]:
        names = names_in_document(SegmentContext(of.segments[0], "fr", "en", of))
        return {word: word in names for word in asked}

    assert answers(document) == {"Frontier": True, "Morgan": True, "Lyon": True,
                                 "Paris": False, "Selon": False, "Les": False}
    document.set_source(0, "Les finances de la compagnie vont mal.")
    document.set_target(0, "The company's finances are in trouble.")
    document.set_target(2, "It rains in Paris.")
    assert answers(document) == answers(copy.deepcopy(document)) == {
        "Frontier": False, "Morgan": True, "Lyon": True, "Paris": True, "Selon": False,
        "Les": False}
    document.set_source(2, "Il pleut à Paris.")
    assert answers(document) == answers(copy.deepcopy(document))
    assert not answers(document)["Lyon"]


PAIRS = [
    ("Le PDG de Frontier a dit: « nous gagnons ».", "Frontier's CEO said: 'we are winning'."),
    ("Frontier perd de l'argent ; ses clients partent.", "Frontier is losing money; its "
     "customers are leaving."),
    ("Quelle est la question?", "What is the question?"),
    ("Le prix est de 25 euros le 3 mars.", "The price is 25 euros on 3 March."),
    ("Selon M. Dupont, la reprise est là: elle durera.", "According to Mr Dupont, the recovery "
     "is here: it will last."),
    ("Features : une veste chaude.", "Features: a warm jacket."),
]
EDITS = [
    (1, "target", "Frontier is losing money: its customers are leaving."),
    (2, "source", "Quelle est la question ?"),
    (0, "source", "Le PDG de la compagnie a dit : « nous gagnons »."),
    (4, "target", "According to Mr Dupont the the recovery is here."),
    (3, "target", "The price is 52 euros on 3 March."),
    (5, "source", "Caractéristiques : une veste chaude."),
    (1, "source", "La compagnie perd de l'argent; ses clients partent!"),
]


def test_live_rechecks_after_edits_equal_a_fresh_check() -> None:
    """After each edit, every segment re-checked on the edited document (its cache carried
    across the edits) has the issues a fresh run on a copy (nothing cached) finds."""
    document = _document(PAIRS)
    check_document(document)  # the caches of a whole run, as after opening
    for row, side, text in EDITS:
        if side == "source":
            document.set_source(row, text)
        else:
            document.set_target(row, text)
        for index in range(len(document.segments)):
            assert check_segment(document, index) == check_segment(
                copy.deepcopy(document), index), (row, side, index)
