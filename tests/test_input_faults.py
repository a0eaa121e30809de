"""Bad inputs named for what they are: control characters, zip bombs, encodings, images,
unreadable files, unknown languages, and drafts changed since the project was made."""

from __future__ import annotations

import codecs
import io
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest
from exchange_validation import read_pairs

from translator_gui import cli
from translator_gui.core.export import export_document
from translator_gui.core.model import InputError
from translator_gui.core.pipeline import open_pair, open_single
from translator_gui.core.project import load_project, save_project
from translator_gui.core.readers import read_bilingual, read_paragraphs

ROOT = Path(__file__).resolve().parents[1]


# -- control characters (item 5) ------------------------------------------------------------------
def test_form_feed_in_text_is_a_space_and_exports_to_word(tmp_path: Path) -> None:
    source, draft = tmp_path / "s.txt", tmp_path / "d.txt"
    source.write_text("Le rapport est publié.\fLa suite.\n", encoding="utf-8")
    draft.write_text("The report\fis published.\x0bThe rest.\n", encoding="utf-8")
    document = open_pair(source, draft)
    assert [s.draft for s in document.segments] == ["The report is published.", "The rest."]
    out = tmp_path / "out.docx"
    export_document(document, out, issues=[])
    assert [p.text for p in docx.Document(str(out)).paragraphs] == [
        "The report is published. The rest."]


@pytest.mark.parametrize("suffix", [".tmx", ".xlf"])
def test_control_character_never_glues_words_in_xliff_or_tmx(tmp_path: Path, suffix) -> None:
    tsv = tmp_path / "in.tsv"
    tsv.write_text("Le rapport\x07est publié.\tThe report\x0cis published.\n", encoding="utf-8")
    document = __import__("translator_gui.core.pipeline", fromlist=["x"]).open_bilingual(tsv)
    out = tmp_path / f"out{suffix}"
    export_document(document, out)
    kind = "tmx" if suffix == ".tmx" else "xliff"
    assert read_pairs(out.read_bytes(), kind) == [("Le rapport est publié.",
                                                   "The report is published.")]


def test_text_typed_with_a_control_character_still_exports(tmp_path: Path) -> None:
    source, draft = tmp_path / "s.txt", tmp_path / "d.txt"
    source.write_text("Le rapport est publié.\n", encoding="utf-8")
    draft.write_text("The report is published.\n", encoding="utf-8")
    document = open_pair(source, draft)
    document.set_target(0, "The report\x0cwas published.")  # pasted in the window
    for name in ("out.docx", "out.tmx", "out.xlf"):
        export_document(document, tmp_path / name, issues=[])
    assert docx.Document(str(tmp_path / "out.docx")).paragraphs[0].text == (
        "The report was published.")
    assert read_pairs((tmp_path / "out.tmx").read_bytes(), "tmx") == [
        ("Le rapport est publié.", "The report was published.")]


# -- zip bomb (item 8) --------------------------------------------------------------------------
# The CRC-32 of a megabyte repeated thousands of times, from the megabyte's own CRC: zlib's
# crc32_combine (CRC(A + B) = CRC(A) times x^(8 len B) modulo the polynomial, plus CRC(B)),
# which Python's zlib does not offer. Computing it over the 2.2 GB bomb's bytes cost ~1 s of
# CPU; the 3 MB bomb's archive.testzip() below checks the CRC this gives against zlib's.
_POLY = 0xEDB88320  # CRC-32's polynomial, bits reversed as zlib has it


def _multiply_mod_p(a: int, b: int) -> int:
    product, bit = 0, 1 << 31
    while a:
        if a & bit:
            product ^= b
            a ^= bit
        bit >>= 1
        b = (b >> 1) ^ _POLY if b & 1 else b >> 1
    return product


def _crc32_combine(crc_a: int, crc_b: int, length_b: int) -> int:
    power, square = 1 << 31, 1 << 23  # x^0 and x^8 (bit 31 - k holds x^k): one byte's shift
    shift = length_b
    while shift:
        if shift & 1:
            power = _multiply_mod_p(square, power)
        square = _multiply_mod_p(square, square)
        shift >>= 1
    return _multiply_mod_p(power, crc_a) ^ crc_b


