"""From files to a ReviewDocument: read, segment, align (or take bilingual units as they are)."""

from __future__ import annotations

from pathlib import Path

from translator_gui.core.cancel import CancelCheck, Cancelled, Progress, stop_if
from translator_gui.core.language import guess_language
from translator_gui.core.model import (
    Bead,
    InputError,
    InputText,
    ReviewDocument,
    Segment,
    Sentence,
)
from translator_gui.core.readers import read_bilingual, read_paragraphs

# the name earlier callers used for the core's one cancellation exception
OperationCancelled = Cancelled


def read_input(path: str | Path, language: str, *, presegmented: bool = False,
               srx_path: str | None = None) -> InputText:
    """Read a monolingual file and cut its paragraphs into sentences (kept as spans)."""
    text_file = read_paragraphs(path)
    sentences: list[Sentence] = []
    if presegmented:
        # One sentence per line, taken as is: the line is the sentence (edges trimmed).
        for index, paragraph in enumerate(text_file.paragraphs):
            start = len(paragraph.text) - len(paragraph.text.lstrip())
            end = len(paragraph.text.rstrip())
            sentences.append(Sentence(index, start, end))
    else:
        # Imported here: the SRX engine costs a noticeable start-up for presegmented input.
        from translator_gui.core.segment import Segmenter

        segmenter = Segmenter(language, srx_path)
        for index, paragraph in enumerate(text_file.paragraphs):
            sentences.extend(Sentence(index, start, end)
                             for start, end in segmenter.split(paragraph.text))
    return InputText(str(path), language, text_file.paragraphs, sentences, text_file.kind,
                     text_file.fingerprint)


def check_languages(source: InputText, draft: InputText) -> None:
    """Refuse a pair whose languages are plainly the other way round from what was asked."""
    sample = 60
    source_guess = guess_language(source.sentence_text(i)
                                  for i in range(min(sample, len(source.sentences))))
    draft_guess = guess_language(draft.sentence_text(i)
                                 for i in range(min(sample, len(draft.sentences))))
    if source_guess == draft.language and draft_guess == source.language \
            and source.language != draft.language:
        raise InputError(source.path, f"this source reads as {source_guess!r} and the draft "
                                      f"{draft.path} as {draft_guess!r}: the files (or the "
                                      f"languages) seem swapped — open them the other way round")


def document_from_inputs(source: InputText, draft: InputText, beads: list[Bead]) -> ReviewDocument:
    segments = []
    for index, bead in enumerate(beads):
        source_text = source.join(bead.source)
        draft_text = draft.join(bead.target)
        segments.append(Segment(index, source_text, draft_text, draft_text, bead=bead))
    return ReviewDocument(segments, source.language, draft.language, source, draft,
                          source_path=source.path, draft_path=draft.path)


def open_pair(source_path: str | Path, draft_path: str | Path, source_language: str = "fr",
              target_language: str = "en", *, presegmented: bool = False,
              srx_path: str | None = None, progress: Progress | None = None,
              cancelled: CancelCheck | None = None, check_swapped: bool = True) -> ReviewDocument:
    """Read a source and its draft, segment both and align them into segment pairs."""
    source, draft, beads = align_pair(source_path, draft_path, source_language,
                                      target_language, presegmented=presegmented,
                                      srx_path=srx_path, progress=progress,
                                      cancelled=cancelled, check_swapped=check_swapped)
    return document_from_inputs(source, draft, beads)


def align_pair(source_path: str | Path, draft_path: str | Path, source_language: str = "fr",
               target_language: str = "en", *, presegmented: bool = False,
               srx_path: str | None = None, progress: Progress | None = None,
               cancelled: CancelCheck | None = None, check_swapped: bool = True
               ) -> tuple[InputText, InputText, list[Bead]]:
    """Read, segment and align a source and its draft: both inputs and the beads."""
    source = read_input(source_path, source_language, presegmented=presegmented, srx_path=srx_path)
    stop_if(cancelled)
    draft = read_input(draft_path, target_language, presegmented=presegmented, srx_path=srx_path)
    if not source.sentences:
        raise InputError(str(source_path), "no sentences found")
    if not draft.sentences:
        raise InputError(str(draft_path), "no sentences found")
    if check_swapped:
        check_languages(source, draft)
    from translator_gui.core.align import align_sentences  # numpy: only pairs need it

    beads = align_sentences(source.sentence_texts(), draft.sentence_texts(),
                            source_paragraphs=source.paragraph_ids(),
                            target_paragraphs=draft.paragraph_ids(),
                            source_language=source_language, target_language=target_language,
                            progress=progress, cancelled=cancelled)
    stop_if(cancelled)
    return source, draft, beads


def open_bilingual(path: str | Path, source_language: str = "fr",
                   target_language: str = "en") -> ReviewDocument:
    """A TSV / TMX / XLIFF file: one segment per unit, never re-segmented nor re-aligned."""
    pairs = read_bilingual(path)
    segments = [Segment(index, source, target, target, bead=Bead([index], [index]))
                for index, (source, target) in enumerate(pairs)]
    return ReviewDocument(segments, source_language, target_language, bilingual_path=str(path))


def open_single(path: str | Path, language: str = "fr", *, other_language: str | None = None,
                as_source: bool = True, presegmented: bool = False,
                srx_path: str | None = None) -> ReviewDocument:
    """A lone monolingual text: one segment per sentence, only its own side to check.

    As a source it leaves the targets empty; as a draft it leaves the sources empty.
    """
    text = read_input(path, language, presegmented=presegmented, srx_path=srx_path)
    if not text.sentences:
        raise InputError(str(path), "no sentences found")
    other = other_language or ("en" if language != "en" else "fr")
    segments = []
    for index in range(len(text.sentences)):
        sentence = text.sentence_text(index)
        if as_source:
            segments.append(Segment(index, sentence, "", "", bead=Bead([index], [])))
        else:
            segments.append(Segment(index, "", sentence, sentence, bead=Bead([], [index])))
    if as_source:
        return ReviewDocument(segments, language, other, source_input=text, source_path=str(path))
    return ReviewDocument(segments, other, language, draft_input=text, draft_path=str(path))
