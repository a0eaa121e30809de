"""The French lexicon of inflected forms: form -> lemma, part of speech, gender, number.

Read from resources/lexicon (built by tools/build_french_lexicon.py from the Dicollecte
Hunspell dictionary). It answers most agreement questions with a dictionary lookup, without
loading a parser: « mondiale » is an adjective, feminine singular, of « mondial ».

Loading is lazy and cheap (one file read, no per-form parsing): the forms stay one sorted
byte string searched by bisection, and each answer is cached.
"""

from __future__ import annotations

import mmap
import threading
from array import array
from bisect import bisect_left
from functools import lru_cache
from hashlib import blake2b
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import NamedTuple

from translator_gui.core import built
from translator_gui.core.resources import resource

# Parts of speech (coarse): noun adj ppas (past participle) ppre (present participle) inf
# verb (a finite form) adv det pron prep conj num propn intj other.
NOMINAL = frozenset({"noun", "adj", "ppas"})


class Analysis(NamedTuple):
    """One reading of a form. gender "m" / "f", number "s" / "p"; None means either (an
    epicene or invariable word); person is "" or the persons of a finite verb ("13")."""

    pos: str
    gender: str | None
    number: str | None
    lemma: str
    person: str = ""


Feature = tuple[str, str | None, str | None, str]


class Lexicon:
    """Forms of one language, loaded on first use."""

    def __init__(self, forms: str = "fr-forms.tsv", analyses: str = "fr-analyses.tsv"):
        self._forms_name = forms
        self._analyses_name = analyses
        self._data: bytes | mmap.mmap | None = None
        self._start = 0
        # each analysis set: (pos, gender, number, person, letters cut off the form, ending
        # added) of each reading, the lemma's edit read once at load
        self._sets: list[tuple[tuple[str, str | None, str | None, str, int, str], ...]] = []
        # The forms' hashes, sorted, each one's analysis-set number and where the hashes of
        # each value of their top 16 bits start (_FORMS_INDEX, when prepared at install for
        # these very forms): a lookup is one bisection in C over some seven hashes. One
        # tuple, set at once: other threads look up meanwhile.
        self._index: tuple[array, array, array] | None = None  # type: ignore[type-arg]
        self._searches = 0  # lookups by bisection so far
        self._lock = threading.Lock()
        self.analyses = lru_cache(maxsize=65536)(self._analyses)

    def load(self) -> None:
        if self._data is not None:
            return
        with self._lock:
            if self._data is not None:
                return
            sets = []
            for line in resource("lexicon", self._analyses_name).read_text(
                    encoding="utf-8").splitlines():
                if line.startswith("#"):
                    continue
                parsed = []
                for item in line.split(";"):
                    pos, gender, number, person, edit = item.split(",")
                    cut, ending = _edit(edit)
                    parsed.append((pos, gender or None, number or None, person, cut, ending))
                sets.append(tuple(parsed))
            data = _mapped(resource("lexicon", self._forms_name))
            start = 0
            while data[start:start + 1] == b"#":
                start = data.find(b"\n", start) + 1
            self._sets, self._start = sets, start
            self._data = data

    def _code(self, form: str) -> int | None:
        """The analysis-set number of `form` exactly as written, or None."""
        self.load()
        data = self._data  # (before the index: see below)
        index = self._index
        if index is not None:
            hashes, codes, starts = index
            key = word_hash(form)
            # (a bisection over the whole array compared some twenty of its items, each made
            # a Python number first: 13 µs a lookup; within the key's bucket, 2-3 µs)
            bucket = (key >> _BUCKET_SHIFT) + _BUCKETS // 2
            end = starts[bucket + 1]
            at = bisect_left(hashes, key, starts[bucket], end)
            if at < end and hashes[at] == key:
                return int(codes[at])
            return None
        self._searches += 1
        if self._searches == INDEX_AFTER and self._forms_name == _FORMS:
            # A long document: the prepared index pays for reading it (~0.03 s) after some
            # thousands of lookups (3 µs each instead of 20); a short one never reads it.
            self.prepared_index()
        return self._searched(form, data)

    def prepared_index(self) -> tuple[array, array, array] | None:  # type: ignore[type-arg]
        """The prepared index of the forms (read now if it was not yet: the French speller's
        table of accepted words is made over it, spelling_accepted.py), or None when it
        was not prepared from this very forms file."""
        if self._forms_name != _FORMS:
            return None
        self.load()
        with self._lock:
            if self._index is None:
                self._index = _forms_index(self._data)  # type: ignore[arg-type]
                if self._index is not None:
                    # The index answers every lookup from now on: the mapped forms file,
                    # read whole to check the index was made from it (7 MB resident), is
                    # let go. A thread that read the mapping before the index was set still
                    # holds it (_code reads the mapping first, the index second).
                    self._data = b""
        return self._index

    def _searched(self, form: str, data: bytes | mmap.mmap | None = None) -> int | None:
        """_code by bisection of the forms file (`data`: as mapped when the caller read it;
        without the prepared index)."""
        data = self._data if data is None else data
        assert data is not None
        key = form.encode("utf-8")
        first = self._start
        lo, hi = first, len(data)  # the line, if any, starts in [lo, hi)
        while lo < hi:
            mid = (lo + hi) // 2
            # the start of the line holding mid (the first line's: after the header's newline)
            line = max(first, data.rfind(b"\n", first, mid) + 1)
            tab = data.find(b"\t", line)
            end = data.find(b"\n", tab)
            if end < 0:
                end = len(data)  # a last line without its newline
            here = data[line:tab]
            if here == key:
                return int(data[tab + 1:end])
            if here < key:
                lo = end + 1
            else:
                hi = line
        return None

    def _analyses(self, form: str) -> tuple[Analysis, ...]:
        """Every reading of `form`; a capitalized word is also looked up in lower case."""
        found: list[Analysis] = []
        seen: set[int] = set()
        lower = form.lower()
        # (most forms: in lower case, no typographic apostrophe, one spelling to look up)
        spellings = (form,) if lower == form and "’" not in form else dict.fromkeys(
            (form, lower, _apostrophe(lower)))
        for spelling in spellings:
            code = self._code(spelling)
            if code is None or code in seen:
                continue
            seen.add(code)
            size = len(spelling)
            # (the tuples made as tuples: a NamedTuple's own constructor is a Python call)
            found.extend([_NEW_TUPLE(Analysis, (pos, gender, number, (
                spelling[:size - cut] if cut else spelling) + ending, person))
                for pos, gender, number, person, cut, ending in self._sets[code]])
        return tuple(found)

    def features(self, form: str) -> set[Feature]:
        """{(pos, gender, number, lemma)} of a form; empty when the lexicon does not know it."""
        return {(a.pos, a.gender, a.number, a.lemma) for a in self.analyses(form)}

    def knows(self, form: str) -> bool:
        return bool(self.analyses(form))

    def lemmas(self, form: str, pos: str | None = None) -> set[str]:
        return {a.lemma for a in self.analyses(form) if pos is None or a.pos == pos}


