"""Write the corrected target into Word, in the draft's own layout whenever there is one.

Three layouts, best first: a copy of the draft DOCX (every style, table, header, image and
field stays where it was; only the words that changed are touched); a copy of the source DOCX
when the draft was plain text (its paragraphs receive the translation); otherwise a clean
document with one paragraph per input paragraph. In each case the draft is laid out first and
the target is then written over it through a word-level diff, as plain edits or as tracked
changes, so rejecting every change gives back exactly the draft.

Where each segment lives: a segment's bead names the draft sentences it came from, and each
sentence is a character span of one paragraph. A segment's *pieces* are those spans (one per
paragraph); its target is cut into as many parts, at the word boundaries that best match the
draft's paragraph breaks, so a sentence pair that crossed paragraphs never loses one.
"""

from __future__ import annotations

import bisect
import difflib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from translator_gui.core.checks.base import Issue
from translator_gui.core.export.comments import (
    CommentRequest,
    comment_adder,
    comment_requests,
    initials_of,
)
from translator_gui.core.export.files import keep_unreferenced_parts, write_file
from translator_gui.core.export.layouts import Layout, Piece, Slot, choose_layout, snap_to_space
from translator_gui.core.export.phrases import TOKEN, phrase_diff
from translator_gui.core.export.revisions import (
    Revisions,
    apply_text_edits,
    enclosed_spans,
    max_revision_id,
    paragraph_text,
    runs_for_spans,
)
from translator_gui.core.model import ReviewDocument

Progress = Callable[[int, int], None]


@dataclass
class Chunk:
    """What replaces base[start:end] of a slot, and which part of a target it carries.

    target_start/target_end index the owning segment's target; `lead` is where that part
    begins inside `text` (an inserted segment carries a separating space).
    """

    start: int
    end: int
    text: str
    segment: int
    target_start: int
    target_end: int
    lead: int = 0
    order: int = 0
    separate: bool = False  # new text where the draft had none: needs spaces around it


