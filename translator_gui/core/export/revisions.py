"""Rewrite a Word paragraph's text on its runs, as plain edits or as tracked revisions (w:ins/w:del).

A paragraph is read as a sequence of atoms — a run's text, tab, break... — with character
offsets, the same text python-docx reports. Edits are character spans of that text. Only runs an
edit touches are cut up (one run per atom, text cut at the edit's ends), so every untouched word
keeps its run, formatting, hyperlink and field exactly as it was, and an untouched paragraph is
not modified at all. Revision XML is built element by element with OxmlElement/qn: author names
and text never pass through string formatting.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

W_R, W_T, W_RPR, W_TAB, W_PTAB, W_BR, W_CR = (qn("w:r"), qn("w:t"), qn("w:rPr"), qn("w:tab"),
                                              qn("w:ptab"), qn("w:br"), qn("w:cr"))
W_NOBREAKHYPHEN, W_INS, W_DEL = qn("w:noBreakHyphen"), qn("w:ins"), qn("w:del")
W_DELTEXT, W_INSTRTEXT, W_DELINSTRTEXT = qn("w:delText"), qn("w:instrText"), qn("w:delInstrText")
W_HYPERLINK, W_SDT, W_SDTCONTENT = qn("w:hyperlink"), qn("w:sdt"), qn("w:sdtContent")
W_PPR, W_RSTYLE, W_RPRCHANGE = qn("w:pPr"), qn("w:rStyle"), qn("w:rPrChange")
W_MOVEFROM, W_MOVETO = qn("w:moveFrom"), qn("w:moveTo")
W_FLDCHAR, W_FLDCHARTYPE = qn("w:fldChar"), qn("w:fldCharType")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# Elements whose runs are part of the paragraph's visible text.
_RUN_CONTAINERS = {W_HYPERLINK, qn("w:fldSimple"), qn("w:smartTag"), qn("w:customXml"), W_INS,
                   W_MOVETO, qn("w:dir"), qn("w:bdo")}
# Elements whose runs are deleted text (not part of what the reader sees).
_HIDDEN_CONTAINERS = {W_DEL, W_MOVEFROM}

_CONTROL = re.compile(r"([\t\n])")


@dataclass
class Revisions:
    """Who and when for tracked changes, and the source of unique revision ids."""

    author: str = "translator_gui"
    date: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    next_id: int = 1

    def stamp(self, element: Any) -> Any:
        element.set(qn("w:id"), str(self.next_id))
        self.next_id += 1
        element.set(qn("w:author"), self.author)
        element.set(qn("w:date"), self.date.strftime("%Y-%m-%dT%H:%M:%SZ"))
        return element


def max_revision_id(elements: Iterable[Any]) -> int:
    """The largest w:id used by revision marks in these XML trees (ids must stay unique)."""
    tags = ("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange",
            "tblPrChange", "trPrChange", "tcPrChange", "numberingChange", "cellIns", "cellDel")
    largest = 0
    wanted = {qn(f"w:{t}") for t in tags}
    for root in elements:
        for element in root.iter(*wanted):
            value = element.get(qn("w:id"))
            if value and value.lstrip("-").isdigit():
                largest = max(largest, int(value))
    return largest


# -- reading a paragraph ------------------------------------------------------------------------
def iter_runs(container: Any, include_deleted: bool = False,
              include_inserted: bool = True) -> Iterator[Any]:
    """The w:r elements of a paragraph in reading order, through hyperlinks, fields, controls."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == W_R:
            yield child
        elif tag in _HIDDEN_CONTAINERS:
            if include_deleted:
                yield from iter_runs(child, include_deleted, include_inserted)
        elif tag in (W_INS, W_MOVETO):
            if include_inserted:
                yield from iter_runs(child, include_deleted, include_inserted)
        elif tag in _RUN_CONTAINERS:
            yield from iter_runs(child, include_deleted, include_inserted)
        elif tag == W_SDT:
            content = child.find(W_SDTCONTENT)
            if content is not None:
                yield from iter_runs(content, include_deleted, include_inserted)


def atom_text(child: Any) -> str | None:
    """The text one run child stands for (as python-docx reads it); None for w:rPr."""
    tag = child.tag
    if tag in (W_T, W_DELTEXT):
        return child.text or ""
    if tag in (W_TAB, W_PTAB):
        return "\t"
    if tag == W_BR:
        return "\n" if child.get(qn("w:type"), "textWrapping") == "textWrapping" else ""
    if tag == W_CR:
        return "\n"
    if tag == W_NOBREAKHYPHEN:
        return "-"
    if tag == W_RPR:
        return None
    return ""


def run_text(run: Any) -> str:
    return "".join(t for t in (atom_text(c) for c in run.iterchildren()) if t)


