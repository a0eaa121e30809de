"""Regular expressions compiled once at install: a check compiles hundreds of patterns (the
checks' own, the calque and false-friend tables', the segmentation rules'), and Python's `re`
parses and compiles each in Python at every start: 0.18 s of the 0.7 s of CPU a check of the
13-pair seed takes, 0.6 s of a WMT14 check's.

`.ci/install` (python -m translator_gui.core.built) records what `re` compiles for each
pattern while the checks run over the bundled samples and every pattern of the tables is
compiled (core/built.py 'regex-codes'): the pattern, its flags, and the arguments `re` hands to
its C engine (`_sre.compile`: the compiled code, the groups). `install()` makes `re` take those
for a pattern it was asked to compile with the same flags, and compile every other pattern as
always. The table is named by the exact Python version and engine (its code means nothing to
another), every entry holds the very arguments `re`'s own compiler handed its engine for that
pattern and those flags (so a pattern made from it is equal to what `re` makes: same pattern,
flags and code), and a pattern the table lacks (a glossary's, a changed one) is only compiled
the usual way: the same patterns either way, made faster.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import logging
import marshal
import re
import sys
import threading
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]
from typing import Any

from translator_gui.core import built

log = logging.getLogger(__name__)

# (pattern, flags as re._compile passes them) -> the rest of _sre.compile's arguments
Codes = dict[tuple[str | bytes, int], tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]]

# the C type of one number of a pattern's code (_sre.CODESIZE bytes)
_CODE_TYPE = "I" if _sre.CODESIZE == array("I").itemsize else "L"
_installed: list[Callable[..., Any]] = []  # re's own compile, once install() replaced it
_lock = threading.Lock()


def _sources() -> list[bytes]:
    # What the codes depend on: the interpreter and its regular expression engine. Which
    # patterns are in the table changes nothing about a pattern's code: install remakes it.
    return [f"{sys.version}\n{_sre.MAGIC} {_sre.CODESIZE} {_sre.MAXREPEAT} "
            f"{_sre.MAXGROUPS}".encode()]


class _NotingEngine:
    """`_sre` as re's compiler sees it while recording: its compile notes, for the thread
    calling, the arguments it was handed (the rest is the engine's own)."""

    def __init__(self) -> None:
        self.noted = threading.local()

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)

    def compile(self, *arguments: Any) -> Any:
        self.noted.arguments = arguments
        return _sre.compile(*arguments)


@contextmanager
def recording(codes: Codes) -> Iterator[None]:
    """Note in `codes` every pattern `re` compiles meanwhile, with the arguments its compiler
    hands the C engine for it (the very ones: re's own compile runs, once)."""
    real = _compiler.compile
    engine = _NotingEngine()

    def compile_(pattern: Any, flags: int = 0) -> Any:
        engine.noted.arguments = None
        made = real(pattern, flags)
        noted = engine.noted.arguments
        if (noted is not None and type(pattern) in (str, bytes) and type(flags) is int
                and not flags & re.DEBUG and noted[0] is pattern):
            _pattern, final, code, groups, groupindex, indexgroup = noted
            codes[(pattern, flags)] = (int(final), [int(c) for c in code], int(groups),
                                       {str(k): int(v) for k, v in groupindex.items()},
                                       tuple(indexgroup))
        return made

    _compiler.compile = compile_
    _compiler._sre = engine
    try:
        yield
    finally:
        _compiler.compile = real
        _compiler._sre = _sre


def _make() -> built.Mapped | dict[tuple[str | bytes, int], Any]:
    """Every pattern compiled while the checks run over their examples and every pattern of
    the tables, recorded in a fresh interpreter (this one compiled its modules' patterns
    already, unseen), as mapped(); {} when the recording failed."""
    import subprocess  # (here: every check imports this module, only install records)
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "codes.marshal")
        try:
            subprocess.run([sys.executable, "-m", "translator_gui.core.regex_codes", str(path)],
                           check=True, stdout=subprocess.DEVNULL)
            made: dict[tuple[str | bytes, int], Any] = marshal.loads(path.read_bytes())
        except (OSError, subprocess.CalledProcessError, ValueError, EOFError) as error:
            # Only a shortcut: without it every pattern compiles as usual (install() then
            # changes nothing); the other tables are still made.
            log.warning("regular expressions not recorded (%s)", error)
            return {}
    return mapped(made)


