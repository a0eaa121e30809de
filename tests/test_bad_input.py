"""The bad-input matrix: every command given broken files answers exit 2 and exactly one line
naming the file and the problem, never a traceback nor "internal error" (issue 13).

All files are generated here; none is committed. Each case says which problem it expects.
"""

from __future__ import annotations

import functools
import io
import json
import os
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest

from translator_gui import cli

GOOD_FR = "Le comité s'est réuni à Genève. Il a adopté le budget de l'année prochaine.\n"
GOOD_EN = "The committee met in Geneva. It adopted the budget for next year.\n"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _docx_bytes(paragraphs: list[str] | None = None) -> bytes:
    return _docx_of(tuple(paragraphs or ()))


@functools.cache
def _docx_of(paragraphs: tuple[str, ...]) -> bytes:
    # Cached: most cases start from the same one-paragraph document (python-docx takes ~40 ms
    # to write one).
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _later(make: Callable[[], bytes]) -> Callable[[Path], None]:
    """A file whose bytes are made when a case writes it, not at collection: every test process
    collects this module and one runs its cases (python-docx takes ~40 ms a document: 0.2 s of
    each process's start-up, before any test could run)."""
    def write(path: Path) -> None:
        path.write_bytes(make())

    return write


def _docx_with(part: str, data: bytes | None) -> bytes:
    with zipfile.ZipFile(io.BytesIO(_docx_bytes(["Bonjour."]))) as archive:
        members = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    if data is None:
        del members[part]
    else:
        members[part] = data
    return _zip(members)


def _declared_bomb() -> bytes:
    """A docx whose document.xml declares 3 GB (headers patched: refused before inflating)."""
    import struct

    data = bytearray(_docx_bytes(["Bonjour."]))
    name = b"word/document.xml"
    position = 0
    while True:
        position = data.find(name, position + 1)
        if position < 0:
            break
        if data[position - 30:position - 26] == b"PK\x03\x04":
            struct.pack_into("<I", data, position - 30 + 22, 3_000_000_000)
        elif data[position - 46:position - 42] == b"PK\x01\x02":
            struct.pack_into("<I", data, position - 46 + 24, 3_000_000_000)
    return bytes(data)


@dataclass(frozen=True)
class Bad:
    """Bytes for a file, and the problem the one line must state (a regular expression)."""

    data: bytes | Callable[[Path], None]
    problem: str


_rng = random.Random(13)
_NOISE = bytes(_rng.randrange(256) for _ in range(4096))

