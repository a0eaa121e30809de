"""Save, load and export of a 20,000-paragraph project, and the zip-bomb refusal (issue 13).

The input is generated: 20,000 draft paragraphs of two sentences in a real .docx, aligned one
to one with a French source, a third of the targets edited. Figures: seconds of save_project,
load_project (schema validation included), and the TMX, XLIFF, bilingual-table and
tracked-changes DOCX exports, with the process's peak resident memory after each (MB; it only
grows); then the time to refuse a 2.2 GB zip bomb.

Then one very long sentence (issue 13 item 7): a single fr→en segment of 90,000, 360,000 and
1,000,000 characters of French and English prose without a sentence break
(tests/long_text.py), every check timed on it alone in CPU seconds (time.process_time: the
machine is shared) as the engine runs it, the French parse apart. Past morphology.LONG_SEGMENT
characters the parse and the checks not reading whole texts (Check.whole_text: all but those
of numbers, dates, names, terms, symbols, lengths) read each text's first part only
(SegmentContext.for_check), and segment-too-long says so. Figures: the total at each size (all
checks plus the parse), the parse alone, the slowest check at 1 MB, each check's growth from
90,000 to 360,000 characters (4× the text; linear ≈ 4, quadratic ≈ 16; a budgeted check's is
≈ 1), and the whole engine (check_document, every check, parse included, issues sorted and
deduplicated) on the 1 MB segment in a fresh process, data and model loaded first: wall and CPU
seconds. Per-check times, and every check on the
whole text (`--whole`): `python tests/benchmarks/long_sentence.py`.
"""

from __future__ import annotations

import random
import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from translator_gui.core.model import Bead, InputText, Paragraph, ReviewDocument, Segment, Sentence

PARAGRAPHS = 20_000


def _measure(action: Callable[[], Any]) -> tuple[float, float]:
    # Not tracemalloc: it slows these allocation-heavy steps several times over.
    started = time.perf_counter()
    action()
    elapsed = time.perf_counter() - started
    return elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _document(folder: Path) -> ReviewDocument:
    import docx

    rng = random.Random(12)
    words = "committee budget report members vote council policy market growth city".split()
    draft_docx = docx.Document()
    paragraphs, sentences, segments = [], [], []
    for index in range(PARAGRAPHS):
        first = " ".join(rng.choice(words) for _ in range(rng.randint(5, 14)))
        second = " ".join(rng.choice(words) for _ in range(rng.randint(5, 14)))
        text = f"The {first} in {index}. A {second}."
        draft_docx.add_paragraph(text)
        paragraphs.append(Paragraph(text, {"part": "body", "path": [index]}, None))
        cut = text.index(". ") + 1
        for start, end in ((0, cut), (cut + 1, len(text))):
            sentences.append(Sentence(index, start, end))
    path = folder / "draft.docx"
    draft_docx.save(str(path))
    draft = InputText(str(path), "en", paragraphs, sentences, "docx")
    for number in range(len(sentences)):
        text = draft.sentence_text(number)
        target = text.replace("committee", "board") if rng.random() < 0.33 else text
        segments.append(Segment(number, f"Phrase numéro {number}.", text, target,
                                bead=Bead([number], [number])))
    return ReviewDocument(segments, "fr", "en", draft_input=draft, draft_path=str(path))


def run() -> Iterator[tuple[str, object]]:
    from translator_gui.core.export import export_document
    from translator_gui.core.project import load_project, save_project

    folder = Path(tempfile.mkdtemp(prefix="bench-robust-"))
    document = _document(folder)
    project = folder / "big.tgp"
    yield "robust_segments", len(document.segments)
    seconds, peak = _measure(lambda: save_project(document, project))
    yield "robust_save_s", seconds
    yield "robust_save_max_rss_mb", peak
    yield "robust_project_mb", project.stat().st_size / 1_048_576
    loaded: list[ReviewDocument] = []
    seconds, peak = _measure(lambda: loaded.append(load_project(project)))
    yield "robust_load_s", seconds
    yield "robust_load_max_rss_mb", peak
    for name, options in (("tmx", {}), ("xlf", {}), ("bilingual_docx", {"bilingual": True}),
                          ("tracked_docx", {"track_changes": True})):
        suffix = ".docx" if name.endswith("docx") else f".{name}"
        out = folder / f"out-{name}{suffix}"
        seconds, peak = _measure(lambda out=out, options=options: export_document(
            loaded[0], out, issues=[], **options))
        yield f"robust_export_{name}_s", seconds
        yield f"robust_export_{name}_max_rss_mb", peak
    yield from _bomb(folder)
    yield from _long_sentence()


def _long_sentence() -> Iterator[tuple[str, object]]:
    from long_sentence import PARSE, check_times

    times: dict[int, dict[str, float]] = {}
    problems: list[str] = []
    for size, label in ((90_000, "90k"), (360_000, "360k"), (1_000_000, "1mb")):
        found: dict[str, float] = {}
        for check, seconds, problem in check_times(size, "prose", "fr-en", limit=600):
            found[check] = seconds
            if problem:
                problems.append(f"{check} at {label}: {problem}")
        times[size] = found
        yield f"robust_long_sentence_{label}_seconds", sum(found.values())
        yield f"robust_long_sentence_{label}_parse_seconds", found.get(PARSE, 0.0)
    yield "robust_long_sentence_problems", "; ".join(problems) or "none"
    at_1mb = {check: seconds for check, seconds in times[1_000_000].items() if check != PARSE}
    slowest = max(at_1mb, key=lambda check: at_1mb[check])
    yield "robust_long_sentence_1mb_slowest_check", slowest
    yield "robust_long_sentence_1mb_slowest_check_seconds", at_1mb[slowest]
    ratios = {check: times[360_000][check] / max(times[90_000][check], 0.01)
              for check in times[90_000]}
    yield "robust_long_sentence_max_growth", max(ratios.values())
    for check, ratio in ratios.items():
        yield f"robust_long_sentence_growth_{check.strip('()')}", ratio
    yield from _long_sentence_engine()


def _long_sentence_engine() -> Iterator[tuple[str, object]]:
    import subprocess
    import sys

    # A fresh process: nothing of the long text cached by the per-check runs above.
    script = Path(__file__).with_name("long_sentence.py")
    output = subprocess.run([sys.executable, str(script), "--engine", "--sizes", "1000000",
                             "--variants", "prose", "--directions", "fr-en"],
                            capture_output=True, text=True, check=True).stdout
    _size, _variant, _direction, wall, cpu, issues = output.split()
    yield "robust_long_sentence_1mb_engine_seconds", float(wall)
    yield "robust_long_sentence_1mb_engine_cpu_seconds", float(cpu)
    yield "robust_long_sentence_1mb_engine_issues", int(issues)


def _bomb(folder: Path) -> Iterator[tuple[str, object]]:
    import sys

    from translator_gui.core.model import InputError
    from translator_gui.core.readers import read_paragraphs

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from test_input_faults import _bomb as make_bomb

    path = folder / "bomb.docx"
    make_bomb(path, 2200 << 20)
    yield "robust_bomb_file_mb", path.stat().st_size / 1_048_576
    started = time.perf_counter()
    try:
        read_paragraphs(path)
        refused = False
    except InputError:
        refused = True
    yield "robust_bomb_refused", refused
    yield "robust_bomb_refusal_s", time.perf_counter() - started