def word_hash(word: str) -> int:
    """A stable signed 64-bit hash of a word (Python's own hash changes with every process)."""
    return int.from_bytes(blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                          "little", signed=True)


_FORMS = "fr-forms.tsv"
# Lookups by bisection after which the prepared index is read (see Lexicon._code).
INDEX_AFTER = 2048
# The index's layout: a change here names a new prepared file.
_INDEX_FORMAT = (b"forms index 2: word_hash sorted as int64, analysis-set numbers as uint16, "
                 b"bucket starts by the hash's top 16 bits as uint32")
# The hashes' buckets: by their top 16 bits (470,000 forms: some seven hashes a bucket).
_BUCKET_SHIFT = 48
_BUCKETS = 1 << 16


def _index_sources() -> list[built.Source]:
    return [_INDEX_FORMAT, built.source_file(resource("lexicon", _FORMS))]


def _make_index() -> built.Mapped:
    """The prepared index of the forms: their word_hash sorted, with each one's number; its
    arrays in a mapped tail (5 MB read into arrays with one copy, not read, copied into
    bytes and copied again: ~0.01 s of the check's serial start)."""
    index = index_of(resource("lexicon", _FORMS).read_bytes())
    head: dict[str, tuple[int, int]] = {}
    tail = bytearray()
    for name, data in index.items():
        head[name] = (len(tail), len(tail) + len(data))
        tail += data
    return built.Mapped(head, bytes(tail))


