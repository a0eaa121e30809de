"""The translator's glossary as something to edit: add a term, save it, import and export it as
TBX (through translate-toolkit) or CSV, and list the terms of one segment for the Terminology
pane. Reading glossaries for the checks stays in core/termbase.py.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from translator_gui.core.model import InputError
from translator_gui.core.termbase import (
    ACCEPTED,
    Termbase,
    TermEntry,
    read_table,
    read_tbx,
)

CSV_COLUMNS = ("id", "source", "target", "source_variants", "target_variants",
               "source_deprecated", "target_deprecated", "domain", "note")
_DEPRECATED_STATUS = "deprecatedTerm-admn-sts"


def _is_tbx(path: Path) -> bool:
    return path.suffix.lower() in (".tbx", ".xml")


def load_entries(path: str | Path, source_language: str = "fr",
                 target_language: str = "en") -> list[TermEntry]:
    """The entries of a CSV/TSV/TBX glossary (InputError naming the file if unusable)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read the glossary ({error.strerror})") from None
    if _is_tbx(path):
        return read_tbx(data, str(path), origin=path.name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(str(path), "the glossary is not UTF-8 text") from None
    if not text.strip():
        return []
    delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab", ".txt") else None
    # Our own CSV names its columns source/target and source_variants...: map them to the
    # language-named columns the table reader knows.
    first, _, rest = text.partition("\n")
    header = first.replace("source_", f"{source_language}_").replace(
        "target_", f"{target_language}_")
    return read_table(header + "\n" + rest, str(path), source_language, target_language,
                      origin=path.name, delimiter=delimiter)


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def csv_text(entries: Iterable[TermEntry], source_language: str, target_language: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        writer.writerow([
            entry.id, entry.approved.get(source_language, ""),
            entry.approved.get(target_language, ""),
            "|".join(entry.variants.get(source_language, [])),
            "|".join(entry.variants.get(target_language, [])),
            "|".join(entry.deprecated.get(source_language, [])),
            "|".join(entry.deprecated.get(target_language, [])),
            entry.domain, entry.note])
    return out.getvalue()


def tbx_bytes(entries: Iterable[TermEntry], source_language: str, target_language: str) -> bytes:
    """A TBX file (translate-toolkit's writer); variants and deprecated forms are further terms
    of the language, the deprecated ones marked with their administrative status."""
    from lxml import etree  # type: ignore[import-untyped]
    from translate.storage import tbx

    store = tbx.tbxfile(sourcelanguage=source_language, targetlanguage=target_language)
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for entry in entries:
        source = entry.approved.get(source_language, "")
        target = entry.approved.get(target_language, "")
        if not source and not target:
            continue
        unit = store.addsourceunit(source)
        unit.target = target
        element = unit.xmlelement
        if entry.id:
            element.set("id", entry.id)
        for lang_set in element.iter("langSet"):
            language = lang_set.get(xml_lang)
            for variant in entry.variants.get(language or "", []):
                tig = etree.SubElement(lang_set, "tig")
                etree.SubElement(tig, "term").text = variant
            for wrong in entry.deprecated.get(language or "", []):
                tig = etree.SubElement(lang_set, "tig")
                etree.SubElement(tig, "term").text = wrong
                note = etree.SubElement(tig, "termNote", type="administrativeStatus")
                note.text = _DEPRECATED_STATUS
        if entry.domain:
            descrip = etree.Element("descrip", type="subjectField")
            descrip.text = entry.domain
            element.insert(0, descrip)
    return bytes(store)


def save_entries(path: str | Path, entries: Sequence[TermEntry], source_language: str = "fr",
                 target_language: str = "en") -> None:
    """Write a glossary atomically, TBX or CSV (TSV for .tsv/.txt) after its extension."""
    path = Path(path)
    if _is_tbx(path):
        data = tbx_bytes(entries, source_language, target_language)
    else:
        text = csv_text(entries, source_language, target_language)
        if path.suffix.lower() in (".tsv", ".tab", ".txt"):
            rows = csv.reader(io.StringIO(text))
            text = "".join("\t".join(c.replace("\t", " ") for c in row) + "\n" for row in rows)
        data = text.encode("utf-8")
    _atomic_write(path, data)


def convert(source: str | Path, destination: str | Path, source_language: str = "fr",
            target_language: str = "en") -> int:
    """Import or export: read one glossary, write it in the other's format; the entry count."""
    entries = load_entries(source, source_language, target_language)
    save_entries(destination, entries, source_language, target_language)
    return len(entries)


def add_term(path: str | Path, source: str, target: str, source_language: str = "fr",
             target_language: str = "en", note: str = "") -> TermEntry:
    """Add a term pair to a glossary file (created if need be) and save it.

    A source term already in the glossary gets the new target as its approved translation and
    keeps the old one as a variant, so nothing the translator wrote is lost.
    """
    source, target = " ".join(source.split()), " ".join(target.split())
    if not source or not target:
        raise ValueError("a term needs words on both sides")
    path = Path(path)
    entries = load_entries(path, source_language, target_language) if path.exists() else []
    for entry in entries:
        if entry.approved.get(source_language, "").casefold() == source.casefold():
            old = entry.approved.get(target_language, "")
            if old.casefold() != target.casefold():
                entry.approved[target_language] = target
                if old:
                    variants = entry.variants.setdefault(target_language, [])
                    if old not in variants:
                        variants.append(old)
            break
    else:
        entry = TermEntry(f"{path.stem}:{len(entries) + 1}", approved={
            source_language: source, target_language: target}, note=note, origin=path.name)
        entries.append(entry)
    save_entries(path, entries, source_language, target_language)
    return entry


@dataclass(frozen=True)
class SegmentTerm:
    """A term of the termbase or a glossary found in a segment's source (Terminology pane)."""

    source_form: str  # the words as found in the source
    start: int
    end: int
    approved: str  # the approved translation ("" when the entry has none for the target)
    variants: tuple[str, ...]
    in_target: bool  # whether the target has the approved translation or a variant
    origin: str  # "bundled" or the glossary's file name
    note: str = ""


def segment_terms(terms: Termbase, source: str, target: str, source_language: str,
                  target_language: str) -> list[SegmentTerm]:
    """The entries found in a segment's source, with their translation and whether the target
    (the draft or the corrected text) has it."""
    found: list[SegmentTerm] = []
    seen: set[tuple[str, int]] = set()
    for match in terms.find(source, source_language, statuses=ACCEPTED):
        if (match.entry.id, match.start) in seen:
            continue
        seen.add((match.entry.id, match.start))
        accepted = match.entry.accepted(target_language)
        approved = match.entry.approved.get(target_language, accepted[0] if accepted else "")
        present = bool(accepted) and terms.contains_any(target, target_language, accepted)
        found.append(SegmentTerm(source[match.start:match.end], match.start, match.end, approved,
                                 tuple(v for v in accepted if v != approved), present,
                                 match.entry.origin, match.entry.note))
    return found
