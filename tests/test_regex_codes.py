"""Regular expressions compiled at install: re takes the recorded code of a pattern it was asked
to compile with the same flags, and compiles every other pattern as always."""

from __future__ import annotations

import _sre
import re
from array import array

import pytest

from translator_gui.core import built, regex_codes

PATTERNS = [
    (r"(?<![\w-])(?P<word>mondial(?:e|es|aux)?)\b", re.IGNORECASE),
    (r"\b(\d{1,3})(?:[ \u00a0](\d{3}))+\b", 0),
    (r"[^\W\d_]+(?:['’\-‑][^\W\d_]+)*", 0),
    (rb"\x00[\x01-\x7f]+", 0),
    (r"(?x) a  b # a comment", re.MULTILINE),
]


@pytest.fixture(autouse=True)
def _re_compiling_as_always():
    """The suite's processes run with the install's table (conftest.py): these tests start
    from re's own compile and install their own tables."""
    installed = bool(regex_codes._installed)
    regex_codes.uninstall()
    yield
    regex_codes.uninstall()
    if installed:
        regex_codes.install()


@pytest.fixture()
def recorded():
    codes: regex_codes.Codes = {}
    re.purge()
    with regex_codes.recording(codes):
        for pattern, flags in PATTERNS:
            re.compile(pattern, flags)
    re.purge()
    yield codes
    regex_codes.uninstall()
    re.purge()


def test_every_pattern_compiled_meanwhile_is_recorded_with_the_flags_re_was_given(recorded):
    # re._compile hands its compiler a str pattern's flags as given (UNICODE is added inside)
    assert set(recorded) == {(pattern, int(flags)) for pattern, flags in PATTERNS}


def test_a_recorded_pattern_compiles_to_the_very_pattern_re_makes(recorded):
    own = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    re.purge()
    real = re._compiler.compile
    assert regex_codes.install(regex_codes.packed(recorded))
    assert re._compiler.compile is not real
    served = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert served == own  # pattern, flags and code (Pattern's equality)
    assert [p.groupindex for p in served] == [p.groupindex for p in own]
    assert served[0].search("La croissance Mondiale.").group("word") == "Mondiale"
    assert served[1].findall("1 234 567 et 89") == [("1", "567")]


def test_a_pattern_the_table_lacks_and_other_flags_compile_as_always(recorded, monkeypatch):
    asked: list[tuple[object, int]] = []
    real = re._compiler.compile

    def noted(pattern, flags=0):
        asked.append((pattern, flags))
        return real(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", noted)
    regex_codes.install(regex_codes.packed(recorded))
    re.compile(PATTERNS[0][0], PATTERNS[0][1])
    assert asked == []
    assert re.compile(PATTERNS[0][0]).search("mondiale") is not None  # (other flags)
    assert re.compile("(?i)pas du tout").search("PAS DU TOUT") is not None
    assert asked == [(PATTERNS[0][0], 0), ("(?i)pas du tout", 0)]


def test_without_a_table_nothing_changes(monkeypatch):
    monkeypatch.setattr(built, "read", lambda table, sources=None: None)
    real = re._compiler.compile
    assert not regex_codes.install()
    assert re._compiler.compile is real


def test_the_table_is_named_by_the_interpreter_and_its_engine():
    (source,) = regex_codes._sources()
    import sys

    assert sys.version.encode() in source


@pytest.mark.slow
def test_the_install_records_the_checks_patterns_in_a_fresh_interpreter():
    # The table the install recorded, when it is there and made from today's sources (the
    # README's test command installs first); else recorded now, as the install does (10 s).
    made = regex_codes.prepared() or regex_codes._make()
    table = regex_codes.MappedCodes(made) if isinstance(made, built.Mapped) else made
    from translator_gui.core.checks import calques, spelling

    # a module's pattern (compiled at its import), a table's (compiled when first needed)
    assert (spelling._WORD.pattern, 0) in table
    first = calques.calques()[0].pattern
    assert (first.pattern, first.flags) in table
    for (pattern, flags), (final, packed, groups, groupindex, names) in list(
            table.items())[::20]:
        re.purge()
        own = re.compile(pattern, flags)
        assert (own.flags, own.groups, dict(own.groupindex)) == (final, groups, groupindex)
        code = array(regex_codes._CODE_TYPE)
        code.frombytes(packed)
        assert _sre.compile(pattern, final, code.tolist(), groups, groupindex, names) == own


def test_the_codes_written_mapped_read_back_as_recorded(recorded, tmp_path, monkeypatch):
    monkeypatch.setattr(built, "folder", lambda: tmp_path)
    monkeypatch.setattr(regex_codes._TABLE, "make", lambda: regex_codes.mapped(
        regex_codes.packed(recorded)))
    built.write(regex_codes._TABLE)
    read = regex_codes.prepared()
    assert isinstance(read, regex_codes.MappedCodes) and len(read) == len(PATTERNS)
    packed = regex_codes.packed(recorded)
    assert {key: (flags, bytes(code), *rest) for key, (flags, code, *rest) in read.items()} \
        == packed
    assert read.get(("not recorded", 0)) is None
    own = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    re.purge()
    assert regex_codes.install()
    assert [re.compile(pattern, flags) for pattern, flags in PATTERNS] == own


def test_a_failed_recording_leaves_an_empty_table(monkeypatch, caplog):
    import subprocess

    def failing(*args, **kwargs):
        raise subprocess.CalledProcessError(1, args[0])

    monkeypatch.setattr(subprocess, "run", failing)
    assert regex_codes._make() == {}
    assert "not recorded" in caplog.text
    assert not regex_codes.install({})