# Contents no monolingual reader may accept, whatever the extension (.txt, .md, .docx).
ANY_TEXT = {
    "empty": Bad(b"", r"the file is empty"),
    "nul-bytes": Bad(b"\x00" * 300, r"binary file|not a Word"),
    "png": Bad(PNG, r"this is a PNG image"),
    "jpeg": Bad(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _NOISE[:500], r"this is a JPEG image"),
    "pdf": Bad(b"%PDF-1.4\n" + _NOISE[:500], r"this is a PDF document"),
    "gzip": Bad(b"\x1f\x8b\x08\x00" + _NOISE[:500], r"this is a gzip archive"),
    "ole-doc": Bad(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
                   r"this is an old Office file"),
    "elf": Bad(b"\x7fELF\x02\x01\x01" + b"\x00" * 300, r"this is a program"),
    "random": Bad(_NOISE, r"binary file|not valid UTF-8|not a readable Word"),
    "zip-not-docx": Bad(_zip({"notes.txt": b"hello"}),
                        r"zip archive|not a readable Word|no text"),
    "truncated-zip": Bad(_later(lambda: _docx_bytes(["Bonjour."])[:700]), r"zip archive|not a readable Word|"
                                                           r"damaged"),
    "sparse-huge": Bad(lambda p: (p.write_bytes(b""), os.truncate(p, 260 * 1024 * 1024)),
                       r"the file is \d+ MB, more than"),
}
TEXT_ONLY = {  # read as text: wrong encodings and empty text
    "blank-lines": Bad(b"  \n\n\t\n", r"only blank lines"),
    "cp1252": Bad("Le comité a adopté le budget.\n".encode("cp1252"),
                  r"not valid UTF-8 text: undecodable byte 0xe9 at byte offset 8 — it looks like "
                  r"Windows-1252"),
    "utf16-cjk-no-bom": Bad("委员会在日内瓦举行会议。\n".encode("utf-16-le"), r"UTF-16 without a "
                                                                       r"byte-order mark"),
    "truncated-utf8": Bad("Le comité".encode()[:-1] + b"\n", r"not valid UTF-8 text"),
    "bom-only": Bad(b"\xef\xbb\xbf", r"only blank lines"),
    "utf16-bom-odd": Bad(b"\xff\xfeL\x00e\x00 ", r"not valid UTF-16 text"),
    "mostly-controls": Bad(bytes(range(1, 9)) * 100 + b"\xff" + bytes(range(1, 9)) * 100,
                           r"this is a binary file"),
    "only-controls": Bad(b"\x0c\x0b\x1c\n\x0c\n", r"only blank lines"),
}
DOCX_ONLY = {  # named .docx
    "no-document-part": Bad(_later(lambda: _docx_with("word/document.xml", None)),
                            r"not a readable Word|damaged"),
    "broken-xml": Bad(_later(lambda: _docx_with("word/document.xml", b"<w:document><w:body>")),
                      r"damaged|not a readable Word"),
    "not-xml": Bad(_later(lambda: _docx_with("word/document.xml", b"\x00\x01binary")),
                   r"damaged|not a readable Word"),
    "no-text": Bad(_later(lambda: _docx_bytes([])), r"the Word file contains no text"),
    "blank-paragraphs": Bad(_later(lambda: _docx_bytes(["  ", "\t"])), r"the Word file contains no text"),
    "content-types-missing": Bad(_later(lambda: _docx_with("[Content_Types].xml", None)),
                                 r"not a readable Word|damaged"),
    "declared-bomb": Bad(_later(_declared_bomb), r"would inflate to 2,861 MB: refused as unsafe"),
    "plain-text": Bad(GOOD_EN.encode(), r"not a readable Word"),
    "utf16-text": Bad(GOOD_EN.encode("utf-16"), r"not a readable Word"),
}
BILINGUAL = {  # by extension
    ".tsv": {
        "no-tab": Bad(b"just a line without a tab\n", r"line 1 has no tab"),
        "blank": Bad(b"\n\n  \n", r"no source<TAB>target lines found"),
        "cp1252": Bad("Comité\tCommittee\n".encode("cp1252"), r"not valid UTF-8 text"),
    },
    ".tmx": {
        "unclosed": Bad(b"<tmx version='1.4'><body><tu>", r"not well-formed XML"),
        "wrong-root": Bad(b"<html><body/></html>", r"not a TMX file \(root element <html>\)"),
        "no-units": Bad(b"<tmx version='1.4'><header/><body/></tmx>",
                        r"the TMX file holds no translation units"),
        "text": Bad(b"Comit\xc3\xa9 and committee", r"not well-formed XML"),
    },
    ".xlf": {
        "unclosed": Bad(b"<xliff version='1.2'><file>", r"not well-formed XML"),
        "wrong-root": Bad(b"<tmx version='1.4'/>", r"not an XLIFF file \(root element <tmx>\)"),
        "no-units": Bad(b"<xliff xmlns='urn:oasis:names:tc:xliff:document:1.2' version='1.2'>"
                        b"<file original='x' source-language='fr' datatype='plaintext'><body/>"
                        b"</file></xliff>", r"the XLIFF file holds no translation units"),
        "v2-no-units": Bad(b"<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' "
                           b"srcLang='fr'><file id='f'/></xliff>",
                           r"the XLIFF file holds no translation units"),
    },
}
for _suffix in BILINGUAL:
    BILINGUAL[_suffix].update({
        "empty": Bad(b"", r"the file is empty"),
        "png": Bad(PNG, r"this is a PNG image, not a bilingual file"),
        "pdf": Bad(b"%PDF-1.4\n" + _NOISE[:200], r"this is a PDF document"),
        "random": Bad(_NOISE, r"binary file|not valid UTF-8|not well-formed"),
    })

