"""Tables prepared from the data files once at install, read back in milliseconds at each start.

Some tables cost Python work at every start to make from resources/ (the termbase's index of
2,000 entries: tokenized, folded, thousands of small objects). `python -m
translator_gui.core.built` (run by .ci/install) writes each table registered here into
translator_gui/_built/ (made on this machine: no part of the sources nor of a wheel), named
by a digest of everything it was made from: the data files, the code that makes it and the
Python version (marshal's format). `prepared()` reads it back when that digest matches, and
otherwise makes the table in the process as before: slower, the same table. Nothing is
written at run time.

A data file among a table's sources can be given as its Path: it counts by the digest of its
bytes, which the install notes with the file's size, modification time and inode
(file-digests.marshal); a start finds it there when the file is unchanged (one stat) instead
of reading and hashing it (the French speller's table alone depends on 10 MB of files: 0.02 s
of the check's serial start). A file changed since the install (another size, time or inode)
is read and hashed as before. As Python's own .pyc check, this trusts that a file rewritten
with other bytes gets another modification time.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import mmap
import os
import sys
import threading
from collections.abc import Callable, Iterable
from hashlib import blake2b
from pathlib import Path
from typing import Any, NamedTuple

log = logging.getLogger(__name__)

FOLDER = "_built"
SUFFIX = ".marshal"
# The first bytes of a table written as a Mapped (no table's marshal data starts so).
_MAPPED = b"translator_gui mapped table 1\n"


class Mapped(NamedTuple):
    """A table in two parts: `head` (plain data, as any table) read at once, and `tail`, bytes
    the head points into (offsets), mapped from the file and only paged in where read: a
    large table of which a process reads a few pieces (the regular expressions' codes: 10 MB,
    of which a check reads some 1.6 MB) costs neither the reading nor the copy of the rest.
    Read back, `tail` is a read-only memoryview of the file."""

    head: Any
    tail: bytes | memoryview


# What a table's sources are made of: bytes, or a data file's Path (counted by its digest).
Source = bytes | memoryview | Path


class Table:
    """A table made from files: `sources()` gives the bytes and files it depends on (cheap:
    asked at each start to name the file), `make()` the table as plain data (dicts, lists,
    tuples, strings, numbers: what marshal writes) or as a Mapped."""

    def __init__(self, name: str, sources: Callable[[], Iterable[Source]],
                 make: Callable[[], Any]) -> None:
        self.name = name
        self.sources = sources
        self.make = make


_TABLES: dict[str, Table] = {}


def register(table: Table) -> Table:
    _TABLES[table.name] = table
    return table


def folder() -> Path:
    import translator_gui

    return Path(translator_gui.__file__).parent / FOLDER


def digest(sources: Iterable[Source]) -> str:
    hashed = blake2b(digest_size=16)
    hashed.update(f"{sys.implementation.cache_tag} marshal {marshal.version}\n".encode())
    for part in sources:
        if isinstance(part, Path):
            part = b"file " + file_digest(part).encode()
        hashed.update(len(part).to_bytes(8, "little"))
        hashed.update(part)
    return hashed.hexdigest()


def source_file(node: Any) -> Source:
    """A resource as a table's source: its Path when it is a file on disk, else (inside a
    zip) its bytes."""
    return node if isinstance(node, Path) else node.read_bytes()


_FILE_DIGESTS = "file-digests.marshal"
# path -> (size, modification time in ns, inode, digest of the bytes): the install's notes,
# read once, and the digests worked out in this process (which write() notes)
_file_digests: dict[str, tuple[int, int, int, str]] | None = None
_file_digests_lock = threading.Lock()


def _stamp(status: os.stat_result) -> tuple[int, int, int]:
    return status.st_size, status.st_mtime_ns, status.st_ino


def _noted() -> dict[str, tuple[int, int, int, str]]:
    global _file_digests
    with _file_digests_lock:
        if _file_digests is None:
            try:
                _file_digests = dict(marshal.loads((folder() / _FILE_DIGESTS).read_bytes()))
            except (OSError, ValueError, EOFError, TypeError):
                _file_digests = {}
        return _file_digests


def file_digest(path: Path) -> str:
    """The digest of a file's bytes: as noted at install when the file is unchanged since."""
    key = os.path.abspath(path)
    stamp = _stamp(os.stat(key))
    noted = _noted().get(key)
    if noted is not None and noted[:3] == stamp:
        return noted[3]
    with open(key, "rb") as file:
        found = hashlib.file_digest(file, lambda: blake2b(digest_size=16)).hexdigest()
    if _stamp(os.stat(key)) == stamp:  # (not noted when the file changed meanwhile)
        _noted()[key] = (*stamp, found)
    return found


