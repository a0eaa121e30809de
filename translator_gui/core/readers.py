"""Read the translator's files: plain text, Word, and bilingual TSV / TMX / XLIFF.

Every failure becomes an InputError that names the file and says what is wrong, in words a
translator can act on; no reader lets a traceback through.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from translator_gui.core.characters import has_control_characters, map_control_characters
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
    fingerprint: dict[str, Any] | None = None  # {"sha256", "size"} of the bytes read


def fingerprint_of(data: bytes) -> dict[str, Any]:
    """What the project keeps of an input to notice later that the file has changed."""
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


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


def read_file_bytes(path: Path) -> bytes:
    """The file's bytes; a file that cannot be read says why in one line."""
    try:
        return path.read_bytes()
    except PermissionError:
        raise InputError(str(path), "permission denied: you may not read this file (check "
                                    "its permissions)") from None
    except IsADirectoryError:
        raise InputError(str(path), "this is a folder, not a file") from None
    except OSError as error:
        raise InputError(str(path), f"cannot read the file ({error.strerror or error})") from None


# File signatures of what people give by mistake: called what they are, not "Latin-1 text".
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document (export it to Word or text first)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc/.xls): save it as .docx"),
    (b"{\\rtf", "an RTF document: save it as .docx or plain text"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program, not a document"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x00\x18ftyp", "a video file"),
    (b"\x00\x00\x00\x20ftyp", "a video file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


def describe_binary(data: bytes) -> str | None:
    """What a file is when it is plainly not text (an image, a PDF, an archive...), else None."""
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "a zip archive (maybe a .docx with another name?)"
    head = data[:8192]
    if not head or _utf16_or_32(head) or _looks_like_utf16_without_nuls(head):
        return None
    if head.count(0) > len(head) * 0.1:  # NUL bytes are valid UTF-8, but not text
        return "a binary file"
    try:
        head.decode("utf-8")
        return None  # text, whatever control characters it holds (they are mapped later)
    except UnicodeDecodeError as error:
        if error.start >= len(head) - 3:  # a character cut by the 8 KB sample
            return None
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    if controls >= 8 and controls > len(head) * 0.05:
        return "a binary file"
    return None


def _utf16_or_32(head: bytes) -> str | None:
    """UTF-16/32 without a byte-order mark, told by where the NUL bytes fall."""
    if len(head) < 4:
        return None
    sample = head[: len(head) - len(head) % 4]
    quads = len(sample) // 4
    zero_at = [sample[k::4].count(0) for k in range(4)]  # (NUL bytes at each place of 4)
    if quads and zero_at[1] >= 0.9 * quads and zero_at[2] >= 0.9 * quads \
            and zero_at[3] >= 0.9 * quads and zero_at[0] < 0.5 * quads:
        return "utf-32-le"
    if quads and zero_at[0] >= 0.9 * quads and zero_at[1] >= 0.9 * quads \
            and zero_at[2] >= 0.9 * quads and zero_at[3] < 0.5 * quads:
        return "utf-32-be"
    pairs = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.3 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def _looks_like_utf16_without_nuls(data: bytes) -> bool:
    """CJK (and other non-Latin) UTF-16 has no NUL bytes: does it decode to plausible text?"""
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return False
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = sum(1 for c in text if c.isalpha() or c in " \n\r\t，。、．：；！？")
        if letters >= 0.9 * len(text):
            return True
    return False


def _looks_like_single_byte_latin(data: bytes) -> bool:
    """Windows-1252/Latin-1 text: mostly ASCII with scattered accented-letter bytes."""
    high = [b for b in data[:65536] if b >= 0x80]
    sample = data[:65536]
    if not high or len(high) > 0.3 * len(sample):
        return False
    return sum(1 for b in high if b >= 0xC0 or b in (0x92, 0x93, 0x94, 0x96, 0x97, 0x85, 0x80,
                                                     0x9C, 0xAB, 0xBB, 0xB0, 0xA0)) >= 0.8 * len(high)


def decode_text(data: bytes, path: str) -> tuple[str, list[str]]:
    """Decode UTF-8 or UTF-16 (BOM or not); undecodable bytes name their offset.

    UTF-16 without a BOM is recognised by its NUL bytes. There is deliberately no silent
    cp1252 fallback: a wrong guess would corrupt accented words the translator never sees.
    """
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        encoding, data = "utf-8", data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        encoding = "utf-32"  # before UTF-16: the UTF-32-LE mark begins with UTF-16-LE's
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = _utf16_or_32(data[:8192]) or "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        if encoding == "utf-8" and _looks_like_utf16_without_nuls(data):
            hint = (" — it looks like UTF-16 without a byte-order mark; save it as UTF-8 (or "
                    "UTF-16 with BOM) and open it again")
        elif encoding == "utf-8" and _looks_like_single_byte_latin(data):
            hint = " — it looks like Windows-1252/Latin-1; save it as UTF-8 and open it again"
        elif encoding == "utf-8":
            hint = " — it is in an unknown encoding; save it as UTF-8 and open it again"
        else:
            hint = ""
        raise InputError(path, f"not valid {encoding.upper()} text: undecodable byte "
                               f"0x{data[error.start]:02x} at byte offset {error.start}{hint}") from None
    if "\x00" in text:
        raise InputError(path, "this looks like a binary file, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if has_control_characters(text):
        warnings.append(f"{path}: control characters (form feed, vertical tab...) were read "
                        "as spaces")
        text = map_control_characters(text)
    return text, warnings


def read_text_paragraphs(path: Path) -> TextFile:
    """One paragraph per non-empty line: the line breaks of a text file are its paragraphs."""
    data = read_file_bytes(path)
    binary = describe_binary(data)
    if binary:
        raise InputError(str(path), f"this is {binary}, not a text to review")
    text, warnings = decode_text(data, str(path))
    paragraphs = [Paragraph(line, {"part": "line", "line": number})
                  for number, line in enumerate(text.split("\n")) if line.strip()]
    if not paragraphs:
        raise InputError(str(path), "the file holds only blank lines")
    return TextFile(paragraphs, "text", warnings, fingerprint_of(data))


def open_docx_bytes(data: bytes, path: str, role: str = "") -> Any:
    """A python-docx Document from a file's bytes, refused early if it is damaged or a bomb."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from translator_gui.core.zipcheck import check_zip_sizes

    what = f"the {role} " if role else ""
    if not data:
        raise InputError(path, "the file is empty")
    if not data.startswith(b"PK"):
        binary = describe_binary(data)
        if binary:
            raise InputError(path, f"this is {binary}, not a Word (.docx) file")
    check_zip_sizes(data, path)
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(path, f"{what}is not a readable Word (.docx) file — it may be damaged, "
                               f"or an old .doc saved with a .docx name ({error})") from None
    except RecursionError:
        raise InputError(path, f"{what}Word file is damaged (XML nested too deeply)") from None
    except Exception as error:  # lxml syntax errors and the like inside a damaged package
        raise InputError(path, f"{what}Word file is damaged ({error})") from None


def docx_paragraph_text(paragraph: Any) -> str:
    """A Word paragraph's text as every part of the program sees it (controls mapped).

    The text Word shows, which is also the text export writes into: runs inside hyperlinks,
    simple fields, smart tags, content controls and earlier tracked insertions count, deleted
    runs do not. (python-docx's Paragraph.text skips all but hyperlinks, so the words of a
    content control or of a tracked insertion were missing and export had to guess where
    the corrections went.)
    """
    from translator_gui.core.export.revisions import paragraph_text

    return map_control_characters(paragraph_text(paragraph._p))


def read_docx_paragraphs(path: Path) -> TextFile:
    # Imported here: python-docx costs ~0.2 s to import and plain text never needs it.
    from translator_gui.core.docx_io import iter_docx_paragraphs

    data = read_file_bytes(path)
    document = open_docx_bytes(data, str(path))
    paragraphs = []
    # Each paragraph's style name by its style id, looked up once a document: python-docx finds
    # the style of a paragraph without one (most of them) by reading every style of the file
    # (3 ms a paragraph with Word's default template: 0.6 s for 200 paragraphs), and the name
    # depends only on the id and the file's styles.
    names: dict[str | None, str | None] = {}
    try:
        for location, paragraph in iter_docx_paragraphs(document):
            text = docx_paragraph_text(paragraph)
            if not text.strip():
                continue
            style_id = paragraph._p.style
            if style_id not in names:
                style = paragraph.style
                names[style_id] = style.name if style is not None else None
            paragraphs.append(Paragraph(text, location, names[style_id]))
    except (KeyError, ValueError, AttributeError) as error:
        raise InputError(str(path), f"the Word file is damaged ({error})") from None
    if not paragraphs:
        raise InputError(str(path), "the Word file contains no text")
    return TextFile(paragraphs, "docx", [], fingerprint_of(data))


def read_paragraphs(path: str | Path) -> TextFile:
    """The paragraphs of a monolingual input (.docx, or anything else read as plain text)."""
    path = Path(path)
    is_docx = path.suffix.lower() == ".docx"
    _check_file(path, MAX_FILE_BYTES if is_docx else MAX_TEXT_BYTES)
    if is_docx:
        return read_docx_paragraphs(path)
    if path.suffix.lower() == ".doc":
        raise InputError(str(path), "old Word .doc files are not supported; save it as .docx")
    return read_text_paragraphs(path)


def is_bilingual(path: str | Path) -> bool:
    return Path(path).suffix.lower() in BILINGUAL_SUFFIXES


def read_bilingual(path: str | Path) -> list[tuple[str, str]]:
    """Already aligned (source, target) units of a TSV, TMX or XLIFF file, in file order."""
    path = Path(path)
    _check_file(path, MAX_TEXT_BYTES)
    suffix = path.suffix.lower()
    data = read_file_bytes(path)
    binary = describe_binary(data)
    if binary:
        raise InputError(str(path), f"this is {binary}, not a bilingual file")
    if suffix in (".tsv", ".tab"):
        return _read_tsv(path, data)  # (decode_text mapped its control characters)
    if suffix == ".tmx":
        pairs = _read_tmx(path, data)
    else:
        pairs = _read_xliff(path, data)
    return [(map_control_characters(source), map_control_characters(target))
            for source, target in pairs]


def _read_tsv(path: Path, data: bytes) -> list[tuple[str, str]]:
    text, _ = decode_text(data, str(path))
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


def _parse_xml(path: Path, data: bytes):  # noqa: ANN202 - lxml element
    from lxml import etree

    try:
        return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        raise InputError(str(path), f"not well-formed XML: {error}") from None


def _read_tmx(path: Path, data: bytes) -> list[tuple[str, str]]:
    root = _parse_xml(path, data)
    if root.tag != "tmx":
        raise InputError(str(path), f"not a TMX file (root element <{root.tag}>)")
    from translate.storage import tmx

    try:
        store = tmx.tmxfile.parsestring(data)
    except Exception as error:  # translate-toolkit raises assorted errors on odd files
        raise InputError(str(path), f"could not read this TMX file ({error})") from None
    pairs = [(unit.source or "", unit.target or "") for unit in store.units
             if (unit.source or "").strip() or (unit.target or "").strip()]
    if not pairs:
        raise InputError(str(path), "the TMX file holds no translation units")
    return pairs


def _read_xliff(path: Path, data: bytes) -> list[tuple[str, str]]:
    root = _parse_xml(path, data)
    local = root.tag.rsplit("}", 1)[-1]
    if local != "xliff":
        raise InputError(str(path), f"not an XLIFF file (root element <{local}>)")
    version = root.get("version", "1.2")
    try:
        if version.startswith("2"):
            from translate.storage import xliff2

            store = xliff2.Xliff2File.parsestring(data)
        else:
            from translate.storage import xliff

            store = xliff.xlifffile.parsestring(data)
    except Exception as error:  # translate-toolkit raises assorted errors on odd files
        raise InputError(str(path), f"could not read this XLIFF {version} file ({error})") from None
    pairs = [(unit.source or "", unit.target or "") for unit in store.units
             if not getattr(unit, "isheader", lambda: False)() and (unit.source or "").strip()]
    if not pairs:
        raise InputError(str(path), "the XLIFF file holds no translation units")
    return pairs