def index_of(forms: bytes) -> dict[str, bytes]:
    """The index of a forms file's lines (`form<TAB>number`, '#' lines skipped): the forms'
    word_hash sorted (int64), each one's number (uint16), and for each bucket of hashes (by
    their top 16 bits, in order) where it starts among them, then their count (uint32), as
    bytes."""
    import numpy as np

    forms.decode("utf-8")  # (raises on a byte that is no UTF-8, as word_hash's decoding did)
    # word_hash of each form, from its UTF-8 bytes as they are (what word_hash encodes), its
    # digests read by numpy as little-endian int64 all at once, and the hashes ordered by
    # numpy: 470,000 forms in ~0.8 s of CPU at install (1 s with a Python number made of
    # each digest, 3.6 s as sorted pairs of Python numbers).
    digests, codes = [], []
    for line in forms.splitlines():
        if line and not line.startswith(b"#"):
            form, _, code = line.partition(b"\t")
            digests.append(blake2b(form, digest_size=8).digest())
            codes.append(int(code))
    numbers = np.frombuffer(array("H", codes).tobytes(), dtype=np.uint16)  # (OverflowError)
    keys = np.frombuffer(b"".join(digests), dtype="<i8").astype(np.int64)
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    if bool((keys[1:] == keys[:-1]).any()):
        raise ValueError("two forms share a hash: the index cannot tell them apart")
    bounds = (np.arange(_BUCKETS, dtype=np.int64) - _BUCKETS // 2) << _BUCKET_SHIFT
    starts = np.append(np.searchsorted(keys, bounds, side="left"), len(keys)).astype(np.uint32)
    return {"hashes": keys.tobytes(), "codes": numbers[order].tobytes(),
            "starts": starts.tobytes()}


_FORMS_INDEX = built.register(built.Table("fr-forms-index", _index_sources, _make_index))


def _forms_index(data: bytes | mmap.mmap  # type: ignore[type-arg]
                 ) -> tuple[array, array, array] | None:
    """The prepared index when .ci/install made it from these forms, else None: the
    forms are then searched by bisection (making the index here would cost a second)."""
    # (the forms as mapped when they are not a file: not read and copied again to name the
    # file; a file counts by the digest noted at install, see built.file_digest)
    forms = resource("lexicon", _FORMS)
    prepared = built.read(_FORMS_INDEX, [_INDEX_FORMAT, forms if isinstance(forms, Path)
                                         else memoryview(data)])
    if isinstance(prepared, built.Mapped) and isinstance(prepared.head, dict):
        tail = prepared.tail
        prepared = {name: tail[start:end] for name, (start, end) in prepared.head.items()}
    return index_arrays(prepared) if isinstance(prepared, dict) else None


def index_arrays(index: dict[str, bytes | memoryview]  # type: ignore[type-arg]
                 ) -> tuple[array, array, array] | None:
    """The arrays of an index_of answer; None when it is damaged."""
    hashes, codes, starts = array("q"), array("H"), array("I")
    try:
        hashes.frombytes(index["hashes"])
        codes.frombytes(index["codes"])
        starts.frombytes(index["starts"])
    except (KeyError, TypeError, ValueError):
        return None
    if len(hashes) != len(codes) or len(starts) != _BUCKETS + 1 or starts[-1] != len(hashes):
        return None
    return hashes, codes, starts


def _mapped(node: Traversable) -> bytes | mmap.mmap:
    """A file's bytes mapped in memory (read where a bisection looks: the 7 MB of forms are
    not copied at each start), or read whole where it cannot be mapped (inside a zip)."""
    if isinstance(node, Path):
        try:
            with open(node, "rb") as file:
                return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # an empty file cannot be mapped
            pass
    return node.read_bytes()


def _apostrophe(form: str) -> str:
    return form.replace("’", "'")


def _edit(edit: str) -> tuple[int, str]:
    """(letters cut off the end of a form, letters added) by a lemma's edit: "2er" cuts two
    letters and adds « er »; "" leaves the form as it is."""
    digits = 0
    while digits < len(edit) and edit[digits].isdigit():
        digits += 1
    return (int(edit[:digits]) if digits else 0), edit[digits:]


_NEW_TUPLE = tuple.__new__


_french = Lexicon()


def french() -> Lexicon:
    """The shared French lexicon."""
    return _french


def features(form: str) -> set[Feature]:
    """{(pos, gender, number, lemma)} of a French form (see Lexicon.features)."""
    return _french.features(form)