def _crc32_repeated(crc: int, piece_crc: int, piece_length: int, count: int) -> int:
    """zlib.crc32(piece * count, crc) from the piece's CRC (doubling the piece as needed)."""
    while count:
        if count & 1:
            crc = _crc32_combine(crc, piece_crc, piece_length)
        piece_crc = _crc32_combine(piece_crc, piece_crc, piece_length)
        piece_length *= 2
        count >>= 1
    return crc


def _bomb(path: Path, inflated: int) -> None:
    """A .docx whose document.xml is `inflated` bytes of spaces deflated a thousand times.

    Honest headers (sizes and CRC true), built from one compressed megabyte repeated: a
    full flush resets the compressor, so every megabyte compresses to the same bytes.
    """
    import struct
    import zlib

    base = io.BytesIO()
    docx.Document().save(base)
    with zipfile.ZipFile(base) as original:
        parts = {i.filename: original.read(i.filename) for i in original.infolist()}
    xml = parts["word/document.xml"]
    head, tail = xml[:-len(b"</w:document>")], b"</w:document>"
    chunk = b" " * (1 << 20)
    count = inflated >> 20
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    last = compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(tail, _crc32_repeated(zlib.crc32(head), zlib.crc32(chunk), len(chunk),
                                           count))
    deflated = first + block * count + last
    size = len(head) + count * len(chunk) + len(tail)
    marker = b"\xab" * 8  # stored placeholder, patched into the deflated member below
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for name, data in parts.items():
            if name == "word/document.xml":
                bomb.writestr(zipfile.ZipInfo(name), marker, zipfile.ZIP_STORED)
            else:
                bomb.writestr(name, data)
    raw = path.read_bytes()
    name = b"word/document.xml"
    local = raw.index(name) - 30
    central = raw.index(b"PK\x01\x02", raw.index(marker))
    while raw[central + 46: central + 46 + len(name)] != name:
        central = raw.index(b"PK\x01\x02", central + 4)
    data_start = local + 30 + len(name) + struct.unpack_from("<H", raw, local + 28)[0]
    grow = len(deflated) - len(marker)
    patched = bytearray(raw[:data_start] + deflated + raw[data_start + len(marker):])
    struct.pack_into("<HHHIII", patched, local + 8, 8, 0, 0, crc, len(deflated), size)
    central += grow
    struct.pack_into("<HHHIII", patched, central + 10, 8, 0, 0, crc, len(deflated), size)
    # Later central entries and the end record moved by `grow`.
    position = central
    while True:
        position = patched.find(b"PK\x01\x02", position + 4)
        if position < 0:
            break
        offset = struct.unpack_from("<I", patched, position + 42)[0]
        if offset > local:
            struct.pack_into("<I", patched, position + 42, offset + grow)
    end = patched.rindex(b"PK\x05\x06")
    directory = struct.unpack_from("<I", patched, end + 16)[0]
    struct.pack_into("<I", patched, end + 16, directory + grow)
    path.write_bytes(bytes(patched))


def test_bomb_fixture_is_an_honest_zip(tmp_path: Path) -> None:
    bomb = tmp_path / "small.docx"
    _bomb(bomb, 3 << 20)
    with zipfile.ZipFile(bomb) as archive:
        assert archive.testzip() is None
        info = archive.getinfo("word/document.xml")
        assert info.file_size >= 3 << 20 and info.compress_size < 20_000
    assert read_paragraphs.__name__  # and the reader refuses nothing that small:
    with pytest.raises(InputError, match="contains no text"):
        read_paragraphs(bomb)


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    # The time (target ≤ 2 s) is measured by tests/benchmarks/bench_robust.py.
    bomb = tmp_path / "bomb.docx"
    _bomb(bomb, 2200 << 20)  # 2.2 GB of XML in a couple of MB
    assert bomb.stat().st_size < 5 << 20
    # The peak is read from /proc (VmHWM belongs to the new process image); ru_maxrss would
    # report the forking pytest process's own peak, which Linux carries across exec.
    script = ("import re, resource, sys, time\n"
              "from translator_gui import cli\n"
              "started = time.perf_counter()\n"
              "code = cli.main(['check', sys.argv[1]])\n"
              "try:\n"
              "    status = open('/proc/self/status').read()\n"
              "    peak = int(re.search(r'VmHWM:\\s+(\\d+)', status).group(1))\n"
              "except OSError:\n"
              "    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
              "print(code, time.perf_counter() - started, peak)\n")
    result = subprocess.run([sys.executable, "-c", script, str(bomb)], capture_output=True,
                            text=True, cwd=ROOT, timeout=120)
    assert len(result.stdout.split()) == 3, (result.stdout, result.stderr)
    code, seconds, max_rss_kb = result.stdout.split()
    assert result.stderr == (f"translator-gui: {bomb}: the part word/document.xml would inflate "
                             "to 2,200 MB: refused as unsafe (a zip bomb?)\n")
    assert code == "2"
    assert float(seconds) > 0
    assert int(max_rss_kb) <= 200 * 1024, max_rss_kb  # the whole process, imports included