MISSING = {
    "missing": Bad(lambda p: None, r"file not found"),
    "folder": Bad(lambda p: p.mkdir(), r"this is a folder, not a file"),
    "dangling-link": Bad(lambda p: p.symlink_to(p.parent / "gone.txt"), r"file not found"),
    "link-loop": Bad(lambda p: p.symlink_to(p), r"file not found|cannot read|too many levels"),
}


def _make(path: Path, bad: Bad) -> Path:
    if callable(bad.data):
        bad.data(path)
    else:
        path.write_bytes(bad.data)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _assert_one_line(code: int, err: str, names: str, problem: str) -> None:
    assert "Traceback" not in err and "internal error" not in err, err
    assert code == 2, err
    assert err.endswith("\n") and err.count("\n") == 1, err
    line = err.rstrip("\n")
    assert line.startswith("translator-gui: "), line
    assert names in line, line
    import re

    assert re.search(problem, line), line


def _text_cases() -> list[tuple[str, str, Bad]]:
    cases = []
    for suffix in (".txt", ".md"):
        for key, bad in {**ANY_TEXT, **TEXT_ONLY, **MISSING}.items():
            cases.append((f"{suffix}-{key}", suffix, bad))
    for key, bad in {**ANY_TEXT, **DOCX_ONLY, **MISSING}.items():
        if key in ("random",):
            bad = Bad(bad.data, r"not a readable Word|binary file")
        cases.append((f".docx-{key}", ".docx", bad))
    return cases


TEXT_CASES = _text_cases()
ROUTES = ("check-alone", "check-as-source", "check-as-draft", "align-as-source",
          "align-as-draft")


# A huge .md file is read exactly like a huge .txt file: its other routes would only repeat
# the .txt cases (and their minutes), so only `check` alone runs it.
MONOLINGUAL_CASES = [pytest.param(route, suffix, bad, id=f"{name}-{route}")
                     for name, suffix, bad in TEXT_CASES for route in ROUTES
                     if route == "check-alone" or not (suffix == ".md" and "huge" in bad.problem)]


@pytest.mark.parametrize(("route", "suffix", "bad"), MONOLINGUAL_CASES)
def test_monolingual_inputs(tmp_path: Path, capsys, route: str, suffix: str, bad: Bad) -> None:
    path = _make(tmp_path / f"input{suffix}", bad)
    good_fr, good_en = tmp_path / "fr.txt", tmp_path / "en.txt"
    good_fr.write_text(GOOD_FR, encoding="utf-8")
    good_en.write_text(GOOD_EN, encoding="utf-8")
    command = {
        "check-alone": ("check", path),
        "check-as-source": ("check", path, good_en),
        "check-as-draft": ("check", good_fr, path),
        "align-as-source": ("align", path, good_en),
        "align-as-draft": ("align", good_fr, path),
    }[route]
    code, _, err = _run(capsys, *command)
    _assert_one_line(code, err, str(path), bad.problem)


BILINGUAL_CASES = [(f"{suffix}-{key}", suffix, bad) for suffix, table in BILINGUAL.items()
                   for key, bad in {**table, **MISSING}.items()]


@pytest.mark.parametrize(("suffix", "bad"), [(s, b) for _, s, b in BILINGUAL_CASES],
                         ids=[c[0] for c in BILINGUAL_CASES])
def test_bilingual_inputs(tmp_path: Path, capsys, suffix: str, bad: Bad) -> None:
    path = _make(tmp_path / f"units{suffix}", bad)
    code, _, err = _run(capsys, "check", path)
    _assert_one_line(code, err, str(path), bad.problem)


# -- projects -----------------------------------------------------------------------------------
def _good_project() -> dict:
    return {"format": 1, "application": "translator_gui", "source_language": "fr",
            "target_language": "en", "files": {"source": None, "draft": None, "bilingual": None},
            "inputs": {"source": {"language": "fr", "kind": "text",
                                  "paragraphs": [{"text": "Bonjour. Merci.",
                                                  "location": {"part": "line", "line": 0}}],
                                  "sentences": [[0, 0, 8], [0, 9, 15]]},
                       "draft": None},
            "checks": {"disabled": [], "severity": {}, "ignored": [], "glossaries": []},
            "segments": [{"id": 0, "source": "Bonjour.", "draft": "Hello.", "target": "Hello!",
                          "status": "edited", "bead": {"source": [0], "target": [0],
                                                       "confidence": 0.9}},
                         {"id": 1, "source": "Merci.", "draft": "Thanks.", "target": "Thanks.",
                          "status": "draft", "bead": {"source": [1], "target": [1]}}]}


