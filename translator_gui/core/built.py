"""Tables prepared from the data files once at install, read back in milliseconds at each start.

Some tables cost Python work at every start to make from resources/ (the termbase's index of
2,000 entries: tokenized, folded, thousands of small objects). `python -m
translator_gui.core.built` (run by .ci/install) writes each table registered here into
translator_gui/_built/ (made on this machine: no part of the sources nor of a wheel), named
by a digest of everything it was made from: the data files, the code that makes it and the
Python version (marshal's format). `prepared()` reads it back when that digest matches, and
otherwise makes the table in the process as before: slower, the same table. Nothing is
written at run time.
"""

from __future__ import annotations

import logging
import marshal
import mmap
import sys
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


class Table:
    """A table made from files: `sources()` gives the bytes it depends on (cheap: read at each
    start to name the file), `make()` the table as plain data (dicts, lists, tuples, strings,
    numbers: what marshal writes) or as a Mapped."""

    def __init__(self, name: str, sources: Callable[[], Iterable[bytes]],
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


def digest(sources: Iterable[bytes | memoryview]) -> str:
    hashed = blake2b(digest_size=16)
    hashed.update(f"{sys.implementation.cache_tag} marshal {marshal.version}\n".encode())
    for part in sources:
        hashed.update(len(part).to_bytes(8, "little"))
        hashed.update(part)
    return hashed.hexdigest()


def path_of(table: Table, sources: Iterable[bytes | memoryview] | None = None) -> Path:
    return folder() / f"{table.name}-{digest(table.sources() if sources is None else sources)}{SUFFIX}"


def prepared(table: Table) -> Any:
    """The table as written at install when it was made from these very sources, else made
    now."""
    found = read(table)
    return table.make() if found is None else found


def read(table: Table, sources: Iterable[bytes | memoryview] | None = None) -> Any | None:
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
    path = path_of(table)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(_file_bytes(table.make() if made is None else made))
    temporary.replace(path)
    for old in path.parent.glob(f"{table.name}-*{SUFFIX}"):
        if old != path:
            old.unlink(missing_ok=True)
    return path


def tables() -> list[Table]:
    """Every table the program prepares (their modules register them on import)."""
    from translator_gui.core import lexicon, regex_codes, spelling_accepted, termbase  # noqa: F401
    from translator_gui.core.checks import (  # noqa: F401
        false_friends,
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
