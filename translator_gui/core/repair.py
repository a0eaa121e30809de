"""Alignment repair as pure plans: merge two segments, split one, move a sentence across.

Each plan returns (first row, the segments it replaces, their replacements) without touching
the document; ReviewSession.replace_segments applies it (and its inverse, for undo).
"""

from __future__ import annotations

import copy
import re

from translator_gui.core.model import InputError, ReviewDocument, Segment, Status

_SENTENCE_END = re.compile(r"[.!?…»\"')\]]+\s+")

Plan = tuple[int, list[Segment], list[Segment]]


def proportional_cut(text: str, ratio: float) -> int:
    """Where to cut the other side: the sentence end nearest the same proportion of the text."""
    if not text:
        return 0
    wanted = round(len(text) * ratio)
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if 0 < m.end() < len(text)]
    if ends:
        return min(ends, key=lambda at: abs(at - wanted))
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return wanted
    return min(spaces, key=lambda at: abs(at - wanted))


def sentence_spans(text: str, language: str) -> list[tuple[int, int]]:
    """The sentences of `text` by the SRX rules of `language`.

    There is no quiet second splitter: when the rules cannot be used the InputError says so,
    and the caller tells the translator rather than move the wrong words.
    """
    from translator_gui.core.segment import Segmenter

    try:
        segmenter = Segmenter(language)
        return segmenter.split(text)
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - the SRX engine raises several kinds
        raise InputError(None, f"the sentence rules for {language!r} cannot be used "
                               f"({type(error).__name__}: {error})") from error


def plan_merge(document: ReviewDocument, row: int) -> Plan:
    """Segment `row` and the next one as one pair, its pairing checked by the translator."""
    if not 0 <= row < len(document.segments) - 1:
        raise IndexError("there is no next segment to merge with")
    old = document.segments[row:row + 2]
    scratch = ReviewDocument([copy.deepcopy(s) for s in old])
    scratch.merge_with_next(0)
    scratch.segments[0].bead.confidence = 1.0  # the translator checked this pairing
    return row, list(old), scratch.segments


def plan_split(document: ReviewDocument, row: int, side: str, at: int) -> Plan:
    """Cut segment `row` at offset `at` of `side`; the other side where it fits best."""
    segment = document.segments[row]
    text = segment.text(side)
    if not 0 < at < len(text):
        raise IndexError("the split point must be inside the text")
    other = "target" if side == "source" else "source"
    other_at = proportional_cut(segment.text(other), at / len(text))
    source_at, target_at = (at, other_at) if side == "source" else (other_at, at)
    scratch = ReviewDocument([copy.deepcopy(segment)])
    scratch.split(0, source_at, target_at)
    scratch.segments[1].id = document.next_id()
    return row, [segment], scratch.segments


def plan_move_sentence(document: ReviewDocument, row: int, side: str, direction: int
                       ) -> Plan | None:
    """Move the last sentence of `side` into the next segment (+1) or the first into the
    previous one (-1): the usual repair when the aligner cut one sentence too early.
    None when there is no neighbour or no sentence to move."""
    neighbour = row + direction
    if not 0 <= neighbour < len(document.segments):
        return None
    here = copy.deepcopy(document.segments[row])
    there = copy.deepcopy(document.segments[neighbour])
    language = document.source_language if side == "source" else document.target_language
    text = here.text(side)
    spans = sentence_spans(text, language)
    if not spans:
        return None
    start, end = spans[-1] if direction > 0 else spans[0]
    moved = text[start:end]
    rest = (text[:start] if direction > 0 else text[end:]).strip()
    _set_text(here, side, rest)
    _set_text(there, side, attach(there.text(side), moved, direction))
    # the untouched original moves along, so the pair is still measured against its draft
    original_here = _original(here, side)
    if moved and (original_here.endswith(moved) if direction > 0
                  else original_here.startswith(moved)):
        kept = (original_here[:-len(moved)] if direction > 0
                else original_here[len(moved):]).strip()
        _set_original(there, side, attach(_original(there, side), moved, direction))
        _set_original(here, side, kept)
        indices = _bead_indices(here, side)
        if indices:
            index = indices.pop() if direction > 0 else indices.pop(0)
            if direction > 0:
                _bead_indices(there, side).insert(0, index)
            else:
                _bead_indices(there, side).append(index)
    for segment in (here, there):
        segment.bead.confidence = 1.0
        if segment.status != Status.CONFIRMED:
            segment.status = Status.EDITED if segment.is_edited else Status.DRAFT
    first = min(row, neighbour)
    old = document.segments[first:first + 2]
    new = [here, there] if direction > 0 else [there, here]
    return first, list(old), new


def attach(text: str, sentence: str, direction: int) -> str:
    """`sentence` put before `text` (coming from the segment above, +1) or after it (-1)."""
    if not text:
        return sentence
    if not sentence:
        return text
    return f"{sentence} {text}" if direction > 0 else f"{text} {sentence}"


def _set_text(segment: Segment, side: str, text: str) -> None:
    if side == "source":
        segment.source = text
    else:
        segment.target = text


def _original(segment: Segment, side: str) -> str:
    """What the side was before any edit: the source as read, or the draft."""
    return (segment.source_original or "") if side == "source" else segment.draft


def _set_original(segment: Segment, side: str, text: str) -> None:
    if side == "source":
        segment.source_original = text
    else:
        segment.draft = text


def _bead_indices(segment: Segment, side: str) -> list[int]:
    return segment.bead.source if side == "source" else segment.bead.target