def _mutated(path: str, value: object) -> bytes:
    data = _good_project()
    *steps, last = path.split("/")
    node: object = data
    for step in steps:
        node = node[int(step)] if step.isdigit() else node[step]  # type: ignore[index]
    node[int(last) if last.isdigit() else last] = value  # type: ignore[index]
    return json.dumps(data).encode()


PROJECTS: dict[str, Bad] = {
    "empty": Bad(b"", r"the project file is empty"),
    "blank": Bad(b"  \n", r"the project file is empty"),
    "not-json": Bad(b"{not json", r"damaged \(invalid JSON at line 1, column 2\)"),
    "truncated": Bad(json.dumps(_good_project()).encode()[:200], r"damaged \(invalid JSON"),
    "binary": Bad(PNG, r"not a translator_gui project \(not UTF-8 text\)"),
    "utf16": Bad(json.dumps(_good_project()).encode("utf-16"), r"not UTF-8 text"),
    "array": Bad(b"[1, 2]", r"not a translator_gui project file"),
    "string": Bad(b'"format"', r"not a translator_gui project file"),
    "no-segments": Bad(b'{"format": 1}', r"not a translator_gui project file"),
    "format-true": Bad(_mutated("format", True), r"unknown project format true"),
    "format-text": Bad(_mutated("format", "1"), r'unknown project format "1"'),
    "format-zero": Bad(_mutated("format", 0), r"unknown project format 0"),
    "format-future": Bad(_mutated("format", 99), r"saved by a newer translator_gui"),
    "deep-nesting": Bad(b'{"format": 1, "segments": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
                        r"nested too deeply"),
    "segments-object": Bad(_mutated("segments", {"0": 1}), r"segments must be a list"),
    "target-int": Bad(_mutated("segments/0/target", 42), r"segments\[0\]\.target must be text"),
    "target-null": Bad(_mutated("segments/0/target", None), r"segments\[0\]\.target must be"),
    "source-list": Bad(_mutated("segments/1/source", ["a"]), r"segments\[1\]\.source must be"),
    "draft-missing": Bad(json.dumps({**_good_project(), "segments": [
        {"id": 0, "source": "a", "target": "b"}]}).encode(), r"segments\[0\] lacks 'draft'"),
    "bead-string": Bad(_mutated("segments/0/bead", "0-0"), r"segments\[0\]\.bead must be an "
                                                           r"object"),
    "bead-out-of-range": Bad(_mutated("segments/0/bead/source", [7]),
                             r"bead\.source names sentence 7, but inputs\.source has 2"),
    "bead-negative": Bad(_mutated("segments/0/bead/target", [-3]), r"out of range"),
    "bead-confidence": Bad(_mutated("segments/0/bead/confidence", 7), r"confidence is 7, out of "
                                                                      r"range"),
    "status-unknown": Bad(_mutated("segments/0/status", "done"), r'status is "done", not one of'),
    "id-text": Bad(_mutated("segments/0/id", "zero"), r"segments\[0\]\.id must be a whole num"),
    "id-duplicate": Bad(_mutated("segments/1/id", 0), r"id 0 is used twice"),
    "checks-list": Bad(_mutated("checks", []), r"checks must be an object or null"),
    "disabled-string": Bad(_mutated("checks/disabled", "all"), r"checks\.disabled must be a "
                                                               r"list"),
    "severity-bad": Bad(_mutated("checks/severity", {"x": "fatal"}), r'is "fatal", not one of'),
    "ignored-shape": Bad(_mutated("checks/ignored", [{"segment": "0"}]), r"checks\.ignored\[0\]"),
    "language-int": Bad(_mutated("source_language", 7), r"source_language must be text, not 7"),
    "language-odd": Bad(_mutated("target_language", "english!"), r"target_language is "
                                                                  r"\"english!\", out of range"),
    "sentence-span": Bad(_mutated("inputs/source/sentences/1", [0, 9, 80]),
                         r"sentences\[1\] spans 9-80, outside its paragraph"),
    "sentence-paragraph": Bad(_mutated("inputs/source/sentences/0", [4, 0, 3]),
                              r"names paragraph 4, but there are 1"),
    "sentence-short": Bad(_mutated("inputs/source/sentences/0", [0, 1]), r"sentences\[0\]"),
    "paragraphs-text": Bad(_mutated("inputs/source/paragraphs/0/text", 5),
                           r"paragraphs\[0\]\.text must be text"),
    "location-path": Bad(_mutated("inputs/source/paragraphs/0/location", {"path": "0/1"}),
                         r"location\.path must be a list"),
    "files-number": Bad(_mutated("files/source", 12), r"files\.source has the wrong shape"),
    "inputs-list": Bad(_mutated("inputs", []), r"inputs must be an object or null"),
    "fingerprint-bad": Bad(_mutated("inputs/source/fingerprint", {"sha256": "x", "size": 1}),
                           r"fingerprint\.sha256 is \"x\", out of range"),
    "huge-number": Bad(_mutated("segments/0/id", 10 ** 400), r"segments\[0\]\.id is 1000.*"
                                                             r"out of range \(maximum"),
    "nan": Bad(json.dumps(_good_project()).replace('"confidence": 0.9',
                                                   '"confidence": NaN').encode(),
               r"damaged \(NaN is not a JSON number\)"),
    **{f"project-{k}": v for k, v in MISSING.items()},
}