@dataclass
class DocxExportResult:
    """What the corrected DOCX export did, for the caller to report."""

    path: str
    layout: str  # "draft", "source" or "clean"
    paragraphs_changed: int = 0
    comments_anchored: int = 0
    comments_not_anchored: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the translator (the command line prints it, the window shows it)."""
        layouts = {"draft": "in the draft's layout", "source": "in the source's layout",
                   "clean": "as a new document"}
        line = (f"{self.path}: corrected text written {layouts.get(self.layout, '')}, "
                f"{self.paragraphs_changed} paragraph(s) changed")
        if self.comments_anchored:
            line += f", {self.comments_anchored} comment(s)"
        if self.comments_not_anchored:
            line += (f"; {len(self.comments_not_anchored)} issue(s) could not become comments "
                     f"(headers and footers cannot hold Word comments, or the words are gone)")
        return line


# -- cutting a target to fit the draft's paragraphs ------------------------------------------------
def _token_spans(text: str) -> list[int]:
    offsets = [0]
    for token in TOKEN.findall(text):
        offsets.append(offsets[-1] + len(token))
    return offsets


def distribute(parts: Sequence[str], new: str) -> list[tuple[int, int]]:
    """Spans of `new` that take the place of each old part (old parts joined by one space).

    A paragraph break between two parts goes where the word diff puts the space that joined
    them; inside a rewritten stretch it goes to the nearest word boundary in proportion.
    """
    if len(parts) == 1:
        return [(0, len(new))]
    joined = " ".join(parts)
    old_tokens, new_tokens = TOKEN.findall(joined), TOKEN.findall(new)
    old_at, new_at = _token_spans(joined), _token_spans(new)
    opcodes = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False).get_opcodes()

    def mapped(position: int) -> int:
        for tag, i1, i2, j1, j2 in opcodes:
            c1, c2, d1, d2 = old_at[i1], old_at[i2], new_at[j1], new_at[j2]
            if c1 <= position < c2 or (position == c2 == len(joined)):
                if tag == "equal":
                    return d1 + (position - c1)
                guess = d1 + round((position - c1) * (d2 - d1) / max(1, c2 - c1))
                return snap_to_space(new, guess, d1, d2)
        return len(new)

    spans: list[tuple[int, int]] = []
    start = 0
    joint = 0
    for part in parts[:-1]:
        joint += len(part)
        end = max(start, mapped(joint))
        spans.append((start, end))
        start = end
        while start < len(new) and new[start].isspace():
            start += 1
        joint += 1
    spans.append((start, len(new)))
    trimmed = []
    for left, right in spans:
        while right > left and new[right - 1].isspace():
            right -= 1
        while left < right and new[left].isspace():
            left += 1
        trimmed.append((left, right))
    return trimmed


# -- planning the edits ----------------------------------------------------------------------------
def plan_chunks(document: ReviewDocument, layout: Layout) -> list[list[Chunk]]:
    """Per slot, what replaces what: one chunk per (segment, paragraph) part, in text order."""
    chunks: list[list[Chunk]] = [[] for _ in layout.slots]
    last_end: tuple[int, int] | None = None  # (slot, end) of the previous placed segment
    orphans: list[int] = []
    for index, segment in enumerate(document.segments):
        pieces = layout.pieces[index]
        if not pieces:
            orphans.append(index)
            continue
        if orphans:
            _place_orphans(document, layout, chunks, orphans, last_end, pieces[0])
            orphans = []
        parts = [layout.slots[p.slot].base[p.start:p.end] for p in pieces]
        target = segment.target
        joined = " ".join(parts)
        # Unchanged means the target is what the file says; a draft that differs from the
        # file only in spacing (as the model normalised it) counts as unchanged too.
        changed = target != joined and not (target == segment.draft
                                             and target.split() == joined.split())
        spans = distribute(parts, target)
        for order, (piece, (left, right)) in enumerate(zip(pieces, spans, strict=True)):
            text = target[left:right] if changed else layout.slots[piece.slot].base[
                piece.start:piece.end]
            chunks[piece.slot].append(Chunk(piece.start, piece.end, text, index, left, right,
                                            0, order, separate=piece.start == piece.end))
        last_end = (pieces[-1].slot, pieces[-1].end)
    if orphans:
        _place_orphans(document, layout, chunks, orphans, last_end, None)
    for slot_chunks in chunks:
        slot_chunks.sort(key=lambda c: (c.start, c.end > c.start, c.order))
    for slot, slot_chunks in zip(layout.slots, chunks, strict=True):
        _swallow_space_of_removed(slot.base, slot_chunks)
        _space_out_new_text(slot.base, slot_chunks)
    return chunks


def _space_out_new_text(base: str, chunks: list[Chunk]) -> None:
    """Text written where the draft had nothing gets a space from its neighbours."""
    last = ""  # the last character written so far
    at = 0
    for position, chunk in enumerate(chunks):
        last = base[at:chunk.start][-1:] or last
        if chunk.separate and chunk.text:
            if last and not last.isspace():
                chunk.text = " " + chunk.text
                chunk.lead += 1
            following = base[chunk.end:chunk.end + 1]
            if not following and position + 1 < len(chunks):
                following = chunks[position + 1].text[:1]
            if following and not following.isspace() and not (
                    position + 1 < len(chunks) and chunks[position + 1].separate):
                chunk.text += " "
        last = chunk.text[-1:] or last
        at = max(at, chunk.end)


def _place_orphans(document: ReviewDocument, layout: Layout, chunks: list[list[Chunk]],
                   orphans: list[int], after: tuple[int, int] | None,
                   before: Piece | None) -> None:
    """Segments with no draft sentence (the translator wrote a missing one) go next to their
    neighbours: after the previous segment, or before the next one."""
    for order, index in enumerate(orphans):
        target = document.segments[index].target
        if not target:
            continue
        if after is not None:
            slot, position = after
            chunks[slot].append(Chunk(position, position, " " + target, index, 0, len(target),
                                      1, -len(orphans) + order))
        elif before is not None:
            chunks[before.slot].append(Chunk(before.start, before.start, target + " ", index, 0,
                                             len(target), 0, -len(orphans) + order))
        else:
            layout.slots.append(_new_slot(layout))
            chunks.append([Chunk(0, 0, target, index, 0, len(target))])


def _new_slot(layout: Layout) -> Slot:
    added = layout.docx.add_paragraph()  # python-docx keeps it before the section properties
    return Slot(added._p, "", True, added, new=True)


def _swallow_space_of_removed(base: str, chunks: list[Chunk]) -> None:
    """A deleted sentence takes one neighbouring space with it, so no double space is left."""
    for position, chunk in enumerate(chunks):
        if chunk.text or chunk.end == chunk.start:
            continue
        next_start = chunks[position + 1].start if position + 1 < len(chunks) else len(base)
        previous_end = chunks[position - 1].end if position > 0 else 0
        end = chunk.end
        while end < next_start and base[end].isspace():
            end += 1
        if end > chunk.end:
            chunk.end = end
            continue
        start = chunk.start
        while start > previous_end and base[start - 1].isspace():
            start -= 1
        chunk.start = start


def slot_edits(base: str, chunks: list[Chunk],
               protected: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """Phrase-level edits of the base text (as Word's Compare groups them); touching chunks
    are diffed as one stretch. Unchanged text in `protected` spans of the base (links,
    field results) is never folded into a phrase."""
    regions: list[list[Chunk]] = []
    for chunk in chunks:
        if regions and chunk.start <= regions[-1][-1].end:
            regions[-1].append(chunk)
        else:
            regions.append([chunk])
    edits: list[tuple[int, int, str]] = []
    for region in regions:
        start, end = region[0].start, max(c.end for c in region)
        old = base[start:end]
        new = "".join(c.text for c in region)
        if old == new:
            continue
        inside = [(max(a, start) - start, min(b, end) - start) for a, b in protected
                  if a < end and b > start]
        edits.extend((start + a, start + b, text)
                     for a, b, text in phrase_diff(old, new, inside))
    return edits


def new_positions(chunks: list[Chunk]) -> list[int]:
    """Where each chunk's text starts in the corrected paragraph."""
    positions = []
    shift = 0
    for chunk in chunks:
        positions.append(chunk.start + shift)
        shift += len(chunk.text) - (chunk.end - chunk.start)
    return positions


def corrected_text(base: str, chunks: list[Chunk]) -> str:
    parts = []
    at = 0
    for chunk in chunks:
        parts.append(base[at:chunk.start])
        parts.append(chunk.text)
        at = max(at, chunk.end)
    parts.append(base[at:])
    return "".join(parts)


def _position_map(old: str, new: str) -> Callable[[int], int]:
    """Map offsets of `old` to `new` where the two texts differ a little (e.g. field results)."""
    if old == new:
        return lambda position: position
    # Only the stretch between the common beginning and end needs a diff.
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]):
        suffix += 1
    middle = difflib.SequenceMatcher(None, old[prefix:len(old) - suffix],
                                     new[prefix:len(new) - suffix], autojunk=False)
    opcodes = [("equal", 0, prefix, 0, prefix)]
    opcodes += [(tag, i1 + prefix, i2 + prefix, j1 + prefix, j2 + prefix)
                for tag, i1, i2, j1, j2 in middle.get_opcodes()]
    opcodes.append(("equal", len(old) - suffix, len(old), len(new) - suffix, len(new)))
    opcodes = [o for o in opcodes if o[2] > o[1] or o[4] > o[3]]
    starts = [o[1] for o in opcodes]

    def mapped(position: int) -> int:
        if position >= len(old):
            return len(new)
        tag, i1, i2, j1, j2 = opcodes[max(0, bisect.bisect_right(starts, position) - 1)]
        if tag == "equal":
            return j1 + position - i1
        return j1 + round((position - i1) * (j2 - j1) / max(1, i2 - i1))

    return mapped