def test_high_ratio_part_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    _bomb(bomb, 150 << 20)  # under the size cap, but compressed a thousand times
    with pytest.raises(InputError, match=r"word/document\.xml is compressed [\d,]+ times: "
                                         r"refused as unsafe \(a zip bomb\?\)$"):
        read_paragraphs(bomb)


def test_ordinary_word_file_passes_the_bomb_check(tmp_path: Path) -> None:
    path = tmp_path / "ok.docx"
    document = docx.Document()
    for _ in range(200):
        document.add_paragraph("The committee met in Geneva on 12 May. " * 5)
    document.save(str(path))
    assert len(read_paragraphs(path).paragraphs) == 200


# -- encodings, images, permissions, languages (item 10) ----------------------------------------
def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("data", "expected"), [
    ("中文文本的第一句。第二句话在这里。\n".encode("utf-16-le"),
     "not valid UTF-8 text: undecodable byte 0x87 at byte offset 2 — it looks like UTF-16 "
     "without a byte-order mark; save it as UTF-8 (or UTF-16 with BOM) and open it again"),
    ("Café crème à la française.\n".encode("cp1252"),
     "not valid UTF-8 text: undecodable byte 0xe9 at byte offset 3 — it looks like "
     "Windows-1252/Latin-1; save it as UTF-8 and open it again"),
])
def test_encoding_hints_say_what_the_file_is(tmp_path: Path, data: bytes, expected: str) -> None:
    path = _write(tmp_path / "in.txt", data)
    with pytest.raises(InputError) as caught:
        read_paragraphs(path)
    assert str(caught.value) == f"{path}: {expected}"


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF32_LE + "Le chat dort.\n".encode("utf-32-le"),
    codecs.BOM_UTF32_BE + "Le chat dort.\n".encode("utf-32-be"),
    "Le chat dort.\n".encode("utf-32-le"),
    "Le chat dort.\n".encode("utf-32-be"),
    "Le chat dort.\n".encode("utf-16-le"),
    codecs.BOM_UTF16_BE + "Le chat dort.\n".encode("utf-16-be"),
])
def test_utf32_and_utf16_are_read(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path / "in.txt", data)
    assert [p.text for p in read_paragraphs(path).paragraphs] == ["Le chat dort."]


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.mark.parametrize(("name", "data", "what"), [
    ("photo.txt", PNG, "a PNG image"),
    ("photo.png", PNG, "a PNG image"),
    ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document (export it to Word "
                                                          "or text first)"),
    ("old.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200,
     "an old Office file (.doc/.xls): save it as .docx"),
    ("noise.txt", bytes(range(1, 9)) * 150 + b"\xff" + bytes(range(1, 9)) * 150,
     "a binary file"),
])
def test_binary_files_are_called_what_they_are(tmp_path: Path, capsys, name, data, what) -> None:
    path = _write(tmp_path / name, data)
    code = cli.main(["check", str(path)])
    assert code == 2
    assert capsys.readouterr().err == (f"translator-gui: {path}: this is {what}, not a text to "
                                       "review\n")


def test_png_named_docx(tmp_path: Path) -> None:
    path = _write(tmp_path / "photo.docx", PNG)
    with pytest.raises(InputError) as caught:
        read_paragraphs(path)
    assert str(caught.value) == f"{path}: this is a PNG image, not a Word (.docx) file"


