"""Readers: encodings, Word files, bilingual files, and every kind of broken input."""

from __future__ import annotations

import codecs
from pathlib import Path

import docx
import pytest

from translator_gui.core.model import InputError
from translator_gui.core.readers import decode_text, read_bilingual, read_paragraphs

FRENCH = "Le Dr Martin est arrivé à Genève.\nIl a déclaré : « Très bien ».\n"


@pytest.mark.parametrize("encoded", [
    FRENCH.encode("utf-8"),
    codecs.BOM_UTF8 + FRENCH.encode("utf-8"),
    FRENCH.replace("\n", "\r\n").encode("utf-8"),
    FRENCH.encode("utf-16"),  # with BOM
    FRENCH.encode("utf-16-le"),  # without BOM
    FRENCH.encode("utf-16-be"),
    FRENCH.replace("\n", "\r").encode("utf-8"),  # old Mac line ends
], ids=["utf8", "utf8-bom", "crlf", "utf16-bom", "utf16le", "utf16be", "cr"])
def test_text_encodings_and_line_ends(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "source.txt"
    path.write_bytes(encoded)
    paragraphs = read_paragraphs(path).paragraphs
    assert [p.text for p in paragraphs] == ["Le Dr Martin est arrivé à Genève.",
                                            "Il a déclaré : « Très bien »."]


def test_undecodable_bytes_name_file_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Déjà".encode("cp1252"))
    with pytest.raises(InputError) as raised:
        read_paragraphs(path)
    message = str(raised.value)
    assert "latin.txt" in message and "byte offset 1" in message and "0xe9" in message


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "empty"),
    (b"\n\n  \n", "blank"),
    (b"PK\x03\x04garbage", "zip"),
])
def test_broken_text_inputs(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=problem):
        read_paragraphs(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        read_paragraphs(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_paragraphs(tmp_path)


def test_huge_file_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from translator_gui.core import readers

    path = tmp_path / "big.txt"
    with path.open("wb") as stream:  # a sparse 50 MB file: nothing to read, only a size
        stream.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match="50 MB") as raised:
        read_paragraphs(path)
    assert "big.txt" in str(raised.value)
    monkeypatch.setattr(readers, "MAX_TEXT_BYTES", 1000)
    small = tmp_path / "pairs.tsv"
    small.write_bytes(b"a\tb\n" * 500)
    with pytest.raises(InputError, match="split the document"):
        read_bilingual(small)


def test_decode_text_rejects_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_text(b"abc\x00\x00\x00def\x00", "x.txt")


def make_docx(path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "En-tête du rapport"
    document.add_heading("Titre du document", level=1)
    paragraph = document.add_paragraph("Première phrase. ")
    paragraph.add_run("Deuxième phrase en gras.").bold = True
    document.add_paragraph("")  # empty paragraphs are skipped
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Lieu"
    table.cell(0, 1).text = "Pékin"
    table.cell(1, 0).text = "Date"
    table.cell(1, 1).text = "12 mai"
    document.add_paragraph("Dernier paragraphe.")
    document.sections[0].footer.paragraphs[0].text = "Pied de page"
    document.save(str(path))


def test_docx_reads_everything_in_order_with_locations(tmp_path: Path) -> None:
    from translator_gui.core.docx_io import find_paragraph

    path = tmp_path / "source.docx"
    make_docx(path)
    result = read_paragraphs(path)
    assert result.kind == "docx"
    texts = [p.text for p in result.paragraphs]
    assert texts == ["En-tête du rapport", "Titre du document",
                     "Première phrase. Deuxième phrase en gras.", "Lieu", "Pékin", "Date",
                     "12 mai", "Dernier paragraphe.", "Pied de page"]
    assert result.paragraphs[0].location["part"] == "header"
    assert result.paragraphs[-1].location["part"] == "footer"
    assert result.paragraphs[4].location["path"][1:] == [0, 1, 0]  # row 0, cell 1, paragraph 0
    reopened = docx.Document(str(path))
    for paragraph in result.paragraphs:
        assert find_paragraph(reopened, paragraph.location).text == paragraph.text


@pytest.mark.parametrize(("content", "problem"), [
    (b"not a zip at all", "Word"),
    (b"PK\x03\x04\x14\x00\x00\x00truncated", "Word"),
])
def test_corrupt_docx(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(content)
    with pytest.raises(InputError, match=problem) as raised:
        read_paragraphs(path)
    assert "broken.docx" in str(raised.value)


def test_docx_without_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    with pytest.raises(InputError, match="no text"):
        read_paragraphs(path)


def test_tsv(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text('Bonjour « ami ».\tHello "friend".\n\nDeux\tTwo\r\n', encoding="utf-8")
    assert read_bilingual(path) == [("Bonjour « ami ».", 'Hello "friend".'), ("Deux", "Two")]


def test_tsv_without_tab_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("Bonjour\tHello\nNo tab here\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        read_bilingual(path)


def test_tmx_and_xliff_round_trip(tmp_path: Path) -> None:
    from translate.storage import tmx, xliff

    store = tmx.tmxfile(sourcelanguage="fr", targetlanguage="en")
    for source, target in [("Bonjour.", "Hello."), ("Le 12 mai.", "On 12 May.")]:
        store.addsourceunit(source).target = target
    (tmp_path / "memory.tmx").write_bytes(bytes(store))
    assert read_bilingual(tmp_path / "memory.tmx") == [("Bonjour.", "Hello."),
                                                       ("Le 12 mai.", "On 12 May.")]
    store12 = xliff.xlifffile(sourcelanguage="fr", targetlanguage="en")
    store12.addsourceunit("Bonjour.").target = "Hello."
    (tmp_path / "job.xlf").write_bytes(bytes(store12))
    assert read_bilingual(tmp_path / "job.xlf") == [("Bonjour.", "Hello.")]


def test_xliff2(tmp_path: Path) -> None:
    path = tmp_path / "job.xlf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" '
        'trgLang="en"><file id="f1"><unit id="u1"><segment><source>Bonjour.</source>'
        '<target>Hello.</target></segment></unit><unit id="u2"><segment>'
        '<source>Merci.</source><target>Thanks.</target></segment></unit></file></xliff>',
        encoding="utf-8")
    assert read_bilingual(path) == [("Bonjour.", "Hello."), ("Merci.", "Thanks.")]


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("bad.tmx", "<tmx><body><tu>", "well-formed"),
    ("bad.xlf", "<html></html>", "not an XLIFF"),
    ("bad.tmx", "<xliff/>", "not a TMX"),
])
def test_broken_bilingual(tmp_path: Path, name: str, content: str, problem: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        read_bilingual(path)
