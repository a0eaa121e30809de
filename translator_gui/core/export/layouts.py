"""Where the corrected text goes: the output paragraphs and each segment's place in them.

A layout is a Word document (a copy of the draft, a copy of the source, or a new one) with one
*slot* per paragraph of the input it follows, and for each segment its *pieces*: the spans of
those paragraphs' text that hold its draft (one piece per paragraph). The writer then turns
targets into edits of those spans.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn

from translator_gui.core.export.revisions import iter_runs, make_run, run_text
from translator_gui.core.model import InputError, InputText, ReviewDocument


@dataclass
class Slot:
    """One paragraph of the output and the text its pieces' offsets refer to."""

    element: Any  # w:p
    base: str
    in_body: bool = True
    paragraph: Any = None  # python-docx Paragraph, the parent of Run objects for comments
    new: bool = False  # added for text that had no place in the draft


@dataclass(frozen=True)
class Piece:
    """The part of one segment's draft that lives in one paragraph: base[start:end]."""

    slot: int
    start: int
    end: int


@dataclass
class Layout:
    docx: Any
    slots: list[Slot]
    pieces: list[list[Piece]]  # per segment index
    # The bytes of the Word file the layout copies: parts python-docx does not carry over
    # (those no relationship refers to) are taken from it when the export is written.
    original: bytes | None = None


# -- opening inputs ------------------------------------------------------------------------------
def open_docx(path: str | None, role: str) -> Any:
    from pathlib import Path

    from translator_gui.core.readers import open_docx_bytes, read_file_bytes

    if not path or not os.path.exists(path):
        if role == "reviewed":
            raise InputError(path, "file not found")
        raise InputError(path, f"the {role} Word file is needed to write the corrections into "
                               f"its layout, but it cannot be found (was it moved?)")
    return open_docx_bytes(read_file_bytes(Path(path)), path, role)


def open_input_docx(text: InputText, role: str) -> Any:
    """The Word file an input was read from, refused if it has changed since it was read."""
    return read_input_docx(text, role)[0]


def read_input_docx(text: InputText, role: str) -> tuple[Any, bytes]:
    """The Word file an input was read from and its bytes, refused if it has changed since.

    The corrections are written into it at the recorded places: a draft rewritten (or
    replaced) since the project was saved would receive them in the wrong text.
    """
    from pathlib import Path

    from translator_gui.core.readers import fingerprint_of, open_docx_bytes, read_file_bytes

    if not text.path or not os.path.exists(text.path):
        raise InputError(text.path, f"the {role} Word file is needed to write the corrections "
                                    f"into its layout, but it cannot be found (was it moved?)")
    data = read_file_bytes(Path(text.path))
    document = open_docx_bytes(data, text.path, role)
    if text.fingerprint and fingerprint_of(data) == text.fingerprint:
        return document, data
    # Changed bytes (or an older project without a fingerprint): the export may go on only if
    # every paragraph the project knows still reads the same at its place.
    _refuse_changed_paragraphs(document, text, role)
    return document, data


def _refuse_changed_paragraphs(docx_document: Any, text: InputText, role: str) -> None:
    from translator_gui.core.docx_io import iter_docx_paragraphs
    from translator_gui.core.readers import docx_paragraph_text

    walked = {_location_key(location): paragraph
              for location, paragraph in iter_docx_paragraphs(docx_document)}
    for number, paragraph in enumerate(text.paragraphs, start=1):
        found = walked.get(_location_key(paragraph.location))
        now = docx_paragraph_text(found) if found is not None else None
        if now != paragraph.text:
            shown = "is gone" if now is None else f"now reads {_excerpt(now)!r}"
            raise InputError(text.path, f"the {role} Word file has changed since the project was "
                                        f"made: its paragraph {number} ({_excerpt(paragraph.text)!r}) "
                                        f"{shown}; put back the version the project was made "
                                        f"from, or start a new project from this file")