@pytest.mark.parametrize("name", ["in.txt", "in.docx", "in.tsv", "in.tmx", "job.tgp"])
def test_unreadable_file_is_one_clear_line(tmp_path: Path, monkeypatch, capsys, name) -> None:
    path = tmp_path / name
    path.write_bytes(b"x")

    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    # Running as root, chmod 000 would not stop the read: simulate what a user gets.
    monkeypatch.setattr(Path, "read_bytes", denied)
    code = cli.main(["check", str(path)])
    assert code == 2
    assert capsys.readouterr().err == (f"translator-gui: {path}: permission denied: you may not "
                                       "read this file (check its permissions)\n"
                                       if name != "job.tgp" else
                                       f"translator-gui: {path}: permission denied: you may not "
                                       "read this file\n")


def test_unknown_language_code_is_refused(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path / "in.txt", b"Le chat dort. Il fait beau.\n")
    code = cli.main(["check", str(path), "--source-language", "xx"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("translator-gui: unknown language code 'xx': sentence splitting "
                          "knows ar, ast, be")
    assert err.endswith("(ISO 639-1 codes), or give your own rules with --srx\n")
    assert err.count("\n") == 1


def test_known_regional_code_still_splits(tmp_path: Path) -> None:
    path = _write(tmp_path / "in.txt", b"Le chat dort. Il fait beau.\n")
    assert len(open_single(path, "fr-CA").segments) == 2


# -- a draft changed since the project was saved (item 2) ---------------------------------------
def _docx(path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.fixture
def docx_project(tmp_path: Path) -> tuple[Path, Path]:
    source = _docx(tmp_path / "source.docx", ["Le comité s'est réuni.", "Il a adopté le budget."])
    draft = _docx(tmp_path / "draft.docx", ["The committee assisted.", "It adopted the budget."])
    document = open_pair(source, draft)
    document.set_target(0, "The committee attended.")
    project = tmp_path / "job.tgp"
    save_project(document, project)
    return project, draft


def test_project_keeps_a_fingerprint_of_each_input(docx_project) -> None:
    import hashlib
    import json

    project, draft = docx_project
    data = json.loads(project.read_text(encoding="utf-8"))
    assert data["inputs"]["draft"]["fingerprint"] == {
        "sha256": hashlib.sha256(draft.read_bytes()).hexdigest(), "size": draft.stat().st_size}
    assert load_project(project).draft_input.fingerprint == data["inputs"]["draft"]["fingerprint"]


def test_export_refuses_a_draft_edited_since(docx_project, tmp_path: Path) -> None:
    project, draft = docx_project
    _docx(draft, ["This paragraph was rewritten by someone.", "It adopted the budget."])
    out = tmp_path / "out.docx"
    with pytest.raises(InputError) as caught:
        export_document(load_project(project), out, track_changes=True, issues=[])
    assert str(caught.value) == (
        f"{draft}: the draft Word file has changed since the project was made: "
        "its paragraph 1 ('The committee assisted.') now reads 'This paragraph was rewritten "
        "by someone.'; put back the version the project was made from, or start a new project "
        "from this file")
    assert not out.exists()


def test_export_refuses_a_replaced_draft(docx_project, tmp_path: Path) -> None:
    project, draft = docx_project
    _docx(draft, ["Le comité s'est réuni.", "Il a adopté le budget."])  # French "English"
    with pytest.raises(InputError, match="the draft Word file has changed since"):
        export_document(load_project(project), tmp_path / "out.docx", issues=[])


def test_export_goes_on_when_only_the_bytes_changed(docx_project, tmp_path: Path) -> None:
    project, draft = docx_project
    resaved = docx.Document(str(draft))
    resaved.core_properties.author = "Someone"  # same text, other bytes
    resaved.save(str(draft))
    out = tmp_path / "out.docx"
    export_document(load_project(project), out, issues=[])
    assert [p.text for p in docx.Document(str(out)).paragraphs] == [
        "The committee attended.", "It adopted the budget."]


def test_maxrss_unit_is_kilobytes() -> None:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS): the bomb test assumes Linux.
    assert sys.platform != "darwin" or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0


def test_read_bilingual_maps_controls(tmp_path: Path) -> None:
    path = _write(tmp_path / "in.tsv", b"A\x1fB\tC\x7fD\n")
    assert read_bilingual(path) == [("A B", "C D")]
    assert time.time() > 0
