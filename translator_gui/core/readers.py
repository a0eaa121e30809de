"""Read the translator's files: plain text, Word, and bilingual TSV / TMX / XLIFF.

Every failure becomes an InputError that names the file and says what is wrong, in words a
translator can act on; no reader lets a traceback through.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from translator_gui.core.model import InputError, Paragraph

# Larger files are almost certainly not a document to review (a database dump, a video...);
# refusing early keeps the window responsive and memory sane. Word files carry images, so
# they may be bigger than their text; 25 MB of plain text is some 150,000 sentences.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_TEXT_BYTES = 25 * 1024 * 1024

MONOLINGUAL_SUFFIXES = {".txt", ".text", ".md", ".docx"}
BILINGUAL_SUFFIXES = {".tsv", ".tab", ".tmx", ".xlf", ".xliff", ".xlf2", ".mqxliff", ".sdlxliff"}


@dataclass
class TextFile:
    """Paragraphs of a monolingual input, with what the reader had to say about it."""

    paragraphs: list[Paragraph]
    kind: str  # "text" or "docx"
    warnings: list[str]


def _check_file(path: Path, limit: int = MAX_FILE_BYTES) -> None:
    if not path.exists():
        raise InputError(str(path), "file not found")
    if path.is_dir():
        raise InputError(str(path), "this is a folder, not a file")
    size = path.stat().st_size
    if size == 0:
        raise InputError(str(path), "the file is empty")
    if size > limit:
        raise InputError(str(path), f"the file is {size / 1_048_576:.0f} MB, more than the "
                                    f"{limit // 1_048_576} MB this kind of file may have here; "
                                    "split the document and review it in parts")


def decode_text(data: bytes, path: str) -> tuple[str, list[str]]:
    """Decode UTF-8 or UTF-16 (BOM or not); undecodable bytes name their offset.

    UTF-16 without a BOM is recognised by its NUL bytes. There is deliberately no silent
    cp1252 fallback: a wrong guess would corrupt accented words the translator never sees.
    """
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        encoding, data = "utf-8", data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif len(data) >= 2 and data[1:2] == b"\x00" and data[0:1] != b"\x00":
        encoding = "utf-16-le"
    elif len(data) >= 2 and data[0:1] == b"\x00" and data[1:2] != b"\x00":
        encoding = "utf-16-be"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        hint = (" — it looks like Windows-1252/Latin-1; save it as UTF-8 and open it again"
                if encoding == "utf-8" else "")
        raise InputError(path, f"not valid {encoding.upper()} text: undecodable byte "
                               f"0x{data[error.start]:02x} at byte offset {error.start}{hint}") from None
    if "\x00" in text:
        raise InputError(path, "this looks like a binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


def read_text_paragraphs(path: Path) -> TextFile:
    """One paragraph per non-empty line: the line breaks of a text file are its paragraphs."""
    text, warnings = decode_text(path.read_bytes(), str(path))
    paragraphs = [Paragraph(line, {"part": "line", "line": number})
                  for number, line in enumerate(text.split("\n")) if line.strip()]
    if not paragraphs:
        raise InputError(str(path), "the file holds only blank lines")
    return TextFile(paragraphs, "text", warnings)


def read_docx_paragraphs(path: Path) -> TextFile:
    # Imported here: python-docx costs ~0.2 s to import and plain text never needs it.
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from translator_gui.core.docx_io import iter_docx_paragraphs

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(str(path), f"not a readable Word (.docx) file — it may be damaged, "
                                    f"or an old .doc saved with a .docx name ({error})") from None
    except Exception as error:  # lxml syntax errors and the like inside a damaged package
        raise InputError(str(path), f"the Word file is damaged ({error})") from None
    paragraphs = []
    for location, paragraph in iter_docx_paragraphs(document):
        text = paragraph.text
        if not text.strip():
            continue
        style = paragraph.style.name if paragraph.style is not None else None
        paragraphs.append(Paragraph(text, location, style))
    if not paragraphs:
        raise InputError(str(path), "the Word file contains no text")
    return TextFile(paragraphs, "docx", [])


def read_paragraphs(path: str | Path) -> TextFile:
    """The paragraphs of a monolingual input (.docx, or anything else read as plain text)."""
    path = Path(path)
    is_docx = path.suffix.lower() == ".docx"
    _check_file(path, MAX_FILE_BYTES if is_docx else MAX_TEXT_BYTES)
    if is_docx:
        return read_docx_paragraphs(path)
    if path.suffix.lower() == ".doc":
        raise InputError(str(path), "old Word .doc files are not supported; save it as .docx")
    with path.open("rb") as stream:
        magic = stream.read(4)
    if magic == b"PK\x03\x04":
        raise InputError(str(path), "this is a zip archive (maybe a .docx with another name?)")
    return read_text_paragraphs(path)


def is_bilingual(path: str | Path) -> bool:
    return Path(path).suffix.lower() in BILINGUAL_SUFFIXES


def read_bilingual(path: str | Path) -> list[tuple[str, str]]:
    """Already aligned (source, target) units of a TSV, TMX or XLIFF file, in file order."""
    path = Path(path)
    _check_file(path, MAX_TEXT_BYTES)
    suffix = path.suffix.lower()
    if suffix in (".tsv", ".tab"):
        return _read_tsv(path)
    if suffix == ".tmx":
        return _read_tmx(path)
    return _read_xliff(path)


def _read_tsv(path: Path) -> list[tuple[str, str]]:
    text, _ = decode_text(path.read_bytes(), str(path))
    pairs: list[tuple[str, str]] = []
    # QUOTE_NONE: translators' TSV files carry quotes as text, not as CSV quoting.
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    for line_number, row in enumerate(reader, start=1):
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) < 2:
            raise InputError(str(path), f"line {line_number} has no tab: each line must be "
                                        "source<TAB>target")
        pairs.append((row[0].strip(), "\t".join(row[1:]).strip()))
    if not pairs:
        raise InputError(str(path), "no source<TAB>target lines found")
    return pairs


def _parse_xml(path: Path):  # noqa: ANN202 - lxml element
    from lxml import etree

    try:
        return etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    except etree.XMLSyntaxError as error:
        raise InputError(str(path), f"not well-formed XML: {error}") from None


def _read_tmx(path: Path) -> list[tuple[str, str]]:
    root = _parse_xml(path)
    if root.tag != "tmx":
        raise InputError(str(path), f"not a TMX file (root element <{root.tag}>)")
    from translate.storage import tmx

    store = tmx.tmxfile.parsefile(str(path))
    pairs = [(unit.source or "", unit.target or "") for unit in store.units
             if (unit.source or "").strip() or (unit.target or "").strip()]
    if not pairs:
        raise InputError(str(path), "the TMX file holds no translation units")
    return pairs


def _read_xliff(path: Path) -> list[tuple[str, str]]:
    root = _parse_xml(path)
    local = root.tag.rsplit("}", 1)[-1]
    if local != "xliff":
        raise InputError(str(path), f"not an XLIFF file (root element <{local}>)")
    version = root.get("version", "1.2")
    try:
        if version.startswith("2"):
            from translate.storage import xliff2

            store = xliff2.Xliff2File.parsefile(str(path))
        else:
            from translate.storage import xliff

            store = xliff.xlifffile.parsefile(str(path))
    except Exception as error:  # translate-toolkit raises assorted errors on odd files
        raise InputError(str(path), f"could not read this XLIFF {version} file ({error})") from None
    pairs = [(unit.source or "", unit.target or "") for unit in store.units
             if not getattr(unit, "isheader", lambda: False)() and (unit.source or "").strip()]
    if not pairs:
        raise InputError(str(path), "the XLIFF file holds no translation units")
    return pairs