def _excerpt(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _location_key(location: dict[str, Any]) -> tuple:
    return (location.get("part"), location.get("section"), location.get("kind"),
            tuple(location.get("path", ())))


def _find_slots(docx_document: Any, text: InputText, role: str) -> list[Slot]:
    from translator_gui.core.docx_io import find_paragraph, iter_docx_paragraphs

    # One walk over the file instead of a search per paragraph (10,000 paragraphs add up).
    walked = {_location_key(location): paragraph
              for location, paragraph in iter_docx_paragraphs(docx_document)}
    slots = []
    for paragraph in text.paragraphs:
        try:
            found = walked.get(_location_key(paragraph.location)) or find_paragraph(
                docx_document, paragraph.location)
        except (KeyError, IndexError, ValueError):
            raise InputError(text.path, f"the {role} Word file has changed since the project "
                                        f"was made: paragraph {paragraph.location} is gone") from None
        slots.append(Slot(found._p, paragraph.text, paragraph.location.get("part") == "body",
                          found))
    return slots


def _sentence_pieces(text: InputText, indices: Sequence[int]) -> list[Piece]:
    """One piece per paragraph covering the given (consecutive) sentences."""
    pieces: list[Piece] = []
    for index in indices:
        if not 0 <= index < len(text.sentences):
            continue
        sentence = text.sentences[index]
        if pieces and pieces[-1].slot == sentence.paragraph:
            last = pieces[-1]
            pieces[-1] = Piece(last.slot, min(last.start, sentence.start),
                               max(last.end, sentence.end))
        else:
            pieces.append(Piece(sentence.paragraph, sentence.start, sentence.end))
    return pieces


# -- layouts -------------------------------------------------------------------------------------
def layout_from_draft_docx(document: ReviewDocument) -> Layout:
    draft = document.draft_input
    assert draft is not None
    docx_document, original = read_input_docx(draft, "draft")
    slots = _find_slots(docx_document, draft, "draft")
    pieces = [_sentence_pieces(draft, s.bead.target) for s in document.segments]
    return Layout(docx_document, slots, pieces, original)


def _clean_docx(language: str) -> Any:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    docx_document = docx.Document()
    normal = docx_document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    return docx_document


def _add_paragraph(docx_document: Any, text: str, style: str | None) -> Any:
    from translator_gui.core.characters import map_control_characters

    text = map_control_characters(text)  # same length: offsets into it stay valid
    try:
        return docx_document.add_paragraph(text, style if style else None)
    except KeyError:  # a style of the input the default template does not have
        return docx_document.add_paragraph(text)


_SENTENCE_END = tuple(".!?:;,…»\"')")


def _looks_like_heading(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= 100 and len(text.split()) <= 12 and not text.endswith(_SENTENCE_END)


def guess_styles(texts: list[str], styles: list[str | None]) -> list[str | None]:
    """Styles for plain-text paragraphs, so a clean document reads like one.

    A short first line without final punctuation is the title; a later one followed by a
    longer paragraph that ends like a sentence is a heading. Paragraphs that came with a style
    (from a Word input) keep it.
    """
    guessed: list[str | None] = []
    for index, (text, style) in enumerate(zip(texts, styles, strict=True)):
        if style:
            guessed.append(style)
            continue
        following = texts[index + 1].strip() if index + 1 < len(texts) else ""
        if index == 0 and _looks_like_heading(text) and following:
            guessed.append("Title")
        elif (_looks_like_heading(text) and len(following) > len(text.strip())
              and following.endswith(tuple(".!?…»\""))):
            guessed.append("Heading 1")
        else:
            guessed.append(None)
    return guessed


def _set_title(docx_document: Any, texts: list[str], styles: list[str | None],
               fallback: str | None, language: str) -> None:
    titles = [t for t, s in zip(texts, styles, strict=True) if s == "Title"]
    properties = docx_document.core_properties
    properties.title = titles[0].strip() if titles else (fallback or "")
    properties.language = language


def layout_from_draft_text(document: ReviewDocument) -> Layout:
    draft = document.draft_input
    assert draft is not None
    docx_document = _clean_docx(document.target_language)
    texts = [p.text for p in draft.paragraphs]
    styles = guess_styles(texts, [p.style for p in draft.paragraphs])
    _set_title(docx_document, texts, styles, _stem(draft.path), document.target_language)
    slots = []
    for text, style in zip(texts, styles, strict=True):
        added = _add_paragraph(docx_document, text, style)
        slots.append(Slot(added._p, text, True, added))
    pieces = [_sentence_pieces(draft, s.bead.target) for s in document.segments]
    return Layout(docx_document, slots, pieces)


def layout_from_source(document: ReviewDocument, docx_document: Any | None) -> Layout:
    """The source's paragraphs receive the drafts of the segments aligned to them.

    A draft aligned to several source paragraphs is shared between them in proportion to the
    source text in each; a draft with no source sentence follows the previous segment.
    """
    source = document.source_input
    assert source is not None
    parts: list[list[tuple[int, str]]] = [[] for _ in source.paragraphs]
    last_slot = 0 if source.paragraphs else -1
    pending: list[int] = []  # draft-only segments before any source sentence
    for index, segment in enumerate(document.segments):
        source_pieces = _sentence_pieces(source, segment.bead.source)
        if not source_pieces:
            if last_slot < 0 or (not any(parts) and not pending and index == 0):
                pending.append(index)
            elif any(parts):
                parts[last_slot].append((index, segment.draft))
            else:
                pending.append(index)
            continue
        weights = [max(1, p.end - p.start) for p in source_pieces]
        shares = split_proportionally(segment.draft, weights)
        for piece, share in zip(source_pieces, shares, strict=True):
            parts[piece.slot].append((index, share))
        if pending:
            first = source_pieces[0].slot
            parts[first][:0] = [(i, document.segments[i].draft) for i in pending]
            pending = []
        last_slot = source_pieces[-1].slot
    if pending and parts:
        parts[0].extend((i, document.segments[i].draft) for i in pending)
    if docx_document is None:
        docx_document = _clean_docx(document.target_language)
        texts = [" ".join(text for _, text in paragraph_parts if text) for paragraph_parts in parts]
        styles = guess_styles(texts, [p.style for p in source.paragraphs])
        _set_title(docx_document, texts, styles, _stem(source.path), document.target_language)
        slots = []
        for base, style in zip(texts, styles, strict=True):
            added = _add_paragraph(docx_document, base, style)
            slots.append(Slot(added._p, base, True, added))
    else:
        slots = _find_slots(docx_document, source, "source")
        for slot, paragraph_parts in zip(slots, parts, strict=True):
            slot.base = " ".join(text for _, text in paragraph_parts if text)
            set_paragraph_text(slot.element, slot.base, document.target_language)
    pieces: list[list[Piece]] = [[] for _ in document.segments]
    for slot_index, paragraph_parts in enumerate(parts):
        offset = 0
        for index, text in paragraph_parts:
            if not text:
                # A segment with no draft (translated from scratch) still has its place here.
                pieces[index].append(Piece(slot_index, offset, offset))
                continue
            if offset:
                offset += 1  # the space that joins drafts in `base`
            pieces[index].append(Piece(slot_index, offset, offset + len(text)))
            offset += len(text)
    return Layout(docx_document, slots, pieces)


def _stem(path: str | None) -> str | None:
    return os.path.splitext(os.path.basename(path))[0] if path else None


def layout_per_segment(document: ReviewDocument) -> Layout:
    docx_document = _clean_docx(document.target_language)
    docx_document.core_properties.title = _stem(document.bilingual_path) or ""
    docx_document.core_properties.language = document.target_language
    slots = []
    pieces = []
    for segment in document.segments:
        added = _add_paragraph(docx_document, segment.draft, None)
        slots.append(Slot(added._p, segment.draft, True, added))
        pieces.append([Piece(len(slots) - 1, 0, len(segment.draft))])
    return Layout(docx_document, slots, pieces)


def choose_layout(document: ReviewDocument) -> tuple[str, Layout]:
    draft, source = document.draft_input, document.source_input
    if draft is not None and draft.kind == "docx":
        return "draft", layout_from_draft_docx(document)
    if source is not None and source.kind == "docx":
        docx_document, original = read_input_docx(source, "source")
        layout = layout_from_source(document, docx_document)
        layout.original = original
        return "source", layout
    if draft is not None:
        return "clean", layout_from_draft_text(document)
    if source is not None:
        return "clean", layout_from_source(document, None)
    return "clean", layout_per_segment(document)


def set_paragraph_text(paragraph: Any, text: str, language: str | None = None) -> None:
    """Replace a paragraph's words, keeping its properties, images and its main run format.

    The new words take the format of the run holding most of the old text: a source paragraph
    opening on a bold name must not turn its whole translation bold. With `language`, a
    language mark copied from the old words is changed to it, so Word does not spell-check
    the translation in the source language.
    """
    runs = list(iter_runs(paragraph))
    text_runs = [r for r in runs if run_text(r)]
    template = text_runs[0] if text_runs else None
    main = max(text_runs, key=lambda r: len(run_text(r))) if text_runs else None
    new_run = make_run(text, main.find(qn("w:rPr")) if main is not None else None)
    lang = new_run.find(f"{qn('w:rPr')}/{qn('w:lang')}")
    if language and lang is not None:
        lang.set(qn("w:val"), language)
    if template is not None:
        template.addprevious(new_run)
    else:
        properties = paragraph.find(qn("w:pPr"))
        if properties is not None:
            properties.addnext(new_run)
        else:
            paragraph.insert(0, new_run)
    text_tags = {qn("w:t"), qn("w:tab"), qn("w:ptab"), qn("w:cr"), qn("w:noBreakHyphen")}
    for run in text_runs:
        for child in list(run):
            if child.tag in text_tags or (child.tag == qn("w:br") and
                                          child.get(qn("w:type"), "textWrapping")
                                          == "textWrapping"):
                run.remove(child)
        if all(child.tag == qn("w:rPr") for child in run):
            run.getparent().remove(run)


# -- cutting a target to fit the draft's paragraphs ------------------------------------------------
def split_proportionally(text: str, weights: Sequence[int]) -> list[str]:
    """Cut text at word boundaries into len(weights) parts sized like the weights."""
    if len(weights) <= 1:
        return [text]
    total = sum(weights)
    cuts = [0]
    running = 0
    for weight in weights[:-1]:
        running += weight
        at = snap_to_space(text, round(len(text) * running / total), 0, len(text))
        cuts.append(max(at, cuts[-1]))
    cuts.append(len(text))
    parts = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        parts.append(text[left:right].strip())
    return parts


def snap_to_space(text: str, at: int, low: int, high: int) -> int:
    """The whitespace position in text[low:high] nearest to `at` (or the nearer edge)."""
    at = max(low, min(high, at))
    best = None
    for distance in range(0, high - low + 1):
        for candidate in (at - distance, at + distance):
            if low <= candidate < high and text[candidate].isspace():
                best = candidate
                break
        if best is not None:
            return best
    return low if at - low <= high - at else high