@functools.cache
def _reviewed_docx() -> bytes:
    """A one-cell Word file, built once (python-docx takes tens of ms per document)."""
    return _docx_bytes(["x"])


@pytest.mark.parametrize("command", ["check", "export", "import-review"])
@pytest.mark.parametrize("bad", list(PROJECTS.values()), ids=list(PROJECTS))
def test_damaged_projects(tmp_path: Path, capsys, command: str, bad: Bad) -> None:
    path = _make(tmp_path / "job.tgp", bad)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(_reviewed_docx())
    args = {"check": ("check", path), "export": ("export", path, "--to", tmp_path / "o.tmx"),
            "import-review": ("import-review", path, reviewed)}[command]
    code, _, err = _run(capsys, *args)
    _assert_one_line(code, err, str(path), bad.problem)


# -- export destinations and review files --------------------------------------------------------
@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "job.tgp"
    path.write_bytes(json.dumps(_good_project()).encode())
    return path


def _read_only_file(path: Path) -> None:
    path.write_bytes(b"old")
    path.chmod(0o444)


def _locked(path: Path) -> None:
    path.write_bytes(b"old")
    (path.parent / f"~${path.name}").write_bytes(b"owner")


DESTINATIONS: dict[str, tuple[str, Callable[[Path], None] | None, str]] = {
    "missing-folder": ("nowhere/out.docx", None, r"the folder .*nowhere does not exist"),
    "missing-folder-tmx": ("nowhere/out.tmx", None, r"the folder .*nowhere does not exist"),
    "read-only-docx": ("out.docx", _read_only_file, r"the file is read-only"),
    "read-only-csv": ("out.csv", _read_only_file, r"the file is read-only"),
    "read-only-xlf": ("out.xlf", _read_only_file, r"the file is read-only"),
    "folder": ("out.html", lambda p: p.mkdir(), r"this is a folder: give a file name"),
    "unknown-extension": ("out.pdf", None, r"cannot export to '\.pdf': use one of"),
    "no-extension": ("out", None, r"cannot export to 'a file without extension'"),
    "locked-docx": ("memo.docx", _locked, r"open in Word or another program \(lock file "
                                          r"~\$memo\.docx\)"),
    "file-as-folder": ("job.tgp/out.docx", None, r"is not a folder"),
}


@pytest.mark.parametrize(("name", "prepare", "problem"), list(DESTINATIONS.values()),
                         ids=list(DESTINATIONS))
def test_export_destinations(tmp_path: Path, capsys, project: Path, name, prepare,
                             problem) -> None:
    out = tmp_path / name
    if prepare:
        prepare(out)
    code, _, err = _run(capsys, "export", project, "--to", out)
    _assert_one_line(code, err, str(out), problem)


