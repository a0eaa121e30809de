"""Benchmark of the translation memory: TMX import of 100,000 units, concordance over
1,000,000 segments, fuzzy matches over 100,000, and a memory damaged on disk.

The segments are synthetic: the WMT14 newstest fr-en sentences (../shared/data, when present)
seed the vocabulary and sentence shapes, and random word swaps make each segment distinct.
Without the WMT14 data a built-in vocabulary is used (and the benchmark says so). The
generated memories live in the system's temporary folder; the 1M one is kept there between
runs (it takes a few minutes to build) and rebuilt when its format changes.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import common
from common import ROOT, WMT14, read_sgm, require
from lxml import etree

from translator_gui.core.memory import (
    SCHEMA_VERSION,
    MemorySegment,
    TranslationMemory,
    TranslationMemoryError,
)
from translator_gui.core.memory_tmx import XML_LANG, import_tmx


def _wmt14_folder() -> Path | None:
    # From a helper's worktree (/work/wt/NAME) the shared data is two levels up, not one.
    for folder in (WMT14, ROOT.parents[1] / "shared" / "data" / WMT14.relative_to(common.SHARED_DATA)):
        if (folder / "newstest2014-fren-src.fr.sgm").exists():
            return folder
    require(WMT14 / "newstest2014-fren-src.fr.sgm")
    return None


def _seed_pairs() -> list[tuple[list[str], list[str]]]:
    folder = _wmt14_folder()
    if folder is not None:
        fr = read_sgm(folder / "newstest2014-fren-src.fr.sgm")
        en = read_sgm(folder / "newstest2014-fren-ref.en.sgm")
        return [(f.split(), e.split()) for (_d, fs), (_e, es) in zip(fr, en, strict=True)
                for f, e in zip(fs, es, strict=True) if f and e]
    print("bench_memory: WMT14 missing; sentences of made-up words with a Zipf law instead",
          file=sys.stderr)
    rng = random.Random(1)
    syllables = [c + v for c in "bcdfglmnprstv" for v in ("a", "e", "i", "o", "u", "é", "ou", "an")]
    vocabulary = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(1, 4)))
                         for _ in range(30000)})
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    pairs = []
    for _ in range(3000):
        length = rng.randint(8, 35)
        fr = rng.choices(vocabulary, weights, k=length)
        en = rng.choices(vocabulary, weights, k=length)
        pairs.append((fr, en))
    return pairs


def synthetic_pairs(count: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """`count` distinct-looking (French, English) pairs shaped like news sentences."""
    rng = random.Random(seed)
    seeds = _seed_pairs()
    vocabulary_fr = sorted({w for fr, _en in seeds for w in fr})
    vocabulary_en = sorted({w for _fr, en in seeds for w in en})
    for _ in range(count):
        fr, en = seeds[rng.randrange(len(seeds))]
        fr, en = list(fr[:40]), list(en[:40])
        for words, vocabulary in ((fr, vocabulary_fr), (en, vocabulary_en)):
            for _swap in range(3):
                words[rng.randrange(len(words))] = vocabulary[rng.randrange(len(vocabulary))]
        yield " ".join(fr), " ".join(en)


def write_tmx(path: Path, count: int) -> None:
    with etree.xmlfile(str(path), encoding="utf-8") as xml:
        xml.write_declaration()
        with xml.element("tmx", version="1.4"):
            xml.write(etree.Element("header", srclang="fr", segtype="sentence",
                                    datatype="plaintext", adminlang="en",
                                    creationtool="bench", creationtoolversion="1",
                                    **{"o-tmf": "bench"}))
            with xml.element("body"):
                for fr, en in synthetic_pairs(count):
                    tu = etree.Element("tu", creationdate="20260101T120000Z", creationid="bench")
                    for language, text in (("fr-FR", fr), ("en-GB", en)):
                        tuv = etree.SubElement(tu, "tuv", {XML_LANG: language})
                        etree.SubElement(tuv, "seg").text = text
                    xml.write(tu)


def build_memory(path: Path, count: int) -> TranslationMemory:
    memory = TranslationMemory(path)
    if len(memory) >= count:
        return memory
    batch: list[MemorySegment] = []
    for number, (fr, en) in enumerate(synthetic_pairs(count, seed=11)):
        batch.append(MemorySegment(fr, en, "fr", "en", project=f"p{number % 50}",
                                   date="2026-01-01T12:00:00Z"))
        if len(batch) == 20000:
            memory.add_many(batch, learn=False)
            batch = []
    if batch:
        memory.add_many(batch, learn=False)
    return memory


def _median_ms(call, repeats: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def tmx_import(folder: Path) -> Iterator[tuple[str, object]]:
    tmx = folder / "100k.tmx"
    write_tmx(tmx, 100_000)
    path = folder / "import.sqlite"
    memory = TranslationMemory(path)
    started = time.perf_counter()
    read, _changed = import_tmx(memory, tmx)
    yield "memory_tmx_import_100k_seconds", time.perf_counter() - started
    yield "memory_tmx_import_100k_units", read
    # Fuzzy matches over the 100,000 just imported: the query is a stored source with a few
    # words changed, as a new document's sentence would be.
    rng = random.Random(3)
    sources = [s.source for s in memory.segments()]
    queries = []
    for _ in range(30):
        words = sources[rng.randrange(len(sources))].split()
        words[rng.randrange(len(words))] = "nouveau"
        queries.append(" ".join(words))
    found = []
    times = []
    for query in queries:
        started = time.perf_counter()
        found.append(memory.fuzzy(query, "fr", "en"))
        times.append((time.perf_counter() - started) * 1000)
    yield "memory_fuzzy_100k_ms", statistics.median(times)
    yield "memory_fuzzy_100k_worst_ms", max(times)
    yield "memory_fuzzy_100k_found_share", sum(1 for f in found if f) / len(found)
    memory.close()


def concordance(folder: Path) -> Iterator[tuple[str, object]]:
    path = folder / f"translator-gui-bench-memory-1m-v{SCHEMA_VERSION}.sqlite"
    started = time.perf_counter()
    memory = build_memory(path, 1_000_000)
    yield "memory_build_1m_seconds", time.perf_counter() - started
    yield "memory_segments", len(memory)
    queries = ["conseil", "gouvernement français", "le président de la", "négoc", "Europe",
               "the government", "économie mondiale", "a déclaré"]
    per_query = [_median_ms(lambda q=q: memory.search(q)) for q in queries]  # type: ignore[misc]
    yield "memory_concordance_1m_ms", statistics.median(per_query)
    yield "memory_concordance_1m_worst_ms", max(per_query)
    memory.close()


def corrupted(folder: Path) -> Iterator[tuple[str, object]]:
    """A memory damaged on disk: the error names the file and arrives fast."""
    path = folder / "damaged.sqlite"
    memory = TranslationMemory(path)
    memory.add_many(MemorySegment(fr, en, "fr", "en") for fr, en in synthetic_pairs(2000))
    memory.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    rng = random.Random(5)
    for page in range(1, len(data) // 4096):  # scribble over every page but the header's
        at = page * 4096 + rng.randrange(4000)
        data[at:at + 64] = bytes(rng.randrange(256) for _ in range(64))
    path.write_bytes(bytes(data))
    garbage = folder / "not-a-memory.sqlite"
    garbage.write_bytes(b"this is not a database" * 100)
    clear = 0
    started = time.perf_counter()
    for damaged in (path, garbage):
        try:
            with TranslationMemory(damaged) as memory:
                memory.search("conseil")
                memory.fuzzy("le conseil a décidé", "fr", "en")
                memory.stats()
        except TranslationMemoryError as error:
            clear += str(damaged) in str(error)
    yield "memory_corrupted_ms", (time.perf_counter() - started) * 1000
    yield "memory_corrupted_clear_errors", f"{clear}/2"


def run() -> Iterator[tuple[str, object]]:
    with tempfile.TemporaryDirectory(prefix="translator-gui-bench-memory-") as name:
        folder = Path(name)
        yield from corrupted(folder)
        yield from tmx_import(folder)
    yield from concordance(Path(tempfile.gettempdir()))