def note_file_digests() -> None:
    """Write the digests of the files the tables were made from (those still unchanged),
    for the next starts."""
    kept = {}
    for key, noted in _noted().items():
        try:
            if _stamp(os.stat(key)) == noted[:3]:
                kept[key] = noted
        except OSError:
            pass
    path = folder() / _FILE_DIGESTS
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(marshal.dumps(kept))
    temporary.replace(path)


def path_of(table: Table, sources: Iterable[Source] | None = None) -> Path:
    return folder() / f"{table.name}-{digest(table.sources() if sources is None else sources)}{SUFFIX}"


def prepared(table: Table) -> Any:
    """The table as written at install when it was made from these very sources, else made
    now."""
    found = read(table)
    return table.make() if found is None else found


def read(table: Table, sources: Iterable[Source] | None = None) -> Any | None:
    """The table as written at install when it was made from these very sources, else None
    (for a table that is only a shortcut: the caller works without it). `sources`: the
    table's sources when the caller has them at hand (table.sources() otherwise)."""
    path = path_of(table, sources)
    try:
        with path.open("rb") as file:
            start = file.read(len(_MAPPED))
            if start == _MAPPED:
                return _read_mapped(file, path)
            data = start + file.read()
    except OSError:
        return None
    try:
        return marshal.loads(data)
    except (ValueError, EOFError, TypeError) as error:
        log.warning("prepared table %s unreadable (%s); not using it", path.name, error)
        return None


_KEYED: dict[str, dict[Any, Any]] = {}


def read_keyed(table: Table) -> dict[Any, Any]:
    """A table of (key, value) pairs written at install, as a dict read once per process
    (empty when the table was not prepared: its users then work each answer out). While the
    table is being made, its maker asking it finds it empty."""
    known = _KEYED.get(table.name)
    if known is None:
        _KEYED[table.name] = {}
        found = read(table)
        known = _KEYED[table.name] = dict(found) if found else {}
    return known


def _read_mapped(file: Any, path: Path) -> Mapped | None:
    """A Mapped table's file (after its first bytes): the head read, the tail mapped."""
    try:
        mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        view = memoryview(mapped)
        length = int.from_bytes(view[len(_MAPPED):len(_MAPPED) + 8], "little")
        start = len(_MAPPED) + 8 + length
        if start > len(view):
            raise ValueError("shorter than its head")
        return Mapped(marshal.loads(view[len(_MAPPED) + 8:start]), view[start:])
    except (OSError, ValueError, EOFError, TypeError) as error:
        log.warning("prepared table %s unreadable (%s); not using it", path.name, error)
        return None


def _file_bytes(made: Any) -> bytes:
    if isinstance(made, Mapped):
        head = marshal.dumps(made.head)
        return b"".join((_MAPPED, len(head).to_bytes(8, "little"), head, made.tail))
    return marshal.dumps(made)


def write(table: Table, made: Any = None) -> Path:
    """Make the table (unless `made` is it) and write it (atomically), removing its older
    versions. A Mapped is written as its head's marshal data followed by its tail."""
    sources = list(table.sources())
    path = path_of(table, sources)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(_file_bytes(table.make() if made is None else made))
    temporary.replace(path)
    if any(isinstance(part, Path) for part in sources):
        note_file_digests()
    for old in path.parent.glob(f"{table.name}-*{SUFFIX}"):
        if old != path:
            old.unlink(missing_ok=True)
    return path


def tables() -> list[Table]:
    """Every table the program prepares (their modules register them on import)."""
    from translator_gui.core import lexicon, regex_codes, spelling_accepted, termbase  # noqa: F401
    from translator_gui.core.checks import (  # noqa: F401
        false_friends,
        gate_needs,
        gates,
        spelling,
        untranslated,
    )

    return list(_TABLES.values())


def write_all() -> list[Path]:
    return [write(table) for table in tables()]


if __name__ == "__main__":
    # Run as a script this file is a second module: the tables register with the real one.
    from translator_gui.core import built as _module

    for _written in _module.write_all():
        print(f"prepared table: {_written}")