# -- writing -------------------------------------------------------------------------------------
def write_corrected_docx(document: ReviewDocument, path: str | Path, *,
                         track_changes: bool = False, comments: bool = False,
                         issues: list[Issue] | None = None, author: str = "translator_gui",
                         progress: Progress | None = None,
                         initials: str | None = None) -> DocxExportResult:
    """Write the corrected target as a Word file (see the module docstring for the layout)."""
    layout_name, layout = choose_layout(document)
    chunks = plan_chunks(document, layout)
    revisions = None
    if track_changes:
        roots = {id(r): r for r in [layout.docx.element] + [
            s.element.getroottree().getroot() for s in layout.slots]}.values()
        revisions = Revisions(author=author, next_id=max_revision_id(roots) + 1)
    result = DocxExportResult(str(path), layout_name)
    total = len(layout.slots)
    for number, (slot, slot_chunks) in enumerate(zip(layout.slots, chunks, strict=True)):
        edits = slot_edits(slot.base, slot_chunks)
        if slot.new and revisions is not None:
            _mark_paragraph_inserted(slot.element, revisions)
        if edits:
            current = paragraph_text(slot.element)
            protected = enclosed_spans(slot.element) if current == slot.base else []
            if protected:
                edits = slot_edits(slot.base, slot_chunks, protected)
            to_xml = _position_map(slot.base, current)
            apply_text_edits(slot.element, [(to_xml(a), to_xml(b), t) for a, b, t in edits],
                             revisions)
            result.paragraphs_changed += 1
        if progress and (number % 500 == 0 or number == total - 1):
            progress(number + 1, total)
    if comments:
        from translator_gui.core.export.issue_states import IssueState, classify

        open_issues = [r.issue for r in classify(document, issues or []) if
                       r.state == IssueState.OPEN]
        _anchor_comments(document, layout, chunks, comment_requests(document, open_issues),
                         author, result, initials)
    buffer = io.BytesIO()
    layout.docx.save(buffer)
    data = buffer.getvalue()
    del buffer
    if layout.original is not None:
        data = keep_unreferenced_parts(data, layout.original)
    write_file(path, data)
    return result