def paragraph_text(paragraph: Any, view: str = "current") -> str:
    """Visible text of a w:p. view: "current"/"accepted" (insertions in, deletions out) or
    "rejected" (deletions in, insertions out)."""
    if view == "rejected":
        runs = iter_runs(paragraph, include_deleted=True, include_inserted=False)
    else:
        runs = iter_runs(paragraph)
    return "".join(run_text(r) for r in runs)


@dataclass
class _Atom:
    run: Any
    start: int
    end: int


def _atoms(paragraph: Any) -> list[_Atom]:
    """One entry per run, with the run's character span in the paragraph's current text."""
    atoms: list[_Atom] = []
    offset = 0
    for run in iter_runs(paragraph):
        width = len(run_text(run))
        atoms.append(_Atom(run, offset, offset + width))
        offset += width
    return atoms


# -- cutting runs -------------------------------------------------------------------------------
def _content_children(run: Any) -> list[Any]:
    return [c for c in run.iterchildren() if c.tag != W_RPR]


def _set_text(t_element: Any, text: str) -> None:
    from translator_gui.core.characters import map_control_characters

    text = map_control_characters(text)  # XML cannot hold them; a space keeps words apart
    t_element.text = text
    if text != text.strip() or "  " in text:
        t_element.set(XML_SPACE, "preserve")


def _explode(run: Any) -> list[Any]:
    """Give each content child of the run a run of its own (same formatting); returns them."""
    children = _content_children(run)
    if len(children) <= 1:
        return [run]
    rpr = run.find(W_RPR)
    pieces = [run]
    anchor = run
    for child in children[1:]:
        piece = OxmlElement("w:r")
        for name, value in run.attrib.items():
            piece.set(name, value)
        if rpr is not None:
            piece.append(copy.deepcopy(rpr))
        piece.append(child)  # moves the child out of the original run
        anchor.addnext(piece)
        anchor = piece
        pieces.append(piece)
    return pieces


def _split_text_run(run: Any, cuts: Sequence[int]) -> None:
    """Cut a run holding a single w:t at the given character offsets (sorted, inside it)."""
    t_element = _content_children(run)[0]
    text = t_element.text or ""
    bounds = [0, *cuts, len(text)]
    _set_text(t_element, text[:bounds[1]])
    rpr = run.find(W_RPR)
    anchor = run
    for left, right in zip(bounds[1:], bounds[2:], strict=False):
        piece = OxmlElement("w:r")
        for name, value in run.attrib.items():
            piece.set(name, value)
        if rpr is not None:
            piece.append(copy.deepcopy(rpr))
        piece_text = OxmlElement("w:t")
        for name, value in t_element.attrib.items():
            piece_text.set(name, value)
        _set_text(piece_text, text[left:right])
        piece.append(piece_text)
        anchor.addnext(piece)
        anchor = piece


def _isolate(paragraph: Any, cuts: Sequence[int], touched: Sequence[tuple[int, int]]) -> None:
    """Cut runs so each position in `cuts` falls between runs; only runs near an edit are cut.

    `touched` spans must be sorted and must not overlap. Lookups are binary searches, so a
    paragraph of thousands of runs and edits is cut in near-linear time.
    """
    if not cuts:
        return
    cut_set = sorted(set(cuts))
    touched_starts = [a for a, _ in touched]
    touched_ends = [b for _, b in touched]
    for atom in _atoms(paragraph):
        # The last span starting at or before the atom's end is the only one that can reach it.
        last = bisect.bisect_right(touched_starts, atom.end) - 1
        if last < 0 or touched_ends[last] < atom.start:
            continue
        offset = atom.start
        for run in _explode(atom.run):
            width = len(run_text(run))
            low = bisect.bisect_right(cut_set, offset)
            high = bisect.bisect_left(cut_set, offset + width)
            inner = [c - offset for c in cut_set[low:high]]
            children = _content_children(run)
            if inner and len(children) == 1 and children[0].tag == W_T:
                _split_text_run(run, inner)
            offset += width


