"""Export benchmark: a 10,000-segment corrected document with tracked changes and comments.

The draft is a real DOCX of 10,000 sentences in paragraphs of one to eight sentences (English
news from WMT14 when ../shared/data is there, generated sentences otherwise), with bold runs
crossing sentence boundaries. About 30% of the targets are post-edited at random (a word
replaced, removed or added, a number changed, a sentence rewritten) and one segment in eight
carries an open issue, so the export writes thousands of revisions and comments.
"""

from __future__ import annotations

import random
import re
import tempfile
import time
from pathlib import Path

from common import WMT14, wmt14_documents

from translator_gui.core.checks.base import Issue, Severity
from translator_gui.core.model import Bead, InputText, Paragraph, ReviewDocument, Segment, Sentence

SEGMENTS = 10_000


def english_sentences(count: int) -> list[str]:
    sentences: list[str] = []
    if WMT14.exists():
        for _docid, _french, english in wmt14_documents():
            sentences.extend(s for s in english if s.strip())
    rng = random.Random(7)
    words = ("committee budget report members vote council policy market growth city "
             "government minister people year week plan law court school health").split()
    while len(sentences) < count:
        length = rng.randint(6, 24)
        sentence = " ".join(rng.choice(words) for _ in range(length))
        sentences.append(f"{sentence[0].upper()}{sentence[1:]} in {rng.randint(1990, 2030)}.")
    return [" ".join(s.split()) for s in sentences[:count]]


def build_draft(path: Path, sentences: list[str], rng: random.Random) -> InputText:
    import docx

    document = docx.Document()
    paragraphs: list[Paragraph] = []
    spans: list[Sentence] = []
    index = 0
    block = 0
    while index < len(sentences):
        size = min(rng.randint(1, 8), len(sentences) - index)
        members = sentences[index:index + size]
        text = " ".join(members)
        paragraph = document.add_paragraph()
        # Bold run from the middle of the first sentence into the next one, when there is one.
        cut_a = len(members[0]) // 2
        cut_b = len(members[0]) + 1 + len(members[1]) // 2 if size > 1 else len(text)
        paragraph.add_run(text[:cut_a])
        paragraph.add_run(text[cut_a:cut_b]).bold = True
        if cut_b < len(text):
            paragraph.add_run(text[cut_b:])
        offset = 0
        for sentence in members:
            spans.append(Sentence(len(paragraphs), offset, offset + len(sentence)))
            offset += len(sentence) + 1
        paragraphs.append(Paragraph(text, {"part": "body", "path": [block]}, "Normal"))
        block += 1
        index += size
    document.save(str(path))
    return InputText(str(path), "en", paragraphs, spans, "docx")


def post_edit(sentence: str, rng: random.Random) -> str:
    words = sentence.split(" ")
    action = rng.random()
    if action < 0.3 and len(words) > 2:
        words[rng.randrange(len(words))] = rng.choice(["the", "council", "approved", "new"])
    elif action < 0.5 and len(words) > 3:
        del words[rng.randrange(1, len(words) - 1)]
    elif action < 0.7:
        words.insert(rng.randrange(len(words)), rng.choice(["also", "indeed", "formally"]))
    elif action < 0.85:
        numbers = [i for i, w in enumerate(words) if re.search(r"\d", w)]
        target = numbers[0] if numbers else rng.randrange(len(words))
        words[target] = str(rng.randint(2, 99))
    else:
        rng.shuffle(words)
    return " ".join(words)


def corrected_document(draft: InputText, rng: random.Random) -> tuple[ReviewDocument,
                                                                      list[Issue]]:
    segments = []
    issues = []
    for index in range(len(draft.sentences)):
        text = draft.sentence_text(index)
        target = post_edit(text, rng) if rng.random() < 0.3 else text
        segment = Segment(index, f"Phrase {index}.", text, target, bead=Bead([index], [index]))
        segments.append(segment)
        if index % 8 == 0 and target:
            match = re.search(r"\w+", target)
            if match:
                issues.append(Issue(index, "target", match.start(), match.end(), "benchmark",
                                    "Terminology", Severity.MINOR, "Check this term",
                                    "another term"))
    return ReviewDocument(segments, draft_input=draft, draft_path=draft.path), issues


def _accepts_to_targets(path: Path, document: ReviewDocument) -> bool:
    """Not timed: the file, with every change accepted, reads as the corrected targets."""
    import docx

    from translator_gui.core.export.revisions import paragraph_text

    draft = document.draft_input
    expected: list[list[str]] = [[] for _ in draft.paragraphs]
    for segment in document.segments:
        expected[draft.sentences[segment.bead.target[0]].paragraph].append(segment.target)
    written = docx.Document(str(path)).paragraphs
    return [paragraph_text(p._p) for p in written] == [" ".join(t) for t in expected]


def run():
    from translator_gui.core.export import export_document

    rng = random.Random(2024)
    with tempfile.TemporaryDirectory() as folder:
        draft_path = Path(folder) / "draft-10k.docx"
        draft = build_draft(draft_path, english_sentences(SEGMENTS), rng)
        document, issues = corrected_document(draft, rng)
        edited = sum(1 for s in document.segments if s.target != s.draft)
        out = Path(folder) / "corrected-10k.docx"
        started = time.perf_counter()
        result = export_document(document, out, track_changes=True, comments=True,
                                 issues=issues, author="Benchmark")
        elapsed = time.perf_counter() - started
        yield "export_10k_segments", len(document.segments)
        yield "export_10k_accept_all_is_corrected", _accepts_to_targets(out, document)
        yield "export_10k_edited_segments", edited
        yield "export_10k_comments", result.comments_anchored
        yield "export_10k_seconds", elapsed
        # The worst case for comments: an open issue on every segment.
        every = [Issue(s.id, "target", 0, min(3, len(s.target)), "benchmark", "Style",
                       Severity.MINOR, "Check") for s in document.segments if s.target]
        started = time.perf_counter()
        result = export_document(document, out, track_changes=True, comments=True,
                                 issues=every, author="Benchmark")
        yield "export_10k_comment_on_every_segment_seconds", time.perf_counter() - started