def test_export_to_a_read_only_folder(tmp_path: Path, capsys, project: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _, err = _run(capsys, "export", project, "--to", folder / "out.tmx")
    finally:
        folder.chmod(0o755)
    _assert_one_line(code, err, str(folder / "out.tmx"), r"is read-only; choose another folder")


REVIEWS: dict[str, Bad] = {
    "png": Bad(PNG, r"this is a PNG image, not a Word"),
    "empty": Bad(b"", r"the file is empty"),
    "text": Bad(GOOD_EN.encode(), r"not a readable Word"),
    "no-table": Bad(_later(lambda: _docx_bytes(["A letter, not a table."])), r"no bilingual review table"),
    "corrupt-zip": Bad(_later(lambda: _docx_bytes(["x"])[:600]), r"not a readable Word|damaged"),
    "declared-bomb": Bad(_later(_declared_bomb), r"refused as unsafe"),
    "broken-xml": Bad(_later(lambda: _docx_with("word/document.xml", b"<w:document>")), r"damaged|not a "
                                                                         r"readable Word"),
    **MISSING,
}


@pytest.mark.parametrize("bad", list(REVIEWS.values()), ids=list(REVIEWS))
def test_import_review_files(tmp_path: Path, capsys, project: Path, bad: Bad) -> None:
    reviewed = _make(tmp_path / "reviewed.docx", bad)
    before = project.read_bytes()
    code, _, err = _run(capsys, "import-review", project, reviewed)
    _assert_one_line(code, err, str(reviewed), bad.problem)
    assert project.read_bytes() == before


def test_import_review_wrong_extension(tmp_path: Path, capsys, project: Path) -> None:
    reviewed = tmp_path / "reviewed.xlsx"
    reviewed.write_bytes(b"PK")
    code, _, err = _run(capsys, "import-review", project, reviewed)
    _assert_one_line(code, err, str(reviewed), r"imported from the \.docx it was exported to")


# -- options, languages, swapped files, permissions ---------------------------------------------
def test_swapped_languages(tmp_path: Path, capsys) -> None:
    fr, en = tmp_path / "fr.txt", tmp_path / "en.txt"
    fr.write_text(GOOD_FR * 3, encoding="utf-8")
    en.write_text(GOOD_EN * 3, encoding="utf-8")
    code, _, err = _run(capsys, "align", en, fr)
    _assert_one_line(code, err, str(en), r"seem swapped")


@pytest.mark.parametrize("option", ["--source-language", "--target-language"])
@pytest.mark.parametrize("code_given", ["xx", "french", "123", "z"])
def test_unknown_language_codes(tmp_path: Path, capsys, option, code_given) -> None:
    fr, en = tmp_path / "fr.txt", tmp_path / "en.txt"
    fr.write_text(GOOD_FR, encoding="utf-8")
    en.write_text(GOOD_EN, encoding="utf-8")
    code, _, err = _run(capsys, "align", fr, en, option, code_given)
    _assert_one_line(code, err, repr(code_given), r"unknown language code")


@pytest.mark.parametrize(("content", "problem"), [
    (None, r"SRX rules file not found"),
    (b"<srx>", r"not a valid SRX file"),
])
def test_bad_srx(tmp_path: Path, capsys, content, problem) -> None:
    fr, en, srx = tmp_path / "fr.txt", tmp_path / "en.txt", tmp_path / "rules.srx"
    fr.write_text(GOOD_FR, encoding="utf-8")
    en.write_text(GOOD_EN, encoding="utf-8")
    if content is not None:
        srx.write_bytes(content)
    code, _, err = _run(capsys, "align", fr, en, "--srx", srx)
    _assert_one_line(code, err, str(srx), problem)


@pytest.mark.parametrize("name", ["in.txt", "in.docx", "in.tsv", "in.tmx", "in.xlf", "job.tgp"])
def test_permission_denied(tmp_path: Path, capsys, monkeypatch, name) -> None:
    path = tmp_path / name
    path.write_bytes(b"something")
    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)  # chmod 000 does not stop root
    code, _, err = _run(capsys, "check", path)
    _assert_one_line(code, err, str(path), r"permission denied: you may not read this file")