def _recorded() -> dict[tuple[str | bytes, int], Any]:
    """What _make returns, worked out in this interpreter: its imports and the checks' run
    are recorded. Each pattern's code is packed in bytes (unpacked only for a pattern asked
    for: the table's some 4,000 patterns hold a million numbers)."""
    codes: Codes = {}
    with recording(codes):
        from translator_gui.core.checks import exercise

        exercise.every_pattern()
    return packed(codes)


def packed(codes: Codes) -> dict[tuple[str | bytes, int], Any]:
    """The table of recorded codes: each pattern's code packed in bytes."""
    return {key: (flags, array(_CODE_TYPE, code).tobytes(), groups, groupindex, indexgroup)
            for key, (flags, code, groups, groupindex, indexgroup) in codes.items()}


def mapped(table: dict[tuple[str | bytes, int], Any]) -> built.Mapped:
    """A packed() table as written at install: the codes one after the other in the tail,
    which is mapped, not read (10 MB, of which a WMT14 check reads some 1.6 MB: reading and
    copying all of it cost 0.03-0.05 s of the start's CPU); the head holds each pattern's
    entry with where its code is in the tail."""
    head: dict[tuple[str | bytes, int], Any] = {}
    tail = bytearray()
    for key, (flags, code, groups, groupindex, indexgroup) in table.items():
        head[key] = (flags, len(tail), len(tail) + len(code), groups, groupindex, indexgroup)
        tail += code
    return built.Mapped(head, bytes(tail))


class MappedCodes:
    """A Mapped table read back, answering as a packed() table: `get` gives an entry with its
    code's bytes (a view of the mapped file)."""

    def __init__(self, table: built.Mapped) -> None:
        self._head, self._tail = table.head, table.tail

    def get(self, key: tuple[str | bytes, int]) -> Any:
        found = self._head.get(key)
        if found is None:
            return None
        flags, start, end, groups, groupindex, indexgroup = found
        return flags, self._tail[start:end], groups, groupindex, indexgroup

    def __len__(self) -> int:
        return len(self._head)

    def __contains__(self, key: object) -> bool:
        return key in self._head

    def items(self) -> Iterator[tuple[tuple[str | bytes, int], Any]]:
        for key in self._head:
            yield key, self.get(key)


_TABLE = built.register(built.Table("regex-codes", _sources, _make))


def install(table: dict[tuple[str | bytes, int], Any] | None = None) -> bool:
    """Make `re` take the prepared codes of the patterns in the table (once per process);
    False when there is no table for this interpreter (nothing changes then). `table`: this
    one (a packed() table) instead of the prepared one (tests)."""
    with _lock:
        if _installed:
            return True
        codes = prepared() if table is None else table
        if codes is None or not isinstance(codes, dict | MappedCodes) or not len(codes):
            return False
        real = _compiler.compile
        compile_sre = _sre.compile

        def compile_(pattern: Any, flags: int = 0) -> Any:
            found = codes.get((pattern, flags)) if type(flags) is int else None
            if found is None:
                return real(pattern, flags)
            final_flags, packed, groups, groupindex, indexgroup = found
            code = array(_CODE_TYPE)
            code.frombytes(packed)
            return compile_sre(pattern, final_flags, code.tolist(), groups, groupindex,
                               indexgroup)

        _compiler.compile = compile_
        _installed.append(real)
        return True


def prepared() -> MappedCodes | dict[tuple[str | bytes, int], Any] | None:
    """The table written at install for this interpreter, None without one."""
    found = built.read(_TABLE)
    return MappedCodes(found) if isinstance(found, built.Mapped) else found


def uninstall() -> None:
    """Give `re` its own compile back (tests)."""
    with _lock:
        if _installed:
            _compiler.compile = _installed.pop()


if __name__ == "__main__":
    # `python -m translator_gui.core.regex_codes PATH` (what _make runs): record, write PATH.
    Path(sys.argv[1]).write_bytes(marshal.dumps(_recorded()))
