"""Tables prepared at install (translator_gui.core.built): read back when made from the same
sources, made in the process otherwise (missing, stale or damaged file); never written at run
time."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from translator_gui.core import built


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(built, "folder", lambda: tmp_path)
    return tmp_path


def _table(source: list[bytes], made: list[int]) -> built.Table:
    def make() -> dict[str, object]:
        made.append(1)
        return {"words": ["maison", "Nations Unies"], "pairs": [(("a", "b"), 1)],
                "source": source[0].decode()}

    return built.Table("sample", lambda: list(source), make)


def test_a_written_table_is_read_back_without_making_it_again(folder: Path) -> None:
    source, made = [b"version one"], []
    table = _table(source, made)
    path = built.write(table)
    assert path.parent == folder and path.name.startswith("sample-") and made == [1]
    assert built.prepared(table) == {"words": ["maison", "Nations Unies"],
                                     "pairs": [(("a", "b"), 1)], "source": "version one"}
    assert made == [1]


def test_a_missing_or_stale_table_is_made_in_the_process_and_not_written(folder: Path) -> None:
    source, made = [b"version one"], []
    table = _table(source, made)
    assert built.prepared(table)["source"] == "version one" and made == [1]
    assert list(folder.iterdir()) == []  # nothing written at run time
    built.write(table)
    source[0] = b"version two"  # the data file changed since the install
    assert built.prepared(table)["source"] == "version two" and made == [1, 1, 1]


def test_writing_again_replaces_the_older_version(folder: Path) -> None:
    source, made = [b"version one"], []
    table = _table(source, made)
    first = built.write(table)
    source[0] = b"version two"
    second = built.write(table)
    assert first != second and sorted(folder.iterdir()) == [second]


def test_a_damaged_table_is_made_again(folder: Path, caplog: pytest.LogCaptureFixture) -> None:
    source, made = [b"version one"], []
    table = _table(source, made)
    path = built.path_of(table)
    path.write_bytes(marshal.dumps({"words": []})[:5])
    assert built.prepared(table)["source"] == "version one" and made == [1]
    assert "unreadable" in caplog.text


def test_every_table_the_install_prepares_reads_back_as_made(folder: Path) -> None:
    tables = built.tables()
    assert {table.name for table in tables} >= {"termbase", "gates", "term-words",
                                                "english-words", "fr-forms-index",
                                                "regex-codes"}
    for table in tables:
        if table.name == "regex-codes":
            continue  # made by a fresh interpreter running the checks: test_regex_codes.py
        if table.name.startswith("spelling-accepted-"):
            continue  # libhunspell asked about 500,000 words: test_spelling_accepted.py
        made = table.make()  # (once: the forms index hashes 470,000 forms)
        built.write(table, made)
        assert built.read(table) == made, table.name


def test_a_data_file_counts_by_its_bytes_noted_at_install(folder: Path, tmp_path_factory,
                                                           monkeypatch) -> None:
    data = tmp_path_factory.mktemp("data") / "words.txt"
    data.write_bytes(b"maison\n")
    made: list[int] = []
    table = built.Table("sample", lambda: [b"format 1", data], lambda: made.append(1) or {})
    monkeypatch.setattr(built, "_file_digests", None)
    written = built.write(table)
    # the same name as with the bytes' own digest
    assert built.path_of(table).name == written.name
    # a later start finds the digest noted at install: the file is not read again
    monkeypatch.setattr(built, "_file_digests", None)
    monkeypatch.setattr(built.hashlib, "file_digest", lambda *a: pytest.fail("read again"))
    assert built.path_of(table) == written and built.read(table) == {}
    monkeypatch.undo()
    # a file rewritten since is read and hashed again: another name, the table made again
    monkeypatch.setattr(built, "folder", lambda: folder)
    data.write_bytes(b"maisons\n")
    assert built.path_of(table) != written
    assert built.prepared(table) == {} and made == [1, 1]


def test_a_file_and_its_bytes_name_the_table_alike_once_hashed(folder: Path, tmp_path) -> None:
    data = tmp_path / "forms.tsv"
    data.write_bytes(b"chat\t1\n")
    by_path = built.digest([b"format", data])
    assert by_path == built.digest([b"format", b"file " + built.file_digest(data).encode()])
    data.write_bytes(b"chien\t1\n")
    assert built.digest([b"format", data]) != by_path