def _mark_paragraph_inserted(paragraph: Any, revisions: Revisions) -> None:
    """Track the paragraph mark itself as inserted, so rejecting all removes the paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = paragraph.get_or_add_pPr()
    run_properties = properties.find(qn("w:rPr"))
    if run_properties is None:
        run_properties = OxmlElement("w:rPr")
        properties.append(run_properties)
    run_properties.append(revisions.stamp(OxmlElement("w:ins")))


def _anchor_comments(document: ReviewDocument, layout: Layout, chunks: list[list[Chunk]],
                     requests: list[CommentRequest], author: str,
                     result: DocxExportResult, initials: str | None = None) -> None:
    from docx.text.run import Run

    # Where each segment's target parts landed: (slot, new offset of the part, target span).
    placed: dict[int, list[tuple[int, int, int, int]]] = {}
    maps: dict[int, Callable[[int], int]] = {}
    for slot_index, slot_chunks in enumerate(chunks):
        if not slot_chunks:
            continue
        positions = new_positions(slot_chunks)
        for chunk, position in zip(slot_chunks, positions, strict=True):
            placed.setdefault(chunk.segment, []).append(
                (slot_index, position + chunk.lead, chunk.target_start, chunk.target_end))
    for entries in placed.values():
        entries.sort(key=lambda e: e[2])
    # First where every comment goes, then each paragraph's runs are cut once for all its
    # comments (cutting per comment is quadratic in a long paragraph), then the comments.
    plans: list[tuple[CommentRequest, list[tuple[int, int, int]]]] = []
    spans_by_slot: dict[int, list[tuple[int, int]]] = {}
    for request in requests:
        entries = placed.get(request.segment_index, [])
        covering = [e for e in entries if e[2] < request.end and e[3] > request.start] or [
            e for e in entries if e[2] <= request.start <= e[3]][:1]
        if not covering or not all(layout.slots[e[0]].in_body for e in covering):
            plans.append((request, []))
            continue
        first, last = covering[0], covering[-1]
        parts = []
        for entry in ((first,) if first is last else (first, last)):
            slot_index, position, target_start, target_end = entry
            if slot_index not in maps:
                slot = layout.slots[slot_index]
                maps[slot_index] = _position_map(corrected_text(slot.base, chunks[slot_index]),
                                                 paragraph_text(slot.element))
            to_xml = maps[slot_index]
            start = position + max(0, request.start - target_start)
            end = position + min(request.end, target_end) - target_start
            if first is not last:
                if entry is first:
                    end = position + target_end - target_start
                else:
                    start = position
            span = (to_xml(start), to_xml(max(start, end)))
            parts.append((slot_index, *span))
            spans_by_slot.setdefault(slot_index, []).append(span)
        plans.append((request, parts))
    covered: dict[tuple[int, int, int], list[Any]] = {}
    for slot_index, spans in spans_by_slot.items():
        for span, runs in zip(spans, runs_for_spans(layout.slots[slot_index].element, spans),
                              strict=True):
            covered[(slot_index, *span)] = runs
    initials = (initials or "").strip() or initials_of(author)
    add_comment = comment_adder(layout.docx)
    for request, parts in plans:
        first_runs = covered.get(parts[0], []) if parts else []
        last_runs = covered.get(parts[-1], []) if parts else []
        if not first_runs or not last_runs:
            segment_id = document.segments[request.segment_index].id
            result.comments_not_anchored.append(f"segment {segment_id}: {request.text}")
            continue
        runs = [Run(first_runs[0], layout.slots[parts[0][0]].paragraph),
                Run(last_runs[-1], layout.slots[parts[-1][0]].paragraph)]
        add_comment(runs, request.text, author, initials)
        result.comments_anchored += 1