class _AtomIndex:
    """The runs of a paragraph by character position (positions only grow along the list)."""

    def __init__(self, atoms: list[_Atom]) -> None:
        self.atoms = atoms
        self.starts = [a.start for a in atoms]
        self.ends = [a.end for a in atoms]

    def within(self, start: int, end: int) -> list[_Atom]:
        """Runs with text lying entirely inside [start, end)."""
        found = []
        for index in range(bisect.bisect_left(self.starts, start), len(self.atoms)):
            atom = self.atoms[index]
            if atom.start >= end:
                break
            if atom.end <= end and atom.end > atom.start:
                found.append(atom)
        return found

    def ending_at(self, at: int) -> _Atom | None:
        """The last run with text that ends exactly at `at`."""
        index = bisect.bisect_right(self.ends, at) - 1
        while index >= 0 and self.ends[index] == at:
            atom = self.atoms[index]
            if atom.end > atom.start:
                return atom
            index -= 1
        return None

    def starting_at(self, at: int) -> _Atom | None:
        """The first run with text that starts exactly at `at`."""
        index = bisect.bisect_left(self.starts, at)
        while index < len(self.atoms) and self.starts[index] == at:
            atom = self.atoms[index]
            if atom.end > atom.start:
                return atom
            index += 1
        return None

    def overlapping(self, start: int, end: int) -> list[_Atom]:
        """Runs with text overlapping [start, end)."""
        found = []
        for index in range(max(0, bisect.bisect_right(self.ends, start) - 1), len(self.atoms)):
            atom = self.atoms[index]
            if atom.start >= end:
                break
            if atom.end > atom.start and atom.end > start:
                found.append(atom)
        return found


# -- building revision elements ------------------------------------------------------------------
def make_run(text: str, rpr: Any | None) -> Any:
    """A w:r with a copy of `rpr` and the text (tabs and line breaks as w:tab / w:br)."""
    run = OxmlElement("w:r")
    if rpr is not None:
        properties = copy.deepcopy(rpr)
        for change in properties.findall(W_RPRCHANGE):
            properties.remove(change)
        run.append(properties)
    for part in _CONTROL.split(text):
        if not part:
            continue
        if part == "\t":
            run.append(OxmlElement("w:tab"))
        elif part == "\n":
            run.append(OxmlElement("w:br"))
        else:
            t_element = OxmlElement("w:t")
            _set_text(t_element, part)
            run.append(t_element)
    return run


def _mark_deleted(run: Any) -> None:
    for child in run.iterchildren():
        if child.tag == W_T:
            child.tag = W_DELTEXT
            if child.text and child.text != child.text.strip():
                child.set(XML_SPACE, "preserve")
        elif child.tag == W_INSTRTEXT:
            child.tag = W_DELINSTRTEXT


def _wrap_deleted(runs: Sequence[Any], revisions: Revisions) -> Any:
    """Move runs into w:del wrappers (one per stretch of siblings); returns the last wrapper."""
    wrapper = None
    for run in runs:
        previous = run.getprevious()
        if wrapper is None or previous is not wrapper:
            wrapper = revisions.stamp(OxmlElement("w:del"))
            run.addprevious(wrapper)
        _mark_deleted(run)
        wrapper.append(run)
    return wrapper


def _outermost_in(element: Any, parent: Any) -> Any:
    # The ancestor of element that is a direct child of parent (element itself if it is one).
    while element.getparent() is not parent:
        element = element.getparent()
    return element


# -- applying edits ---------------------------------------------------------------------------
def apply_text_edits(paragraph: Any, edits: Sequence[tuple[int, int, str]],
                     revisions: Revisions | None = None) -> None:
    """Apply (start, end, replacement) spans of the paragraph's current text to its runs.

    Spans must not overlap. With `revisions` the changes become w:del/w:ins marked with its
    author and date; without, the runs are changed in place. New words go where the words
    around them are: never inside a hyperlink, field result or content control unless the
    words they replace, or both their neighbours, are in it.
    """
    edits = sorted((e for e in edits if e[0] != e[1] or e[2]), key=lambda e: (e[0], e[1]))
    if not edits:
        return
    cuts = [p for a, b, _ in edits for p in (a, b)]
    _isolate(paragraph, cuts, [(a, b) for a, b, _ in edits])
    atoms = _AtomIndex(_atoms(paragraph))
    enclosing = _Enclosures(paragraph)
    for start, end, replacement in reversed(edits):
        deleted = atoms.within(start, end)
        if deleted:
            # The new words take the place (and format) of the least enclosed replaced run.
            anchor = min(deleted, key=lambda a: len(enclosing.of(a.run)))
            inserted_run = make_run(replacement, anchor.run.find(W_RPR)) if replacement else None
            if revisions is None:
                if inserted_run is not None:
                    anchor.run.addprevious(inserted_run)
                for atom in deleted:
                    atom.run.getparent().remove(atom.run)
            else:
                _wrap_deleted([a.run for a in deleted], revisions)
                if inserted_run is not None:
                    insertion = revisions.stamp(OxmlElement("w:ins"))
                    insertion.append(inserted_run)
                    # after the deletion stretch holding the anchor (del, then ins)
                    anchor.run.getparent().addnext(insertion)
            continue
        if replacement:
            _insert(paragraph, atoms, enclosing, start, replacement, revisions)


