"""The document model: statuses follow edits, and alignment repair keeps every sentence."""

from __future__ import annotations

from translator_gui.core.model import Bead, ReviewDocument, Segment, Status


def two_segments() -> ReviewDocument:
    return ReviewDocument([
        Segment(0, "Il pleut. Il vente.", "It rains. It blows.", "It rains. It blows.",
                bead=Bead([0, 1], [0, 1])),
        Segment(1, "Fin.", "End.", "End.", bead=Bead([2], [2])),
    ])


def test_status_follows_edits() -> None:
    document = two_segments()
    document.set_target(1, "The end.")
    assert document.segments[1].status is Status.EDITED
    document.set_target(1, "End.")
    assert document.segments[1].status is Status.DRAFT
    assert document.segments[1].draft == "End."


def test_merge_then_split_restores_texts_and_beads() -> None:
    document = two_segments()
    document.merge_with_next(0)
    assert len(document.segments) == 1
    merged = document.segments[0]
    assert merged.source == "Il pleut. Il vente. Fin."
    assert merged.bead.source == [0, 1, 2] and merged.bead.target == [0, 1, 2]
    document.split(0, merged.source.index("Fin."), merged.target.index("End."))
    first, second = document.segments
    assert (first.source, first.target, first.draft) == ("Il pleut. Il vente.", "It rains. It blows.",
                                                         "It rains. It blows.")
    assert (second.source, second.target, second.draft) == ("Fin.", "End.", "End.")
    assert first.bead.source + second.bead.source == [0, 1, 2]
    assert first.bead.target + second.bead.target == [0, 1, 2]
    assert first.id != second.id


def test_split_of_an_edited_target_keeps_the_whole_draft() -> None:
    document = two_segments()
    document.set_target(0, "It is raining. The wind blows.")
    document.split(0, 10, 15)
    first, second = document.segments[:2]
    assert f"{first.draft} {second.draft}" == "It rains. It blows."
    assert first.target == "It is raining." and second.target == "The wind blows."