class _Enclosures:
    """What encloses each run of a paragraph: hyperlinks, simple fields, content controls,
    smart tags and complex field results (between a field's separate and end marks)."""

    _TAGS = {W_HYPERLINK, qn("w:fldSimple"), W_SDT, qn("w:smartTag"), qn("w:customXml")}

    def __init__(self, paragraph: Any) -> None:
        self.paragraph = paragraph
        self.field_of: dict[Any, Any] = {}  # run -> the run holding its field's end mark
        open_fields: list[list[Any]] = []  # per open field: the result runs seen so far
        in_result: list[bool] = []
        for run in iter_runs(paragraph, include_deleted=True):
            for mark in run.iterchildren(W_FLDCHAR):
                kind = mark.get(W_FLDCHARTYPE)
                if kind == "begin":
                    open_fields.append([])
                    in_result.append(False)
                elif kind == "separate" and in_result:
                    in_result[-1] = True
                elif kind == "end" and open_fields:
                    for result_run in open_fields.pop():
                        self.field_of[result_run] = run
                    in_result.pop()
            if in_result and in_result[-1] and run.find(W_FLDCHAR) is None:
                open_fields[-1].append(run)

    def of(self, run: Any) -> list[Any]:
        """The enclosing elements of a run, innermost first (a field result's end run stands
        for its field)."""
        found = []
        if run in self.field_of:
            found.append(self.field_of[run])
        parent = run.getparent()
        while parent is not None and parent is not self.paragraph:
            if parent.tag in self._TAGS:
                found.append(parent)
            parent = parent.getparent()
        return found


def _insert(paragraph: Any, atoms: _AtomIndex, enclosing: _Enclosures, at: int, text: str,
            revisions: Revisions | None) -> None:
    """New words where the draft had none: beside the neighbour that is least enclosed."""
    before, after = atoms.ending_at(at), atoms.starting_at(at)
    left = before.run if before is not None else None
    right = after.run if after is not None else None
    left_in = enclosing.of(left) if left is not None else []
    right_in = enclosing.of(right) if right is not None else []
    if left is not None and (not left_in or left_in == right_in):
        template, place = left, "after-left"
    elif right is not None and (not right_in or left is None):
        template, place = right, "before-right"
    elif left is not None:
        # Both neighbours enclosed, in different things: between them, outside the left one.
        template, place = (right if right is not None else left), "after-left-enclosure"
    else:
        template, place = None, "end"
    inserted_run = make_run(text, template.find(W_RPR) if template is not None else None)
    if template is not None and template is left and left_in and place != "after-left":
        _drop_link_style(inserted_run)
    element: Any = inserted_run
    if revisions is not None:
        element = revisions.stamp(OxmlElement("w:ins"))
        element.append(inserted_run)
    if place == "after-left" and left is not None:
        anchor = left
        # Keep a deletion that follows the left run in front of the insertion (del, then ins).
        while anchor.getnext() is not None and anchor.getnext().tag == W_DEL:
            anchor = anchor.getnext()
        anchor.addnext(element)
    elif place == "before-right" and right is not None:
        right.addprevious(element)
    elif place == "after-left-enclosure":
        outer = left_in[-1]
        if outer.tag == W_R:  # a complex field: after the run holding its end mark
            outer = _outermost_in(outer, outer.getparent())
        outer.addnext(element)
    else:
        properties = paragraph.find(W_PPR)
        runs = list(iter_runs(paragraph, include_deleted=True))
        if runs:
            _outermost_in(runs[-1], paragraph).addnext(element)
        elif properties is not None:
            properties.addnext(element)
        else:
            paragraph.insert(0, element)


def _drop_link_style(run: Any) -> None:
    """New words outside a link do not take its character style (blue underline)."""
    rpr = run.find(W_RPR)
    if rpr is not None:
        for style in rpr.findall(W_RSTYLE):
            rpr.remove(style)


def enclosed_spans(paragraph: Any) -> list[tuple[int, int]]:
    """Character spans of the paragraph's current text held by a hyperlink, a field result, a
    content control or a smart tag (their words must not be folded into a phrase change)."""
    enclosing = _Enclosures(paragraph)
    spans: list[tuple[int, int]] = []
    for atom in _atoms(paragraph):
        if atom.end == atom.start or not enclosing.of(atom.run):
            continue
        if spans and spans[-1][1] == atom.start:
            spans[-1] = (spans[-1][0], atom.end)
        else:
            spans.append((atom.start, atom.end))
    return spans


def runs_for_spans(paragraph: Any, spans: Sequence[tuple[int, int]]) -> list[list[Any]]:
    """The runs covering each [start, end) of the paragraph's current (accepted) text, cut to
    fit; the runs are cut once for all the spans."""
    cuts = [p for span in spans for p in span]
    touched = _merge_spans(spans)
    _isolate(paragraph, cuts, touched)
    atoms = _AtomIndex(_atoms(paragraph))
    return [[a.run for a in atoms.overlapping(start, end)] for start, end in spans]


def _merge_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
